from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response, path_segment


def _get_kwargs(
    id: int,
    *,
    body: list[str],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/segments/{id}/targets".format(
            id=path_segment(id, "id"),
        ),
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | int | None:
    if response.status_code == 200:
        response_200 = cast(int, response.json())
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

    if response.status_code == 409:
        response_409 = cast(Any, None)
        return response_409

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
) -> Response[Any | int]:
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
    body: list[str],
) -> Response[Any | int]:
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
        Response[Any | int]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
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
    body: list[str],
) -> Any | int | None:
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
        Any | int
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[str],
) -> Response[Any | int]:
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
        Response[Any | int]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
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
    body: list[str],
) -> Any | int | None:
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
        Any | int
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
