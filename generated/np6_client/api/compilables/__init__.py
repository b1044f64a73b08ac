"""Operations tagged `compilables`, and the namespaces binding them to a client: `Compilables` /
`AsyncCompilables` return the success body, `RawCompilables` / `AsyncRawCompilables` the answer as received."""

from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any, cast
from uuid import UUID

import httpx

from ...client import AuthenticatedClient
from ...models.compilable import Compilable
from ...models.compilable_execution_arguments import CompilableExecutionArguments
from ...models.compilable_execution_success import CompilableExecutionSuccess
from ...models.compilable_flaw import CompilableFlaw
from ...models.compilable_preview_request import CompilablePreviewRequest
from ...models.compilable_request import CompilableRequest
from ...models.unknown_compilable_execution_result import (
    UnknownCompilableExecutionResult,
)
from ...types import UNSET, APIResponse, Unset
from . import (
    create_compilable,
    duplicate_compilable,
    execute_compilable,
    list_compilable_flaws,
    preview_compilable,
)


class Compilables:
    """The `compilables` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create_compilable(
        self,
        *,
        body: CompilableRequest | Mapping[str, Any],
    ) -> Compilable:
        """Create a compilable

        Creates a compilable. The summary and the body are seen; the method (POST), the path and the
        response (200
        with the created compilable) are inferred, since the curl sample is beyond the available page text.

        Args:
            body (CompilableRequest): A compilable scripting definition (seen). Compilable ids are
                uuids.

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
            Compilable
        """

        response = create_compilable.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(Compilable, response.parsed)

    def execute_compilable(
        self,
        id: UUID,
        *,
        body: CompilableExecutionArguments | Mapping[str, Any],
    ) -> CompilableExecutionSuccess | UnknownCompilableExecutionResult:
        """Execute the specified compilable

        Executes the specified compilable with the given arguments (a free-form object) and returns the
        execution
        result. The summary wording is inferred; status 200 is inferred.

        Args:
            id (UUID):
            body (CompilableExecutionArguments): The arguments passed to a compilable execution (seen;
                a free-form object).

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
            CompilableExecutionSuccess | UnknownCompilableExecutionResult
        """

        response = execute_compilable.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(
            CompilableExecutionSuccess | UnknownCompilableExecutionResult,
            response.parsed,
        )

    def preview_compilable(
        self,
        id: UUID,
        *,
        body: CompilablePreviewRequest | Mapping[str, Any],
    ) -> None:
        """Preview the specified compilable using the specified configuration

        Previews the specified compilable with a preview definition. The summary, the `id` parameter and the
        start of
        the body are seen; the method (POST), the path and the response are inferred. The response is not
        documented:
        a 200 with no modelled body is assumed.

        Args:
            id (UUID):
            body (CompilablePreviewRequest): A preview definition (seen: "The preview definition").
                `value` is the compilable definition to preview; the
                page text stops after its `id`, so reusing the `Compilable` shape is inferred.

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
            None
        """

        response = preview_compilable.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        del response

    def list_compilable_flaws(
        self,
        id: UUID,
    ) -> list[CompilableFlaw]:
        """Retrieve the specified compilable flaws

        Returns the flaws (problems) found in the specified compilable. Status 200 is inferred.

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
            list[CompilableFlaw]
        """

        response = list_compilable_flaws.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[CompilableFlaw], response.parsed)

    def duplicate_compilable(
        self,
        id: UUID,
    ) -> Compilable:
        """Duplicate the specified compilable

        Copies the specified compilable and returns the copy. There is no request body. The response is seen
        to
        start with a uuid `id`; that it is a whole `Compilable` and status 200 are inferred.

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
            Compilable
        """

        response = duplicate_compilable.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(Compilable, response.parsed)


class AsyncCompilables:
    """The `compilables` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create_compilable(
        self,
        *,
        body: CompilableRequest | Mapping[str, Any],
    ) -> Compilable:
        """Create a compilable

        Creates a compilable. The summary and the body are seen; the method (POST), the path and the
        response (200
        with the created compilable) are inferred, since the curl sample is beyond the available page text.

        Args:
            body (CompilableRequest): A compilable scripting definition (seen). Compilable ids are
                uuids.

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
            Compilable
        """

        response = await create_compilable.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(Compilable, response.parsed)

    async def execute_compilable(
        self,
        id: UUID,
        *,
        body: CompilableExecutionArguments | Mapping[str, Any],
    ) -> CompilableExecutionSuccess | UnknownCompilableExecutionResult:
        """Execute the specified compilable

        Executes the specified compilable with the given arguments (a free-form object) and returns the
        execution
        result. The summary wording is inferred; status 200 is inferred.

        Args:
            id (UUID):
            body (CompilableExecutionArguments): The arguments passed to a compilable execution (seen;
                a free-form object).

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
            CompilableExecutionSuccess | UnknownCompilableExecutionResult
        """

        response = await execute_compilable.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(
            CompilableExecutionSuccess | UnknownCompilableExecutionResult,
            response.parsed,
        )

    async def preview_compilable(
        self,
        id: UUID,
        *,
        body: CompilablePreviewRequest | Mapping[str, Any],
    ) -> None:
        """Preview the specified compilable using the specified configuration

        Previews the specified compilable with a preview definition. The summary, the `id` parameter and the
        start of
        the body are seen; the method (POST), the path and the response are inferred. The response is not
        documented:
        a 200 with no modelled body is assumed.

        Args:
            id (UUID):
            body (CompilablePreviewRequest): A preview definition (seen: "The preview definition").
                `value` is the compilable definition to preview; the
                page text stops after its `id`, so reusing the `Compilable` shape is inferred.

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
            None
        """

        response = await preview_compilable.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        del response

    async def list_compilable_flaws(
        self,
        id: UUID,
    ) -> list[CompilableFlaw]:
        """Retrieve the specified compilable flaws

        Returns the flaws (problems) found in the specified compilable. Status 200 is inferred.

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
            list[CompilableFlaw]
        """

        response = await list_compilable_flaws.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[CompilableFlaw], response.parsed)

    async def duplicate_compilable(
        self,
        id: UUID,
    ) -> Compilable:
        """Duplicate the specified compilable

        Copies the specified compilable and returns the copy. There is no request body. The response is seen
        to
        start with a uuid `id`; that it is a whole `Compilable` and status 200 are inferred.

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
            Compilable
        """

        response = await duplicate_compilable.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(Compilable, response.parsed)


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawCompilables:
    """The `compilables` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Compilables` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create_compilable(
        self,
        *,
        body: CompilableRequest | Mapping[str, Any],
    ) -> APIResponse[Compilable]:
        """Create a compilable (the answer as received)."""
        kwargs = create_compilable._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_compilable))

    def execute_compilable(
        self,
        id: UUID,
        *,
        body: CompilableExecutionArguments | Mapping[str, Any],
    ) -> APIResponse[CompilableExecutionSuccess | UnknownCompilableExecutionResult]:
        """Execute the specified compilable (the answer as received)."""
        kwargs = execute_compilable._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, execute_compilable))

    def preview_compilable(
        self,
        id: UUID,
        *,
        body: CompilablePreviewRequest | Mapping[str, Any],
    ) -> APIResponse[None]:
        """Preview the specified compilable using the specified configuration (the answer as received)."""
        kwargs = preview_compilable._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, preview_compilable))

    def list_compilable_flaws(
        self,
        id: UUID,
    ) -> APIResponse[list[CompilableFlaw]]:
        """Retrieve the specified compilable flaws (the answer as received)."""
        kwargs = list_compilable_flaws._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_compilable_flaws))

    def duplicate_compilable(
        self,
        id: UUID,
    ) -> APIResponse[Compilable]:
        """Duplicate the specified compilable (the answer as received)."""
        kwargs = duplicate_compilable._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, duplicate_compilable))


class AsyncRawCompilables:
    """The `compilables` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create_compilable(
        self,
        *,
        body: CompilableRequest | Mapping[str, Any],
    ) -> APIResponse[Compilable]:
        """Create a compilable (the answer as received)."""
        kwargs = create_compilable._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_compilable))

    async def execute_compilable(
        self,
        id: UUID,
        *,
        body: CompilableExecutionArguments | Mapping[str, Any],
    ) -> APIResponse[CompilableExecutionSuccess | UnknownCompilableExecutionResult]:
        """Execute the specified compilable (the answer as received)."""
        kwargs = execute_compilable._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, execute_compilable))

    async def preview_compilable(
        self,
        id: UUID,
        *,
        body: CompilablePreviewRequest | Mapping[str, Any],
    ) -> APIResponse[None]:
        """Preview the specified compilable using the specified configuration (the answer as received)."""
        kwargs = preview_compilable._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, preview_compilable))

    async def list_compilable_flaws(
        self,
        id: UUID,
    ) -> APIResponse[list[CompilableFlaw]]:
        """Retrieve the specified compilable flaws (the answer as received)."""
        kwargs = list_compilable_flaws._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_compilable_flaws))

    async def duplicate_compilable(
        self,
        id: UUID,
    ) -> APIResponse[Compilable]:
        """Duplicate the specified compilable (the answer as received)."""
        kwargs = duplicate_compilable._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, duplicate_compilable))
