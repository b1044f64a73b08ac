"""Operations tagged `display_events`, and the namespaces binding them to a client: `DisplayEvents` /
`AsyncDisplayEvents` return the success body, `RawDisplayEvents` / `AsyncRawDisplayEvents` the answer as received."""

import datetime
from collections.abc import Mapping, Sequence
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

        Activation events of every display campaign and content. Summary wording inferred; path seen in the
        curl sample. The `source` of display events is not documented (it falls into the catch-all
        source variant).

        Args:
            start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time
                or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time or
                a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            sort (SortOrder | Unset): Sort order on the events' timestamp (seen).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[ActivationEvent | UnknownEvent]
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

        Activation events of one display campaign. Summary and the path parameter are seen; the path is
        **inferred** from the content-id sibling `GET /display/content/{id}/events/activations`.

        Args:
            id (str):
            start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time
                or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time or
                a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            sort (SortOrder | Unset): Sort order on the events' timestamp (seen).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[ActivationEvent | UnknownEvent]
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

        Activation events of one display content.

        Args:
            id (str):
            start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time
                or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time or
                a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            sort (SortOrder | Unset): Sort order on the events' timestamp (seen).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[ActivationEvent | UnknownEvent]
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

        Activation events of every display campaign and content. Summary wording inferred; path seen in the
        curl sample. The `source` of display events is not documented (it falls into the catch-all
        source variant).

        Args:
            start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time
                or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time or
                a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            sort (SortOrder | Unset): Sort order on the events' timestamp (seen).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[ActivationEvent | UnknownEvent]
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

        Activation events of one display campaign. Summary and the path parameter are seen; the path is
        **inferred** from the content-id sibling `GET /display/content/{id}/events/activations`.

        Args:
            id (str):
            start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time
                or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time or
                a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            sort (SortOrder | Unset): Sort order on the events' timestamp (seen).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[ActivationEvent | UnknownEvent]
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

        Activation events of one display content.

        Args:
            id (str):
            start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time
                or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time or
                a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            sort (SortOrder | Unset): Sort order on the events' timestamp (seen).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[ActivationEvent | UnknownEvent]
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
