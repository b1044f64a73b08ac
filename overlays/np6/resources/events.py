"""The `events` namespace: iterate NP6's event streams over a time range, resumably.

NP6 has no pagination: one call returns a whole [start, end) range, held in memory at once. So the range is
walked in windows, each asked with ``sort=asc`` (without it NP6's order is unspecified), and events are
de-duplicated by id where a window boundary or a resumption could repeat them. The :class:`EventCursor` says
how far the iteration got, so a poller can resume without gaps or duplicates.

Windows adapt to the data (see :class:`_Walk`): each is sized from the event density of the one before, to
hold about :data:`TARGET_EVENTS` events, between 1 ms and the caller's ``window`` (the longest window asked).
Memory follows the busiest window rather than the range or the ``window`` argument.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import json
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from typing import Any, TypeAlias, TypeVar

import httpx
from attrs import field, frozen
from np6_client import AuthenticatedClient
from np6_client.api.action_events import AsyncRawActionEvents, RawActionEvents
from np6_client.api.action_events import list_all_action_events as _all_events
from np6_client.api.contact_events import AsyncRawContactEvents, RawContactEvents
from np6_client.api.contact_events import list_contact_hit_events_by_identity as _contact_hits
from np6_client.types import UNSET, Unset

from ..errors import EventWindowError, ResponseTooLargeError
from ..spec import robot_classes
from ..types import ActionEvent, ContactHit

When: TypeAlias = datetime.datetime | int
"""A timezone-aware datetime, or epoch milliseconds."""
EventT = TypeVar("EventT", bound=ActionEvent)
T = TypeVar("T")

COMMIT_LAG = datetime.timedelta(seconds=30)
"""``end=None`` stops this long before now: NP6 publishes events with a delay, and an event committed after
the iteration passed its timestamp would be missed (the lag NP6 integrators poll with)."""
DEFAULT_WINDOW = datetime.timedelta(days=1)
"""The longest window asked by default (``window=``): on quiet data a call covers at most this much time (a quiet
year is 365 calls; at an hour it was 8,760, minutes on NP6). A window whose answer exceeds the client's
``max_response_size`` is asked again in halves, so a long window cannot make a burst unreadable."""
TARGET_EVENTS = 5_000
"""Events one call aims at. An event costs a few kB while its window is held (the answer's bytes and text, and
the decoded event for the raw iterators or a filter), so some 10 to 30 MB; and a call this size takes a few
tenths of a second of client CPU typed, so a WAN's round trip of 0.1 s adds a fraction of that (smaller targets
make many more calls on busy accounts for little memory saved, and, measured, no less CPU)."""
FIRST_WINDOW = datetime.timedelta(minutes=1)
"""The first window of an iteration (or the ``window`` given, if shorter), before any density is known: a
poller's typical range, asked in one call when the account is quiet."""
MAX_GROWTH = 4
"""A window is at most this many times longer than the one before: an estimate from a quiet window must not
leap into a burst (on the way back from 1 ms to an hour this takes 11 calls)."""


EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
MILLISECOND = datetime.timedelta(milliseconds=1)
MAX_TIMESTAMP_MS = 253_402_300_799_999
"""The last millisecond of year 9999: the latest time a timestamp can name (Python's ``datetime.max``)."""
CURSOR_VERSION = 1
"""The format of :meth:`EventCursor.to_dict`; a cursor of another version is refused, not misread."""
MAX_CURSOR_CHARS = 64 * 1024 * 1024
"""The longest serialised cursor read: a cursor holds a position and the ids of the events at its millisecond."""


