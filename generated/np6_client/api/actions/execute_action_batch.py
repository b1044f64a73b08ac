from collections.abc import Mapping, Sequence
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
from ...types import (
    UNSET,
    Response,
    checked_body,
    checked_model_json,
    is_plain_list,
    part_json,
    path_segment,
    plain_parts_made,
)


def _get_kwargs(
    id: str,
    *,
    body: list[ExecutionEmailRequest]
    | list[ExecutionSmsRequest]
    | Sequence[Mapping[str, Any]],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/actions/{id}/executions".format(
            id=path_segment(id, "id"),
        ),
    }

    # the body as NP6 documents it (a dict, a list of dicts): checked against the spec, then sent as given
    if is_plain_list(body):
        media_type, _kwargs["json"] = checked_body(
            body, "post", "/actions/{id}/executions", "execute_action_batch"
        )
        headers["Content-Type"] = media_type
        _kwargs["headers"] = headers
        return _kwargs
    dicts_in_models = plain_parts_made()

    if (
        isinstance(body, list)
        and body
        and all(isinstance(item, ExecutionEmailRequest) for item in body)
    ):
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = part_json(body_item_data)
            _kwargs["json"].append(body_item)

        headers["Content-Type"] = "application/vnd.np6.cm.email"
    elif (
        isinstance(body, list)
        and body
        and all(isinstance(item, ExecutionSmsRequest) for item in body)
    ):
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = part_json(body_item_data)
            _kwargs["json"].append(body_item)

        headers["Content-Type"] = "application/vnd.np6.cm.sms"
    elif isinstance(body, list) and not body:
        raise ValueError(
            "body is an empty list: give at least one item (an empty list names no media type)"
        )
    elif body is UNSET:
        raise TypeError(
            "body is required: give list[ExecutionEmailRequest] or list[ExecutionSmsRequest]"
        )
    else:
        raise TypeError(
            f"body must be list[ExecutionEmailRequest] or list[ExecutionSmsRequest], got {type(body).__name__}"
        )

    # dicts given inside the models (where a nested model goes): checked against the spec at their place
    if plain_parts_made() != dicts_in_models:
        _kwargs["json"] = checked_model_json(
            _kwargs["json"],
            "post",
            "/actions/{id}/executions",
            "execute_action_batch",
            headers["Content-Type"],
        )

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[ExecutionError | ExecutionSuccess | UnknownExecutionResult] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

            def _parse_response_200_item(
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

            response_200_item = _parse_response_200_item(response_200_item_data)

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


def parse_response_200_item(
    data: object,
) -> ExecutionError | ExecutionSuccess | UnknownExecutionResult:
    """One item of the list a 200 answer holds, read the way `_parse_response` reads each: for
    callers that decode the list themselves and parse its items one at a time (np6's event iteration)."""
    type_tag = data.get("type") if isinstance(data, dict) else None
    if type_tag == "success":
        try:
            componentsschemas_execution_result_type_0 = ExecutionSuccess.from_dict(data)

            return componentsschemas_execution_result_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "error":
        try:
            componentsschemas_execution_result_type_1 = ExecutionError.from_dict(data)

            return componentsschemas_execution_result_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_execution_result_type_2 = UnknownExecutionResult.from_dict(data)

    return componentsschemas_execution_result_type_2


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]]:
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
    body: list[ExecutionEmailRequest]
    | list[ExecutionSmsRequest]
    | Sequence[Mapping[str, Any]],
) -> Response[Any | list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]]:
    """Send messages

    Sends the action to a list of explicit recipients (a `mailMessage` takes no segment reference;
    3rd-party). The action must be in state 50. The body is an array of message definitions in
    `application/vnd.np6.cm.email` (seen) or `application/vnd.np6.cm.sms` (tab seen, tree not seen:
    `ExecutionSmsRequest` is inferred); `application/json` is answered 415 (3rd-party).

    The 200 body has one `ExecutionResult` per definition, in request order (3rd-party); a recipient
    that cannot be resolved gives an `error` item while the others still succeed. No batch-size cap is
    documented. With no content fields the configured content is sent with personalisation and
    tracking; content sent here replaces it as-is, without personalisation or tracking, and only on
    V4.1 templates (3rd-party). A timed-out call may already have sent mail: do not retry blindly.

    The published curl sample prints `[object Object],[object Object]` (a documentation bug).

    Args:
        id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
        body (list[ExecutionEmailRequest]):
        body (list[ExecutionSmsRequest]):

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
        np6.errors.ConflictError: 409. Empty body (seen; meanings 3rd-party): the action is not in state 50
            (e.g. only test-validated, 38), a content override on a template that is not V4.1, or the key's user
            lacks the right to send.
        np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (seen; 3rd-party observed
            it live).
        np6.errors.UnsupportedMediaTypeError: 415. The body was sent as `application/json`; use
            `application/vnd.np6.cm.email` or `application/vnd.np6.cm.sms` (3rd-party; not in the 8.1.0 page).
        np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
            backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
        np6.errors.ServerError: 500. Server error; retry later (legacy).
        np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
        np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
        np6.errors.MalformedResponseError: an answer that does not match the spec.

    Returns:
        Response[Any | list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]]
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
    body: list[ExecutionEmailRequest]
    | list[ExecutionSmsRequest]
    | Sequence[Mapping[str, Any]],
) -> Any | list[ExecutionError | ExecutionSuccess | UnknownExecutionResult] | None:
    """Send messages

    Sends the action to a list of explicit recipients (a `mailMessage` takes no segment reference;
    3rd-party). The action must be in state 50. The body is an array of message definitions in
    `application/vnd.np6.cm.email` (seen) or `application/vnd.np6.cm.sms` (tab seen, tree not seen:
    `ExecutionSmsRequest` is inferred); `application/json` is answered 415 (3rd-party).

    The 200 body has one `ExecutionResult` per definition, in request order (3rd-party); a recipient
    that cannot be resolved gives an `error` item while the others still succeed. No batch-size cap is
    documented. With no content fields the configured content is sent with personalisation and
    tracking; content sent here replaces it as-is, without personalisation or tracking, and only on
    V4.1 templates (3rd-party). A timed-out call may already have sent mail: do not retry blindly.

    The published curl sample prints `[object Object],[object Object]` (a documentation bug).

    Args:
        id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
        body (list[ExecutionEmailRequest]):
        body (list[ExecutionSmsRequest]):

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
        np6.errors.ConflictError: 409. Empty body (seen; meanings 3rd-party): the action is not in state 50
            (e.g. only test-validated, 38), a content override on a template that is not V4.1, or the key's user
            lacks the right to send.
        np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (seen; 3rd-party observed
            it live).
        np6.errors.UnsupportedMediaTypeError: 415. The body was sent as `application/json`; use
            `application/vnd.np6.cm.email` or `application/vnd.np6.cm.sms` (3rd-party; not in the 8.1.0 page).
        np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
            backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
        np6.errors.ServerError: 500. Server error; retry later (legacy).
        np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
        np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
        np6.errors.MalformedResponseError: an answer that does not match the spec.

    Returns:
        Any | list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]
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
    body: list[ExecutionEmailRequest]
    | list[ExecutionSmsRequest]
    | Sequence[Mapping[str, Any]],
) -> Response[Any | list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]]:
    """Send messages

    Sends the action to a list of explicit recipients (a `mailMessage` takes no segment reference;
    3rd-party). The action must be in state 50. The body is an array of message definitions in
    `application/vnd.np6.cm.email` (seen) or `application/vnd.np6.cm.sms` (tab seen, tree not seen:
    `ExecutionSmsRequest` is inferred); `application/json` is answered 415 (3rd-party).

    The 200 body has one `ExecutionResult` per definition, in request order (3rd-party); a recipient
    that cannot be resolved gives an `error` item while the others still succeed. No batch-size cap is
    documented. With no content fields the configured content is sent with personalisation and
    tracking; content sent here replaces it as-is, without personalisation or tracking, and only on
    V4.1 templates (3rd-party). A timed-out call may already have sent mail: do not retry blindly.

    The published curl sample prints `[object Object],[object Object]` (a documentation bug).

    Args:
        id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
        body (list[ExecutionEmailRequest]):
        body (list[ExecutionSmsRequest]):

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
        np6.errors.ConflictError: 409. Empty body (seen; meanings 3rd-party): the action is not in state 50
            (e.g. only test-validated, 38), a content override on a template that is not V4.1, or the key's user
            lacks the right to send.
        np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (seen; 3rd-party observed
            it live).
        np6.errors.UnsupportedMediaTypeError: 415. The body was sent as `application/json`; use
            `application/vnd.np6.cm.email` or `application/vnd.np6.cm.sms` (3rd-party; not in the 8.1.0 page).
        np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
            backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
        np6.errors.ServerError: 500. Server error; retry later (legacy).
        np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
        np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
        np6.errors.MalformedResponseError: an answer that does not match the spec.

    Returns:
        Response[Any | list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]]
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
    body: list[ExecutionEmailRequest]
    | list[ExecutionSmsRequest]
    | Sequence[Mapping[str, Any]],
) -> Any | list[ExecutionError | ExecutionSuccess | UnknownExecutionResult] | None:
    """Send messages

    Sends the action to a list of explicit recipients (a `mailMessage` takes no segment reference;
    3rd-party). The action must be in state 50. The body is an array of message definitions in
    `application/vnd.np6.cm.email` (seen) or `application/vnd.np6.cm.sms` (tab seen, tree not seen:
    `ExecutionSmsRequest` is inferred); `application/json` is answered 415 (3rd-party).

    The 200 body has one `ExecutionResult` per definition, in request order (3rd-party); a recipient
    that cannot be resolved gives an `error` item while the others still succeed. No batch-size cap is
    documented. With no content fields the configured content is sent with personalisation and
    tracking; content sent here replaces it as-is, without personalisation or tracking, and only on
    V4.1 templates (3rd-party). A timed-out call may already have sent mail: do not retry blindly.

    The published curl sample prints `[object Object],[object Object]` (a documentation bug).

    Args:
        id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
        body (list[ExecutionEmailRequest]):
        body (list[ExecutionSmsRequest]):

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
        np6.errors.ConflictError: 409. Empty body (seen; meanings 3rd-party): the action is not in state 50
            (e.g. only test-validated, 38), a content override on a template that is not V4.1, or the key's user
            lacks the right to send.
        np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (seen; 3rd-party observed
            it live).
        np6.errors.UnsupportedMediaTypeError: 415. The body was sent as `application/json`; use
            `application/vnd.np6.cm.email` or `application/vnd.np6.cm.sms` (3rd-party; not in the 8.1.0 page).
        np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
            backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
        np6.errors.ServerError: 500. Server error; retry later (legacy).
        np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
        np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
        np6.errors.MalformedResponseError: an answer that does not match the spec.

    Returns:
        Any | list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
