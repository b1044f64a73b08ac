from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compilable_preview_request import CompilablePreviewRequest
from ...types import Response, path_segment


def _get_kwargs(
    id: UUID,
    *,
    body: CompilablePreviewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scripting/compilables/{id}/preview".format(
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
    if response.status_code == 200:
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
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CompilablePreviewRequest,
) -> Response[Any]:
    """Preview the specified compilable using the specified configuration

     Previews the specified compilable with a preview definition. The summary, the `id` parameter and the
    start of
    the body are seen; the method (POST), the path and the response are inferred. The response is not
    documented:
    a 200 with no modelled body is assumed.

    Args:
        id (UUID):
        body (CompilablePreviewRequest): A preview definition (seen: "The preview definition").
            `value` is the compilable definition to preview; the
            page text stops after its `id`, so reusing the `Compilable` shape is inferred.

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
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CompilablePreviewRequest,
) -> Response[Any]:
    """Preview the specified compilable using the specified configuration

     Previews the specified compilable with a preview definition. The summary, the `id` parameter and the
    start of
    the body are seen; the method (POST), the path and the response are inferred. The response is not
    documented:
    a 200 with no modelled body is assumed.

    Args:
        id (UUID):
        body (CompilablePreviewRequest): A preview definition (seen: "The preview definition").
            `value` is the compilable definition to preview; the
            page text stops after its `id`, so reusing the `Compilable` shape is inferred.

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
