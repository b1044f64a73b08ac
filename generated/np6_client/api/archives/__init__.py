"""Operations tagged `archives`, and the namespaces binding them to a client: `Archives` /
`AsyncArchives` return the success body, `RawArchives` / `AsyncRawArchives` the answer as received."""

import datetime
from collections.abc import Mapping, Sequence
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

        Lists the mail archives of the account, optionally between two dates (the parameters have no
        description in 8.1.0). The response media type is `application/vnd.np6.cm.mail.archive` (JSON).
        The published response sample is cut off, so only its first element is kept (on `MailArchive`).
        Status code not shown (200 inferred).

        Spec note: this literal path must win over `/actions/{id}` when routing (`archives` is not an
        action id).

        Args:
            start_date (datetime.datetime | Unset):
            end_date (datetime.datetime | Unset):

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[MailArchive]
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

        Lists the archives of the mails of one action sent to one target, optionally between two dates.
        Response media type `application/vnd.np6.cm.mail.archive`. The published sample is cut off.
        Status code not shown (200 inferred).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            target (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
            start_date (datetime.datetime | Unset):
            end_date (datetime.datetime | Unset):

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[MailArchive]
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

        Lists the mail archives of the account, optionally between two dates (the parameters have no
        description in 8.1.0). The response media type is `application/vnd.np6.cm.mail.archive` (JSON).
        The published response sample is cut off, so only its first element is kept (on `MailArchive`).
        Status code not shown (200 inferred).

        Spec note: this literal path must win over `/actions/{id}` when routing (`archives` is not an
        action id).

        Args:
            start_date (datetime.datetime | Unset):
            end_date (datetime.datetime | Unset):

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[MailArchive]
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

        Lists the archives of the mails of one action sent to one target, optionally between two dates.
        Response media type `application/vnd.np6.cm.mail.archive`. The published sample is cut off.
        Status code not shown (200 inferred).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            target (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
            start_date (datetime.datetime | Unset):
            end_date (datetime.datetime | Unset):

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[MailArchive]
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
