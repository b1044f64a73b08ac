"""`client.events` against the sandbox: windowed ascending iteration without gaps or duplicates, a cursor
that survives serialisation, filters, the commit lag of `end=None`, input checks, and the async twin."""

from __future__ import annotations

import datetime
from collections import Counter
from itertools import islice
from typing import Any

import httpx
import np6
import pytest
from factories import create_targets, email_of, validated_action
from np6 import EventCursor
from np6_client.models import ExecutionEvent
from np6_testkit.sandbox import Faults, Sandbox
from np6_testkit.sandbox.state import EventLog

from .test_actions import SEND_FAULTS

BOTH_CLIENTS = True

UTC = datetime.UTC
SPAN_START = 1_700_000_000_000
HOUR_MS = 3_600_000
SPAN_END = SPAN_START + 6 * HOUR_MS


@pytest.fixture
def synthetic(sandbox: Sandbox, http: httpx.Client) -> list[dict[str, Any]]:
    """3,000 past events spread over six hours (many sharing a millisecond), and NP6's answer for all of them."""
    with sandbox.core.lock:
        sandbox.core.state.part(EventLog).synthesize(3_000, SPAN_START, SPAN_START + 2 * HOUR_MS, targets=20)
    events = http.get("/actions/events", params={"start": SPAN_START, "end": SPAN_END, "sort": "asc"}).json()
    assert len(events) > 2_000
    return list(events)


def ids(events: Any) -> list[str]:
    return [str(event.id) for event in events]


def raw_ids(events: list[dict[str, Any]]) -> list[str]:
    return [str(event["id"]) for event in events]


def first_shared_timestamp(events: list[dict[str, Any]]) -> int:
    """The position of the first event whose millisecond another event shares (a cursor's hard case)."""
    counts = Counter(event["timestamp"] for event in events)
    return next(index for index, event in enumerate(events) if counts[event["timestamp"]] > 1)


def test_windows_cover_the_range_in_order_without_gaps_or_duplicates(
    client: np6.Client, synthetic: list[dict[str, Any]]
) -> None:
    start = datetime.datetime.fromtimestamp(SPAN_START / 1000, UTC)
    stream = client.events.iter_action_events(start=start, end=SPAN_END, window=datetime.timedelta(minutes=7))
    events = list(stream)
    assert ids(events) == raw_ids(synthetic)
    timestamps = [event.timestamp for event in events]
    assert timestamps == sorted(timestamps)
    assert stream.cursor == EventCursor(SPAN_END)  # the whole range was delivered


def test_events_on_window_boundaries_are_not_repeated(
    sandbox: Sandbox, synthetic: list[dict[str, Any]], http: httpx.Client
) -> None:
    def end_inclusive(request: httpx.Request) -> None:
        # As if NP6 treated `end` inclusively: each boundary event comes back in two windows.
        if "end" in request.url.params:
            request.url = request.url.copy_set_param("end", int(request.url.params["end"]) + 1)

    boundary = synthetic[first_shared_timestamp(synthetic)]["timestamp"]
    window = datetime.timedelta(minutes=5)
    start = boundary - 20 * 300_000  # a window boundary falls exactly on events sharing a millisecond
    expected = raw_ids(http.get("/actions/events", params={"start": start, "end": SPAN_END, "sort": "asc"}).json())
    hooked = httpx.Client(timeout=10, event_hooks={"request": [end_inclusive]})
    with np6.Client(sandbox.api_key, base_url=sandbox.url, http_client=hooked) as client:
        events = list(client.events.iter_action_events(start=start, end=SPAN_END, window=window))
    assert ids(events) == expected


def test_resuming_from_a_serialised_cursor_continues_exactly(
    client: np6.Client, synthetic: list[dict[str, Any]]
) -> None:
    middle = first_shared_timestamp(synthetic)  # stop between two events of the same millisecond
    window = datetime.timedelta(minutes=10)
    stream = client.events.iter_action_events(start=SPAN_START, end=SPAN_END, window=window)
    head = list(islice(stream, middle + 1))
    saved = stream.cursor.to_string()
    assert stream.cursor.timestamp == synthetic[middle]["timestamp"]
    assert str(head[-1].id) in stream.cursor.seen

    resumed = client.events.iter_action_events(cursor=EventCursor.from_string(saved), end=SPAN_END, window=window)
    tail = list(resumed)
    assert ids(head) + ids(tail) == raw_ids(synthetic)
    assert EventCursor.from_dict(resumed.cursor.to_dict()) == resumed.cursor


