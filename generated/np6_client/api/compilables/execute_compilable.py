from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compilable_execution_arguments import CompilableExecutionArguments
from ...models.compilable_execution_success import CompilableExecutionSuccess
from ...models.unknown_compilable_execution_result import (
    UnknownCompilableExecutionResult,
)
from ...types import Response, path_segment


def _get_kwargs(
    id: UUID,
    *,
    body: CompilableExecutionArguments,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scripting/compilables/{id}/execution".format(
            id=path_segment(id, "id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CompilableExecutionSuccess | UnknownCompilableExecutionResult | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> CompilableExecutionSuccess | UnknownCompilableExecutionResult:
            type_tag = data.get("type") if isinstance(data, dict) else None
            if type_tag == "success":
                try:
                    componentsschemas_compilable_execution_result_type_0 = (
                        CompilableExecutionSuccess.from_dict(data)
                    )

                    return componentsschemas_compilable_execution_result_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_compilable_execution_result_type_1 = (
                UnknownCompilableExecutionResult.from_dict(data)
            )

            return componentsschemas_compilable_execution_result_type_1

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
) -> Response[Any | CompilableExecutionSuccess | UnknownCompilableExecutionResult]:
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
    body: CompilableExecutionArguments,
) -> Response[Any | CompilableExecutionSuccess | UnknownCompilableExecutionResult]:
    """Execute the specified compilable

     Executes the specified compilable with the given arguments (a free-form object) and returns the
    execution
    result. The summary wording is inferred; status 200 is inferred.

    Args:
        id (UUID):
        body (CompilableExecutionArguments): The arguments passed to a compilable execution (seen;
            a free-form object).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CompilableExecutionSuccess | UnknownCompilableExecutionResult]
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
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CompilableExecutionArguments,
) -> Any | CompilableExecutionSuccess | UnknownCompilableExecutionResult | None:
    """Execute the specified compilable

     Executes the specified compilable with the given arguments (a free-form object) and returns the
    execution
    result. The summary wording is inferred; status 200 is inferred.

    Args:
        id (UUID):
        body (CompilableExecutionArguments): The arguments passed to a compilable execution (seen;
            a free-form object).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CompilableExecutionSuccess | UnknownCompilableExecutionResult
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CompilableExecutionArguments,
) -> Response[Any | CompilableExecutionSuccess | UnknownCompilableExecutionResult]:
    """Execute the specified compilable

     Executes the specified compilable with the given arguments (a free-form object) and returns the
    execution
    result. The summary wording is inferred; status 200 is inferred.

    Args:
        id (UUID):
        body (CompilableExecutionArguments): The arguments passed to a compilable execution (seen;
            a free-form object).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CompilableExecutionSuccess | UnknownCompilableExecutionResult]
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
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CompilableExecutionArguments,
) -> Any | CompilableExecutionSuccess | UnknownCompilableExecutionResult | None:
    """Execute the specified compilable

     Executes the specified compilable with the given arguments (a free-form object) and returns the
    execution
    result. The summary wording is inferred; status 200 is inferred.

    Args:
        id (UUID):
        body (CompilableExecutionArguments): The arguments passed to a compilable execution (seen;
            a free-form object).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CompilableExecutionSuccess | UnknownCompilableExecutionResult
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
