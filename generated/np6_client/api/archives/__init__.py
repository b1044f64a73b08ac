"""Operations tagged `archives`, and the `Archives` / `AsyncArchives` namespaces binding them to a client."""

import datetime
from typing import Any, cast

from ...client import AuthenticatedClient
from ...models.mail_archive import MailArchive
from ...types import UNSET, Unset
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
