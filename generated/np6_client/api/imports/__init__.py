"""Operations tagged `imports`, and the namespaces binding them to a client: `Imports` /
`AsyncImports` return the success body, `RawImports` / `AsyncRawImports` the answer as received."""

from io import BytesIO
from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.import_definition import ImportDefinition
from ...models.import_definition_request import ImportDefinitionRequest
from ...models.import_execution import ImportExecution
from ...models.import_execution_state import ImportExecutionState
from ...models.import_format import ImportFormat
from ...models.import_source_file import ImportSourceFile
from ...models.import_source_ftp import ImportSourceFtp
from ...models.unknown_import_source import UnknownImportSource
from ...types import UNSET, APIResponse, File, FileTypes, Unset
from . import (
    create_import,
    create_import_format,
    delete_import,
    get_import,
    get_import_execution_state,
    get_import_format,
    list_imports,
    start_import_execution,
    update_import,
    upload_import_source,
)


class Imports:
    """The `imports` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_imports(
        self,
    ) -> list[ImportDefinition]:
        """Retrieve all import definitions

        See `np6_client.api.imports.list_imports` for the parameters and NP6's behaviour.
        """
        response = list_imports.sync_detailed(
            client=self._client,
        )
        return cast(list[ImportDefinition], response.parsed)

    def create_import(
        self,
        *,
        body: ImportDefinitionRequest,
    ) -> ImportDefinition:
        """Create an import definition

        See `np6_client.api.imports.create_import` for the parameters and NP6's behaviour.
        """
        response = create_import.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(ImportDefinition, response.parsed)

    def get_import(
        self,
        id: int,
    ) -> ImportDefinition:
        """Retrieve the specified import definition

        See `np6_client.api.imports.get_import` for the parameters and NP6's behaviour.
        """
        response = get_import.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(ImportDefinition, response.parsed)

    def update_import(
        self,
        id: int,
        *,
        body: ImportDefinitionRequest,
    ) -> ImportDefinition:
        """Update an existing import definition

        See `np6_client.api.imports.update_import` for the parameters and NP6's behaviour.
        """
        response = update_import.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(ImportDefinition, response.parsed)

    def delete_import(
        self,
        id: int,
    ) -> None:
        """Delete an import definition

        See `np6_client.api.imports.delete_import` for the parameters and NP6's behaviour.
        """
        response = delete_import.sync_detailed(
            client=self._client,
            id=id,
        )
        del response

    def upload_import_source(
        self,
        id: int,
        *,
        body: File,
        content_disposition: str | Unset = UNSET,
    ) -> ImportSourceFile | ImportSourceFtp | UnknownImportSource:
        """Upload a new file for an import with a binary request

        See `np6_client.api.imports.upload_import_source` for the parameters and NP6's behaviour.
        """
        response = upload_import_source.sync_detailed(
            client=self._client,
            id=id,
            body=body,
            content_disposition=content_disposition,
        )
        return cast(
            ImportSourceFile | ImportSourceFtp | UnknownImportSource, response.parsed
        )

    def get_import_execution_state(
        self,
        id: int,
    ) -> ImportExecutionState:
        """Get the last execution state of an import

        See `np6_client.api.imports.get_import_execution_state` for the parameters and NP6's behaviour.
        """
        response = get_import_execution_state.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(ImportExecutionState, response.parsed)

    def start_import_execution(
        self,
        id: int,
        *,
        body: ImportDefinitionRequest | Unset = UNSET,
    ) -> ImportExecution:
        """Start a new execution for an import

        See `np6_client.api.imports.start_import_execution` for the parameters and NP6's behaviour.
        """
        response = start_import_execution.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(ImportExecution, response.parsed)

    def create_import_format(
        self,
        *,
        body: ImportFormat,
    ) -> ImportFormat:
        """Create a specific import binding

        See `np6_client.api.imports.create_import_format` for the parameters and NP6's behaviour.
        """
        response = create_import_format.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(ImportFormat, response.parsed)

    def get_import_format(
        self,
        id: int,
    ) -> ImportFormat:
        """Get a specific import binding

        See `np6_client.api.imports.get_import_format` for the parameters and NP6's behaviour.
        """
        response = get_import_format.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(ImportFormat, response.parsed)


class AsyncImports:
    """The `imports` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_imports(
        self,
    ) -> list[ImportDefinition]:
        """Retrieve all import definitions

        See `np6_client.api.imports.list_imports` for the parameters and NP6's behaviour.
        """
        response = await list_imports.asyncio_detailed(
            client=self._client,
        )
        return cast(list[ImportDefinition], response.parsed)

    async def create_import(
        self,
        *,
        body: ImportDefinitionRequest,
    ) -> ImportDefinition:
        """Create an import definition

        See `np6_client.api.imports.create_import` for the parameters and NP6's behaviour.
        """
        response = await create_import.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(ImportDefinition, response.parsed)

    async def get_import(
        self,
        id: int,
    ) -> ImportDefinition:
        """Retrieve the specified import definition

        See `np6_client.api.imports.get_import` for the parameters and NP6's behaviour.
        """
        response = await get_import.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(ImportDefinition, response.parsed)

    async def update_import(
        self,
        id: int,
        *,
        body: ImportDefinitionRequest,
    ) -> ImportDefinition:
        """Update an existing import definition

        See `np6_client.api.imports.update_import` for the parameters and NP6's behaviour.
        """
        response = await update_import.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(ImportDefinition, response.parsed)

    async def delete_import(
        self,
        id: int,
    ) -> None:
        """Delete an import definition

        See `np6_client.api.imports.delete_import` for the parameters and NP6's behaviour.
        """
        response = await delete_import.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response

    async def upload_import_source(
        self,
        id: int,
        *,
        body: File,
        content_disposition: str | Unset = UNSET,
    ) -> ImportSourceFile | ImportSourceFtp | UnknownImportSource:
        """Upload a new file for an import with a binary request

        See `np6_client.api.imports.upload_import_source` for the parameters and NP6's behaviour.
        """
        response = await upload_import_source.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
            content_disposition=content_disposition,
        )
        return cast(
            ImportSourceFile | ImportSourceFtp | UnknownImportSource, response.parsed
        )

    async def get_import_execution_state(
        self,
        id: int,
    ) -> ImportExecutionState:
        """Get the last execution state of an import

        See `np6_client.api.imports.get_import_execution_state` for the parameters and NP6's behaviour.
        """
        response = await get_import_execution_state.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(ImportExecutionState, response.parsed)

    async def start_import_execution(
        self,
        id: int,
        *,
        body: ImportDefinitionRequest | Unset = UNSET,
    ) -> ImportExecution:
        """Start a new execution for an import

        See `np6_client.api.imports.start_import_execution` for the parameters and NP6's behaviour.
        """
        response = await start_import_execution.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(ImportExecution, response.parsed)

    async def create_import_format(
        self,
        *,
        body: ImportFormat,
    ) -> ImportFormat:
        """Create a specific import binding

        See `np6_client.api.imports.create_import_format` for the parameters and NP6's behaviour.
        """
        response = await create_import_format.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(ImportFormat, response.parsed)

    async def get_import_format(
        self,
        id: int,
    ) -> ImportFormat:
        """Get a specific import binding

        See `np6_client.api.imports.get_import_format` for the parameters and NP6's behaviour.
        """
        response = await get_import_format.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(ImportFormat, response.parsed)


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawImports:
    """The `imports` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Imports` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_imports(
        self,
    ) -> APIResponse[list[ImportDefinition]]:
        """Retrieve all import definitions (the answer as received)."""
        kwargs = list_imports._get_kwargs()
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_imports))

    def create_import(
        self,
        *,
        body: ImportDefinitionRequest,
    ) -> APIResponse[ImportDefinition]:
        """Create an import definition (the answer as received)."""
        kwargs = create_import._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_import))

    def get_import(
        self,
        id: int,
    ) -> APIResponse[ImportDefinition]:
        """Retrieve the specified import definition (the answer as received)."""
        kwargs = get_import._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_import))

    def update_import(
        self,
        id: int,
        *,
        body: ImportDefinitionRequest,
    ) -> APIResponse[ImportDefinition]:
        """Update an existing import definition (the answer as received)."""
        kwargs = update_import._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_import))

    def delete_import(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Delete an import definition (the answer as received)."""
        kwargs = delete_import._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_import))

    def upload_import_source(
        self,
        id: int,
        *,
        body: File,
        content_disposition: str | Unset = UNSET,
    ) -> APIResponse[ImportSourceFile | ImportSourceFtp | UnknownImportSource]:
        """Upload a new file for an import with a binary request (the answer as received)."""
        kwargs = upload_import_source._get_kwargs(
            id=id,
            body=body,
            content_disposition=content_disposition,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, upload_import_source))

    def get_import_execution_state(
        self,
        id: int,
    ) -> APIResponse[ImportExecutionState]:
        """Get the last execution state of an import (the answer as received)."""
        kwargs = get_import_execution_state._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_import_execution_state))

    def start_import_execution(
        self,
        id: int,
        *,
        body: ImportDefinitionRequest | Unset = UNSET,
    ) -> APIResponse[ImportExecution]:
        """Start a new execution for an import (the answer as received)."""
        kwargs = start_import_execution._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, start_import_execution))

    def create_import_format(
        self,
        *,
        body: ImportFormat,
    ) -> APIResponse[ImportFormat]:
        """Create a specific import binding (the answer as received)."""
        kwargs = create_import_format._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_import_format))

    def get_import_format(
        self,
        id: int,
    ) -> APIResponse[ImportFormat]:
        """Get a specific import binding (the answer as received)."""
        kwargs = get_import_format._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_import_format))


