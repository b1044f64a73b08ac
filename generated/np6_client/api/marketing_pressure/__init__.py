"""Operations tagged `marketing_pressure`, and the `MarketingPressure` / `AsyncMarketingPressure` namespaces binding them to a client."""

from typing import Any, cast

from ...client import AuthenticatedClient
from ...models.pressure_topic import PressureTopic
from ...types import UNSET, Unset
from . import (
    get_mandatory_topic_option,
    list_pressure_topics,
    set_mandatory_topic_option,
)


class MarketingPressure:
    """The `marketing_pressure` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_pressure_topics(
        self,
    ) -> list[PressureTopic]:
        """Retrieve all topics

        See `np6_client.api.marketing_pressure.list_pressure_topics` for the parameters and NP6's behaviour.
        """
        response = list_pressure_topics.sync_detailed(
            client=self._client,
        )
        return cast(list[PressureTopic], response.parsed)

    def get_mandatory_topic_option(
        self,
    ) -> bool:
        """Retrieve the mandatory topic option

        See `np6_client.api.marketing_pressure.get_mandatory_topic_option` for the parameters and NP6's behaviour.
        """
        response = get_mandatory_topic_option.sync_detailed(
            client=self._client,
        )
        return cast(bool, response.parsed)

    def set_mandatory_topic_option(
        self,
        *,
        body: bool,
    ) -> bool:
        """Set the mandatory topic option

        See `np6_client.api.marketing_pressure.set_mandatory_topic_option` for the parameters and NP6's behaviour.
        """
        response = set_mandatory_topic_option.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(bool, response.parsed)


class AsyncMarketingPressure:
    """The `marketing_pressure` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_pressure_topics(
        self,
    ) -> list[PressureTopic]:
        """Retrieve all topics

        See `np6_client.api.marketing_pressure.list_pressure_topics` for the parameters and NP6's behaviour.
        """
        response = await list_pressure_topics.asyncio_detailed(
            client=self._client,
        )
        return cast(list[PressureTopic], response.parsed)

    async def get_mandatory_topic_option(
        self,
    ) -> bool:
        """Retrieve the mandatory topic option

        See `np6_client.api.marketing_pressure.get_mandatory_topic_option` for the parameters and NP6's behaviour.
        """
        response = await get_mandatory_topic_option.asyncio_detailed(
            client=self._client,
        )
        return cast(bool, response.parsed)

    async def set_mandatory_topic_option(
        self,
        *,
        body: bool,
    ) -> bool:
        """Set the mandatory topic option

        See `np6_client.api.marketing_pressure.set_mandatory_topic_option` for the parameters and NP6's behaviour.
        """
        response = await set_mandatory_topic_option.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(bool, response.parsed)
