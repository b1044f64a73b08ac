"""Operations tagged `compilables`, and the namespaces binding them to a client: `Compilables` /
`AsyncCompilables` return the success body, `RawCompilables` / `AsyncRawCompilables` the answer as received."""

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
        body: Compilable,
    ) -> Compilable:
        """Create a compilable

        See `np6_client.api.compilables.create_compilable` for the parameters and NP6's behaviour.
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
        body: CompilableExecutionArguments,
    ) -> CompilableExecutionSuccess | UnknownCompilableExecutionResult:
        """Execute the specified compilable

        See `np6_client.api.compilables.execute_compilable` for the parameters and NP6's behaviour.
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
        body: CompilablePreviewRequest,
    ) -> None:
        """Preview the specified compilable using the specified configuration

        See `np6_client.api.compilables.preview_compilable` for the parameters and NP6's behaviour.
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

        See `np6_client.api.compilables.list_compilable_flaws` for the parameters and NP6's behaviour.
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

        See `np6_client.api.compilables.duplicate_compilable` for the parameters and NP6's behaviour.
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
        body: Compilable,
    ) -> Compilable:
        """Create a compilable

        See `np6_client.api.compilables.create_compilable` for the parameters and NP6's behaviour.
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
        body: CompilableExecutionArguments,
    ) -> CompilableExecutionSuccess | UnknownCompilableExecutionResult:
        """Execute the specified compilable

        See `np6_client.api.compilables.execute_compilable` for the parameters and NP6's behaviour.
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
        body: CompilablePreviewRequest,
    ) -> None:
        """Preview the specified compilable using the specified configuration

        See `np6_client.api.compilables.preview_compilable` for the parameters and NP6's behaviour.
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

        See `np6_client.api.compilables.list_compilable_flaws` for the parameters and NP6's behaviour.
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

        See `np6_client.api.compilables.duplicate_compilable` for the parameters and NP6's behaviour.
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
        body: Compilable,
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
        body: CompilableExecutionArguments,
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
        body: CompilablePreviewRequest,
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
        body: Compilable,
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
        body: CompilableExecutionArguments,
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
        body: CompilablePreviewRequest,
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
