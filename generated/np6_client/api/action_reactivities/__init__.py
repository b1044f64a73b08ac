"""Operations tagged `action_reactivities`, and the namespaces binding them to a client: `ActionReactivities` /
`AsyncActionReactivities` return the success body, `RawActionReactivities` / `AsyncRawActionReactivities` the answer as received."""

import datetime
from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.activation_event import ActivationEvent
from ...models.bounce_event import BounceEvent
from ...models.cancellation_event import CancellationEvent
from ...models.complaint_event import ComplaintEvent
from ...models.creation_event import CreationEvent
from ...models.execution_event import ExecutionEvent
from ...models.hit_event import HitEvent
from ...models.impression_event import ImpressionEvent
from ...models.modification_event import ModificationEvent
from ...models.optout_event import OptoutEvent
from ...models.reply_event import ReplyEvent
from ...models.sort_order import SortOrder, check_sort_order
from ...models.suppression_event import SuppressionEvent
from ...models.unknown_event import UnknownEvent
from ...types import UNSET, APIResponse, Unset
from . import (
    list_action_mirror_hit_reactivities,
    list_action_redirection_hit_reactivities,
    list_action_unsubscribe_hit_reactivities,
    list_all_action_bounce_reactivities,
    list_all_action_form_hit_reactivities,
    list_all_action_hit_reactivities,
    list_all_action_mirror_hit_reactivities,
    list_all_action_open_hit_reactivities,
    list_all_action_reactivities,
    list_all_action_redirection_hit_reactivities,
)


