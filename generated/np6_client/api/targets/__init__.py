"""Operations tagged `targets`, and the namespaces binding them to a client: `Targets` /
`AsyncTargets` return the success body, `RawTargets` / `AsyncRawTargets` the answer as received."""

import datetime
from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.bulk_target_deletion_by_id import BulkTargetDeletionById
from ...models.bulk_target_deletion_by_segment import BulkTargetDeletionBySegment
from ...models.bulk_target_deletion_by_unicity import BulkTargetDeletionByUnicity
from ...models.redlist_entry import RedlistEntry
from ...models.target import Target
from ...models.target_bounce_hard_domain import TargetBounceHardDomain
from ...models.target_bounce_hard_user import TargetBounceHardUser
from ...models.target_bounce_summary import TargetBounceSummary
from ...models.target_create_request import TargetCreateRequest
from ...models.target_field_selection import TargetFieldSelection
from ...models.target_update_request import TargetUpdateRequest
from ...models.targets_count import TargetsCount
from ...models.unknown_target_bounce import UnknownTargetBounce
from ...types import UNSET, APIResponse, Unset
from . import (
    add_target_to_mail_redlist,
    add_target_to_segment,
    add_target_to_sms_redlist,
    count_targets,
    create_target,
    delete_target,
    delete_targets,
    get_target,
    get_target_by_identity,
    list_bounced_targets,
    list_mail_redlist,
    list_sms_redlist,
    list_target_segments,
    remove_target_from_segment,
    set_target_bounce,
    update_target,
    update_target_by_identity,
)


