"""Adaptive event windows against the sandbox: a dense period is asked in many calls of bounded size, a quiet one
in few, events sharing one millisecond come in a 1 ms window, and resuming from a cursor taken inside a shrunk
window gives every event exactly once. Windows are seen as the client asks them (an httpx request hook).

Most tests lower ``TARGET_EVENTS`` so that a few thousand events make a dense period (the sandbox checks every
answer against the spec, which makes big answers slow); the sizing rule is the same at any target."""

from __future__ import annotations

import datetime
import gc
import json
import threading
import weakref
from bisect import bisect_left
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import islice, pairwise
from typing import Any

import httpx
import np6
import np6.resources.events
import pytest
from np6 import EventCursor
from np6.resources.events import FIRST_WINDOW, MAX_GROWTH, TARGET_EVENTS
from np6_testkit.sandbox import Sandbox
from np6_testkit.sandbox.state import KIND_CODES, EventKind, EventLog, Send, pack_row

SPAN_START = 1_700_000_000_000
SECOND_MS = 1_000
MINUTE_MS = 60 * SECOND_MS
HOUR_MS = 60 * MINUTE_MS
FIRST_MS = int(FIRST_WINDOW.total_seconds() * 1000)
SMALL_TARGET = 40
DAY_MS = 24 * HOUR_MS
GROWING_TO_A_DAY = [min(FIRST_MS * MAX_GROWTH**step, DAY_MS) for step in range(7)]
"""The first windows on quiet data: 1, 4, 16, 64, 256 and 1,024 minutes, then the 1-day default window."""


class Windows:
    """The [start, end) of every event request the client sent, in order."""

    def __init__(self) -> None:
        self.asked: list[tuple[int, int]] = []

    def __call__(self, request: httpx.Request) -> None:
        if request.url.path.endswith("/events") or request.url.path.endswith("/hits"):
            self.asked.append((int(request.url.params["start"]), int(request.url.params["end"])))

    def take(self) -> list[tuple[int, int]]:
        taken, self.asked = self.asked, []
        return taken


@pytest.fixture
def windows() -> Windows:
    return Windows()


@pytest.fixture
def client(sandbox: Sandbox, windows: Windows) -> Iterator[np6.Client]:
    hooked = httpx.Client(timeout=30, event_hooks={"request": [windows]})
    with np6.Client(sandbox.api_key, base_url=sandbox.url, http_client=hooked) as np6_client:
        yield np6_client


