"""Operations tagged `imports`, and the namespaces binding them to a client: `Imports` /
`AsyncImports` return the success body, `RawImports` / `AsyncRawImports` the answer as received."""

from collections.abc import Mapping, Sequence
from io import BytesIO
from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.import_definition import ImportDefinition
from ...models.import_definition_request import ImportDefinitionRequest
from ...models.import_execution import ImportExecution
from ...models.import_execution_state import ImportExecutionState
from ...models.import_format import ImportFormat
from ...models.import_source_file import ImportSourceFile
from ...models.import_source_ftp import ImportSourceFtp
from ...models.unknown_import_source import UnknownImportSource
from ...types import UNSET, APIResponse, File, FileTypes, Unset
from . import (
    create_import,
    create_import_format,
    delete_import,
    get_import,
    get_import_execution_state,
    get_import_format,
    list_imports,
    start_import_execution,
    update_import,
    upload_import_source,
)


class Imports:
    """The `imports` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_imports(
        self,
    ) -> list[ImportDefinition]:
        """Retrieve all import definitions

        Returns every import definition of the account (seen). The published response example is
        truncated, so it is not reproduced; the example of `get_import` shows a complete item. No paging
        parameter is documented. Status 200 inferred. Probably Deprecated like the rest of the tag (badge
        not visible).

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
            list[ImportDefinition]
        """

        response = list_imports.sync_detailed(
            client=self._client,
        )
        return cast(list[ImportDefinition], response.parsed)

    def create_import(
        self,
        *,
        body: ImportDefinitionRequest | Mapping[str, Any],
    ) -> ImportDefinition:
        """Create an import definition

        Creates an import definition (seen). The 8.1.0 example sends `id: null` and
        `creationDate: "0001-01-01T00:00:00Z"`; it is truncated, so it is not reproduced. Only the legacy
        examples are complete. The response is not visible in 8.1.0: 200 with the created definition in
        `application/vnd.mperf.v8.import.v1+json` is inferred from the sibling operations and the legacy
        docs. A manual import is then fed with `upload_import_source` and run with
        `start_import_execution`; an automatic import uses an `ftp` source and a scheduler.

        Args:
            body (ImportDefinitionRequest): An import definition as sent to create, update or start an
                import (`ImportDefinitionBase` with an `id`
                that may be `null`).

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
            ImportDefinition
        """

        response = create_import.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(ImportDefinition, response.parsed)

    def get_import(
        self,
        id: int,
    ) -> ImportDefinition:
        """Retrieve the specified import definition

        Returns one import definition (seen). Status 200 inferred. Probably Deprecated like the rest of the
        tag (badge not visible).

        Args:
            id (int): Import definition id (seen).

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
            ImportDefinition
        """

        response = get_import.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(ImportDefinition, response.parsed)

    def update_import(
        self,
        id: int,
        *,
        body: ImportDefinitionRequest | Mapping[str, Any],
    ) -> ImportDefinition:
        """Update an existing import definition

        Updates the import definition (seen: title, path, `application/json` body and its field
        descriptions). The HTTP method is **inferred**: the 8.1.0 text shows the path but not the verb;
        PUT matches NP6's other updates (it could be PATCH). The response is not visible: 200 with the
        updated definition is inferred. Probably Deprecated like the rest of the tag (badge not visible).

        Provenance (audit 2026-12, §4.1): the method is legacy (NP6/Driver `mocks/config.json` lists `put`
        on `imports/:id`, answering 200 with the definition). See `x-np6-provenance-detail`.

        Args:
            id (int): Import definition id (seen).
            body (ImportDefinitionRequest): An import definition as sent to create, update or start an
                import (`ImportDefinitionBase` with an `id`
                that may be `null`).

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
            ImportDefinition
        """

        response = update_import.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(ImportDefinition, response.parsed)

    def delete_import(
        self,
        id: int,
    ) -> None:
        """Delete an import definition

        Deletes the import definition (seen). "No Content" is seen; the 204 status is inferred from it.

        Args:
            id (int): Import definition id (seen).

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

        response = delete_import.sync_detailed(
            client=self._client,
            id=id,
        )
        del response

    def upload_import_source(
        self,
        id: int,
        *,
        body: File,
        content_disposition: str | Unset = UNSET,
    ) -> ImportSourceFile | ImportSourceFtp | UnknownImportSource:
        """Upload a new file for an import with a binary request

        Uploads the file an import will read (seen), as the raw request body with
        `Content-Type: application/octet-stream` (seen). The 8.1.0 page renders no body schema and its
        description also says "form data"; raw bytes is the reading chosen here (inferred), as the legacy
        docs and cookbook did. (legacy) The file name is passed in a
        `Content-Disposition: form-data; filename=<name>.csv` header, and the legacy docs required
        `Accept: application/vnd.mperf.v8.import.v1+json`. Legacy drivers accepted `.txt`, `.csv`, `.zip`,
        `.tar.gz`, `.tgz` and `.gz` files. Answers the import's (file) source, whose `filename` is the
        stored name (NP6 prefixes it, e.g. `3ec15c5168_filename.csv`). Status 200 inferred (legacy: 200).

        Args:
            id (int): Import definition id (seen).
            content_disposition (str | Unset):
            body (File):

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
            ImportSourceFile | ImportSourceFtp | UnknownImportSource
        """

        response = upload_import_source.sync_detailed(
            client=self._client,
            id=id,
            body=body,
            content_disposition=content_disposition,
        )
        return cast(
            ImportSourceFile | ImportSourceFtp | UnknownImportSource, response.parsed
        )

    def get_import_execution_state(
        self,
        id: int,
    ) -> ImportExecutionState:
        """Get the last execution state of an import

        Returns the state of the import's latest execution (seen): `0` processing, `1` completed, `2`
        error (NP6's labels). Poll it after `start_import_execution` until the state is terminal (`1` or
        `2`). No
        execution history or report endpoint exists in 8.1.0. What NP6 answers for an import that was
        never executed is not documented. Status 200 inferred.

        Args:
            id (int): Import definition id (seen).

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
            ImportExecutionState
        """

        response = get_import_execution_state.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(ImportExecutionState, response.parsed)

    def start_import_execution(
        self,
        id: int,
        *,
        body: ImportDefinitionRequest | Mapping[str, Any] | Unset = UNSET,
    ) -> ImportExecution:
        """Start a new execution for an import

        Starts a new run of the import (seen: title, "Can update the import with the request model", and
        an `application/json` ImportDefinition body whose rendering is cut after `creationDate`). The
        method and path are **inferred** (from the legacy docs and the tag layout; the 8.1.0 curl sample
        is cut). The body is optional (inferred): fields sent update the definition before the run; the
        legacy docs sent only `{"binding": 1234}`. Send `{}` rather than no body, since NP6 answers 411
        to a POST without `Content-Length` (3rd-party, NP6-wide).

        The response is not visible in 8.1.0: the legacy docs answer 200 with an execution object
        (`startDate`, `state`, `content`, `source`), modelled as ImportExecution (legacy); a legacy driver
        mock nests the binding and source inside `content` instead. Then poll
        `get_import_execution_state`.

        (legacy) Legacy drivers could also send the file itself to this endpoint
        (`application/octet-stream`) to upload and run in one step; whether 8.1.0 accepts that is unknown,
        so it is not modelled: upload with `upload_import_source` first.

        Provenance (audit 2026-12, §4.1): method and path are legacy (NP6/Driver `mocks/config.json`:
        `"imports/:id/executions": {"verbs": ["post"], ... "httpStatus": 200, "mockFile":
        "imports/executed.json"}`). See `x-np6-provenance-detail`.

        Args:
            id (int): Import definition id (seen).
            body (ImportDefinitionRequest | Unset): An import definition as sent to create, update or
                start an import (`ImportDefinitionBase` with an `id`
                that may be `null`).

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
            np6.errors.ConflictError: 409. (inferred) The import cannot run now, e.g. an execution is already
                running or no source file was uploaded; NP6 documents no status for these cases. Empty body.
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
            ImportExecution
        """

        response = start_import_execution.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(ImportExecution, response.parsed)

    def create_import_format(
        self,
        *,
        body: ImportFormat | Mapping[str, Any],
    ) -> ImportFormat:
        """Create a specific import binding

        (legacy) Creates an import format (binding): how the columns of an import file map to target
        fields. Absent from the 8.1.0 reference; whether it still works is unknown, but import definitions
        still reference a binding id (`binding`), which is the `identifier.guid` returned here. Nothing in
        8.1.0 replaces it, hence deprecated. Legacy status codes: 200, 401, 403, 409.

        Args:
            body (ImportFormat): (legacy) An import format (binding): how the columns of an import
                file map to target fields. The
                legacy docs mark every request property required; `identifier` is server-assigned.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.ConflictError: 409. An import binding with this name already exists (legacy). Empty body.
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
            ImportFormat
        """

        response = create_import_format.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(ImportFormat, response.parsed)

    def get_import_format(
        self,
        id: int,
    ) -> ImportFormat:
        """Get a specific import binding

        (legacy) Returns an import format (binding). Absent from the 8.1.0 reference; nothing in 8.1.0
        replaces it, hence deprecated. No list, update or delete operation is documented, even in the
        legacy docs. Legacy status codes: 200, 401, 403, 404.

        Args:
            id (int): Import format (binding) id, the `binding` of an import definition (legacy; int32
                as `binding` in 8.1.0).

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
            ImportFormat
        """

        response = get_import_format.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(ImportFormat, response.parsed)


