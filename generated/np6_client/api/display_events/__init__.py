"""Operations tagged `display_events`, and the namespaces binding them to a client: `DisplayEvents` /
`AsyncDisplayEvents` return the success body, `RawDisplayEvents` / `AsyncRawDisplayEvents` the answer as received."""

import datetime
from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.activation_event import ActivationEvent
from ...models.sort_order import SortOrder, check_sort_order
from ...models.unknown_event import UnknownEvent
from ...types import UNSET, APIResponse, Unset
from . import (
    list_display_activation_events,
    list_display_campaign_activation_events,
    list_display_content_activation_events,
)


class DisplayEvents:
    """The `display_events` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_display_activation_events(
        self,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[ActivationEvent | UnknownEvent]:
        """Retrieve activations of all display campaigns

        See `np6_client.api.display_events.list_display_activation_events` for the parameters and NP6's behaviour.
        """
        response = list_display_activation_events.sync_detailed(
            client=self._client,
            start=start,
            end=end,
            sort=sort,
        )
        return cast(list[ActivationEvent | UnknownEvent], response.parsed)

    def list_display_campaign_activation_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[ActivationEvent | UnknownEvent]:
        """Retrieve activations for the specified campaign id

        See `np6_client.api.display_events.list_display_campaign_activation_events` for the parameters and NP6's behaviour.
        """
        response = list_display_campaign_activation_events.sync_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        return cast(list[ActivationEvent | UnknownEvent], response.parsed)

    def list_display_content_activation_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[ActivationEvent | UnknownEvent]:
        """Retrieve activations for the specified content id

        See `np6_client.api.display_events.list_display_content_activation_events` for the parameters and NP6's behaviour.
        """
        response = list_display_content_activation_events.sync_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        return cast(list[ActivationEvent | UnknownEvent], response.parsed)


class AsyncDisplayEvents:
    """The `display_events` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_display_activation_events(
        self,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[ActivationEvent | UnknownEvent]:
        """Retrieve activations of all display campaigns

        See `np6_client.api.display_events.list_display_activation_events` for the parameters and NP6's behaviour.
        """
        response = await list_display_activation_events.asyncio_detailed(
            client=self._client,
            start=start,
            end=end,
            sort=sort,
        )
        return cast(list[ActivationEvent | UnknownEvent], response.parsed)

    async def list_display_campaign_activation_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[ActivationEvent | UnknownEvent]:
        """Retrieve activations for the specified campaign id

        See `np6_client.api.display_events.list_display_campaign_activation_events` for the parameters and NP6's behaviour.
        """
        response = await list_display_campaign_activation_events.asyncio_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        return cast(list[ActivationEvent | UnknownEvent], response.parsed)

    async def list_display_content_activation_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[ActivationEvent | UnknownEvent]:
        """Retrieve activations for the specified content id

        See `np6_client.api.display_events.list_display_content_activation_events` for the parameters and NP6's behaviour.
        """
        response = await list_display_content_activation_events.asyncio_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        return cast(list[ActivationEvent | UnknownEvent], response.parsed)


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawDisplayEvents:
    """The `display_events` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `DisplayEvents` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_display_activation_events(
        self,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[ActivationEvent | UnknownEvent]]:
        """Retrieve activations of all display campaigns (the answer as received)."""
        kwargs = list_display_activation_events._get_kwargs(
            start=start,
            end=end,
            sort=sort,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_display_activation_events)
        )

    def list_display_campaign_activation_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[ActivationEvent | UnknownEvent]]:
        """Retrieve activations for the specified campaign id (the answer as received)."""
        kwargs = list_display_campaign_activation_events._get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_display_campaign_activation_events)
        )

    def list_display_content_activation_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[ActivationEvent | UnknownEvent]]:
        """Retrieve activations for the specified content id (the answer as received)."""
        kwargs = list_display_content_activation_events._get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_display_content_activation_events)
        )


class AsyncRawDisplayEvents:
    """The `display_events` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_display_activation_events(
        self,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[ActivationEvent | UnknownEvent]]:
        """Retrieve activations of all display campaigns (the answer as received)."""
        kwargs = list_display_activation_events._get_kwargs(
            start=start,
            end=end,
            sort=sort,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_display_activation_events)
        )

    async def list_display_campaign_activation_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[ActivationEvent | UnknownEvent]]:
        """Retrieve activations for the specified campaign id (the answer as received)."""
        kwargs = list_display_campaign_activation_events._get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_display_campaign_activation_events)
        )

    async def list_display_content_activation_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[ActivationEvent | UnknownEvent]]:
        """Retrieve activations for the specified content id (the answer as received)."""
        kwargs = list_display_content_activation_events._get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_display_content_activation_events)
        )
