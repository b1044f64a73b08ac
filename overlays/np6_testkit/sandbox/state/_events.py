"""The event log that sends feed, and the event query operations (action, contact and reactivity events).

Every successful send is one :class:`Send` record. Its events (execution, then activation or
cancellation, maybe a bounce, maybe hits) are planned deterministically from the sandbox seed and the
message id, so the same seed and the same sends give the same events, with the same ids.

Storage is compact because benchmarks keep a million events: one event is a ``(timestamp, code,
send index)`` tuple (``code`` packs the event kind and its ordinal within the message), kept sorted by
timestamp; a send's identity data lives once in its :class:`Send`. Events are rendered to JSON only
when queried, a time window is found by bisection, and answers are streamed.

Conventions of the query operations:
- ``start`` is inclusive, ``end`` exclusive (ISO 8601 or epoch ms); without ``sort`` the order is the
  storage order, which is ascending timestamps (NP6 promises no order at all then).
- ``classification`` (hit operations): omitted means *every* hit, human and robot alike; given (a
  comma-separated list of ``genericrobot``, ``mpp``, ``gsr``), only the hits a robot of one of those
  classes made. A robot hit carries its class in ``source.detail.classification``.
"""

from __future__ import annotations

import hashlib
import json
import struct
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from attrs import frozen
from np6.spec import robot_classes

from .._app import Call, Problem, Reply
from .._spec import Json
from ._contacts import Contacts
from ._core import Handlers, State, base36
from ._dates import filter_ms, iso

handles = Handlers()
IDENTITY: dict[str, Json] = {"type": "customer", "agency": "SBOX", "customer": "001"}
ROBOTS = robot_classes()
"""The robot classes of hits, in the spec's order: generic robots, Apple's privacy proxy, Google's security robot."""
ROBOT_SHARES = (0.25, 0.85)
"""Cumulative shares of the robot classes among robot hits (the last takes the rest): Apple's proxy most often."""
HIT_SUBTYPES = ("open", "redirection", "mirror", "form", "unsubscribe")
CHUNK_EVENTS = 256
MINUTE_MS = 60_000
HOUR_MS = 60 * MINUTE_MS
ORDINAL_BITS = 4  # a send has at most 16 events
KIND_BITS = 5
INDEX_SHIFT = ORDINAL_BITS + KIND_BITS
TIME_SHIFT = INDEX_SHIFT + 31  # up to 2**31 sends


class EventKind(NamedTuple):
    type: str
    subtype: str | None = None
    """Hit link type, or bounce verdict."""
    classification: str | None = None
    """Robot class of a hit; None for a human hit."""


KINDS: tuple[EventKind, ...] = (
    EventKind("execution"),
    EventKind("activation"),
    EventKind("cancellation"),
    EventKind("bounce", "soft"),
    EventKind("bounce", "hard"),
    *(EventKind("hit", subtype, robot) for subtype in HIT_SUBTYPES for robot in (None, *ROBOTS)),
)
KIND_CODES = {kind: code for code, kind in enumerate(KINDS)}


class Send(NamedTuple):
    """One message the sandbox sent: what the reliability tests audit, and what its events describe."""

    message_id: str
    action_id: str
    target_id: str
    unicity: str
    hash: str
    address: str
    sent_ms: int
    stamp: Mapping[str, Json] | None = None
    data: Mapping[str, Json] | None = None


Row = int
"""One stored event packed in one int, ``timestamp << TIME_SHIFT | send index << INDEX_SHIFT | kind code <<
ORDINAL_BITS | ordinal``: ~44 bytes instead of ~100 for a tuple, and rows sort by timestamp."""


class RowParts(NamedTuple):
    timestamp: int
    send_index: int
    kind: EventKind
    ordinal: int


def pack_row(timestamp: int, index: int, code: int, ordinal: int) -> Row:
    return timestamp << TIME_SHIFT | index << INDEX_SHIFT | code << ORDINAL_BITS | ordinal


def unpack_row(row: Row) -> RowParts:
    code = row >> ORDINAL_BITS & ((1 << KIND_BITS) - 1)
    index = row >> INDEX_SHIFT & ((1 << (TIME_SHIFT - INDEX_SHIFT)) - 1)
    return RowParts(row >> TIME_SHIFT, index, KINDS[code], row & ((1 << ORDINAL_BITS) - 1))


@frozen
class EventQuery:
    start: int | None = None
    end: int | None = None
    descending: bool = False
    codes: frozenset[int] | None = None
    action_id: str | None = None
    activation_start: int | None = None
    activation_end: int | None = None


