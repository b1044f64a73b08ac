"""The raw event iterators (``iter_action_events_raw``, ``iter_hits_raw``): NP6's events as sent, no models, with
the typed iterators' windows, order, filters, de-duplication and cursor."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import Any

import anyio
import np6
import np6.resources.events
import pytest
from np6 import EventCursor
from np6_testkit.sandbox import Call, Reply, Sandbox
from np6_testkit.sandbox.state import EventLog

START = 1_700_000_000_000
HOUR_MS = 3_600_000
END = START + 6 * HOUR_MS


@pytest.fixture
def events(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> int:
    """3,000 events over 3 hours (and their reactions after), read in windows of about 100 events."""
    monkeypatch.setattr(np6.resources.events, "TARGET_EVENTS", 100)
    with sandbox.core.lock:
        return sandbox.core.state.part(EventLog).synthesize(3_000, START, START + 3 * HOUR_MS, targets=40)


def test_raw_events_are_the_typed_events_as_sent(client: np6.Client, events: int) -> None:
    typed = client.events.iter_action_events(start=START, end=END)
    raw = client.events.iter_action_events_raw(start=START, end=END)

    typed_events, raw_events = list(typed), list(raw)

    assert len(raw_events) == events
    assert all(type(event) is dict for event in raw_events)
    assert raw_events == [event.to_dict() for event in typed_events]
    assert raw.cursor == typed.cursor
    timestamps = [event["timestamp"] for event in raw_events]
    assert timestamps == sorted(timestamps) and len({event["id"] for event in raw_events}) == events


def test_a_cursor_of_either_resumes_the_other(client: np6.Client, events: int) -> None:
    everything = [event["id"] for event in client.events.iter_action_events_raw(start=START, end=END)]

    raw = client.events.iter_action_events_raw(start=START, end=END)
    first = [event["id"] for event in islice(raw, 1_234)]
    typed = client.events.iter_action_events(cursor=EventCursor.from_string(raw.cursor.to_string()), end=END)
    middle = [str(event.id) for event in islice(typed, 1_000)]
    rest = [event["id"] for event in client.events.iter_action_events_raw(cursor=typed.cursor, end=END)]

    assert first + middle + rest == everything


def test_raw_filters_are_the_typed_filters(client: np6.Client, events: int) -> None:
    def both(**filters: Any) -> tuple[list[Any], list[Any]]:
        typed = [event.to_dict() for event in client.events.iter_action_events(start=START, end=END, **filters)]
        return typed, list(client.events.iter_action_events_raw(start=START, end=END, **filters))

    typed, raw = both(types={"hit", "bounce"})
    assert raw == typed and raw and {event["type"] for event in raw} == {"hit", "bounce"}
    typed, raw = both(action_id="SYNTH0")
    assert raw == typed and len(raw) == events
    assert both(action_id="ANOTHER") == ([], [])


def test_raw_hits_are_the_typed_hits_as_sent(client: np6.Client, events: int) -> None:
    target = {"target_id": "SY000003"}
    typed = [hit.to_dict() for hit in client.events.iter_hits(**target, start=START, end=END)]
    raw = list(client.events.iter_hits_raw(**target, start=START, end=END))

    assert raw == typed and raw and {hit["type"] for hit in raw} == {"hit"}
    robots = list(client.events.iter_hits_raw(**target, start=START, end=END, classification="mpp"))
    assert robots == [hit for hit in raw if hit["source"]["detail"].get("classification") == "mpp"]


def test_async_raw_events_are_the_sync_ones(sandbox: Sandbox, client: np6.Client, events: int) -> None:
    async def pull() -> tuple[list[dict[str, Any]], EventCursor]:
        async with np6.AsyncClient(sandbox.api_key, base_url=sandbox.url) as async_client:
            iterator = async_client.events.iter_action_events_raw(start=START, end=END)
            return [event async for event in iterator], iterator.cursor

    pulled, cursor = anyio.run(pull)

    sync = client.events.iter_action_events_raw(start=START, end=END)
    assert pulled == list(sync) and cursor == sync.cursor


ODD_ANSWERS = {
    "not JSON": b'[{"type": "hit", "id": "ab',
    "not an array": b'{"events": []}',
    "an item that is not an object": b"[1]",
    "a timestamp that is not epoch ms": b'[{"type": "hit", "id": "a", "timestamp": "2026-05-01T00:00:00Z"}]',
    "an id that is not a string": b'[{"type": "hit", "id": 7, "timestamp": 1700000000001}]',
}


@pytest.fixture(scope="module")
def odd_server() -> Iterator[tuple[Sandbox, dict[str, bytes]]]:
    answer = {"body": b"[]"}

    def list_all_action_events(call: Call) -> Reply:
        return Reply(200, stream=[answer["body"]], headers={"content-type": "application/json"})

    with Sandbox(overrides={"list_all_action_events": list_all_action_events}) as server:
        yield server, answer


@pytest.mark.parametrize("case", ODD_ANSWERS)
@pytest.mark.parametrize("raw", [True, False], ids=["raw", "typed"])
def test_an_unreadable_window_is_a_malformed_response(
    odd_server: tuple[Sandbox, dict[str, bytes]], case: str, raw: bool
) -> None:
    server, answer = odd_server
    answer["body"] = ODD_ANSWERS[case]
    with np6.Client(server.api_key, base_url=server.url, max_retries=0) as client:
        events = client.events
        iterator = (events.iter_action_events_raw if raw else events.iter_action_events)(start=START, end=END)
        with pytest.raises(np6.MalformedResponseError) as raised:
            next(iterator)
    assert raised.value.status_code == 200 and raised.value.request_id


def test_an_event_the_models_cannot_read_is_a_malformed_response_only_when_typed(
    odd_server: tuple[Sandbox, dict[str, bytes]],
) -> None:
    server, answer = odd_server
    answer["body"] = b'[{"type": "hit", "id": "not-a-uuid", "timestamp": 1700000000001}]'
    with np6.Client(server.api_key, base_url=server.url, max_retries=0) as client:
        assert next(client.events.iter_action_events_raw(start=START, end=END))["id"] == "not-a-uuid"
        with pytest.raises(np6.MalformedResponseError, match="ValueError"):
            next(client.events.iter_action_events(start=START, end=END))
