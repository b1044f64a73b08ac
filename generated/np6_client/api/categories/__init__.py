"""Operations tagged `categories`, and the namespaces binding them to a client: `Categories` /
`AsyncCategories` return the success body, `RawCategories` / `AsyncRawCategories` the answer as received."""

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

        See `np6_client.api.categories.list_categories` for the parameters and NP6's behaviour.
        """
        response = list_categories.sync_detailed(
            client=self._client,
        )
        return cast(list[Category], response.parsed)

    def create_category(
        self,
        *,
        body: CategoryRequest,
    ) -> Category:
        """Create a category

        See `np6_client.api.categories.create_category` for the parameters and NP6's behaviour.
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

        See `np6_client.api.categories.get_category` for the parameters and NP6's behaviour.
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
        body: CategoryRequest,
    ) -> Category:
        """Update a category

        See `np6_client.api.categories.update_category` for the parameters and NP6's behaviour.
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

        See `np6_client.api.categories.delete_category` for the parameters and NP6's behaviour.
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

        See `np6_client.api.categories.list_categories` for the parameters and NP6's behaviour.
        """
        response = await list_categories.asyncio_detailed(
            client=self._client,
        )
        return cast(list[Category], response.parsed)

    async def create_category(
        self,
        *,
        body: CategoryRequest,
    ) -> Category:
        """Create a category

        See `np6_client.api.categories.create_category` for the parameters and NP6's behaviour.
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

        See `np6_client.api.categories.get_category` for the parameters and NP6's behaviour.
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
        body: CategoryRequest,
    ) -> Category:
        """Update a category

        See `np6_client.api.categories.update_category` for the parameters and NP6's behaviour.
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

        See `np6_client.api.categories.delete_category` for the parameters and NP6's behaviour.
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
        body: CategoryRequest,
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
        body: CategoryRequest,
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
        body: CategoryRequest,
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
        body: CategoryRequest,
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
