from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_mail_message import ActionMailMessage
from ...models.action_mail_message_request import ActionMailMessageRequest
from ...models.action_sms_message import ActionSmsMessage
from ...models.action_sms_message_request import ActionSmsMessageRequest
from ...models.unknown_action import UnknownAction
from ...models.unknown_action_request import UnknownActionRequest
from ...types import (
    Response,
    checked_body,
    checked_model_json,
    is_plain_mapping,
    part_json,
    plain_parts_made,
)


def _get_kwargs(
    *,
    body: ActionMailMessageRequest
    | ActionSmsMessageRequest
    | UnknownActionRequest
    | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/actions",
    }

    # the body as NP6 documents it (a dict, a list of dicts): checked against the spec, then sent as given
    if is_plain_mapping(body):
        media_type, _kwargs["json"] = checked_body(
            body, "post", "/actions", "create_action"
        )
        headers["Content-Type"] = media_type
        _kwargs["headers"] = headers
        return _kwargs
    dicts_in_models = plain_parts_made()

    if isinstance(body, ActionMailMessageRequest) or isinstance(
        body, ActionSmsMessageRequest
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = part_json(body)

    headers["Content-Type"] = "application/json"

    # dicts given inside the models (where a nested model goes): checked against the spec at their place
    if plain_parts_made() != dicts_in_models:
        _kwargs["json"] = checked_model_json(
            _kwargs["json"],
            "post",
            "/actions",
            "create_action",
            headers["Content-Type"],
        )

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActionMailMessage | ActionSmsMessage | UnknownAction | Any | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> ActionMailMessage | ActionSmsMessage | UnknownAction:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_action_type_0 = ActionMailMessage.from_dict(data)

                return componentsschemas_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_action_type_1 = ActionSmsMessage.from_dict(data)

                return componentsschemas_action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_action_type_2 = UnknownAction.from_dict(data)

            return componentsschemas_action_type_2

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
) -> Response[ActionMailMessage | ActionSmsMessage | UnknownAction | Any]:
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
    body: ActionMailMessageRequest
    | ActionSmsMessageRequest
    | UnknownActionRequest
    | Mapping[str, Any],
) -> Response[ActionMailMessage | ActionSmsMessage | UnknownAction | Any]:
    """Create an action

    Creates an action from "Data used to create the action" (seen). The published request sample is the
    same as the `get_action` response sample. No field is marked required in the visible page; a
    minimal working email body observed in production is `{type: "mailMessage", name, settings,
    content: {headers: {from: {prefix, domain, label}}, subject, html}}` (3rd-party).

    Production notes (3rd-party): `content.headers.from` must be an object (a string gives 400);
    `settings.field` is tenant-specific and a wrong id gives a misleading 404, so omit it to let NP6
    pick the default; the new action is in state 10, or 20 once it has content. The response is the
    created action with its `id`; its status code is not shown in 8.1.0 (200 per 3rd-party).

    Args:
        body (ActionMailMessageRequest | ActionSmsMessageRequest | UnknownActionRequest): An
            action (NP6 `SubstitutionAction#Discriminable` (3rd-party name)), discriminated by `type`.
            `mailMessage` is the only type in the 8.1.0 samples (seen). `smsMessage` is known from the
            legacy
            docs (legacy), as are `mailCampaign` and `smsCampaign`, which are not modelled and fall
            into
            `UnknownAction` with any other type. No field is marked required in 8.1.0.

    Raises:
        np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
            given as a string instead of an object, `unicity` given as a string instead of an array). The body
            is empty or a short plain text message such as `target cannot be identified - unicity is null`.
        np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
        np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
            production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
        np6.errors.NotFoundError: 404. A referenced id does not exist, e.g. a `settings.field` that is not a
            field of the tenant (3rd-party; misleading, since the path exists).
        np6.errors.ConflictError: 409. Conflict (legacy, 3rd-party; empty body), e.g. the key's user lacks
            the right to create actions.
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
        Response[ActionMailMessage | ActionSmsMessage | UnknownAction | Any]
    """

    kwargs = _get_kwargs(
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
    *,
    client: AuthenticatedClient | Client,
    body: ActionMailMessageRequest
    | ActionSmsMessageRequest
    | UnknownActionRequest
    | Mapping[str, Any],
) -> ActionMailMessage | ActionSmsMessage | UnknownAction | Any | None:
    """Create an action

    Creates an action from "Data used to create the action" (seen). The published request sample is the
    same as the `get_action` response sample. No field is marked required in the visible page; a
    minimal working email body observed in production is `{type: "mailMessage", name, settings,
    content: {headers: {from: {prefix, domain, label}}, subject, html}}` (3rd-party).

    Production notes (3rd-party): `content.headers.from` must be an object (a string gives 400);
    `settings.field` is tenant-specific and a wrong id gives a misleading 404, so omit it to let NP6
    pick the default; the new action is in state 10, or 20 once it has content. The response is the
    created action with its `id`; its status code is not shown in 8.1.0 (200 per 3rd-party).

    Args:
        body (ActionMailMessageRequest | ActionSmsMessageRequest | UnknownActionRequest): An
            action (NP6 `SubstitutionAction#Discriminable` (3rd-party name)), discriminated by `type`.
            `mailMessage` is the only type in the 8.1.0 samples (seen). `smsMessage` is known from the
            legacy
            docs (legacy), as are `mailCampaign` and `smsCampaign`, which are not modelled and fall
            into
            `UnknownAction` with any other type. No field is marked required in 8.1.0.

    Raises:
        np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
            given as a string instead of an object, `unicity` given as a string instead of an array). The body
            is empty or a short plain text message such as `target cannot be identified - unicity is null`.
        np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
        np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
            production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
        np6.errors.NotFoundError: 404. A referenced id does not exist, e.g. a `settings.field` that is not a
            field of the tenant (3rd-party; misleading, since the path exists).
        np6.errors.ConflictError: 409. Conflict (legacy, 3rd-party; empty body), e.g. the key's user lacks
            the right to create actions.
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
        ActionMailMessage | ActionSmsMessage | UnknownAction | Any
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ActionMailMessageRequest
    | ActionSmsMessageRequest
    | UnknownActionRequest
    | Mapping[str, Any],
) -> Response[ActionMailMessage | ActionSmsMessage | UnknownAction | Any]:
    """Create an action

    Creates an action from "Data used to create the action" (seen). The published request sample is the
    same as the `get_action` response sample. No field is marked required in the visible page; a
    minimal working email body observed in production is `{type: "mailMessage", name, settings,
    content: {headers: {from: {prefix, domain, label}}, subject, html}}` (3rd-party).

    Production notes (3rd-party): `content.headers.from` must be an object (a string gives 400);
    `settings.field` is tenant-specific and a wrong id gives a misleading 404, so omit it to let NP6
    pick the default; the new action is in state 10, or 20 once it has content. The response is the
    created action with its `id`; its status code is not shown in 8.1.0 (200 per 3rd-party).

    Args:
        body (ActionMailMessageRequest | ActionSmsMessageRequest | UnknownActionRequest): An
            action (NP6 `SubstitutionAction#Discriminable` (3rd-party name)), discriminated by `type`.
            `mailMessage` is the only type in the 8.1.0 samples (seen). `smsMessage` is known from the
            legacy
            docs (legacy), as are `mailCampaign` and `smsCampaign`, which are not modelled and fall
            into
            `UnknownAction` with any other type. No field is marked required in 8.1.0.

    Raises:
        np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
            given as a string instead of an object, `unicity` given as a string instead of an array). The body
            is empty or a short plain text message such as `target cannot be identified - unicity is null`.
        np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
        np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
            production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
        np6.errors.NotFoundError: 404. A referenced id does not exist, e.g. a `settings.field` that is not a
            field of the tenant (3rd-party; misleading, since the path exists).
        np6.errors.ConflictError: 409. Conflict (legacy, 3rd-party; empty body), e.g. the key's user lacks
            the right to create actions.
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
        Response[ActionMailMessage | ActionSmsMessage | UnknownAction | Any]
    """

    kwargs = _get_kwargs(
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
    *,
    client: AuthenticatedClient | Client,
    body: ActionMailMessageRequest
    | ActionSmsMessageRequest
    | UnknownActionRequest
    | Mapping[str, Any],
) -> ActionMailMessage | ActionSmsMessage | UnknownAction | Any | None:
    """Create an action

    Creates an action from "Data used to create the action" (seen). The published request sample is the
    same as the `get_action` response sample. No field is marked required in the visible page; a
    minimal working email body observed in production is `{type: "mailMessage", name, settings,
    content: {headers: {from: {prefix, domain, label}}, subject, html}}` (3rd-party).

    Production notes (3rd-party): `content.headers.from` must be an object (a string gives 400);
    `settings.field` is tenant-specific and a wrong id gives a misleading 404, so omit it to let NP6
    pick the default; the new action is in state 10, or 20 once it has content. The response is the
    created action with its `id`; its status code is not shown in 8.1.0 (200 per 3rd-party).

    Args:
        body (ActionMailMessageRequest | ActionSmsMessageRequest | UnknownActionRequest): An
            action (NP6 `SubstitutionAction#Discriminable` (3rd-party name)), discriminated by `type`.
            `mailMessage` is the only type in the 8.1.0 samples (seen). `smsMessage` is known from the
            legacy
            docs (legacy), as are `mailCampaign` and `smsCampaign`, which are not modelled and fall
            into
            `UnknownAction` with any other type. No field is marked required in 8.1.0.

    Raises:
        np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
            given as a string instead of an object, `unicity` given as a string instead of an array). The body
            is empty or a short plain text message such as `target cannot be identified - unicity is null`.
        np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
        np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
            production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
        np6.errors.NotFoundError: 404. A referenced id does not exist, e.g. a `settings.field` that is not a
            field of the tenant (3rd-party; misleading, since the path exists).
        np6.errors.ConflictError: 409. Conflict (legacy, 3rd-party; empty body), e.g. the key's user lacks
            the right to create actions.
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
        ActionMailMessage | ActionSmsMessage | UnknownAction | Any
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
