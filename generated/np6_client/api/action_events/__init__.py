"""Operations tagged `action_events`, and the namespaces binding them to a client: `ActionEvents` /
`AsyncActionEvents` return the success body, `RawActionEvents` / `AsyncRawActionEvents` the answer as received."""

import datetime
from collections.abc import Mapping, Sequence
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
    list_action_activation_events,
    list_action_bounce_events,
    list_action_cancellation_events,
    list_action_mirror_hit_events,
    list_action_stop_events,
    list_all_action_cancellation_events,
    list_all_action_events,
)


class ActionEvents:
    """The `action_events` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_all_action_events(
        self,
        *,
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
        """Retrieve events of all actions

        Events of every email and SMS action of the account in the time window, all types mixed (the
        published example holds a bounce and a hit). This is NP6's only pull feed for sending feedback: poll
        it with small `start`/`end` windows, always pass `sort`, and de-duplicate on the event `id`.
        No pagination is documented: one call returns the whole window.

        Provenance: one inventory knows this path only from a production team's material (3rd-party); the
        other cites its curl sample and example on the 8.1.0 actionevent landing page, so it is marked seen.

        The published example array is cut off inside its second element (a hit); only its first, complete
        element is copied here.

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
            list[ActivationEvent | BounceEvent | CancellationEvent | ComplaintEvent | CreationEvent | ExecutionEvent | HitEvent | ImpressionEvent | ModificationEvent | OptoutEvent | ReplyEvent | SuppressionEvent | UnknownEvent]
        """

        response = list_all_action_events.sync_detailed(
            client=self._client,
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

    def list_all_action_cancellation_events(
        self,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[CancellationEvent | UnknownEvent]:
        """Retrieve cancellations of all actions

        Cancellation events of every email and SMS action in the time window: executions NP6 accepted but
        did not send (e.g. the message could not be rendered). Summary wording inferred from the per-action
        operation; path and parameters seen in the curl sample.

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
            list[CancellationEvent | UnknownEvent]
        """

        response = list_all_action_cancellation_events.sync_detailed(
            client=self._client,
            start=start,
            end=end,
            sort=sort,
        )
        return cast(list[CancellationEvent | UnknownEvent], response.parsed)

    def list_action_activation_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[ActivationEvent | UnknownEvent]:
        """Retrieve activations of the specified action

        Activation events of one action: one per message handed over for a recipient. NP6 has no
        `delivery` event type; an activation is the nearest equivalent (inferred). Summary wording inferred.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
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

        response = list_action_activation_events.sync_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        return cast(list[ActivationEvent | UnknownEvent], response.parsed)

    def list_action_bounce_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[BounceEvent | UnknownEvent]:
        """Retrieve bounces of the specified action

        Bounce events of one action, with the MTA status (`source.detail.bounce.status`) and NP6's analysis
        (`source.detail.bounce.analysis.verdict`: `soft` or `hard`). Replaces the legacy
        `GET /actions/{id}/feedbacks/bounces`.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
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
            list[BounceEvent | UnknownEvent]
        """

        response = list_action_bounce_events.sync_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        return cast(list[BounceEvent | UnknownEvent], response.parsed)

    def list_action_cancellation_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[CancellationEvent | UnknownEvent]:
        """Retrieve cancellations of the specified action

        Cancellation events of one action: executions that were accepted but not sent, with the reason in
        `source.detail.cancellation` (e.g. a render failure under a user-defined policy).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
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

        response = list_action_cancellation_events.sync_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        return cast(list[CancellationEvent | UnknownEvent], response.parsed)

    def list_action_mirror_hit_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve mirror hits of the specified action

        Hit events on the mirror-page link ("view in browser") of one action. `classification` selects
        robot-classified hits. The published example is truncated before the hit details, so it is not
        copied. Other hit subtypes (`open`, `form`, `unsubscribe`, `redirection`) very probably have sibling
        paths, but they are not documented and are not described here.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time
                or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time or
                a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            sort (SortOrder | Unset): Sort order on the events' timestamp (seen).
            classification (str | Unset):

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
            list[HitEvent | UnknownEvent]
        """

        response = list_action_mirror_hit_events.sync_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)

    def list_action_stop_events(
        self,
        id: str,
        *,
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
        """Retrieve stops of the specified action

        STOP responses (SMS "STOP" opt-out replies, inferred from the name) received for one action. The
        summary is seen in the 8.1.0
        reference but the path is **inferred** by analogy with `GET /targets/events/responses/stop`
        (`/actions/{id}/events/stops` is the other candidate). The event type carried by a stop is not
        documented (`reply` or `optout` are plausible), so the items are the generic `Event` union.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
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
            list[ActivationEvent | BounceEvent | CancellationEvent | ComplaintEvent | CreationEvent | ExecutionEvent | HitEvent | ImpressionEvent | ModificationEvent | OptoutEvent | ReplyEvent | SuppressionEvent | UnknownEvent]
        """

        response = list_action_stop_events.sync_detailed(
            client=self._client,
            id=id,
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


class AsyncActionEvents:
    """The `action_events` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_all_action_events(
        self,
        *,
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
        """Retrieve events of all actions

        Events of every email and SMS action of the account in the time window, all types mixed (the
        published example holds a bounce and a hit). This is NP6's only pull feed for sending feedback: poll
        it with small `start`/`end` windows, always pass `sort`, and de-duplicate on the event `id`.
        No pagination is documented: one call returns the whole window.

        Provenance: one inventory knows this path only from a production team's material (3rd-party); the
        other cites its curl sample and example on the 8.1.0 actionevent landing page, so it is marked seen.

        The published example array is cut off inside its second element (a hit); only its first, complete
        element is copied here.

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
            list[ActivationEvent | BounceEvent | CancellationEvent | ComplaintEvent | CreationEvent | ExecutionEvent | HitEvent | ImpressionEvent | ModificationEvent | OptoutEvent | ReplyEvent | SuppressionEvent | UnknownEvent]
        """

        response = await list_all_action_events.asyncio_detailed(
            client=self._client,
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

    async def list_all_action_cancellation_events(
        self,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[CancellationEvent | UnknownEvent]:
        """Retrieve cancellations of all actions

        Cancellation events of every email and SMS action in the time window: executions NP6 accepted but
        did not send (e.g. the message could not be rendered). Summary wording inferred from the per-action
        operation; path and parameters seen in the curl sample.

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
            list[CancellationEvent | UnknownEvent]
        """

        response = await list_all_action_cancellation_events.asyncio_detailed(
            client=self._client,
            start=start,
            end=end,
            sort=sort,
        )
        return cast(list[CancellationEvent | UnknownEvent], response.parsed)

    async def list_action_activation_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[ActivationEvent | UnknownEvent]:
        """Retrieve activations of the specified action

        Activation events of one action: one per message handed over for a recipient. NP6 has no
        `delivery` event type; an activation is the nearest equivalent (inferred). Summary wording inferred.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
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

        response = await list_action_activation_events.asyncio_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        return cast(list[ActivationEvent | UnknownEvent], response.parsed)

    async def list_action_bounce_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[BounceEvent | UnknownEvent]:
        """Retrieve bounces of the specified action

        Bounce events of one action, with the MTA status (`source.detail.bounce.status`) and NP6's analysis
        (`source.detail.bounce.analysis.verdict`: `soft` or `hard`). Replaces the legacy
        `GET /actions/{id}/feedbacks/bounces`.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
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
            list[BounceEvent | UnknownEvent]
        """

        response = await list_action_bounce_events.asyncio_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        return cast(list[BounceEvent | UnknownEvent], response.parsed)

    async def list_action_cancellation_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[CancellationEvent | UnknownEvent]:
        """Retrieve cancellations of the specified action

        Cancellation events of one action: executions that were accepted but not sent, with the reason in
        `source.detail.cancellation` (e.g. a render failure under a user-defined policy).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
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

        response = await list_action_cancellation_events.asyncio_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        return cast(list[CancellationEvent | UnknownEvent], response.parsed)

    async def list_action_mirror_hit_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve mirror hits of the specified action

        Hit events on the mirror-page link ("view in browser") of one action. `classification` selects
        robot-classified hits. The published example is truncated before the hit details, so it is not
        copied. Other hit subtypes (`open`, `form`, `unsubscribe`, `redirection`) very probably have sibling
        paths, but they are not documented and are not described here.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time
                or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time or
                a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            sort (SortOrder | Unset): Sort order on the events' timestamp (seen).
            classification (str | Unset):

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
            list[HitEvent | UnknownEvent]
        """

        response = await list_action_mirror_hit_events.asyncio_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)

    async def list_action_stop_events(
        self,
        id: str,
        *,
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
        """Retrieve stops of the specified action

        STOP responses (SMS "STOP" opt-out replies, inferred from the name) received for one action. The
        summary is seen in the 8.1.0
        reference but the path is **inferred** by analogy with `GET /targets/events/responses/stop`
        (`/actions/{id}/events/stops` is the other candidate). The event type carried by a stop is not
        documented (`reply` or `optout` are plausible), so the items are the generic `Event` union.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
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
            list[ActivationEvent | BounceEvent | CancellationEvent | ComplaintEvent | CreationEvent | ExecutionEvent | HitEvent | ImpressionEvent | ModificationEvent | OptoutEvent | ReplyEvent | SuppressionEvent | UnknownEvent]
        """

        response = await list_action_stop_events.asyncio_detailed(
            client=self._client,
            id=id,
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


class RawActionEvents:
    """The `action_events` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `ActionEvents` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_all_action_events(
        self,
        *,
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
        """Retrieve events of all actions (the answer as received)."""
        kwargs = list_all_action_events._get_kwargs(
            start=start,
            end=end,
            sort=sort,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_all_action_events))

    def list_all_action_cancellation_events(
        self,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[CancellationEvent | UnknownEvent]]:
        """Retrieve cancellations of all actions (the answer as received)."""
        kwargs = list_all_action_cancellation_events._get_kwargs(
            start=start,
            end=end,
            sort=sort,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_all_action_cancellation_events)
        )

    def list_action_activation_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[ActivationEvent | UnknownEvent]]:
        """Retrieve activations of the specified action (the answer as received)."""
        kwargs = list_action_activation_events._get_kwargs(
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
            response, _parser(self._client, list_action_activation_events)
        )

    def list_action_bounce_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[BounceEvent | UnknownEvent]]:
        """Retrieve bounces of the specified action (the answer as received)."""
        kwargs = list_action_bounce_events._get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_action_bounce_events))

    def list_action_cancellation_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[CancellationEvent | UnknownEvent]]:
        """Retrieve cancellations of the specified action (the answer as received)."""
        kwargs = list_action_cancellation_events._get_kwargs(
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
            response, _parser(self._client, list_action_cancellation_events)
        )

    def list_action_mirror_hit_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve mirror hits of the specified action (the answer as received)."""
        kwargs = list_action_mirror_hit_events._get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_action_mirror_hit_events)
        )

    def list_action_stop_events(
        self,
        id: str,
        *,
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
        """Retrieve stops of the specified action (the answer as received)."""
        kwargs = list_action_stop_events._get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_action_stop_events))


