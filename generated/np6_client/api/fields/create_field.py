from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.field_date import FieldDate
from ...models.field_date_request import FieldDateRequest
from ...models.field_email import FieldEmail
from ...models.field_email_request import FieldEmailRequest
from ...models.field_multiple_select_list import FieldMultipleSelectList
from ...models.field_multiple_select_list_request import FieldMultipleSelectListRequest
from ...models.field_numeric import FieldNumeric
from ...models.field_numeric_request import FieldNumericRequest
from ...models.field_phone import FieldPhone
from ...models.field_phone_request import FieldPhoneRequest
from ...models.field_single_select_list import FieldSingleSelectList
from ...models.field_single_select_list_request import FieldSingleSelectListRequest
from ...models.field_text_area import FieldTextArea
from ...models.field_text_area_request import FieldTextAreaRequest
from ...models.field_text_field import FieldTextField
from ...models.field_text_field_request import FieldTextFieldRequest
from ...models.field_unknown import FieldUnknown
from ...models.field_unknown_request import FieldUnknownRequest
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
    body: FieldDateRequest
    | FieldEmailRequest
    | FieldMultipleSelectListRequest
    | FieldNumericRequest
    | FieldPhoneRequest
    | FieldSingleSelectListRequest
    | FieldTextAreaRequest
    | FieldTextFieldRequest
    | FieldUnknownRequest
    | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fields",
    }

    # the body as NP6 documents it (a dict, a list of dicts): checked against the spec, then sent as given
    if is_plain_mapping(body):
        media_type, _kwargs["json"] = checked_body(
            body, "post", "/fields", "create_field"
        )
        headers["Content-Type"] = media_type
        _kwargs["headers"] = headers
        return _kwargs
    dicts_in_models = plain_parts_made()

    if (
        isinstance(body, FieldEmailRequest)
        or isinstance(body, FieldPhoneRequest)
        or isinstance(body, FieldTextFieldRequest)
        or isinstance(body, FieldTextAreaRequest)
        or isinstance(body, FieldNumericRequest)
        or isinstance(body, FieldDateRequest)
        or isinstance(body, FieldSingleSelectListRequest)
        or isinstance(body, FieldMultipleSelectListRequest)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = part_json(body)

    headers["Content-Type"] = "application/json"

    # dicts given inside the models (where a nested model goes): checked against the spec at their place
    if plain_parts_made() != dicts_in_models:
        _kwargs["json"] = checked_model_json(
            _kwargs["json"], "post", "/fields", "create_field", headers["Content-Type"]
        )

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | FieldDate
    | FieldEmail
    | FieldMultipleSelectList
    | FieldNumeric
    | FieldPhone
    | FieldSingleSelectList
    | FieldTextArea
    | FieldTextField
    | FieldUnknown
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            FieldDate
            | FieldEmail
            | FieldMultipleSelectList
            | FieldNumeric
            | FieldPhone
            | FieldSingleSelectList
            | FieldTextArea
            | FieldTextField
            | FieldUnknown
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_0 = FieldEmail.from_dict(data)

                return componentsschemas_field_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_1 = FieldPhone.from_dict(data)

                return componentsschemas_field_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_2 = FieldTextField.from_dict(data)

                return componentsschemas_field_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_3 = FieldTextArea.from_dict(data)

                return componentsschemas_field_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_4 = FieldNumeric.from_dict(data)

                return componentsschemas_field_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_5 = FieldDate.from_dict(data)

                return componentsschemas_field_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_6 = FieldSingleSelectList.from_dict(data)

                return componentsschemas_field_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_7 = FieldMultipleSelectList.from_dict(data)

                return componentsschemas_field_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_field_type_8 = FieldUnknown.from_dict(data)

            return componentsschemas_field_type_8

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
) -> Response[
    Any
    | FieldDate
    | FieldEmail
    | FieldMultipleSelectList
    | FieldNumeric
    | FieldPhone
    | FieldSingleSelectList
    | FieldTextArea
    | FieldTextField
    | FieldUnknown
]:
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
    body: FieldDateRequest
    | FieldEmailRequest
    | FieldMultipleSelectListRequest
    | FieldNumericRequest
    | FieldPhoneRequest
    | FieldSingleSelectListRequest
    | FieldTextAreaRequest
    | FieldTextFieldRequest
    | FieldUnknownRequest
    | Mapping[str, Any],
) -> Response[
    Any
    | FieldDate
    | FieldEmail
    | FieldMultipleSelectList
    | FieldNumeric
    | FieldPhone
    | FieldSingleSelectList
    | FieldTextArea
    | FieldTextField
    | FieldUnknown
]:
    """Create a field

    Creates a contact field (F-2). Deprecated in 8.1.0. The 8.1.0 body ("Data used to create the
    field") starts with the `type` discriminator and `id`, then is cut off; it is taken to be the
    `Field` schema (inferred). The response is not shown: the created field with 200 (inferred).
    Legacy: 409 when the name is already used.

    Args:
        body (FieldDateRequest | FieldEmailRequest | FieldMultipleSelectListRequest |
            FieldNumericRequest | FieldPhoneRequest | FieldSingleSelectListRequest |
            FieldTextAreaRequest | FieldTextFieldRequest | FieldUnknownRequest): A contact field
            (seen; discriminated by `type`). 8.1.0 does not list the `type` values; the
            variants below are the legacy list (`singleSelectList`, `multipleSelectList`, `email`,
            `phone`,
            `textArea`, `numeric`, `textField`, `date`). Read and sent (create/update): the last
            variant
            accepts any other `type`. `isUnicity: true` marks the field(s) forming the contact's
            unicity key.

    Raises:
        np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
            given as a string instead of an object, `unicity` given as a string instead of an array). The body
            is empty or a short plain text message such as `target cannot be identified - unicity is null`.
        np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
        np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
            production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
        np6.errors.ConflictError: 409. A field with this name already exists (empty body; legacy).
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
        Response[Any | FieldDate | FieldEmail | FieldMultipleSelectList | FieldNumeric | FieldPhone | FieldSingleSelectList | FieldTextArea | FieldTextField | FieldUnknown]
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
    body: FieldDateRequest
    | FieldEmailRequest
    | FieldMultipleSelectListRequest
    | FieldNumericRequest
    | FieldPhoneRequest
    | FieldSingleSelectListRequest
    | FieldTextAreaRequest
    | FieldTextFieldRequest
    | FieldUnknownRequest
    | Mapping[str, Any],
) -> (
    Any
    | FieldDate
    | FieldEmail
    | FieldMultipleSelectList
    | FieldNumeric
    | FieldPhone
    | FieldSingleSelectList
    | FieldTextArea
    | FieldTextField
    | FieldUnknown
    | None
):
    """Create a field

    Creates a contact field (F-2). Deprecated in 8.1.0. The 8.1.0 body ("Data used to create the
    field") starts with the `type` discriminator and `id`, then is cut off; it is taken to be the
    `Field` schema (inferred). The response is not shown: the created field with 200 (inferred).
    Legacy: 409 when the name is already used.

    Args:
        body (FieldDateRequest | FieldEmailRequest | FieldMultipleSelectListRequest |
            FieldNumericRequest | FieldPhoneRequest | FieldSingleSelectListRequest |
            FieldTextAreaRequest | FieldTextFieldRequest | FieldUnknownRequest): A contact field
            (seen; discriminated by `type`). 8.1.0 does not list the `type` values; the
            variants below are the legacy list (`singleSelectList`, `multipleSelectList`, `email`,
            `phone`,
            `textArea`, `numeric`, `textField`, `date`). Read and sent (create/update): the last
            variant
            accepts any other `type`. `isUnicity: true` marks the field(s) forming the contact's
            unicity key.

    Raises:
        np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
            given as a string instead of an object, `unicity` given as a string instead of an array). The body
            is empty or a short plain text message such as `target cannot be identified - unicity is null`.
        np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
        np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
            production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
        np6.errors.ConflictError: 409. A field with this name already exists (empty body; legacy).
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
        Any | FieldDate | FieldEmail | FieldMultipleSelectList | FieldNumeric | FieldPhone | FieldSingleSelectList | FieldTextArea | FieldTextField | FieldUnknown
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FieldDateRequest
    | FieldEmailRequest
    | FieldMultipleSelectListRequest
    | FieldNumericRequest
    | FieldPhoneRequest
    | FieldSingleSelectListRequest
    | FieldTextAreaRequest
    | FieldTextFieldRequest
    | FieldUnknownRequest
    | Mapping[str, Any],
) -> Response[
    Any
    | FieldDate
    | FieldEmail
    | FieldMultipleSelectList
    | FieldNumeric
    | FieldPhone
    | FieldSingleSelectList
    | FieldTextArea
    | FieldTextField
    | FieldUnknown
]:
    """Create a field

    Creates a contact field (F-2). Deprecated in 8.1.0. The 8.1.0 body ("Data used to create the
    field") starts with the `type` discriminator and `id`, then is cut off; it is taken to be the
    `Field` schema (inferred). The response is not shown: the created field with 200 (inferred).
    Legacy: 409 when the name is already used.

    Args:
        body (FieldDateRequest | FieldEmailRequest | FieldMultipleSelectListRequest |
            FieldNumericRequest | FieldPhoneRequest | FieldSingleSelectListRequest |
            FieldTextAreaRequest | FieldTextFieldRequest | FieldUnknownRequest): A contact field
            (seen; discriminated by `type`). 8.1.0 does not list the `type` values; the
            variants below are the legacy list (`singleSelectList`, `multipleSelectList`, `email`,
            `phone`,
            `textArea`, `numeric`, `textField`, `date`). Read and sent (create/update): the last
            variant
            accepts any other `type`. `isUnicity: true` marks the field(s) forming the contact's
            unicity key.

    Raises:
        np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
            given as a string instead of an object, `unicity` given as a string instead of an array). The body
            is empty or a short plain text message such as `target cannot be identified - unicity is null`.
        np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
        np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
            production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
        np6.errors.ConflictError: 409. A field with this name already exists (empty body; legacy).
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
        Response[Any | FieldDate | FieldEmail | FieldMultipleSelectList | FieldNumeric | FieldPhone | FieldSingleSelectList | FieldTextArea | FieldTextField | FieldUnknown]
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
    body: FieldDateRequest
    | FieldEmailRequest
    | FieldMultipleSelectListRequest
    | FieldNumericRequest
    | FieldPhoneRequest
    | FieldSingleSelectListRequest
    | FieldTextAreaRequest
    | FieldTextFieldRequest
    | FieldUnknownRequest
    | Mapping[str, Any],
) -> (
    Any
    | FieldDate
    | FieldEmail
    | FieldMultipleSelectList
    | FieldNumeric
    | FieldPhone
    | FieldSingleSelectList
    | FieldTextArea
    | FieldTextField
    | FieldUnknown
    | None
):
    """Create a field

    Creates a contact field (F-2). Deprecated in 8.1.0. The 8.1.0 body ("Data used to create the
    field") starts with the `type` discriminator and `id`, then is cut off; it is taken to be the
    `Field` schema (inferred). The response is not shown: the created field with 200 (inferred).
    Legacy: 409 when the name is already used.

    Args:
        body (FieldDateRequest | FieldEmailRequest | FieldMultipleSelectListRequest |
            FieldNumericRequest | FieldPhoneRequest | FieldSingleSelectListRequest |
            FieldTextAreaRequest | FieldTextFieldRequest | FieldUnknownRequest): A contact field
            (seen; discriminated by `type`). 8.1.0 does not list the `type` values; the
            variants below are the legacy list (`singleSelectList`, `multipleSelectList`, `email`,
            `phone`,
            `textArea`, `numeric`, `textField`, `date`). Read and sent (create/update): the last
            variant
            accepts any other `type`. `isUnicity: true` marks the field(s) forming the contact's
            unicity key.

    Raises:
        np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
            given as a string instead of an object, `unicity` given as a string instead of an array). The body
            is empty or a short plain text message such as `target cannot be identified - unicity is null`.
        np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
        np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
            production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
        np6.errors.ConflictError: 409. A field with this name already exists (empty body; legacy).
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
        Any | FieldDate | FieldEmail | FieldMultipleSelectList | FieldNumeric | FieldPhone | FieldSingleSelectList | FieldTextArea | FieldTextField | FieldUnknown
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
