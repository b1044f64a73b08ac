from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.execution_email_request import ExecutionEmailRequest
from ...models.execution_error import ExecutionError
from ...models.execution_sms_request import ExecutionSmsRequest
from ...models.execution_success import ExecutionSuccess
from ...models.unknown_execution_result import UnknownExecutionResult
from ...types import UNSET, Response, path_segment


def _get_kwargs(
    id: str,
    *,
    body: ExecutionEmailRequest | ExecutionSmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/actions/{id}/execution".format(
            id=path_segment(id, "id"),
        ),
    }

    if isinstance(body, ExecutionEmailRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/vnd.np6.cm.email"
    elif isinstance(body, ExecutionSmsRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/vnd.np6.cm.sms"
    elif body is UNSET:
        raise TypeError(
            "body is required: give ExecutionEmailRequest or ExecutionSmsRequest"
        )
    else:
        raise TypeError(
            f"body must be ExecutionEmailRequest or ExecutionSmsRequest, got {type(body).__name__}"
        )

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ExecutionError | ExecutionSuccess | UnknownExecutionResult | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> ExecutionError | ExecutionSuccess | UnknownExecutionResult:
            type_tag = data.get("type") if isinstance(data, dict) else None
            if type_tag == "success":
                try:
                    componentsschemas_execution_result_type_0 = (
                        ExecutionSuccess.from_dict(data)
                    )

                    return componentsschemas_execution_result_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if type_tag == "error":
                try:
                    componentsschemas_execution_result_type_1 = (
                        ExecutionError.from_dict(data)
                    )

                    return componentsschemas_execution_result_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_execution_result_type_2 = (
                UnknownExecutionResult.from_dict(data)
            )

            return componentsschemas_execution_result_type_2

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
) -> Response[Any | ExecutionError | ExecutionSuccess | UnknownExecutionResult]:
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
    body: ExecutionEmailRequest | ExecutionSmsRequest,
) -> Response[Any | ExecutionError | ExecutionSuccess | UnknownExecutionResult]:
    """Send message

     Sends the action to one recipient; the action must be in state 50. Email
    (`application/vnd.np6.cm.email`) or SMS (`application/vnd.np6.cm.sms`; tree not seen,
    `ExecutionSmsRequest` inferred) body; `application/json` is answered 415 (3rd-party). The status
    codes are not shown for this operation; they are taken from `execute_action_batch` (inferred).

    Args:
        id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
        body (ExecutionEmailRequest): One email message definition, media type
            `application/vnd.np6.cm.email` (fields seen; name
            3rd-party). Only `recipient` is required (inferred). Without `headers`, `subject` or
            `content` the
            configured content is sent with personalisation and tracking; overrides are used as-is,
            without
            personalisation or tracking, and need a V4.1 template (3rd-party).
        body (ExecutionSmsRequest): One SMS message definition, media type
            `application/vnd.np6.cm.sms`. The 8.1.0 page has the tab but
            its tree is not visible: every field here is inferred from the email definition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ExecutionError | ExecutionSuccess | UnknownExecutionResult]
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExecutionEmailRequest | ExecutionSmsRequest,
) -> Any | ExecutionError | ExecutionSuccess | UnknownExecutionResult | None:
    """Send message

     Sends the action to one recipient; the action must be in state 50. Email
    (`application/vnd.np6.cm.email`) or SMS (`application/vnd.np6.cm.sms`; tree not seen,
    `ExecutionSmsRequest` inferred) body; `application/json` is answered 415 (3rd-party). The status
    codes are not shown for this operation; they are taken from `execute_action_batch` (inferred).

    Args:
        id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
        body (ExecutionEmailRequest): One email message definition, media type
            `application/vnd.np6.cm.email` (fields seen; name
            3rd-party). Only `recipient` is required (inferred). Without `headers`, `subject` or
            `content` the
            configured content is sent with personalisation and tracking; overrides are used as-is,
            without
            personalisation or tracking, and need a V4.1 template (3rd-party).
        body (ExecutionSmsRequest): One SMS message definition, media type
            `application/vnd.np6.cm.sms`. The 8.1.0 page has the tab but
            its tree is not visible: every field here is inferred from the email definition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ExecutionError | ExecutionSuccess | UnknownExecutionResult
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExecutionEmailRequest | ExecutionSmsRequest,
) -> Response[Any | ExecutionError | ExecutionSuccess | UnknownExecutionResult]:
    """Send message

     Sends the action to one recipient; the action must be in state 50. Email
    (`application/vnd.np6.cm.email`) or SMS (`application/vnd.np6.cm.sms`; tree not seen,
    `ExecutionSmsRequest` inferred) body; `application/json` is answered 415 (3rd-party). The status
    codes are not shown for this operation; they are taken from `execute_action_batch` (inferred).

    Args:
        id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
        body (ExecutionEmailRequest): One email message definition, media type
            `application/vnd.np6.cm.email` (fields seen; name
            3rd-party). Only `recipient` is required (inferred). Without `headers`, `subject` or
            `content` the
            configured content is sent with personalisation and tracking; overrides are used as-is,
            without
            personalisation or tracking, and need a V4.1 template (3rd-party).
        body (ExecutionSmsRequest): One SMS message definition, media type
            `application/vnd.np6.cm.sms`. The 8.1.0 page has the tab but
            its tree is not visible: every field here is inferred from the email definition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ExecutionError | ExecutionSuccess | UnknownExecutionResult]
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExecutionEmailRequest | ExecutionSmsRequest,
) -> Any | ExecutionError | ExecutionSuccess | UnknownExecutionResult | None:
    """Send message

     Sends the action to one recipient; the action must be in state 50. Email
    (`application/vnd.np6.cm.email`) or SMS (`application/vnd.np6.cm.sms`; tree not seen,
    `ExecutionSmsRequest` inferred) body; `application/json` is answered 415 (3rd-party). The status
    codes are not shown for this operation; they are taken from `execute_action_batch` (inferred).

    Args:
        id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
        body (ExecutionEmailRequest): One email message definition, media type
            `application/vnd.np6.cm.email` (fields seen; name
            3rd-party). Only `recipient` is required (inferred). Without `headers`, `subject` or
            `content` the
            configured content is sent with personalisation and tracking; overrides are used as-is,
            without
            personalisation or tracking, and need a V4.1 template (3rd-party).
        body (ExecutionSmsRequest): One SMS message definition, media type
            `application/vnd.np6.cm.sms`. The 8.1.0 page has the tab but
            its tree is not visible: every field here is inferred from the email definition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ExecutionError | ExecutionSuccess | UnknownExecutionResult
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
