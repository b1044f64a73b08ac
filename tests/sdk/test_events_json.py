"""The text event iterators (``iter_action_events_json``, ``iter_hits_json``): the JSON text NP6 sent for each event,
byte for byte, with the raw iterators' windows, order, filters, de-duplication and cursor."""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import islice

import anyio
import np6
import np6.resources.events
import pytest
from np6 import EventCursor
from np6_client.api.action_events import list_all_action_events
from np6_testkit.sandbox import Call, Reply, Sandbox
from np6_testkit.sandbox.state import EventLog

START = 1_700_000_000_000
HOUR_MS = 3_600_000
END = START + 6 * HOUR_MS


@pytest.fixture
def events(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> int:
    """1,000 events over 3 hours (and their reactions after), read in windows of about 100 events."""
    monkeypatch.setattr(np6.resources.events, "TARGET_EVENTS", 100)
    with sandbox.core.lock:
        return sandbox.core.state.part(EventLog).synthesize(1_000, START, START + 3 * HOUR_MS, targets=20)


def test_texts_are_the_raw_events_as_sent(client: np6.Client, events: int) -> None:
    texts = client.events.iter_action_events_json(start=START, end=END)
    raw = client.events.iter_action_events_raw(start=START, end=END)

    pulled = list(texts)

    assert all(type(text) is str and "\n" not in text for text in pulled) and len(pulled) == events
    assert [json.loads(text) for text in pulled] == list(raw)  # the same events, in the same order
    assert texts.cursor == raw.cursor


def test_a_cursor_of_either_resumes_the_other(client: np6.Client, events: int) -> None:
    everything = [event["id"] for event in client.events.iter_action_events_raw(start=START, end=END)]

    texts = client.events.iter_action_events_json(start=START, end=END)
    first = [json.loads(text)["id"] for text in islice(texts, 345)]
    raw = client.events.iter_action_events_raw(cursor=EventCursor.from_string(texts.cursor.to_string()), end=END)
    middle = [event["id"] for event in islice(raw, 300)]
    rest = [json.loads(text)["id"] for text in client.events.iter_action_events_json(cursor=raw.cursor, end=END)]

    assert first + middle + rest == everything


def test_filters_and_hits_are_the_raw_ones(client: np6.Client, events: int) -> None:
    def texts_and_raw(method: str, **options: object) -> tuple[list[object], list[object]]:
        texts = getattr(client.events, f"{method}_json")(start=START, end=END, **options)
        return [json.loads(text) for text in texts], list(
            getattr(client.events, f"{method}_raw")(start=START, end=END, **options)
        )

    texts, raw = texts_and_raw("iter_action_events", types={"hit", "bounce"})
    assert texts == raw and {event["type"] for event in raw} == {"hit", "bounce"}  # type: ignore[index]
    texts, raw = texts_and_raw("iter_hits", target_id="SY000003")
    assert texts == raw and raw


def test_async_texts_are_the_sync_ones(sandbox: Sandbox, client: np6.Client, events: int) -> None:
    async def pull() -> tuple[list[str], EventCursor]:
        async with np6.AsyncClient(sandbox.api_key, base_url=sandbox.url) as async_client:
            iterator = async_client.events.iter_action_events_json(start=START, end=END)
            hits = [hit async for hit in async_client.events.iter_hits_json(target_id="SY000003", start=START, end=END)]
            assert hits == list(client.events.iter_hits_json(target_id="SY000003", start=START, end=END)) and hits
            return [event async for event in iterator], iterator.cursor

    pulled, cursor = anyio.run(pull)

    sync = client.events.iter_action_events_json(start=START, end=END)
    assert pulled == list(sync) and cursor == sync.cursor


# Events as a server other than the sandbox may write them: spaces, escapes, key order, numbers json.dumps would
# write otherwise (1.50, 1E2, an integer beyond 64 bits), raw and escaped non-ASCII, a duplicate id (de-duplicated).
FIRST = '{ "type" : "hit", "id":"a", "timestamp": 1700000000001, "ratio": 1.50, "big": 123456789012345678901234567890 }'
SECOND = '{"timestamp":1700000000002,"id":"b","type":"hit","text":"caf\\u00e9 \\"quoted\\" \\/ tab\\t","name":"Zoë 🦊"}'
THIRD = '{"type":"hit","id":"c","timestamp":1700000000002,"nested":[{"x":1},{"y":[]}],"exp":1E2,"none":null}'
AGAIN = '{"type":"hit","id":"a","timestamp":1700000000001}'
NO_ID = '{"type": "hit", "timestamp": 1700000000002}'  # a skeleton: de-duplicated by its content
ANSWER = f" [ {FIRST} ,\n{SECOND},{THIRD} , {NO_ID},{AGAIN},{NO_ID}\t]\r\n"


@pytest.fixture(scope="module")
def scripted() -> Iterator[tuple[Sandbox, dict[str, bytes]]]:
    """A sandbox whose ``GET /actions/events`` answers the body set in the dict for the window holding its events
    (``START + 1`` and ``START + 2``), and ``[]`` for the others."""
    answer = {"body": b"[]"}

    def list_all_action_events(call: Call) -> Reply:
        holds_them = int(str(call.query["start"])) <= START + 1 < int(str(call.query["end"]))
        body = answer["body"] if holds_them else b"[]"
        return Reply(200, stream=[body], headers={"content-type": "application/json"})

    with Sandbox(overrides={"list_all_action_events": list_all_action_events}) as server:
        yield server, answer


def _texts(server: Sandbox) -> list[str]:
    with np6.Client(server.api_key, base_url=server.url, max_retries=0) as client:
        return list(client.events.iter_action_events_json(start=START, end=END))


def test_texts_are_the_bytes_np6_sent(scripted: tuple[Sandbox, dict[str, bytes]]) -> None:
    server, answer = scripted
    answer["body"] = ANSWER.encode()

    with np6.Client(server.api_key, base_url=server.url, max_retries=0) as client:
        iterator = client.events.iter_action_events_json(start=START, end=END)
        texts = list(iterator)
        raw = client.events.iter_action_events_raw(start=START, end=END)
        assert [json.loads(text) for text in texts] == list(raw) and iterator.cursor == raw.cursor

    assert texts == [FIRST, SECOND, THIRD, NO_ID]  # as sent, between the separators; "a" and NO_ID once


TYPED = (
    ' [ {"type" : "hit" , "id":"1a30daf4-8f41-45f6-9be6-b356e58c5dd5", "timestamp": 1700000000001, "ratio": 1.50},\n'
    '{"type":"novel","id":"2b30daf4-8f41-45f6-9be6-b356e58c5dd5","timestamp":1700000000002,"name":"Zo\\u00eb 🦊"},'
    '{"type":"hit","id":"1a30daf4-8f41-45f6-9be6-b356e58c5dd5","timestamp":1700000000001} ]'
)


def test_typed_events_are_the_models_of_the_raw_ones(scripted: tuple[Sandbox, dict[str, bytes]]) -> None:
    """Without filters the typed iterator decodes each event again from its text when it delivers it; with a
    filter it parses the event the filter read: the same models, cursor and de-duplication either way."""
    server, answer = scripted
    answer["body"] = TYPED.encode()

    with np6.Client(server.api_key, base_url=server.url, max_retries=0) as client:
        raw = client.events.iter_action_events_raw(start=START, end=END)
        expected = [list_all_action_events.parse_response_200_item(event) for event in raw]
        for typed in (
            client.events.iter_action_events(start=START, end=END),
            client.events.iter_action_events(start=START, end=END, types={"hit", "novel"}),
        ):
            assert list(typed) == expected and typed.cursor == raw.cursor

    assert [event.to_dict() for event in expected] == [json.loads(TYPED)[0], json.loads(TYPED)[1]]


def test_a_pretty_printed_answer_gives_each_event_as_sent(scripted: tuple[Sandbox, dict[str, bytes]]) -> None:
    server, answer = scripted
    events = [json.loads(FIRST), json.loads(SECOND)]
    answer["body"] = json.dumps(events, indent=2).encode()

    texts = _texts(server)

    assert texts == [json.dumps(event, indent=2).replace("\n", "\n  ") for event in events]
    assert [json.loads(text) for text in texts] == events


@pytest.mark.parametrize(
    "body",
    [b'[{"type": "hit", "id": "ab', b"[{}, ]", b'[{"id":"a"} {"id":"b"}]', b"[{}] []", b"{}", b"[1]", b""],
    ids=["cut", "trailing comma", "no comma", "extra data", "not an array", "not an object", "empty"],
)
def test_an_unreadable_answer_is_a_malformed_response(scripted: tuple[Sandbox, dict[str, bytes]], body: bytes) -> None:
    server, answer = scripted
    answer["body"] = body
    with np6.Client(server.api_key, base_url=server.url, max_retries=0) as client:
        for method in (
            client.events.iter_action_events_json,
            client.events.iter_action_events_raw,
            client.events.iter_action_events,
        ):
            with pytest.raises(np6.MalformedResponseError) as raised:
                next(method(start=START, end=END))
            assert raised.value.status_code == 200 and raised.value.request_id  # the raw iterator's error too
