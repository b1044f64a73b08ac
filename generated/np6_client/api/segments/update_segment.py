from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.segment_dynamic import SegmentDynamic
from ...models.segment_dynamic_request import SegmentDynamicRequest
from ...models.segment_static import SegmentStatic
from ...models.segment_static_request import SegmentStaticRequest
from ...models.unknown_segment import UnknownSegment
from ...models.unknown_segment_request import UnknownSegmentRequest
from ...types import (
    Response,
    checked_body,
    checked_model_json,
    is_plain_mapping,
    part_json,
    path_segment,
    plain_parts_made,
)


def _get_kwargs(
    id: int,
    *,
    body: SegmentDynamicRequest
    | SegmentStaticRequest
    | UnknownSegmentRequest
    | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/segments/{id}".format(
            id=path_segment(id, "id"),
        ),
    }

    # the body as NP6 documents it (a dict, a list of dicts): checked against the spec, then sent as given
    if is_plain_mapping(body):
        media_type, _kwargs["json"] = checked_body(
            body, "put", "/segments/{id}", "update_segment"
        )
        headers["Content-Type"] = media_type
        _kwargs["headers"] = headers
        return _kwargs
    dicts_in_models = plain_parts_made()

    if isinstance(body, SegmentStaticRequest) or isinstance(
        body, SegmentDynamicRequest
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = part_json(body)

    headers["Content-Type"] = "application/json"

    # dicts given inside the models (where a nested model goes): checked against the spec at their place
    if plain_parts_made() != dicts_in_models:
        _kwargs["json"] = checked_model_json(
            _kwargs["json"],
            "put",
            "/segments/{id}",
            "update_segment",
            headers["Content-Type"],
        )

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SegmentDynamic | SegmentStatic | UnknownSegment | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> SegmentDynamic | SegmentStatic | UnknownSegment:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_segment_type_0 = SegmentStatic.from_dict(data)

                return componentsschemas_segment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_segment_type_1 = SegmentDynamic.from_dict(data)

                return componentsschemas_segment_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_segment_type_2 = UnknownSegment.from_dict(data)

            return componentsschemas_segment_type_2

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
) -> Response[Any | SegmentDynamic | SegmentStatic | UnknownSegment]:
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
    body: SegmentDynamicRequest
    | SegmentStaticRequest
    | UnknownSegmentRequest
    | Mapping[str, Any],
) -> Response[Any | SegmentDynamic | SegmentStatic | UnknownSegment]:
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
        Response[Any | SegmentDynamic | SegmentStatic | UnknownSegment]
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
    body: SegmentDynamicRequest
    | SegmentStaticRequest
    | UnknownSegmentRequest
    | Mapping[str, Any],
) -> Any | SegmentDynamic | SegmentStatic | UnknownSegment | None:
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
        Any | SegmentDynamic | SegmentStatic | UnknownSegment
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
    body: SegmentDynamicRequest
    | SegmentStaticRequest
    | UnknownSegmentRequest
    | Mapping[str, Any],
) -> Response[Any | SegmentDynamic | SegmentStatic | UnknownSegment]:
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
        Response[Any | SegmentDynamic | SegmentStatic | UnknownSegment]
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
    body: SegmentDynamicRequest
    | SegmentStaticRequest
    | UnknownSegmentRequest
    | Mapping[str, Any],
) -> Any | SegmentDynamic | SegmentStatic | UnknownSegment | None:
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
        Any | SegmentDynamic | SegmentStatic | UnknownSegment
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
