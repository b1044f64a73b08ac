from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.segment_dynamic import SegmentDynamic
from ...models.segment_static import SegmentStatic
from ...models.unknown_segment import UnknownSegment
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/segments",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[SegmentDynamic | SegmentStatic | UnknownSegment] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

            def _parse_response_200_item(
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

            response_200_item = _parse_response_200_item(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

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


def parse_response_200_item(
    data: object,
) -> SegmentDynamic | SegmentStatic | UnknownSegment:
    """One item of the list a 200 answer holds, read the way `_parse_response` reads each: for
    callers that decode the list themselves and parse its items one at a time (np6's event iteration)."""
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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[SegmentDynamic | SegmentStatic | UnknownSegment]]:
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
) -> Response[Any | list[SegmentDynamic | SegmentStatic | UnknownSegment]]:
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
        Response[Any | list[SegmentDynamic | SegmentStatic | UnknownSegment]]
    """

    kwargs = _get_kwargs()

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
) -> Any | list[SegmentDynamic | SegmentStatic | UnknownSegment] | None:
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
        Any | list[SegmentDynamic | SegmentStatic | UnknownSegment]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | list[SegmentDynamic | SegmentStatic | UnknownSegment]]:
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
        Response[Any | list[SegmentDynamic | SegmentStatic | UnknownSegment]]
    """

    kwargs = _get_kwargs()

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
) -> Any | list[SegmentDynamic | SegmentStatic | UnknownSegment] | None:
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
        Any | list[SegmentDynamic | SegmentStatic | UnknownSegment]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
