"""Operations tagged `targets`, and the namespaces binding them to a client: `Targets` /
`AsyncTargets` return the success body, `RawTargets` / `AsyncRawTargets` the answer as received."""

import datetime
from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.bulk_target_deletion_by_id import BulkTargetDeletionById
from ...models.bulk_target_deletion_by_segment import BulkTargetDeletionBySegment
from ...models.bulk_target_deletion_by_unicity import BulkTargetDeletionByUnicity
from ...models.redlist_entry import RedlistEntry
from ...models.target import Target
from ...models.target_bounce_hard_domain import TargetBounceHardDomain
from ...models.target_bounce_hard_user import TargetBounceHardUser
from ...models.target_bounce_summary import TargetBounceSummary
from ...models.target_create_request import TargetCreateRequest
from ...models.target_field_selection import TargetFieldSelection
from ...models.target_update_request import TargetUpdateRequest
from ...models.targets_count import TargetsCount
from ...models.unknown_target_bounce import UnknownTargetBounce
from ...types import UNSET, APIResponse, Unset
from . import (
    add_target_to_mail_redlist,
    add_target_to_segment,
    add_target_to_sms_redlist,
    count_targets,
    create_target,
    delete_target,
    delete_targets,
    get_target,
    get_target_by_identity,
    list_bounced_targets,
    list_mail_redlist,
    list_sms_redlist,
    list_target_segments,
    remove_target_from_segment,
    set_target_bounce,
    update_target,
    update_target_by_identity,
)


