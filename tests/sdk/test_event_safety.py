"""Event iteration against a server that does not honour its contract, and against bad input: a server that
ignores `start`/`end` stops the iteration at its first answer (instead of shrinking windows to 1 ms for millions
of calls); timestamps and cursors are checked before any request, and a cursor string is parsed safely."""

from __future__ import annotations

import asyncio
import datetime
import pickle
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import np6
import pytest
from np6 import EventCursor, EventWindowError
from np6.cli import app
from np6.resources.events import MAX_CURSOR_CHARS, MAX_TIMESTAMP_MS
from np6_testkit.sandbox import Call, Sandbox
from np6_testkit.sandbox.state import EventLog
from typer.testing import CliRunner

SPAN_START = 1_700_000_000_000
HOUR_MS = 3_600_000
SPAN_END = SPAN_START + 6 * HOUR_MS
UNREACHABLE = "http://127.0.0.1:9"
"""Nothing listens there: a request would raise APIConnectionError, so a ValueError proves none was sent."""


class Deviating:
    """A sandbox whose event operations rewrite the query before the real implementation reads it."""

    def __init__(self, rewrite: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
        self.rewrite = rewrite
        self.calls = 0
        operations = ("list_all_action_events", "list_contact_hit_events_by_identity")
        self.sandbox = Sandbox(overrides={operation: self._handler(operation) for operation in operations})

    def _handler(self, operation: str) -> Callable[[Call], Any]:
        def handle(call: Call) -> Any:
            self.calls += 1
            return self.sandbox.core.handlers[operation](attrs.evolve(call, query=self.rewrite(dict(call.query))))

        return handle


def ignoring_the_window(query: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in query.items() if key not in {"start", "end"}}


def with_an_inclusive_end(query: dict[str, Any]) -> dict[str, Any]:
    return {**query, "end": int(query["end"]) + 1}


@pytest.fixture
def deviating(request: pytest.FixtureRequest) -> Iterator[Deviating]:
    server = Deviating(request.param)
    with server.sandbox:
        with server.sandbox.core.lock:
            server.sandbox.core.state.part(EventLog).synthesize(600, SPAN_START, SPAN_START + 2 * HOUR_MS, targets=5)
        yield server


def all_events(sandbox: Sandbox) -> list[dict[str, Any]]:
    with httpx.Client(base_url=sandbox.url, headers={"X-Key": sandbox.api_key}) as http:
        return list(http.get("/actions/events", params={"start": 0, "end": SPAN_END, "sort": "asc"}).json())


@pytest.mark.parametrize("deviating", [ignoring_the_window], indirect=True)
def test_a_server_ignoring_start_and_end_stops_the_iteration(deviating: Deviating) -> None:
    sandbox = deviating.sandbox
    stray = all_events(sandbox)[0]  # the server answers every event, whatever the window
    deviating.calls = 0
    later = SPAN_START + HOUR_MS
    with (
        np6.Client(sandbox.api_key, base_url=sandbox.url) as client,
        pytest.raises(EventWindowError, match="ignores the start/end filters") as raised,
    ):
        list(client.events.iter_action_events(start=later, end=SPAN_END))
    assert deviating.calls == 1  # not the 1 ms windows of ~3.2M calls per hour
    assert raised.value.start == later and raised.value.timestamp == stray["timestamp"]
    assert raised.value.event_id == str(stray["id"])


@pytest.mark.parametrize("deviating", [ignoring_the_window], indirect=True)
def test_a_server_ignoring_start_and_end_stops_hits_and_the_async_twin(deviating: Deviating) -> None:
    sandbox = deviating.sandbox
    hit = next(event for event in all_events(sandbox) if event["type"] == "hit")
    target_id = hit["source"]["detail"]["activation"]["receiver"]["id"]
    later = hit["timestamp"] + 1
    with np6.Client(sandbox.api_key, base_url=sandbox.url) as client, pytest.raises(EventWindowError):
        list(client.events.iter_hits(target_id=target_id, start=later, end=SPAN_END))

    async def pull() -> None:
        async with np6.AsyncClient(sandbox.api_key, base_url=sandbox.url) as client:
            async for _ in client.events.iter_action_events(start=later, end=SPAN_END):
                pass

    with pytest.raises(EventWindowError):
        asyncio.run(pull())


@pytest.mark.parametrize("deviating", [ignoring_the_window], indirect=True)
def test_np6_events_pull_stops_on_a_server_ignoring_the_window(deviating: Deviating, tmp_path: Path) -> None:
    sandbox = deviating.sandbox
    out = tmp_path / "events.jsonl"
    out.write_text('{"id": "kept"}\n')
    deviating.calls = 0
    env = {"NP6_API_KEY": sandbox.api_key, "NP6_BASE_URL": sandbox.url}
    arguments = ["events", "pull", "--since", str(SPAN_START + HOUR_MS), "--until", str(SPAN_END), "--out", str(out)]

    result = CliRunner().invoke(app, arguments, env=env)

    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert "ignores the start/end filters" in result.stderr and "Traceback" not in result.stderr
    assert deviating.calls == 1
    assert out.read_text() == '{"id": "kept"}\n'


@pytest.mark.parametrize("deviating", [with_an_inclusive_end], indirect=True)
def test_a_server_reading_end_as_inclusive_delivers_each_event_once(deviating: Deviating) -> None:
    sandbox = deviating.sandbox
    expected = [str(event["id"]) for event in all_events(sandbox)]
    with np6.Client(sandbox.api_key, base_url=sandbox.url) as client:
        events = client.events.iter_action_events(start=SPAN_START, end=SPAN_END, window=datetime.timedelta(minutes=3))
        assert [str(event.id) for event in events] == expected


def test_event_window_error_pickles() -> None:
    error = EventWindowError(start=1, end=2, timestamp=5, event_id="e")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.start, copy.end, copy.timestamp, copy.event_id, str(copy)) == (1, 2, 5, "e", str(error))


