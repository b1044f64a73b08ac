"""Workflow helpers of the `targets` namespace, on top of the generated operations.

``upsert`` turns NP6's create-or-409 behaviour into one idempotent call. The decisions (validation, which
unicity values to look the target up by, whether to try again) are plain functions shared by the sync and
async namespaces; only the requests and the sleeps are written twice.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from itertools import islice
from typing import Any, Generic, Literal, TypeVar

import anyio
from anyio.abc import TaskGroup
from attrs import frozen
from np6_client.api import targets as _generated
from np6_client.api.fields import list_fields
from np6_client.client import AuthenticatedClient
from np6_client.models import Target, TargetCreateRequest, TargetUpdateRequest

from .._http._retry import RetryPolicy
from ..errors import (
    APIConnectionError,
    AuthenticationError,
    ConflictError,
    MalformedResponseError,
    NotFoundError,
    NP6Error,
    PermissionDeniedError,
    ServerError,
)

logger = logging.getLogger("np6")

UPSERT_ATTEMPTS = 3
"""Create attempts per upsert. A second one is needed when the target found by the 409 vanished before the
update, or when the create failed in a way that leaves NP6's side unknown."""
_BACKOFF = RetryPolicy()
READ_AHEAD = 256
"""Rows :meth:`Targets.upsert_many` takes from its input ahead of the outcomes consumed: memory stays bounded
whatever the number of rows."""
MAX_CONCURRENCY = 32

RowT = TypeVar("RowT")


@frozen
class UpsertResult:
    """What :meth:`Targets.upsert_detailed` did: the target as stored, and whether it was created."""

    target: Target
    created: bool
    """True when NP6 created the target, False when an existing target (same unicity value) was updated."""


@frozen
class UpsertOutcome(Generic[RowT]):
    """What :meth:`Targets.upsert_many` did with one row: ``result`` when the target was stored, ``error``
    (NP6's refusal, or the ValueError of a row np6 refused before sending it) when the row was rejected."""

    row: RowT
    """The row as given."""
    result: UpsertResult | None
    error: Exception | None = None

    @property
    def status(self) -> Literal["created", "updated", "rejected"]:
        if self.result is None:
            return "rejected"
        return "created" if self.result.created else "updated"


def _check_concurrency(concurrency: int) -> None:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or not 1 <= concurrency <= MAX_CONCURRENCY:
        raise ValueError(f"concurrency must be an int from 1 to {MAX_CONCURRENCY}, got {concurrency!r}")


def _as_fields(row: object) -> Mapping[str, object]:
    if not isinstance(row, Mapping):
        raise TypeError(f"upsert_many takes mappings of field name to value, or give fields=; got {type(row).__name__}")
    return row


@frozen
class UnicityField:
    """A field NP6 identifies targets by (``isUnicity`` in ``GET /fields``)."""

    id: int
    name: str


def _checked_fields(fields: Mapping[str, object]) -> dict[str, object]:
    """The create/update body for ``fields``, or a ValueError naming the mistake before anything is sent."""
    if not isinstance(fields, Mapping):
        raise TypeError(f"fields must be a mapping of field name to value, got {type(fields).__name__}")
    if not fields:
        raise ValueError("upsert needs field values, e.g. {'email': 'alice@example.com'}")
    if isinstance(fields.get("fields"), Mapping):
        raise ValueError(
            "pass field values at the top level ({'email': ...}), not nested under 'fields': that is NP6's read "
            "shape, and NP6 answers it with 400 'target cannot be identified - unicity is null'"
        )
    for key in fields:
        if not isinstance(key, str) or not key.strip():
            raise ValueError(f"field keys are field names (or ids as strings), got {key!r}")
    return dict(fields)


def _unicity_fields(listed: Sequence[Any]) -> tuple[UnicityField, ...]:
    """The unicity fields among ``GET /fields``, in field-id order (the order NP6 combines their values)."""
    found = []
    for field in listed:
        data = field.to_dict()
        if data.get("isUnicity") is True and isinstance(data.get("id"), int):
            found.append(UnicityField(id=data["id"], name=str(data.get("name", ""))))
    if not found:
        raise NP6Error("the tenant has no unicity field (no field of GET /fields has isUnicity), so upsert cannot work")
    return tuple(sorted(found, key=lambda field: field.id))