class Draws:
    """Sixteen uniform draws from a digest of the key: deterministic per message, and much cheaper than
    seeding a ``random.Random`` per message (which dominated bulk synthesis)."""

    __slots__ = ("_next", "_values")

    def __init__(self, key: str) -> None:
        self._values = struct.unpack("<16H", hashlib.blake2b(key.encode(), digest_size=32).digest())
        self._next = 0

    def random(self) -> float:
        value: float = self._values[self._next % len(self._values)] / 65536
        self._next += 1
        return value

    def randint(self, low: int, high: int) -> int:
        return low + int(self.random() * (high - low + 1))

    def robot(self) -> str | None:
        """One hit in five is a robot's: Apple's privacy proxy most often."""
        if self.random() >= 0.2:
            return None
        share = self.random()
        return next((robot for robot, bound in zip(ROBOTS, ROBOT_SHARES, strict=False) if share < bound), ROBOTS[-1])


def _planned_kinds(draws: Draws) -> list[tuple[int, EventKind]]:
    """The events of one message as (delay after the send in ms, kind)."""
    planned = [(draws.randint(5, 50), EventKind("execution"))]
    if draws.random() < 0.02:  # a rendering failure cancels a few messages
        return [*planned, (draws.randint(60, 500), EventKind("cancellation"))]
    activated = draws.randint(200, 3_000)
    planned.append((activated, EventKind("activation")))
    if draws.random() < 0.05:
        verdict = "hard" if draws.random() < 0.4 else "soft"
        return [*planned, (activated + draws.randint(1_000, 10_000), EventKind("bounce", verdict))]
    if draws.random() >= 0.45:  # most messages are never opened
        return planned
    robot = draws.robot()
    opened = activated + (draws.randint(1_000, 30_000) if robot else draws.randint(MINUTE_MS, 2 * HOUR_MS))
    planned.append((opened, EventKind("hit", "open", robot)))
    for subtype, chance in (("redirection", 0.3), ("mirror", 0.05), ("form", 0.05), ("unsubscribe", 0.02)):
        if draws.random() < chance:
            planned.append((opened + draws.randint(2_000, 10 * MINUTE_MS), EventKind("hit", subtype, robot)))
    return planned


def plan_rows(seed: int, send: Send, index: int, limit: int | None = None) -> list[Row]:
    """The stored rows of one send: a pure function of the seed and the send, so it can be replayed."""
    planned = _planned_kinds(Draws(f"{seed}:{send.message_id}"))[:limit]
    return [
        pack_row(send.sent_ms + delay, index, KIND_CODES[kind], ordinal)
        for ordinal, (delay, kind) in enumerate(planned)
    ]


def stable_uuid(*parts: object) -> str:
    """A version-4-shaped uuid derived from the parts (formatted by hand: `uuid.UUID` doubles render time)."""
    digest = hashlib.md5(":".join(map(str, parts)).encode(), usedforsecurity=False).hexdigest()
    variant = "89ab"[int(digest[16], 16) & 3]
    return f"{digest[:8]}-{digest[8:12]}-4{digest[13:16]}-{variant}{digest[17:20]}-{digest[20:32]}"


