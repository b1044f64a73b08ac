"""Operations tagged `campaigns`, and the namespaces binding them to a client: `Campaigns` /
`AsyncCampaigns` return the success body, `RawCampaigns` / `AsyncRawCampaigns` the answer as received."""

from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.campaign import Campaign
from ...types import UNSET, APIResponse, Unset
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


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawCampaigns:
    """The `campaigns` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Campaigns` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create_campaign(
        self,
        *,
        body: Campaign,
    ) -> APIResponse[Campaign]:
        """Create a campaign (the answer as received)."""
        kwargs = create_campaign._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_campaign))


class AsyncRawCampaigns:
    """The `campaigns` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create_campaign(
        self,
        *,
        body: Campaign,
    ) -> APIResponse[Campaign]:
        """Create a campaign (the answer as received)."""
        kwargs = create_campaign._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_campaign))