def _unicity_values(values: Mapping[str, object], unicity: Sequence[UnicityField]) -> list[str]:
    """The target's unicity values, found by field name (case-insensitive, as NP6 matches them) or id."""
    by_key = {key.casefold(): value for key, value in values.items()}
    found = []
    for field in unicity:
        key = next((key for key in (field.name.casefold(), str(field.id)) if key in by_key), None)
        if key is None:
            raise ValueError(
                f"missing the unicity field {field.name!r} (id {field.id}): NP6 identifies targets by it, "
                f"so upsert needs it among the fields"
            )
        value = by_key[key]
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"the unicity field {field.name!r} must be a non-empty string, got {value!r}")
        found.append(value)
    return found


def _may_retry_create(error: NP6Error, attempt: int) -> bool:
    """Whether a failed create may simply be sent again.

    It may whenever NP6's side is unknown (a 5xx, an unreadable answer, or a connection that broke after
    sending): if the first create did land, the next one answers 409 and the upsert updates instead, so
    nothing is duplicated.
    Failures the transport already retried (connection never opened) are not retried again here.
    """
    if attempt + 1 >= UPSERT_ATTEMPTS:
        return False
    return isinstance(error, (ServerError, MalformedResponseError)) or (
        isinstance(error, APIConnectionError) and error.sent
    )


def _target_id(target: Target) -> str:
    if not isinstance(target.id, str):
        raise NP6Error(f"NP6 returned a target without an id: {target.to_dict()!r}")
    return target.id


class Targets(_generated.Targets):
    """Every `targets` operation of the API, plus NP6's multi-step workflows."""

    def __init__(self, client: AuthenticatedClient) -> None:
        super().__init__(client)
        self._unicity: tuple[UnicityField, ...] | None = None

    def unicity_fields(self) -> tuple[UnicityField, ...]:
        """The tenant's unicity field(s), from ``GET /fields`` (fetched once, then cached by this namespace)."""
        if self._unicity is None:
            response = list_fields.sync_detailed(client=self._client)
            self._unicity = _unicity_fields(response.parsed or [])
        return self._unicity

    def upsert(self, fields: Mapping[str, object]) -> Target:
        """Create the target, or update the existing one with the same unicity value; return it as stored.

        ``fields`` is keyed by field **name** (or id as a string) at the top level, as NP6's create takes
        it: ``client.targets.upsert({"email": "alice@example.com", "firstname": "Alice"})``. The unicity
        field(s) (e.g. ``email``) must be present as non-empty strings. The returned :class:`Target` has
        NP6's read shape: values keyed by field **id** under ``fields``.

        Idempotent and safe to run concurrently for the same contact: NP6's 409 on an existing unicity
        value turns the create into a lookup by unicity and an update. Raises ValueError for a body NP6
        would refuse (empty, nested under ``fields``, unicity missing or not a string) before the create is
        sent; the first call also reads ``GET /fields`` to learn the unicity field(s).
        """
        return self.upsert_detailed(fields).target

    def upsert_detailed(self, fields: Mapping[str, object]) -> UpsertResult:
        """:meth:`upsert`, also saying whether the target was created or an existing one updated."""
        values = _checked_fields(fields)
        unicity = _unicity_values(values, self.unicity_fields())
        for attempt in range(UPSERT_ATTEMPTS):
            try:
                return UpsertResult(self.create_target(body=TargetCreateRequest.from_dict(values)), created=True)
            except ConflictError:
                pass
            except (ServerError, MalformedResponseError, APIConnectionError) as error:
                if not _may_retry_create(error, attempt):
                    raise
                logger.warning("upsert: create failed (%s); NP6's side is unknown, creating again", error)
                time.sleep(_BACKOFF.backoff(attempt))
                continue
            try:
                existing = self.get_target_by_identity(unicity=unicity)
            except NotFoundError:
                if attempt + 1 >= UPSERT_ATTEMPTS:
                    raise
                logger.info("upsert: the conflicting target vanished before the update; creating again")
                continue
            updated = self.update_target(_target_id(existing), body=TargetUpdateRequest.from_dict(values))
            return UpsertResult(updated, created=False)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def upsert_many(
        self,
        rows: Iterable[RowT],
        *,
        fields: Callable[[RowT], Mapping[str, object]] = _as_fields,
        concurrency: int = 4,
    ) -> Iterator[UpsertOutcome[RowT]]:
        """:meth:`upsert_detailed` for every row, ``concurrency`` at a time; yields one outcome per row, in order.

        ``fields(row)`` gives a row's field values (rows are the mappings themselves by default); a row it, or
        np6's checks, or NP6 refuses (a ValueError, an :class:`~np6.errors.NP6Error`) is ``rejected`` with that
        error and the others go on. A refused key (401, 403) would refuse every row: it raises and stops. Rows
        are read lazily, at most 256 ahead of the outcomes consumed, so any number of rows fits in memory;
        running the same rows again is safe (existing targets are updated).
        """
        _check_concurrency(concurrency)
        self.unicity_fields()  # once, before the workers share it; a refused key stops here

        def outcome(row: RowT) -> UpsertOutcome[RowT]:
            try:
                return UpsertOutcome(row, self.upsert_detailed(fields(row)))
            except (AuthenticationError, PermissionDeniedError):
                raise
            except (ValueError, NP6Error) as refused:
                return UpsertOutcome(row, None, refused)

        items = iter(rows)
        with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="np6-upsert") as pool:
            while chunk := list(islice(items, READ_AHEAD)):
                yield from pool.map(outcome, chunk)


