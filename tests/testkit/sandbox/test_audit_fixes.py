"""The sandbox side of the December 2026 spec audit (issue 15), over loopback HTTP: the documented notification
execution body is accepted and executed; the hit reactivities of all actions answer like their siblings; legacy
action states, null descriptions and null reply-tos pass the sandbox's response checks and `np6 contract`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
from np6.cli import app
from np6_testkit.sandbox import Call, Sandbox
from np6_testkit.sandbox.state import Actions
from typer.testing import CliRunner

from .test_events import checked, send_campaign

LEGACY_ACTION: dict[str, Any] = {
    "type": "mailCampaign",
    "id": "000QEU",
    "name": "Old campaign",
    "description": None,
    "informations": {"folder": 7082, "category": 1443, "state": 80},
    "content": {"headers": {"reply": None}},
}


def _documented_item(recipient_value: dict[str, Any]) -> dict[str, Any]:
    """An item with every field page notificationmanagement/a754f7ab lists."""
    return {
        "recipient": {"type": "contact", "value": recipient_value},
        "title": "Your order shipped",
        "body": "It arrives on Monday",
        "icon": "https://cdn.example.com/icon.png",
        "thumbnail": "https://cdn.example.com/thumb.png",
        "image": "https://cdn.example.com/image.png",
        "data": {"order": "A-1"},
        "variables": [{"name": "firstname", "value": "Alice"}],
        "redirection": {"type": "url", "value": "https://example.com/orders/A-1"},
        "channel": {"ttl": 3600},
        "stamp": {"time": 1614089576625, "id": "d52055cd-e854-4177-8ef5-b10fd8d568a7"},
        "urgent": True,
    }


def test_the_documented_notification_body_executes(sandbox: Sandbox, http: httpx.Client) -> None:
    alice = http.post("/targets", json={"email": "alice@example.com"}).json()
    bob = http.post("/targets", json={"email": "bob@example.com"}).json()

    one = http.post("/notifications/156/execution", json=_documented_item({"type": "id", "value": alice["id"]}))
    assert one.status_code == 200, one.text
    assert one.json()["type"] == "success"
    assert one.json()["recipient"]["id"] == alice["id"]

    batch = [
        _documented_item({"type": "unicity", "value": ["bob@example.com"]}),
        _documented_item({"hash": alice["hash"]}),
        _documented_item({"type": "id", "value": "000NOPE0"}),
    ]
    results = http.post("/notifications/156/executions", json=batch)
    assert results.status_code == 200, results.text
    answered = checked(sandbox, "execute_notification_batch", results)
    assert [result["type"] for result in answered] == ["success", "success", "error"]
    assert [result["recipient"]["id"] for result in answered[:2]] == [bob["id"], alice["id"]]
    assert answered[2]["value"] == {"type": "recipient not found"}
    assert len({result["id"] for result in answered[:2]} | {one.json()["id"]}) == 3  # a new message id each


def test_the_email_recipient_shape_is_refused_for_notifications(http: httpx.Client) -> None:
    """What the spec modelled before the audit (the email `Recipient`, value a string) is not the documented body."""
    response = http.post("/notifications/156/execution", json={"recipient": {"type": "id", "value": "000R4M0T"}})
    assert response.status_code == 400


def test_hit_reactivities_of_all_actions(sandbox: Sandbox, http: httpx.Client) -> None:
    send_campaign(http)
    hits = checked(sandbox, "list_all_action_hit_reactivities", http.get("/actions/reactivities/hits"))
    reactions = checked(sandbox, "list_all_action_reactivities", http.get("/actions/reactivities"))
    assert hits and all(event["type"] == "hit" for event in hits)
    assert [event["id"] for event in hits] == [event["id"] for event in reactions if event["type"] == "hit"]
    newest_first = http.get("/actions/reactivities/hits", params={"sort": "desc"}).json()
    assert [event["timestamp"] for event in newest_first] == sorted(
        (event["timestamp"] for event in hits), reverse=True
    )
    assert http.get("/actions/reactivities/hits", params={"activationStart": "2999-01-01T00:00:00Z"}).json() == []


def test_legacy_action_states_pass_the_response_checks(sandbox: Sandbox, http: httpx.Client) -> None:
    """The suite's sandbox checks every response against the spec: an action in the legacy state 80, with a null
    description and reply-to, is answered as it is (GET /actions lists every action of an account)."""
    created = http.post("/actions", json={"type": "mailMessage", "name": "old", "content": {"subject": "Hi"}}).json()
    stored = sandbox.core.state.part(Actions).actions[created["id"]]
    stored["informations"]["state"] = 80
    stored["description"] = None
    stored["content"]["headers"] = {"reply": None}

    listed = http.get("/actions")
    assert listed.status_code == 200, listed.text
    assert [action["informations"]["state"] for action in listed.json()] == [80]
    one = http.get(f"/actions/{created['id']}")
    assert one.status_code == 200, one.text
    assert one.json()["description"] is None
    assert one.json()["content"]["headers"]["reply"] is None


def test_np6_contract_accepts_legacy_action_states(tmp_path: Path) -> None:
    def legacy_actions(call: Call) -> list[dict[str, Any]]:
        return [LEGACY_ACTION]

    with Sandbox(overrides={"list_actions": legacy_actions}) as sandbox:
        report_path = tmp_path / "report.json"
        target = ["--base-url", sandbox.url, "--api-key", sandbox.api_key]
        options = ["--operations", "list_actions", "--max-examples", "2", "--report", str(report_path)]
        result = CliRunner().invoke(
            app, ["contract", *target, *options], env={"NP6_API_KEY": None, "NP6_BASE_URL": None, "COLUMNS": "200"}
        )
    assert result.exit_code == 0, result.output
    report = json.loads(report_path.read_text())
    (outcome,) = report["operations"]
    assert (outcome["operation_id"], outcome["outcome"]) == ("list_actions", "matched")
    assert report["deviations"] == []


def test_any_bounce_type_is_accepted_and_listed(http: httpx.Client) -> None:
    """The bounce `type` is an open discriminator (seed 001); the legacy list shows `hardUser`."""
    target = http.post("/targets", json={"email": "carol@example.com"}).json()
    email_field = next(field["id"] for field in http.get("/fields").json() if field["type"] == "email")
    for bounce_type in ("hardUser", "softDomain"):
        body = {"type": bounce_type, "fieldId": email_field, "detail": {"message": "mailbox unavailable"}}
        response = http.put(f"/targets/{target['id']}/bounces/{email_field}", json=body)
        assert response.status_code == 204, response.text
    listed = {entry["id"]: entry["bounces"] for entry in http.get("/targets/bounces").json()}
    assert [bounce["type"] for bounce in listed[target["id"]]] == ["softDomain"]  # one bounce per field: the last
