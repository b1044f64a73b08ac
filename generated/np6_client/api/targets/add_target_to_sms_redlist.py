from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.redlist_entry import RedlistEntry
from ...types import Response, path_segment


def _get_kwargs(
    id: str,
    *,
    body: RedlistEntry,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/targets/{id}/redlist/sms".format(
            id=path_segment(id, "id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 204:
        return None

    if response.status_code == 400:
        return None

    if response.status_code == 401:
        return None

    if response.status_code == 403:
        return None

    if response.status_code == 404:
        return None

    if response.status_code == 411:
        return None

    if response.status_code == 415:
        return None

    if response.status_code == 429:
        return None

    if response.status_code == 500:
        return None

    if response.status_code == 503:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RedlistEntry,
) -> Response[Any]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
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


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RedlistEntry,
) -> Response[Any]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
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
