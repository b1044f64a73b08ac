from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workflow_execution_data import WorkflowExecutionData
from ...types import Response, path_segment


def _get_kwargs(
    id: int,
    *,
    body: list[WorkflowExecutionData],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scripting/workflows/{id}/execution".format(
            id=path_segment(id, "id"),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/vnd.np6.cm.workflow-v4"

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
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[WorkflowExecutionData],
) -> Response[Any]:
    """Execute the specified workflow

     Runs the specified workflow for a list of execution data (receiver, start node, event, data,
    debug...).
    The body is a JSON array sent as `application/vnd.np6.cm.workflow-v4` (seen). Spec note: the path
    suffix is
    truncated in the available curl sample (`/scripting/workflows/{id}/...`); `execution` is inferred by
    analogy
    with `POST /scripting/compilables/{id}/execution`. The response is not documented: a 200 with no
    modelled body
    is assumed (inferred).

    Args:
        id (int): Workflow id (int32, seen).
        body (list[WorkflowExecutionData]):

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
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[WorkflowExecutionData],
) -> Response[Any]:
    """Execute the specified workflow

     Runs the specified workflow for a list of execution data (receiver, start node, event, data,
    debug...).
    The body is a JSON array sent as `application/vnd.np6.cm.workflow-v4` (seen). Spec note: the path
    suffix is
    truncated in the available curl sample (`/scripting/workflows/{id}/...`); `execution` is inferred by
    analogy
    with `POST /scripting/compilables/{id}/execution`. The response is not documented: a 200 with no
    modelled body
    is assumed (inferred).

    Args:
        id (int): Workflow id (int32, seen).
        body (list[WorkflowExecutionData]):

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
