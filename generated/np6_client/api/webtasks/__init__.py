"""Operations tagged `webtasks`, and the namespaces binding them to a client: `Webtasks` /
`AsyncWebtasks` return the success body, `RawWebtasks` / `AsyncRawWebtasks` the answer as received."""

from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.web_task import WebTask
from ...models.web_task_patch_operation import WebTaskPatchOperation
from ...types import UNSET, APIResponse, Unset
from . import (
    patch_webtask,
)


class Webtasks:
    """The `webtasks` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def patch_webtask(
        self,
        id: int,
        *,
        body: list[WebTaskPatchOperation] | WebTask,
    ) -> WebTask:
        """Update the specified webtask

        See `np6_client.api.webtasks.patch_webtask` for the parameters and NP6's behaviour.
        """
        response = patch_webtask.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(WebTask, response.parsed)


class AsyncWebtasks:
    """The `webtasks` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def patch_webtask(
        self,
        id: int,
        *,
        body: list[WebTaskPatchOperation] | WebTask,
    ) -> WebTask:
        """Update the specified webtask

        See `np6_client.api.webtasks.patch_webtask` for the parameters and NP6's behaviour.
        """
        response = await patch_webtask.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(WebTask, response.parsed)


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawWebtasks:
    """The `webtasks` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Webtasks` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def patch_webtask(
        self,
        id: int,
        *,
        body: list[WebTaskPatchOperation] | WebTask,
    ) -> APIResponse[WebTask]:
        """Update the specified webtask (the answer as received)."""
        kwargs = patch_webtask._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, patch_webtask))


class AsyncRawWebtasks:
    """The `webtasks` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def patch_webtask(
        self,
        id: int,
        *,
        body: list[WebTaskPatchOperation] | WebTask,
    ) -> APIResponse[WebTask]:
        """Update the specified webtask (the answer as received)."""
        kwargs = patch_webtask._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, patch_webtask))