class AsyncRawActionEvents:
    """The `action_events` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_all_action_events(
        self,
        *,
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
        """Retrieve events of all actions (the answer as received)."""
        kwargs = list_all_action_events._get_kwargs(
            start=start,
            end=end,
            sort=sort,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_all_action_events))

    async def list_all_action_cancellation_events(
        self,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[CancellationEvent | UnknownEvent]]:
        """Retrieve cancellations of all actions (the answer as received)."""
        kwargs = list_all_action_cancellation_events._get_kwargs(
            start=start,
            end=end,
            sort=sort,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_all_action_cancellation_events)
        )

    async def list_action_activation_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[ActivationEvent | UnknownEvent]]:
        """Retrieve activations of the specified action (the answer as received)."""
        kwargs = list_action_activation_events._get_kwargs(
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
            response, _parser(self._client, list_action_activation_events)
        )

    async def list_action_bounce_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[BounceEvent | UnknownEvent]]:
        """Retrieve bounces of the specified action (the answer as received)."""
        kwargs = list_action_bounce_events._get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_action_bounce_events))

    async def list_action_cancellation_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[CancellationEvent | UnknownEvent]]:
        """Retrieve cancellations of the specified action (the answer as received)."""
        kwargs = list_action_cancellation_events._get_kwargs(
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
            response, _parser(self._client, list_action_cancellation_events)
        )

    async def list_action_mirror_hit_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve mirror hits of the specified action (the answer as received)."""
        kwargs = list_action_mirror_hit_events._get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_action_mirror_hit_events)
        )

    async def list_action_stop_events(
        self,
        id: str,
        *,
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
        """Retrieve stops of the specified action (the answer as received)."""
        kwargs = list_action_stop_events._get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_action_stop_events))
