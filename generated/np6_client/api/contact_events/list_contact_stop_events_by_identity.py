import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activation_event import ActivationEvent
from ...models.bounce_event import BounceEvent
from ...models.cancellation_event import CancellationEvent
from ...models.complaint_event import ComplaintEvent
from ...models.creation_event import CreationEvent
from ...models.execution_event import ExecutionEvent
from ...models.hit_event import HitEvent
from ...models.impression_event import ImpressionEvent
from ...models.modification_event import ModificationEvent
from ...models.optout_event import OptoutEvent
from ...models.reply_event import ReplyEvent
from ...models.sort_order import SortOrder
from ...models.suppression_event import SuppressionEvent
from ...models.unknown_event import UnknownEvent
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["unicity"] = unicity

    params["hash"] = hash_

    json_start: int | str | Unset
    if isinstance(start, Unset):
        json_start = UNSET
    elif isinstance(start, datetime.datetime):
        json_start = start.isoformat()
    else:
        json_start = start
    params["start"] = json_start

    json_end: int | str | Unset
    if isinstance(end, Unset):
        json_end = UNSET
    elif isinstance(end, datetime.datetime):
        json_end = end.isoformat()
    else:
        json_end = end
    params["end"] = json_end

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/targets/events/responses/stop",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | list[
        ActivationEvent
        | BounceEvent
        | CancellationEvent
        | ComplaintEvent
        | CreationEvent
        | ExecutionEvent
        | HitEvent
        | ImpressionEvent
        | ModificationEvent
        | OptoutEvent
        | ReplyEvent
        | SuppressionEvent
        | UnknownEvent
    ]
    | None
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

            def _parse_response_200_item(
                data: object,
            ) -> (
                ActivationEvent
                | BounceEvent
                | CancellationEvent
                | ComplaintEvent
                | CreationEvent
                | ExecutionEvent
                | HitEvent
                | ImpressionEvent
                | ModificationEvent
                | OptoutEvent
                | ReplyEvent
                | SuppressionEvent
                | UnknownEvent
            ):
                type_tag = data.get("type") if isinstance(data, dict) else None
                if type_tag == "execution":
                    try:
                        componentsschemas_event_type_0 = ExecutionEvent.from_dict(data)

                        return componentsschemas_event_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "cancellation":
                    try:
                        componentsschemas_event_type_1 = CancellationEvent.from_dict(
                            data
                        )

                        return componentsschemas_event_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "activation":
                    try:
                        componentsschemas_event_type_2 = ActivationEvent.from_dict(data)

                        return componentsschemas_event_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "bounce":
                    try:
                        componentsschemas_event_type_3 = BounceEvent.from_dict(data)

                        return componentsschemas_event_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "hit":
                    try:
                        componentsschemas_event_type_4 = HitEvent.from_dict(data)

                        return componentsschemas_event_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "creation":
                    try:
                        componentsschemas_event_type_5 = CreationEvent.from_dict(data)

                        return componentsschemas_event_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "modification":
                    try:
                        componentsschemas_event_type_6 = ModificationEvent.from_dict(
                            data
                        )

                        return componentsschemas_event_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "impression":
                    try:
                        componentsschemas_event_type_7 = ImpressionEvent.from_dict(data)

                        return componentsschemas_event_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "suppression":
                    try:
                        componentsschemas_event_type_8 = SuppressionEvent.from_dict(
                            data
                        )

                        return componentsschemas_event_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "optout":
                    try:
                        componentsschemas_event_type_9 = OptoutEvent.from_dict(data)

                        return componentsschemas_event_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "reply":
                    try:
                        componentsschemas_event_type_10 = ReplyEvent.from_dict(data)

                        return componentsschemas_event_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if type_tag == "complaint":
                    try:
                        componentsschemas_event_type_11 = ComplaintEvent.from_dict(data)

                        return componentsschemas_event_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_type_12 = UnknownEvent.from_dict(data)

                return componentsschemas_event_type_12

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


