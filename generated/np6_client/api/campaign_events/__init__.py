"""Operations tagged `campaign_events`, and the namespaces binding them to a client: `CampaignEvents` /
`AsyncCampaignEvents` return the success body, `RawCampaignEvents` / `AsyncRawCampaignEvents` the answer as received."""

import datetime
from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.activation_event import ActivationEvent
from ...models.bounce_event import BounceEvent
from ...models.campaign_items_events_query import CampaignItemsEventsQuery
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
    list_campaign_item_events,
)


class CampaignEvents:
    """The `campaign_events` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_campaign_item_events(
        self,
        id: str,
        *,
        body: CampaignItemsEventsQuery | Mapping[str, Any],
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
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
        """Retrieve events of the specified campaign items

        Events of selected items of a campaign, filtered per channel by event type and subtype (body) and
        by time window (query). This is a **read that uses POST** because the filter travels in the body;
        NP6's method is kept. The body is marked required here (inferred: NP6 prints no required flags).

        The published response example is truncated inside its second element; only its first, complete
        element (an execution event) is copied.

        Args:
            id (str):
            start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time
                or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time or
                a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            sort (SortOrder | Unset): Sort order on the events' timestamp (seen).
            body (CampaignItemsEventsQuery): Body of `POST /campaigns/{id}/events`: per channel, the
                event types/subtypes and the items whose
                events are wanted (seen; `itemsEvents` required (inferred)).

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
            np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (3rd-party; listed in the
                8.1.0 reference for `POST /actions/{id}/executions`). Send `{}` rather than no body where a body is
                expected.
            np6.errors.UnsupportedMediaTypeError: 415. The request's `Content-Type` is not one this operation
                accepts (3rd-party), e.g. `application/json` sent to an execution endpoint that requires
                `application/vnd.np6.cm.email`.
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[ActivationEvent | BounceEvent | CancellationEvent | ComplaintEvent | CreationEvent | ExecutionEvent | HitEvent | ImpressionEvent | ModificationEvent | OptoutEvent | ReplyEvent | SuppressionEvent | UnknownEvent]
        """

        response = list_campaign_item_events.sync_detailed(
            client=self._client,
            id=id,
            body=body,
            start=start,
            end=end,
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


class AsyncCampaignEvents:
    """The `campaign_events` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_campaign_item_events(
        self,
        id: str,
        *,
        body: CampaignItemsEventsQuery | Mapping[str, Any],
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
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
        """Retrieve events of the specified campaign items

        Events of selected items of a campaign, filtered per channel by event type and subtype (body) and
        by time window (query). This is a **read that uses POST** because the filter travels in the body;
        NP6's method is kept. The body is marked required here (inferred: NP6 prints no required flags).

        The published response example is truncated inside its second element; only its first, complete
        element (an execution event) is copied.

        Args:
            id (str):
            start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time
                or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time or
                a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            sort (SortOrder | Unset): Sort order on the events' timestamp (seen).
            body (CampaignItemsEventsQuery): Body of `POST /campaigns/{id}/events`: per channel, the
                event types/subtypes and the items whose
                events are wanted (seen; `itemsEvents` required (inferred)).

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
            np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (3rd-party; listed in the
                8.1.0 reference for `POST /actions/{id}/executions`). Send `{}` rather than no body where a body is
                expected.
            np6.errors.UnsupportedMediaTypeError: 415. The request's `Content-Type` is not one this operation
                accepts (3rd-party), e.g. `application/json` sent to an execution endpoint that requires
                `application/vnd.np6.cm.email`.
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[ActivationEvent | BounceEvent | CancellationEvent | ComplaintEvent | CreationEvent | ExecutionEvent | HitEvent | ImpressionEvent | ModificationEvent | OptoutEvent | ReplyEvent | SuppressionEvent | UnknownEvent]
        """

        response = await list_campaign_item_events.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
            start=start,
            end=end,
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


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawCampaignEvents:
    """The `campaign_events` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `CampaignEvents` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_campaign_item_events(
        self,
        id: str,
        *,
        body: CampaignItemsEventsQuery | Mapping[str, Any],
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
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
        """Retrieve events of the specified campaign items (the answer as received)."""
        kwargs = list_campaign_item_events._get_kwargs(
            id=id,
            body=body,
            start=start,
            end=end,
            sort=sort,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_campaign_item_events))


class AsyncRawCampaignEvents:
    """The `campaign_events` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_campaign_item_events(
        self,
        id: str,
        *,
        body: CampaignItemsEventsQuery | Mapping[str, Any],
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
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
        """Retrieve events of the specified campaign items (the answer as received)."""
        kwargs = list_campaign_item_events._get_kwargs(
            id=id,
            body=body,
            start=start,
            end=end,
            sort=sort,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_campaign_item_events))