class ActionReactivities:
    """The `action_reactivities` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_all_action_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[
        ActivationEvent
        | BounceEvent
        | CancellationEvent
        | ComplaintEvent
        | CreationEvent
        | ExecutionEvent
        | HitEvent
        | ImpressionEvent
        | ModificationEvent
        | OptoutEvent
        | ReplyEvent
        | SuppressionEvent
        | UnknownEvent
    ]:
        """Retrieve reactivities of all marketing actions

        See `np6_client.api.action_reactivities.list_all_action_reactivities` for the parameters and NP6's behaviour.
        """
        response = list_all_action_reactivities.sync_detailed(
            client=self._client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(
            list[
                ActivationEvent
                | BounceEvent
                | CancellationEvent
                | ComplaintEvent
                | CreationEvent
                | ExecutionEvent
                | HitEvent
                | ImpressionEvent
                | ModificationEvent
                | OptoutEvent
                | ReplyEvent
                | SuppressionEvent
                | UnknownEvent
            ],
            response.parsed,
        )

    def list_all_action_bounce_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[BounceEvent | UnknownEvent]:
        """Retrieve "bounce" reactivities of all marketing actions

        See `np6_client.api.action_reactivities.list_all_action_bounce_reactivities` for the parameters and NP6's behaviour.
        """
        response = list_all_action_bounce_reactivities.sync_detailed(
            client=self._client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[BounceEvent | UnknownEvent], response.parsed)

    def list_all_action_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve "hit" reactivities of all marketing actions

        See `np6_client.api.action_reactivities.list_all_action_hit_reactivities` for the parameters and NP6's behaviour.
        """
        response = list_all_action_hit_reactivities.sync_detailed(
            client=self._client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)

    def list_all_action_open_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve open "hit" reactivities of all marketing actions

        See `np6_client.api.action_reactivities.list_all_action_open_hit_reactivities` for the parameters and NP6's behaviour.
        """
        response = list_all_action_open_hit_reactivities.sync_detailed(
            client=self._client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)

    def list_all_action_redirection_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve redirection "hit" reactivities of all marketing actions

        See `np6_client.api.action_reactivities.list_all_action_redirection_hit_reactivities` for the parameters and NP6's behaviour.
        """
        response = list_all_action_redirection_hit_reactivities.sync_detailed(
            client=self._client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)

    def list_all_action_mirror_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve mirror "hit" reactivities of all marketing actions

        See `np6_client.api.action_reactivities.list_all_action_mirror_hit_reactivities` for the parameters and NP6's behaviour.
        """
        response = list_all_action_mirror_hit_reactivities.sync_detailed(
            client=self._client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)

    def list_all_action_form_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve form "hit" reactivities of all marketing actions

        See `np6_client.api.action_reactivities.list_all_action_form_hit_reactivities` for the parameters and NP6's behaviour.
        """
        response = list_all_action_form_hit_reactivities.sync_detailed(
            client=self._client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)

    def list_action_redirection_hit_reactivities(
        self,
        id: str,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve redirection "hit" reactivities of the specified action

        See `np6_client.api.action_reactivities.list_action_redirection_hit_reactivities` for the parameters and NP6's behaviour.
        """
        response = list_action_redirection_hit_reactivities.sync_detailed(
            client=self._client,
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)

    def list_action_unsubscribe_hit_reactivities(
        self,
        id: str,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve unsubscription "hit" reactivities of the specified action

        See `np6_client.api.action_reactivities.list_action_unsubscribe_hit_reactivities` for the parameters and NP6's behaviour.
        """
        response = list_action_unsubscribe_hit_reactivities.sync_detailed(
            client=self._client,
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)

    def list_action_mirror_hit_reactivities(
        self,
        id: str,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve mirror "hit" reactivities of the specified action

        See `np6_client.api.action_reactivities.list_action_mirror_hit_reactivities` for the parameters and NP6's behaviour.
        """
        response = list_action_mirror_hit_reactivities.sync_detailed(
            client=self._client,
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)


class AsyncActionReactivities:
    """The `action_reactivities` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_all_action_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[
        ActivationEvent
        | BounceEvent
        | CancellationEvent
        | ComplaintEvent
        | CreationEvent
        | ExecutionEvent
        | HitEvent
        | ImpressionEvent
        | ModificationEvent
        | OptoutEvent
        | ReplyEvent
        | SuppressionEvent
        | UnknownEvent
    ]:
        """Retrieve reactivities of all marketing actions

        See `np6_client.api.action_reactivities.list_all_action_reactivities` for the parameters and NP6's behaviour.
        """
        response = await list_all_action_reactivities.asyncio_detailed(
            client=self._client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(
            list[
                ActivationEvent
                | BounceEvent
                | CancellationEvent
                | ComplaintEvent
                | CreationEvent
                | ExecutionEvent
                | HitEvent
                | ImpressionEvent
                | ModificationEvent
                | OptoutEvent
                | ReplyEvent
                | SuppressionEvent
                | UnknownEvent
            ],
            response.parsed,
        )

    async def list_all_action_bounce_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[BounceEvent | UnknownEvent]:
        """Retrieve "bounce" reactivities of all marketing actions

        See `np6_client.api.action_reactivities.list_all_action_bounce_reactivities` for the parameters and NP6's behaviour.
        """
        response = await list_all_action_bounce_reactivities.asyncio_detailed(
            client=self._client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[BounceEvent | UnknownEvent], response.parsed)

    async def list_all_action_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve "hit" reactivities of all marketing actions

        See `np6_client.api.action_reactivities.list_all_action_hit_reactivities` for the parameters and NP6's behaviour.
        """
        response = await list_all_action_hit_reactivities.asyncio_detailed(
            client=self._client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)

    async def list_all_action_open_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve open "hit" reactivities of all marketing actions

        See `np6_client.api.action_reactivities.list_all_action_open_hit_reactivities` for the parameters and NP6's behaviour.
        """
        response = await list_all_action_open_hit_reactivities.asyncio_detailed(
            client=self._client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)

    async def list_all_action_redirection_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve redirection "hit" reactivities of all marketing actions

        See `np6_client.api.action_reactivities.list_all_action_redirection_hit_reactivities` for the parameters and NP6's behaviour.
        """
        response = await list_all_action_redirection_hit_reactivities.asyncio_detailed(
            client=self._client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)

    async def list_all_action_mirror_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve mirror "hit" reactivities of all marketing actions

        See `np6_client.api.action_reactivities.list_all_action_mirror_hit_reactivities` for the parameters and NP6's behaviour.
        """
        response = await list_all_action_mirror_hit_reactivities.asyncio_detailed(
            client=self._client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)

    async def list_all_action_form_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve form "hit" reactivities of all marketing actions

        See `np6_client.api.action_reactivities.list_all_action_form_hit_reactivities` for the parameters and NP6's behaviour.
        """
        response = await list_all_action_form_hit_reactivities.asyncio_detailed(
            client=self._client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)

    async def list_action_redirection_hit_reactivities(
        self,
        id: str,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve redirection "hit" reactivities of the specified action

        See `np6_client.api.action_reactivities.list_action_redirection_hit_reactivities` for the parameters and NP6's behaviour.
        """
        response = await list_action_redirection_hit_reactivities.asyncio_detailed(
            client=self._client,
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)

    async def list_action_unsubscribe_hit_reactivities(
        self,
        id: str,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve unsubscription "hit" reactivities of the specified action

        See `np6_client.api.action_reactivities.list_action_unsubscribe_hit_reactivities` for the parameters and NP6's behaviour.
        """
        response = await list_action_unsubscribe_hit_reactivities.asyncio_detailed(
            client=self._client,
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)

    async def list_action_mirror_hit_reactivities(
        self,
        id: str,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve mirror "hit" reactivities of the specified action

        See `np6_client.api.action_reactivities.list_action_mirror_hit_reactivities` for the parameters and NP6's behaviour.
        """
        response = await list_action_mirror_hit_reactivities.asyncio_detailed(
            client=self._client,
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawActionReactivities:
    """The `action_reactivities` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `ActionReactivities` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_all_action_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[
        list[
            ActivationEvent
            | BounceEvent
            | CancellationEvent
            | ComplaintEvent
            | CreationEvent
            | ExecutionEvent
            | HitEvent
            | ImpressionEvent
            | ModificationEvent
            | OptoutEvent
            | ReplyEvent
            | SuppressionEvent
            | UnknownEvent
        ]
    ]:
        """Retrieve reactivities of all marketing actions (the answer as received)."""
        kwargs = list_all_action_reactivities._get_kwargs(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_all_action_reactivities)
        )

    def list_all_action_bounce_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[BounceEvent | UnknownEvent]]:
        """Retrieve "bounce" reactivities of all marketing actions (the answer as received)."""
        kwargs = list_all_action_bounce_reactivities._get_kwargs(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_all_action_bounce_reactivities)
        )

    def list_all_action_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve "hit" reactivities of all marketing actions (the answer as received)."""
        kwargs = list_all_action_hit_reactivities._get_kwargs(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_all_action_hit_reactivities)
        )

    def list_all_action_open_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve open "hit" reactivities of all marketing actions (the answer as received)."""
        kwargs = list_all_action_open_hit_reactivities._get_kwargs(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_all_action_open_hit_reactivities)
        )

    def list_all_action_redirection_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve redirection "hit" reactivities of all marketing actions (the answer as received)."""
        kwargs = list_all_action_redirection_hit_reactivities._get_kwargs(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response,
            _parser(self._client, list_all_action_redirection_hit_reactivities),
        )

    def list_all_action_mirror_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve mirror "hit" reactivities of all marketing actions (the answer as received)."""
        kwargs = list_all_action_mirror_hit_reactivities._get_kwargs(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_all_action_mirror_hit_reactivities)
        )

    def list_all_action_form_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve form "hit" reactivities of all marketing actions (the answer as received)."""
        kwargs = list_all_action_form_hit_reactivities._get_kwargs(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_all_action_form_hit_reactivities)
        )

    def list_action_redirection_hit_reactivities(
        self,
        id: str,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve redirection "hit" reactivities of the specified action (the answer as received)."""
        kwargs = list_action_redirection_hit_reactivities._get_kwargs(
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_action_redirection_hit_reactivities)
        )

    def list_action_unsubscribe_hit_reactivities(
        self,
        id: str,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve unsubscription "hit" reactivities of the specified action (the answer as received)."""
        kwargs = list_action_unsubscribe_hit_reactivities._get_kwargs(
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_action_unsubscribe_hit_reactivities)
        )

    def list_action_mirror_hit_reactivities(
        self,
        id: str,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve mirror "hit" reactivities of the specified action (the answer as received)."""
        kwargs = list_action_mirror_hit_reactivities._get_kwargs(
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_action_mirror_hit_reactivities)
        )


class AsyncRawActionReactivities:
    """The `action_reactivities` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_all_action_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[
        list[
            ActivationEvent
            | BounceEvent
            | CancellationEvent
            | ComplaintEvent
            | CreationEvent
            | ExecutionEvent
            | HitEvent
            | ImpressionEvent
            | ModificationEvent
            | OptoutEvent
            | ReplyEvent
            | SuppressionEvent
            | UnknownEvent
        ]
    ]:
        """Retrieve reactivities of all marketing actions (the answer as received)."""
        kwargs = list_all_action_reactivities._get_kwargs(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_all_action_reactivities)
        )

    async def list_all_action_bounce_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[BounceEvent | UnknownEvent]]:
        """Retrieve "bounce" reactivities of all marketing actions (the answer as received)."""
        kwargs = list_all_action_bounce_reactivities._get_kwargs(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_all_action_bounce_reactivities)
        )

    async def list_all_action_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve "hit" reactivities of all marketing actions (the answer as received)."""
        kwargs = list_all_action_hit_reactivities._get_kwargs(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_all_action_hit_reactivities)
        )

    async def list_all_action_open_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve open "hit" reactivities of all marketing actions (the answer as received)."""
        kwargs = list_all_action_open_hit_reactivities._get_kwargs(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_all_action_open_hit_reactivities)
        )

    async def list_all_action_redirection_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve redirection "hit" reactivities of all marketing actions (the answer as received)."""
        kwargs = list_all_action_redirection_hit_reactivities._get_kwargs(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response,
            _parser(self._client, list_all_action_redirection_hit_reactivities),
        )

    async def list_all_action_mirror_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve mirror "hit" reactivities of all marketing actions (the answer as received)."""
        kwargs = list_all_action_mirror_hit_reactivities._get_kwargs(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_all_action_mirror_hit_reactivities)
        )

    async def list_all_action_form_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve form "hit" reactivities of all marketing actions (the answer as received)."""
        kwargs = list_all_action_form_hit_reactivities._get_kwargs(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_all_action_form_hit_reactivities)
        )

    async def list_action_redirection_hit_reactivities(
        self,
        id: str,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve redirection "hit" reactivities of the specified action (the answer as received)."""
        kwargs = list_action_redirection_hit_reactivities._get_kwargs(
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_action_redirection_hit_reactivities)
        )

    async def list_action_unsubscribe_hit_reactivities(
        self,
        id: str,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve unsubscription "hit" reactivities of the specified action (the answer as received)."""
        kwargs = list_action_unsubscribe_hit_reactivities._get_kwargs(
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_action_unsubscribe_hit_reactivities)
        )

    async def list_action_mirror_hit_reactivities(
        self,
        id: str,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve mirror "hit" reactivities of the specified action (the answer as received)."""
        kwargs = list_action_mirror_hit_reactivities._get_kwargs(
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_action_mirror_hit_reactivities)
        )
