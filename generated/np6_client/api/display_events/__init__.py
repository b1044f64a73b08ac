"""Operations tagged `display_events`, and the `DisplayEvents` / `AsyncDisplayEvents` namespaces binding them to a client."""

import datetime
from typing import Any, cast

from ...client import AuthenticatedClient
from ...models.activation_event import ActivationEvent
from ...models.sort_order import SortOrder, check_sort_order
from ...models.unknown_event import UnknownEvent
from ...types import UNSET, Unset
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