class Targets:
    """The `targets` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_target_by_identity(
        self,
        *,
        body: list[str] | Unset = UNSET,
        hash_: str | Unset = UNSET,
        unicity: list[str] | Unset = UNSET,
    ) -> Target:
        """Retrieve a target (experimental)

        See `np6_client.api.targets.get_target_by_identity` for the parameters and NP6's behaviour.
        """
        response = get_target_by_identity.sync_detailed(
            client=self._client,
            body=body,
            hash_=hash_,
            unicity=unicity,
        )
        return cast(Target, response.parsed)

    def update_target_by_identity(
        self,
        *,
        body: TargetUpdateRequest,
        unicity: list[str] | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> Target:
        """Update a target

        See `np6_client.api.targets.update_target_by_identity` for the parameters and NP6's behaviour.
        """
        response = update_target_by_identity.sync_detailed(
            client=self._client,
            body=body,
            unicity=unicity,
            hash_=hash_,
        )
        return cast(Target, response.parsed)

    def create_target(
        self,
        *,
        body: TargetCreateRequest,
    ) -> Target:
        """Create a target

        See `np6_client.api.targets.create_target` for the parameters and NP6's behaviour.
        """
        response = create_target.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(Target, response.parsed)

    def delete_targets(
        self,
        *,
        body: BulkTargetDeletionById
        | BulkTargetDeletionBySegment
        | BulkTargetDeletionByUnicity,
    ) -> None:
        """Delete Targets by bulk

        See `np6_client.api.targets.delete_targets` for the parameters and NP6's behaviour.
        """
        response = delete_targets.sync_detailed(
            client=self._client,
            body=body,
        )
        del response

    def count_targets(
        self,
    ) -> TargetsCount:
        """Retrieve the total number of targets

        See `np6_client.api.targets.count_targets` for the parameters and NP6's behaviour.
        """
        response = count_targets.sync_detailed(
            client=self._client,
        )
        return cast(TargetsCount, response.parsed)

    def get_target(
        self,
        id: str,
        *,
        body: TargetFieldSelection | Unset = UNSET,
    ) -> Target:
        """Retrieve a target (experimental)

        See `np6_client.api.targets.get_target` for the parameters and NP6's behaviour.
        """
        response = get_target.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(Target, response.parsed)

    def update_target(
        self,
        id: str,
        *,
        body: TargetUpdateRequest,
    ) -> Target:
        """Update a target

        See `np6_client.api.targets.update_target` for the parameters and NP6's behaviour.
        """
        response = update_target.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(Target, response.parsed)

    def delete_target(
        self,
        id: str,
    ) -> None:
        """Delete a target

        See `np6_client.api.targets.delete_target` for the parameters and NP6's behaviour.
        """
        response = delete_target.sync_detailed(
            client=self._client,
            id=id,
        )
        del response

    def list_target_segments(
        self,
        id: str,
    ) -> list[int]:
        """Retrieve all segments associated with a target

        See `np6_client.api.targets.list_target_segments` for the parameters and NP6's behaviour.
        """
        response = list_target_segments.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[int], response.parsed)

    def add_target_to_segment(
        self,
        id: str,
        segment_id: int,
    ) -> None:
        """Add a target to a segment

        See `np6_client.api.targets.add_target_to_segment` for the parameters and NP6's behaviour.
        """
        response = add_target_to_segment.sync_detailed(
            client=self._client,
            id=id,
            segment_id=segment_id,
        )
        del response

    def remove_target_from_segment(
        self,
        id: str,
        segment_id: int,
    ) -> None:
        """Remove a target from a segment

        See `np6_client.api.targets.remove_target_from_segment` for the parameters and NP6's behaviour.
        """
        response = remove_target_from_segment.sync_detailed(
            client=self._client,
            id=id,
            segment_id=segment_id,
        )
        del response

    def add_target_to_mail_redlist(
        self,
        id: str,
        *,
        body: RedlistEntry,
    ) -> None:
        """Put the target in redlist's mail

        See `np6_client.api.targets.add_target_to_mail_redlist` for the parameters and NP6's behaviour.
        """
        response = add_target_to_mail_redlist.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        del response

    def add_target_to_sms_redlist(
        self,
        id: str,
        *,
        body: RedlistEntry,
    ) -> None:
        """Put the target in redlist's sms

        See `np6_client.api.targets.add_target_to_sms_redlist` for the parameters and NP6's behaviour.
        """
        response = add_target_to_sms_redlist.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        del response

    def list_mail_redlist(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> list[RedlistEntry] | None:
        """Retrieve the mail redlist

        See `np6_client.api.targets.list_mail_redlist` for the parameters and NP6's behaviour.
        """
        response = list_mail_redlist.sync_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )
        return cast(list[RedlistEntry] | None, response.parsed)

    def list_sms_redlist(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> list[RedlistEntry] | None:
        """Retrieve the sms redlist

        See `np6_client.api.targets.list_sms_redlist` for the parameters and NP6's behaviour.
        """
        response = list_sms_redlist.sync_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )
        return cast(list[RedlistEntry] | None, response.parsed)

    def set_target_bounce(
        self,
        id: str,
        field_id: int,
        *,
        body: TargetBounceHardDomain | TargetBounceHardUser | UnknownTargetBounce,
    ) -> None:
        """Set a bounce on a target field

        See `np6_client.api.targets.set_target_bounce` for the parameters and NP6's behaviour.
        """
        response = set_target_bounce.sync_detailed(
            client=self._client,
            id=id,
            field_id=field_id,
            body=body,
        )
        del response

    def list_bounced_targets(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> list[TargetBounceSummary]:
        """Retrieve bounces

        See `np6_client.api.targets.list_bounced_targets` for the parameters and NP6's behaviour.
        """
        response = list_bounced_targets.sync_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )
        return cast(list[TargetBounceSummary], response.parsed)


class AsyncTargets:
    """The `targets` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_target_by_identity(
        self,
        *,
        body: list[str] | Unset = UNSET,
        hash_: str | Unset = UNSET,
        unicity: list[str] | Unset = UNSET,
    ) -> Target:
        """Retrieve a target (experimental)

        See `np6_client.api.targets.get_target_by_identity` for the parameters and NP6's behaviour.
        """
        response = await get_target_by_identity.asyncio_detailed(
            client=self._client,
            body=body,
            hash_=hash_,
            unicity=unicity,
        )
        return cast(Target, response.parsed)

    async def update_target_by_identity(
        self,
        *,
        body: TargetUpdateRequest,
        unicity: list[str] | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> Target:
        """Update a target

        See `np6_client.api.targets.update_target_by_identity` for the parameters and NP6's behaviour.
        """
        response = await update_target_by_identity.asyncio_detailed(
            client=self._client,
            body=body,
            unicity=unicity,
            hash_=hash_,
        )
        return cast(Target, response.parsed)

    async def create_target(
        self,
        *,
        body: TargetCreateRequest,
    ) -> Target:
        """Create a target

        See `np6_client.api.targets.create_target` for the parameters and NP6's behaviour.
        """
        response = await create_target.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(Target, response.parsed)

    async def delete_targets(
        self,
        *,
        body: BulkTargetDeletionById
        | BulkTargetDeletionBySegment
        | BulkTargetDeletionByUnicity,
    ) -> None:
        """Delete Targets by bulk

        See `np6_client.api.targets.delete_targets` for the parameters and NP6's behaviour.
        """
        response = await delete_targets.asyncio_detailed(
            client=self._client,
            body=body,
        )
        del response

    async def count_targets(
        self,
    ) -> TargetsCount:
        """Retrieve the total number of targets

        See `np6_client.api.targets.count_targets` for the parameters and NP6's behaviour.
        """
        response = await count_targets.asyncio_detailed(
            client=self._client,
        )
        return cast(TargetsCount, response.parsed)

    async def get_target(
        self,
        id: str,
        *,
        body: TargetFieldSelection | Unset = UNSET,
    ) -> Target:
        """Retrieve a target (experimental)

        See `np6_client.api.targets.get_target` for the parameters and NP6's behaviour.
        """
        response = await get_target.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(Target, response.parsed)

    async def update_target(
        self,
        id: str,
        *,
        body: TargetUpdateRequest,
    ) -> Target:
        """Update a target

        See `np6_client.api.targets.update_target` for the parameters and NP6's behaviour.
        """
        response = await update_target.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(Target, response.parsed)

    async def delete_target(
        self,
        id: str,
    ) -> None:
        """Delete a target

        See `np6_client.api.targets.delete_target` for the parameters and NP6's behaviour.
        """
        response = await delete_target.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response

    async def list_target_segments(
        self,
        id: str,
    ) -> list[int]:
        """Retrieve all segments associated with a target

        See `np6_client.api.targets.list_target_segments` for the parameters and NP6's behaviour.
        """
        response = await list_target_segments.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[int], response.parsed)

    async def add_target_to_segment(
        self,
        id: str,
        segment_id: int,
    ) -> None:
        """Add a target to a segment

        See `np6_client.api.targets.add_target_to_segment` for the parameters and NP6's behaviour.
        """
        response = await add_target_to_segment.asyncio_detailed(
            client=self._client,
            id=id,
            segment_id=segment_id,
        )
        del response

    async def remove_target_from_segment(
        self,
        id: str,
        segment_id: int,
    ) -> None:
        """Remove a target from a segment

        See `np6_client.api.targets.remove_target_from_segment` for the parameters and NP6's behaviour.
        """
        response = await remove_target_from_segment.asyncio_detailed(
            client=self._client,
            id=id,
            segment_id=segment_id,
        )
        del response

    async def add_target_to_mail_redlist(
        self,
        id: str,
        *,
        body: RedlistEntry,
    ) -> None:
        """Put the target in redlist's mail

        See `np6_client.api.targets.add_target_to_mail_redlist` for the parameters and NP6's behaviour.
        """
        response = await add_target_to_mail_redlist.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        del response

    async def add_target_to_sms_redlist(
        self,
        id: str,
        *,
        body: RedlistEntry,
    ) -> None:
        """Put the target in redlist's sms

        See `np6_client.api.targets.add_target_to_sms_redlist` for the parameters and NP6's behaviour.
        """
        response = await add_target_to_sms_redlist.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        del response

    async def list_mail_redlist(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> list[RedlistEntry] | None:
        """Retrieve the mail redlist

        See `np6_client.api.targets.list_mail_redlist` for the parameters and NP6's behaviour.
        """
        response = await list_mail_redlist.asyncio_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )
        return cast(list[RedlistEntry] | None, response.parsed)

    async def list_sms_redlist(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> list[RedlistEntry] | None:
        """Retrieve the sms redlist

        See `np6_client.api.targets.list_sms_redlist` for the parameters and NP6's behaviour.
        """
        response = await list_sms_redlist.asyncio_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )
        return cast(list[RedlistEntry] | None, response.parsed)

    async def set_target_bounce(
        self,
        id: str,
        field_id: int,
        *,
        body: TargetBounceHardDomain | TargetBounceHardUser | UnknownTargetBounce,
    ) -> None:
        """Set a bounce on a target field

        See `np6_client.api.targets.set_target_bounce` for the parameters and NP6's behaviour.
        """
        response = await set_target_bounce.asyncio_detailed(
            client=self._client,
            id=id,
            field_id=field_id,
            body=body,
        )
        del response

    async def list_bounced_targets(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> list[TargetBounceSummary]:
        """Retrieve bounces

        See `np6_client.api.targets.list_bounced_targets` for the parameters and NP6's behaviour.
        """
        response = await list_bounced_targets.asyncio_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )
        return cast(list[TargetBounceSummary], response.parsed)


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawTargets:
    """The `targets` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Targets` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_target_by_identity(
        self,
        *,
        body: list[str] | Unset = UNSET,
        hash_: str | Unset = UNSET,
        unicity: list[str] | Unset = UNSET,
    ) -> APIResponse[Target]:
        """Retrieve a target (experimental) (the answer as received)."""
        kwargs = get_target_by_identity._get_kwargs(
            body=body,
            hash_=hash_,
            unicity=unicity,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_target_by_identity))

    def update_target_by_identity(
        self,
        *,
        body: TargetUpdateRequest,
        unicity: list[str] | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> APIResponse[Target]:
        """Update a target (the answer as received)."""
        kwargs = update_target_by_identity._get_kwargs(
            body=body,
            unicity=unicity,
            hash_=hash_,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_target_by_identity))

    def create_target(
        self,
        *,
        body: TargetCreateRequest,
    ) -> APIResponse[Target]:
        """Create a target (the answer as received)."""
        kwargs = create_target._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_target))

    def delete_targets(
        self,
        *,
        body: BulkTargetDeletionById
        | BulkTargetDeletionBySegment
        | BulkTargetDeletionByUnicity,
    ) -> APIResponse[None]:
        """Delete Targets by bulk (the answer as received)."""
        kwargs = delete_targets._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_targets))

    def count_targets(
        self,
    ) -> APIResponse[TargetsCount]:
        """Retrieve the total number of targets (the answer as received)."""
        kwargs = count_targets._get_kwargs()
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, count_targets))

    def get_target(
        self,
        id: str,
        *,
        body: TargetFieldSelection | Unset = UNSET,
    ) -> APIResponse[Target]:
        """Retrieve a target (experimental) (the answer as received)."""
        kwargs = get_target._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_target))

    def update_target(
        self,
        id: str,
        *,
        body: TargetUpdateRequest,
    ) -> APIResponse[Target]:
        """Update a target (the answer as received)."""
        kwargs = update_target._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_target))

    def delete_target(
        self,
        id: str,
    ) -> APIResponse[None]:
        """Delete a target (the answer as received)."""
        kwargs = delete_target._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_target))

    def list_target_segments(
        self,
        id: str,
    ) -> APIResponse[list[int]]:
        """Retrieve all segments associated with a target (the answer as received)."""
        kwargs = list_target_segments._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_target_segments))

    def add_target_to_segment(
        self,
        id: str,
        segment_id: int,
    ) -> APIResponse[None]:
        """Add a target to a segment (the answer as received)."""
        kwargs = add_target_to_segment._get_kwargs(
            id=id,
            segment_id=segment_id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, add_target_to_segment))

    def remove_target_from_segment(
        self,
        id: str,
        segment_id: int,
    ) -> APIResponse[None]:
        """Remove a target from a segment (the answer as received)."""
        kwargs = remove_target_from_segment._get_kwargs(
            id=id,
            segment_id=segment_id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, remove_target_from_segment))

    def add_target_to_mail_redlist(
        self,
        id: str,
        *,
        body: RedlistEntry,
    ) -> APIResponse[None]:
        """Put the target in redlist's mail (the answer as received)."""
        kwargs = add_target_to_mail_redlist._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, add_target_to_mail_redlist))

    def add_target_to_sms_redlist(
        self,
        id: str,
        *,
        body: RedlistEntry,
    ) -> APIResponse[None]:
        """Put the target in redlist's sms (the answer as received)."""
        kwargs = add_target_to_sms_redlist._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, add_target_to_sms_redlist))

    def list_mail_redlist(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> APIResponse[list[RedlistEntry] | None]:
        """Retrieve the mail redlist (the answer as received)."""
        kwargs = list_mail_redlist._get_kwargs(
            start_date=start_date,
            end_date=end_date,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_mail_redlist))

    def list_sms_redlist(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> APIResponse[list[RedlistEntry] | None]:
        """Retrieve the sms redlist (the answer as received)."""
        kwargs = list_sms_redlist._get_kwargs(
            start_date=start_date,
            end_date=end_date,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_sms_redlist))

    def set_target_bounce(
        self,
        id: str,
        field_id: int,
        *,
        body: TargetBounceHardDomain | TargetBounceHardUser | UnknownTargetBounce,
    ) -> APIResponse[None]:
        """Set a bounce on a target field (the answer as received)."""
        kwargs = set_target_bounce._get_kwargs(
            id=id,
            field_id=field_id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, set_target_bounce))

    def list_bounced_targets(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> APIResponse[list[TargetBounceSummary]]:
        """Retrieve bounces (the answer as received)."""
        kwargs = list_bounced_targets._get_kwargs(
            start_date=start_date,
            end_date=end_date,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_bounced_targets))


