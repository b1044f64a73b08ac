"""Operations tagged `webtasks`, and the `Webtasks` / `AsyncWebtasks` namespaces binding them to a client."""

from typing import Any, cast

from ...client import AuthenticatedClient
from ...models.web_task import WebTask
from ...models.web_task_patch_operation import WebTaskPatchOperation
from ...types import UNSET, Unset
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
