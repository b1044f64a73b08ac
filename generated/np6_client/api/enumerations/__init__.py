"""Operations tagged `enumerations`, and the namespaces binding them to a client: `Enumerations` /
`AsyncEnumerations` return the success body, `RawEnumerations` / `AsyncRawEnumerations` the answer as received."""

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

        See `np6_client.api.enumerations.list_value_lists` for the parameters and NP6's behaviour.
        """
        response = list_value_lists.sync_detailed(
            client=self._client,
        )
        return cast(list[ValueList], response.parsed)

    def create_value_list(
        self,
        *,
        body: ValueListRequest,
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
        body: ValueListRequest,
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
        body: ValueListRequest,
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
        body: ValueListRequest,
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
        body: ValueListRequest,
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
        body: ValueListRequest,
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
        body: ValueListRequest,
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
        body: ValueListRequest,
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
