"""Operations tagged `applications`, and the `Applications` / `AsyncApplications` namespaces binding them to a client."""

from typing import Any, cast
from uuid import UUID

from ...client import AuthenticatedClient
from ...models.notifiable_application_native import NotifiableApplicationNative
from ...models.unknown_notifiable_application import UnknownNotifiableApplication
from ...types import UNSET, Unset
from . import (
    create_notifiable_application,
    get_notifiable_application,
    list_notifiable_applications,
)


class Applications:
    """The `applications` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_notifiable_applications(
        self,
    ) -> list[NotifiableApplicationNative | UnknownNotifiableApplication]:
        """Retrieve all notifiable applications

        See `np6_client.api.applications.list_notifiable_applications` for the parameters and NP6's behaviour.
        """
        response = list_notifiable_applications.sync_detailed(
            client=self._client,
        )
        return cast(
            list[NotifiableApplicationNative | UnknownNotifiableApplication],
            response.parsed,
        )

    def create_notifiable_application(
        self,
        *,
        body: NotifiableApplicationNative | UnknownNotifiableApplication,
    ) -> NotifiableApplicationNative | UnknownNotifiableApplication:
        """Create a notifiable application

        See `np6_client.api.applications.create_notifiable_application` for the parameters and NP6's behaviour.
        """
        response = create_notifiable_application.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(
            NotifiableApplicationNative | UnknownNotifiableApplication, response.parsed
        )

    def get_notifiable_application(
        self,
        uuid: UUID,
    ) -> NotifiableApplicationNative | UnknownNotifiableApplication:
        """Retrieve the specified notifiable application

        See `np6_client.api.applications.get_notifiable_application` for the parameters and NP6's behaviour.
        """
        response = get_notifiable_application.sync_detailed(
            client=self._client,
            uuid=uuid,
        )
        return cast(
            NotifiableApplicationNative | UnknownNotifiableApplication, response.parsed
        )


class AsyncApplications:
    """The `applications` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_notifiable_applications(
        self,
    ) -> list[NotifiableApplicationNative | UnknownNotifiableApplication]:
        """Retrieve all notifiable applications

        See `np6_client.api.applications.list_notifiable_applications` for the parameters and NP6's behaviour.
        """
        response = await list_notifiable_applications.asyncio_detailed(
            client=self._client,
        )
        return cast(
            list[NotifiableApplicationNative | UnknownNotifiableApplication],
            response.parsed,
        )

    async def create_notifiable_application(
        self,
        *,
        body: NotifiableApplicationNative | UnknownNotifiableApplication,
    ) -> NotifiableApplicationNative | UnknownNotifiableApplication:
        """Create a notifiable application

        See `np6_client.api.applications.create_notifiable_application` for the parameters and NP6's behaviour.
        """
        response = await create_notifiable_application.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(
            NotifiableApplicationNative | UnknownNotifiableApplication, response.parsed
        )

    async def get_notifiable_application(
        self,
        uuid: UUID,
    ) -> NotifiableApplicationNative | UnknownNotifiableApplication:
        """Retrieve the specified notifiable application

        See `np6_client.api.applications.get_notifiable_application` for the parameters and NP6's behaviour.
        """
        response = await get_notifiable_application.asyncio_detailed(
            client=self._client,
            uuid=uuid,
        )
        return cast(
            NotifiableApplicationNative | UnknownNotifiableApplication, response.parsed
        )
