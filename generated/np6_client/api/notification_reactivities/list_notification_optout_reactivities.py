import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.optout_event import OptoutEvent
from ...models.sort_order import SortOrder
from ...models.unknown_event import UnknownEvent
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    id: int,
    *,
    activation_start: datetime.datetime | int | Unset = UNSET,
    activation_end: datetime.datetime | int | Unset = UNSET,
    reactivity_start: datetime.datetime | int | Unset = UNSET,
    reactivity_end: datetime.datetime | int | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_activation_start: int | str | Unset
    if isinstance(activation_start, Unset):
        json_activation_start = UNSET
    elif isinstance(activation_start, datetime.datetime):
        json_activation_start = activation_start.isoformat()
    else:
        json_activation_start = activation_start
    params["activationStart"] = json_activation_start

    json_activation_end: int | str | Unset
    if isinstance(activation_end, Unset):
        json_activation_end = UNSET
    elif isinstance(activation_end, datetime.datetime):
        json_activation_end = activation_end.isoformat()
    else:
        json_activation_end = activation_end
    params["activationEnd"] = json_activation_end

    json_reactivity_start: int | str | Unset
    if isinstance(reactivity_start, Unset):
        json_reactivity_start = UNSET
    elif isinstance(reactivity_start, datetime.datetime):
        json_reactivity_start = reactivity_start.isoformat()
    else:
        json_reactivity_start = reactivity_start
    params["reactivityStart"] = json_reactivity_start

    json_reactivity_end: int | str | Unset
    if isinstance(reactivity_end, Unset):
        json_reactivity_end = UNSET
    elif isinstance(reactivity_end, datetime.datetime):
        json_reactivity_end = reactivity_end.isoformat()
    else:
        json_reactivity_end = reactivity_end
    params["reactivityEnd"] = json_reactivity_end

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notifications/{id}/reactivities/optouts".format(
            id=path_segment(id, "id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[OptoutEvent | UnknownEvent] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

            def _parse_response_200_item(data: object) -> OptoutEvent | UnknownEvent:
                type_tag = data.get("type") if isinstance(data, dict) else None
                if type_tag == "optout":
                    try:
                        componentsschemas_optout_event_or_unknown_type_0 = (
                            OptoutEvent.from_dict(data)
                        )

                        return componentsschemas_optout_event_or_unknown_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_optout_event_or_unknown_type_1 = (
                    UnknownEvent.from_dict(data)
                )

                return componentsschemas_optout_event_or_unknown_type_1

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


def parse_response_200_item(data: object) -> OptoutEvent | UnknownEvent:
    """One item of the list a 200 answer holds, read the way `_parse_response` reads each: for
    callers that decode the list themselves and parse its items one at a time (np6's event iteration)."""
    type_tag = data.get("type") if isinstance(data, dict) else None
    if type_tag == "optout":
        try:
            componentsschemas_optout_event_or_unknown_type_0 = OptoutEvent.from_dict(
                data
            )

            return componentsschemas_optout_event_or_unknown_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_optout_event_or_unknown_type_1 = UnknownEvent.from_dict(data)

    return componentsschemas_optout_event_or_unknown_type_1


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[OptoutEvent | UnknownEvent]]:
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
    activation_start: datetime.datetime | int | Unset = UNSET,
    activation_end: datetime.datetime | int | Unset = UNSET,
    reactivity_start: datetime.datetime | int | Unset = UNSET,
    reactivity_end: datetime.datetime | int | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
) -> Response[Any | list[OptoutEvent | UnknownEvent]]:
    """Retrieve "optout" reactivities of the specified notification

    Opt-out events of one notification tied to activations in the window. Summary wording inferred;
    path seen. The published example (source type `notification`, receiver type `contact`) is
    truncated inside its first element and is not copied.

    Args:
        id (int):
        activation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        activation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        reactivity_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        reactivity_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        sort (SortOrder | Unset): Sort order on the events' timestamp (seen).

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
        np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
            backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
        np6.errors.ServerError: 500. Server error; retry later (legacy).
        np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
        np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
        np6.errors.MalformedResponseError: an answer that does not match the spec.

    Returns:
        Response[Any | list[OptoutEvent | UnknownEvent]]
    """

    kwargs = _get_kwargs(
        id=id,
        activation_start=activation_start,
        activation_end=activation_end,
        reactivity_start=reactivity_start,
        reactivity_end=reactivity_end,
        sort=sort,
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
    id: int,
    *,
    client: AuthenticatedClient | Client,
    activation_start: datetime.datetime | int | Unset = UNSET,
    activation_end: datetime.datetime | int | Unset = UNSET,
    reactivity_start: datetime.datetime | int | Unset = UNSET,
    reactivity_end: datetime.datetime | int | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
) -> Any | list[OptoutEvent | UnknownEvent] | None:
    """Retrieve "optout" reactivities of the specified notification

    Opt-out events of one notification tied to activations in the window. Summary wording inferred;
    path seen. The published example (source type `notification`, receiver type `contact`) is
    truncated inside its first element and is not copied.

    Args:
        id (int):
        activation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        activation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        reactivity_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        reactivity_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        sort (SortOrder | Unset): Sort order on the events' timestamp (seen).

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
        np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
            backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
        np6.errors.ServerError: 500. Server error; retry later (legacy).
        np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
        np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
        np6.errors.MalformedResponseError: an answer that does not match the spec.

    Returns:
        Any | list[OptoutEvent | UnknownEvent]
    """

    return sync_detailed(
        id=id,
        client=client,
        activation_start=activation_start,
        activation_end=activation_end,
        reactivity_start=reactivity_start,
        reactivity_end=reactivity_end,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    activation_start: datetime.datetime | int | Unset = UNSET,
    activation_end: datetime.datetime | int | Unset = UNSET,
    reactivity_start: datetime.datetime | int | Unset = UNSET,
    reactivity_end: datetime.datetime | int | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
) -> Response[Any | list[OptoutEvent | UnknownEvent]]:
    """Retrieve "optout" reactivities of the specified notification

    Opt-out events of one notification tied to activations in the window. Summary wording inferred;
    path seen. The published example (source type `notification`, receiver type `contact`) is
    truncated inside its first element and is not copied.

    Args:
        id (int):
        activation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        activation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        reactivity_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        reactivity_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        sort (SortOrder | Unset): Sort order on the events' timestamp (seen).

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
        np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
            backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
        np6.errors.ServerError: 500. Server error; retry later (legacy).
        np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
        np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
        np6.errors.MalformedResponseError: an answer that does not match the spec.

    Returns:
        Response[Any | list[OptoutEvent | UnknownEvent]]
    """

    kwargs = _get_kwargs(
        id=id,
        activation_start=activation_start,
        activation_end=activation_end,
        reactivity_start=reactivity_start,
        reactivity_end=reactivity_end,
        sort=sort,
    )

    try:
        response = await client.get_async_requester().request(**kwargs)
    except (
        httpx.InvalidURL
    ) as error:  # e.g. a parameter so long the URL exceeds httpx's limit
        raise ValueError(f"cannot build the request URL: {error}") from error

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    activation_start: datetime.datetime | int | Unset = UNSET,
    activation_end: datetime.datetime | int | Unset = UNSET,
    reactivity_start: datetime.datetime | int | Unset = UNSET,
    reactivity_end: datetime.datetime | int | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
) -> Any | list[OptoutEvent | UnknownEvent] | None:
    """Retrieve "optout" reactivities of the specified notification

    Opt-out events of one notification tied to activations in the window. Summary wording inferred;
    path seen. The published example (source type `notification`, receiver type `contact`) is
    truncated inside its first element and is not copied.

    Args:
        id (int):
        activation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        activation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        reactivity_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        reactivity_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
            date-time or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        sort (SortOrder | Unset): Sort order on the events' timestamp (seen).

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
        np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
            backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
        np6.errors.ServerError: 500. Server error; retry later (legacy).
        np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
        np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
        np6.errors.MalformedResponseError: an answer that does not match the spec.

    Returns:
        Any | list[OptoutEvent | UnknownEvent]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
    ).parsed
