from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_source_file import ImportSourceFile
from ...models.import_source_ftp import ImportSourceFtp
from ...models.unknown_import_source import UnknownImportSource
from ...types import UNSET, File, Response, Unset, path_segment


def _get_kwargs(
    id: int,
    *,
    body: File,
    content_disposition: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(content_disposition, Unset):
        headers["Content-Disposition"] = content_disposition

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/imports/{id}/source".format(
            id=path_segment(id, "id"),
        ),
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ImportSourceFile | ImportSourceFtp | UnknownImportSource | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> ImportSourceFile | ImportSourceFtp | UnknownImportSource:
            type_tag = data.get("type") if isinstance(data, dict) else None
            if type_tag == "file":
                try:
                    componentsschemas_import_source_type_0 = ImportSourceFile.from_dict(
                        data
                    )

                    return componentsschemas_import_source_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if type_tag == "ftp":
                try:
                    componentsschemas_import_source_type_1 = ImportSourceFtp.from_dict(
                        data
                    )

                    return componentsschemas_import_source_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_import_source_type_2 = UnknownImportSource.from_dict(data)

            return componentsschemas_import_source_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 411:
        response_411 = cast(Any, None)
        return response_411

    if response.status_code == 415:
        response_415 = cast(Any, None)
        return response_415

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if response.status_code == 503:
        response_503 = cast(Any, None)
        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ImportSourceFile | ImportSourceFtp | UnknownImportSource]:
    try:
        parsed = _parse_response(client=client, response=response)
    except Exception as error:
        if client.response_error is None:
            raise
        raise client.response_error(response, error) from error
    if hasattr(parsed, "_request_id"):
        parsed._request_id = response.headers.get("x-request-id")
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    content_disposition: str | Unset = UNSET,
) -> Response[Any | ImportSourceFile | ImportSourceFtp | UnknownImportSource]:
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
        Response[Any | ImportSourceFile | ImportSourceFtp | UnknownImportSource]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        content_disposition=content_disposition,
    )

    try:
        response = client.get_requester().request(
            **kwargs,
        )
    except (
        httpx.InvalidURL
    ) as error:  # e.g. a parameter so long the URL exceeds httpx's limit
        raise ValueError(f"cannot build the request URL: {error}") from error

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    content_disposition: str | Unset = UNSET,
) -> Any | ImportSourceFile | ImportSourceFtp | UnknownImportSource | None:
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
        Any | ImportSourceFile | ImportSourceFtp | UnknownImportSource
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        content_disposition=content_disposition,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    content_disposition: str | Unset = UNSET,
) -> Response[Any | ImportSourceFile | ImportSourceFtp | UnknownImportSource]:
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
        Response[Any | ImportSourceFile | ImportSourceFtp | UnknownImportSource]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        content_disposition=content_disposition,
    )

    try:
        response = await client.get_async_requester().request(**kwargs)
    except (
        httpx.InvalidURL
    ) as error:  # e.g. a parameter so long the URL exceeds httpx's limit
        raise ValueError(f"cannot build the request URL: {error}") from error

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    content_disposition: str | Unset = UNSET,
) -> Any | ImportSourceFile | ImportSourceFtp | UnknownImportSource | None:
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
        Any | ImportSourceFile | ImportSourceFtp | UnknownImportSource
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            content_disposition=content_disposition,
        )
    ).parsed
