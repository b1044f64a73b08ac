"""Operations tagged `legacy`, and the `Legacy` / `AsyncLegacy` namespaces binding them to a client."""

from typing import Any, cast
from uuid import UUID

from ...client import AuthenticatedClient
from ...models.legacy_action_statistics import LegacyActionStatistics
from ...models.legacy_bounce_feedback import LegacyBounceFeedback
from ...models.legacy_bulk_send_item import LegacyBulkSendItem
from ...models.legacy_conversation import LegacyConversation
from ...types import UNSET, Unset
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
