"""Operations tagged `compilables`, and the `Compilables` / `AsyncCompilables` namespaces binding them to a client."""

from typing import Any, cast
from uuid import UUID

from ...client import AuthenticatedClient
from ...models.compilable import Compilable
from ...models.compilable_execution_arguments import CompilableExecutionArguments
from ...models.compilable_execution_success import CompilableExecutionSuccess
from ...models.compilable_flaw import CompilableFlaw
from ...models.compilable_preview_request import CompilablePreviewRequest
from ...models.unknown_compilable_execution_result import (
    UnknownCompilableExecutionResult,
)
from ...types import UNSET, Unset
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