def _epoch_ms(value: object, name: str) -> int:
    """``value`` itself when it is an int epoch in milliseconds NP6 and datetimes can hold; else ValueError."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(
            f"{name} must be a timezone-aware datetime or epoch milliseconds (an int), got {type(value).__name__} "
            f"{value!r:.80}"
        )
    if not 0 <= value <= MAX_TIMESTAMP_MS:
        raise ValueError(
            f"{name} must be non-negative epoch milliseconds up to {MAX_TIMESTAMP_MS} (year 9999), got {value}"
        )
    return value


def _checked_timestamp(value: object) -> int:
    return _epoch_ms(value, "EventCursor.timestamp")


def _checked_seen(value: object) -> frozenset[str]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise ValueError(f"EventCursor.seen must be a set of event ids, got {type(value).__name__}")
    seen = frozenset(value)
    if not all(isinstance(event_id, str) for event_id in seen):
        raise ValueError("EventCursor.seen must hold event ids (strings)")
    return seen


@frozen
class EventCursor:
    """Where an event iteration got to: every event before ``timestamp`` was delivered, and so were the events
    at exactly ``timestamp`` whose ids are in ``seen``. Resume with ``iter_...(cursor=cursor)``.

    Serialise it with :meth:`to_dict` / :meth:`to_string` and back with :meth:`from_dict` / :meth:`from_string`;
    anything else than a cursor (another version, a timestamp that is not int epoch ms) raises ``ValueError``.
    """

    timestamp: int = field(converter=_checked_timestamp)
    """Epoch milliseconds."""
    seen: frozenset[str] = field(default=frozenset(), converter=_checked_seen)

    def to_dict(self) -> dict[str, Any]:
        return {"version": CURSOR_VERSION, "timestamp": self.timestamp, "seen": sorted(self.seen)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EventCursor:
        if not isinstance(data, Mapping):
            raise ValueError(f"not an event cursor: expected a mapping, got {type(data).__name__}")
        version = data.get("version", CURSOR_VERSION)  # the first cursors had no version
        if version != CURSOR_VERSION:
            raise ValueError(f"not an event cursor of this np6: version {version!r}, expected {CURSOR_VERSION}")
        timestamp, seen = data.get("timestamp"), data.get("seen", [])
        if isinstance(timestamp, bool) or not isinstance(timestamp, int) or not 0 <= timestamp <= MAX_TIMESTAMP_MS:
            raise ValueError(f"not an event cursor: timestamp must be epoch ms, got {timestamp!r:.80}")
        if not isinstance(seen, list) or not all(isinstance(event_id, str) for event_id in seen):
            raise ValueError(f"not an event cursor: seen must be a list of event ids, got {seen!r:.80}")
        return cls(timestamp, frozenset(seen))

    def to_string(self) -> str:
        return json.dumps(self.to_dict(), separators=(",", ":"))

    @classmethod
    def from_string(cls, text: str) -> EventCursor:
        if not isinstance(text, str):
            raise ValueError(f"not an event cursor: expected a str, got {type(text).__name__}")
        if len(text) > MAX_CURSOR_CHARS:
            raise ValueError(f"not an event cursor: {len(text)} characters, more than {MAX_CURSOR_CHARS}")
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as error:  # RecursionError: nested too deeply to be a cursor
            raise ValueError(f"not an event cursor: {text[:80]!r}") from error
        if not isinstance(data, dict):
            raise ValueError(f"not an event cursor: {text[:80]!r}")
        return cls.from_dict(data)

    @property
    def at(self) -> datetime.datetime:
        """:attr:`timestamp` as an aware UTC datetime."""
        return EPOCH + datetime.timedelta(milliseconds=self.timestamp)  # exact, unlike float seconds


def to_ms(value: When, name: str) -> int:
    """Epoch milliseconds from an aware datetime or an int; naive datetimes and other types are refused."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(
                f"{name} is a naive datetime: give a timezone-aware one (e.g. datetime.now(timezone.utc)), "
                "because NP6 timestamps are UTC and a naive time would be read in this machine's zone"
            )
        return _epoch_ms((value - EPOCH) // MILLISECOND, name)  # exact, unlike float seconds
    return _epoch_ms(value, name)


def _window_ms(window: datetime.timedelta) -> int:
    if not isinstance(window, datetime.timedelta) or window.total_seconds() * 1000 < 1:
        raise ValueError(f"window must be a positive timedelta (at least 1 ms), got {window!r}")
    return int(window.total_seconds() * 1000)


def _range(start: When | None, end: When | None, cursor: EventCursor | None) -> tuple[EventCursor, int]:
    if (start is None) == (cursor is None):
        raise ValueError("give exactly one of start (a new iteration) and cursor (to resume one)")
    if cursor is not None and not isinstance(cursor, EventCursor):
        raise ValueError(f"cursor must be an EventCursor (see EventCursor.from_string), got {type(cursor).__name__}")
    end_ms = to_ms(end, "end") if end is not None else to_ms(datetime.datetime.now(datetime.UTC) - COMMIT_LAG, "end")
    if start is not None:
        start_ms = to_ms(start, "start")
        if end is not None and start_ms > end_ms:
            raise ValueError(f"start ({start_ms}) is after end ({end_ms})")
        return EventCursor(start_ms), end_ms
    assert cursor is not None
    return cursor, end_ms


def _action_of(event: RawEvent) -> str | None:
    """The action an event belongs to: ``source.detail.execution.id`` or ``source.detail.activation.id``."""
    source = event.get("source")
    detail = source.get("detail") if isinstance(source, dict) else None
    if not isinstance(detail, dict):
        return None
    for part in ("execution", "activation"):
        found = detail.get(part)
        if isinstance(found, dict) and found.get("id") is not None:
            return str(found["id"])
    return None


def _event_types(types: Iterable[str] | None) -> frozenset[str] | None:
    if types is None:
        return None
    if isinstance(types, str) or not all(isinstance(kind, str) for kind in types):
        raise ValueError(f"types must be a collection of event types such as {{'execution', 'hit'}}, got {types!r}")
    return frozenset(types)


def _classification(classification: str | Iterable[str] | None) -> str | Unset:
    if classification is None:
        return UNSET
    classes = [classification] if isinstance(classification, str) else list(classification)
    known = robot_classes()
    unknown = [robot for robot in classes if robot not in known]
    if not classes or unknown:
        raise ValueError(f"classification must be among {list(known)}, got {classification!r}")
    return ",".join(classes)


def _identity(*names: str | None) -> tuple[str | Unset, ...]:
    """The contact's (id, unicity, hash) as query parameters: exactly one given."""
    if sum(name is not None for name in names) != 1 or not all(
        name is None or (isinstance(name, str) and name) for name in names
    ):
        raise ValueError("give exactly one of target_id, unicity and hash (a non-empty string)")
    return tuple(UNSET if name is None else name for name in names)


RawEvent: TypeAlias = dict[str, Any]
"""An event as NP6 sent it: the decoded JSON object (what the ``..._raw`` iterators yield)."""
_Answer: TypeAlias = tuple[httpx.Response, list[RawEvent], list[str] | None]
"""One window's answer: the response (for error reports), its decoded events, and the JSON text of each as NP6
sent it (for the ``..._json`` iterators; None for the others)."""


class _Walk:
    """The I/O-free part of an iteration: the windows to ask for, and which answered events are new.

    Windows are contiguous, ``[low, high)``, each starting where the last one ended. Their length adapts: the
    first is :data:`FIRST_WINDOW` long, and each next one is sized so that, at the event density the previous
    window showed, it holds about :data:`TARGET_EVENTS` events; never longer than ``max_window_ms`` (the caller's
    ``window``) nor :data:`MAX_GROWTH` times the previous one, never shorter than 1 ms (events sharing one
    millisecond are asked in one call however many they are: no window can split them). A window's size changes
    only how much is asked at once, never which events are delivered: the cursor and de-duplication work on
    event timestamps and ids alone.

    It works on the decoded JSON objects, of which it reads the timestamp and id (and whatever a filter reads):
    the typed and text iterators hold only those of each event and its text, and the typed ones decode and
    parse an event only when it is delivered, so models the caller drops are freed at once.
    """

    def __init__(
        self, cursor: EventCursor, end_ms: int, max_window_ms: int, keep: Callable[[RawEvent], bool] | None
    ) -> None:
        self._timestamp = cursor.timestamp
        self._seen = set(cursor.seen)
        self._end_ms = end_ms
        self._max_window_ms = max_window_ms
        self._target = TARGET_EVENTS
        self._window_ms = max(1, min(max_window_ms, int(FIRST_WINDOW.total_seconds() * 1000)))
        self._keep = keep
        self._events: list[RawEvent] = []
        """The window being read, in timestamp order; ``_position`` is the next event to look at."""
        self._texts: list[str] | None = None
        """The JSON text of each of ``_events`` as sent, when the iterator yields texts."""
        self._position = 0
        self._low = cursor.timestamp
        """The window's start: where an event without a timestamp is placed."""
        self._window_end: int | None = None

    @property
    def cursor(self) -> EventCursor:
        return EventCursor(self._timestamp, frozenset(self._seen))

    @property
    def filters(self) -> bool:
        """Whether it reads events for more than their timestamp and id (to keep some of them only)."""
        return self._keep is not None

    def next_window(self) -> tuple[int, int] | None:
        """Close the window just read (everything before its end was delivered); the next one, if any."""
        if self._window_end is not None and self._window_end > self._timestamp:
            self._timestamp, self._seen = self._window_end, set()
        low = self._timestamp
        if low >= self._end_ms:
            return None
        self._window_end = min(low + self._window_ms, self._end_ms)
        return low, self._window_end

    def halved(self, low: int, high: int) -> tuple[int, int] | None:
        """The first half of a window whose answer was too large to read (asked again instead), or None for a
        single millisecond, which no window can split."""
        if high - low <= 1:
            return None
        self._window_ms = (high - low) // 2
        self._window_end = low + self._window_ms
        return low, self._window_end

    def load(self, events: list[RawEvent], low: int, high: int, texts: list[str] | None = None) -> None:
        """Take one window's answer, checked by :func:`_decode` (held until the window is read), with the JSON
        text of each event as sent (``texts``, from :func:`_decode_with_texts`) when the iterator yields texts."""
        self._resize(len(events), high - low)
        self._low, self._position = low, 0
        # Bounded again and sorted again (stably), so an unordered or overlapping answer cannot break the cursor.
        # An event NP6 sent without a timestamp (the skeletons its reference prints) is placed at the start of
        # the window it came in, so it is delivered, once. This runs for every event of a bulk copy: an answer
        # in order and in bounds, as asked, is kept as it came, after one pass that checks it.
        previous = low
        for event in events:
            when = event.get("timestamp", low)
            if when < previous or when >= high:
                break
            previous = when
        else:
            self._events, self._texts = events, texts
            return
        kept: list[int] = []
        for index, event in enumerate(events):
            when = event.get("timestamp", low)
            if low <= when < high:
                kept.append(index)
            elif when != high:  # at exactly `high`: a server reading `end` as inclusive; it comes again next window
                raise EventWindowError(start=low, end=high, timestamp=when, event_id=str(event.get("id")))
        kept.sort(key=lambda index: events[index].get("timestamp", low))
        self._events = [events[index] for index in kept]
        self._texts = None if texts is None else [texts[index] for index in kept]

    def _resize(self, answered: int, span_ms: int) -> None:
        """Size the next window from this one's density: ``answered`` events (all that was held) in ``span_ms``."""
        aimed = span_ms * self._target // max(answered, 1)
        self._window_ms = max(1, min(aimed, span_ms * MAX_GROWTH, self._max_window_ms))

    def take(self) -> RawEvent | None:
        """The next new event of the window (the cursor moves past it first), or None when the window is read."""
        events, keep, low = self._events, self._keep, self._low
        position, end = self._position, len(events)
        while position < end:
            event = events[position]
            position += 1
            when = event.get("timestamp", low)
            event_id = event.get("id")
            if event_id is None:
                event_id = _content_key(event)
            if when > self._timestamp:
                self._timestamp, self._seen = when, {event_id}
            elif when == self._timestamp and event_id not in self._seen:
                self._seen.add(event_id)
            else:  # delivered already
                continue
            if keep is None or keep(event):
                self._position = position
                return event
        self._events, self._texts, self._position = [], None, 0  # read: its events can go
        return None

    def taken_text(self) -> str:
        """The JSON text NP6 sent for the event :meth:`take` returned last (when the window came with texts)."""
        assert self._texts is not None
        return self._texts[self._position - 1]


def _content_key(event: RawEvent) -> str:
    """What de-duplicates an event NP6 sent without an id: a digest of its content."""
    content = json.dumps(event, sort_keys=True, default=str).encode()
    return "content:" + hashlib.sha256(content).hexdigest()[:32]


def _decode(client: AuthenticatedClient, response: httpx.Response) -> list[RawEvent]:
    """The events of one window's answer: a JSON array of objects, each with an int ``timestamp`` and a string
    ``id`` when it has them. Anything else raises what an unreadable answer raises (np6:
    :class:`~np6.errors.MalformedResponseError`, with the status and x-request-id)."""
    try:
        return _checked(json.loads(response.content))
    except (ValueError, TypeError, RecursionError) as error:  # ValueError: not JSON
        raise _unreadable(client, response, error) from error


def _decode_with_texts(
    client: AuthenticatedClient, response: httpx.Response, *, bare: bool
) -> tuple[list[RawEvent], list[str]]:
    """:func:`_decode`, and the JSON text of each event exactly as NP6 sent it (its slice of the answer).

    ``bare`` (for a walk without filters, whose iterator yields the texts or decodes them again): an event with
    an id and a timestamp is kept as only those two, all such a walk reads of it, and the rest is freed as soon as
    it is decoded (a third less CPU than holding every decoded event of the window: the memory stays warm, and the
    window holds its text alone)."""
    try:
        items, texts = _split(response.content, bare=bare)
        return _checked(items), texts
    except (ValueError, TypeError, RecursionError) as error:
        raise _unreadable(client, response, error) from error


_WHITESPACE = re.compile(r"[ \t\n\r]*")
"""JSON's whitespace (RFC 8259), as NP6 may put it between the items of an answer."""
_raw_decode = json.JSONDecoder().raw_decode


def _split(content: bytes, *, bare: bool = False) -> tuple[Any, list[str]]:
    """What ``json.loads(content)`` returns (the same objects; a ValueError where it raises one) and, when it is an
    array, the JSON text of each item: its slice of the answer, spaces, escapes and key order as sent (``bare``: an
    object item with an ``id`` and a ``timestamp`` is decoded as those two keys only).

    Each item is decoded on its own, where it starts (``JSONDecoder.raw_decode`` gives where it ends), so the
    answer is read once: about 1.4x the CPU of ``json.loads`` of the whole answer (which shares the key strings
    of all its objects), where decoding the whole and encoding each event again took about 2.5x.
    """
    text = content.decode(json.detect_encoding(content), "surrogatepass")  # as json.loads decodes bytes
    index = _skip(text, 0)
    if not text.startswith("[", index):
        return json.loads(text), []  # not an array: the checks say what it is
    items: list[Any] = []
    texts: list[str] = []
    index = _skip(text, index + 1)
    if text.startswith("]", index):
        index += 1
    else:
        while True:
            item, end = _raw_decode(text, index)
            if bare and type(item) is dict and "id" in item and "timestamp" in item:
                item = {"timestamp": item["timestamp"], "id": item["id"]}
            items.append(item)
            texts.append(text[index:end])
            index = _skip(text, end)
            if text.startswith(",", index):
                index = _skip(text, index + 1)
            elif text.startswith("]", index):
                index += 1
                break
            else:
                raise json.JSONDecodeError("Expecting ',' delimiter", text, index)
    if _skip(text, index) != len(text):
        raise json.JSONDecodeError("Extra data", text, index)
    return items, texts


def _skip(text: str, index: int) -> int:
    """Where ``text`` goes on after the JSON whitespace at ``index`` (``index`` when there is none)."""
    space = _WHITESPACE.match(text, index)
    assert space is not None  # it matches the empty string
    return space.end()


def _checked(events: Any) -> list[RawEvent]:
    """``events`` when it is a list of event objects whose ``timestamp`` and ``id`` have NP6's types; else
    TypeError."""
    if not isinstance(events, list):
        raise TypeError(f"expected a JSON array of events, got {type(events).__name__}")
    for event in events:
        if type(event) is not dict:
            raise TypeError(f"expected an event object, got {type(event).__name__}: {event!r:.80}")
        if "timestamp" in event and type(event["timestamp"]) is not int:
            raise TypeError(f"an event timestamp must be epoch ms (an int), got {event['timestamp']!r:.80}")
        if "id" in event and type(event["id"]) is not str:
            raise TypeError(f"an event id must be a string, got {event['id']!r:.80}")
    return events


def _answer(client: AuthenticatedClient, response: httpx.Response, texts: bool, bare: bool) -> _Answer:
    if texts:
        return response, *_decode_with_texts(client, response, bare=bare)
    return response, _decode(client, response), None


def _unreadable(client: AuthenticatedClient, response: httpx.Response, error: Exception) -> Exception:
    return error if client.response_error is None else client.response_error(response, error)


def _typed(
    parse: Callable[[RawEvent], EventT], client: AuthenticatedClient, walk: _Walk
) -> Callable[[RawEvent, httpx.Response], EventT]:
    """Deliver events as the generated models (``parse``: the operation's generated item parser).

    Without filters, windows are fetched with their texts (:func:`_decode_with_texts`): the walk holds of each
    event its id, timestamp and text only, and the event is decoded again from its text when it is delivered,
    then parsed (with a filter, the decoded events the filter reads are held, and parsed as they are). Decoding
    twice costs less CPU than holding the window's decoded events while it is read (35,000 dicts for 5,000
    events: the garbage collector walks them again and again, and each is out of the cache by the time it is
    parsed; ``bench/events_cpu.py``).
    """
    decoded_again = not walk.filters

    def read(event: RawEvent, response: httpx.Response) -> EventT:
        try:
            return parse(_raw_decode(walk.taken_text())[0] if decoded_again else event)
        except Exception as error:  # as the generated operation: whatever the parser raises is an unreadable answer
            raise _unreadable(client, response, error) from error

    return read


def _as_sent(event: RawEvent, response: httpx.Response) -> RawEvent:
    return event


def _text_as_sent(walk: _Walk) -> Callable[[RawEvent, httpx.Response], str]:
    def read(event: RawEvent, response: httpx.Response) -> str:
        return walk.taken_text()

    return read


class EventIterator(Iterator[T]):
    """Events in ascending timestamp order, one window (one NP6 call) at a time; :attr:`cursor` says where it is.

    Only the window being read is held: its events are released as they are yielded, and the next window is
    asked once they all were.
    """

    def __init__(
        self, walk: _Walk, fetch: Callable[[int, int], _Answer], read: Callable[[RawEvent, httpx.Response], T]
    ) -> None:
        self._walk = walk
        self._fetch = fetch
        self._read = read
        self._response: httpx.Response | None = None

    @property
    def cursor(self) -> EventCursor:
        """Resume from here (after the last event yielded) with ``cursor=...``; serialise it to store it."""
        return self._walk.cursor

    def __iter__(self) -> EventIterator[T]:
        return self

    def __next__(self) -> T:
        while (event := self._walk.take()) is None:
            window = self._walk.next_window()
            if window is None:
                self._response = None
                raise StopIteration
            while True:
                try:
                    self._response, events, texts = self._fetch(*window)
                    break
                except ResponseTooLargeError:
                    if (window := self._walk.halved(*window)) is None:
                        raise
            self._walk.load(events, *window, texts)
            del events, texts
        assert self._response is not None
        return self._read(event, self._response)


class AsyncEventIterator(AsyncIterator[T]):
    """The asynchronous twin of :class:`EventIterator` (``async for``)."""

    def __init__(
        self,
        walk: _Walk,
        fetch: Callable[[int, int], Awaitable[_Answer]],
        read: Callable[[RawEvent, httpx.Response], T],
    ) -> None:
        self._walk = walk
        self._fetch = fetch
        self._read = read
        self._response: httpx.Response | None = None

    @property
    def cursor(self) -> EventCursor:
        return self._walk.cursor

    def __aiter__(self) -> AsyncEventIterator[T]:
        return self

    async def __anext__(self) -> T:
        while (event := self._walk.take()) is None:
            window = self._walk.next_window()
            if window is None:
                self._response = None
                raise StopAsyncIteration
            while True:
                try:
                    self._response, events, texts = await self._fetch(*window)
                    break
                except ResponseTooLargeError:
                    if (window := self._walk.halved(*window)) is None:
                        raise
            self._walk.load(events, *window, texts)
            del events, texts
        assert self._response is not None
        return self._read(event, self._response)


def _action_walk(
    *,
    start: When | None,
    end: When | None,
    cursor: EventCursor | None,
    window: datetime.timedelta,
    action_id: str | None,
    types: Iterable[str] | None,
) -> _Walk:
    wanted_types = _event_types(types)
    window_ms = _window_ms(window)
    first, end_ms = _range(start, end, cursor)
    if wanted_types is None and action_id is None:
        return _Walk(first, end_ms, window_ms, None)

    def keep(event: RawEvent) -> bool:
        return (wanted_types is None or event.get("type") in wanted_types) and (
            action_id is None or _action_of(event) == action_id
        )

    return _Walk(first, end_ms, window_ms, keep)


def _hit_walk(start: When | None, end: When | None, cursor: EventCursor | None, window: datetime.timedelta) -> _Walk:
    window_ms = _window_ms(window)
    first, end_ms = _range(start, end, cursor)
    return _Walk(first, end_ms, window_ms, None)


class Events:
    """Bounded-memory, de-duplicated, resumable iteration over action events and contact hits.

    Each iteration has two twins for bulk copies, with the same windows, order, de-duplication and cursor and no
    models built: ``..._raw`` yields each event as NP6 sent it decoded (a :data:`RawEvent`, the JSON object), and
    ``..._json`` the JSON text NP6 sent for it (a str, to store byte for byte).
    """

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def _action_events(self, low: int, high: int, *, texts: bool = False, bare: bool = False) -> _Answer:
        answer = RawActionEvents(self._client).list_all_action_events(start=low, end=high, sort="asc")
        return _answer(self._client, answer.http_response, texts, bare)

    def _hit_fetch(
        self,
        target_id: str | None,
        unicity: str | None,
        hash: str | None,
        classification: str | Iterable[str] | None,
        *,
        texts: bool = False,
    ) -> Callable[[int, int], _Answer]:
        by_id, by_unicity, by_hash = _identity(target_id, unicity, hash)
        robots = _classification(classification)

        def fetch(low: int, high: int) -> _Answer:
            answer = RawContactEvents(self._client).list_contact_hit_events_by_identity(
                id=by_id, unicity=by_unicity, hash_=by_hash, start=low, end=high, sort="asc", classification=robots
            )
            return _answer(self._client, answer.http_response, texts, bare=True)  # no filter on this side

        return fetch

    def iter_action_events(
        self,
        *,
        start: When | None = None,
        end: When | None = None,
        cursor: EventCursor | None = None,
        action_id: str | None = None,
        types: Iterable[str] | None = None,
        window: datetime.timedelta = DEFAULT_WINDOW,
    ) -> EventIterator[ActionEvent]:
        """Every action event (executions, activations, bounces, hits...) in [start, end), oldest first.

        ``start``/``end`` are timezone-aware datetimes or epoch ms (naive datetimes raise ``ValueError``);
        ``end=None`` means now minus :data:`COMMIT_LAG` (30 s), fixed when the call is made. Resume a
        previous iteration with ``cursor=`` instead of ``start``. The range is read in windows, one
        ``GET /actions/events?sort=asc`` each; NP6 has no pagination, so a window's events are held in memory
        at once. Windows adapt to the data: each aims at about :data:`TARGET_EVENTS` events from the density
        of the last one, from 1 ms (events sharing a millisecond come in one call) up to ``window``, the
        longest window asked (at least 1 ms; lower it to bound the first call, or a sudden burst, tighter).
        Events are de-duplicated by id. ``action_id`` and ``types`` (e.g. ``{"execution"}``) filter on this
        side: NP6 has no all-types operation scoped to one action. :meth:`iter_action_events_raw` yields the
        same events as NP6 sent them.
        """
        walk = _action_walk(start=start, end=end, cursor=cursor, window=window, action_id=action_id, types=types)
        fetch = functools.partial(self._action_events, texts=not walk.filters, bare=True)
        return EventIterator(walk, fetch, _typed(_all_events.parse_response_200_item, self._client, walk))

    def iter_action_events_raw(
        self,
        *,
        start: When | None = None,
        end: When | None = None,
        cursor: EventCursor | None = None,
        action_id: str | None = None,
        types: Iterable[str] | None = None,
        window: datetime.timedelta = DEFAULT_WINDOW,
    ) -> EventIterator[RawEvent]:
        """:meth:`iter_action_events` without models, for bulk copies: each event is NP6's JSON object, decoded,
        at the speed of the wire (:meth:`iter_action_events_json` gives its text as sent, to store it). Same range,
        windows, order, filters, de-duplication and cursor (a cursor from either resumes the other)."""
        walk = _action_walk(start=start, end=end, cursor=cursor, window=window, action_id=action_id, types=types)
        return EventIterator(walk, self._action_events, _as_sent)

    def iter_action_events_json(
        self,
        *,
        start: When | None = None,
        end: When | None = None,
        cursor: EventCursor | None = None,
        action_id: str | None = None,
        types: Iterable[str] | None = None,
        window: datetime.timedelta = DEFAULT_WINDOW,
    ) -> EventIterator[str]:
        """:meth:`iter_action_events_raw` as text, for copies that keep NP6's bytes: each event is the JSON text
        NP6 sent for it (one object; its spaces, escapes, key order and numbers exactly as received), nothing
        decoded and encoded again. :meth:`np6.EventFile.write` writes it as one line. Same range, windows, order,
        filters, de-duplication and cursor as the other iterators (a cursor from any resumes any)."""
        walk = _action_walk(start=start, end=end, cursor=cursor, window=window, action_id=action_id, types=types)
        fetch = functools.partial(self._action_events, texts=True, bare=not walk.filters)
        return EventIterator(walk, fetch, _text_as_sent(walk))

    def iter_hits(
        self,
        *,
        target_id: str | None = None,
        unicity: str | None = None,
        hash: str | None = None,
        start: When | None = None,
        end: When | None = None,
        cursor: EventCursor | None = None,
        classification: str | Iterable[str] | None = None,
        window: datetime.timedelta = DEFAULT_WINDOW,
    ) -> EventIterator[ContactHit]:
        """The hits (opens, clicks...) of one contact, named by exactly one of ``target_id``, ``unicity`` and
        ``hash``, in [start, end), oldest first; same range, cursor and window rules as
        :meth:`iter_action_events` (``window`` is the longest window asked; windows adapt to the hits).
        ``classification`` (``"mpp"``, ``"gsr"``, ``"genericrobot"`` or several) keeps only the hits robots of
        those classes made; None keeps every hit. An item NP6 sends that is not a hit (its reference prints
        skeletons with no ``type``) comes as an ``UnknownEvent``; one without a timestamp or id is delivered once,
        at the start of the window it came in. :meth:`iter_hits_raw` yields them as NP6 sent them.
        """
        fetch = self._hit_fetch(target_id, unicity, hash, classification, texts=True)
        walk = _hit_walk(start, end, cursor, window)
        return EventIterator(walk, fetch, _typed(_contact_hits.parse_response_200_item, self._client, walk))

    def iter_hits_raw(
        self,
        *,
        target_id: str | None = None,
        unicity: str | None = None,
        hash: str | None = None,
        start: When | None = None,
        end: When | None = None,
        cursor: EventCursor | None = None,
        classification: str | Iterable[str] | None = None,
        window: datetime.timedelta = DEFAULT_WINDOW,
    ) -> EventIterator[RawEvent]:
        """:meth:`iter_hits` without models: each hit is NP6's JSON object, decoded."""
        fetch = self._hit_fetch(target_id, unicity, hash, classification)
        return EventIterator(_hit_walk(start, end, cursor, window), fetch, _as_sent)

    def iter_hits_json(
        self,
        *,
        target_id: str | None = None,
        unicity: str | None = None,
        hash: str | None = None,
        start: When | None = None,
        end: When | None = None,
        cursor: EventCursor | None = None,
        classification: str | Iterable[str] | None = None,
        window: datetime.timedelta = DEFAULT_WINDOW,
    ) -> EventIterator[str]:
        """:meth:`iter_hits` as text: each hit is the JSON text NP6 sent for it (see
        :meth:`iter_action_events_json`)."""
        fetch = self._hit_fetch(target_id, unicity, hash, classification, texts=True)
        walk = _hit_walk(start, end, cursor, window)
        return EventIterator(walk, fetch, _text_as_sent(walk))


class AsyncEvents:
    """The asynchronous twin of :class:`Events`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def _action_events(self, low: int, high: int, *, texts: bool = False, bare: bool = False) -> _Answer:
        answer = await AsyncRawActionEvents(self._client).list_all_action_events(start=low, end=high, sort="asc")
        return _answer(self._client, answer.http_response, texts, bare)

    def _hit_fetch(
        self,
        target_id: str | None,
        unicity: str | None,
        hash: str | None,
        classification: str | Iterable[str] | None,
        *,
        texts: bool = False,
    ) -> Callable[[int, int], Awaitable[_Answer]]:
        by_id, by_unicity, by_hash = _identity(target_id, unicity, hash)
        robots = _classification(classification)

        async def fetch(low: int, high: int) -> _Answer:
            answer = await AsyncRawContactEvents(self._client).list_contact_hit_events_by_identity(
                id=by_id, unicity=by_unicity, hash_=by_hash, start=low, end=high, sort="asc", classification=robots
            )
            return _answer(self._client, answer.http_response, texts, bare=True)  # no filter on this side

        return fetch

    def iter_action_events(
        self,
        *,
        start: When | None = None,
        end: When | None = None,
        cursor: EventCursor | None = None,
        action_id: str | None = None,
        types: Iterable[str] | None = None,
        window: datetime.timedelta = DEFAULT_WINDOW,
    ) -> AsyncEventIterator[ActionEvent]:
        """``async for`` over action events: see :meth:`Events.iter_action_events`."""
        walk = _action_walk(start=start, end=end, cursor=cursor, window=window, action_id=action_id, types=types)
        fetch = functools.partial(self._action_events, texts=not walk.filters, bare=True)
        return AsyncEventIterator(walk, fetch, _typed(_all_events.parse_response_200_item, self._client, walk))

    def iter_action_events_raw(
        self,
        *,
        start: When | None = None,
        end: When | None = None,
        cursor: EventCursor | None = None,
        action_id: str | None = None,
        types: Iterable[str] | None = None,
        window: datetime.timedelta = DEFAULT_WINDOW,
    ) -> AsyncEventIterator[RawEvent]:
        """``async for`` over action events as NP6 sent them: see :meth:`Events.iter_action_events_raw`."""
        walk = _action_walk(start=start, end=end, cursor=cursor, window=window, action_id=action_id, types=types)
        return AsyncEventIterator(walk, self._action_events, _as_sent)

    def iter_action_events_json(
        self,
        *,
        start: When | None = None,
        end: When | None = None,
        cursor: EventCursor | None = None,
        action_id: str | None = None,
        types: Iterable[str] | None = None,
        window: datetime.timedelta = DEFAULT_WINDOW,
    ) -> AsyncEventIterator[str]:
        """``async for`` over action events as the JSON text NP6 sent: see :meth:`Events.iter_action_events_json`."""
        walk = _action_walk(start=start, end=end, cursor=cursor, window=window, action_id=action_id, types=types)
        fetch = functools.partial(self._action_events, texts=True, bare=not walk.filters)
        return AsyncEventIterator(walk, fetch, _text_as_sent(walk))

    def iter_hits(
        self,
        *,
        target_id: str | None = None,
        unicity: str | None = None,
        hash: str | None = None,
        start: When | None = None,
        end: When | None = None,
        cursor: EventCursor | None = None,
        classification: str | Iterable[str] | None = None,
        window: datetime.timedelta = DEFAULT_WINDOW,
    ) -> AsyncEventIterator[ContactHit]:
        """``async for`` over one contact's hits: see :meth:`Events.iter_hits`."""
        fetch = self._hit_fetch(target_id, unicity, hash, classification, texts=True)
        walk = _hit_walk(start, end, cursor, window)
        return AsyncEventIterator(walk, fetch, _typed(_contact_hits.parse_response_200_item, self._client, walk))

    def iter_hits_raw(
        self,
        *,
        target_id: str | None = None,
        unicity: str | None = None,
        hash: str | None = None,
        start: When | None = None,
        end: When | None = None,
        cursor: EventCursor | None = None,
        classification: str | Iterable[str] | None = None,
        window: datetime.timedelta = DEFAULT_WINDOW,
    ) -> AsyncEventIterator[RawEvent]:
        """``async for`` over one contact's hits as NP6 sent them: see :meth:`Events.iter_hits_raw`."""
        fetch = self._hit_fetch(target_id, unicity, hash, classification)
        return AsyncEventIterator(_hit_walk(start, end, cursor, window), fetch, _as_sent)

    def iter_hits_json(
        self,
        *,
        target_id: str | None = None,
        unicity: str | None = None,
        hash: str | None = None,
        start: When | None = None,
        end: When | None = None,
        cursor: EventCursor | None = None,
        classification: str | Iterable[str] | None = None,
        window: datetime.timedelta = DEFAULT_WINDOW,
    ) -> AsyncEventIterator[str]:
        """``async for`` over one contact's hits as the JSON text NP6 sent: see :meth:`Events.iter_hits_json`."""
        fetch = self._hit_fetch(target_id, unicity, hash, classification, texts=True)
        walk = _hit_walk(start, end, cursor, window)
        return AsyncEventIterator(walk, fetch, _text_as_sent(walk))
