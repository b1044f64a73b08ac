"""Events over loopback HTTP: what sends produce, the query filters, determinism and the 1M-event store."""

from __future__ import annotations

import datetime
import json
from collections import Counter
from typing import Any

import httpx
import pytest
from np6_testkit.sandbox import Sandbox
from np6_testkit.sandbox.state import EventLog

EMAIL = "application/vnd.np6.cm.email"
ACTION: dict[str, Any] = {"type": "mailMessage", "name": "News", "content": {"subject": "Hi", "html": "<p>Hi</p>"}}
RECIPIENTS = 60


def checked(sandbox: Sandbox, operation_id: str, response: httpx.Response) -> list[dict[str, Any]]:
    """The response's events, after checking them against the spec (streamed answers skip the server's check)."""
    assert response.status_code == 200, response.text
    body = response.json()
    media = sandbox.core.spec.operations[operation_id].response_media(200)
    assert media is not None
    sandbox.core.spec.check(media[1], body, operation_id)
    return list(body)


def send_campaign(http: httpx.Client, recipients: int = RECIPIENTS) -> tuple[str, list[dict[str, Any]]]:
    """A validated action sent once to `recipients` new targets; returns the action id and the targets."""
    targets = [http.post("/targets", json={"email": f"user{n}@example.com"}).json() for n in range(recipients)]
    action_id = http.post("/actions", json=ACTION).json()["id"]
    segment = http.post("/segments", json={"type": "static", "name": "testers", "isTest": True}).json()["id"]
    http.post(f"/actions/{action_id}/validation", json={"fortest": True, "testSegments": [segment]})
    http.post(f"/actions/{action_id}/validation", json={"fortest": False})
    if targets:  # an empty batch is a 400 (minItems: 1)
        body = json.dumps([{"recipient": {"type": "id", "value": target["id"]}} for target in targets])
        response = http.post(f"/actions/{action_id}/executions", content=body, headers={"Content-Type": EMAIL})
        assert response.status_code == 200
    return action_id, targets


@pytest.fixture
def campaign(http: httpx.Client) -> tuple[str, list[dict[str, Any]]]:
    return send_campaign(http)


def test_sends_produce_events(sandbox: Sandbox, http: httpx.Client, campaign: tuple[str, list[Any]]) -> None:
    action_id, _ = campaign
    events = checked(sandbox, "list_all_action_events", http.get("/actions/events"))
    types = Counter(event["type"] for event in events)
    assert types["execution"] == RECIPIENTS
    assert types["activation"] + types["cancellation"] == RECIPIENTS
    assert types["hit"] > 0
    assert {
        event["source"]["detail"].get("execution", event["source"]["detail"].get("activation"))["id"]
        for event in events
    } == {action_id}
    assert all(event["identity"] == {"type": "customer", "agency": "SBOX", "customer": "001"} for event in events)
    timestamps = [event["timestamp"] for event in events]
    assert timestamps == sorted(timestamps)  # storage order is ascending time


def test_execution_events_match_the_send_results(sandbox: Sandbox, http: httpx.Client) -> None:
    target = http.post("/targets", json={"email": "alice@example.com"}).json()
    action_id, _ = send_campaign(http, recipients=0)
    body = {"recipient": {"type": "id", "value": target["id"]}, "data": {"foo": 1}}
    result = http.post(f"/actions/{action_id}/execution", json=body, headers={"Content-Type": EMAIL}).json()
    events = checked(sandbox, "list_contact_events", http.get(f"/targets/{target['id']}/events"))
    execution = next(event for event in events if event["type"] == "execution")["source"]["detail"]["execution"]
    assert execution["recipient"] == result["recipient"]
    assert execution["stamp"]["id"] == result["id"]
    assert execution["data"] == {"foo": 1}
    sends = sandbox.core.state.part(EventLog).sends_for(action_id)
    assert [(send.message_id, send.target_id) for send in sends] == [(result["id"], target["id"])]


def test_event_ids_are_stable_and_unique(sandbox: Sandbox, http: httpx.Client, campaign: tuple[str, list[Any]]) -> None:
    first = http.get("/actions/events").json()
    second = http.get("/actions/events", params={"sort": "asc"}).json()
    assert [event["id"] for event in first] == [event["id"] for event in second]
    assert len({event["id"] for event in first}) == len(first)


def test_per_action_routes(sandbox: Sandbox, http: httpx.Client, campaign: tuple[str, list[Any]]) -> None:
    action_id, _ = campaign
    everything = http.get("/actions/events").json()
    expectations = {
        "list_action_activation_events": ("activations", lambda e: e["type"] == "activation"),
        "list_action_bounce_events": ("bounces", lambda e: e["type"] == "bounce"),
        "list_action_cancellation_events": ("cancellations", lambda e: e["type"] == "cancellation"),
        "list_action_mirror_hit_events": ("hits/mirror", lambda e: _hit_type(e) == "mirror"),
    }
    for operation_id, (route, wanted) in expectations.items():
        events = checked(sandbox, operation_id, http.get(f"/actions/{action_id}/events/{route}"))
        assert [event["id"] for event in events] == [event["id"] for event in everything if wanted(event)]
    assert checked(sandbox, "list_action_stop_events", http.get(f"/actions/{action_id}/events/responses/stop")) == []
    assert http.get("/actions/NOPE00/events/bounces").status_code == 404
    cancellations = checked(sandbox, "list_all_action_cancellation_events", http.get("/actions/events/cancellations"))
    assert all(event["type"] == "cancellation" for event in cancellations)