class EventLog:
    """All sends and their events. Append-only; queries read a sorted snapshot of the rows."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.sends: list[Send] = []
        self._rows: list[Row] = []
        self._pending: list[Row] = []
        self._row_limits: dict[int, int] = {}
        self._by_action: dict[str, list[int]] = {}
        self._by_target: dict[str, list[int]] = {}

    # -- recording ----------------------------------------------------------------------------------

    def record(self, send: Send) -> list[Row]:
        """Store one send and its planned events; returns the rows (for side effects like redlisting)."""
        index = len(self.sends)
        rows = plan_rows(self.state.seed, send, index)
        self._store(send, rows)
        return rows

    def _store(self, send: Send, rows: list[Row]) -> None:
        index = len(self.sends)
        self.sends.append(send)
        self._by_action.setdefault(send.action_id, []).append(index)
        self._by_target.setdefault(send.target_id, []).append(index)
        self._pending.extend(rows)

    def synthesize(self, count: int, start_ms: int, end_ms: int, action_id: str = "SYNTH0", targets: int = 1000) -> int:
        """Bulk-store exactly ``count`` events of synthetic sends spread over [start_ms, end_ms) (benchmarks).

        Sends are spread evenly over the span; their reactions follow by up to a few hours, so with a span
        shorter than that some events fall after ``end_ms``. The synthetic targets (``targets`` of them,
        ids ``SY......``) are not contacts, but their events are queryable by target id.
        """
        pool = [self._synthetic_target(number) for number in range(max(1, targets))]
        stored = 0
        number = 0
        span = max(1, end_ms - start_ms)
        while stored < count:
            target_id, unicity, digest = pool[number % len(pool)]
            sent_ms = start_ms + (number * 7_919 * 1_000) % span  # a stride that covers the span evenly
            send = Send(self.state.new_uuid(), action_id, target_id, unicity, digest, unicity, sent_ms)
            index = len(self.sends)
            rows = plan_rows(self.state.seed, send, index)
            if stored + len(rows) > count:  # the last send keeps only some events: replays must know
                rows = rows[: count - stored]
                self._row_limits[index] = len(rows)
            self._store(send, rows)
            stored += len(rows)
            number += 1
        return stored

    def _synthetic_target(self, number: int) -> tuple[str, str, str]:
        target_id = "SY" + base36(number, 6)
        return (
            target_id,
            f"synthetic-{number}@sandbox.invalid",
            stable_uuid(self.state.seed, target_id).replace("-", ""),
        )

    # -- reading ------------------------------------------------------------------------------------

    def sends_for(self, action_id: str) -> list[Send]:
        """The messages the sandbox sent for one action, in send order (for reliability assertions)."""
        return [self.sends[index] for index in self._by_action.get(action_id, [])]

    def sends_to(self, target_id: str) -> list[Send]:
        return [self.sends[index] for index in self._by_target.get(target_id, [])]

    def knows_action(self, action_id: str) -> bool:
        return action_id in self._by_action

    def knows_target(self, target_id: str) -> bool:
        return target_id in self._by_target

    def __len__(self) -> int:
        return len(self._rows) + len(self._pending)

    def rows(self) -> list[Row]:
        """Every stored row, sorted by timestamp. The returned list is a snapshot: later sends don't touch it."""
        if self._pending:
            self._pending.sort()
            merged = self._rows + self._pending  # two sorted runs: the sort below is a linear merge
            merged.sort()
            self._rows, self._pending = merged, []
        return self._rows

    def target_rows(self, target_id: str) -> list[Row]:
        """The rows of one target's sends, replayed from the sends rather than scanned from the log."""
        return self._replayed(self._by_target.get(target_id, []))

    def action_rows(self, action_id: str) -> list[Row]:
        indexes = self._by_action.get(action_id, [])
        if len(indexes) * 4 > len(self):  # a big share of the log: scanning it is cheaper than replaying
            return self.rows()
        return self._replayed(indexes)

    def _replayed(self, indexes: Iterable[int]) -> list[Row]:
        seed = self.state.seed
        rows = [row for i in indexes for row in plan_rows(seed, self.sends[i], i, self._row_limits.get(i))]
        rows.sort()
        return rows

    def select(self, rows: Sequence[Row], query: EventQuery) -> Iterator[Row]:
        """The rows of a timestamp-sorted sequence that match the query, in the asked order."""
        if query.codes is not None and not query.codes:
            return
        low = bisect_left(rows, query.start << TIME_SHIFT) if query.start is not None else 0
        high = bisect_left(rows, query.end << TIME_SHIFT) if query.end is not None else len(rows)
        kind_mask, index_mask = (1 << KIND_BITS) - 1, (1 << (TIME_SHIFT - INDEX_SHIFT)) - 1
        positions = range(high - 1, low - 1, -1) if query.descending else range(low, high)
        sends = self.sends
        for position in positions:
            row = rows[position]
            if query.codes is not None and row >> ORDINAL_BITS & kind_mask not in query.codes:
                continue
            send = sends[row >> INDEX_SHIFT & index_mask]
            if query.action_id is not None and send.action_id != query.action_id:
                continue
            if query.activation_start is not None and send.sent_ms < query.activation_start:
                continue
            if query.activation_end is not None and send.sent_ms >= query.activation_end:
                continue
            yield row

    # -- rendering ----------------------------------------------------------------------------------

    def render(self, row: Row) -> dict[str, Json]:
        timestamp, index, kind, ordinal = unpack_row(row)
        send = self.sends[index]
        return {
            "type": kind.type,
            "id": stable_uuid(self.state.seed, send.message_id, ordinal),
            "timestamp": timestamp,
            "identity": dict(IDENTITY),
            "source": {"type": "email", "detail": self._detail(kind, send)},
        }

    def _detail(self, kind: EventKind, send: Send) -> dict[str, Json]:
        if kind.type in ("execution", "cancellation"):
            detail: dict[str, Json] = {"execution": self._execution(send)}
            if kind.type == "cancellation":
                reason = {"type": "render", "message": "sandbox: the message could not be rendered"}
                detail["cancellation"] = {"type": "user defined policy", "value": reason}
            return detail
        if kind.type == "bounce":
            receiver: dict[str, Json] = {"type": "id", "value": send.target_id}
            return {"activation": self._activation(send, receiver), "bounce": _bounce(kind.subtype == "hard")}
        detail = {"activation": self._activation(send, _footprint(send))}
        if kind.type == "hit":
            detail["link"] = {"type": kind.subtype}
            if kind.classification is not None:
                detail["classification"] = kind.classification
        return detail

    def _execution(self, send: Send) -> dict[str, Json]:
        execution: dict[str, Json] = {
            "id": send.action_id,
            "kind": "message",
            "recipient": _footprint(send),
            "stamp": self._stamp(send),
        }
        if send.data is not None:
            execution["data"] = dict(send.data)
        return execution

    def _activation(self, send: Send, receiver: dict[str, Json]) -> dict[str, Json]:
        return {
            "id": send.action_id,
            "kind": "message",
            "receiver": receiver,
            "stamp": self._stamp(send),
            "recipient": send.address,
        }

    def _stamp(self, send: Send) -> dict[str, Json]:
        """The caller's stamp when the execution carried one; otherwise the message id and a derived thread."""
        stamp: dict[str, Json] = {
            "time": send.sent_ms,
            "id": send.message_id,
            "thread": stable_uuid(self.state.seed, send.message_id, "thread"),
        }
        return stamp | dict(send.stamp or {})

    def stream(self, rows: Iterator[Row]) -> Iterator[bytes]:
        """A JSON array of the rendered rows, produced chunk by chunk (one `json.dumps` per chunk)."""
        yield b"["
        separator = ""
        chunk: list[dict[str, Json]] = []
        for row in rows:
            chunk.append(self.render(row))
            if len(chunk) == CHUNK_EVENTS:
                yield (separator + json.dumps(chunk, separators=(",", ":"))[1:-1]).encode()
                separator, chunk = ",", []
        if chunk:
            yield (separator + json.dumps(chunk, separators=(",", ":"))[1:-1]).encode()
        yield b"]"


