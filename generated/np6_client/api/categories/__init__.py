"""Operations tagged `categories`, and the `Categories` / `AsyncCategories` namespaces binding them to a client."""

from typing import Any, cast

from ...client import AuthenticatedClient
from ...models.category import Category
from ...models.category_request import CategoryRequest
from ...types import UNSET, Unset
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
