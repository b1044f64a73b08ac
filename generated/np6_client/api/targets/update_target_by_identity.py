from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.target import Target
from ...models.target_update_request import TargetUpdateRequest
from ...types import (
    UNSET,
    Response,
    Unset,
    checked_body,
    checked_model_json,
    is_plain_mapping,
    part_json,
    plain_parts_made,
)


def _get_kwargs(
    *,
    body: TargetUpdateRequest | Mapping[str, Any],
    unicity: list[str] | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    if isinstance(unicity, list) and not unicity:
        raise ValueError(
            "unicity is an empty list: give at least one item or leave it out (an empty list is not sent at all)"
        )
    params: dict[str, Any] = {}

    json_unicity: list[str] | Unset = UNSET
    if not isinstance(unicity, Unset):
        json_unicity = unicity

    params["unicity"] = json_unicity

    params["hash"] = hash_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/targets",
        "params": params,
    }

    # the body as NP6 documents it (a dict, a list of dicts): checked against the spec, then sent as given
    if is_plain_mapping(body):
        media_type, _kwargs["json"] = checked_body(
            body, "put", "/targets", "update_target_by_identity"
        )
        headers["Content-Type"] = media_type
        _kwargs["headers"] = headers
        return _kwargs
    dicts_in_models = plain_parts_made()

    _kwargs["json"] = part_json(body)

    headers["Content-Type"] = "application/json"

    # dicts given inside the models (where a nested model goes): checked against the spec at their place
    if plain_parts_made() != dicts_in_models:
        _kwargs["json"] = checked_model_json(
            _kwargs["json"],
            "put",
            "/targets",
            "update_target_by_identity",
            headers["Content-Type"],
        )

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Target | None:
    if response.status_code == 200:
        response_200 = Target.from_dict(response.json())

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
) -> Response[Any | Target]:
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
    *,
    client: AuthenticatedClient | Client,
    body: TargetUpdateRequest | Mapping[str, Any],
    unicity: list[str] | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> Response[Any | Target]:
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
        Response[Any | Target]
    """

    kwargs = _get_kwargs(
        body=body,
        unicity=unicity,
        hash_=hash_,
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
    *,
    client: AuthenticatedClient | Client,
    body: TargetUpdateRequest | Mapping[str, Any],
    unicity: list[str] | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> Any | Target | None:
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
        Any | Target
    """

    return sync_detailed(
        client=client,
        body=body,
        unicity=unicity,
        hash_=hash_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TargetUpdateRequest | Mapping[str, Any],
    unicity: list[str] | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> Response[Any | Target]:
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
        Response[Any | Target]
    """

    kwargs = _get_kwargs(
        body=body,
        unicity=unicity,
        hash_=hash_,
    )

    try:
        response = await client.get_async_requester().request(**kwargs)
    except (
        httpx.InvalidURL
    ) as error:  # e.g. a parameter so long the URL exceeds httpx's limit
        raise ValueError(f"cannot build the request URL: {error}") from error

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TargetUpdateRequest | Mapping[str, Any],
    unicity: list[str] | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> Any | Target | None:
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
        Any | Target
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            unicity=unicity,
            hash_=hash_,
        )
    ).parsed
