"""Operations tagged `legacy`, and the namespaces binding them to a client: `Legacy` /
`AsyncLegacy` return the success body, `RawLegacy` / `AsyncRawLegacy` the answer as received."""

from types import ModuleType
from typing import Any, cast
from uuid import UUID

import httpx

from ...client import AuthenticatedClient
from ...models.legacy_action_statistics import LegacyActionStatistics
from ...models.legacy_bounce_feedback import LegacyBounceFeedback
from ...models.legacy_bulk_send_item import LegacyBulkSendItem
from ...models.legacy_conversation import LegacyConversation
from ...types import UNSET, APIResponse, Unset
from . import (
    get_action_statistics,
    get_message,
    list_action_bounce_feedbacks,
    send_action_to_targets,
)


class Legacy:
    """The `legacy` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_action_statistics(
        self,
        id: str,
    ) -> LegacyActionStatistics:
        """Retrieve the statistics of an action

        See `np6_client.api.legacy.get_action_statistics` for the parameters and NP6's behaviour.
        """
        response = get_action_statistics.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(LegacyActionStatistics, response.parsed)

    def list_action_bounce_feedbacks(
        self,
        id: str,
    ) -> list[LegacyBounceFeedback]:
        """Retrieve the NPAI targets of an action

        See `np6_client.api.legacy.list_action_bounce_feedbacks` for the parameters and NP6's behaviour.
        """
        response = list_action_bounce_feedbacks.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[LegacyBounceFeedback], response.parsed)

    def get_message(
        self,
        id: UUID,
    ) -> LegacyConversation:
        """Retrieve a conversation

        See `np6_client.api.legacy.get_message` for the parameters and NP6's behaviour.
        """
        response = get_message.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(LegacyConversation, response.parsed)

    def send_action_to_targets(
        self,
        id: str,
        *,
        body: list[LegacyBulkSendItem],
    ) -> list[UUID]:
        """Send an action to several targets

        See `np6_client.api.legacy.send_action_to_targets` for the parameters and NP6's behaviour.
        """
        response = send_action_to_targets.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(list[UUID], response.parsed)


class AsyncLegacy:
    """The `legacy` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_action_statistics(
        self,
        id: str,
    ) -> LegacyActionStatistics:
        """Retrieve the statistics of an action

        See `np6_client.api.legacy.get_action_statistics` for the parameters and NP6's behaviour.
        """
        response = await get_action_statistics.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(LegacyActionStatistics, response.parsed)

    async def list_action_bounce_feedbacks(
        self,
        id: str,
    ) -> list[LegacyBounceFeedback]:
        """Retrieve the NPAI targets of an action

        See `np6_client.api.legacy.list_action_bounce_feedbacks` for the parameters and NP6's behaviour.
        """
        response = await list_action_bounce_feedbacks.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[LegacyBounceFeedback], response.parsed)

    async def get_message(
        self,
        id: UUID,
    ) -> LegacyConversation:
        """Retrieve a conversation

        See `np6_client.api.legacy.get_message` for the parameters and NP6's behaviour.
        """
        response = await get_message.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(LegacyConversation, response.parsed)

    async def send_action_to_targets(
        self,
        id: str,
        *,
        body: list[LegacyBulkSendItem],
    ) -> list[UUID]:
        """Send an action to several targets

        See `np6_client.api.legacy.send_action_to_targets` for the parameters and NP6's behaviour.
        """
        response = await send_action_to_targets.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(list[UUID], response.parsed)


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawLegacy:
    """The `legacy` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Legacy` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_action_statistics(
        self,
        id: str,
    ) -> APIResponse[LegacyActionStatistics]:
        """Retrieve the statistics of an action (the answer as received)."""
        kwargs = get_action_statistics._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_action_statistics))

    def list_action_bounce_feedbacks(
        self,
        id: str,
    ) -> APIResponse[list[LegacyBounceFeedback]]:
        """Retrieve the NPAI targets of an action (the answer as received)."""
        kwargs = list_action_bounce_feedbacks._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_action_bounce_feedbacks)
        )

    def get_message(
        self,
        id: UUID,
    ) -> APIResponse[LegacyConversation]:
        """Retrieve a conversation (the answer as received)."""
        kwargs = get_message._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_message))

    def send_action_to_targets(
        self,
        id: str,
        *,
        body: list[LegacyBulkSendItem],
    ) -> APIResponse[list[UUID]]:
        """Send an action to several targets (the answer as received)."""
        kwargs = send_action_to_targets._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, send_action_to_targets))


class AsyncRawLegacy:
    """The `legacy` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_action_statistics(
        self,
        id: str,
    ) -> APIResponse[LegacyActionStatistics]:
        """Retrieve the statistics of an action (the answer as received)."""
        kwargs = get_action_statistics._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_action_statistics))

    async def list_action_bounce_feedbacks(
        self,
        id: str,
    ) -> APIResponse[list[LegacyBounceFeedback]]:
        """Retrieve the NPAI targets of an action (the answer as received)."""
        kwargs = list_action_bounce_feedbacks._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_action_bounce_feedbacks)
        )

    async def get_message(
        self,
        id: UUID,
    ) -> APIResponse[LegacyConversation]:
        """Retrieve a conversation (the answer as received)."""
        kwargs = get_message._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_message))

    async def send_action_to_targets(
        self,
        id: str,
        *,
        body: list[LegacyBulkSendItem],
    ) -> APIResponse[list[UUID]]:
        """Send an action to several targets (the answer as received)."""
        kwargs = send_action_to_targets._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, send_action_to_targets))