def _footprint(send: Send) -> dict[str, Json]:
    return {"type": "footprint", "id": send.target_id, "unicity": send.unicity, "hash": send.hash}


def _bounce(hard: bool) -> dict[str, Json]:
    """The bounce detail, shaped like the spec's published hard and soft examples."""
    if hard:
        status = {"type": "sync", "code": {"enhanced": "5.1.2"}, "diagnostic": "bad destination system: no such domain"}
        subject: dict[str, Json] = {"type": "address", "detail": {"type": "bad destination system address"}}
    else:
        status = {
            "type": "sync",
            "code": {"enhanced": "5.4.4"},
            "diagnostic": "unable to route: no mail hosts for domain",
        }
        subject = {"type": "other or undefined status"}
    return {"status": {**status, "mta": ""}, "analysis": {"verdict": "hard" if hard else "soft", "subject": subject}}


def event_log(state: State) -> EventLog:
    return state.part(EventLog)


def record_send(state: State, send: Send) -> None:
    """Store a send; a human unsubscribe hit among its events puts the target on the mail redlist."""
    log = event_log(state)
    for timestamp, _, kind, _ in map(unpack_row, log.record(send)):
        if kind.subtype == "unsubscribe" and kind.classification is None:  # robots don't unsubscribe anyone
            contacts = state.part(Contacts)
            if send.target_id in contacts.targets:
                entry: dict[str, Json] = {"id": send.target_id, "timestamp": iso(timestamp), "origin": 1}
                contacts.redlists["mail"].setdefault(send.target_id, entry)


# -- query handlers ---------------------------------------------------------------------------------


def codes_of(predicate: Callable[[EventKind], bool]) -> frozenset[int]:
    return frozenset(code for code, kind in enumerate(KINDS) if predicate(kind))


def _types(*types: str) -> frozenset[int]:
    return codes_of(lambda kind: kind.type in types)


def _hits(subtype: str | None = None) -> frozenset[int]:
    return codes_of(lambda kind: kind.type == "hit" and subtype in (None, kind.subtype))


REACTIONS = _types("activation", "bounce", "hit")
NOTHING: frozenset[int] = frozenset()  # SMS STOP replies: the sandbox never receives any


def _classified(codes: frozenset[int] | None, query: Mapping[str, Json]) -> frozenset[int] | None:
    wanted = query.get("classification")
    if wanted is None:
        return codes
    classes = {part.strip() for part in str(wanted).split(",") if part.strip()}
    robots = codes_of(lambda kind: kind.classification in classes)
    return robots if codes is None else codes & robots


