"""Workflow helpers of the `segments` namespace, on top of the generated operations."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from np6_client.api import segments as _generated

from ..spec import max_segment_targets_per_call

Progress = Callable[[int, int], object]
"""``on_progress(done, total)``: called after each batch with the distinct ids sent so far and in all."""


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
    size = max_segment_targets_per_call()  # NP6 answers 400 beyond it
    return [unique[start : start + size] for start in range(0, len(unique), size)]


class Segments(_generated.Segments):
    """Every `segments` operation of the API, plus NP6's multi-step workflows."""

    def add_targets(self, segment_id: int, target_ids: Iterable[str], *, on_progress: Progress | None = None) -> int:
        """Add targets to a static segment, any number of them; return how many were not members yet.

        Ids are sent in batches of 50 (NP6's limit per call, the spec's ``maxItems``), each id once. Each
        batch is idempotent, so it is retried on transient failures, and calling again after an error is
        safe: targets already in the segment (or unknown to NP6) are not counted. A dynamic segment answers
        :class:`~np6.errors.ConflictError`. Raises ValueError, before any request, for an empty input or an
        id that is not a non-empty string. ``on_progress(done, total)`` is called after each batch with the
        number of distinct ids sent so far and in all (e.g. to move a progress bar).
        """
        batches = _membership_batches(target_ids)
        total, done, added = sum(len(batch) for batch in batches), 0, 0
        for batch in batches:
            added += self.add_segment_targets(segment_id, body=batch)
            done += len(batch)
            if on_progress is not None:
                on_progress(done, total)
        return added


class AsyncSegments(_generated.AsyncSegments):
    """The asynchronous twin of :class:`Segments`."""

    async def add_targets(
        self, segment_id: int, target_ids: Iterable[str], *, on_progress: Progress | None = None
    ) -> int:
        """Add targets to a static segment, in batches of 50; return how many were not members yet.

        See :meth:`Segments.add_targets`.
        """
        batches = _membership_batches(target_ids)
        total, done, added = sum(len(batch) for batch in batches), 0, 0
        for batch in batches:
            added += await self.add_segment_targets(segment_id, body=batch)
            done += len(batch)
            if on_progress is not None:
                on_progress(done, total)
        return added
