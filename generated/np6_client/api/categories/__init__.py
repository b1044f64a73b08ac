"""Operations tagged `categories`, and the namespaces binding them to a client: `Categories` /
`AsyncCategories` return the success body, `RawCategories` / `AsyncRawCategories` the answer as received."""

from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.category import Category
from ...models.category_request import CategoryRequest
from ...types import UNSET, APIResponse, Unset
from . import (
    create_category,
    delete_category,
    get_category,
    list_categories,
    update_category,
)


class Categories:
    """The `categories` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_categories(
        self,
    ) -> list[Category]:
        """Retrieve all categories

        Lists the account's action categories. Legacy only: from the pre-8.1 NP6 documentation (whose base
        URL was
        `https://backoffice.mailperformance.com/` and whose curl used `/categories/`); no 8.1.0 Category
        page is
        available, so whether the operation still exists in this shape is unknown.

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
            list[Category]
        """

        response = list_categories.sync_detailed(
            client=self._client,
        )
        return cast(list[Category], response.parsed)

    def create_category(
        self,
        *,
        body: CategoryRequest | Mapping[str, Any],
    ) -> Category:
        """Create a category

        Creates a category. Legacy only (NP6/slate, CookBook): the legacy path is `/categories/` (trailing
        slash)
        and the legacy docs answer 200 (not 201) with the created category. The legacy table calls the
        fields
        "Query Parameters" but every sample sends them as a JSON body.

        Args:
            body (CategoryRequest): Body to create or update a category (legacy).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.ConflictError: 409. A category with this name already exists (legacy).
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
            Category
        """

        response = create_category.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(Category, response.parsed)

    def get_category(
        self,
        id: int,
    ) -> Category:
        """Retrieve a category

        Returns one category. Legacy only; no 8.1.0 Category page is available.

        Args:
            id (int):

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
            Category
        """

        response = get_category.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(Category, response.parsed)

    def update_category(
        self,
        id: int,
        *,
        body: CategoryRequest | Mapping[str, Any],
    ) -> Category:
        """Update a category

        Renames or re-describes a category. Legacy only. The legacy prose says `POST /categories/<ID>` but
        every
        legacy code sample (curl, Java, C#, PHP, CookBook) uses PUT, which is kept here. The 8.1.0 method is
        unknown.

        Args:
            id (int):
            body (CategoryRequest): Body to create or update a category (legacy).

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
            np6.errors.ConflictError: 409. Another category already has this name (legacy).
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
            Category
        """

        response = update_category.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(Category, response.parsed)

    def delete_category(
        self,
        id: int,
    ) -> None:
        """Delete a category

        Deletes a category. Legacy only; the legacy docs answer 204.

        Args:
            id (int):

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
            None
        """

        response = delete_category.sync_detailed(
            client=self._client,
            id=id,
        )
        del response


class AsyncCategories:
    """The `categories` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_categories(
        self,
    ) -> list[Category]:
        """Retrieve all categories

        Lists the account's action categories. Legacy only: from the pre-8.1 NP6 documentation (whose base
        URL was
        `https://backoffice.mailperformance.com/` and whose curl used `/categories/`); no 8.1.0 Category
        page is
        available, so whether the operation still exists in this shape is unknown.

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
            list[Category]
        """

        response = await list_categories.asyncio_detailed(
            client=self._client,
        )
        return cast(list[Category], response.parsed)

    async def create_category(
        self,
        *,
        body: CategoryRequest | Mapping[str, Any],
    ) -> Category:
        """Create a category

        Creates a category. Legacy only (NP6/slate, CookBook): the legacy path is `/categories/` (trailing
        slash)
        and the legacy docs answer 200 (not 201) with the created category. The legacy table calls the
        fields
        "Query Parameters" but every sample sends them as a JSON body.

        Args:
            body (CategoryRequest): Body to create or update a category (legacy).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.ConflictError: 409. A category with this name already exists (legacy).
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
            Category
        """

        response = await create_category.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(Category, response.parsed)

    async def get_category(
        self,
        id: int,
    ) -> Category:
        """Retrieve a category

        Returns one category. Legacy only; no 8.1.0 Category page is available.

        Args:
            id (int):

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
            Category
        """

        response = await get_category.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(Category, response.parsed)

    async def update_category(
        self,
        id: int,
        *,
        body: CategoryRequest | Mapping[str, Any],
    ) -> Category:
        """Update a category

        Renames or re-describes a category. Legacy only. The legacy prose says `POST /categories/<ID>` but
        every
        legacy code sample (curl, Java, C#, PHP, CookBook) uses PUT, which is kept here. The 8.1.0 method is
        unknown.

        Args:
            id (int):
            body (CategoryRequest): Body to create or update a category (legacy).

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
            np6.errors.ConflictError: 409. Another category already has this name (legacy).
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
            Category
        """

        response = await update_category.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(Category, response.parsed)

    async def delete_category(
        self,
        id: int,
    ) -> None:
        """Delete a category

        Deletes a category. Legacy only; the legacy docs answer 204.

        Args:
            id (int):

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
            None
        """

        response = await delete_category.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawCategories:
    """The `categories` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Categories` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_categories(
        self,
    ) -> APIResponse[list[Category]]:
        """Retrieve all categories (the answer as received)."""
        kwargs = list_categories._get_kwargs()
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_categories))

    def create_category(
        self,
        *,
        body: CategoryRequest | Mapping[str, Any],
    ) -> APIResponse[Category]:
        """Create a category (the answer as received)."""
        kwargs = create_category._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_category))

    def get_category(
        self,
        id: int,
    ) -> APIResponse[Category]:
        """Retrieve a category (the answer as received)."""
        kwargs = get_category._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_category))

    def update_category(
        self,
        id: int,
        *,
        body: CategoryRequest | Mapping[str, Any],
    ) -> APIResponse[Category]:
        """Update a category (the answer as received)."""
        kwargs = update_category._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_category))

    def delete_category(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Delete a category (the answer as received)."""
        kwargs = delete_category._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_category))


class AsyncRawCategories:
    """The `categories` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_categories(
        self,
    ) -> APIResponse[list[Category]]:
        """Retrieve all categories (the answer as received)."""
        kwargs = list_categories._get_kwargs()
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_categories))

    async def create_category(
        self,
        *,
        body: CategoryRequest | Mapping[str, Any],
    ) -> APIResponse[Category]:
        """Create a category (the answer as received)."""
        kwargs = create_category._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_category))

    async def get_category(
        self,
        id: int,
    ) -> APIResponse[Category]:
        """Retrieve a category (the answer as received)."""
        kwargs = get_category._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_category))

    async def update_category(
        self,
        id: int,
        *,
        body: CategoryRequest | Mapping[str, Any],
    ) -> APIResponse[Category]:
        """Update a category (the answer as received)."""
        kwargs = update_category._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_category))

    async def delete_category(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Delete a category (the answer as received)."""
        kwargs = delete_category._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_category))
