"""Workflow helpers of the `segments` namespace, on top of the generated operations."""

from __future__ import annotations

from collections.abc import Iterable

from np6_client.api import segments as _generated

MAX_TARGETS_PER_CALL = 50
"""NP6 refuses more target ids than this in one `PUT /segments/{id}/targets` (400)."""


def _membership_batches(target_ids: Iterable[str]) -> list[list[str]]:
    """``target_ids`` without duplicates (first occurrence kept), cut into batches NP6 accepts."""
    if isinstance(target_ids, (str, bytes)):
        raise ValueError("target_ids must be a collection of target ids, not a single string")
    ids = list(target_ids)
    if not ids:
        raise ValueError("target_ids is empty: give at least one target id")
    for target_id in ids:
        if not isinstance(target_id, str) or not target_id.strip():
            raise ValueError(f"target ids are non-empty strings such as '000L0000', got {target_id!r}")
    unique = list(dict.fromkeys(ids))
    return [unique[start : start + MAX_TARGETS_PER_CALL] for start in range(0, len(unique), MAX_TARGETS_PER_CALL)]


class Segments(_generated.Segments):
    """Every `segments` operation of the API, plus NP6's multi-step workflows."""

    def add_targets(self, segment_id: int, target_ids: Iterable[str]) -> int:
        """Add targets to a static segment, any number of them; return how many were not members yet.

        Ids are sent in batches of 50 (NP6's limit per call), each id once. Each batch is idempotent, so
        it is retried on transient failures, and calling again after an error is safe: targets already in
        the segment (or unknown to NP6) are not counted. A dynamic segment answers
        :class:`~np6.errors.ConflictError`. Raises ValueError, before any request, for an empty input or an
        id that is not a non-empty string.
        """
        return sum(self.add_segment_targets(segment_id, body=batch) for batch in _membership_batches(target_ids))


class AsyncSegments(_generated.AsyncSegments):
    """The asynchronous twin of :class:`Segments`."""

    async def add_targets(self, segment_id: int, target_ids: Iterable[str]) -> int:
        """Add targets to a static segment, in batches of 50; return how many were not members yet.

        See :meth:`Segments.add_targets`.
        """
        added = 0
        for batch in _membership_batches(target_ids):
            added += await self.add_segment_targets(segment_id, body=batch)
        return added