class AsyncImports:
    """The `imports` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_imports(
        self,
    ) -> list[ImportDefinition]:
        """Retrieve all import definitions

        Returns every import definition of the account (seen). The published response example is
        truncated, so it is not reproduced; the example of `get_import` shows a complete item. No paging
        parameter is documented. Status 200 inferred. Probably Deprecated like the rest of the tag (badge
        not visible).

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
            list[ImportDefinition]
        """

        response = await list_imports.asyncio_detailed(
            client=self._client,
        )
        return cast(list[ImportDefinition], response.parsed)

    async def create_import(
        self,
        *,
        body: ImportDefinitionRequest | Mapping[str, Any],
    ) -> ImportDefinition:
        """Create an import definition

        Creates an import definition (seen). The 8.1.0 example sends `id: null` and
        `creationDate: "0001-01-01T00:00:00Z"`; it is truncated, so it is not reproduced. Only the legacy
        examples are complete. The response is not visible in 8.1.0: 200 with the created definition in
        `application/vnd.mperf.v8.import.v1+json` is inferred from the sibling operations and the legacy
        docs. A manual import is then fed with `upload_import_source` and run with
        `start_import_execution`; an automatic import uses an `ftp` source and a scheduler.

        Args:
            body (ImportDefinitionRequest): An import definition as sent to create, update or start an
                import (`ImportDefinitionBase` with an `id`
                that may be `null`).

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
            ImportDefinition
        """

        response = await create_import.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(ImportDefinition, response.parsed)

    async def get_import(
        self,
        id: int,
    ) -> ImportDefinition:
        """Retrieve the specified import definition

        Returns one import definition (seen). Status 200 inferred. Probably Deprecated like the rest of the
        tag (badge not visible).

        Args:
            id (int): Import definition id (seen).

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
            ImportDefinition
        """

        response = await get_import.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(ImportDefinition, response.parsed)

    async def update_import(
        self,
        id: int,
        *,
        body: ImportDefinitionRequest | Mapping[str, Any],
    ) -> ImportDefinition:
        """Update an existing import definition

        Updates the import definition (seen: title, path, `application/json` body and its field
        descriptions). The HTTP method is **inferred**: the 8.1.0 text shows the path but not the verb;
        PUT matches NP6's other updates (it could be PATCH). The response is not visible: 200 with the
        updated definition is inferred. Probably Deprecated like the rest of the tag (badge not visible).

        Provenance (audit 2026-12, §4.1): the method is legacy (NP6/Driver `mocks/config.json` lists `put`
        on `imports/:id`, answering 200 with the definition). See `x-np6-provenance-detail`.

        Args:
            id (int): Import definition id (seen).
            body (ImportDefinitionRequest): An import definition as sent to create, update or start an
                import (`ImportDefinitionBase` with an `id`
                that may be `null`).

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
            ImportDefinition
        """

        response = await update_import.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(ImportDefinition, response.parsed)

    async def delete_import(
        self,
        id: int,
    ) -> None:
        """Delete an import definition

        Deletes the import definition (seen). "No Content" is seen; the 204 status is inferred from it.

        Args:
            id (int): Import definition id (seen).

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

        response = await delete_import.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response

    async def upload_import_source(
        self,
        id: int,
        *,
        body: File,
        content_disposition: str | Unset = UNSET,
    ) -> ImportSourceFile | ImportSourceFtp | UnknownImportSource:
        """Upload a new file for an import with a binary request

        Uploads the file an import will read (seen), as the raw request body with
        `Content-Type: application/octet-stream` (seen). The 8.1.0 page renders no body schema and its
        description also says "form data"; raw bytes is the reading chosen here (inferred), as the legacy
        docs and cookbook did. (legacy) The file name is passed in a
        `Content-Disposition: form-data; filename=<name>.csv` header, and the legacy docs required
        `Accept: application/vnd.mperf.v8.import.v1+json`. Legacy drivers accepted `.txt`, `.csv`, `.zip`,
        `.tar.gz`, `.tgz` and `.gz` files. Answers the import's (file) source, whose `filename` is the
        stored name (NP6 prefixes it, e.g. `3ec15c5168_filename.csv`). Status 200 inferred (legacy: 200).

        Args:
            id (int): Import definition id (seen).
            content_disposition (str | Unset):
            body (File):

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
            ImportSourceFile | ImportSourceFtp | UnknownImportSource
        """

        response = await upload_import_source.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
            content_disposition=content_disposition,
        )
        return cast(
            ImportSourceFile | ImportSourceFtp | UnknownImportSource, response.parsed
        )

    async def get_import_execution_state(
        self,
        id: int,
    ) -> ImportExecutionState:
        """Get the last execution state of an import

        Returns the state of the import's latest execution (seen): `0` processing, `1` completed, `2`
        error (NP6's labels). Poll it after `start_import_execution` until the state is terminal (`1` or
        `2`). No
        execution history or report endpoint exists in 8.1.0. What NP6 answers for an import that was
        never executed is not documented. Status 200 inferred.

        Args:
            id (int): Import definition id (seen).

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
            ImportExecutionState
        """

        response = await get_import_execution_state.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(ImportExecutionState, response.parsed)

    async def start_import_execution(
        self,
        id: int,
        *,
        body: ImportDefinitionRequest | Mapping[str, Any] | Unset = UNSET,
    ) -> ImportExecution:
        """Start a new execution for an import

        Starts a new run of the import (seen: title, "Can update the import with the request model", and
        an `application/json` ImportDefinition body whose rendering is cut after `creationDate`). The
        method and path are **inferred** (from the legacy docs and the tag layout; the 8.1.0 curl sample
        is cut). The body is optional (inferred): fields sent update the definition before the run; the
        legacy docs sent only `{"binding": 1234}`. Send `{}` rather than no body, since NP6 answers 411
        to a POST without `Content-Length` (3rd-party, NP6-wide).

        The response is not visible in 8.1.0: the legacy docs answer 200 with an execution object
        (`startDate`, `state`, `content`, `source`), modelled as ImportExecution (legacy); a legacy driver
        mock nests the binding and source inside `content` instead. Then poll
        `get_import_execution_state`.

        (legacy) Legacy drivers could also send the file itself to this endpoint
        (`application/octet-stream`) to upload and run in one step; whether 8.1.0 accepts that is unknown,
        so it is not modelled: upload with `upload_import_source` first.

        Provenance (audit 2026-12, §4.1): method and path are legacy (NP6/Driver `mocks/config.json`:
        `"imports/:id/executions": {"verbs": ["post"], ... "httpStatus": 200, "mockFile":
        "imports/executed.json"}`). See `x-np6-provenance-detail`.

        Args:
            id (int): Import definition id (seen).
            body (ImportDefinitionRequest | Unset): An import definition as sent to create, update or
                start an import (`ImportDefinitionBase` with an `id`
                that may be `null`).

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
            np6.errors.ConflictError: 409. (inferred) The import cannot run now, e.g. an execution is already
                running or no source file was uploaded; NP6 documents no status for these cases. Empty body.
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
            ImportExecution
        """

        response = await start_import_execution.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(ImportExecution, response.parsed)

    async def create_import_format(
        self,
        *,
        body: ImportFormat | Mapping[str, Any],
    ) -> ImportFormat:
        """Create a specific import binding

        (legacy) Creates an import format (binding): how the columns of an import file map to target
        fields. Absent from the 8.1.0 reference; whether it still works is unknown, but import definitions
        still reference a binding id (`binding`), which is the `identifier.guid` returned here. Nothing in
        8.1.0 replaces it, hence deprecated. Legacy status codes: 200, 401, 403, 409.

        Args:
            body (ImportFormat): (legacy) An import format (binding): how the columns of an import
                file map to target fields. The
                legacy docs mark every request property required; `identifier` is server-assigned.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.ConflictError: 409. An import binding with this name already exists (legacy). Empty body.
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
            ImportFormat
        """

        response = await create_import_format.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(ImportFormat, response.parsed)

    async def get_import_format(
        self,
        id: int,
    ) -> ImportFormat:
        """Get a specific import binding

        (legacy) Returns an import format (binding). Absent from the 8.1.0 reference; nothing in 8.1.0
        replaces it, hence deprecated. No list, update or delete operation is documented, even in the
        legacy docs. Legacy status codes: 200, 401, 403, 404.

        Args:
            id (int): Import format (binding) id, the `binding` of an import definition (legacy; int32
                as `binding` in 8.1.0).

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
            ImportFormat
        """

        response = await get_import_format.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(ImportFormat, response.parsed)


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawImports:
    """The `imports` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Imports` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_imports(
        self,
    ) -> APIResponse[list[ImportDefinition]]:
        """Retrieve all import definitions (the answer as received)."""
        kwargs = list_imports._get_kwargs()
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_imports))

    def create_import(
        self,
        *,
        body: ImportDefinitionRequest | Mapping[str, Any],
    ) -> APIResponse[ImportDefinition]:
        """Create an import definition (the answer as received)."""
        kwargs = create_import._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_import))

    def get_import(
        self,
        id: int,
    ) -> APIResponse[ImportDefinition]:
        """Retrieve the specified import definition (the answer as received)."""
        kwargs = get_import._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_import))

    def update_import(
        self,
        id: int,
        *,
        body: ImportDefinitionRequest | Mapping[str, Any],
    ) -> APIResponse[ImportDefinition]:
        """Update an existing import definition (the answer as received)."""
        kwargs = update_import._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_import))

    def delete_import(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Delete an import definition (the answer as received)."""
        kwargs = delete_import._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_import))

    def upload_import_source(
        self,
        id: int,
        *,
        body: File,
        content_disposition: str | Unset = UNSET,
    ) -> APIResponse[ImportSourceFile | ImportSourceFtp | UnknownImportSource]:
        """Upload a new file for an import with a binary request (the answer as received)."""
        kwargs = upload_import_source._get_kwargs(
            id=id,
            body=body,
            content_disposition=content_disposition,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, upload_import_source))

    def get_import_execution_state(
        self,
        id: int,
    ) -> APIResponse[ImportExecutionState]:
        """Get the last execution state of an import (the answer as received)."""
        kwargs = get_import_execution_state._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_import_execution_state))

    def start_import_execution(
        self,
        id: int,
        *,
        body: ImportDefinitionRequest | Mapping[str, Any] | Unset = UNSET,
    ) -> APIResponse[ImportExecution]:
        """Start a new execution for an import (the answer as received)."""
        kwargs = start_import_execution._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, start_import_execution))

    def create_import_format(
        self,
        *,
        body: ImportFormat | Mapping[str, Any],
    ) -> APIResponse[ImportFormat]:
        """Create a specific import binding (the answer as received)."""
        kwargs = create_import_format._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_import_format))

    def get_import_format(
        self,
        id: int,
    ) -> APIResponse[ImportFormat]:
        """Get a specific import binding (the answer as received)."""
        kwargs = get_import_format._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_import_format))


