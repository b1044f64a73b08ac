"""Operations tagged `action_reactivities`, and the namespaces binding them to a client: `ActionReactivities` /
`AsyncActionReactivities` return the success body, `RawActionReactivities` / `AsyncRawActionReactivities` the answer as received."""

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

        Reactivity events (bounces, hits, ...) of every email and SMS action, restricted to those tied to
        activations in the `activationStart`/`activationEnd` window and occurring in the
        `reactivityStart`/`reactivityEnd` window. Summary wording inferred; path seen in the curl sample.
        NP6's page text is ambiguous about which of this path and `/actions/reactivities/bounces` is the
        "bounce reactivities" operation; this one is taken as the generic, mixed-type feed.

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

        Bounce events of every action tied to activations in the window. Summary and path seen: page
        `actionreactivity/59a9db0d` shows "Production server https://api-
        cm.np6.com/actions/reactivities/bounces"
        and "curl -i -X GET 'https://api-
        cm.np6.com/actions/reactivities/bounces?activationStart=...&sort=asc'"
        (audit 2026-12, §4.1; raised from inferred). Its published response is a skeleton without a top-
        level
        `type` (`[ { "id": "497f6eca-...", "timestamp": 0, "identity": { "type": "string" }, "source": {
        "type":
        "string" } } ]`), not copied.

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

        Hit events (open, redirection, mirror, form, unsubscribe) of every action tied to activations in the
        window. Summary seen: page `actionreactivity/59a9db0d` is anchored at "Retrieve "hit" reactivities
        of all
        marketing actions", between the bounce and the open-hit reactivities (audit 2026-12, M3). Path
        **inferred**: not shown on the page; `/actions/reactivities/hits` follows the sibling
        `/actions/reactivities/hits/open` and the seen `GET /notifications/reactivities/hits`.

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

        Open hit events of every action tied to activations in the window.

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

        Redirection (tracked link click) hit events of every action tied to activations in the window.
        Summary seen; path **inferred** from its siblings.

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

        Mirror-page hit events of every action tied to activations in the window. Summary wording inferred;
        path seen in the curl sample. The published example is truncated inside its first element and is
        not copied.

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

        Form-link hit events of every action tied to activations in the window. Summary seen; path
        **inferred** from its siblings.

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

        Redirection hit events of one action tied to activations in the window. Summary wording inferred;
        path seen. The published example is truncated and is not copied.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
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
            list[HitEvent | UnknownEvent]
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

        Unsubscribe-link hit events of one action tied to activations in the window. The published example
        is truncated inside its first element and is not copied.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
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
            list[HitEvent | UnknownEvent]
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

        Mirror-page hit events of one action tied to activations in the window. Summary seen; path
        **inferred** from its siblings.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
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
            list[HitEvent | UnknownEvent]
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

        Reactivity events (bounces, hits, ...) of every email and SMS action, restricted to those tied to
        activations in the `activationStart`/`activationEnd` window and occurring in the
        `reactivityStart`/`reactivityEnd` window. Summary wording inferred; path seen in the curl sample.
        NP6's page text is ambiguous about which of this path and `/actions/reactivities/bounces` is the
        "bounce reactivities" operation; this one is taken as the generic, mixed-type feed.

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

        Bounce events of every action tied to activations in the window. Summary and path seen: page
        `actionreactivity/59a9db0d` shows "Production server https://api-
        cm.np6.com/actions/reactivities/bounces"
        and "curl -i -X GET 'https://api-
        cm.np6.com/actions/reactivities/bounces?activationStart=...&sort=asc'"
        (audit 2026-12, §4.1; raised from inferred). Its published response is a skeleton without a top-
        level
        `type` (`[ { "id": "497f6eca-...", "timestamp": 0, "identity": { "type": "string" }, "source": {
        "type":
        "string" } } ]`), not copied.

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

        Hit events (open, redirection, mirror, form, unsubscribe) of every action tied to activations in the
        window. Summary seen: page `actionreactivity/59a9db0d` is anchored at "Retrieve "hit" reactivities
        of all
        marketing actions", between the bounce and the open-hit reactivities (audit 2026-12, M3). Path
        **inferred**: not shown on the page; `/actions/reactivities/hits` follows the sibling
        `/actions/reactivities/hits/open` and the seen `GET /notifications/reactivities/hits`.

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

        Open hit events of every action tied to activations in the window.

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

        Redirection (tracked link click) hit events of every action tied to activations in the window.
        Summary seen; path **inferred** from its siblings.

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

        Mirror-page hit events of every action tied to activations in the window. Summary wording inferred;
        path seen in the curl sample. The published example is truncated inside its first element and is
        not copied.

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

        Form-link hit events of every action tied to activations in the window. Summary seen; path
        **inferred** from its siblings.

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

        Redirection hit events of one action tied to activations in the window. Summary wording inferred;
        path seen. The published example is truncated and is not copied.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
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
            list[HitEvent | UnknownEvent]
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

        Unsubscribe-link hit events of one action tied to activations in the window. The published example
        is truncated inside its first element and is not copied.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
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
            list[HitEvent | UnknownEvent]
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

        Mirror-page hit events of one action tied to activations in the window. Summary seen; path
        **inferred** from its siblings.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
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
            list[HitEvent | UnknownEvent]
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
