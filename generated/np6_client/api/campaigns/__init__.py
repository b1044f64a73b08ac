"""Operations tagged `campaigns`, and the `Campaigns` / `AsyncCampaigns` namespaces binding them to a client."""

from typing import Any, cast

from ...client import AuthenticatedClient
from ...models.campaign import Campaign
from ...types import UNSET, Unset
from . import (
    create_campaign,
)


class Campaigns:
    """The `campaigns` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create_campaign(
        self,
        *,
        body: Campaign,
    ) -> Campaign:
        """Create a campaign

        See `np6_client.api.campaigns.create_campaign` for the parameters and NP6's behaviour.
        """
        response = create_campaign.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(Campaign, response.parsed)


class AsyncCampaigns:
    """The `campaigns` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create_campaign(
        self,
        *,
        body: Campaign,
    ) -> Campaign:
        """Create a campaign

        See `np6_client.api.campaigns.create_campaign` for the parameters and NP6's behaviour.
        """
        response = await create_campaign.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(Campaign, response.parsed)
