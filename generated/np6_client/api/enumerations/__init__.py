"""Operations tagged `enumerations`, and the namespaces binding them to a client: `Enumerations` /
`AsyncEnumerations` return the success body, `RawEnumerations` / `AsyncRawEnumerations` the answer as received."""

from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.value_list import ValueList
from ...models.value_list_request import ValueListRequest
from ...types import UNSET, APIResponse, Unset
from . import (
    create_value_list,
    get_value_list,
    list_value_lists,
    update_value_list,
)


class Enumerations:
    """The `enumerations` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_value_lists(
        self,
    ) -> list[ValueList]:
        """Retrieve all value lists

        Lists the value lists (E-1). Deprecated in 8.1.0. NP6's response description says "The value
        list" although the body is an array.

        Raises:
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
            list[ValueList]
        """

        response = list_value_lists.sync_detailed(
            client=self._client,
        )
        return cast(list[ValueList], response.parsed)

    def create_value_list(
        self,
        *,
        body: ValueListRequest | Mapping[str, Any],
    ) -> ValueList:
        """Create a value list

        Creates a value list (E-2). Deprecated in 8.1.0. The title and the header are seen; the method
        and path are inferred from the legacy docs, the body ("Data used to ...", cut off) is taken to
        be `ValueList` (inferred) and the response (the created list, 200) is inferred. Values are
        matched case-insensitively (seen).

        Provenance (audit 2026-12, §4.1): method and path are legacy (CookBook `php/createValueList.php`
        POSTs to `/valueLists/` and expects 200). See `x-np6-provenance-detail`.

        Args:
            body (ValueListRequest): A value list (seen). Values are matched case-insensitively
                (seen).

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
            ValueList
        """

        response = create_value_list.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(ValueList, response.parsed)

    def get_value_list(
        self,
        id: int,
    ) -> ValueList:
        """Retrieve a value list

        Retrieves one value list (E-3). The page is untitled, so the Deprecated badge is not visible;
        deprecated like its siblings (inferred).

        Args:
            id (int): Value list id (seen).

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
            ValueList
        """

        response = get_value_list.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(ValueList, response.parsed)

    def update_value_list(
        self,
        id: int,
        *,
        body: ValueListRequest | Mapping[str, Any],
    ) -> ValueList:
        """Update a value list

        Updates a value list (E-4). The path parameter and the start of the body ("Data used to update
        the value list": `id`, `name`, ...) are seen; the method is inferred from the legacy docs and
        the response (the updated list, 200) is inferred. Values are matched case-insensitively (seen).
        Deprecated like its siblings (inferred).

        Provenance (audit 2026-12, §4.1): the method is legacy (CookBook `php/createValueList.php` PUTs
        `/valueLists/{id}` and expects 200). See `x-np6-provenance-detail`.

        Args:
            id (int): Value list id (seen).
            body (ValueListRequest): A value list (seen). Values are matched case-insensitively
                (seen).

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
            ValueList
        """

        response = update_value_list.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(ValueList, response.parsed)


class AsyncEnumerations:
    """The `enumerations` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_value_lists(
        self,
    ) -> list[ValueList]:
        """Retrieve all value lists

        Lists the value lists (E-1). Deprecated in 8.1.0. NP6's response description says "The value
        list" although the body is an array.

        Raises:
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
            list[ValueList]
        """

        response = await list_value_lists.asyncio_detailed(
            client=self._client,
        )
        return cast(list[ValueList], response.parsed)

    async def create_value_list(
        self,
        *,
        body: ValueListRequest | Mapping[str, Any],
    ) -> ValueList:
        """Create a value list

        Creates a value list (E-2). Deprecated in 8.1.0. The title and the header are seen; the method
        and path are inferred from the legacy docs, the body ("Data used to ...", cut off) is taken to
        be `ValueList` (inferred) and the response (the created list, 200) is inferred. Values are
        matched case-insensitively (seen).

        Provenance (audit 2026-12, §4.1): method and path are legacy (CookBook `php/createValueList.php`
        POSTs to `/valueLists/` and expects 200). See `x-np6-provenance-detail`.

        Args:
            body (ValueListRequest): A value list (seen). Values are matched case-insensitively
                (seen).

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
            ValueList
        """

        response = await create_value_list.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(ValueList, response.parsed)

    async def get_value_list(
        self,
        id: int,
    ) -> ValueList:
        """Retrieve a value list

        Retrieves one value list (E-3). The page is untitled, so the Deprecated badge is not visible;
        deprecated like its siblings (inferred).

        Args:
            id (int): Value list id (seen).

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
            ValueList
        """

        response = await get_value_list.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(ValueList, response.parsed)

    async def update_value_list(
        self,
        id: int,
        *,
        body: ValueListRequest | Mapping[str, Any],
    ) -> ValueList:
        """Update a value list

        Updates a value list (E-4). The path parameter and the start of the body ("Data used to update
        the value list": `id`, `name`, ...) are seen; the method is inferred from the legacy docs and
        the response (the updated list, 200) is inferred. Values are matched case-insensitively (seen).
        Deprecated like its siblings (inferred).

        Provenance (audit 2026-12, §4.1): the method is legacy (CookBook `php/createValueList.php` PUTs
        `/valueLists/{id}` and expects 200). See `x-np6-provenance-detail`.

        Args:
            id (int): Value list id (seen).
            body (ValueListRequest): A value list (seen). Values are matched case-insensitively
                (seen).

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
            ValueList
        """

        response = await update_value_list.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(ValueList, response.parsed)


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawEnumerations:
    """The `enumerations` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Enumerations` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_value_lists(
        self,
    ) -> APIResponse[list[ValueList]]:
        """Retrieve all value lists (the answer as received)."""
        kwargs = list_value_lists._get_kwargs()
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_value_lists))

    def create_value_list(
        self,
        *,
        body: ValueListRequest | Mapping[str, Any],
    ) -> APIResponse[ValueList]:
        """Create a value list (the answer as received)."""
        kwargs = create_value_list._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_value_list))

    def get_value_list(
        self,
        id: int,
    ) -> APIResponse[ValueList]:
        """Retrieve a value list (the answer as received)."""
        kwargs = get_value_list._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_value_list))

    def update_value_list(
        self,
        id: int,
        *,
        body: ValueListRequest | Mapping[str, Any],
    ) -> APIResponse[ValueList]:
        """Update a value list (the answer as received)."""
        kwargs = update_value_list._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_value_list))


class AsyncRawEnumerations:
    """The `enumerations` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_value_lists(
        self,
    ) -> APIResponse[list[ValueList]]:
        """Retrieve all value lists (the answer as received)."""
        kwargs = list_value_lists._get_kwargs()
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_value_lists))

    async def create_value_list(
        self,
        *,
        body: ValueListRequest | Mapping[str, Any],
    ) -> APIResponse[ValueList]:
        """Create a value list (the answer as received)."""
        kwargs = create_value_list._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_value_list))

    async def get_value_list(
        self,
        id: int,
    ) -> APIResponse[ValueList]:
        """Retrieve a value list (the answer as received)."""
        kwargs = get_value_list._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_value_list))

    async def update_value_list(
        self,
        id: int,
        *,
        body: ValueListRequest | Mapping[str, Any],
    ) -> APIResponse[ValueList]:
        """Update a value list (the answer as received)."""
        kwargs = update_value_list._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_value_list))
