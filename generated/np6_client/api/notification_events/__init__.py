"""Operations tagged `notification_events`, and the namespaces binding them to a client: `NotificationEvents` /
`AsyncNotificationEvents` return the success body, `RawNotificationEvents` / `AsyncRawNotificationEvents` the answer as received."""

import datetime
from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.activation_event import ActivationEvent
from ...models.cancellation_event import CancellationEvent
from ...models.execution_event import ExecutionEvent
from ...models.sort_order import SortOrder, check_sort_order
from ...models.unknown_event import UnknownEvent
from ...types import UNSET, APIResponse, Unset
from . import (
    list_notification_activation_events,
    list_notification_cancellation_events,
    list_notification_execution_events,
)


class NotificationEvents:
    """The `notification_events` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_notification_activation_events(
        self,
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[ActivationEvent | UnknownEvent]:
        """Retrieves events activations of a specific notification

        Activation events of one push notification. The detail of notification events is only partly
        visible (`source.type` `notification`, see `EventSourceNotification`).

        Args:
            id (int):
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

        response = list_notification_activation_events.sync_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        return cast(list[ActivationEvent | UnknownEvent], response.parsed)

    def list_notification_execution_events(
        self,
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[ExecutionEvent | UnknownEvent]:
        """Retrieves events executions of a specific notification

        Execution events (send requests) of one push notification. Summary wording inferred from the
        sibling operations. The published sample `[ { "type": "string" } ]` is a schema placeholder and is
        not copied.

        Args:
            id (int):
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
            list[ExecutionEvent | UnknownEvent]
        """

        response = list_notification_execution_events.sync_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        return cast(list[ExecutionEvent | UnknownEvent], response.parsed)

    def list_notification_cancellation_events(
        self,
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[CancellationEvent | UnknownEvent]:
        """Retrieves events cancellation of a specific notification

        Cancellation events (executions accepted but not sent) of one push notification.

        Args:
            id (int):
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
            list[CancellationEvent | UnknownEvent]
        """

        response = list_notification_cancellation_events.sync_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        return cast(list[CancellationEvent | UnknownEvent], response.parsed)


class AsyncNotificationEvents:
    """The `notification_events` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_notification_activation_events(
        self,
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[ActivationEvent | UnknownEvent]:
        """Retrieves events activations of a specific notification

        Activation events of one push notification. The detail of notification events is only partly
        visible (`source.type` `notification`, see `EventSourceNotification`).

        Args:
            id (int):
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

        response = await list_notification_activation_events.asyncio_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        return cast(list[ActivationEvent | UnknownEvent], response.parsed)

    async def list_notification_execution_events(
        self,
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[ExecutionEvent | UnknownEvent]:
        """Retrieves events executions of a specific notification

        Execution events (send requests) of one push notification. Summary wording inferred from the
        sibling operations. The published sample `[ { "type": "string" } ]` is a schema placeholder and is
        not copied.

        Args:
            id (int):
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
            list[ExecutionEvent | UnknownEvent]
        """

        response = await list_notification_execution_events.asyncio_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        return cast(list[ExecutionEvent | UnknownEvent], response.parsed)

    async def list_notification_cancellation_events(
        self,
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[CancellationEvent | UnknownEvent]:
        """Retrieves events cancellation of a specific notification

        Cancellation events (executions accepted but not sent) of one push notification.

        Args:
            id (int):
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
            list[CancellationEvent | UnknownEvent]
        """

        response = await list_notification_cancellation_events.asyncio_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        return cast(list[CancellationEvent | UnknownEvent], response.parsed)


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawNotificationEvents:
    """The `notification_events` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `NotificationEvents` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_notification_activation_events(
        self,
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[ActivationEvent | UnknownEvent]]:
        """Retrieves events activations of a specific notification (the answer as received)."""
        kwargs = list_notification_activation_events._get_kwargs(
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
            response, _parser(self._client, list_notification_activation_events)
        )

    def list_notification_execution_events(
        self,
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[ExecutionEvent | UnknownEvent]]:
        """Retrieves events executions of a specific notification (the answer as received)."""
        kwargs = list_notification_execution_events._get_kwargs(
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
            response, _parser(self._client, list_notification_execution_events)
        )

    def list_notification_cancellation_events(
        self,
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[CancellationEvent | UnknownEvent]]:
        """Retrieves events cancellation of a specific notification (the answer as received)."""
        kwargs = list_notification_cancellation_events._get_kwargs(
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
            response, _parser(self._client, list_notification_cancellation_events)
        )


class AsyncRawNotificationEvents:
    """The `notification_events` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_notification_activation_events(
        self,
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[ActivationEvent | UnknownEvent]]:
        """Retrieves events activations of a specific notification (the answer as received)."""
        kwargs = list_notification_activation_events._get_kwargs(
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
            response, _parser(self._client, list_notification_activation_events)
        )

    async def list_notification_execution_events(
        self,
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[ExecutionEvent | UnknownEvent]]:
        """Retrieves events executions of a specific notification (the answer as received)."""
        kwargs = list_notification_execution_events._get_kwargs(
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
            response, _parser(self._client, list_notification_execution_events)
        )

    async def list_notification_cancellation_events(
        self,
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[CancellationEvent | UnknownEvent]]:
        """Retrieves events cancellation of a specific notification (the answer as received)."""
        kwargs = list_notification_cancellation_events._get_kwargs(
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
            response, _parser(self._client, list_notification_cancellation_events)
        )
