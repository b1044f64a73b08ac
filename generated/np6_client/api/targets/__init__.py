"""Operations tagged `targets`, and the `Targets` / `AsyncTargets` namespaces binding them to a client."""

import datetime
from typing import Any, cast

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
from ...types import UNSET, Unset
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
