import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_mail_message import ActionMailMessage
from ...models.action_skeleton import ActionSkeleton
from ...models.action_sms_message import ActionSmsMessage
from ...models.unknown_action import UnknownAction
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    creation_start: datetime.datetime | int | Unset = UNSET,
    creation_end: datetime.datetime | int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_creation_start: int | str | Unset
    if isinstance(creation_start, Unset):
        json_creation_start = UNSET
    elif isinstance(creation_start, datetime.datetime):
        json_creation_start = creation_start.isoformat()
    else:
        json_creation_start = creation_start
    params["creation_start"] = json_creation_start

    json_creation_end: int | str | Unset
    if isinstance(creation_end, Unset):
        json_creation_end = UNSET
    elif isinstance(creation_end, datetime.datetime):
        json_creation_end = creation_end.isoformat()
    else:
        json_creation_end = creation_end
    params["creation_end"] = json_creation_end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/actions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | list[ActionMailMessage | ActionSkeleton | ActionSmsMessage | UnknownAction]
    | None
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

            def _parse_response_200_item(
                data: object,
            ) -> ActionMailMessage | ActionSkeleton | ActionSmsMessage | UnknownAction:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_action_or_skeleton_type_0 = (
                        ActionMailMessage.from_dict(data)
                    )

                    return componentsschemas_action_or_skeleton_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_action_or_skeleton_type_1 = (
                        ActionSmsMessage.from_dict(data)
                    )

                    return componentsschemas_action_or_skeleton_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_action_or_skeleton_type_2 = (
                        UnknownAction.from_dict(data)
                    )

                    return componentsschemas_action_or_skeleton_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_action_or_skeleton_type_3 = ActionSkeleton.from_dict(
                    data
                )

                return componentsschemas_action_or_skeleton_type_3

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
) -> ActionMailMessage | ActionSkeleton | ActionSmsMessage | UnknownAction:
    """One item of the list a 200 answer holds, read the way `_parse_response` reads each: for
    callers that decode the list themselves and parse its items one at a time (np6's event iteration)."""
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_action_or_skeleton_type_0 = ActionMailMessage.from_dict(data)

        return componentsschemas_action_or_skeleton_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_action_or_skeleton_type_1 = ActionSmsMessage.from_dict(data)

        return componentsschemas_action_or_skeleton_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_action_or_skeleton_type_2 = UnknownAction.from_dict(data)

        return componentsschemas_action_or_skeleton_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_action_or_skeleton_type_3 = ActionSkeleton.from_dict(data)

    return componentsschemas_action_or_skeleton_type_3


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any | list[ActionMailMessage | ActionSkeleton | ActionSmsMessage | UnknownAction]
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
    creation_start: datetime.datetime | int | Unset = UNSET,
    creation_end: datetime.datetime | int | Unset = UNSET,
) -> Response[
    Any | list[ActionMailMessage | ActionSkeleton | ActionSmsMessage | UnknownAction]
]:
    """Retrieve all actions

    Returns all the actions of the account, optionally filtered on their creation date. Marked
    Deprecated in 8.1.0, with no documented replacement.

    The items are action *summaries*: the 8.1.0 page lists `type`, `id`, `name`, `creationDate`,
    `informations`, `settings`, `scheduler` and `monitor`; they are modelled with the full `Action`
    union, whose fields are all optional. The status code is not shown (200 inferred).

    Args:
        creation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        creation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).

    Raises:
        np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
            given as a string instead of an object, `unicity` given as a string instead of an array). The body
            is empty or a short plain text message such as `target cannot be identified - unicity is null`.
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
        Response[Any | list[ActionMailMessage | ActionSkeleton | ActionSmsMessage | UnknownAction]]
    """

    kwargs = _get_kwargs(
        creation_start=creation_start,
        creation_end=creation_end,
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
    creation_start: datetime.datetime | int | Unset = UNSET,
    creation_end: datetime.datetime | int | Unset = UNSET,
) -> (
    Any
    | list[ActionMailMessage | ActionSkeleton | ActionSmsMessage | UnknownAction]
    | None
):
    """Retrieve all actions

    Returns all the actions of the account, optionally filtered on their creation date. Marked
    Deprecated in 8.1.0, with no documented replacement.

    The items are action *summaries*: the 8.1.0 page lists `type`, `id`, `name`, `creationDate`,
    `informations`, `settings`, `scheduler` and `monitor`; they are modelled with the full `Action`
    union, whose fields are all optional. The status code is not shown (200 inferred).

    Args:
        creation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        creation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).

    Raises:
        np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
            given as a string instead of an object, `unicity` given as a string instead of an array). The body
            is empty or a short plain text message such as `target cannot be identified - unicity is null`.
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
        Any | list[ActionMailMessage | ActionSkeleton | ActionSmsMessage | UnknownAction]
    """

    return sync_detailed(
        client=client,
        creation_start=creation_start,
        creation_end=creation_end,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    creation_start: datetime.datetime | int | Unset = UNSET,
    creation_end: datetime.datetime | int | Unset = UNSET,
) -> Response[
    Any | list[ActionMailMessage | ActionSkeleton | ActionSmsMessage | UnknownAction]
]:
    """Retrieve all actions

    Returns all the actions of the account, optionally filtered on their creation date. Marked
    Deprecated in 8.1.0, with no documented replacement.

    The items are action *summaries*: the 8.1.0 page lists `type`, `id`, `name`, `creationDate`,
    `informations`, `settings`, `scheduler` and `monitor`; they are modelled with the full `Action`
    union, whose fields are all optional. The status code is not shown (200 inferred).

    Args:
        creation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        creation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).

    Raises:
        np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
            given as a string instead of an object, `unicity` given as a string instead of an array). The body
            is empty or a short plain text message such as `target cannot be identified - unicity is null`.
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
        Response[Any | list[ActionMailMessage | ActionSkeleton | ActionSmsMessage | UnknownAction]]
    """

    kwargs = _get_kwargs(
        creation_start=creation_start,
        creation_end=creation_end,
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
    creation_start: datetime.datetime | int | Unset = UNSET,
    creation_end: datetime.datetime | int | Unset = UNSET,
) -> (
    Any
    | list[ActionMailMessage | ActionSkeleton | ActionSmsMessage | UnknownAction]
    | None
):
    """Retrieve all actions

    Returns all the actions of the account, optionally filtered on their creation date. Marked
    Deprecated in 8.1.0, with no documented replacement.

    The items are action *summaries*: the 8.1.0 page lists `type`, `id`, `name`, `creationDate`,
    `informations`, `settings`, `scheduler` and `monitor`; they are modelled with the full `Action`
    union, whose fields are all optional. The status code is not shown (200 inferred).

    Args:
        creation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        creation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).

    Raises:
        np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
            given as a string instead of an object, `unicity` given as a string instead of an array). The body
            is empty or a short plain text message such as `target cannot be identified - unicity is null`.
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
        Any | list[ActionMailMessage | ActionSkeleton | ActionSmsMessage | UnknownAction]
    """

    return (
        await asyncio_detailed(
            client=client,
            creation_start=creation_start,
            creation_end=creation_end,
        )
    ).parsed
