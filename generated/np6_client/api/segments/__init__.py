"""Operations tagged `segments`, and the `Segments` / `AsyncSegments` namespaces binding them to a client."""

from typing import Any, cast

from ...client import AuthenticatedClient
from ...models.segment_dynamic import SegmentDynamic
from ...models.segment_informations import SegmentInformations
from ...models.segment_static import SegmentStatic
from ...models.unknown_segment import UnknownSegment
from ...types import UNSET, Unset
from . import (
    add_segment_targets,
    create_segment,
    delete_segment,
    get_segment,
    get_segments_informations,
    list_segment_targets,
    list_segments,
    remove_segment_targets,
    update_segment,
)


class Segments:
    """The `segments` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_segments(
        self,
    ) -> list[SegmentDynamic | SegmentStatic | UnknownSegment]:
        """Retrieve all segments

        See `np6_client.api.segments.list_segments` for the parameters and NP6's behaviour.
        """
        response = list_segments.sync_detailed(
            client=self._client,
        )
        return cast(
            list[SegmentDynamic | SegmentStatic | UnknownSegment], response.parsed
        )

    def create_segment(
        self,
        *,
        body: SegmentDynamic | SegmentStatic | UnknownSegment,
    ) -> SegmentDynamic | SegmentStatic | UnknownSegment:
        """Create a segment

        See `np6_client.api.segments.create_segment` for the parameters and NP6's behaviour.
        """
        response = create_segment.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(SegmentDynamic | SegmentStatic | UnknownSegment, response.parsed)

    def get_segments_informations(
        self,
    ) -> SegmentInformations:
        """Retrieve general segment information

        See `np6_client.api.segments.get_segments_informations` for the parameters and NP6's behaviour.
        """
        response = get_segments_informations.sync_detailed(
            client=self._client,
        )
        return cast(SegmentInformations, response.parsed)

    def get_segment(
        self,
        id: int,
    ) -> SegmentDynamic | SegmentStatic | UnknownSegment:
        """Retrieve a segment

        See `np6_client.api.segments.get_segment` for the parameters and NP6's behaviour.
        """
        response = get_segment.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(SegmentDynamic | SegmentStatic | UnknownSegment, response.parsed)

    def update_segment(
        self,
        id: int,
        *,
        body: SegmentDynamic | SegmentStatic | UnknownSegment,
    ) -> SegmentDynamic | SegmentStatic | UnknownSegment:
        """Update a segment

        See `np6_client.api.segments.update_segment` for the parameters and NP6's behaviour.
        """
        response = update_segment.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(SegmentDynamic | SegmentStatic | UnknownSegment, response.parsed)

    def delete_segment(
        self,
        id: int,
    ) -> None:
        """Delete a segment

        See `np6_client.api.segments.delete_segment` for the parameters and NP6's behaviour.
        """
        response = delete_segment.sync_detailed(
            client=self._client,
            id=id,
        )
        del response

    def list_segment_targets(
        self,
        id: int,
    ) -> list[str]:
        """Retrieve a segment's targets

        See `np6_client.api.segments.list_segment_targets` for the parameters and NP6's behaviour.
        """
        response = list_segment_targets.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[str], response.parsed)

    def add_segment_targets(
        self,
        id: int,
        *,
        body: list[str],
    ) -> int:
        """Add targets to a static segment

        See `np6_client.api.segments.add_segment_targets` for the parameters and NP6's behaviour.
        """
        response = add_segment_targets.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(int, response.parsed)

    def remove_segment_targets(
        self,
        id: int,
    ) -> None:
        """Remove all targets from a segment

        See `np6_client.api.segments.remove_segment_targets` for the parameters and NP6's behaviour.
        """
        response = remove_segment_targets.sync_detailed(
            client=self._client,
            id=id,
        )
        del response


class AsyncSegments:
    """The `segments` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_segments(
        self,
    ) -> list[SegmentDynamic | SegmentStatic | UnknownSegment]:
        """Retrieve all segments

        See `np6_client.api.segments.list_segments` for the parameters and NP6's behaviour.
        """
        response = await list_segments.asyncio_detailed(
            client=self._client,
        )
        return cast(
            list[SegmentDynamic | SegmentStatic | UnknownSegment], response.parsed
        )

    async def create_segment(
        self,
        *,
        body: SegmentDynamic | SegmentStatic | UnknownSegment,
    ) -> SegmentDynamic | SegmentStatic | UnknownSegment:
        """Create a segment

        See `np6_client.api.segments.create_segment` for the parameters and NP6's behaviour.
        """
        response = await create_segment.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(SegmentDynamic | SegmentStatic | UnknownSegment, response.parsed)

    async def get_segments_informations(
        self,
    ) -> SegmentInformations:
        """Retrieve general segment information

        See `np6_client.api.segments.get_segments_informations` for the parameters and NP6's behaviour.
        """
        response = await get_segments_informations.asyncio_detailed(
            client=self._client,
        )
        return cast(SegmentInformations, response.parsed)

    async def get_segment(
        self,
        id: int,
    ) -> SegmentDynamic | SegmentStatic | UnknownSegment:
        """Retrieve a segment

        See `np6_client.api.segments.get_segment` for the parameters and NP6's behaviour.
        """
        response = await get_segment.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(SegmentDynamic | SegmentStatic | UnknownSegment, response.parsed)

    async def update_segment(
        self,
        id: int,
        *,
        body: SegmentDynamic | SegmentStatic | UnknownSegment,
    ) -> SegmentDynamic | SegmentStatic | UnknownSegment:
        """Update a segment

        See `np6_client.api.segments.update_segment` for the parameters and NP6's behaviour.
        """
        response = await update_segment.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(SegmentDynamic | SegmentStatic | UnknownSegment, response.parsed)

    async def delete_segment(
        self,
        id: int,
    ) -> None:
        """Delete a segment

        See `np6_client.api.segments.delete_segment` for the parameters and NP6's behaviour.
        """
        response = await delete_segment.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response

    async def list_segment_targets(
        self,
        id: int,
    ) -> list[str]:
        """Retrieve a segment's targets

        See `np6_client.api.segments.list_segment_targets` for the parameters and NP6's behaviour.
        """
        response = await list_segment_targets.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[str], response.parsed)

    async def add_segment_targets(
        self,
        id: int,
        *,
        body: list[str],
    ) -> int:
        """Add targets to a static segment

        See `np6_client.api.segments.add_segment_targets` for the parameters and NP6's behaviour.
        """
        response = await add_segment_targets.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(int, response.parsed)

    async def remove_segment_targets(
        self,
        id: int,
    ) -> None:
        """Remove all targets from a segment

        See `np6_client.api.segments.remove_segment_targets` for the parameters and NP6's behaviour.
        """
        response = await remove_segment_targets.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response
