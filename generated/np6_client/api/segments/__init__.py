"""Operations tagged `segments`, and the namespaces binding them to a client: `Segments` /
`AsyncSegments` return the success body, `RawSegments` / `AsyncRawSegments` the answer as received."""

from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.segment_dynamic import SegmentDynamic
from ...models.segment_dynamic_request import SegmentDynamicRequest
from ...models.segment_informations import SegmentInformations
from ...models.segment_static import SegmentStatic
from ...models.segment_static_request import SegmentStaticRequest
from ...models.unknown_segment import UnknownSegment
from ...models.unknown_segment_request import UnknownSegmentRequest
from ...types import UNSET, APIResponse, Unset
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
        body: SegmentDynamicRequest | SegmentStaticRequest | UnknownSegmentRequest,
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
        body: SegmentDynamicRequest | SegmentStaticRequest | UnknownSegmentRequest,
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
        body: SegmentDynamicRequest | SegmentStaticRequest | UnknownSegmentRequest,
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
        body: SegmentDynamicRequest | SegmentStaticRequest | UnknownSegmentRequest,
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


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawSegments:
    """The `segments` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Segments` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_segments(
        self,
    ) -> APIResponse[list[SegmentDynamic | SegmentStatic | UnknownSegment]]:
        """Retrieve all segments (the answer as received)."""
        kwargs = list_segments._get_kwargs()
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_segments))

    def create_segment(
        self,
        *,
        body: SegmentDynamicRequest | SegmentStaticRequest | UnknownSegmentRequest,
    ) -> APIResponse[SegmentDynamic | SegmentStatic | UnknownSegment]:
        """Create a segment (the answer as received)."""
        kwargs = create_segment._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_segment))

    def get_segments_informations(
        self,
    ) -> APIResponse[SegmentInformations]:
        """Retrieve general segment information (the answer as received)."""
        kwargs = get_segments_informations._get_kwargs()
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_segments_informations))

    def get_segment(
        self,
        id: int,
    ) -> APIResponse[SegmentDynamic | SegmentStatic | UnknownSegment]:
        """Retrieve a segment (the answer as received)."""
        kwargs = get_segment._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_segment))

    def update_segment(
        self,
        id: int,
        *,
        body: SegmentDynamicRequest | SegmentStaticRequest | UnknownSegmentRequest,
    ) -> APIResponse[SegmentDynamic | SegmentStatic | UnknownSegment]:
        """Update a segment (the answer as received)."""
        kwargs = update_segment._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_segment))

    def delete_segment(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Delete a segment (the answer as received)."""
        kwargs = delete_segment._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_segment))

    def list_segment_targets(
        self,
        id: int,
    ) -> APIResponse[list[str]]:
        """Retrieve a segment's targets (the answer as received)."""
        kwargs = list_segment_targets._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_segment_targets))

    def add_segment_targets(
        self,
        id: int,
        *,
        body: list[str],
    ) -> APIResponse[int]:
        """Add targets to a static segment (the answer as received)."""
        kwargs = add_segment_targets._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, add_segment_targets))

    def remove_segment_targets(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Remove all targets from a segment (the answer as received)."""
        kwargs = remove_segment_targets._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, remove_segment_targets))


class AsyncRawSegments:
    """The `segments` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_segments(
        self,
    ) -> APIResponse[list[SegmentDynamic | SegmentStatic | UnknownSegment]]:
        """Retrieve all segments (the answer as received)."""
        kwargs = list_segments._get_kwargs()
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_segments))

    async def create_segment(
        self,
        *,
        body: SegmentDynamicRequest | SegmentStaticRequest | UnknownSegmentRequest,
    ) -> APIResponse[SegmentDynamic | SegmentStatic | UnknownSegment]:
        """Create a segment (the answer as received)."""
        kwargs = create_segment._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_segment))

    async def get_segments_informations(
        self,
    ) -> APIResponse[SegmentInformations]:
        """Retrieve general segment information (the answer as received)."""
        kwargs = get_segments_informations._get_kwargs()
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_segments_informations))

    async def get_segment(
        self,
        id: int,
    ) -> APIResponse[SegmentDynamic | SegmentStatic | UnknownSegment]:
        """Retrieve a segment (the answer as received)."""
        kwargs = get_segment._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_segment))

    async def update_segment(
        self,
        id: int,
        *,
        body: SegmentDynamicRequest | SegmentStaticRequest | UnknownSegmentRequest,
    ) -> APIResponse[SegmentDynamic | SegmentStatic | UnknownSegment]:
        """Update a segment (the answer as received)."""
        kwargs = update_segment._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_segment))

    async def delete_segment(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Delete a segment (the answer as received)."""
        kwargs = delete_segment._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_segment))

    async def list_segment_targets(
        self,
        id: int,
    ) -> APIResponse[list[str]]:
        """Retrieve a segment's targets (the answer as received)."""
        kwargs = list_segment_targets._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_segment_targets))

    async def add_segment_targets(
        self,
        id: int,
        *,
        body: list[str],
    ) -> APIResponse[int]:
        """Add targets to a static segment (the answer as received)."""
        kwargs = add_segment_targets._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, add_segment_targets))

    async def remove_segment_targets(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Remove all targets from a segment (the answer as received)."""
        kwargs = remove_segment_targets._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, remove_segment_targets))