@pytest.fixture
def small_target(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(np6.resources.events, "TARGET_EVENTS", SMALL_TARGET)
    return SMALL_TARGET


def synthesize(sandbox: Sandbox, count: int, start: int, end: int, targets: int = 50) -> None:
    with sandbox.core.lock:
        sandbox.core.state.part(EventLog).synthesize(count, start, end, targets=targets)


def burst(sandbox: Sandbox, first_ms: int, milliseconds: int, per_ms: int) -> None:
    """``per_ms`` execution events at each of ``milliseconds`` consecutive milliseconds from ``first_ms``."""
    log = sandbox.core.state.part(EventLog)
    execution = KIND_CODES[EventKind("execution")]
    target_id, unicity, digest = log._synthetic_target(0)
    with sandbox.core.lock:
        for timestamp in range(first_ms, first_ms + milliseconds):
            for _ in range(per_ms):
                index = len(log.sends)
                send = Send(
                    sandbox.core.state.new_uuid(), "BURST0", target_id, unicity, digest, unicity, timestamp - 20
                )
                log._store(send, [pack_row(timestamp, index, execution, 0)])


def raw_events(http: httpx.Client, start: int, end: int) -> list[dict[str, Any]]:
    response = http.get("/actions/events", params={"start": start, "end": end, "sort": "asc"}, timeout=60)
    response.raise_for_status()
    return list(response.json())


def ids(events: Any) -> list[str]:
    return [str(event.id) for event in events]


def raw_ids(events: list[dict[str, Any]]) -> list[str]:
    return [str(event["id"]) for event in events]


def counts(asked: list[tuple[int, int]], events: list[dict[str, Any]]) -> list[int]:
    """How many of NP6's events each asked window held."""
    stamps = [event["timestamp"] for event in events]
    return [bisect_left(stamps, high) - bisect_left(stamps, low) for low, high in asked]


def assert_contiguous(asked: list[tuple[int, int]], start: int, end: int) -> None:
    assert asked[0][0] == start and asked[-1][1] == end
    assert all(low < high for low, high in asked)
    assert all(previous[1] == following[0] for previous, following in pairwise(asked))


def test_a_dense_period_is_asked_in_bounded_calls(
    sandbox: Sandbox, client: np6.Client, http: httpx.Client, windows: Windows, small_target: int
) -> None:
    # ~1,500 events in five minutes (sends and their executions and activations), then hits for two hours.
    synthesize(sandbox, 1_500, SPAN_START, SPAN_START + 5 * MINUTE_MS)
    end = SPAN_START + 4 * HOUR_MS
    expected = raw_events(http, SPAN_START, end)

    assert ids(client.events.iter_action_events(start=SPAN_START, end=end)) == raw_ids(expected)

    asked = windows.take()
    assert_contiguous(asked, SPAN_START, end)
    held = counts(asked, expected)
    assert asked[0][1] - asked[0][0] == FIRST_MS
    assert max(held[1:]) <= 3 * small_target, held  # sized from the density of the window before
    assert len(asked) >= len(expected) / (2 * small_target)
    assert min(high - low for low, high in asked) < FIRST_MS // 4  # shrank in the dense part...
    assert all(
        high - low <= MAX_GROWTH * (previous_high - previous_low)
        for (previous_low, previous_high), (low, high) in pairwise(asked)
    )  # ...and grew back by steps, as the hits thinned out


def test_a_quiet_period_is_asked_in_few_calls_up_to_the_window(
    sandbox: Sandbox, client: np6.Client, http: httpx.Client, windows: Windows
) -> None:
    synthesize(sandbox, 300, SPAN_START, SPAN_START + 2 * HOUR_MS, targets=10)
    end = SPAN_START + 6 * HOUR_MS
    expected = raw_ids(raw_events(http, SPAN_START, end))
    assert len(expected) < TARGET_EVENTS // 10

    hour = datetime.timedelta(hours=1)
    assert ids(client.events.iter_action_events(start=SPAN_START, end=end, window=hour)) == expected
    asked = windows.take()
    assert_contiguous(asked, SPAN_START, end)
    lengths = [high - low for low, high in asked]
    assert lengths[:4] == [min(length, HOUR_MS) for length in GROWING_TO_A_DAY[:4]]  # grown to the window...
    assert max(lengths) == HOUR_MS and len(asked) <= 6 + 3  # ...not past it: six 1-hour windows and 3 more

    window = datetime.timedelta(seconds=45)  # a window shorter than the first one bounds every call
    assert ids(client.events.iter_action_events(start=SPAN_START, end=end, window=window)) == expected
    assert {high - low for low, high in windows.take()[:-1]} == {45 * SECOND_MS}


def test_a_quiet_year_takes_a_call_a_day(client: np6.Client, windows: Windows) -> None:
    start = SPAN_START + 1_000 * DAY_MS  # nothing there: no test synthesizes events this late
    assert list(client.events.iter_action_events(start=start, end=start + 365 * DAY_MS)) == []
    lengths = [high - low for low, high in windows.take()]
    assert lengths[:7] == GROWING_TO_A_DAY and max(lengths) == DAY_MS  # grown to the default window, not past it
    assert len(lengths) <= 365 + len(GROWING_TO_A_DAY)


def test_a_window_too_large_to_read_is_asked_again_in_halves(
    sandbox: Sandbox, http: httpx.Client, windows: Windows
) -> None:
    synthesize(sandbox, 200, SPAN_START, SPAN_START + MINUTE_MS, targets=10)
    expected = raw_events(http, SPAN_START, SPAN_START + HOUR_MS)
    limit = 16 * 1024  # a few dozen events an answer, where the first window (a minute) holds hundreds
    hooked = httpx.Client(timeout=30, event_hooks={"request": [windows]})
    with np6.Client(sandbox.api_key, base_url=sandbox.url, http_client=hooked, max_response_size=limit) as small:
        assert ids(small.events.iter_action_events(start=SPAN_START, end=SPAN_START + HOUR_MS)) == raw_ids(expected)
        asked = windows.take()
        assert asked[0] == (SPAN_START, SPAN_START + FIRST_MS) and asked[1] == (SPAN_START, SPAN_START + FIRST_MS // 2)
        read = [window for window, following in pairwise([*asked, (0, 0)]) if following[0] != window[0]]
        assert_contiguous(read, SPAN_START, SPAN_START + HOUR_MS)  # each refused window was asked again, from its start

        burst(sandbox, SPAN_START + 2 * HOUR_MS, 1, 200)  # 200 events in one millisecond: no window can split them
        with pytest.raises(np6.ResponseTooLargeError):
            list(small.events.iter_action_events(start=SPAN_START + 2 * HOUR_MS, end=SPAN_START + 3 * HOUR_MS))


def test_hits_adapt_their_windows_too(
    sandbox: Sandbox, client: np6.Client, http: httpx.Client, windows: Windows
) -> None:
    synthesize(sandbox, 400, SPAN_START, SPAN_START + HOUR_MS, targets=1)
    end = SPAN_START + 5 * HOUR_MS
    target_id = raw_events(http, SPAN_START, end)[0]["source"]["detail"]["execution"]["recipient"]["id"]
    params = {"id": target_id, "start": SPAN_START, "end": end, "sort": "asc"}
    expected = raw_ids(http.get("/targets/events/hits", params=params).json())
    assert expected

    assert ids(client.events.iter_hits(target_id=target_id, start=SPAN_START, end=end)) == expected
    lengths = [high - low for low, high in windows.take()]
    assert lengths[:4] == GROWING_TO_A_DAY[:4]


def test_events_sharing_a_millisecond_come_in_one_millisecond_window(
    sandbox: Sandbox, client: np6.Client, http: httpx.Client, windows: Windows, small_target: int
) -> None:
    # More events in each millisecond than a call aims at, for longer than the first window (10 ms at most,
    # so that the walk runs into the burst rather than swallowing it in one call).
    burst_ms, milliseconds, per_ms = SPAN_START + 20 * MINUTE_MS + 500, 30, small_target + 10
    burst(sandbox, burst_ms, milliseconds, per_ms)
    start, end, window = burst_ms - 15, burst_ms + milliseconds + 100, datetime.timedelta(milliseconds=10)
    expected = raw_events(http, start, end)
    assert len(expected) == milliseconds * per_ms

    assert ids(client.events.iter_action_events(start=start, end=end, window=window)) == raw_ids(expected)
    asked = windows.take()
    assert_contiguous(asked, start, end)
    lengths, held = [high - low for low, high in asked], counts(asked, expected)
    assert lengths[:2] == [10, 10] and held[:2] == [0, 5 * per_ms]  # quiet, then the burst's first 5 ms
    # No window is shorter than 1 ms: each remaining millisecond of the burst is asked alone, and whole.
    assert lengths[2:27] == [1] * 25 and held[2:27] == [per_ms] * 25
    # Past the burst, windows grow back MAX_GROWTH-fold per call, up to the window given.
    assert lengths[27:31] == [1, 4, 10, 10] and held[27:] == [0] * (len(asked) - 27)


def test_resuming_inside_a_shrunk_window_gives_every_event_once(
    sandbox: Sandbox, client: np6.Client, http: httpx.Client, windows: Windows, small_target: int
) -> None:
    synthesize(sandbox, 1_200, SPAN_START, SPAN_START + 5 * MINUTE_MS, targets=20)
    end = SPAN_START + 3 * HOUR_MS
    expected = raw_events(http, SPAN_START, end)
    stamps = [event["timestamp"] for event in expected]
    # Between two events of one millisecond, once the walk has shrunk its windows in the dense part.
    stop = next(i for i in range(len(stamps) - 1) if stamps[i] == stamps[i + 1] > SPAN_START + 2 * MINUTE_MS)

    stream = client.events.iter_action_events(start=SPAN_START, end=end)
    head = list(islice(stream, stop + 1))
    low, high = windows.take()[-1]
    assert high - low < FIRST_MS // 4 and low <= stamps[stop + 1] < high  # mid-way through a shrunk window
    saved = stream.cursor.to_string()
    assert stream.cursor.timestamp == stamps[stop] and str(head[-1].id) in stream.cursor.seen

    resumed = client.events.iter_action_events(cursor=EventCursor.from_string(saved), end=end)
    assert ids(head) + ids(resumed) == raw_ids(expected)
    assert resumed.cursor == EventCursor(end)


def test_resuming_inside_a_millisecond_window_gives_every_event_once(
    sandbox: Sandbox, client: np6.Client, http: httpx.Client, windows: Windows, small_target: int
) -> None:
    burst_ms, milliseconds, per_ms = SPAN_START + 500, 20, small_target + 10
    burst(sandbox, burst_ms, milliseconds, per_ms)
    start, end, window = burst_ms - 5, burst_ms + 60, datetime.timedelta(milliseconds=10)
    expected = raw_ids(raw_events(http, start, end))
    stop = (5 + 3) * per_ms + per_ms // 2  # half of the fourth millisecond asked alone

    stream = client.events.iter_action_events(start=start, end=end, window=window)
    head = list(islice(stream, stop + 1))
    assert windows.take()[-1] == (burst_ms + 8, burst_ms + 9)
    cursor = EventCursor.from_string(stream.cursor.to_string())
    assert cursor.timestamp == burst_ms + 8 and len(cursor.seen) == per_ms // 2 + 1

    for resumed_window in (window, datetime.timedelta(hours=1)):  # resumed with a window of any size
        resumed = client.events.iter_action_events(cursor=cursor, end=end, window=resumed_window)
        assert ids(head) + ids(resumed) == expected


def test_read_events_are_released_before_the_next_window(sandbox: Sandbox, small_target: int) -> None:
    synthesize(sandbox, 600, SPAN_START, SPAN_START + 10 * MINUTE_MS)
    alive_at_request: list[int] = []
    delivered: list[weakref.ref[Any]] = []

    def alive(_: httpx.Request) -> None:
        alive_at_request.append(sum(reference() is not None for reference in delivered))

    hooked = httpx.Client(timeout=30, event_hooks={"request": [alive]})
    gc.disable()  # an event kept alive by a reference cycle must count as alive
    try:
        with np6.Client(sandbox.api_key, base_url=sandbox.url, http_client=hooked) as client:
            for event in client.events.iter_action_events(start=SPAN_START, end=SPAN_START + HOUR_MS):
                delivered.append(weakref.ref(event))
    finally:
        gc.enable()
    assert len(alive_at_request) > 5 and len(delivered) > 500
    assert max(alive_at_request) <= 1  # the last event yielded, still bound to the loop variable


@pytest.mark.anyio
async def test_the_async_twin_asks_the_same_windows(
    sandbox: Sandbox, client: np6.Client, windows: Windows, small_target: int
) -> None:
    synthesize(sandbox, 1_000, SPAN_START, SPAN_START + 10 * MINUTE_MS)
    burst(sandbox, SPAN_START + 3 * MINUTE_MS, 3, 2 * small_target)
    end = SPAN_START + 3 * HOUR_MS
    expected = ids(client.events.iter_action_events(start=SPAN_START, end=end))
    sync_windows = windows.take()
    hooked = httpx.AsyncClient(timeout=30, event_hooks={"request": [_async(windows)]})
    async with np6.AsyncClient(sandbox.api_key, base_url=sandbox.url, http_client=hooked) as async_client:
        got = [event async for event in async_client.events.iter_action_events(start=SPAN_START, end=end)]
    assert ids(got) == expected
    assert windows.take() == sync_windows


def _async(hook: Windows) -> Any:
    async def recorded(request: httpx.Request) -> None:
        hook(request)

    return recorded


def _action_by_to_dict(event: Any) -> str | None:
    """The action an event belongs to, read from what ``to_dict()`` gives back (NP6's JSON)."""
    detail = event.to_dict().get("source", {}).get("detail", {})
    for part in ("execution", "activation"):
        if isinstance(detail.get(part), dict) and detail[part].get("id") is not None:
            return str(detail[part]["id"])
    return None


def test_the_action_filter_keeps_the_events_to_dict_names(sandbox: Sandbox, client: np6.Client) -> None:
    synthesize(sandbox, 500, SPAN_START, SPAN_START + HOUR_MS)
    end = SPAN_START + 3 * HOUR_MS
    events = list(client.events.iter_action_events(start=SPAN_START, end=end))
    assert {event.type_ for event in events} >= {"execution", "activation", "hit", "bounce"}
    for action in {_action_by_to_dict(event) for event in events} - {None} | {"NOSUCH"}:
        wanted = [str(event.id) for event in events if _action_by_to_dict(event) == action]
        assert ids(client.events.iter_action_events(start=SPAN_START, end=end, action_id=action)) == wanted


ODDITIES: list[dict[str, Any]] = [
    {"source": {"type": "push", "detail": {"execution": {"id": "ACT001", "kind": "message"}}}},
    {"source": {"type": "push", "detail": {"execution": "ACT001", "activation": {"id": 17}}}},
    {"source": {"type": "push", "detail": {"activation": {"kind": "message"}}}},
    {"source": {"type": "push"}},
    {},
]
"""Events of a type np6 does not know, their action where NP6 may put it, or nowhere."""
ODD_ID = "6f1c1c5e-2c1f-4d4b-9f43-3f1f6c1c1c1"


class _Oddities(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps(
            [
                {"type": "future", "id": f"{ODD_ID}{index}", "timestamp": 1 + index} | odd
                for index, odd in enumerate(ODDITIES)
            ]
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


def test_the_action_filter_reads_events_of_unknown_types_too() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Oddities)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with np6.Client("key", base_url=f"http://127.0.0.1:{server.server_port}", pacing=False) as client:
            every = list(client.events.iter_action_events(start=0, end=10))
            assert [_action_by_to_dict(event) for event in every] == ["ACT001", "17", None, None, None]
            assert ids(client.events.iter_action_events(start=0, end=10, action_id="ACT001")) == [f"{ODD_ID}0"]
            assert ids(client.events.iter_action_events(start=0, end=10, action_id="17")) == [f"{ODD_ID}1"]
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.anyio
async def test_the_async_twin_halves_a_window_too_large_to_read(sandbox: Sandbox, http: httpx.Client) -> None:
    start = SPAN_START + 4 * HOUR_MS
    synthesize(sandbox, 200, start, start + MINUTE_MS, targets=10)
    expected = raw_ids(raw_events(http, start, start + HOUR_MS))
    async with np6.AsyncClient(sandbox.api_key, base_url=sandbox.url, max_response_size=16 * 1024) as small:
        assert ids([event async for event in small.events.iter_action_events(start=start, end=start + HOUR_MS)]) == (
            expected
        )
