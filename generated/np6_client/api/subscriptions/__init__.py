"""Operations tagged `subscriptions`, and the namespaces binding them to a client: `Subscriptions` /
`AsyncSubscriptions` return the success body, `RawSubscriptions` / `AsyncRawSubscriptions` the answer as received."""

from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.subscription import Subscription
from ...types import UNSET, APIResponse, Unset
from . import (
    create_or_update_subscription,
    delete_subscription,
    delete_subscriptions_by_identity,
    delete_target_subscriptions,
    get_subscription,
    list_subscriptions_by_identity,
    list_target_subscriptions,
)


class Subscriptions:
    """The `subscriptions` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create_or_update_subscription(
        self,
        *,
        body: Subscription,
    ) -> Subscription:
        """Create or update a subscription

        See `np6_client.api.subscriptions.create_or_update_subscription` for the parameters and NP6's behaviour.
        """
        response = create_or_update_subscription.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(Subscription, response.parsed)

    def get_subscription(
        self,
        id: str,
    ) -> Subscription:
        """Retrieve the specified subscription

        See `np6_client.api.subscriptions.get_subscription` for the parameters and NP6's behaviour.
        """
        response = get_subscription.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(Subscription, response.parsed)

    def delete_subscription(
        self,
        id: str,
    ) -> None:
        """Delete the specified subscription

        See `np6_client.api.subscriptions.delete_subscription` for the parameters and NP6's behaviour.
        """
        response = delete_subscription.sync_detailed(
            client=self._client,
            id=id,
        )
        del response

    def list_target_subscriptions(
        self,
        id: str,
    ) -> list[Subscription]:
        """Retrieve subscriptions for the specified contact id

        See `np6_client.api.subscriptions.list_target_subscriptions` for the parameters and NP6's behaviour.
        """
        response = list_target_subscriptions.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[Subscription], response.parsed)

    def delete_target_subscriptions(
        self,
        id: str,
    ) -> None:
        """Delete subscriptions for the specified contact id

        See `np6_client.api.subscriptions.delete_target_subscriptions` for the parameters and NP6's behaviour.
        """
        response = delete_target_subscriptions.sync_detailed(
            client=self._client,
            id=id,
        )
        del response

    def list_subscriptions_by_identity(
        self,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> list[Subscription]:
        """Retrieve subscriptions for the specified contact unicity or hash

        See `np6_client.api.subscriptions.list_subscriptions_by_identity` for the parameters and NP6's behaviour.
        """
        response = list_subscriptions_by_identity.sync_detailed(
            client=self._client,
            unicity=unicity,
            hash_=hash_,
        )
        return cast(list[Subscription], response.parsed)

    def delete_subscriptions_by_identity(
        self,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> None:
        """Delete subscriptions for the specified contact unicity or hash

        See `np6_client.api.subscriptions.delete_subscriptions_by_identity` for the parameters and NP6's behaviour.
        """
        response = delete_subscriptions_by_identity.sync_detailed(
            client=self._client,
            unicity=unicity,
            hash_=hash_,
        )
        del response


class AsyncSubscriptions:
    """The `subscriptions` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create_or_update_subscription(
        self,
        *,
        body: Subscription,
    ) -> Subscription:
        """Create or update a subscription

        See `np6_client.api.subscriptions.create_or_update_subscription` for the parameters and NP6's behaviour.
        """
        response = await create_or_update_subscription.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(Subscription, response.parsed)

    async def get_subscription(
        self,
        id: str,
    ) -> Subscription:
        """Retrieve the specified subscription

        See `np6_client.api.subscriptions.get_subscription` for the parameters and NP6's behaviour.
        """
        response = await get_subscription.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(Subscription, response.parsed)

    async def delete_subscription(
        self,
        id: str,
    ) -> None:
        """Delete the specified subscription

        See `np6_client.api.subscriptions.delete_subscription` for the parameters and NP6's behaviour.
        """
        response = await delete_subscription.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response

    async def list_target_subscriptions(
        self,
        id: str,
    ) -> list[Subscription]:
        """Retrieve subscriptions for the specified contact id

        See `np6_client.api.subscriptions.list_target_subscriptions` for the parameters and NP6's behaviour.
        """
        response = await list_target_subscriptions.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[Subscription], response.parsed)

    async def delete_target_subscriptions(
        self,
        id: str,
    ) -> None:
        """Delete subscriptions for the specified contact id

        See `np6_client.api.subscriptions.delete_target_subscriptions` for the parameters and NP6's behaviour.
        """
        response = await delete_target_subscriptions.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response

    async def list_subscriptions_by_identity(
        self,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> list[Subscription]:
        """Retrieve subscriptions for the specified contact unicity or hash

        See `np6_client.api.subscriptions.list_subscriptions_by_identity` for the parameters and NP6's behaviour.
        """
        response = await list_subscriptions_by_identity.asyncio_detailed(
            client=self._client,
            unicity=unicity,
            hash_=hash_,
        )
        return cast(list[Subscription], response.parsed)

    async def delete_subscriptions_by_identity(
        self,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> None:
        """Delete subscriptions for the specified contact unicity or hash

        See `np6_client.api.subscriptions.delete_subscriptions_by_identity` for the parameters and NP6's behaviour.
        """
        response = await delete_subscriptions_by_identity.asyncio_detailed(
            client=self._client,
            unicity=unicity,
            hash_=hash_,
        )
        del response


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawSubscriptions:
    """The `subscriptions` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Subscriptions` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create_or_update_subscription(
        self,
        *,
        body: Subscription,
    ) -> APIResponse[Subscription]:
        """Create or update a subscription (the answer as received)."""
        kwargs = create_or_update_subscription._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, create_or_update_subscription)
        )

    def get_subscription(
        self,
        id: str,
    ) -> APIResponse[Subscription]:
        """Retrieve the specified subscription (the answer as received)."""
        kwargs = get_subscription._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_subscription))

    def delete_subscription(
        self,
        id: str,
    ) -> APIResponse[None]:
        """Delete the specified subscription (the answer as received)."""
        kwargs = delete_subscription._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_subscription))

    def list_target_subscriptions(
        self,
        id: str,
    ) -> APIResponse[list[Subscription]]:
        """Retrieve subscriptions for the specified contact id (the answer as received)."""
        kwargs = list_target_subscriptions._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_target_subscriptions))

    def delete_target_subscriptions(
        self,
        id: str,
    ) -> APIResponse[None]:
        """Delete subscriptions for the specified contact id (the answer as received)."""
        kwargs = delete_target_subscriptions._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_target_subscriptions))

    def list_subscriptions_by_identity(
        self,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> APIResponse[list[Subscription]]:
        """Retrieve subscriptions for the specified contact unicity or hash (the answer as received)."""
        kwargs = list_subscriptions_by_identity._get_kwargs(
            unicity=unicity,
            hash_=hash_,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_subscriptions_by_identity)
        )

    def delete_subscriptions_by_identity(
        self,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> APIResponse[None]:
        """Delete subscriptions for the specified contact unicity or hash (the answer as received)."""
        kwargs = delete_subscriptions_by_identity._get_kwargs(
            unicity=unicity,
            hash_=hash_,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, delete_subscriptions_by_identity)
        )


class AsyncRawSubscriptions:
    """The `subscriptions` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create_or_update_subscription(
        self,
        *,
        body: Subscription,
    ) -> APIResponse[Subscription]:
        """Create or update a subscription (the answer as received)."""
        kwargs = create_or_update_subscription._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, create_or_update_subscription)
        )

    async def get_subscription(
        self,
        id: str,
    ) -> APIResponse[Subscription]:
        """Retrieve the specified subscription (the answer as received)."""
        kwargs = get_subscription._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_subscription))

    async def delete_subscription(
        self,
        id: str,
    ) -> APIResponse[None]:
        """Delete the specified subscription (the answer as received)."""
        kwargs = delete_subscription._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_subscription))

    async def list_target_subscriptions(
        self,
        id: str,
    ) -> APIResponse[list[Subscription]]:
        """Retrieve subscriptions for the specified contact id (the answer as received)."""
        kwargs = list_target_subscriptions._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_target_subscriptions))

    async def delete_target_subscriptions(
        self,
        id: str,
    ) -> APIResponse[None]:
        """Delete subscriptions for the specified contact id (the answer as received)."""
        kwargs = delete_target_subscriptions._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_target_subscriptions))

    async def list_subscriptions_by_identity(
        self,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> APIResponse[list[Subscription]]:
        """Retrieve subscriptions for the specified contact unicity or hash (the answer as received)."""
        kwargs = list_subscriptions_by_identity._get_kwargs(
            unicity=unicity,
            hash_=hash_,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_subscriptions_by_identity)
        )

    async def delete_subscriptions_by_identity(
        self,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> APIResponse[None]:
        """Delete subscriptions for the specified contact unicity or hash (the answer as received)."""
        kwargs = delete_subscriptions_by_identity._get_kwargs(
            unicity=unicity,
            hash_=hash_,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, delete_subscriptions_by_identity)
        )
