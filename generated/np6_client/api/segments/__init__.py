"""Operations tagged `segments`, and the namespaces binding them to a client: `Segments` /
`AsyncSegments` return the success body, `RawSegments` / `AsyncRawSegments` the answer as received."""

from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.segment_dynamic import SegmentDynamic
from ...models.segment_dynamic_request import SegmentDynamicRequest
from ...models.segment_informations import SegmentInformations
from ...models.segment_static import SegmentStatic
from ...models.segment_static_request import SegmentStaticRequest
from ...models.unknown_segment import UnknownSegment
from ...models.unknown_segment_request import UnknownSegmentRequest
from ...types import UNSET, APIResponse, Unset
from . import (
    add_segment_targets,
    create_segment,
    delete_segment,
    get_segment,
    get_segments_informations,
    list_segment_targets,
    list_segments,
    remove_segment_targets,
    update_segment,
)


class Segments:
    """The `segments` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_segments(
        self,
    ) -> list[SegmentDynamic | SegmentStatic | UnknownSegment]:
        """Retrieve all segments

        Returns every segment of the account (seen; curl sample and response example only). No query or
        paging parameter is documented. List items carry no `description` (the create and get responses
        do). The title is inferred (only the code panel was seen); the 200 status is inferred. Probably
        Deprecated like the rest of the tag (badge not visible).

        Raises:
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
            list[SegmentDynamic | SegmentStatic | UnknownSegment]
        """

        response = list_segments.sync_detailed(
            client=self._client,
        )
        return cast(
            list[SegmentDynamic | SegmentStatic | UnknownSegment], response.parsed
        )

    def create_segment(
        self,
        *,
        body: SegmentDynamicRequest
        | SegmentStaticRequest
        | UnknownSegmentRequest
        | Mapping[str, Any],
    ) -> SegmentDynamic | SegmentStatic | UnknownSegment:
        """Create a segment

        Creates a segment (seen; curl sample and request/response examples only; title inferred). The body
        is a Segment discriminated by `type`; the 8.1.0 example sends `type`, `name`, `description` and
        `isTest` only. Without `expiration` NP6 set it to creation + 1 year in the example (inferred from
        the example dates). The 8.1.0 reference marks no field required; the legacy docs marked `type`,
        `name`, `description`, `isTest` and `expiration` required. Server-assigned fields (`id`,
        `creation`, `targetsCount`) are ignored on create (inferred). The 200 status is inferred (legacy:
        200). Probably Deprecated like the rest of the tag (badge not visible).

        Args:
            body (SegmentDynamicRequest | SegmentStaticRequest | UnknownSegmentRequest): A segment,
                discriminated by `type` (seen): `static` or `dynamic` (values from the examples; the
                8.1.0 value list was not visible). Other values may exist and are read as UnknownSegment.
                Used both
                in requests (create, update) and in responses, as NP6 does. No field is marked required in
                8.1.0.
                Dynamic segments' criteria are not exposed by the API (only referenced by `searchId`).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.ConflictError: 409. A segment with this name already exists (legacy). Empty body.
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
            SegmentDynamic | SegmentStatic | UnknownSegment
        """

        response = create_segment.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(SegmentDynamic | SegmentStatic | UnknownSegment, response.parsed)

    def get_segments_informations(
        self,
    ) -> SegmentInformations:
        """Retrieve general segment information

        (legacy) Known only from the legacy cookbook (`GET /segments/informations`, "Retrieve general
        segment information"); never seen in 8.1.0 and nothing in 8.1.0 replaces it, hence deprecated.
        The response shape is not documented anywhere: it is modelled as an open object.

        Raises:
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
            SegmentInformations
        """

        response = get_segments_informations.sync_detailed(
            client=self._client,
        )
        return cast(SegmentInformations, response.parsed)

    def get_segment(
        self,
        id: int,
    ) -> SegmentDynamic | SegmentStatic | UnknownSegment:
        """Retrieve a segment

        (legacy) Returns one segment. Not seen in the 8.1.0 reference: method, path, title and shape come
        from the legacy docs and the REST pattern of the sibling operations; nothing in 8.1.0 replaces it,
        hence deprecated. Legacy status codes: 200, 401, 403, 404.

        Args:
            id (int): Segment id (seen).

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
            SegmentDynamic | SegmentStatic | UnknownSegment
        """

        response = get_segment.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(SegmentDynamic | SegmentStatic | UnknownSegment, response.parsed)

    def update_segment(
        self,
        id: int,
        *,
        body: SegmentDynamicRequest
        | SegmentStaticRequest
        | UnknownSegmentRequest
        | Mapping[str, Any],
    ) -> SegmentDynamic | SegmentStatic | UnknownSegment:
        """Update a segment

        Replaces the segment's data (seen). The body is the full Segment model (none of its fields is
        marked required); the 8.1.0 example sends a partial body (no `isTest`, no `creation`), so a
        partial body is accepted. The 200 status and `application/json` response are inferred ("The
        updated segment", rest of the page cut). Legacy status codes: 200, 401, 403, 404, 409.

        Args:
            id (int): Segment id (seen).
            body (SegmentDynamicRequest | SegmentStaticRequest | UnknownSegmentRequest): A segment,
                discriminated by `type` (seen): `static` or `dynamic` (values from the examples; the
                8.1.0 value list was not visible). Other values may exist and are read as UnknownSegment.
                Used both
                in requests (create, update) and in responses, as NP6 does. No field is marked required in
                8.1.0.
                Dynamic segments' criteria are not exposed by the API (only referenced by `searchId`).

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
            np6.errors.ConflictError: 409. Another segment already uses this name (legacy). Empty body.
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
            SegmentDynamic | SegmentStatic | UnknownSegment
        """

        response = update_segment.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(SegmentDynamic | SegmentStatic | UnknownSegment, response.parsed)

    def delete_segment(
        self,
        id: int,
    ) -> None:
        """Delete a segment

        Deletes the segment (seen; curl sample and description; title inferred). NP6 may refuse the
        deletion when the segment is used by an action; the status it then returns is not documented
        (409 is assumed, inferred). 204 is inferred (legacy: 204). Probably Deprecated like the rest of the
        tag (badge not visible).

        Args:
            id (int): Segment id (seen).

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
            np6.errors.ConflictError: 409. (inferred) The segment is used by an action and cannot be deleted;
                NP6 documents the refusal but not its status. Empty body.
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
        """

        response = delete_segment.sync_detailed(
            client=self._client,
            id=id,
        )
        del response

    def list_segment_targets(
        self,
        id: int,
    ) -> list[str]:
        """Retrieve a segment's targets

        Returns the ids of the segment's targets (seen), as an array of strings. No paging parameter is
        documented. Status 200 inferred.

        Args:
            id (int): Segment id (seen).

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
            list[str]
        """

        response = list_segment_targets.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[str], response.parsed)

    def add_segment_targets(
        self,
        id: int,
        *,
        body: list[str],
    ) -> int:
        """Add targets to a static segment

        Adds targets to a **static** segment (seen). At most **50 target identifiers per call** (seen;
        `maxItems: 50`): callers add larger sets in chunks of 50. Targets are given by target id or by
        unicity value; when the account's unicity is made of several criteria, a target's values must be
        concatenated into one string (seen; the separator and order are not documented). Returns the
        number of targets actually added (seen), as a bare integer; status 200 inferred.

        The 8.1.0 page prints the body and the response without a media type; the curl sample sends
        `application/json`. (legacy) Clients had to send `Accept: application/vnd.mperf.v8.unicity` to
        have the strings read as unicity values instead of ids; 8.1.0 does not mention it.

        Args:
            id (int): Segment id (seen).
            body (list[str]): Targets to add to a static segment (seen): target ids, or unicity values
                (one string per target;
                with a multi-criteria unicity the target's values concatenated, separator not documented).
                At most 50 per call (seen).

        Raises:
            np6.errors.BadRequestError: 400. More than 50 identifiers in the body (the limit is seen; the 400
                status for it is inferred, legacy lists 400 on this operation), or a malformed body. Empty or
                plain-text body.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.ConflictError: 409. (legacy; meanings partly inferred) The segment is not static (a
                dynamic segment's members cannot be changed), or the key's user lacks the right (3rd-party,
                NP6-wide). Empty body.
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
            int
        """

        response = add_segment_targets.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(int, response.parsed)

    def remove_segment_targets(
        self,
        id: int,
    ) -> None:
        """Remove all targets from a segment

        Empties the segment (seen; parameters only, the rest of the page is cut). 204 is inferred from the
        legacy "Empty a specific segment" (204, 401, 403, 404).

        Args:
            id (int): Segment id (seen).

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
            np6.errors.ConflictError: 409. (inferred) The segment is dynamic; legacy docs answer 409 when
                removing a target from a dynamic segment. Empty body.
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
        """

        response = remove_segment_targets.sync_detailed(
            client=self._client,
            id=id,
        )
        del response


class AsyncSegments:
    """The `segments` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_segments(
        self,
    ) -> list[SegmentDynamic | SegmentStatic | UnknownSegment]:
        """Retrieve all segments

        Returns every segment of the account (seen; curl sample and response example only). No query or
        paging parameter is documented. List items carry no `description` (the create and get responses
        do). The title is inferred (only the code panel was seen); the 200 status is inferred. Probably
        Deprecated like the rest of the tag (badge not visible).

        Raises:
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
            list[SegmentDynamic | SegmentStatic | UnknownSegment]
        """

        response = await list_segments.asyncio_detailed(
            client=self._client,
        )
        return cast(
            list[SegmentDynamic | SegmentStatic | UnknownSegment], response.parsed
        )

    async def create_segment(
        self,
        *,
        body: SegmentDynamicRequest
        | SegmentStaticRequest
        | UnknownSegmentRequest
        | Mapping[str, Any],
    ) -> SegmentDynamic | SegmentStatic | UnknownSegment:
        """Create a segment

        Creates a segment (seen; curl sample and request/response examples only; title inferred). The body
        is a Segment discriminated by `type`; the 8.1.0 example sends `type`, `name`, `description` and
        `isTest` only. Without `expiration` NP6 set it to creation + 1 year in the example (inferred from
        the example dates). The 8.1.0 reference marks no field required; the legacy docs marked `type`,
        `name`, `description`, `isTest` and `expiration` required. Server-assigned fields (`id`,
        `creation`, `targetsCount`) are ignored on create (inferred). The 200 status is inferred (legacy:
        200). Probably Deprecated like the rest of the tag (badge not visible).

        Args:
            body (SegmentDynamicRequest | SegmentStaticRequest | UnknownSegmentRequest): A segment,
                discriminated by `type` (seen): `static` or `dynamic` (values from the examples; the
                8.1.0 value list was not visible). Other values may exist and are read as UnknownSegment.
                Used both
                in requests (create, update) and in responses, as NP6 does. No field is marked required in
                8.1.0.
                Dynamic segments' criteria are not exposed by the API (only referenced by `searchId`).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.ConflictError: 409. A segment with this name already exists (legacy). Empty body.
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
            SegmentDynamic | SegmentStatic | UnknownSegment
        """

        response = await create_segment.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(SegmentDynamic | SegmentStatic | UnknownSegment, response.parsed)

    async def get_segments_informations(
        self,
    ) -> SegmentInformations:
        """Retrieve general segment information

        (legacy) Known only from the legacy cookbook (`GET /segments/informations`, "Retrieve general
        segment information"); never seen in 8.1.0 and nothing in 8.1.0 replaces it, hence deprecated.
        The response shape is not documented anywhere: it is modelled as an open object.

        Raises:
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
            SegmentInformations
        """

        response = await get_segments_informations.asyncio_detailed(
            client=self._client,
        )
        return cast(SegmentInformations, response.parsed)

    async def get_segment(
        self,
        id: int,
    ) -> SegmentDynamic | SegmentStatic | UnknownSegment:
        """Retrieve a segment

        (legacy) Returns one segment. Not seen in the 8.1.0 reference: method, path, title and shape come
        from the legacy docs and the REST pattern of the sibling operations; nothing in 8.1.0 replaces it,
        hence deprecated. Legacy status codes: 200, 401, 403, 404.

        Args:
            id (int): Segment id (seen).

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
            SegmentDynamic | SegmentStatic | UnknownSegment
        """

        response = await get_segment.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(SegmentDynamic | SegmentStatic | UnknownSegment, response.parsed)

    async def update_segment(
        self,
        id: int,
        *,
        body: SegmentDynamicRequest
        | SegmentStaticRequest
        | UnknownSegmentRequest
        | Mapping[str, Any],
    ) -> SegmentDynamic | SegmentStatic | UnknownSegment:
        """Update a segment

        Replaces the segment's data (seen). The body is the full Segment model (none of its fields is
        marked required); the 8.1.0 example sends a partial body (no `isTest`, no `creation`), so a
        partial body is accepted. The 200 status and `application/json` response are inferred ("The
        updated segment", rest of the page cut). Legacy status codes: 200, 401, 403, 404, 409.

        Args:
            id (int): Segment id (seen).
            body (SegmentDynamicRequest | SegmentStaticRequest | UnknownSegmentRequest): A segment,
                discriminated by `type` (seen): `static` or `dynamic` (values from the examples; the
                8.1.0 value list was not visible). Other values may exist and are read as UnknownSegment.
                Used both
                in requests (create, update) and in responses, as NP6 does. No field is marked required in
                8.1.0.
                Dynamic segments' criteria are not exposed by the API (only referenced by `searchId`).

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
            np6.errors.ConflictError: 409. Another segment already uses this name (legacy). Empty body.
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
            SegmentDynamic | SegmentStatic | UnknownSegment
        """

        response = await update_segment.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(SegmentDynamic | SegmentStatic | UnknownSegment, response.parsed)

    async def delete_segment(
        self,
        id: int,
    ) -> None:
        """Delete a segment

        Deletes the segment (seen; curl sample and description; title inferred). NP6 may refuse the
        deletion when the segment is used by an action; the status it then returns is not documented
        (409 is assumed, inferred). 204 is inferred (legacy: 204). Probably Deprecated like the rest of the
        tag (badge not visible).

        Args:
            id (int): Segment id (seen).

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
            np6.errors.ConflictError: 409. (inferred) The segment is used by an action and cannot be deleted;
                NP6 documents the refusal but not its status. Empty body.
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
        """

        response = await delete_segment.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response

    async def list_segment_targets(
        self,
        id: int,
    ) -> list[str]:
        """Retrieve a segment's targets

        Returns the ids of the segment's targets (seen), as an array of strings. No paging parameter is
        documented. Status 200 inferred.

        Args:
            id (int): Segment id (seen).

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
            list[str]
        """

        response = await list_segment_targets.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[str], response.parsed)

    async def add_segment_targets(
        self,
        id: int,
        *,
        body: list[str],
    ) -> int:
        """Add targets to a static segment

        Adds targets to a **static** segment (seen). At most **50 target identifiers per call** (seen;
        `maxItems: 50`): callers add larger sets in chunks of 50. Targets are given by target id or by
        unicity value; when the account's unicity is made of several criteria, a target's values must be
        concatenated into one string (seen; the separator and order are not documented). Returns the
        number of targets actually added (seen), as a bare integer; status 200 inferred.

        The 8.1.0 page prints the body and the response without a media type; the curl sample sends
        `application/json`. (legacy) Clients had to send `Accept: application/vnd.mperf.v8.unicity` to
        have the strings read as unicity values instead of ids; 8.1.0 does not mention it.

        Args:
            id (int): Segment id (seen).
            body (list[str]): Targets to add to a static segment (seen): target ids, or unicity values
                (one string per target;
                with a multi-criteria unicity the target's values concatenated, separator not documented).
                At most 50 per call (seen).

        Raises:
            np6.errors.BadRequestError: 400. More than 50 identifiers in the body (the limit is seen; the 400
                status for it is inferred, legacy lists 400 on this operation), or a malformed body. Empty or
                plain-text body.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.ConflictError: 409. (legacy; meanings partly inferred) The segment is not static (a
                dynamic segment's members cannot be changed), or the key's user lacks the right (3rd-party,
                NP6-wide). Empty body.
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
            int
        """

        response = await add_segment_targets.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(int, response.parsed)

    async def remove_segment_targets(
        self,
        id: int,
    ) -> None:
        """Remove all targets from a segment

        Empties the segment (seen; parameters only, the rest of the page is cut). 204 is inferred from the
        legacy "Empty a specific segment" (204, 401, 403, 404).

        Args:
            id (int): Segment id (seen).

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
            np6.errors.ConflictError: 409. (inferred) The segment is dynamic; legacy docs answer 409 when
                removing a target from a dynamic segment. Empty body.
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
        """

        response = await remove_segment_targets.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawSegments:
    """The `segments` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Segments` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_segments(
        self,
    ) -> APIResponse[list[SegmentDynamic | SegmentStatic | UnknownSegment]]:
        """Retrieve all segments (the answer as received)."""
        kwargs = list_segments._get_kwargs()
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_segments))

    def create_segment(
        self,
        *,
        body: SegmentDynamicRequest
        | SegmentStaticRequest
        | UnknownSegmentRequest
        | Mapping[str, Any],
    ) -> APIResponse[SegmentDynamic | SegmentStatic | UnknownSegment]:
        """Create a segment (the answer as received)."""
        kwargs = create_segment._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_segment))

    def get_segments_informations(
        self,
    ) -> APIResponse[SegmentInformations]:
        """Retrieve general segment information (the answer as received)."""
        kwargs = get_segments_informations._get_kwargs()
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_segments_informations))

    def get_segment(
        self,
        id: int,
    ) -> APIResponse[SegmentDynamic | SegmentStatic | UnknownSegment]:
        """Retrieve a segment (the answer as received)."""
        kwargs = get_segment._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_segment))

    def update_segment(
        self,
        id: int,
        *,
        body: SegmentDynamicRequest
        | SegmentStaticRequest
        | UnknownSegmentRequest
        | Mapping[str, Any],
    ) -> APIResponse[SegmentDynamic | SegmentStatic | UnknownSegment]:
        """Update a segment (the answer as received)."""
        kwargs = update_segment._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_segment))

    def delete_segment(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Delete a segment (the answer as received)."""
        kwargs = delete_segment._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_segment))

    def list_segment_targets(
        self,
        id: int,
    ) -> APIResponse[list[str]]:
        """Retrieve a segment's targets (the answer as received)."""
        kwargs = list_segment_targets._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_segment_targets))

    def add_segment_targets(
        self,
        id: int,
        *,
        body: list[str],
    ) -> APIResponse[int]:
        """Add targets to a static segment (the answer as received)."""
        kwargs = add_segment_targets._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, add_segment_targets))

    def remove_segment_targets(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Remove all targets from a segment (the answer as received)."""
        kwargs = remove_segment_targets._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, remove_segment_targets))


class AsyncRawSegments:
    """The `segments` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_segments(
        self,
    ) -> APIResponse[list[SegmentDynamic | SegmentStatic | UnknownSegment]]:
        """Retrieve all segments (the answer as received)."""
        kwargs = list_segments._get_kwargs()
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_segments))

    async def create_segment(
        self,
        *,
        body: SegmentDynamicRequest
        | SegmentStaticRequest
        | UnknownSegmentRequest
        | Mapping[str, Any],
    ) -> APIResponse[SegmentDynamic | SegmentStatic | UnknownSegment]:
        """Create a segment (the answer as received)."""
        kwargs = create_segment._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_segment))

    async def get_segments_informations(
        self,
    ) -> APIResponse[SegmentInformations]:
        """Retrieve general segment information (the answer as received)."""
        kwargs = get_segments_informations._get_kwargs()
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_segments_informations))

    async def get_segment(
        self,
        id: int,
    ) -> APIResponse[SegmentDynamic | SegmentStatic | UnknownSegment]:
        """Retrieve a segment (the answer as received)."""
        kwargs = get_segment._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_segment))

    async def update_segment(
        self,
        id: int,
        *,
        body: SegmentDynamicRequest
        | SegmentStaticRequest
        | UnknownSegmentRequest
        | Mapping[str, Any],
    ) -> APIResponse[SegmentDynamic | SegmentStatic | UnknownSegment]:
        """Update a segment (the answer as received)."""
        kwargs = update_segment._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_segment))

    async def delete_segment(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Delete a segment (the answer as received)."""
        kwargs = delete_segment._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_segment))

    async def list_segment_targets(
        self,
        id: int,
    ) -> APIResponse[list[str]]:
        """Retrieve a segment's targets (the answer as received)."""
        kwargs = list_segment_targets._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_segment_targets))

    async def add_segment_targets(
        self,
        id: int,
        *,
        body: list[str],
    ) -> APIResponse[int]:
        """Add targets to a static segment (the answer as received)."""
        kwargs = add_segment_targets._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, add_segment_targets))

    async def remove_segment_targets(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Remove all targets from a segment (the answer as received)."""
        kwargs = remove_segment_targets._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, remove_segment_targets))