def _event_query(call: Call, codes: frozenset[int] | None, action_id: str | None = None) -> EventQuery:
    query = call.query
    return EventQuery(
        start=filter_ms(query, "start" if "start" in query else "reactivityStart"),
        end=filter_ms(query, "end" if "end" in query else "reactivityEnd"),
        descending=query.get("sort") == "desc",
        codes=_classified(codes, query),
        action_id=action_id,
        activation_start=filter_ms(query, "activationStart"),
        activation_end=filter_ms(query, "activationEnd"),
    )


def _streamed(log: EventLog, rows: Sequence[Row], query: EventQuery) -> Reply:
    return Reply(200, stream=log.stream(log.select(rows, query)))


def _known_action(state: State, action_id: str) -> str:
    if not state.knows("action", action_id) and not event_log(state).knows_action(action_id):
        raise Problem(404)
    return action_id


def _known_target(state: State, target_id: str) -> str:
    if target_id not in state.part(Contacts).targets and not event_log(state).knows_target(target_id):
        raise Problem(404)
    return target_id


def _all_actions(codes: frozenset[int] | None) -> Callable[[State, Call], Reply]:
    def handler(state: State, call: Call) -> Reply:
        log = event_log(state)
        return _streamed(log, log.rows(), _event_query(call, codes))

    return handler


def _one_action(codes: frozenset[int] | None) -> Callable[[State, Call], Reply]:
    def handler(state: State, call: Call) -> Reply:
        action_id = _known_action(state, str(call.path["id"]))
        log = event_log(state)
        return _streamed(log, log.action_rows(action_id), _event_query(call, codes, action_id))

    return handler


def _one_target(codes: frozenset[int] | None, identified_by_query: bool = False) -> Callable[[State, Call], Reply]:
    def handler(state: State, call: Call) -> Reply:
        if identified_by_query:
            target_id = _target_by_identity(state, call.query)
        else:
            target_id = _known_target(state, str(call.path["id"]))
        log = event_log(state)
        return _streamed(log, log.target_rows(target_id), _event_query(call, codes))

    return handler


def _target_by_identity(state: State, query: Mapping[str, Json]) -> str:
    if query.get("id") is not None:
        return _known_target(state, str(query["id"]))
    target: dict[str, Any] = state.part(Contacts).by_identity(query)
    return str(target["id"])


ALL_ACTION_EVENTS: dict[str, frozenset[int] | None] = {
    "list_all_action_events": None,
    "list_all_action_cancellation_events": _types("cancellation"),
    "list_all_action_reactivities": REACTIONS,
    "list_all_action_bounce_reactivities": _types("bounce"),
    "list_all_action_hit_reactivities": _hits(),
    "list_all_action_open_hit_reactivities": _hits("open"),
    "list_all_action_redirection_hit_reactivities": _hits("redirection"),
    "list_all_action_mirror_hit_reactivities": _hits("mirror"),
    "list_all_action_form_hit_reactivities": _hits("form"),
}
ONE_ACTION_EVENTS: dict[str, frozenset[int] | None] = {
    "list_action_activation_events": _types("activation"),
    "list_action_bounce_events": _types("bounce"),
    "list_action_cancellation_events": _types("cancellation"),
    "list_action_mirror_hit_events": _hits("mirror"),
    "list_action_stop_events": NOTHING,
    "list_action_redirection_hit_reactivities": _hits("redirection"),
    "list_action_unsubscribe_hit_reactivities": _hits("unsubscribe"),
    "list_action_mirror_hit_reactivities": _hits("mirror"),
}
ONE_TARGET_EVENTS: dict[str, frozenset[int] | None] = {
    "list_contact_events": None,
    "list_contact_activation_events": _types("activation"),
    "list_contact_open_hit_events": _hits("open"),
    "list_contact_form_hit_events": _hits("form"),
}
TARGET_BY_IDENTITY_EVENTS: dict[str, frozenset[int] | None] = {
    "list_contact_hit_events_by_identity": _hits(),
    "list_contact_stop_events_by_identity": NOTHING,
    "list_contact_events_by_identity": None,
}

for _operation, _codes in ALL_ACTION_EVENTS.items():
    handles(_operation)(_all_actions(_codes))
for _operation, _codes in ONE_ACTION_EVENTS.items():
    handles(_operation)(_one_action(_codes))
for _operation, _codes in ONE_TARGET_EVENTS.items():
    handles(_operation)(_one_target(_codes))
for _operation, _codes in TARGET_BY_IDENTITY_EVENTS.items():
    handles(_operation)(_one_target(_codes, identified_by_query=True))