class AsyncRawImports:
    """The `imports` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_imports(
        self,
    ) -> APIResponse[list[ImportDefinition]]:
        """Retrieve all import definitions (the answer as received)."""
        kwargs = list_imports._get_kwargs()
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_imports))

    async def create_import(
        self,
        *,
        body: ImportDefinitionRequest,
    ) -> APIResponse[ImportDefinition]:
        """Create an import definition (the answer as received)."""
        kwargs = create_import._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_import))

    async def get_import(
        self,
        id: int,
    ) -> APIResponse[ImportDefinition]:
        """Retrieve the specified import definition (the answer as received)."""
        kwargs = get_import._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_import))

    async def update_import(
        self,
        id: int,
        *,
        body: ImportDefinitionRequest,
    ) -> APIResponse[ImportDefinition]:
        """Update an existing import definition (the answer as received)."""
        kwargs = update_import._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_import))

    async def delete_import(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Delete an import definition (the answer as received)."""
        kwargs = delete_import._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_import))

    async def upload_import_source(
        self,
        id: int,
        *,
        body: File,
        content_disposition: str | Unset = UNSET,
    ) -> APIResponse[ImportSourceFile | ImportSourceFtp | UnknownImportSource]:
        """Upload a new file for an import with a binary request (the answer as received)."""
        kwargs = upload_import_source._get_kwargs(
            id=id,
            body=body,
            content_disposition=content_disposition,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, upload_import_source))

    async def get_import_execution_state(
        self,
        id: int,
    ) -> APIResponse[ImportExecutionState]:
        """Get the last execution state of an import (the answer as received)."""
        kwargs = get_import_execution_state._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_import_execution_state))

    async def start_import_execution(
        self,
        id: int,
        *,
        body: ImportDefinitionRequest | Unset = UNSET,
    ) -> APIResponse[ImportExecution]:
        """Start a new execution for an import (the answer as received)."""
        kwargs = start_import_execution._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, start_import_execution))

    async def create_import_format(
        self,
        *,
        body: ImportFormat,
    ) -> APIResponse[ImportFormat]:
        """Create a specific import binding (the answer as received)."""
        kwargs = create_import_format._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_import_format))

    async def get_import_format(
        self,
        id: int,
    ) -> APIResponse[ImportFormat]:
        """Get a specific import binding (the answer as received)."""
        kwargs = get_import_format._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_import_format))