def test_bounce_detail_has_the_published_shape(sandbox: Sandbox, http: httpx.Client) -> None:
    action_id, _ = send_campaign(http, recipients=150)
    bounces = checked(sandbox, "list_action_bounce_events", http.get(f"/actions/{action_id}/events/bounces"))
    assert bounces, "150 sends give a few bounces"
    for bounce in bounces:
        detail = bounce["source"]["detail"]
        assert detail["activation"]["receiver"]["type"] == "id"
        assert detail["bounce"]["analysis"]["verdict"] in ("soft", "hard")
        assert detail["bounce"]["status"]["type"] == "sync"


def test_contact_hits_by_id_unicity_and_hash(
    sandbox: Sandbox, http: httpx.Client, campaign: tuple[str, list[Any]]
) -> None:
    _, targets = campaign
    everything = http.get("/actions/events").json()
    hit_target = next(
        target for target in targets if any(_hit_type(e) and _receiver_id(e) == target["id"] for e in everything)
    )
    expected = [e["id"] for e in everything if e["type"] == "hit" and _receiver_id(e) == hit_target["id"]]
    identities = [
        {"id": hit_target["id"]},
        {"unicity": hit_target["fields"]["728"]},
        {"hash": hit_target["hash"]},
    ]
    for identity in identities:
        response = http.get("/targets/events/hits", params=identity)
        assert [e["id"] for e in checked(sandbox, "list_contact_hit_events_by_identity", response)] == expected
    assert http.get("/targets/events/hits", params={"unicity": "nobody@example.com"}).status_code == 404
    assert http.get("/targets/events/hits").status_code == 400


def test_contact_routes(sandbox: Sandbox, http: httpx.Client, campaign: tuple[str, list[Any]]) -> None:
    _, targets = campaign
    target_id = targets[0]["id"]
    events = checked(sandbox, "list_contact_events", http.get(f"/targets/{target_id}/events"))
    assert {_receiver_id(event) for event in events} == {target_id}
    assert events[0]["type"] == "execution"
    by_identity = http.get("/targets/events", params={"id": target_id})
    assert checked(sandbox, "list_contact_events_by_identity", by_identity) == events
    activations = checked(
        sandbox, "list_contact_activation_events", http.get(f"/targets/{target_id}/events/activations")
    )
    assert all(event["type"] == "activation" for event in activations)
    for subtype in ("open", "form"):
        hits = checked(
            sandbox, f"list_contact_{subtype}_hit_events", http.get(f"/targets/{target_id}/events/hits/{subtype}")
        )
        assert all(_hit_type(event) == subtype for event in hits)
    assert http.get("/targets/NOBODY00/events").status_code == 404


