from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_target_deletion_by_id import BulkTargetDeletionById
from ...models.bulk_target_deletion_by_segment import BulkTargetDeletionBySegment
from ...models.bulk_target_deletion_by_unicity import BulkTargetDeletionByUnicity
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
    body: BulkTargetDeletionById
    | BulkTargetDeletionBySegment
    | BulkTargetDeletionByUnicity
    | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/targets",
    }

    # the body as NP6 documents it (a dict, a list of dicts): checked against the spec, then sent as given
    if is_plain_mapping(body):
        media_type, _kwargs["json"] = checked_body(
            body, "delete", "/targets", "delete_targets"
        )
        headers["Content-Type"] = media_type
        _kwargs["headers"] = headers
        return _kwargs
    dicts_in_models = plain_parts_made()

    if isinstance(body, BulkTargetDeletionBySegment) or isinstance(
        body, BulkTargetDeletionById
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = part_json(body)

    headers["Content-Type"] = "application/json"

    # dicts given inside the models (where a nested model goes): checked against the spec at their place
    if plain_parts_made() != dicts_in_models:
        _kwargs["json"] = checked_model_json(
            _kwargs["json"],
            "delete",
            "/targets",
            "delete_targets",
            headers["Content-Type"],
        )

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 204:
        return None

    if response.status_code == 400:
        return None

    if response.status_code == 401:
        return None

    if response.status_code == 403:
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
    *,
    client: AuthenticatedClient | Client,
    body: BulkTargetDeletionById
    | BulkTargetDeletionBySegment
    | BulkTargetDeletionByUnicity
    | Mapping[str, Any],
) -> Response[Any]:
    """Delete Targets by bulk

    Deletes many contacts at once (CM-10). The body is discriminated by `type`: 8.1.0 shows only
    `segment` (every contact of a segment); the `id` and `unicity` variants and every `value` payload
    come from the legacy docs.

    Spec note: a body on a DELETE, required as NP6 documents it.

    8.1.0 answers No Content (204 (inferred)). The legacy API answered a JSON array of the deleted
    contacts (`[{"id": "000JW54T", "unicity": ["t1@mondomaine.com"]}]`) with
    `Accept: application/vnd.np6.cm.v1+json`; that variant is not modelled.

    Args:
        body (BulkTargetDeletionById | BulkTargetDeletionBySegment | BulkTargetDeletionByUnicity):
            Body of `DELETE /targets` (seen; discriminated by `type`). 8.1.0 shows only the `segment`
            value
            and no variant payload; the `id` and `unicity` variants and every `value` come from the
            legacy
            docs. Sent only, so no catch-all variant.

    Raises:
        np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
            given as a string instead of an object, `unicity` given as a string instead of an array). The body
            is empty or a short plain text message such as `target cannot be identified - unicity is null`.
        np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
        np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
            production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
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
        Response[Any]
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


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkTargetDeletionById
    | BulkTargetDeletionBySegment
    | BulkTargetDeletionByUnicity
    | Mapping[str, Any],
) -> Response[Any]:
    """Delete Targets by bulk

    Deletes many contacts at once (CM-10). The body is discriminated by `type`: 8.1.0 shows only
    `segment` (every contact of a segment); the `id` and `unicity` variants and every `value` payload
    come from the legacy docs.

    Spec note: a body on a DELETE, required as NP6 documents it.

    8.1.0 answers No Content (204 (inferred)). The legacy API answered a JSON array of the deleted
    contacts (`[{"id": "000JW54T", "unicity": ["t1@mondomaine.com"]}]`) with
    `Accept: application/vnd.np6.cm.v1+json`; that variant is not modelled.

    Args:
        body (BulkTargetDeletionById | BulkTargetDeletionBySegment | BulkTargetDeletionByUnicity):
            Body of `DELETE /targets` (seen; discriminated by `type`). 8.1.0 shows only the `segment`
            value
            and no variant payload; the `id` and `unicity` variants and every `value` come from the
            legacy
            docs. Sent only, so no catch-all variant.

    Raises:
        np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
            given as a string instead of an object, `unicity` given as a string instead of an array). The body
            is empty or a short plain text message such as `target cannot be identified - unicity is null`.
        np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
        np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
            production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
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
        Response[Any]
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
