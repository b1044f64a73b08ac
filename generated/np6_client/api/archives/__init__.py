"""Operations tagged `archives`, and the namespaces binding them to a client: `Archives` /
`AsyncArchives` return the success body, `RawArchives` / `AsyncRawArchives` the answer as received."""

import datetime
from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.mail_archive import MailArchive
from ...types import UNSET, APIResponse, Unset
from . import (
    list_action_target_archives,
    list_archives,
)


class Archives:
    """The `archives` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_archives(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> list[MailArchive]:
        """Retrieve all archives of the account

        See `np6_client.api.archives.list_archives` for the parameters and NP6's behaviour.
        """
        response = list_archives.sync_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )
        return cast(list[MailArchive], response.parsed)

    def list_action_target_archives(
        self,
        id: str,
        target: str,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> list[MailArchive]:
        """Retrieve all archives of the action sent to that target

        See `np6_client.api.archives.list_action_target_archives` for the parameters and NP6's behaviour.
        """
        response = list_action_target_archives.sync_detailed(
            client=self._client,
            id=id,
            target=target,
            start_date=start_date,
            end_date=end_date,
        )
        return cast(list[MailArchive], response.parsed)


class AsyncArchives:
    """The `archives` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_archives(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> list[MailArchive]:
        """Retrieve all archives of the account

        See `np6_client.api.archives.list_archives` for the parameters and NP6's behaviour.
        """
        response = await list_archives.asyncio_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )
        return cast(list[MailArchive], response.parsed)

    async def list_action_target_archives(
        self,
        id: str,
        target: str,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> list[MailArchive]:
        """Retrieve all archives of the action sent to that target

        See `np6_client.api.archives.list_action_target_archives` for the parameters and NP6's behaviour.
        """
        response = await list_action_target_archives.asyncio_detailed(
            client=self._client,
            id=id,
            target=target,
            start_date=start_date,
            end_date=end_date,
        )
        return cast(list[MailArchive], response.parsed)


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawArchives:
    """The `archives` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Archives` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_archives(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> APIResponse[list[MailArchive]]:
        """Retrieve all archives of the account (the answer as received)."""
        kwargs = list_archives._get_kwargs(
            start_date=start_date,
            end_date=end_date,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_archives))

    def list_action_target_archives(
        self,
        id: str,
        target: str,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> APIResponse[list[MailArchive]]:
        """Retrieve all archives of the action sent to that target (the answer as received)."""
        kwargs = list_action_target_archives._get_kwargs(
            id=id,
            target=target,
            start_date=start_date,
            end_date=end_date,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_action_target_archives))


class AsyncRawArchives:
    """The `archives` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_archives(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> APIResponse[list[MailArchive]]:
        """Retrieve all archives of the account (the answer as received)."""
        kwargs = list_archives._get_kwargs(
            start_date=start_date,
            end_date=end_date,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_archives))

    async def list_action_target_archives(
        self,
        id: str,
        target: str,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> APIResponse[list[MailArchive]]:
        """Retrieve all archives of the action sent to that target (the answer as received)."""
        kwargs = list_action_target_archives._get_kwargs(
            id=id,
            target=target,
            start_date=start_date,
            end_date=end_date,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_action_target_archives))
