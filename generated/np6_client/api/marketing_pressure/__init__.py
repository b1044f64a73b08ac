"""Operations tagged `marketing_pressure`, and the namespaces binding them to a client: `MarketingPressure` /
`AsyncMarketingPressure` return the success body, `RawMarketingPressure` / `AsyncRawMarketingPressure` the answer as received."""

from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.pressure_topic import PressureTopic
from ...types import UNSET, APIResponse, Unset
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


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawMarketingPressure:
    """The `marketing_pressure` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `MarketingPressure` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_pressure_topics(
        self,
    ) -> APIResponse[list[PressureTopic]]:
        """Retrieve all topics (the answer as received)."""
        kwargs = list_pressure_topics._get_kwargs()
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_pressure_topics))

    def get_mandatory_topic_option(
        self,
    ) -> APIResponse[bool]:
        """Retrieve the mandatory topic option (the answer as received)."""
        kwargs = get_mandatory_topic_option._get_kwargs()
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_mandatory_topic_option))

    def set_mandatory_topic_option(
        self,
        *,
        body: bool,
    ) -> APIResponse[bool]:
        """Set the mandatory topic option (the answer as received)."""
        kwargs = set_mandatory_topic_option._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, set_mandatory_topic_option))


class AsyncRawMarketingPressure:
    """The `marketing_pressure` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_pressure_topics(
        self,
    ) -> APIResponse[list[PressureTopic]]:
        """Retrieve all topics (the answer as received)."""
        kwargs = list_pressure_topics._get_kwargs()
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_pressure_topics))

    async def get_mandatory_topic_option(
        self,
    ) -> APIResponse[bool]:
        """Retrieve the mandatory topic option (the answer as received)."""
        kwargs = get_mandatory_topic_option._get_kwargs()
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_mandatory_topic_option))

    async def set_mandatory_topic_option(
        self,
        *,
        body: bool,
    ) -> APIResponse[bool]:
        """Set the mandatory topic option (the answer as received)."""
        kwargs = set_mandatory_topic_option._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, set_mandatory_topic_option))