def test_a_poller_resumes_from_the_last_run_without_loss(client: np6.Client, synthetic: list[dict[str, Any]]) -> None:
    cursor = None
    seen: list[str] = []
    for run_end in range(SPAN_START + HOUR_MS, SPAN_END + 1, HOUR_MS):  # six runs, one per hour of data
        stream = (
            client.events.iter_action_events(start=SPAN_START, end=run_end)
            if cursor is None
            else client.events.iter_action_events(cursor=cursor, end=run_end)
        )
        seen += ids(stream)
        cursor = EventCursor.from_dict(stream.cursor.to_dict())
    assert seen == raw_ids(synthetic)


def test_action_and_type_filters(client: np6.Client, http: httpx.Client) -> None:
    targets = create_targets(http, 6)
    first, second = validated_action(http), validated_action(http)
    start = datetime.datetime.now(UTC)
    report = client.actions.send(first, [email_of(target) for target in targets])
    client.actions.send(second, [email_of(target) for target in targets[:2]])
    end = start + datetime.timedelta(hours=3)

    executions = list(client.events.iter_action_events(start=start, end=end, action_id=first, types={"execution"}))
    assert all(isinstance(event, ExecutionEvent) for event in executions)
    stamps = {str(event.to_dict()["source"]["detail"]["execution"]["stamp"]["id"]) for event in executions}
    assert stamps == {str(message_id) for message_id in report.message_ids}
    everything = list(client.events.iter_action_events(start=start, end=end))
    assert Counter(event.type_ for event in everything)["execution"] == 8


def test_the_reconcile_hint_finds_what_a_lost_answer_sent(
    client: np6.Client, http: httpx.Client, sandbox: Sandbox
) -> None:
    targets = create_targets(http, 3)
    action_id = validated_action(http)
    sandbox.set_faults(Faults(error_rate=1.0, error_statuses=(500,), phase="after", operations=SEND_FAULTS))
    report = client.actions.send(action_id, [email_of(target) for target in targets])
    hint = report.reconcile
    assert hint is not None and report.unknown == 3
    sandbox.set_faults(Faults())

    # In production, wait out the commit lag and use end=None; the sandbox's events are already there.
    end = hint.since + datetime.timedelta(hours=1)
    executions = client.events.iter_action_events(start=hint.since, end=end, action_id=action_id, types={"execution"})
    reached = {event.to_dict()["source"]["detail"]["execution"]["recipient"]["unicity"] for event in executions}
    assert reached == set(hint.recipients)


def test_end_none_stops_before_the_commit_lag(client: np6.Client, http: httpx.Client) -> None:
    targets = create_targets(http, 2)
    action_id = validated_action(http)
    client.actions.send(action_id, [email_of(target) for target in targets])
    start = datetime.datetime.now(UTC) - datetime.timedelta(minutes=5)
    recent = client.events.iter_action_events(start=start)
    assert list(recent) == []  # the send's events are younger than the 30 s lag
    assert recent.cursor.timestamp < int(datetime.datetime.now(UTC).timestamp() * 1000) - 29_000