class AsyncRawTargets:
    """The `targets` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_target_by_identity(
        self,
        *,
        body: list[str] | Unset = UNSET,
        hash_: str | Unset = UNSET,
        unicity: list[str] | Unset = UNSET,
    ) -> APIResponse[Target]:
        """Retrieve a target (experimental) (the answer as received)."""
        kwargs = get_target_by_identity._get_kwargs(
            body=body,
            hash_=hash_,
            unicity=unicity,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_target_by_identity))

    async def update_target_by_identity(
        self,
        *,
        body: TargetUpdateRequest,
        unicity: list[str] | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> APIResponse[Target]:
        """Update a target (the answer as received)."""
        kwargs = update_target_by_identity._get_kwargs(
            body=body,
            unicity=unicity,
            hash_=hash_,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_target_by_identity))

    async def create_target(
        self,
        *,
        body: TargetCreateRequest,
    ) -> APIResponse[Target]:
        """Create a target (the answer as received)."""
        kwargs = create_target._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_target))

    async def delete_targets(
        self,
        *,
        body: BulkTargetDeletionById
        | BulkTargetDeletionBySegment
        | BulkTargetDeletionByUnicity,
    ) -> APIResponse[None]:
        """Delete Targets by bulk (the answer as received)."""
        kwargs = delete_targets._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_targets))

    async def count_targets(
        self,
    ) -> APIResponse[TargetsCount]:
        """Retrieve the total number of targets (the answer as received)."""
        kwargs = count_targets._get_kwargs()
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, count_targets))

    async def get_target(
        self,
        id: str,
        *,
        body: TargetFieldSelection | Unset = UNSET,
    ) -> APIResponse[Target]:
        """Retrieve a target (experimental) (the answer as received)."""
        kwargs = get_target._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_target))

    async def update_target(
        self,
        id: str,
        *,
        body: TargetUpdateRequest,
    ) -> APIResponse[Target]:
        """Update a target (the answer as received)."""
        kwargs = update_target._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_target))

    async def delete_target(
        self,
        id: str,
    ) -> APIResponse[None]:
        """Delete a target (the answer as received)."""
        kwargs = delete_target._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_target))

    async def list_target_segments(
        self,
        id: str,
    ) -> APIResponse[list[int]]:
        """Retrieve all segments associated with a target (the answer as received)."""
        kwargs = list_target_segments._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_target_segments))

    async def add_target_to_segment(
        self,
        id: str,
        segment_id: int,
    ) -> APIResponse[None]:
        """Add a target to a segment (the answer as received)."""
        kwargs = add_target_to_segment._get_kwargs(
            id=id,
            segment_id=segment_id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, add_target_to_segment))

    async def remove_target_from_segment(
        self,
        id: str,
        segment_id: int,
    ) -> APIResponse[None]:
        """Remove a target from a segment (the answer as received)."""
        kwargs = remove_target_from_segment._get_kwargs(
            id=id,
            segment_id=segment_id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, remove_target_from_segment))

    async def add_target_to_mail_redlist(
        self,
        id: str,
        *,
        body: RedlistEntry,
    ) -> APIResponse[None]:
        """Put the target in redlist's mail (the answer as received)."""
        kwargs = add_target_to_mail_redlist._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, add_target_to_mail_redlist))

    async def add_target_to_sms_redlist(
        self,
        id: str,
        *,
        body: RedlistEntry,
    ) -> APIResponse[None]:
        """Put the target in redlist's sms (the answer as received)."""
        kwargs = add_target_to_sms_redlist._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, add_target_to_sms_redlist))

    async def list_mail_redlist(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> APIResponse[list[RedlistEntry] | None]:
        """Retrieve the mail redlist (the answer as received)."""
        kwargs = list_mail_redlist._get_kwargs(
            start_date=start_date,
            end_date=end_date,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_mail_redlist))

    async def list_sms_redlist(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> APIResponse[list[RedlistEntry] | None]:
        """Retrieve the sms redlist (the answer as received)."""
        kwargs = list_sms_redlist._get_kwargs(
            start_date=start_date,
            end_date=end_date,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_sms_redlist))

    async def set_target_bounce(
        self,
        id: str,
        field_id: int,
        *,
        body: TargetBounceHardDomain | TargetBounceHardUser | UnknownTargetBounce,
    ) -> APIResponse[None]:
        """Set a bounce on a target field (the answer as received)."""
        kwargs = set_target_bounce._get_kwargs(
            id=id,
            field_id=field_id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, set_target_bounce))

    async def list_bounced_targets(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
    ) -> APIResponse[list[TargetBounceSummary]]:
        """Retrieve bounces (the answer as received)."""
        kwargs = list_bounced_targets._get_kwargs(
            start_date=start_date,
            end_date=end_date,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_bounced_targets))