# -- timestamps: checked before any request -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"start": "2026-01-01"}, "start must be .*epoch milliseconds \\(an int\\), got str"),
        ({"start": 1_700_000_000_000.5}, "start must be .*got float"),
        ({"start": True}, "start must be .*got bool"),
        ({"start": None, "cursor": "x"}, "cursor must be an EventCursor"),
        ({"start": 10**20}, "start must be .*up to 253402300799999"),
        ({"start": 0, "end": 10**20}, "end must be .*up to 253402300799999"),
        ({"start": 0, "end": "tomorrow"}, "end must be .*got str"),
        ({"start": -5}, "start must be non-negative"),
    ],
)
def test_bad_timestamps_are_refused_before_any_request(arguments: dict[str, Any], message: str) -> None:
    with np6.Client("key", base_url=UNREACHABLE) as client:
        with pytest.raises(ValueError, match=message):
            client.events.iter_action_events(**arguments)
        with pytest.raises(ValueError, match=message):
            client.events.iter_hits(target_id="00L00000", **arguments)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ((1.5,), "EventCursor.timestamp must be .*got float"),
        (("1700000000000",), "EventCursor.timestamp must be .*got str"),
        ((True,), "EventCursor.timestamp must be .*got bool"),
        ((10**20,), "EventCursor.timestamp must be .*up to"),
        ((-1,), "EventCursor.timestamp must be non-negative"),
        ((0, "abc"), "EventCursor.seen must be a set of event ids"),
        ((0, {1, 2}), "EventCursor.seen must hold event ids"),
    ],
)
def test_a_cursor_is_checked_when_made(arguments: tuple[Any, ...], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        EventCursor(*arguments)


def test_the_latest_timestamp_is_accepted() -> None:
    latest = datetime.datetime(9999, 12, 31, 23, 59, 59, 999000, tzinfo=datetime.UTC)
    assert EventCursor(MAX_TIMESTAMP_MS).at == latest
    with np6.Client("key", base_url=UNREACHABLE) as client:
        assert client.events.iter_action_events(start=latest, end=latest).cursor == EventCursor(MAX_TIMESTAMP_MS)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 100_000, "not an event cursor"),
        ('{"timestamp": 1, "seen": ' + "[" * 100_000, "not an event cursor"),
        ('{"version": 2, "timestamp": 1, "seen": []}', "version 2, expected 1"),
        ('{"version": "1", "timestamp": 1, "seen": []}', "version '1', expected 1"),
        ('{"timestamp": 100000000000000000000, "seen": []}', "timestamp must be epoch ms"),
        ('{"timestamp": 1.5, "seen": []}', "timestamp must be epoch ms"),
    ],
)
def test_a_cursor_string_is_parsed_safely(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        EventCursor.from_string(text)


def test_a_cursor_string_has_a_size_limit() -> None:
    with pytest.raises(ValueError, match=f"more than {MAX_CURSOR_CHARS}"):
        EventCursor.from_string('{"timestamp": 1, "seen": []}' + " " * MAX_CURSOR_CHARS)


def test_a_cursor_without_version_still_reads() -> None:
    """Cursors stored before the version field keep working."""
    assert EventCursor.from_string('{"timestamp": 5, "seen": ["a"]}') == EventCursor(5, frozenset({"a"}))
    assert EventCursor.from_string(EventCursor(5).to_string()) == EventCursor(5)
