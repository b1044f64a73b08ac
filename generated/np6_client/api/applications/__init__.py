"""Operations tagged `applications`, and the namespaces binding them to a client: `Applications` /
`AsyncApplications` return the success body, `RawApplications` / `AsyncRawApplications` the answer as received."""

from types import ModuleType
from typing import Any, cast
from uuid import UUID

import httpx

from ...client import AuthenticatedClient
from ...models.notifiable_application_native import NotifiableApplicationNative
from ...models.unknown_notifiable_application import UnknownNotifiableApplication
from ...types import UNSET, APIResponse, Unset
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


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawApplications:
    """The `applications` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Applications` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_notifiable_applications(
        self,
    ) -> APIResponse[list[NotifiableApplicationNative | UnknownNotifiableApplication]]:
        """Retrieve all notifiable applications (the answer as received)."""
        kwargs = list_notifiable_applications._get_kwargs()
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_notifiable_applications)
        )

    def create_notifiable_application(
        self,
        *,
        body: NotifiableApplicationNative | UnknownNotifiableApplication,
    ) -> APIResponse[NotifiableApplicationNative | UnknownNotifiableApplication]:
        """Create a notifiable application (the answer as received)."""
        kwargs = create_notifiable_application._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, create_notifiable_application)
        )

    def get_notifiable_application(
        self,
        uuid: UUID,
    ) -> APIResponse[NotifiableApplicationNative | UnknownNotifiableApplication]:
        """Retrieve the specified notifiable application (the answer as received)."""
        kwargs = get_notifiable_application._get_kwargs(
            uuid=uuid,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_notifiable_application))


class AsyncRawApplications:
    """The `applications` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_notifiable_applications(
        self,
    ) -> APIResponse[list[NotifiableApplicationNative | UnknownNotifiableApplication]]:
        """Retrieve all notifiable applications (the answer as received)."""
        kwargs = list_notifiable_applications._get_kwargs()
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_notifiable_applications)
        )

    async def create_notifiable_application(
        self,
        *,
        body: NotifiableApplicationNative | UnknownNotifiableApplication,
    ) -> APIResponse[NotifiableApplicationNative | UnknownNotifiableApplication]:
        """Create a notifiable application (the answer as received)."""
        kwargs = create_notifiable_application._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, create_notifiable_application)
        )

    async def get_notifiable_application(
        self,
        uuid: UUID,
    ) -> APIResponse[NotifiableApplicationNative | UnknownNotifiableApplication]:
        """Retrieve the specified notifiable application (the answer as received)."""
        kwargs = get_notifiable_application._get_kwargs(
            uuid=uuid,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_notifiable_application))
