"""Operations tagged `enumerations`, and the `Enumerations` / `AsyncEnumerations` namespaces binding them to a client."""

from typing import Any, cast

from ...client import AuthenticatedClient
from ...models.value_list import ValueList
from ...types import UNSET, Unset
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

        See `np6_client.api.enumerations.list_value_lists` for the parameters and NP6's behaviour.
        """
        response = list_value_lists.sync_detailed(
            client=self._client,
        )
        return cast(list[ValueList], response.parsed)

    def create_value_list(
        self,
        *,
        body: ValueList,
    ) -> ValueList:
        """Create a value list

        See `np6_client.api.enumerations.create_value_list` for the parameters and NP6's behaviour.
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

        See `np6_client.api.enumerations.get_value_list` for the parameters and NP6's behaviour.
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
        body: ValueList,
    ) -> ValueList:
        """Update a value list

        See `np6_client.api.enumerations.update_value_list` for the parameters and NP6's behaviour.
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

        See `np6_client.api.enumerations.list_value_lists` for the parameters and NP6's behaviour.
        """
        response = await list_value_lists.asyncio_detailed(
            client=self._client,
        )
        return cast(list[ValueList], response.parsed)

    async def create_value_list(
        self,
        *,
        body: ValueList,
    ) -> ValueList:
        """Create a value list

        See `np6_client.api.enumerations.create_value_list` for the parameters and NP6's behaviour.
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

        See `np6_client.api.enumerations.get_value_list` for the parameters and NP6's behaviour.
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
        body: ValueList,
    ) -> ValueList:
        """Update a value list

        See `np6_client.api.enumerations.update_value_list` for the parameters and NP6's behaviour.
        """
        response = await update_value_list.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(ValueList, response.parsed)
