from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.subscription import Subscription
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["unicity"] = unicity

    params["hash"] = hash_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/targets/subscriptions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[Subscription] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Subscription.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Any | list[Subscription]]:
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
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> Response[Any | list[Subscription]]:
    """Retrieve subscriptions for the specified contact unicity or hash

    Spec note: NP6 has two operations here, `GET /targets/subscriptions?unicity=` ("Retrieve
    subscriptions for the specified contact unicity", S-6) and `GET /targets/subscriptions?hash=`
    ("... contact hash", S-8), each with its key required. They are merged into one operation whose
    `unicity` and `hash` query parameters are optional and mutually exclusive: give exactly one.

    Lists the push subscriptions of the contact (codes 200/401/403/404 seen). NP6's list example is
    truncated in the available page text, so it is not copied.

    Args:
        unicity (str | Unset):
        hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
            reports).

    Raises:
        np6.errors.BadRequestError: 400. Not exactly one of `unicity` and `hash` was given (spec note: the
            merged operation's rule, which OpenAPI cannot express; NP6's own per-key operations cannot miss
            their key).
        np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
        np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
            production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
        np6.errors.NotFoundError: 404. No contact matches the given unicity or hash (seen; no body).
        np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
            backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
        np6.errors.ServerError: 500. Server error; retry later (legacy).
        np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
        np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
        np6.errors.MalformedResponseError: an answer that does not match the spec.

    Returns:
        Response[Any | list[Subscription]]
    """

    kwargs = _get_kwargs(
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
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> Any | list[Subscription] | None:
    """Retrieve subscriptions for the specified contact unicity or hash

    Spec note: NP6 has two operations here, `GET /targets/subscriptions?unicity=` ("Retrieve
    subscriptions for the specified contact unicity", S-6) and `GET /targets/subscriptions?hash=`
    ("... contact hash", S-8), each with its key required. They are merged into one operation whose
    `unicity` and `hash` query parameters are optional and mutually exclusive: give exactly one.

    Lists the push subscriptions of the contact (codes 200/401/403/404 seen). NP6's list example is
    truncated in the available page text, so it is not copied.

    Args:
        unicity (str | Unset):
        hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
            reports).

    Raises:
        np6.errors.BadRequestError: 400. Not exactly one of `unicity` and `hash` was given (spec note: the
            merged operation's rule, which OpenAPI cannot express; NP6's own per-key operations cannot miss
            their key).
        np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
        np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
            production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
        np6.errors.NotFoundError: 404. No contact matches the given unicity or hash (seen; no body).
        np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
            backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
        np6.errors.ServerError: 500. Server error; retry later (legacy).
        np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
        np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
        np6.errors.MalformedResponseError: an answer that does not match the spec.

    Returns:
        Any | list[Subscription]
    """

    return sync_detailed(
        client=client,
        unicity=unicity,
        hash_=hash_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> Response[Any | list[Subscription]]:
    """Retrieve subscriptions for the specified contact unicity or hash

    Spec note: NP6 has two operations here, `GET /targets/subscriptions?unicity=` ("Retrieve
    subscriptions for the specified contact unicity", S-6) and `GET /targets/subscriptions?hash=`
    ("... contact hash", S-8), each with its key required. They are merged into one operation whose
    `unicity` and `hash` query parameters are optional and mutually exclusive: give exactly one.

    Lists the push subscriptions of the contact (codes 200/401/403/404 seen). NP6's list example is
    truncated in the available page text, so it is not copied.

    Args:
        unicity (str | Unset):
        hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
            reports).

    Raises:
        np6.errors.BadRequestError: 400. Not exactly one of `unicity` and `hash` was given (spec note: the
            merged operation's rule, which OpenAPI cannot express; NP6's own per-key operations cannot miss
            their key).
        np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
        np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
            production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
        np6.errors.NotFoundError: 404. No contact matches the given unicity or hash (seen; no body).
        np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
            backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
        np6.errors.ServerError: 500. Server error; retry later (legacy).
        np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
        np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
        np6.errors.MalformedResponseError: an answer that does not match the spec.

    Returns:
        Response[Any | list[Subscription]]
    """

    kwargs = _get_kwargs(
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
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> Any | list[Subscription] | None:
    """Retrieve subscriptions for the specified contact unicity or hash

    Spec note: NP6 has two operations here, `GET /targets/subscriptions?unicity=` ("Retrieve
    subscriptions for the specified contact unicity", S-6) and `GET /targets/subscriptions?hash=`
    ("... contact hash", S-8), each with its key required. They are merged into one operation whose
    `unicity` and `hash` query parameters are optional and mutually exclusive: give exactly one.

    Lists the push subscriptions of the contact (codes 200/401/403/404 seen). NP6's list example is
    truncated in the available page text, so it is not copied.

    Args:
        unicity (str | Unset):
        hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
            reports).

    Raises:
        np6.errors.BadRequestError: 400. Not exactly one of `unicity` and `hash` was given (spec note: the
            merged operation's rule, which OpenAPI cannot express; NP6's own per-key operations cannot miss
            their key).
        np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
        np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
            production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
        np6.errors.NotFoundError: 404. No contact matches the given unicity or hash (seen; no body).
        np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
            backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
        np6.errors.ServerError: 500. Server error; retry later (legacy).
        np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
        np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
        np6.errors.MalformedResponseError: an answer that does not match the spec.

    Returns:
        Any | list[Subscription]
    """

    return (
        await asyncio_detailed(
            client=client,
            unicity=unicity,
            hash_=hash_,
        )
    ).parsed