class Targets:
    """The `targets` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_target_by_identity(
        self,
        *,
        body: list[str] | Unset = UNSET,
        hash_: str | Unset = UNSET,
        unicity: list[str] | Unset = UNSET,
    ) -> Target:
        """Retrieve a target (experimental)

        Retrieves one contact by its hash or its unicity value(s) (CM-4). NP6 marks it *experimental*.

        Spec note: NP6 keys this operation `GET /targets?hash=&unicity=`; here both keys are optional,
        mutually exclusive query parameters: give exactly one of `hash` or `unicity`. NP6 also documents
        a JSON request body (an array of strings, no description; probably the unicity values when
        several unicity criteria exist (inferred)) on this GET; it is kept as an optional body.

        The response uses NP6's media type `application/vnd.np6.experimental+json` and the read shape
        `Target`: field values are keyed by field **id** under `fields` (unlike `POST /targets`, which
        takes field names as top-level keys). Legacy docs answered 404 when no contact matches.

        Args:
            hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
                reports).
            unicity (list[str] | Unset):
            body (list[str] | Unset): Request body of `GET /targets?hash=&unicity=`: an array of
                strings with no description (seen);
                probably the unicity values (inferred).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. No contact matches the given hash or unicity (legacy).
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
            Target
        """

        response = get_target_by_identity.sync_detailed(
            client=self._client,
            body=body,
            hash_=hash_,
            unicity=unicity,
        )
        return cast(Target, response.parsed)

    def update_target_by_identity(
        self,
        *,
        body: TargetUpdateRequest | Mapping[str, Any],
        unicity: list[str] | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> Target:
        """Update a target

        Updates the contact identified by its unicity value(s) or hash (CM-5). 8.1.0 shows only the
        title "Update a target" right after `GET /targets?hash=&unicity=`, with no path parameter; the
        rest of the page is cut off, so the parameters, body and response are inferred from the
        sibling GET and from the legacy `PUT /targets?unicity=<UNICITY>`, which **created the contact
        when the unicity was unknown** and updated it otherwise, answering 200 with the full contact.

        Spec note: the query keys are modelled like those of `GET /targets`: optional, mutually
        exclusive `unicity` and `hash` (give exactly one) (inferred).

        Provenance (audit 2026-12, §4.1): method and path are legacy, from slate `_targets.md`: "This
        endpoint creates a target or update it if it already exists using its unicity." See
        `x-np6-provenance-detail`.

        Args:
            unicity (list[str] | Unset):
            hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
                reports).
            body (TargetUpdateRequest): Body of `PUT /targets/{id}` and `PUT /targets` (inferred; from
                legacy: the 8.1.0 body is not
                shown): a flat object whose keys are field ids written as strings (legacy) or field names
                (as
                for `POST /targets` (inferred)), and whose values are the new values; `null` blanks a
                field.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
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
            Target
        """

        response = update_target_by_identity.sync_detailed(
            client=self._client,
            body=body,
            unicity=unicity,
            hash_=hash_,
        )
        return cast(Target, response.parsed)

    def create_target(
        self,
        *,
        body: TargetCreateRequest | Mapping[str, Any],
    ) -> Target:
        """Create a target

        Creates a contact (CM-6). Not found in the available 8.1.0 pages; known from the legacy docs and
        used live by a production team (3rd-party), which reports:
        - the body takes field **names** as top-level keys with scalar values, e.g. `{"Email": "alice@..."}`
          (3rd-party); the legacy docs key the same flat object by field **id** (`{"8101": "Mr"}`), so
          both are probably accepted (inferred);
        - values nested under `fields` (the read shape) are answered **400** `target cannot be identified -
          unicity is null`;
        - success is **200** with the created contact (the team's mocks used 201, never verified);
        - **409 with an empty body** when a contact with the same unicity value already exists; clients
          use it for an idempotent upsert (catch 409, then update by unicity).

        Asymmetry: the read shape (`GET /targets/{id}`) returns values keyed by field **id** under
        `fields`; writes are flat. Find the unicity field and the field ids with `GET /fields`.

        Args:
            body (TargetCreateRequest): Body of `POST /targets`: a **flat** object whose keys are
                field **names** (3rd-party, e.g.
                `{"Email": "alice@example.com"}`) or field **ids** written as strings (legacy, e.g.
                `{"8101": "Mr"}`), and whose values are the field values. Do **not** nest the values under
                `fields` (the read shape): NP6 answers 400 `target cannot be identified - unicity is null`
                (3rd-party). The unicity field(s) (see `GET /fields`, `isUnicity`) must be present
                (inferred).

        Raises:
            np6.errors.BadRequestError: 400. The contact cannot be identified, e.g. values nested under `fields`
                instead of top-level keys: plain-text body `target cannot be identified - unicity is null`
                (3rd-party).
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.ConflictError: 409. A contact with this unicity value already exists (empty body;
                3rd-party, legacy).
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
            Target
        """

        response = create_target.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(Target, response.parsed)

    def delete_targets(
        self,
        *,
        body: BulkTargetDeletionById
        | BulkTargetDeletionBySegment
        | BulkTargetDeletionByUnicity
        | Mapping[str, Any],
    ) -> None:
        """Delete Targets by bulk

        Deletes many contacts at once (CM-10). The body is discriminated by `type`: 8.1.0 shows only
        `segment` (every contact of a segment); the `id` and `unicity` variants and every `value` payload
        come from the legacy docs.

        Spec note: a body on a DELETE, required as NP6 documents it.

        8.1.0 answers No Content (204 (inferred)). The legacy API answered a JSON array of the deleted
        contacts (`[{"id": "000JW54T", "unicity": ["t1@mondomaine.com"]}]`) with
        `Accept: application/vnd.np6.cm.v1+json`; that variant is not modelled.

        Args:
            body (BulkTargetDeletionById | BulkTargetDeletionBySegment | BulkTargetDeletionByUnicity):
                Body of `DELETE /targets` (seen; discriminated by `type`). 8.1.0 shows only the `segment`
                value
                and no variant payload; the `id` and `unicity` variants and every `value` come from the
                legacy
                docs. Sent only, so no catch-all variant.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
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
            None
        """

        response = delete_targets.sync_detailed(
            client=self._client,
            body=body,
        )
        del response

    def count_targets(
        self,
    ) -> TargetsCount:
        """Retrieve the total number of targets

        Returns the number of contacts of the account (CM-11). NP6's sample shows no `X-Key` header and
        the page lists no header parameter; this is taken as a documentation omission and the key is
        required like everywhere else (inferred).

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
            TargetsCount
        """

        response = count_targets.sync_detailed(
            client=self._client,
        )
        return cast(TargetsCount, response.parsed)

    def get_target(
        self,
        id: str,
        *,
        body: TargetFieldSelection | Mapping[str, Any] | Unset = UNSET,
    ) -> Target:
        """Retrieve a target (experimental)

        Retrieves a contact by id (CM-1). NP6 marks it *experimental*. The response is the read shape
        `Target`: values keyed by field **id** under `fields` (writes take flat top-level keys instead).

        Spec note: NP6 documents a request body on this GET, media type
        `application/vnd.mperf.v8.model.v1+json`, typed `object` and described as "a comma separated
        list of field ids" restricting the fields returned; its sample sends `{}`. It is kept as an
        optional body; its real shape is unknown.

        The legacy read shape also carried `bounce` and `redList`; they are optional in `Target`.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
            body (TargetFieldSelection | Unset): Request body of `GET /targets/{id}` (media type
                `application/vnd.mperf.v8.model.v1+json`):
                typed `object` with no properties by NP6 and described as "a comma separated list of field
                ids"
                restricting the returned fields (seen). Its real shape is unknown; NP6's sample sends
                `{}`.

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
            Target
        """

        response = get_target.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(Target, response.parsed)

    def update_target(
        self,
        id: str,
        *,
        body: TargetUpdateRequest | Mapping[str, Any],
    ) -> Target:
        """Update a target

        Updates the contact with the given id (CM-2). 8.1.0 shows the title and the path parameter only;
        the body and responses are cut off. Body (inferred; from legacy): a flat object whose keys are
        field ids (or names, as for `POST /targets` (inferred)) and whose values are the new values;
        `null` blanks a field. Legacy answered 200 with the full contact and 409 on a unicity collision.

        Provenance (audit 2026-12, §4.2): 8.1.0 shows the title and the path parameter, then the page is
        cut; method, body and responses are legacy (slate `PUT .../targets/<ID>`). See `x-np6-provenance-
        detail`.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
            body (TargetUpdateRequest): Body of `PUT /targets/{id}` and `PUT /targets` (inferred; from
                legacy: the 8.1.0 body is not
                shown): a flat object whose keys are field ids written as strings (legacy) or field names
                (as
                for `POST /targets` (inferred)), and whose values are the new values; `null` blanks a
                field.

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
            np6.errors.ConflictError: 409. The new unicity value belongs to another contact (empty body;
                legacy).
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
            Target
        """

        response = update_target.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(Target, response.parsed)

    def delete_target(
        self,
        id: str,
    ) -> None:
        """Delete a target

        Deletes the contact with the given id (CM-3). NP6 answers No Content (204 (inferred); legacy 204).

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).

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
            None
        """

        response = delete_target.sync_detailed(
            client=self._client,
            id=id,
        )
        del response

    def list_target_segments(
        self,
        id: str,
    ) -> list[int]:
        """Retrieve all segments associated with a target

        Lists the segments a contact belongs to (CM-9). Known only from the legacy CookBook, which shows
        the URL and no response; the response shape (an array of segment ids) is inferred. Not found in
        8.1.0, hence deprecated here.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).

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
            list[int]
        """

        response = list_target_segments.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[int], response.parsed)

    def add_target_to_segment(
        self,
        id: str,
        segment_id: int,
    ) -> None:
        """Add a target to a segment

        Adds a contact to a static segment, without a body (CM-7). Known only from the legacy docs; not
        found in 8.1.0, hence deprecated here. The nearest 8.1.0 operations are the (Deprecated)
        `PUT /segments/{id}/targets` of the Segment group.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
            segment_id (int): Segment id (seen).

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
            np6.errors.ConflictError: 409. The contact is already in the segment (empty body; legacy).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
        """

        response = add_target_to_segment.sync_detailed(
            client=self._client,
            id=id,
            segment_id=segment_id,
        )
        del response

    def remove_target_from_segment(
        self,
        id: str,
        segment_id: int,
    ) -> None:
        """Remove a target from a segment

        Removes a contact from a static segment (CM-8). Known only from the legacy docs; not found in
        8.1.0, hence deprecated here. The nearest 8.1.0 operation is the (Deprecated)
        `DELETE /segments/{id}/targets` of the Segment group.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
            segment_id (int): Segment id (seen).

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
            np6.errors.ConflictError: 409. The segment is dynamic; contacts cannot be removed from it (empty
                body; legacy).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
        """

        response = remove_target_from_segment.sync_detailed(
            client=self._client,
            id=id,
            segment_id=segment_id,
        )
        del response

    def add_target_to_mail_redlist(
        self,
        id: str,
        *,
        body: RedlistEntry | Mapping[str, Any],
    ) -> None:
        """Put the target in redlist's mail

        Puts the contact in the mail redlist (CM-12): it no longer receives emails. NP6 answers No
        Content (204 (inferred)). No removal operation is documented.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
            body (RedlistEntry): A redlist entry (seen): body of `POST
                /targets/{id}/redlist/mail|sms`, and (legacy) item of
                `GET /targets/redlist/mail|sms`. NP6 marks no property required.

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
            None
        """

        response = add_target_to_mail_redlist.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        del response

    def add_target_to_sms_redlist(
        self,
        id: str,
        *,
        body: RedlistEntry | Mapping[str, Any],
    ) -> None:
        """Put the target in redlist's sms

        Puts the contact in the SMS redlist (CM-13). 8.1.0 shows an operation right after the mail one
        with the same path parameter and body; its path and title are inferred as the SMS twin. No
        Content (204 (inferred)).

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
            body (RedlistEntry): A redlist entry (seen): body of `POST
                /targets/{id}/redlist/mail|sms`, and (legacy) item of
                `GET /targets/redlist/mail|sms`. NP6 marks no property required.

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
            None
        """

        response = add_target_to_sms_redlist.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        del response

    def list_mail_redlist(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> list[RedlistEntry] | None:
        """Retrieve the mail redlist

        Lists the contacts in the mail redlist over an optional time window (CM-14; title not seen).
        NP6 renders the timeline filter as a `query` object ("Start and End dates optional") serialised
        as the `startDate` and `endDate` query parameters.

        8.1.0 documents the response as "No Content", which looks like a documentation defect for a
        list read: the legacy API returned an array of `{id, timestamp, origin, detail}`. Both are
        declared here: 200 with that array (legacy shape) and 204 as documented.

        Provenance (audit 2026-12, §4.2 and C4): method, path, parameters and the 204 are seen; the 200 body
        is the legacy shape. See `x-np6-provenance-detail`.

        Args:
            start_date (datetime.datetime | Unset):
            end_date (datetime.datetime | Unset):

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
            list[RedlistEntry] | None
        """

        response = list_mail_redlist.sync_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )
        return cast(list[RedlistEntry] | None, response.parsed)

    def list_sms_redlist(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> list[RedlistEntry] | None:
        """Retrieve the sms redlist

        Lists the contacts in the SMS redlist over an optional time window (CM-15; title not seen).
        Same parameters as the mail redlist. 8.1.0 documents "No Content"; the legacy API returned an
        array of `{id, timestamp, origin, detail}`: both are declared (200 legacy shape, 204 as
        documented).

        Provenance (audit 2026-12, §4.2 and C4): method, path, parameters and the 204 are seen; the 200 body
        is the legacy shape. See `x-np6-provenance-detail`.

        Args:
            start_date (datetime.datetime | Unset):
            end_date (datetime.datetime | Unset):

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
            list[RedlistEntry] | None
        """

        response = list_sms_redlist.sync_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )
        return cast(list[RedlistEntry] | None, response.parsed)

    def set_target_bounce(
        self,
        id: str,
        field_id: int,
        *,
        body: TargetBounceHardDomain
        | TargetBounceHardUser
        | UnknownTargetBounce
        | Mapping[str, Any],
    ) -> None:
        """Set a bounce on a target field

        Records a bounce on one of the contact's fields, e.g. its email address (CM-16; title not seen,
        summary inferred). Body "Bounce Data", discriminated by an open `type` (seen; `hardDomain` in the
        sample, `hardUser` in the legacy bounce list, any other value through `UnknownTargetBounce`).
        NP6 answers No Content (204 (inferred)). No removal operation is documented.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
            field_id (int): Field id; tenant-specific (seen).
            body (TargetBounceHardDomain | TargetBounceHardUser | UnknownTargetBounce): Bounce Data,
                body of `PUT /targets/{id}/bounces/{fieldId}` (seen; discriminated by `type`). NP6
                documents `type` as an open discriminator ("typestring Discriminator", no enum; seed
                `001_02f2856b41bea110.txt`, whose curl sample sends `hardDomain`), and the legacy bounce
                list shows
                `hardUser` in the same shape (slate `GET /targets/bounces`: `{"type": "hardUser",
                "fieldId": 788,
                "detail": {"message": ...}, "timestamp": ...}`; audit 2026-12, M2). So the union is open
                although the
                client only sends it: `UnknownTargetBounce` carries any other bounce type NP6 knows.

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
            None
        """

        response = set_target_bounce.sync_detailed(
            client=self._client,
            id=id,
            field_id=field_id,
            body=body,
        )
        del response

    def list_bounced_targets(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> list[TargetBounceSummary]:
        """Retrieve bounces

        Lists the contacts that have bounces ("all NPAI targets"; CM-17). Known only from the legacy
        docs (codes 200/401/403). No 8.1.0 page shows it: the cross-cutting inventory concludes it is
        absent from 8.1.0 (superseded by the contact/action bounce events and the per-field PUT), while
        the contacts inventory sketches an 8.1.0 form by analogy with the redlist reads (optional
        `startDate`/`endDate`, response unknown). This spec keeps the legacy operation, deprecated,
        with the sketched `startDate`/`endDate` parameters (inferred).

        Args:
            start_date (datetime.datetime | Unset):
            end_date (datetime.datetime | Unset):

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
            list[TargetBounceSummary]
        """

        response = list_bounced_targets.sync_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )
        return cast(list[TargetBounceSummary], response.parsed)


class AsyncTargets:
    """The `targets` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_target_by_identity(
        self,
        *,
        body: list[str] | Unset = UNSET,
        hash_: str | Unset = UNSET,
        unicity: list[str] | Unset = UNSET,
    ) -> Target:
        """Retrieve a target (experimental)

        Retrieves one contact by its hash or its unicity value(s) (CM-4). NP6 marks it *experimental*.

        Spec note: NP6 keys this operation `GET /targets?hash=&unicity=`; here both keys are optional,
        mutually exclusive query parameters: give exactly one of `hash` or `unicity`. NP6 also documents
        a JSON request body (an array of strings, no description; probably the unicity values when
        several unicity criteria exist (inferred)) on this GET; it is kept as an optional body.

        The response uses NP6's media type `application/vnd.np6.experimental+json` and the read shape
        `Target`: field values are keyed by field **id** under `fields` (unlike `POST /targets`, which
        takes field names as top-level keys). Legacy docs answered 404 when no contact matches.

        Args:
            hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
                reports).
            unicity (list[str] | Unset):
            body (list[str] | Unset): Request body of `GET /targets?hash=&unicity=`: an array of
                strings with no description (seen);
                probably the unicity values (inferred).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. No contact matches the given hash or unicity (legacy).
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
            Target
        """

        response = await get_target_by_identity.asyncio_detailed(
            client=self._client,
            body=body,
            hash_=hash_,
            unicity=unicity,
        )
        return cast(Target, response.parsed)

    async def update_target_by_identity(
        self,
        *,
        body: TargetUpdateRequest | Mapping[str, Any],
        unicity: list[str] | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> Target:
        """Update a target

        Updates the contact identified by its unicity value(s) or hash (CM-5). 8.1.0 shows only the
        title "Update a target" right after `GET /targets?hash=&unicity=`, with no path parameter; the
        rest of the page is cut off, so the parameters, body and response are inferred from the
        sibling GET and from the legacy `PUT /targets?unicity=<UNICITY>`, which **created the contact
        when the unicity was unknown** and updated it otherwise, answering 200 with the full contact.

        Spec note: the query keys are modelled like those of `GET /targets`: optional, mutually
        exclusive `unicity` and `hash` (give exactly one) (inferred).

        Provenance (audit 2026-12, §4.1): method and path are legacy, from slate `_targets.md`: "This
        endpoint creates a target or update it if it already exists using its unicity." See
        `x-np6-provenance-detail`.

        Args:
            unicity (list[str] | Unset):
            hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
                reports).
            body (TargetUpdateRequest): Body of `PUT /targets/{id}` and `PUT /targets` (inferred; from
                legacy: the 8.1.0 body is not
                shown): a flat object whose keys are field ids written as strings (legacy) or field names
                (as
                for `POST /targets` (inferred)), and whose values are the new values; `null` blanks a
                field.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
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
            Target
        """

        response = await update_target_by_identity.asyncio_detailed(
            client=self._client,
            body=body,
            unicity=unicity,
            hash_=hash_,
        )
        return cast(Target, response.parsed)

    async def create_target(
        self,
        *,
        body: TargetCreateRequest | Mapping[str, Any],
    ) -> Target:
        """Create a target

        Creates a contact (CM-6). Not found in the available 8.1.0 pages; known from the legacy docs and
        used live by a production team (3rd-party), which reports:
        - the body takes field **names** as top-level keys with scalar values, e.g. `{"Email": "alice@..."}`
          (3rd-party); the legacy docs key the same flat object by field **id** (`{"8101": "Mr"}`), so
          both are probably accepted (inferred);
        - values nested under `fields` (the read shape) are answered **400** `target cannot be identified -
          unicity is null`;
        - success is **200** with the created contact (the team's mocks used 201, never verified);
        - **409 with an empty body** when a contact with the same unicity value already exists; clients
          use it for an idempotent upsert (catch 409, then update by unicity).

        Asymmetry: the read shape (`GET /targets/{id}`) returns values keyed by field **id** under
        `fields`; writes are flat. Find the unicity field and the field ids with `GET /fields`.

        Args:
            body (TargetCreateRequest): Body of `POST /targets`: a **flat** object whose keys are
                field **names** (3rd-party, e.g.
                `{"Email": "alice@example.com"}`) or field **ids** written as strings (legacy, e.g.
                `{"8101": "Mr"}`), and whose values are the field values. Do **not** nest the values under
                `fields` (the read shape): NP6 answers 400 `target cannot be identified - unicity is null`
                (3rd-party). The unicity field(s) (see `GET /fields`, `isUnicity`) must be present
                (inferred).

        Raises:
            np6.errors.BadRequestError: 400. The contact cannot be identified, e.g. values nested under `fields`
                instead of top-level keys: plain-text body `target cannot be identified - unicity is null`
                (3rd-party).
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.ConflictError: 409. A contact with this unicity value already exists (empty body;
                3rd-party, legacy).
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
            Target
        """

        response = await create_target.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(Target, response.parsed)

    async def delete_targets(
        self,
        *,
        body: BulkTargetDeletionById
        | BulkTargetDeletionBySegment
        | BulkTargetDeletionByUnicity
        | Mapping[str, Any],
    ) -> None:
        """Delete Targets by bulk

        Deletes many contacts at once (CM-10). The body is discriminated by `type`: 8.1.0 shows only
        `segment` (every contact of a segment); the `id` and `unicity` variants and every `value` payload
        come from the legacy docs.

        Spec note: a body on a DELETE, required as NP6 documents it.

        8.1.0 answers No Content (204 (inferred)). The legacy API answered a JSON array of the deleted
        contacts (`[{"id": "000JW54T", "unicity": ["t1@mondomaine.com"]}]`) with
        `Accept: application/vnd.np6.cm.v1+json`; that variant is not modelled.

        Args:
            body (BulkTargetDeletionById | BulkTargetDeletionBySegment | BulkTargetDeletionByUnicity):
                Body of `DELETE /targets` (seen; discriminated by `type`). 8.1.0 shows only the `segment`
                value
                and no variant payload; the `id` and `unicity` variants and every `value` come from the
                legacy
                docs. Sent only, so no catch-all variant.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
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
            None
        """

        response = await delete_targets.asyncio_detailed(
            client=self._client,
            body=body,
        )
        del response

    async def count_targets(
        self,
    ) -> TargetsCount:
        """Retrieve the total number of targets

        Returns the number of contacts of the account (CM-11). NP6's sample shows no `X-Key` header and
        the page lists no header parameter; this is taken as a documentation omission and the key is
        required like everywhere else (inferred).

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
            TargetsCount
        """

        response = await count_targets.asyncio_detailed(
            client=self._client,
        )
        return cast(TargetsCount, response.parsed)

    async def get_target(
        self,
        id: str,
        *,
        body: TargetFieldSelection | Mapping[str, Any] | Unset = UNSET,
    ) -> Target:
        """Retrieve a target (experimental)

        Retrieves a contact by id (CM-1). NP6 marks it *experimental*. The response is the read shape
        `Target`: values keyed by field **id** under `fields` (writes take flat top-level keys instead).

        Spec note: NP6 documents a request body on this GET, media type
        `application/vnd.mperf.v8.model.v1+json`, typed `object` and described as "a comma separated
        list of field ids" restricting the fields returned; its sample sends `{}`. It is kept as an
        optional body; its real shape is unknown.

        The legacy read shape also carried `bounce` and `redList`; they are optional in `Target`.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
            body (TargetFieldSelection | Unset): Request body of `GET /targets/{id}` (media type
                `application/vnd.mperf.v8.model.v1+json`):
                typed `object` with no properties by NP6 and described as "a comma separated list of field
                ids"
                restricting the returned fields (seen). Its real shape is unknown; NP6's sample sends
                `{}`.

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
            Target
        """

        response = await get_target.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(Target, response.parsed)

    async def update_target(
        self,
        id: str,
        *,
        body: TargetUpdateRequest | Mapping[str, Any],
    ) -> Target:
        """Update a target

        Updates the contact with the given id (CM-2). 8.1.0 shows the title and the path parameter only;
        the body and responses are cut off. Body (inferred; from legacy): a flat object whose keys are
        field ids (or names, as for `POST /targets` (inferred)) and whose values are the new values;
        `null` blanks a field. Legacy answered 200 with the full contact and 409 on a unicity collision.

        Provenance (audit 2026-12, §4.2): 8.1.0 shows the title and the path parameter, then the page is
        cut; method, body and responses are legacy (slate `PUT .../targets/<ID>`). See `x-np6-provenance-
        detail`.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
            body (TargetUpdateRequest): Body of `PUT /targets/{id}` and `PUT /targets` (inferred; from
                legacy: the 8.1.0 body is not
                shown): a flat object whose keys are field ids written as strings (legacy) or field names
                (as
                for `POST /targets` (inferred)), and whose values are the new values; `null` blanks a
                field.

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
            np6.errors.ConflictError: 409. The new unicity value belongs to another contact (empty body;
                legacy).
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
            Target
        """

        response = await update_target.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(Target, response.parsed)

    async def delete_target(
        self,
        id: str,
    ) -> None:
        """Delete a target

        Deletes the contact with the given id (CM-3). NP6 answers No Content (204 (inferred); legacy 204).

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).

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
            None
        """

        response = await delete_target.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response

    async def list_target_segments(
        self,
        id: str,
    ) -> list[int]:
        """Retrieve all segments associated with a target

        Lists the segments a contact belongs to (CM-9). Known only from the legacy CookBook, which shows
        the URL and no response; the response shape (an array of segment ids) is inferred. Not found in
        8.1.0, hence deprecated here.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).

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
            list[int]
        """

        response = await list_target_segments.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[int], response.parsed)

    async def add_target_to_segment(
        self,
        id: str,
        segment_id: int,
    ) -> None:
        """Add a target to a segment

        Adds a contact to a static segment, without a body (CM-7). Known only from the legacy docs; not
        found in 8.1.0, hence deprecated here. The nearest 8.1.0 operations are the (Deprecated)
        `PUT /segments/{id}/targets` of the Segment group.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
            segment_id (int): Segment id (seen).

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
            np6.errors.ConflictError: 409. The contact is already in the segment (empty body; legacy).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
        """

        response = await add_target_to_segment.asyncio_detailed(
            client=self._client,
            id=id,
            segment_id=segment_id,
        )
        del response

    async def remove_target_from_segment(
        self,
        id: str,
        segment_id: int,
    ) -> None:
        """Remove a target from a segment

        Removes a contact from a static segment (CM-8). Known only from the legacy docs; not found in
        8.1.0, hence deprecated here. The nearest 8.1.0 operation is the (Deprecated)
        `DELETE /segments/{id}/targets` of the Segment group.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
            segment_id (int): Segment id (seen).

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
            np6.errors.ConflictError: 409. The segment is dynamic; contacts cannot be removed from it (empty
                body; legacy).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
        """

        response = await remove_target_from_segment.asyncio_detailed(
            client=self._client,
            id=id,
            segment_id=segment_id,
        )
        del response

    async def add_target_to_mail_redlist(
        self,
        id: str,
        *,
        body: RedlistEntry | Mapping[str, Any],
    ) -> None:
        """Put the target in redlist's mail

        Puts the contact in the mail redlist (CM-12): it no longer receives emails. NP6 answers No
        Content (204 (inferred)). No removal operation is documented.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
            body (RedlistEntry): A redlist entry (seen): body of `POST
                /targets/{id}/redlist/mail|sms`, and (legacy) item of
                `GET /targets/redlist/mail|sms`. NP6 marks no property required.

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
            None
        """

        response = await add_target_to_mail_redlist.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        del response

    async def add_target_to_sms_redlist(
        self,
        id: str,
        *,
        body: RedlistEntry | Mapping[str, Any],
    ) -> None:
        """Put the target in redlist's sms

        Puts the contact in the SMS redlist (CM-13). 8.1.0 shows an operation right after the mail one
        with the same path parameter and body; its path and title are inferred as the SMS twin. No
        Content (204 (inferred)).

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
            body (RedlistEntry): A redlist entry (seen): body of `POST
                /targets/{id}/redlist/mail|sms`, and (legacy) item of
                `GET /targets/redlist/mail|sms`. NP6 marks no property required.

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
            None
        """

        response = await add_target_to_sms_redlist.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        del response

    async def list_mail_redlist(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> list[RedlistEntry] | None:
        """Retrieve the mail redlist

        Lists the contacts in the mail redlist over an optional time window (CM-14; title not seen).
        NP6 renders the timeline filter as a `query` object ("Start and End dates optional") serialised
        as the `startDate` and `endDate` query parameters.

        8.1.0 documents the response as "No Content", which looks like a documentation defect for a
        list read: the legacy API returned an array of `{id, timestamp, origin, detail}`. Both are
        declared here: 200 with that array (legacy shape) and 204 as documented.

        Provenance (audit 2026-12, §4.2 and C4): method, path, parameters and the 204 are seen; the 200 body
        is the legacy shape. See `x-np6-provenance-detail`.

        Args:
            start_date (datetime.datetime | Unset):
            end_date (datetime.datetime | Unset):

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
            list[RedlistEntry] | None
        """

        response = await list_mail_redlist.asyncio_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )
        return cast(list[RedlistEntry] | None, response.parsed)

    async def list_sms_redlist(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> list[RedlistEntry] | None:
        """Retrieve the sms redlist

        Lists the contacts in the SMS redlist over an optional time window (CM-15; title not seen).
        Same parameters as the mail redlist. 8.1.0 documents "No Content"; the legacy API returned an
        array of `{id, timestamp, origin, detail}`: both are declared (200 legacy shape, 204 as
        documented).

        Provenance (audit 2026-12, §4.2 and C4): method, path, parameters and the 204 are seen; the 200 body
        is the legacy shape. See `x-np6-provenance-detail`.

        Args:
            start_date (datetime.datetime | Unset):
            end_date (datetime.datetime | Unset):

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
            list[RedlistEntry] | None
        """

        response = await list_sms_redlist.asyncio_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )
        return cast(list[RedlistEntry] | None, response.parsed)

    async def set_target_bounce(
        self,
        id: str,
        field_id: int,
        *,
        body: TargetBounceHardDomain
        | TargetBounceHardUser
        | UnknownTargetBounce
        | Mapping[str, Any],
    ) -> None:
        """Set a bounce on a target field

        Records a bounce on one of the contact's fields, e.g. its email address (CM-16; title not seen,
        summary inferred). Body "Bounce Data", discriminated by an open `type` (seen; `hardDomain` in the
        sample, `hardUser` in the legacy bounce list, any other value through `UnknownTargetBounce`).
        NP6 answers No Content (204 (inferred)). No removal operation is documented.

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
            field_id (int): Field id; tenant-specific (seen).
            body (TargetBounceHardDomain | TargetBounceHardUser | UnknownTargetBounce): Bounce Data,
                body of `PUT /targets/{id}/bounces/{fieldId}` (seen; discriminated by `type`). NP6
                documents `type` as an open discriminator ("typestring Discriminator", no enum; seed
                `001_02f2856b41bea110.txt`, whose curl sample sends `hardDomain`), and the legacy bounce
                list shows
                `hardUser` in the same shape (slate `GET /targets/bounces`: `{"type": "hardUser",
                "fieldId": 788,
                "detail": {"message": ...}, "timestamp": ...}`; audit 2026-12, M2). So the union is open
                although the
                client only sends it: `UnknownTargetBounce` carries any other bounce type NP6 knows.

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
            None
        """

        response = await set_target_bounce.asyncio_detailed(
            client=self._client,
            id=id,
            field_id=field_id,
            body=body,
        )
        del response

    async def list_bounced_targets(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> list[TargetBounceSummary]:
        """Retrieve bounces

        Lists the contacts that have bounces ("all NPAI targets"; CM-17). Known only from the legacy
        docs (codes 200/401/403). No 8.1.0 page shows it: the cross-cutting inventory concludes it is
        absent from 8.1.0 (superseded by the contact/action bounce events and the per-field PUT), while
        the contacts inventory sketches an 8.1.0 form by analogy with the redlist reads (optional
        `startDate`/`endDate`, response unknown). This spec keeps the legacy operation, deprecated,
        with the sketched `startDate`/`endDate` parameters (inferred).

        Args:
            start_date (datetime.datetime | Unset):
            end_date (datetime.datetime | Unset):

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
            list[TargetBounceSummary]
        """

        response = await list_bounced_targets.asyncio_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )
        return cast(list[TargetBounceSummary], response.parsed)


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawTargets:
    """The `targets` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Targets` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_target_by_identity(
        self,
        *,
        body: list[str] | Unset = UNSET,
        hash_: str | Unset = UNSET,
        unicity: list[str] | Unset = UNSET,
    ) -> APIResponse[Target]:
        """Retrieve a target (experimental) (the answer as received)."""
        kwargs = get_target_by_identity._get_kwargs(
            body=body,
            hash_=hash_,
            unicity=unicity,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_target_by_identity))

    def update_target_by_identity(
        self,
        *,
        body: TargetUpdateRequest | Mapping[str, Any],
        unicity: list[str] | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> APIResponse[Target]:
        """Update a target (the answer as received)."""
        kwargs = update_target_by_identity._get_kwargs(
            body=body,
            unicity=unicity,
            hash_=hash_,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_target_by_identity))

    def create_target(
        self,
        *,
        body: TargetCreateRequest | Mapping[str, Any],
    ) -> APIResponse[Target]:
        """Create a target (the answer as received)."""
        kwargs = create_target._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_target))

    def delete_targets(
        self,
        *,
        body: BulkTargetDeletionById
        | BulkTargetDeletionBySegment
        | BulkTargetDeletionByUnicity
        | Mapping[str, Any],
    ) -> APIResponse[None]:
        """Delete Targets by bulk (the answer as received)."""
        kwargs = delete_targets._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_targets))

    def count_targets(
        self,
    ) -> APIResponse[TargetsCount]:
        """Retrieve the total number of targets (the answer as received)."""
        kwargs = count_targets._get_kwargs()
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, count_targets))

    def get_target(
        self,
        id: str,
        *,
        body: TargetFieldSelection | Mapping[str, Any] | Unset = UNSET,
    ) -> APIResponse[Target]:
        """Retrieve a target (experimental) (the answer as received)."""
        kwargs = get_target._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_target))

    def update_target(
        self,
        id: str,
        *,
        body: TargetUpdateRequest | Mapping[str, Any],
    ) -> APIResponse[Target]:
        """Update a target (the answer as received)."""
        kwargs = update_target._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_target))

    def delete_target(
        self,
        id: str,
    ) -> APIResponse[None]:
        """Delete a target (the answer as received)."""
        kwargs = delete_target._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_target))

    def list_target_segments(
        self,
        id: str,
    ) -> APIResponse[list[int]]:
        """Retrieve all segments associated with a target (the answer as received)."""
        kwargs = list_target_segments._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_target_segments))

    def add_target_to_segment(
        self,
        id: str,
        segment_id: int,
    ) -> APIResponse[None]:
        """Add a target to a segment (the answer as received)."""
        kwargs = add_target_to_segment._get_kwargs(
            id=id,
            segment_id=segment_id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, add_target_to_segment))

    def remove_target_from_segment(
        self,
        id: str,
        segment_id: int,
    ) -> APIResponse[None]:
        """Remove a target from a segment (the answer as received)."""
        kwargs = remove_target_from_segment._get_kwargs(
            id=id,
            segment_id=segment_id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, remove_target_from_segment))

    def add_target_to_mail_redlist(
        self,
        id: str,
        *,
        body: RedlistEntry | Mapping[str, Any],
    ) -> APIResponse[None]:
        """Put the target in redlist's mail (the answer as received)."""
        kwargs = add_target_to_mail_redlist._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, add_target_to_mail_redlist))

    def add_target_to_sms_redlist(
        self,
        id: str,
        *,
        body: RedlistEntry | Mapping[str, Any],
    ) -> APIResponse[None]:
        """Put the target in redlist's sms (the answer as received)."""
        kwargs = add_target_to_sms_redlist._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, add_target_to_sms_redlist))

    def list_mail_redlist(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> APIResponse[list[RedlistEntry] | None]:
        """Retrieve the mail redlist (the answer as received)."""
        kwargs = list_mail_redlist._get_kwargs(
            start_date=start_date,
            end_date=end_date,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_mail_redlist))

    def list_sms_redlist(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> APIResponse[list[RedlistEntry] | None]:
        """Retrieve the sms redlist (the answer as received)."""
        kwargs = list_sms_redlist._get_kwargs(
            start_date=start_date,
            end_date=end_date,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_sms_redlist))

    def set_target_bounce(
        self,
        id: str,
        field_id: int,
        *,
        body: TargetBounceHardDomain
        | TargetBounceHardUser
        | UnknownTargetBounce
        | Mapping[str, Any],
    ) -> APIResponse[None]:
        """Set a bounce on a target field (the answer as received)."""
        kwargs = set_target_bounce._get_kwargs(
            id=id,
            field_id=field_id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, set_target_bounce))

    def list_bounced_targets(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> APIResponse[list[TargetBounceSummary]]:
        """Retrieve bounces (the answer as received)."""
        kwargs = list_bounced_targets._get_kwargs(
            start_date=start_date,
            end_date=end_date,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_bounced_targets))