class AsyncTargets(_generated.AsyncTargets):
    """The asynchronous twin of :class:`Targets`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        super().__init__(client)
        self._unicity: tuple[UnicityField, ...] | None = None

    async def unicity_fields(self) -> tuple[UnicityField, ...]:
        """The tenant's unicity field(s), from ``GET /fields`` (fetched once, then cached by this namespace)."""
        if self._unicity is None:
            response = await list_fields.asyncio_detailed(client=self._client)
            self._unicity = _unicity_fields(response.parsed or [])
        return self._unicity

    async def upsert(self, fields: Mapping[str, object]) -> Target:
        """Create the target, or update the existing one with the same unicity value; return it as stored.

        See :meth:`Targets.upsert`.
        """
        return (await self.upsert_detailed(fields)).target

    async def upsert_detailed(self, fields: Mapping[str, object]) -> UpsertResult:
        """:meth:`upsert`, also saying whether the target was created or an existing one updated."""
        values = _checked_fields(fields)
        unicity = _unicity_values(values, await self.unicity_fields())
        for attempt in range(UPSERT_ATTEMPTS):
            try:
                created = await self.create_target(body=TargetCreateRequest.from_dict(values))
                return UpsertResult(created, created=True)
            except ConflictError:
                pass
            except (ServerError, MalformedResponseError, APIConnectionError) as error:
                if not _may_retry_create(error, attempt):
                    raise
                logger.warning("upsert: create failed (%s); NP6's side is unknown, creating again", error)
                await anyio.sleep(_BACKOFF.backoff(attempt))
                continue
            try:
                existing = await self.get_target_by_identity(unicity=unicity)
            except NotFoundError:
                if attempt + 1 >= UPSERT_ATTEMPTS:
                    raise
                logger.info("upsert: the conflicting target vanished before the update; creating again")
                continue
            updated = await self.update_target(_target_id(existing), body=TargetUpdateRequest.from_dict(values))
            return UpsertResult(updated, created=False)
        raise AssertionError("unreachable: the last attempt returns or raises")

    async def upsert_many(
        self,
        rows: Iterable[RowT],
        *,
        fields: Callable[[RowT], Mapping[str, object]] = _as_fields,
        concurrency: int = 4,
    ) -> AsyncIterator[UpsertOutcome[RowT]]:
        """:meth:`upsert_detailed` for every row, ``concurrency`` at a time; yields one outcome per row, in order.

        See :meth:`Targets.upsert_many`.
        """
        _check_concurrency(concurrency)
        await self.unicity_fields()
        limiter = anyio.CapacityLimiter(concurrency)
        stopped: list[BaseException] = []

        async def run(row: RowT, outcomes: list[UpsertOutcome[RowT]], group: TaskGroup) -> None:
            async with limiter:
                try:
                    outcomes.append(UpsertOutcome(row, await self.upsert_detailed(fields(row))))
                except (AuthenticationError, PermissionDeniedError) as refused_key:
                    stopped.append(refused_key)
                    group.cancel_scope.cancel()
                except (ValueError, NP6Error) as refused:
                    outcomes.append(UpsertOutcome(row, None, refused))

        items = iter(rows)
        while chunk := list(islice(items, READ_AHEAD)):
            slots: list[list[UpsertOutcome[RowT]]] = [[] for _ in chunk]  # one outcome per row, in input order
            async with anyio.create_task_group() as group:
                for row, slot in zip(chunk, slots, strict=True):
                    group.start_soon(run, row, slot, group)
            if stopped:
                raise stopped[0]
            for slot in slots:
                yield slot[0]