class AsyncRawImports:
    """The `imports` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_imports(
        self,
    ) -> APIResponse[list[ImportDefinition]]:
        """Retrieve all import definitions (the answer as received)."""
        kwargs = list_imports._get_kwargs()
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_imports))

    async def create_import(
        self,
        *,
        body: ImportDefinitionRequest | Mapping[str, Any],
    ) -> APIResponse[ImportDefinition]:
        """Create an import definition (the answer as received)."""
        kwargs = create_import._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_import))

    async def get_import(
        self,
        id: int,
    ) -> APIResponse[ImportDefinition]:
        """Retrieve the specified import definition (the answer as received)."""
        kwargs = get_import._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_import))

    async def update_import(
        self,
        id: int,
        *,
        body: ImportDefinitionRequest | Mapping[str, Any],
    ) -> APIResponse[ImportDefinition]:
        """Update an existing import definition (the answer as received)."""
        kwargs = update_import._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_import))

    async def delete_import(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Delete an import definition (the answer as received)."""
        kwargs = delete_import._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_import))

    async def upload_import_source(
        self,
        id: int,
        *,
        body: File,
        content_disposition: str | Unset = UNSET,
    ) -> APIResponse[ImportSourceFile | ImportSourceFtp | UnknownImportSource]:
        """Upload a new file for an import with a binary request (the answer as received)."""
        kwargs = upload_import_source._get_kwargs(
            id=id,
            body=body,
            content_disposition=content_disposition,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, upload_import_source))

    async def get_import_execution_state(
        self,
        id: int,
    ) -> APIResponse[ImportExecutionState]:
        """Get the last execution state of an import (the answer as received)."""
        kwargs = get_import_execution_state._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_import_execution_state))

    async def start_import_execution(
        self,
        id: int,
        *,
        body: ImportDefinitionRequest | Mapping[str, Any] | Unset = UNSET,
    ) -> APIResponse[ImportExecution]:
        """Start a new execution for an import (the answer as received)."""
        kwargs = start_import_execution._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, start_import_execution))

    async def create_import_format(
        self,
        *,
        body: ImportFormat | Mapping[str, Any],
    ) -> APIResponse[ImportFormat]:
        """Create a specific import binding (the answer as received)."""
        kwargs = create_import_format._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_import_format))

    async def get_import_format(
        self,
        id: int,
    ) -> APIResponse[ImportFormat]:
        """Get a specific import binding (the answer as received)."""
        kwargs = get_import_format._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_import_format))