def test_hits_of_one_contact_by_id_unicity_or_hash(client: np6.Client, http: httpx.Client) -> None:
    targets = create_targets(http, 40)
    action_id = validated_action(http)
    start = datetime.datetime.now(UTC)
    client.actions.send(action_id, [email_of(target) for target in targets])
    end = start + datetime.timedelta(hours=3)
    window = datetime.timedelta(minutes=20)

    def raw_hits(target: dict[str, Any], **extra: Any) -> list[str]:
        params = {"id": target["id"], "start": int(start.timestamp() * 1000), "end": int(end.timestamp() * 1000)}
        return raw_ids(http.get("/targets/events/hits", params={**params, "sort": "asc", **extra}).json())

    clicked = next(target for target in targets if len(raw_hits(target)) >= 2)
    by_id = ids(client.events.iter_hits(target_id=clicked["id"], start=start, end=end, window=window))
    by_unicity = ids(client.events.iter_hits(unicity=email_of(clicked), start=start, end=end, window=window))
    by_hash = ids(client.events.iter_hits(hash=clicked["hash"], start=start, end=end, window=window))
    assert by_id == by_unicity == by_hash == raw_hits(clicked)

    robots = next((target for target in targets if raw_hits(target, classification="mpp,gsr")), None)
    if robots is not None:
        classified = client.events.iter_hits(
            target_id=robots["id"], start=start, end=end, classification=["mpp", "gsr"]
        )
        assert ids(classified) == raw_hits(robots, classification="mpp,gsr")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"start": datetime.datetime(2026, 1, 1)}, "naive datetime.*timezone-aware"),
        ({"start": SPAN_START, "end": datetime.datetime(2026, 1, 1)}, "naive"),
        ({"start": "2026-01-01"}, "timezone-aware datetime or epoch milliseconds"),
        ({"start": True}, "epoch milliseconds"),
        ({"start": -1}, "non-negative"),
        ({}, "exactly one of start"),
        ({"start": SPAN_START, "cursor": EventCursor(SPAN_START)}, "exactly one of start"),
        ({"cursor": {"timestamp": 1}}, "EventCursor"),
        ({"start": SPAN_END, "end": SPAN_START}, "after end"),
        ({"start": SPAN_START, "window": datetime.timedelta(0)}, "window"),
        ({"start": SPAN_START, "types": "execution"}, "collection of event types"),
    ],
)
def test_bad_ranges_are_refused_before_any_request(client: np6.Client, arguments: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        client.events.iter_action_events(**arguments)


def test_bad_hit_queries_are_refused(client: np6.Client) -> None:
    with pytest.raises(ValueError, match="exactly one of target_id, unicity and hash"):
        client.events.iter_hits(start=SPAN_START)
    with pytest.raises(ValueError, match="exactly one of target_id"):
        client.events.iter_hits(target_id="00L00000", hash="abc", start=SPAN_START)
    with pytest.raises(ValueError, match="classification"):
        client.events.iter_hits(target_id="00L00000", start=SPAN_START, classification="robot")
    with pytest.raises(ValueError, match="naive"):
        client.events.iter_hits(target_id="00L00000", start=datetime.datetime(2026, 1, 1))


@pytest.mark.parametrize(
    "text", ["", "[]", '{"timestamp": "1"}', '{"timestamp": 1, "seen": [1]}', '{"seen": []}', "not json"]
)
def test_a_malformed_cursor_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not an event cursor"):
        EventCursor.from_string(text)


def test_a_cursor_round_trips() -> None:
    cursor = EventCursor(SPAN_START, frozenset({"b", "a"}))
    assert cursor.to_dict() == {"version": 1, "timestamp": SPAN_START, "seen": ["a", "b"]}
    assert EventCursor.from_string(cursor.to_string()) == cursor
    assert cursor.at == datetime.datetime.fromtimestamp(SPAN_START / 1000, UTC)


@pytest.mark.anyio
async def test_the_async_twin_iterates_and_resumes_the_same(
    sandbox: Sandbox, client: np6.Client, synthetic: list[dict[str, Any]], http: httpx.Client
) -> None:
    middle = first_shared_timestamp(synthetic)
    window = datetime.timedelta(minutes=10)
    async with np6.AsyncClient(sandbox.api_key, base_url=sandbox.url) as async_client:
        stream = async_client.events.iter_action_events(start=SPAN_START, end=SPAN_END, window=window)
        head = []
        async for event in stream:
            head.append(event)
            if len(head) == middle + 1:
                break
        sync_stream = client.events.iter_action_events(start=SPAN_START, end=SPAN_END, window=window)
        list(islice(sync_stream, middle + 1))
        assert stream.cursor == sync_stream.cursor
        resumed = async_client.events.iter_action_events(
            cursor=EventCursor.from_string(stream.cursor.to_string()), end=SPAN_END, window=window
        )
        tail = [event async for event in resumed]
        assert ids(head) + ids(tail) == raw_ids(synthetic)

        target = synthetic[0]["source"]["detail"]
        target_id = (target.get("execution") or target["activation"])["recipient"]["id"]
        hits = [
            event async for event in async_client.events.iter_hits(target_id=target_id, start=SPAN_START, end=SPAN_END)
        ]
    assert ids(hits) == ids(client.events.iter_hits(target_id=target_id, start=SPAN_START, end=SPAN_END))
    assert all(event.type_ == "hit" for event in hits)
