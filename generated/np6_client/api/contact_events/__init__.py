"""Operations tagged `contact_events`, and the namespaces binding them to a client: `ContactEvents` /
`AsyncContactEvents` return the success body, `RawContactEvents` / `AsyncRawContactEvents` the answer as received."""

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
    list_contact_activation_events,
    list_contact_events,
    list_contact_events_by_identity,
    list_contact_form_hit_events,
    list_contact_hit_events_by_identity,
    list_contact_open_hit_events,
    list_contact_stop_events_by_identity,
)


class ContactEvents:
    """The `contact_events` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_contact_hit_events_by_identity(
        self,
        *,
        id: str | Unset = UNSET,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve hit events of the specified contact using its id, unicity or hash

        Spec note: NP6 documents three operations keyed by a query string in the path,
        `GET /targets/events/hits?id=`, `?unicity=` and `?hash=` ("Retrieve hit events of the specified
        contact using its id / unicity / hash"). OpenAPI forbids a query string in a path key, so they are
        merged into this one operation: give **exactly one** of `id`, `unicity` or `hash` (each is required
        in its NP6 variant; they cannot be combined). The published curl samples omit the selector (a
        rendering artefact of the query-keyed paths).

        Returns the contact's hit events (opens, clicks, form, unsubscribe and mirror-page hits). The
        published example is a schema placeholder (`timestamp: 0`, `"type": "string"`, no top-level
        `type`) and is not copied. NP6's schema panel renders a `detail` ("Detail of the hit") next to
        `source.type`; every concrete example puts it in `source.detail`, which is what is modelled.

        Args:
            id (str | Unset): Target (contact) id, zero-padded base-36 style, usually 8 characters
                (seen).
            unicity (str | Unset):
            hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
                reports).
            start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time
                or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time or
                a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            sort (SortOrder | Unset): Sort order on the events' timestamp (seen).
            classification (str | Unset):

        Raises:
            np6.errors.BadRequestError: 400. None, or more than one, of `id`, `unicity` and `hash` was given
                (inferred: NP6 documents each variant with its selector required, not the answer to a request
                without one).
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. No contact matches the given `id`, `unicity` or `hash` (404 is listed
                on the sibling contact-event `.md` pages).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[HitEvent | UnknownEvent]
        """

        response = list_contact_hit_events_by_identity.sync_detailed(
            client=self._client,
            id=id,
            unicity=unicity,
            hash_=hash_,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)

    def list_contact_stop_events_by_identity(
        self,
        *,
        id: str | Unset = UNSET,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
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
        """Retrieve stop events of the specified contact using its id, unicity or hash

        Spec note: NP6 documents three operations keyed by a query string in the path,
        `GET /targets/events/responses/stop?id=`, `?unicity=` and `?hash=`. OpenAPI forbids a query string
        in a path key, so they are merged into this one operation: give **exactly one** of `id`, `unicity`
        or `hash`. There is no `classification` filter here.

        Returns the contact's STOP responses (SMS "STOP" opt-out replies, inferred from the name). The event
        type carried by a stop is not
        documented, so items are the generic `Event` union. The published example is a schema placeholder
        and is not copied.

        Args:
            id (str | Unset): Target (contact) id, zero-padded base-36 style, usually 8 characters
                (seen).
            unicity (str | Unset):
            hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
                reports).
            start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time
                or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time or
                a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            sort (SortOrder | Unset): Sort order on the events' timestamp (seen).

        Raises:
            np6.errors.BadRequestError: 400. None, or more than one, of `id`, `unicity` and `hash` was given
                (inferred: NP6 documents each variant with its selector required, not the answer to a request
                without one).
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. No contact matches the given `id`, `unicity` or `hash` (seen on the
                `?hash=` variant's `.md` page).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[ActivationEvent | BounceEvent | CancellationEvent | ComplaintEvent | CreationEvent | ExecutionEvent | HitEvent | ImpressionEvent | ModificationEvent | OptoutEvent | ReplyEvent | SuppressionEvent | UnknownEvent]
        """

        response = list_contact_stop_events_by_identity.sync_detailed(
            client=self._client,
            id=id,
            unicity=unicity,
            hash_=hash_,
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

    def list_contact_events_by_identity(
        self,
        *,
        id: str,
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
        """Retrieve events of the specified contact using its id

        Spec note: NP6 keys this operation by a query string in the path, `GET /targets/events?id=`, which
        OpenAPI forbids; it is modelled on the bare path with `id` as a required query parameter. Only the
        title is seen in 8.1.0: the path and parameters are **inferred** from the title and the page
        ordering. `?unicity=` and `?hash=` siblings probably exist but are not documented, so they are not
        modelled.

        Returns every event of the contact, all types mixed.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
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
            np6.errors.NotFoundError: 404. No contact has this id (inferred).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[ActivationEvent | BounceEvent | CancellationEvent | ComplaintEvent | CreationEvent | ExecutionEvent | HitEvent | ImpressionEvent | ModificationEvent | OptoutEvent | ReplyEvent | SuppressionEvent | UnknownEvent]
        """

        response = list_contact_events_by_identity.sync_detailed(
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

    def list_contact_events(
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
        """Retrieve events of the specified contact

        Every event of one contact, all types mixed. Summary wording inferred; path seen in the curl sample.
        The published example `[ { "type": "string" } ]` is a schema placeholder and is not copied.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
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

        response = list_contact_events.sync_detailed(
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

    def list_contact_activation_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[ActivationEvent | UnknownEvent]:
        """Retrieve activation events of the specified contact

        Activation events (messages handed over) of one contact. The published example is a schema
        placeholder and is not copied.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
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

        response = list_contact_activation_events.sync_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        return cast(list[ActivationEvent | UnknownEvent], response.parsed)

    def list_contact_open_hit_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve open hit events of the specified contact

        Open hit events (tracking pixel loads) of one contact. Use `classification` to get hits classified
        as
        robot (e.g. `mpp`, Apple Mail Privacy Proxy). Documented statuses: 200, 401, 404.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
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

        response = list_contact_open_hit_events.sync_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)

    def list_contact_form_hit_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve form hit events of the specified contact

        Form-link hit events of one contact. Summary wording inferred; path seen in the curl sample. The
        published example is a schema placeholder and is not copied.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
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

        response = list_contact_form_hit_events.sync_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)


class AsyncContactEvents:
    """The `contact_events` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_contact_hit_events_by_identity(
        self,
        *,
        id: str | Unset = UNSET,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve hit events of the specified contact using its id, unicity or hash

        Spec note: NP6 documents three operations keyed by a query string in the path,
        `GET /targets/events/hits?id=`, `?unicity=` and `?hash=` ("Retrieve hit events of the specified
        contact using its id / unicity / hash"). OpenAPI forbids a query string in a path key, so they are
        merged into this one operation: give **exactly one** of `id`, `unicity` or `hash` (each is required
        in its NP6 variant; they cannot be combined). The published curl samples omit the selector (a
        rendering artefact of the query-keyed paths).

        Returns the contact's hit events (opens, clicks, form, unsubscribe and mirror-page hits). The
        published example is a schema placeholder (`timestamp: 0`, `"type": "string"`, no top-level
        `type`) and is not copied. NP6's schema panel renders a `detail` ("Detail of the hit") next to
        `source.type`; every concrete example puts it in `source.detail`, which is what is modelled.

        Args:
            id (str | Unset): Target (contact) id, zero-padded base-36 style, usually 8 characters
                (seen).
            unicity (str | Unset):
            hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
                reports).
            start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time
                or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time or
                a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            sort (SortOrder | Unset): Sort order on the events' timestamp (seen).
            classification (str | Unset):

        Raises:
            np6.errors.BadRequestError: 400. None, or more than one, of `id`, `unicity` and `hash` was given
                (inferred: NP6 documents each variant with its selector required, not the answer to a request
                without one).
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. No contact matches the given `id`, `unicity` or `hash` (404 is listed
                on the sibling contact-event `.md` pages).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[HitEvent | UnknownEvent]
        """

        response = await list_contact_hit_events_by_identity.asyncio_detailed(
            client=self._client,
            id=id,
            unicity=unicity,
            hash_=hash_,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)

    async def list_contact_stop_events_by_identity(
        self,
        *,
        id: str | Unset = UNSET,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
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
        """Retrieve stop events of the specified contact using its id, unicity or hash

        Spec note: NP6 documents three operations keyed by a query string in the path,
        `GET /targets/events/responses/stop?id=`, `?unicity=` and `?hash=`. OpenAPI forbids a query string
        in a path key, so they are merged into this one operation: give **exactly one** of `id`, `unicity`
        or `hash`. There is no `classification` filter here.

        Returns the contact's STOP responses (SMS "STOP" opt-out replies, inferred from the name). The event
        type carried by a stop is not
        documented, so items are the generic `Event` union. The published example is a schema placeholder
        and is not copied.

        Args:
            id (str | Unset): Target (contact) id, zero-padded base-36 style, usually 8 characters
                (seen).
            unicity (str | Unset):
            hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
                reports).
            start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time
                or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time or
                a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            sort (SortOrder | Unset): Sort order on the events' timestamp (seen).

        Raises:
            np6.errors.BadRequestError: 400. None, or more than one, of `id`, `unicity` and `hash` was given
                (inferred: NP6 documents each variant with its selector required, not the answer to a request
                without one).
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. No contact matches the given `id`, `unicity` or `hash` (seen on the
                `?hash=` variant's `.md` page).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[ActivationEvent | BounceEvent | CancellationEvent | ComplaintEvent | CreationEvent | ExecutionEvent | HitEvent | ImpressionEvent | ModificationEvent | OptoutEvent | ReplyEvent | SuppressionEvent | UnknownEvent]
        """

        response = await list_contact_stop_events_by_identity.asyncio_detailed(
            client=self._client,
            id=id,
            unicity=unicity,
            hash_=hash_,
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

    async def list_contact_events_by_identity(
        self,
        *,
        id: str,
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
        """Retrieve events of the specified contact using its id

        Spec note: NP6 keys this operation by a query string in the path, `GET /targets/events?id=`, which
        OpenAPI forbids; it is modelled on the bare path with `id` as a required query parameter. Only the
        title is seen in 8.1.0: the path and parameters are **inferred** from the title and the page
        ordering. `?unicity=` and `?hash=` siblings probably exist but are not documented, so they are not
        modelled.

        Returns every event of the contact, all types mixed.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
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
            np6.errors.NotFoundError: 404. No contact has this id (inferred).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[ActivationEvent | BounceEvent | CancellationEvent | ComplaintEvent | CreationEvent | ExecutionEvent | HitEvent | ImpressionEvent | ModificationEvent | OptoutEvent | ReplyEvent | SuppressionEvent | UnknownEvent]
        """

        response = await list_contact_events_by_identity.asyncio_detailed(
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

    async def list_contact_events(
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
        """Retrieve events of the specified contact

        Every event of one contact, all types mixed. Summary wording inferred; path seen in the curl sample.
        The published example `[ { "type": "string" } ]` is a schema placeholder and is not copied.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
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

        response = await list_contact_events.asyncio_detailed(
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

    async def list_contact_activation_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> list[ActivationEvent | UnknownEvent]:
        """Retrieve activation events of the specified contact

        Activation events (messages handed over) of one contact. The published example is a schema
        placeholder and is not copied.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
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

        response = await list_contact_activation_events.asyncio_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        return cast(list[ActivationEvent | UnknownEvent], response.parsed)

    async def list_contact_open_hit_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve open hit events of the specified contact

        Open hit events (tracking pixel loads) of one contact. Use `classification` to get hits classified
        as
        robot (e.g. `mpp`, Apple Mail Privacy Proxy). Documented statuses: 200, 401, 404.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
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

        response = await list_contact_open_hit_events.asyncio_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)

    async def list_contact_form_hit_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> list[HitEvent | UnknownEvent]:
        """Retrieve form hit events of the specified contact

        Form-link hit events of one contact. Summary wording inferred; path seen in the curl sample. The
        published example is a schema placeholder and is not copied.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
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

        response = await list_contact_form_hit_events.asyncio_detailed(
            client=self._client,
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
        )
        return cast(list[HitEvent | UnknownEvent], response.parsed)


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawContactEvents:
    """The `contact_events` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `ContactEvents` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_contact_hit_events_by_identity(
        self,
        *,
        id: str | Unset = UNSET,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve hit events of the specified contact using its id, unicity or hash (the answer as received)."""
        kwargs = list_contact_hit_events_by_identity._get_kwargs(
            id=id,
            unicity=unicity,
            hash_=hash_,
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
            response, _parser(self._client, list_contact_hit_events_by_identity)
        )

    def list_contact_stop_events_by_identity(
        self,
        *,
        id: str | Unset = UNSET,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
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
        """Retrieve stop events of the specified contact using its id, unicity or hash (the answer as received)."""
        kwargs = list_contact_stop_events_by_identity._get_kwargs(
            id=id,
            unicity=unicity,
            hash_=hash_,
            start=start,
            end=end,
            sort=sort,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_contact_stop_events_by_identity)
        )

    def list_contact_events_by_identity(
        self,
        *,
        id: str,
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
        """Retrieve events of the specified contact using its id (the answer as received)."""
        kwargs = list_contact_events_by_identity._get_kwargs(
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
            response, _parser(self._client, list_contact_events_by_identity)
        )

    def list_contact_events(
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
        """Retrieve events of the specified contact (the answer as received)."""
        kwargs = list_contact_events._get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_contact_events))

    def list_contact_activation_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[ActivationEvent | UnknownEvent]]:
        """Retrieve activation events of the specified contact (the answer as received)."""
        kwargs = list_contact_activation_events._get_kwargs(
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
            response, _parser(self._client, list_contact_activation_events)
        )

    def list_contact_open_hit_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve open hit events of the specified contact (the answer as received)."""
        kwargs = list_contact_open_hit_events._get_kwargs(
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
            response, _parser(self._client, list_contact_open_hit_events)
        )

    def list_contact_form_hit_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve form hit events of the specified contact (the answer as received)."""
        kwargs = list_contact_form_hit_events._get_kwargs(
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
            response, _parser(self._client, list_contact_form_hit_events)
        )


class AsyncRawContactEvents:
    """The `contact_events` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_contact_hit_events_by_identity(
        self,
        *,
        id: str | Unset = UNSET,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve hit events of the specified contact using its id, unicity or hash (the answer as received)."""
        kwargs = list_contact_hit_events_by_identity._get_kwargs(
            id=id,
            unicity=unicity,
            hash_=hash_,
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
            response, _parser(self._client, list_contact_hit_events_by_identity)
        )

    async def list_contact_stop_events_by_identity(
        self,
        *,
        id: str | Unset = UNSET,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
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
        """Retrieve stop events of the specified contact using its id, unicity or hash (the answer as received)."""
        kwargs = list_contact_stop_events_by_identity._get_kwargs(
            id=id,
            unicity=unicity,
            hash_=hash_,
            start=start,
            end=end,
            sort=sort,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_contact_stop_events_by_identity)
        )

    async def list_contact_events_by_identity(
        self,
        *,
        id: str,
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
        """Retrieve events of the specified contact using its id (the answer as received)."""
        kwargs = list_contact_events_by_identity._get_kwargs(
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
            response, _parser(self._client, list_contact_events_by_identity)
        )

    async def list_contact_events(
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
        """Retrieve events of the specified contact (the answer as received)."""
        kwargs = list_contact_events._get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_contact_events))

    async def list_contact_activation_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
    ) -> APIResponse[list[ActivationEvent | UnknownEvent]]:
        """Retrieve activation events of the specified contact (the answer as received)."""
        kwargs = list_contact_activation_events._get_kwargs(
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
            response, _parser(self._client, list_contact_activation_events)
        )

    async def list_contact_open_hit_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve open hit events of the specified contact (the answer as received)."""
        kwargs = list_contact_open_hit_events._get_kwargs(
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
            response, _parser(self._client, list_contact_open_hit_events)
        )

    async def list_contact_form_hit_events(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: SortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> APIResponse[list[HitEvent | UnknownEvent]]:
        """Retrieve form hit events of the specified contact (the answer as received)."""
        kwargs = list_contact_form_hit_events._get_kwargs(
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
            response, _parser(self._client, list_contact_form_hit_events)
        )
