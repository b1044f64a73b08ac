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
from typing import Any, Generic, Literal, TypeAlias, TypeVar

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


FieldValue: TypeAlias = str | float | list[str] | None
"""One contact field's value as NP6 returns it: text (also dates, as ISO strings), a number, the choices of a
multiple-select field, or None (blank)."""


@frozen
class FieldNames:
    """The account's contact fields by id and by name (``GET /fields``): how to read a target's values, which
    NP6 keys by field **id** (``target.fields["728"]``), by field **name** (``"email"``)."""

    names: Mapping[str, str]
    """Field name by field id written as a string (the keys of ``target.fields``)."""

    @classmethod
    def of(cls, listed: Sequence[Any]) -> FieldNames:
        names = {}
        for field in listed:
            data = field.to_dict()
            if isinstance(data.get("id"), int) and isinstance(data.get("name"), str):
                names[str(data["id"])] = data["name"]
        return cls(names)

    def name_of(self, field_id: int | str) -> str | None:
        """The name of field ``field_id``, or None when the account has no such field."""
        return self.names.get(str(field_id))

    def id_of(self, name: str) -> int | None:
        """The id of the field named ``name``, or None when the account has no such field."""
        return next((int(field_id) for field_id, known in self.names.items() if known == name), None)

    def values_of(self, target: Target) -> dict[str, FieldValue]:
        """``target``'s values keyed by field name; a value of a field the account no longer lists (deleted)
        stays under its id, so nothing is dropped."""
        return {self.names.get(field_id, field_id): value for field_id, value in target.fields.to_dict().items()}


@frozen
class NamedTarget:
    """A target with its values keyed by field name (``named["email"]``), and NP6's answer as received."""

    target: Target
    """NP6's answer: values keyed by field id under ``target.fields``."""
    values: Mapping[str, FieldValue]
    """The same values, keyed by field name."""

    @property
    def id(self) -> str:
        return self.target.id

    def __getitem__(self, name: str) -> FieldValue:
        return self.values[name]


def _stale(names: FieldNames, target: Target, missing: set[str]) -> bool:
    """Whether ``target`` has a value of a field ``names`` does not know and that no refresh has looked for yet
    (a field created since the list was read)."""
    return any(field_id not in names.names and field_id not in missing for field_id in target.fields.to_dict())


def _still_missing(names: FieldNames, target: Target) -> set[str]:
    return {field_id for field_id in target.fields.to_dict() if field_id not in names.names}


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
        self._listed: Sequence[Any] | None = None
        self._unicity: tuple[UnicityField, ...] | None = None
        self._names: FieldNames | None = None
        self._missing: set[str] = set()

    def _fields(self, *, refresh: bool = False) -> Sequence[Any]:
        if self._listed is None or refresh:
            self._listed = list_fields.sync_detailed(client=self._client).parsed or []
            self._unicity, self._names, self._missing = None, None, set()
        return self._listed

    def unicity_fields(self) -> tuple[UnicityField, ...]:
        """The tenant's unicity field(s), from ``GET /fields`` (read once, see :meth:`field_names`)."""
        if self._unicity is None:
            self._unicity = _unicity_fields(self._fields())
        return self._unicity

    def field_names(self, *, refresh: bool = False) -> FieldNames:
        """The account's fields by id and name, from ``GET /fields``.

        Read once per client (by the first name-keyed read, or the first upsert) and kept; read again when
        ``refresh=True`` (after renaming or deleting fields) and, once, when a target holds a value of a field
        the kept list does not know (a field created since).
        """
        if self._names is None or refresh:
            self._names = FieldNames.of(self._fields(refresh=refresh))
        return self._names

    def values_by_name(self, target: Target) -> dict[str, FieldValue]:
        """``target``'s values keyed by field name (``{"email": "ada@example.com"}``); ``target.fields`` keeps
        NP6's id-keyed form. See :meth:`field_names` for when the fields are read."""
        names = self.field_names()
        if _stale(names, target, self._missing):
            names = self.field_names(refresh=True)
            self._missing = _still_missing(names, target)
        return names.values_of(target)

    def get_by_name(self, target_id: str) -> NamedTarget:
        """:meth:`get_target`, with the values also keyed by field name: ``client.targets.get_by_name(id)["email"]``."""
        target = self.get_target(target_id)
        return NamedTarget(target, self.values_by_name(target))

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
        self._listed: Sequence[Any] | None = None
        self._unicity: tuple[UnicityField, ...] | None = None
        self._names: FieldNames | None = None
        self._missing: set[str] = set()

    async def _fields(self, *, refresh: bool = False) -> Sequence[Any]:
        if self._listed is None or refresh:
            self._listed = (await list_fields.asyncio_detailed(client=self._client)).parsed or []
            self._unicity, self._names, self._missing = None, None, set()
        return self._listed

    async def unicity_fields(self) -> tuple[UnicityField, ...]:
        """The tenant's unicity field(s), from ``GET /fields`` (read once, see :meth:`field_names`)."""
        if self._unicity is None:
            self._unicity = _unicity_fields(await self._fields())
        return self._unicity

    async def field_names(self, *, refresh: bool = False) -> FieldNames:
        """The account's fields by id and name, from ``GET /fields``. See :meth:`Targets.field_names`."""
        if self._names is None or refresh:
            self._names = FieldNames.of(await self._fields(refresh=refresh))
        return self._names

    async def values_by_name(self, target: Target) -> dict[str, FieldValue]:
        """``target``'s values keyed by field name. See :meth:`Targets.values_by_name`."""
        names = await self.field_names()
        if _stale(names, target, self._missing):
            names = await self.field_names(refresh=True)
            self._missing = _still_missing(names, target)
        return names.values_of(target)

    async def get_by_name(self, target_id: str) -> NamedTarget:
        """:meth:`get_target`, with the values also keyed by field name. See :meth:`Targets.get_by_name`."""
        target = await self.get_target(target_id)
        return NamedTarget(target, await self.values_by_name(target))

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