def test_start_end_and_sort(sandbox: Sandbox, http: httpx.Client, campaign: tuple[str, list[Any]]) -> None:
    everything = http.get("/actions/events", params={"sort": "asc"}).json()
    timestamps = [event["timestamp"] for event in everything]
    middle = timestamps[len(timestamps) // 2]
    later = http.get("/actions/events", params={"start": middle, "sort": "asc"}).json()
    earlier = http.get("/actions/events", params={"end": middle}).json()
    assert [e["id"] for e in earlier + later] == [e["id"] for e in everything]
    assert all(event["timestamp"] >= middle for event in later)
    iso = http.get("/actions/events", params={"start": _iso(middle), "sort": "asc"}).json()
    assert iso == later
    descending = http.get("/actions/events", params={"sort": "desc"}).json()
    assert [event["timestamp"] for event in descending] == sorted(timestamps, reverse=True)
    assert http.get("/actions/events", params={"start": middle, "end": middle}).json() == []
    assert http.get("/actions/events", params={"sort": "sideways"}).status_code == 400


def test_classification_filter(sandbox: Sandbox, http: httpx.Client) -> None:
    """Without `classification` every hit comes back; with it, only the hits of the listed robot classes."""
    send_campaign(http, recipients=200)
    hits = [event for event in http.get("/actions/events").json() if event["type"] == "hit"]
    robots = [hit for hit in hits if "classification" in hit["source"]["detail"]]
    assert robots and len(robots) < len(hits), "some hits, not all, are robots"
    targets = list(dict.fromkeys(_receiver_id(hit) for hit in robots))[:5]
    targets += list(dict.fromkeys(_receiver_id(hit) for hit in hits if hit not in robots))[:3]
    for target_id in targets:
        mine = [hit for hit in hits if _receiver_id(hit) == target_id]
        everything = http.get("/targets/events/hits", params={"id": target_id}).json()
        assert [hit["id"] for hit in everything] == [hit["id"] for hit in mine]
        response = http.get("/targets/events/hits", params={"id": target_id, "classification": "mpp, gsr"})
        wanted = [hit["id"] for hit in mine if hit["source"]["detail"].get("classification") in ("mpp", "gsr")]
        assert [hit["id"] for hit in checked(sandbox, "list_contact_hit_events_by_identity", response)] == wanted
        every_robot = http.get(
            "/targets/events/hits", params={"id": target_id, "classification": "genericrobot,mpp,gsr"}
        )
        assert [hit["id"] for hit in every_robot.json()] == [hit["id"] for hit in mine if hit in robots]


def test_reactivities(sandbox: Sandbox, http: httpx.Client, campaign: tuple[str, list[Any]]) -> None:
    action_id, _ = campaign
    reactions = checked(sandbox, "list_all_action_reactivities", http.get("/actions/reactivities"))
    assert {event["type"] for event in reactions} <= {"activation", "bounce", "hit"}
    opens = checked(sandbox, "list_all_action_open_hit_reactivities", http.get("/actions/reactivities/hits/open"))
    assert opens and all(_hit_type(event) == "open" for event in opens)
    future = http.get("/actions/reactivities", params={"activationStart": "2999-01-01T00:00:00Z"}).json()
    assert future == []
    mine = http.get(f"/actions/{action_id}/reactivities/hits/redirection")
    assert all(
        _hit_type(event) == "redirection"
        for event in checked(sandbox, "list_action_redirection_hit_reactivities", mine)
    )


def test_same_seed_same_sends_same_events(http: httpx.Client, sandbox: Sandbox) -> None:
    send_campaign(http)
    first = [(event["type"], event["id"]) for event in http.get("/actions/events").json()]
    sandbox.reset()
    send_campaign(http)
    second = [(event["type"], event["id"]) for event in http.get("/actions/events").json()]
    assert [kind for kind, _ in first] == [kind for kind, _ in second]
    assert first == second


def test_unsubscribe_hits_redlist_the_target(http: httpx.Client, sandbox: Sandbox) -> None:
    send_campaign(http, recipients=300)
    unsubscribed = {
        _receiver_id(event)
        for event in http.get("/actions/events").json()
        if _hit_type(event) == "unsubscribe" and "classification" not in event["source"]["detail"]
    }
    redlisted = {entry["id"] for entry in http.get("/targets/redlist/mail").json()}
    assert unsubscribed <= redlisted


def test_bulk_synthesized_events_are_streamed_by_window(sandbox: Sandbox, http: httpx.Client) -> None:
    start_ms, day_ms = 1_700_000_000_000, 24 * 3600 * 1000
    with sandbox.core.lock:
        log = sandbox.core.state.part(EventLog)
        assert log.synthesize(200_000, start_ms, start_ms + 30 * day_ms) == 200_000
        assert len(log) == 200_000
    window = {"start": start_ms + 10 * day_ms, "end": start_ms + 10 * day_ms + 60_000, "sort": "desc"}
    with http.stream("GET", "/actions/events", params=window) as response:
        assert response.status_code == 200
        assert "content-length" not in response.headers  # streamed
        events = json.loads(response.read())
    assert events
    assert all(window["start"] <= event["timestamp"] < window["end"] for event in events)
    assert [event["timestamp"] for event in events] == sorted((event["timestamp"] for event in events), reverse=True)
    window_bounces = http.get("/actions/SYNTH0/events/bounces", params={"start": window["start"], "end": window["end"]})
    assert [event["id"] for event in window_bounces.json()] == [
        event["id"] for event in reversed(events) if event["type"] == "bounce"
    ]


def test_synthetic_events_are_queryable_by_target(sandbox: Sandbox, http: httpx.Client) -> None:
    with sandbox.core.lock:
        sandbox.core.state.part(EventLog).synthesize(5_000, 1_700_000_000_000, 1_700_100_000_000, targets=10)
    everything = http.get("/actions/events").json()
    assert len(everything) == 5_000
    one_target = [event for event in everything if _receiver_id(event) == "SY000000"]
    events = checked(sandbox, "list_contact_events", http.get("/targets/SY000000/events"))
    assert [event["id"] for event in events] == [event["id"] for event in one_target]


def _hit_type(event: dict[str, Any]) -> str | None:
    return event["source"]["detail"]["link"]["type"] if event["type"] == "hit" else None


def _receiver_id(event: dict[str, Any]) -> str:
    detail = event["source"]["detail"]
    if "execution" in detail:
        return str(detail["execution"]["recipient"]["id"])
    receiver = detail["activation"]["receiver"]
    return str(receiver.get("id", receiver.get("value")))


def _iso(ms: int) -> str:
    moment = datetime.datetime.fromtimestamp(ms / 1000, datetime.UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
