from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notifiable_application_native import NotifiableApplicationNative
from ...models.unknown_notifiable_application import UnknownNotifiableApplication
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/parameters/applications",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[NotifiableApplicationNative | UnknownNotifiableApplication] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

            def _parse_response_200_item(
                data: object,
            ) -> NotifiableApplicationNative | UnknownNotifiableApplication:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_notifiable_application_type_0 = (
                        NotifiableApplicationNative.from_dict(data)
                    )

                    return componentsschemas_notifiable_application_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_notifiable_application_type_1 = (
                    UnknownNotifiableApplication.from_dict(data)
                )

                return componentsschemas_notifiable_application_type_1

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
) -> NotifiableApplicationNative | UnknownNotifiableApplication:
    """One item of the list a 200 answer holds, read the way `_parse_response` reads each: for
    callers that decode the list themselves and parse its items one at a time (np6's event iteration)."""
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_notifiable_application_type_0 = (
            NotifiableApplicationNative.from_dict(data)
        )

        return componentsschemas_notifiable_application_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_notifiable_application_type_1 = (
        UnknownNotifiableApplication.from_dict(data)
    )

    return componentsschemas_notifiable_application_type_1


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[NotifiableApplicationNative | UnknownNotifiableApplication]]:
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
) -> Response[Any | list[NotifiableApplicationNative | UnknownNotifiableApplication]]:
    """Retrieve all notifiable applications

    Returns every notifiable (mobile) application of the account. The summary wording is inferred;
    status 200 is
    inferred. The published example is truncated in the available page text and is not copied. Source:
    the
    markdown rendering of page `notifiable-application/da79fa24-1748-d289-e6ad-8215d4c634e6`, which may
    be
    anchored at the next operation (so no externalDocs link is given).

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
        Response[Any | list[NotifiableApplicationNative | UnknownNotifiableApplication]]
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
) -> Any | list[NotifiableApplicationNative | UnknownNotifiableApplication] | None:
    """Retrieve all notifiable applications

    Returns every notifiable (mobile) application of the account. The summary wording is inferred;
    status 200 is
    inferred. The published example is truncated in the available page text and is not copied. Source:
    the
    markdown rendering of page `notifiable-application/da79fa24-1748-d289-e6ad-8215d4c634e6`, which may
    be
    anchored at the next operation (so no externalDocs link is given).

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
        Any | list[NotifiableApplicationNative | UnknownNotifiableApplication]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | list[NotifiableApplicationNative | UnknownNotifiableApplication]]:
    """Retrieve all notifiable applications

    Returns every notifiable (mobile) application of the account. The summary wording is inferred;
    status 200 is
    inferred. The published example is truncated in the available page text and is not copied. Source:
    the
    markdown rendering of page `notifiable-application/da79fa24-1748-d289-e6ad-8215d4c634e6`, which may
    be
    anchored at the next operation (so no externalDocs link is given).

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
        Response[Any | list[NotifiableApplicationNative | UnknownNotifiableApplication]]
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
) -> Any | list[NotifiableApplicationNative | UnknownNotifiableApplication] | None:
    """Retrieve all notifiable applications

    Returns every notifiable (mobile) application of the account. The summary wording is inferred;
    status 200 is
    inferred. The published example is truncated in the available page text and is not copied. Source:
    the
    markdown rendering of page `notifiable-application/da79fa24-1748-d289-e6ad-8215d4c634e6`, which may
    be
    anchored at the next operation (so no externalDocs link is given).

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
        Any | list[NotifiableApplicationNative | UnknownNotifiableApplication]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