def parse_response_200_item(
    data: object,
) -> (
    ActivationEvent
    | BounceEvent
    | CancellationEvent
    | ComplaintEvent
    | CreationEvent
    | ExecutionEvent
    | HitEvent
    | ImpressionEvent
    | ModificationEvent
    | OptoutEvent
    | ReplyEvent
    | SuppressionEvent
    | UnknownEvent
):
    """One item of the list a 200 answer holds, read the way `_parse_response` reads each: for
    callers that decode the list themselves and parse its items one at a time (np6's event iteration)."""
    type_tag = data.get("type") if isinstance(data, dict) else None
    if type_tag == "execution":
        try:
            componentsschemas_event_type_0 = ExecutionEvent.from_dict(data)

            return componentsschemas_event_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "cancellation":
        try:
            componentsschemas_event_type_1 = CancellationEvent.from_dict(data)

            return componentsschemas_event_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "activation":
        try:
            componentsschemas_event_type_2 = ActivationEvent.from_dict(data)

            return componentsschemas_event_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "bounce":
        try:
            componentsschemas_event_type_3 = BounceEvent.from_dict(data)

            return componentsschemas_event_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "hit":
        try:
            componentsschemas_event_type_4 = HitEvent.from_dict(data)

            return componentsschemas_event_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "creation":
        try:
            componentsschemas_event_type_5 = CreationEvent.from_dict(data)

            return componentsschemas_event_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "modification":
        try:
            componentsschemas_event_type_6 = ModificationEvent.from_dict(data)

            return componentsschemas_event_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "impression":
        try:
            componentsschemas_event_type_7 = ImpressionEvent.from_dict(data)

            return componentsschemas_event_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "suppression":
        try:
            componentsschemas_event_type_8 = SuppressionEvent.from_dict(data)

            return componentsschemas_event_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "optout":
        try:
            componentsschemas_event_type_9 = OptoutEvent.from_dict(data)

            return componentsschemas_event_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "reply":
        try:
            componentsschemas_event_type_10 = ReplyEvent.from_dict(data)

            return componentsschemas_event_type_10
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "complaint":
        try:
            componentsschemas_event_type_11 = ComplaintEvent.from_dict(data)

            return componentsschemas_event_type_11
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_event_type_12 = UnknownEvent.from_dict(data)

    return componentsschemas_event_type_12


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | list[
        ActivationEvent
        | BounceEvent
        | CancellationEvent
        | ComplaintEvent
        | CreationEvent
        | ExecutionEvent
        | HitEvent
        | ImpressionEvent
        | ModificationEvent
        | OptoutEvent
        | ReplyEvent
        | SuppressionEvent
        | UnknownEvent
    ]
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
    id: str | Unset = UNSET,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
) -> Response[
    Any
    | list[
        ActivationEvent
        | BounceEvent
        | CancellationEvent
        | ComplaintEvent
        | CreationEvent
        | ExecutionEvent
        | HitEvent
        | ImpressionEvent
        | ModificationEvent
        | OptoutEvent
        | ReplyEvent
        | SuppressionEvent
        | UnknownEvent
    ]
]:
    """Retrieve stop events of the specified contact using its id, unicity or hash

    Spec note: NP6 documents three operations keyed by a query string in the path,
    `GET /targets/events/responses/stop?id=`, `?unicity=` and `?hash=`. OpenAPI forbids a query string
    in a path key, so they are merged into this one operation: give **exactly one** of `id`, `unicity`
    or `hash`. There is no `classification` filter here.

    Returns the contact's STOP responses (SMS "STOP" opt-out replies, inferred from the name). The event
    type carried by a stop is not
    documented, so items are the generic `Event` union. The published example is a schema placeholder
    and is not copied.

    Args:
        id (str | Unset): Target (contact) id, zero-padded base-36 style, usually 8 characters
            (seen).
        unicity (str | Unset):
        hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
            reports).
        start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time
            or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time or
            a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        sort (SortOrder | Unset): Sort order on the events' timestamp (seen).

    Raises:
        np6.errors.BadRequestError: 400. None, or more than one, of `id`, `unicity` and `hash` was given
            (inferred: NP6 documents each variant with its selector required, not the answer to a request
            without one).
        np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
        np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
            production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
        np6.errors.NotFoundError: 404. No contact matches the given `id`, `unicity` or `hash` (seen on the
            `?hash=` variant's `.md` page).
        np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
            backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
        np6.errors.ServerError: 500. Server error; retry later (legacy).
        np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
        np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
        np6.errors.MalformedResponseError: an answer that does not match the spec.

    Returns:
        Response[Any | list[ActivationEvent | BounceEvent | CancellationEvent | ComplaintEvent | CreationEvent | ExecutionEvent | HitEvent | ImpressionEvent | ModificationEvent | OptoutEvent | ReplyEvent | SuppressionEvent | UnknownEvent]]
    """

    kwargs = _get_kwargs(
        id=id,
        unicity=unicity,
        hash_=hash_,
        start=start,
        end=end,
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
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
) -> (
    Any
    | list[
        ActivationEvent
        | BounceEvent
        | CancellationEvent
        | ComplaintEvent
        | CreationEvent
        | ExecutionEvent
        | HitEvent
        | ImpressionEvent
        | ModificationEvent
        | OptoutEvent
        | ReplyEvent
        | SuppressionEvent
        | UnknownEvent
    ]
    | None
):
    """Retrieve stop events of the specified contact using its id, unicity or hash

    Spec note: NP6 documents three operations keyed by a query string in the path,
    `GET /targets/events/responses/stop?id=`, `?unicity=` and `?hash=`. OpenAPI forbids a query string
    in a path key, so they are merged into this one operation: give **exactly one** of `id`, `unicity`
    or `hash`. There is no `classification` filter here.

    Returns the contact's STOP responses (SMS "STOP" opt-out replies, inferred from the name). The event
    type carried by a stop is not
    documented, so items are the generic `Event` union. The published example is a schema placeholder
    and is not copied.

    Args:
        id (str | Unset): Target (contact) id, zero-padded base-36 style, usually 8 characters
            (seen).
        unicity (str | Unset):
        hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
            reports).
        start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time
            or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time or
            a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        sort (SortOrder | Unset): Sort order on the events' timestamp (seen).

    Raises:
        np6.errors.BadRequestError: 400. None, or more than one, of `id`, `unicity` and `hash` was given
            (inferred: NP6 documents each variant with its selector required, not the answer to a request
            without one).
        np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
        np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
            production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
        np6.errors.NotFoundError: 404. No contact matches the given `id`, `unicity` or `hash` (seen on the
            `?hash=` variant's `.md` page).
        np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
            backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
        np6.errors.ServerError: 500. Server error; retry later (legacy).
        np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
        np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
        np6.errors.MalformedResponseError: an answer that does not match the spec.

    Returns:
        Any | list[ActivationEvent | BounceEvent | CancellationEvent | ComplaintEvent | CreationEvent | ExecutionEvent | HitEvent | ImpressionEvent | ModificationEvent | OptoutEvent | ReplyEvent | SuppressionEvent | UnknownEvent]
    """

    return sync_detailed(
        client=client,
        id=id,
        unicity=unicity,
        hash_=hash_,
        start=start,
        end=end,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
) -> Response[
    Any
    | list[
        ActivationEvent
        | BounceEvent
        | CancellationEvent
        | ComplaintEvent
        | CreationEvent
        | ExecutionEvent
        | HitEvent
        | ImpressionEvent
        | ModificationEvent
        | OptoutEvent
        | ReplyEvent
        | SuppressionEvent
        | UnknownEvent
    ]
]:
    """Retrieve stop events of the specified contact using its id, unicity or hash

    Spec note: NP6 documents three operations keyed by a query string in the path,
    `GET /targets/events/responses/stop?id=`, `?unicity=` and `?hash=`. OpenAPI forbids a query string
    in a path key, so they are merged into this one operation: give **exactly one** of `id`, `unicity`
    or `hash`. There is no `classification` filter here.

    Returns the contact's STOP responses (SMS "STOP" opt-out replies, inferred from the name). The event
    type carried by a stop is not
    documented, so items are the generic `Event` union. The published example is a schema placeholder
    and is not copied.

    Args:
        id (str | Unset): Target (contact) id, zero-padded base-36 style, usually 8 characters
            (seen).
        unicity (str | Unset):
        hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
            reports).
        start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time
            or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time or
            a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        sort (SortOrder | Unset): Sort order on the events' timestamp (seen).

    Raises:
        np6.errors.BadRequestError: 400. None, or more than one, of `id`, `unicity` and `hash` was given
            (inferred: NP6 documents each variant with its selector required, not the answer to a request
            without one).
        np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
        np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
            production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
        np6.errors.NotFoundError: 404. No contact matches the given `id`, `unicity` or `hash` (seen on the
            `?hash=` variant's `.md` page).
        np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
            backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
        np6.errors.ServerError: 500. Server error; retry later (legacy).
        np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
        np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
        np6.errors.MalformedResponseError: an answer that does not match the spec.

    Returns:
        Response[Any | list[ActivationEvent | BounceEvent | CancellationEvent | ComplaintEvent | CreationEvent | ExecutionEvent | HitEvent | ImpressionEvent | ModificationEvent | OptoutEvent | ReplyEvent | SuppressionEvent | UnknownEvent]]
    """

    kwargs = _get_kwargs(
        id=id,
        unicity=unicity,
        hash_=hash_,
        start=start,
        end=end,
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
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
) -> (
    Any
    | list[
        ActivationEvent
        | BounceEvent
        | CancellationEvent
        | ComplaintEvent
        | CreationEvent
        | ExecutionEvent
        | HitEvent
        | ImpressionEvent
        | ModificationEvent
        | OptoutEvent
        | ReplyEvent
        | SuppressionEvent
        | UnknownEvent
    ]
    | None
):
    """Retrieve stop events of the specified contact using its id, unicity or hash

    Spec note: NP6 documents three operations keyed by a query string in the path,
    `GET /targets/events/responses/stop?id=`, `?unicity=` and `?hash=`. OpenAPI forbids a query string
    in a path key, so they are merged into this one operation: give **exactly one** of `id`, `unicity`
    or `hash`. There is no `classification` filter here.

    Returns the contact's STOP responses (SMS "STOP" opt-out replies, inferred from the name). The event
    type carried by a stop is not
    documented, so items are the generic `Event` union. The published example is a schema placeholder
    and is not copied.

    Args:
        id (str | Unset): Target (contact) id, zero-padded base-36 style, usually 8 characters
            (seen).
        unicity (str | Unset):
        hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
            reports).
        start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time
            or a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601 date-time or
            a timestamp (seen). Timestamps are sent as
            epoch milliseconds (inferred from event timestamps; the unit is not documented).
        sort (SortOrder | Unset): Sort order on the events' timestamp (seen).

    Raises:
        np6.errors.BadRequestError: 400. None, or more than one, of `id`, `unicity` and `hash` was given
            (inferred: NP6 documents each variant with its selector required, not the answer to a request
            without one).
        np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
        np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
            production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
        np6.errors.NotFoundError: 404. No contact matches the given `id`, `unicity` or `hash` (seen on the
            `?hash=` variant's `.md` page).
        np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
            backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
        np6.errors.ServerError: 500. Server error; retry later (legacy).
        np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
        np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
        np6.errors.MalformedResponseError: an answer that does not match the spec.

    Returns:
        Any | list[ActivationEvent | BounceEvent | CancellationEvent | ComplaintEvent | CreationEvent | ExecutionEvent | HitEvent | ImpressionEvent | ModificationEvent | OptoutEvent | ReplyEvent | SuppressionEvent | UnknownEvent]
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            unicity=unicity,
            hash_=hash_,
            start=start,
            end=end,
            sort=sort,
        )
    ).parsed
