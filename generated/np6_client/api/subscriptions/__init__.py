"""Operations tagged `subscriptions`, and the `Subscriptions` / `AsyncSubscriptions` namespaces binding them to a client."""

from typing import Any, cast

from ...client import AuthenticatedClient
from ...models.subscription import Subscription
from ...types import UNSET, Unset
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
