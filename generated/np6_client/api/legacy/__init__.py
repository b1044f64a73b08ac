"""Operations tagged `legacy`, and the namespaces binding them to a client: `Legacy` /
`AsyncLegacy` return the success body, `RawLegacy` / `AsyncRawLegacy` the answer as received."""

from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any, cast
from uuid import UUID

import httpx

from ...client import AuthenticatedClient
from ...models.legacy_action_statistics import LegacyActionStatistics
from ...models.legacy_bounce_feedback import LegacyBounceFeedback
from ...models.legacy_bulk_send_item import LegacyBulkSendItem
from ...models.legacy_conversation import LegacyConversation
from ...types import UNSET, APIResponse, Unset
from . import (
    get_action_statistics,
    get_message,
    list_action_bounce_feedbacks,
    send_action_to_targets,
)


class Legacy:
    """The `legacy` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_action_statistics(
        self,
        id: str,
    ) -> LegacyActionStatistics:
        """Retrieve the statistics of an action

        Aggregated mail statistics of an action (legacy docs only). Absent from the 8.1.0 reference
        (inferred); in 8.1.0 the same information comes from the action events
        (`GET /actions/{id}/events/...`) and reactivities (`GET /actions/{id}/reactivities/...`).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).

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
            LegacyActionStatistics
        """

        response = get_action_statistics.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(LegacyActionStatistics, response.parsed)

    def list_action_bounce_feedbacks(
        self,
        id: str,
    ) -> list[LegacyBounceFeedback]:
        """Retrieve the NPAI targets of an action

        Bounced ("NPAI") targets of an action (legacy docs only). Absent from the 8.1.0 reference
        (inferred); superseded by the bounce events `GET /actions/{id}/events/bounces`.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).

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
            list[LegacyBounceFeedback]
        """

        response = list_action_bounce_feedbacks.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[LegacyBounceFeedback], response.parsed)

    def get_message(
        self,
        id: UUID,
    ) -> LegacyConversation:
        """Retrieve a conversation

        The "conversation" of one sent message: its delivery events (legacy docs only). Absent from the
        8.1.0 reference (inferred); superseded by the per-action and per-contact event streams
        (`GET /actions/{id}/events/...`, `GET /targets/{id}/events/...`), correlated through stamp ids.

        Args:
            id (UUID):

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
            LegacyConversation
        """

        response = get_message.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(LegacyConversation, response.parsed)

    def send_action_to_targets(
        self,
        id: str,
        *,
        body: list[LegacyBulkSendItem] | Sequence[Mapping[str, Any]],
    ) -> list[UUID]:
        """Send an action to several targets

        Legacy bulk send with the V4 media type `application/vnd.np6.cm.email-v4` (legacy docs only); it
        returned the conversation ids. Absent from the 8.1.0 reference (inferred); superseded by
        `POST /actions/{id}/executions` (`execute_action_batch`) with `application/vnd.np6.cm.email`.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            body (list[LegacyBulkSendItem]):

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
            np6.errors.ConflictError: 409. The action's state forbids sending (legacy; empty body).
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
            list[UUID]
        """

        response = send_action_to_targets.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(list[UUID], response.parsed)


class AsyncLegacy:
    """The `legacy` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_action_statistics(
        self,
        id: str,
    ) -> LegacyActionStatistics:
        """Retrieve the statistics of an action

        Aggregated mail statistics of an action (legacy docs only). Absent from the 8.1.0 reference
        (inferred); in 8.1.0 the same information comes from the action events
        (`GET /actions/{id}/events/...`) and reactivities (`GET /actions/{id}/reactivities/...`).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).

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
            LegacyActionStatistics
        """

        response = await get_action_statistics.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(LegacyActionStatistics, response.parsed)

    async def list_action_bounce_feedbacks(
        self,
        id: str,
    ) -> list[LegacyBounceFeedback]:
        """Retrieve the NPAI targets of an action

        Bounced ("NPAI") targets of an action (legacy docs only). Absent from the 8.1.0 reference
        (inferred); superseded by the bounce events `GET /actions/{id}/events/bounces`.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).

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
            list[LegacyBounceFeedback]
        """

        response = await list_action_bounce_feedbacks.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[LegacyBounceFeedback], response.parsed)

    async def get_message(
        self,
        id: UUID,
    ) -> LegacyConversation:
        """Retrieve a conversation

        The "conversation" of one sent message: its delivery events (legacy docs only). Absent from the
        8.1.0 reference (inferred); superseded by the per-action and per-contact event streams
        (`GET /actions/{id}/events/...`, `GET /targets/{id}/events/...`), correlated through stamp ids.

        Args:
            id (UUID):

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
            LegacyConversation
        """

        response = await get_message.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(LegacyConversation, response.parsed)

    async def send_action_to_targets(
        self,
        id: str,
        *,
        body: list[LegacyBulkSendItem] | Sequence[Mapping[str, Any]],
    ) -> list[UUID]:
        """Send an action to several targets

        Legacy bulk send with the V4 media type `application/vnd.np6.cm.email-v4` (legacy docs only); it
        returned the conversation ids. Absent from the 8.1.0 reference (inferred); superseded by
        `POST /actions/{id}/executions` (`execute_action_batch`) with `application/vnd.np6.cm.email`.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            body (list[LegacyBulkSendItem]):

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
            np6.errors.ConflictError: 409. The action's state forbids sending (legacy; empty body).
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
            list[UUID]
        """

        response = await send_action_to_targets.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(list[UUID], response.parsed)


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawLegacy:
    """The `legacy` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Legacy` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_action_statistics(
        self,
        id: str,
    ) -> APIResponse[LegacyActionStatistics]:
        """Retrieve the statistics of an action (the answer as received)."""
        kwargs = get_action_statistics._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_action_statistics))

    def list_action_bounce_feedbacks(
        self,
        id: str,
    ) -> APIResponse[list[LegacyBounceFeedback]]:
        """Retrieve the NPAI targets of an action (the answer as received)."""
        kwargs = list_action_bounce_feedbacks._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_action_bounce_feedbacks)
        )

    def get_message(
        self,
        id: UUID,
    ) -> APIResponse[LegacyConversation]:
        """Retrieve a conversation (the answer as received)."""
        kwargs = get_message._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_message))

    def send_action_to_targets(
        self,
        id: str,
        *,
        body: list[LegacyBulkSendItem] | Sequence[Mapping[str, Any]],
    ) -> APIResponse[list[UUID]]:
        """Send an action to several targets (the answer as received)."""
        kwargs = send_action_to_targets._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, send_action_to_targets))


class AsyncRawLegacy:
    """The `legacy` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_action_statistics(
        self,
        id: str,
    ) -> APIResponse[LegacyActionStatistics]:
        """Retrieve the statistics of an action (the answer as received)."""
        kwargs = get_action_statistics._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_action_statistics))

    async def list_action_bounce_feedbacks(
        self,
        id: str,
    ) -> APIResponse[list[LegacyBounceFeedback]]:
        """Retrieve the NPAI targets of an action (the answer as received)."""
        kwargs = list_action_bounce_feedbacks._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_action_bounce_feedbacks)
        )

    async def get_message(
        self,
        id: UUID,
    ) -> APIResponse[LegacyConversation]:
        """Retrieve a conversation (the answer as received)."""
        kwargs = get_message._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_message))

    async def send_action_to_targets(
        self,
        id: str,
        *,
        body: list[LegacyBulkSendItem] | Sequence[Mapping[str, Any]],
    ) -> APIResponse[list[UUID]]:
        """Send an action to several targets (the answer as received)."""
        kwargs = send_action_to_targets._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, send_action_to_targets))
