"""Operations tagged `webtasks`, and the namespaces binding them to a client: `Webtasks` /
`AsyncWebtasks` return the success body, `RawWebtasks` / `AsyncRawWebtasks` the answer as received."""

from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.web_task import WebTask
from ...models.web_task_patch_operation import WebTaskPatchOperation
from ...models.web_task_request import WebTaskRequest
from ...types import UNSET, APIResponse, Unset
from . import (
    patch_webtask,
)


class Webtasks:
    """The `webtasks` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def patch_webtask(
        self,
        id: int,
        *,
        body: list[WebTaskPatchOperation]
        | WebTaskRequest
        | Mapping[str, Any]
        | Sequence[Mapping[str, Any]],
    ) -> WebTask:
        """Update the specified webtask

        Updates the specified webtask and returns it. Status 200 is inferred.
        Spec note: NP6's schema for the body is `Array [ object ]` (an array of untyped objects, which looks
        like a
        JSON-Patch document, inferred), but its generated curl sample sends a single `WebTask` object. The
        body here
        accepts both (`WebTaskUpdateRequest`: an array of `WebTaskPatchOperation` or a `WebTask`); which one
        NP6
        really applies is not documented.

        Args:
            id (int):
            body (list[WebTaskPatchOperation] | WebTaskRequest): Body of `patch_webtask`. NP6's schema
                is `Array [ object ]` (modelled as `WebTaskPatchDocument`), but its
                curl sample sends a single `WebTask`; both are accepted here.

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
            WebTask
        """

        response = patch_webtask.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(WebTask, response.parsed)


class AsyncWebtasks:
    """The `webtasks` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def patch_webtask(
        self,
        id: int,
        *,
        body: list[WebTaskPatchOperation]
        | WebTaskRequest
        | Mapping[str, Any]
        | Sequence[Mapping[str, Any]],
    ) -> WebTask:
        """Update the specified webtask

        Updates the specified webtask and returns it. Status 200 is inferred.
        Spec note: NP6's schema for the body is `Array [ object ]` (an array of untyped objects, which looks
        like a
        JSON-Patch document, inferred), but its generated curl sample sends a single `WebTask` object. The
        body here
        accepts both (`WebTaskUpdateRequest`: an array of `WebTaskPatchOperation` or a `WebTask`); which one
        NP6
        really applies is not documented.

        Args:
            id (int):
            body (list[WebTaskPatchOperation] | WebTaskRequest): Body of `patch_webtask`. NP6's schema
                is `Array [ object ]` (modelled as `WebTaskPatchDocument`), but its
                curl sample sends a single `WebTask`; both are accepted here.

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
            WebTask
        """

        response = await patch_webtask.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(WebTask, response.parsed)


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawWebtasks:
    """The `webtasks` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Webtasks` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def patch_webtask(
        self,
        id: int,
        *,
        body: list[WebTaskPatchOperation]
        | WebTaskRequest
        | Mapping[str, Any]
        | Sequence[Mapping[str, Any]],
    ) -> APIResponse[WebTask]:
        """Update the specified webtask (the answer as received)."""
        kwargs = patch_webtask._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, patch_webtask))


class AsyncRawWebtasks:
    """The `webtasks` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def patch_webtask(
        self,
        id: int,
        *,
        body: list[WebTaskPatchOperation]
        | WebTaskRequest
        | Mapping[str, Any]
        | Sequence[Mapping[str, Any]],
    ) -> APIResponse[WebTask]:
        """Update the specified webtask (the answer as received)."""
        kwargs = patch_webtask._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, patch_webtask))