class AsyncRawTargets:
    """The `targets` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_target_by_identity(
        self,
        *,
        body: list[str] | Unset = UNSET,
        hash_: str | Unset = UNSET,
        unicity: list[str] | Unset = UNSET,
    ) -> APIResponse[Target]:
        """Retrieve a target (experimental) (the answer as received)."""
        kwargs = get_target_by_identity._get_kwargs(
            body=body,
            hash_=hash_,
            unicity=unicity,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_target_by_identity))

    async def update_target_by_identity(
        self,
        *,
        body: TargetUpdateRequest | Mapping[str, Any],
        unicity: list[str] | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> APIResponse[Target]:
        """Update a target (the answer as received)."""
        kwargs = update_target_by_identity._get_kwargs(
            body=body,
            unicity=unicity,
            hash_=hash_,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_target_by_identity))

    async def create_target(
        self,
        *,
        body: TargetCreateRequest | Mapping[str, Any],
    ) -> APIResponse[Target]:
        """Create a target (the answer as received)."""
        kwargs = create_target._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_target))

    async def delete_targets(
        self,
        *,
        body: BulkTargetDeletionById
        | BulkTargetDeletionBySegment
        | BulkTargetDeletionByUnicity
        | Mapping[str, Any],
    ) -> APIResponse[None]:
        """Delete Targets by bulk (the answer as received)."""
        kwargs = delete_targets._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_targets))

    async def count_targets(
        self,
    ) -> APIResponse[TargetsCount]:
        """Retrieve the total number of targets (the answer as received)."""
        kwargs = count_targets._get_kwargs()
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, count_targets))

    async def get_target(
        self,
        id: str,
        *,
        body: TargetFieldSelection | Mapping[str, Any] | Unset = UNSET,
    ) -> APIResponse[Target]:
        """Retrieve a target (experimental) (the answer as received)."""
        kwargs = get_target._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_target))

    async def update_target(
        self,
        id: str,
        *,
        body: TargetUpdateRequest | Mapping[str, Any],
    ) -> APIResponse[Target]:
        """Update a target (the answer as received)."""
        kwargs = update_target._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_target))

    async def delete_target(
        self,
        id: str,
    ) -> APIResponse[None]:
        """Delete a target (the answer as received)."""
        kwargs = delete_target._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_target))

    async def list_target_segments(
        self,
        id: str,
    ) -> APIResponse[list[int]]:
        """Retrieve all segments associated with a target (the answer as received)."""
        kwargs = list_target_segments._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_target_segments))

    async def add_target_to_segment(
        self,
        id: str,
        segment_id: int,
    ) -> APIResponse[None]:
        """Add a target to a segment (the answer as received)."""
        kwargs = add_target_to_segment._get_kwargs(
            id=id,
            segment_id=segment_id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, add_target_to_segment))

    async def remove_target_from_segment(
        self,
        id: str,
        segment_id: int,
    ) -> APIResponse[None]:
        """Remove a target from a segment (the answer as received)."""
        kwargs = remove_target_from_segment._get_kwargs(
            id=id,
            segment_id=segment_id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, remove_target_from_segment))

    async def add_target_to_mail_redlist(
        self,
        id: str,
        *,
        body: RedlistEntry | Mapping[str, Any],
    ) -> APIResponse[None]:
        """Put the target in redlist's mail (the answer as received)."""
        kwargs = add_target_to_mail_redlist._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, add_target_to_mail_redlist))

    async def add_target_to_sms_redlist(
        self,
        id: str,
        *,
        body: RedlistEntry | Mapping[str, Any],
    ) -> APIResponse[None]:
        """Put the target in redlist's sms (the answer as received)."""
        kwargs = add_target_to_sms_redlist._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, add_target_to_sms_redlist))

    async def list_mail_redlist(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> APIResponse[list[RedlistEntry] | None]:
        """Retrieve the mail redlist (the answer as received)."""
        kwargs = list_mail_redlist._get_kwargs(
            start_date=start_date,
            end_date=end_date,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_mail_redlist))

    async def list_sms_redlist(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> APIResponse[list[RedlistEntry] | None]:
        """Retrieve the sms redlist (the answer as received)."""
        kwargs = list_sms_redlist._get_kwargs(
            start_date=start_date,
            end_date=end_date,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_sms_redlist))

    async def set_target_bounce(
        self,
        id: str,
        field_id: int,
        *,
        body: TargetBounceHardDomain
        | TargetBounceHardUser
        | UnknownTargetBounce
        | Mapping[str, Any],
    ) -> APIResponse[None]:
        """Set a bounce on a target field (the answer as received)."""
        kwargs = set_target_bounce._get_kwargs(
            id=id,
            field_id=field_id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, set_target_bounce))

    async def list_bounced_targets(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> APIResponse[list[TargetBounceSummary]]:
        """Retrieve bounces (the answer as received)."""
        kwargs = list_bounced_targets._get_kwargs(
            start_date=start_date,
            end_date=end_date,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_bounced_targets))
