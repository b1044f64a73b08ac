"""Operations tagged `notification_reactivities`, and the namespaces binding them to a client: `NotificationReactivities` /
`AsyncNotificationReactivities` return the success body, `RawNotificationReactivities` / `AsyncRawNotificationReactivities` the answer as received."""

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
    list_all_notification_bounce_reactivities,
    list_all_notification_hit_reactivities,
    list_all_notification_impression_reactivities,
    list_all_notification_optout_reactivities,
    list_all_notification_reactivities,
    list_notification_bounce_reactivities,
    list_notification_optout_reactivities,
    list_notification_reactivities,
)


class NotificationReactivities:
    """The `notification_reactivities` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_all_notification_reactivities(
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
        """Retrieve reactivities of all notifications

        Reactivity events (hits, impressions, opt-outs, bounces, ...) of every push notification tied to
        activations in the window. Summary wording inferred; path seen.

        Args:
            activation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            activation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
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

        response = list_all_notification_reactivities.sync_detailed(
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

    def list_all_notification_impression_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[ImpressionEvent | UnknownEvent]:
        """Retrieve "impression" reactivities of all notifications

        Impression events (notification displayed) of every notification tied to activations in the
        window. Summary seen; path **inferred**.

        Args:
            activation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            activation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
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
            list[ImpressionEvent | UnknownEvent]
        """

        response = list_all_notification_impression_reactivities.sync_detailed(
            client=self._client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[ImpressionEvent | UnknownEvent], response.parsed)

    def list_all_notification_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve "hit" reactivities of all notifications

        Hit events (notification opened or clicked) of every notification tied to activations in the
        window. Summary wording inferred; the response description "An array of hit events related to
        underlying activations" is seen. One inventory reads the page as "optout and hit reactivities";
        the seen response description says hits only, which is what is modelled.

        Args:
            activation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            activation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
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
            list[HitEvent | UnknownEvent]
        """

        response = list_all_notification_hit_reactivities.sync_detailed(
            client=self._client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)

    def list_all_notification_optout_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[OptoutEvent | UnknownEvent]:
        """Retrieve "optout" reactivities of all notifications

        Opt-out events of every notification tied to activations in the window. Summary seen; path
        **inferred**.

        Args:
            activation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            activation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
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
            list[OptoutEvent | UnknownEvent]
        """

        response = list_all_notification_optout_reactivities.sync_detailed(
            client=self._client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[OptoutEvent | UnknownEvent], response.parsed)

    def list_all_notification_bounce_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[BounceEvent | UnknownEvent]:
        """Retrieve "bounce" reactivities of all notifications

        Bounce events (push delivery failures) of every notification tied to activations in the window.
        Summary wording inferred; path seen. The detail of a notification bounce is not documented.

        Args:
            activation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            activation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
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
            list[BounceEvent | UnknownEvent]
        """

        response = list_all_notification_bounce_reactivities.sync_detailed(
            client=self._client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[BounceEvent | UnknownEvent], response.parsed)

    def list_notification_reactivities(
        self,
        id: int,
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
        """Retrieve reactivities of the specified notification

        Reactivity events of one notification tied to activations in the window. Summary seen; path
        **inferred**.

        Args:
            id (int):
            activation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            activation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
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

        response = list_notification_reactivities.sync_detailed(
            client=self._client,
            id=id,
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

    def list_notification_optout_reactivities(
        self,
        id: int,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[OptoutEvent | UnknownEvent]:
        """Retrieve "optout" reactivities of the specified notification

        Opt-out events of one notification tied to activations in the window. Summary wording inferred;
        path seen. The published example (source type `notification`, receiver type `contact`) is
        truncated inside its first element and is not copied.

        Args:
            id (int):
            activation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            activation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
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
            list[OptoutEvent | UnknownEvent]
        """

        response = list_notification_optout_reactivities.sync_detailed(
            client=self._client,
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[OptoutEvent | UnknownEvent], response.parsed)

    def list_notification_bounce_reactivities(
        self,
        id: int,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[BounceEvent | UnknownEvent]:
        """Retrieve "bounce" reactivities of the specified notification

        Bounce events of one notification tied to activations in the window. Summary seen; path
        **inferred**.

        Args:
            id (int):
            activation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            activation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
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

        response = list_notification_bounce_reactivities.sync_detailed(
            client=self._client,
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[BounceEvent | UnknownEvent], response.parsed)


class AsyncNotificationReactivities:
    """The `notification_reactivities` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_all_notification_reactivities(
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
        """Retrieve reactivities of all notifications

        Reactivity events (hits, impressions, opt-outs, bounces, ...) of every push notification tied to
        activations in the window. Summary wording inferred; path seen.

        Args:
            activation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            activation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
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

        response = await list_all_notification_reactivities.asyncio_detailed(
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

    async def list_all_notification_impression_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[ImpressionEvent | UnknownEvent]:
        """Retrieve "impression" reactivities of all notifications

        Impression events (notification displayed) of every notification tied to activations in the
        window. Summary seen; path **inferred**.

        Args:
            activation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            activation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
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
            list[ImpressionEvent | UnknownEvent]
        """

        response = await list_all_notification_impression_reactivities.asyncio_detailed(
            client=self._client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[ImpressionEvent | UnknownEvent], response.parsed)

    async def list_all_notification_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve "hit" reactivities of all notifications

        Hit events (notification opened or clicked) of every notification tied to activations in the
        window. Summary wording inferred; the response description "An array of hit events related to
        underlying activations" is seen. One inventory reads the page as "optout and hit reactivities";
        the seen response description says hits only, which is what is modelled.

        Args:
            activation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            activation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
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
            list[HitEvent | UnknownEvent]
        """

        response = await list_all_notification_hit_reactivities.asyncio_detailed(
            client=self._client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)

    async def list_all_notification_optout_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[OptoutEvent | UnknownEvent]:
        """Retrieve "optout" reactivities of all notifications

        Opt-out events of every notification tied to activations in the window. Summary seen; path
        **inferred**.

        Args:
            activation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            activation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
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
            list[OptoutEvent | UnknownEvent]
        """

        response = await list_all_notification_optout_reactivities.asyncio_detailed(
            client=self._client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[OptoutEvent | UnknownEvent], response.parsed)

    async def list_all_notification_bounce_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[BounceEvent | UnknownEvent]:
        """Retrieve "bounce" reactivities of all notifications

        Bounce events (push delivery failures) of every notification tied to activations in the window.
        Summary wording inferred; path seen. The detail of a notification bounce is not documented.

        Args:
            activation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            activation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
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
            list[BounceEvent | UnknownEvent]
        """

        response = await list_all_notification_bounce_reactivities.asyncio_detailed(
            client=self._client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[BounceEvent | UnknownEvent], response.parsed)

    async def list_notification_reactivities(
        self,
        id: int,
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
        """Retrieve reactivities of the specified notification

        Reactivity events of one notification tied to activations in the window. Summary seen; path
        **inferred**.

        Args:
            id (int):
            activation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            activation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
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

        response = await list_notification_reactivities.asyncio_detailed(
            client=self._client,
            id=id,
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

    async def list_notification_optout_reactivities(
        self,
        id: int,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[OptoutEvent | UnknownEvent]:
        """Retrieve "optout" reactivities of the specified notification

        Opt-out events of one notification tied to activations in the window. Summary wording inferred;
        path seen. The published example (source type `notification`, receiver type `contact`) is
        truncated inside its first element and is not copied.

        Args:
            id (int):
            activation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            activation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
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
            list[OptoutEvent | UnknownEvent]
        """

        response = await list_notification_optout_reactivities.asyncio_detailed(
            client=self._client,
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[OptoutEvent | UnknownEvent], response.parsed)

    async def list_notification_bounce_reactivities(
        self,
        id: int,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[BounceEvent | UnknownEvent]:
        """Retrieve "bounce" reactivities of the specified notification

        Bounce events of one notification tied to activations in the window. Summary seen; path
        **inferred**.

        Args:
            id (int):
            activation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            activation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            reactivity_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
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

        response = await list_notification_bounce_reactivities.asyncio_detailed(
            client=self._client,
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
        return cast(list[BounceEvent | UnknownEvent], response.parsed)


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawNotificationReactivities:
    """The `notification_reactivities` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `NotificationReactivities` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_all_notification_reactivities(
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
        """Retrieve reactivities of all notifications (the answer as received)."""
        kwargs = list_all_notification_reactivities._get_kwargs(
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
            response, _parser(self._client, list_all_notification_reactivities)
        )

    def list_all_notification_impression_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[ImpressionEvent | UnknownEvent]]:
        """Retrieve "impression" reactivities of all notifications (the answer as received)."""
        kwargs = list_all_notification_impression_reactivities._get_kwargs(
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
            _parser(self._client, list_all_notification_impression_reactivities),
        )

    def list_all_notification_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve "hit" reactivities of all notifications (the answer as received)."""
        kwargs = list_all_notification_hit_reactivities._get_kwargs(
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
            response, _parser(self._client, list_all_notification_hit_reactivities)
        )

    def list_all_notification_optout_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[OptoutEvent | UnknownEvent]]:
        """Retrieve "optout" reactivities of all notifications (the answer as received)."""
        kwargs = list_all_notification_optout_reactivities._get_kwargs(
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
            response, _parser(self._client, list_all_notification_optout_reactivities)
        )

    def list_all_notification_bounce_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[BounceEvent | UnknownEvent]]:
        """Retrieve "bounce" reactivities of all notifications (the answer as received)."""
        kwargs = list_all_notification_bounce_reactivities._get_kwargs(
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
            response, _parser(self._client, list_all_notification_bounce_reactivities)
        )

    def list_notification_reactivities(
        self,
        id: int,
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
        """Retrieve reactivities of the specified notification (the answer as received)."""
        kwargs = list_notification_reactivities._get_kwargs(
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
            response, _parser(self._client, list_notification_reactivities)
        )

    def list_notification_optout_reactivities(
        self,
        id: int,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[OptoutEvent | UnknownEvent]]:
        """Retrieve "optout" reactivities of the specified notification (the answer as received)."""
        kwargs = list_notification_optout_reactivities._get_kwargs(
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
            response, _parser(self._client, list_notification_optout_reactivities)
        )

    def list_notification_bounce_reactivities(
        self,
        id: int,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[BounceEvent | UnknownEvent]]:
        """Retrieve "bounce" reactivities of the specified notification (the answer as received)."""
        kwargs = list_notification_bounce_reactivities._get_kwargs(
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
            response, _parser(self._client, list_notification_bounce_reactivities)
        )


class AsyncRawNotificationReactivities:
    """The `notification_reactivities` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_all_notification_reactivities(
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
        """Retrieve reactivities of all notifications (the answer as received)."""
        kwargs = list_all_notification_reactivities._get_kwargs(
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
            response, _parser(self._client, list_all_notification_reactivities)
        )

    async def list_all_notification_impression_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[ImpressionEvent | UnknownEvent]]:
        """Retrieve "impression" reactivities of all notifications (the answer as received)."""
        kwargs = list_all_notification_impression_reactivities._get_kwargs(
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
            _parser(self._client, list_all_notification_impression_reactivities),
        )

    async def list_all_notification_hit_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve "hit" reactivities of all notifications (the answer as received)."""
        kwargs = list_all_notification_hit_reactivities._get_kwargs(
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
            response, _parser(self._client, list_all_notification_hit_reactivities)
        )

    async def list_all_notification_optout_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[OptoutEvent | UnknownEvent]]:
        """Retrieve "optout" reactivities of all notifications (the answer as received)."""
        kwargs = list_all_notification_optout_reactivities._get_kwargs(
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
            response, _parser(self._client, list_all_notification_optout_reactivities)
        )

    async def list_all_notification_bounce_reactivities(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[BounceEvent | UnknownEvent]]:
        """Retrieve "bounce" reactivities of all notifications (the answer as received)."""
        kwargs = list_all_notification_bounce_reactivities._get_kwargs(
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
            response, _parser(self._client, list_all_notification_bounce_reactivities)
        )

    async def list_notification_reactivities(
        self,
        id: int,
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
        """Retrieve reactivities of the specified notification (the answer as received)."""
        kwargs = list_notification_reactivities._get_kwargs(
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
            response, _parser(self._client, list_notification_reactivities)
        )

    async def list_notification_optout_reactivities(
        self,
        id: int,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[OptoutEvent | UnknownEvent]]:
        """Retrieve "optout" reactivities of the specified notification (the answer as received)."""
        kwargs = list_notification_optout_reactivities._get_kwargs(
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
            response, _parser(self._client, list_notification_optout_reactivities)
        )

    async def list_notification_bounce_reactivities(
        self,
        id: int,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[BounceEvent | UnknownEvent]]:
        """Retrieve "bounce" reactivities of the specified notification (the answer as received)."""
        kwargs = list_notification_bounce_reactivities._get_kwargs(
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
            response, _parser(self._client, list_notification_bounce_reactivities)
        )
