from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notification_render_success import NotificationRenderSuccess
from ...models.unknown_notification_render_result import UnknownNotificationRenderResult
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    id_path: int,
    version: UUID,
    *,
    id_query: str | Unset = UNSET,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id_query

    params["unicity"] = unicity

    params["hash"] = hash_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notifications/{id_path}/versions/{version}/render/contact".format(
            id_path=path_segment(id_path, "id"),
            version=path_segment(version, "version"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | NotificationRenderSuccess | UnknownNotificationRenderResult | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> NotificationRenderSuccess | UnknownNotificationRenderResult:
            type_tag = data.get("type") if isinstance(data, dict) else None
            if type_tag == "success":
                try:
                    componentsschemas_notification_render_result_type_0 = (
                        NotificationRenderSuccess.from_dict(data)
                    )

                    return componentsschemas_notification_render_result_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_notification_render_result_type_1 = (
                UnknownNotificationRenderResult.from_dict(data)
            )

            return componentsschemas_notification_render_result_type_1

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
) -> Response[Any | NotificationRenderSuccess | UnknownNotificationRenderResult]:
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
    id_path: int,
    version: UUID,
    *,
    client: AuthenticatedClient | Client,
    id_query: str | Unset = UNSET,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> Response[Any | NotificationRenderSuccess | UnknownNotificationRenderResult]:
    """Render the specified version of the specified notification for a contact

    Spec note: NP6 lists three operations ("... and the specified contact id", "... contact unicity",
    "... contact hash") keyed by a query string in the path. They are merged here into one operation
    whose query parameters `id`, `unicity` and `hash` are mutually exclusive: give exactly one. The
    `?hash=` form was seen (curl `?hash=string`); the `?id=` and `?unicity=` forms are inferred, which
    is why this merged operation is marked inferred. The response sample is cut off after
    `{"type": "success", "meta": {"notification": 0, "version": "8b898373-…", "application":
    "2b22d485-…",
    "subscription": "da7489c5-…`.

    Args:
        id_path (int): Notification id (seen; int32).
        version (UUID): Notification version id, a UUID (seen on page
            `notificationmanagement/02ef1152`, `versions[].id` "string(uuid)", and as `meta.version`
            in a render response).
        id_query (str | Unset): Target (contact) id, zero-padded base-36 style, usually 8
            characters (seen).
        unicity (str | Unset):
        hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
            reports).

    Raises:
        np6.errors.BadRequestError: 400. None or more than one of `id`, `unicity` and `hash` was given
            (inferred).
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
        Response[Any | NotificationRenderSuccess | UnknownNotificationRenderResult]
    """

    kwargs = _get_kwargs(
        id_path=id_path,
        version=version,
        id_query=id_query,
        unicity=unicity,
        hash_=hash_,
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
    id_path: int,
    version: UUID,
    *,
    client: AuthenticatedClient | Client,
    id_query: str | Unset = UNSET,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> Any | NotificationRenderSuccess | UnknownNotificationRenderResult | None:
    """Render the specified version of the specified notification for a contact

    Spec note: NP6 lists three operations ("... and the specified contact id", "... contact unicity",
    "... contact hash") keyed by a query string in the path. They are merged here into one operation
    whose query parameters `id`, `unicity` and `hash` are mutually exclusive: give exactly one. The
    `?hash=` form was seen (curl `?hash=string`); the `?id=` and `?unicity=` forms are inferred, which
    is why this merged operation is marked inferred. The response sample is cut off after
    `{"type": "success", "meta": {"notification": 0, "version": "8b898373-…", "application":
    "2b22d485-…",
    "subscription": "da7489c5-…`.

    Args:
        id_path (int): Notification id (seen; int32).
        version (UUID): Notification version id, a UUID (seen on page
            `notificationmanagement/02ef1152`, `versions[].id` "string(uuid)", and as `meta.version`
            in a render response).
        id_query (str | Unset): Target (contact) id, zero-padded base-36 style, usually 8
            characters (seen).
        unicity (str | Unset):
        hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
            reports).

    Raises:
        np6.errors.BadRequestError: 400. None or more than one of `id`, `unicity` and `hash` was given
            (inferred).
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
        Any | NotificationRenderSuccess | UnknownNotificationRenderResult
    """

    return sync_detailed(
        id_path=id_path,
        version=version,
        client=client,
        id_query=id_query,
        unicity=unicity,
        hash_=hash_,
    ).parsed


async def asyncio_detailed(
    id_path: int,
    version: UUID,
    *,
    client: AuthenticatedClient | Client,
    id_query: str | Unset = UNSET,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> Response[Any | NotificationRenderSuccess | UnknownNotificationRenderResult]:
    """Render the specified version of the specified notification for a contact

    Spec note: NP6 lists three operations ("... and the specified contact id", "... contact unicity",
    "... contact hash") keyed by a query string in the path. They are merged here into one operation
    whose query parameters `id`, `unicity` and `hash` are mutually exclusive: give exactly one. The
    `?hash=` form was seen (curl `?hash=string`); the `?id=` and `?unicity=` forms are inferred, which
    is why this merged operation is marked inferred. The response sample is cut off after
    `{"type": "success", "meta": {"notification": 0, "version": "8b898373-…", "application":
    "2b22d485-…",
    "subscription": "da7489c5-…`.

    Args:
        id_path (int): Notification id (seen; int32).
        version (UUID): Notification version id, a UUID (seen on page
            `notificationmanagement/02ef1152`, `versions[].id` "string(uuid)", and as `meta.version`
            in a render response).
        id_query (str | Unset): Target (contact) id, zero-padded base-36 style, usually 8
            characters (seen).
        unicity (str | Unset):
        hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
            reports).

    Raises:
        np6.errors.BadRequestError: 400. None or more than one of `id`, `unicity` and `hash` was given
            (inferred).
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
        Response[Any | NotificationRenderSuccess | UnknownNotificationRenderResult]
    """

    kwargs = _get_kwargs(
        id_path=id_path,
        version=version,
        id_query=id_query,
        unicity=unicity,
        hash_=hash_,
    )

    try:
        response = await client.get_async_requester().request(**kwargs)
    except (
        httpx.InvalidURL
    ) as error:  # e.g. a parameter so long the URL exceeds httpx's limit
        raise ValueError(f"cannot build the request URL: {error}") from error

    return _build_response(client=client, response=response)


async def asyncio(
    id_path: int,
    version: UUID,
    *,
    client: AuthenticatedClient | Client,
    id_query: str | Unset = UNSET,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> Any | NotificationRenderSuccess | UnknownNotificationRenderResult | None:
    """Render the specified version of the specified notification for a contact

    Spec note: NP6 lists three operations ("... and the specified contact id", "... contact unicity",
    "... contact hash") keyed by a query string in the path. They are merged here into one operation
    whose query parameters `id`, `unicity` and `hash` are mutually exclusive: give exactly one. The
    `?hash=` form was seen (curl `?hash=string`); the `?id=` and `?unicity=` forms are inferred, which
    is why this merged operation is marked inferred. The response sample is cut off after
    `{"type": "success", "meta": {"notification": 0, "version": "8b898373-…", "application":
    "2b22d485-…",
    "subscription": "da7489c5-…`.

    Args:
        id_path (int): Notification id (seen; int32).
        version (UUID): Notification version id, a UUID (seen on page
            `notificationmanagement/02ef1152`, `versions[].id` "string(uuid)", and as `meta.version`
            in a render response).
        id_query (str | Unset): Target (contact) id, zero-padded base-36 style, usually 8
            characters (seen).
        unicity (str | Unset):
        hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
            reports).

    Raises:
        np6.errors.BadRequestError: 400. None or more than one of `id`, `unicity` and `hash` was given
            (inferred).
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
        Any | NotificationRenderSuccess | UnknownNotificationRenderResult
    """

    return (
        await asyncio_detailed(
            id_path=id_path,
            version=version,
            client=client,
            id_query=id_query,
            unicity=unicity,
            hash_=hash_,
        )
    ).parsed
