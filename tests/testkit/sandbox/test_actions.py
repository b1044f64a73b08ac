"""Actions over loopback HTTP: CRUD, the two-phase validation state machine, sends, renders and archives."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from np6_testkit.sandbox import Sandbox
from np6_testkit.sandbox.state import EventLog

EMAIL = "application/vnd.np6.cm.email"
SMS = "application/vnd.np6.cm.sms"
MAIL_ACTION: dict[str, Any] = {
    "type": "mailMessage",
    "name": "Welcome",
    "content": {
        "headers": {"from": {"prefix": "news", "domain": "example.com", "label": "Example"}},
        "subject": "Hello {{email}}",
        "html": '<p>Hi {{email}}</p><a href="https://example.com/a" tracking="Enabled">a</a>'
        '<a href="MirrorPage" linktype="System">mirror</a>',
    },
}


def create_target(http: httpx.Client, email: str) -> dict[str, Any]:
    response = http.post("/targets", json={"email": email})
    assert response.status_code == 200, response.text
    return dict(response.json())


def create_test_segment(http: httpx.Client, name: str = "testers") -> int:
    response = http.post("/segments", json={"type": "static", "name": name, "isTest": True})
    assert response.status_code == 200, response.text
    return int(response.json()["id"])


def create_action(http: httpx.Client, body: dict[str, Any] | None = None) -> dict[str, Any]:
    response = http.post("/actions", json=body or MAIL_ACTION)
    assert response.status_code == 200, response.text
    return dict(response.json())


def state_of(http: httpx.Client, action_id: str) -> int:
    return int(http.get(f"/actions/{action_id}").json()["informations"]["state"])


def validated_action(http: httpx.Client, body: dict[str, Any] | None = None) -> str:
    """An action taken through both validation phases (state 50), ready to send."""
    action_id = str(create_action(http, body)["id"])
    segment = create_test_segment(http, f"testers {action_id}")
    assert (
        http.post(f"/actions/{action_id}/validation", json={"fortest": True, "testSegments": [segment]}).status_code
        == 204
    )
    assert http.post(f"/actions/{action_id}/validation", json={"fortest": False}).status_code == 204
    return action_id


def execute(
    http: httpx.Client, action_id: str, recipients: list[dict[str, Any]], media_type: str = EMAIL
) -> httpx.Response:
    body = json.dumps([{"recipient": recipient} for recipient in recipients])
    return http.post(f"/actions/{action_id}/executions", content=body, headers={"Content-Type": media_type})


# -- CRUD -------------------------------------------------------------------------------------------


def test_create_get_update_delete(http: httpx.Client) -> None:
    draft = create_action(http, {"type": "mailMessage", "name": "Draft"})
    assert len(draft["id"]) == 6
    assert draft["informations"]["state"] == 10
    assert http.get(f"/actions/{draft['id']}").json() == draft

    updated = http.put(f"/actions/{draft['id']}", json={**MAIL_ACTION, "name": "Renamed"})
    assert updated.status_code == 200
    assert updated.json()["name"] == "Renamed"
    assert updated.json()["informations"]["state"] == 20
    assert updated.json()["creationDate"] == draft["creationDate"]

    assert http.delete(f"/actions/{draft['id']}").status_code == 204
    assert http.get(f"/actions/{draft['id']}").status_code == 404
    assert http.delete(f"/actions/{draft['id']}").status_code == 404


def test_action_with_content_starts_in_state_20_and_ids_are_distinct(http: httpx.Client) -> None:
    first, second = create_action(http), create_action(http)
    assert first["informations"]["state"] == 20
    assert first["id"] == "000PE4"
    assert second["id"] != first["id"]


def test_list_actions_filters_on_creation_date(http: httpx.Client) -> None:
    action = create_action(http)
    assert [item["id"] for item in http.get("/actions").json()] == [action["id"]]
    assert http.get("/actions", params={"creation_start": action["creationDate"]}).json() != []
    assert http.get("/actions", params={"creation_end": action["creationDate"]}).json() == []
    assert http.get("/actions", params={"creation_start": "2999-01-01T00:00:00Z"}).json() == []


def test_duplicate_goes_back_to_draft(http: httpx.Client) -> None:
    action_id = validated_action(http)
    copy = http.post(f"/actions/{action_id}/duplication")
    assert copy.status_code == 200
    assert copy.json()["id"] != action_id
    assert copy.json()["informations"]["state"] == 20
    assert copy.json()["content"] == MAIL_ACTION["content"]
    assert http.post("/actions/ZZZZZZ/duplication").status_code == 404


# -- the validation state machine -------------------------------------------------------------------


def test_two_phase_validation_and_unvalidation(http: httpx.Client) -> None:
    target = create_target(http, "alice@example.com")
    action_id = str(create_action(http)["id"])
    segment = create_test_segment(http)
    recipient = [{"type": "id", "value": target["id"]}]

    assert execute(http, action_id, recipient).status_code == 409
    assert http.post(f"/actions/{action_id}/validation", json={"fortest": False}).status_code == 409
    test_phase = http.post(f"/actions/{action_id}/validation", json={"fortest": True, "testSegments": [segment]})
    assert test_phase.status_code == 204
    assert state_of(http, action_id) == 38

    refused = execute(http, action_id, recipient)
    assert refused.status_code == 409
    assert refused.content == b""
    single = http.post(
        f"/actions/{action_id}/execution", json={"recipient": recipient[0]}, headers={"Content-Type": EMAIL}
    )
    assert single.status_code == 409

    assert http.post(f"/actions/{action_id}/validation", json={"fortest": False}).status_code == 204
    assert state_of(http, action_id) == 50
    assert http.post(f"/actions/{action_id}/validation", json={"fortest": False}).status_code == 409
    assert execute(http, action_id, recipient).status_code == 200

    assert http.request("DELETE", f"/actions/{action_id}/validation", json={}).status_code == 204
    assert state_of(http, action_id) == 20
    assert http.request("DELETE", f"/actions/{action_id}/validation", json={}).status_code == 409
    assert execute(http, action_id, recipient).status_code == 409


def test_unvalidate_from_test_phase(http: httpx.Client) -> None:
    action_id = str(create_action(http)["id"])
    segment = create_test_segment(http)
    http.post(f"/actions/{action_id}/validation", json={"fortest": True, "testSegments": [segment]})
    assert http.request("DELETE", f"/actions/{action_id}/validation", json={}).status_code == 204
    assert state_of(http, action_id) == 20


def test_invalid_validations(http: httpx.Client) -> None:
    draft_id = create_action(http, {"type": "mailMessage", "name": "empty"})["id"]
    segment = create_test_segment(http)
    response = http.post(f"/actions/{draft_id}/validation", json={"fortest": True, "testSegments": [segment]})
    assert response.status_code == 409
    assert response.content == b""

    action_id = create_action(http)["id"]
    assert (
        http.post(f"/actions/{action_id}/validation", json={"fortest": True, "testSegments": [99999]}).status_code
        == 404
    )
    assert state_of(http, action_id) == 20
    assert http.post("/actions/NOPE00/validation", json={"fortest": False}).status_code == 404
    assert http.request("DELETE", "/actions/NOPE00/validation", json={}).status_code == 404


# -- sends ------------------------------------------------------------------------------------------


def test_media_type_must_match_the_channel(http: httpx.Client) -> None:
    target = create_target(http, "alice@example.com")
    action_id = validated_action(http)
    recipient = [{"type": "id", "value": target["id"]}]
    assert execute(http, action_id, recipient, media_type="application/json").status_code == 415
    assert execute(http, action_id, recipient, media_type=SMS).status_code == 415
    assert execute(http, action_id, recipient).status_code == 200


def test_unicity_must_be_an_array(http: httpx.Client) -> None:
    action_id = validated_action(http)
    response = execute(http, action_id, [{"type": "unicity", "value": "alice@example.com"}])
    assert response.status_code == 400
    assert "field" in response.json()


def test_one_result_per_recipient_in_request_order(http: httpx.Client, sandbox: Sandbox) -> None:
    alice = create_target(http, "alice@example.com")
    bob = create_target(http, "bob@example.com")
    carol = create_target(http, "carol@example.com")
    action_id = validated_action(http)
    recipients = [
        {"type": "unicity", "value": ["bob@example.com"]},
        {"type": "id", "value": "NOBODY00"},
        {"type": "id", "value": alice["id"]},
        {"type": "hash", "value": carol["hash"]},
        {"type": "unicity", "value": ["nobody@example.com"]},
        {"type": "footprint", "id": bob["id"]},
    ]
    response = execute(http, action_id, recipients)
    assert response.status_code == 200
    results = response.json()
    assert [result["type"] for result in results] == ["success", "error", "success", "success", "error", "success"]
    assert [result["recipient"]["id"] for result in results if result["type"] == "success"] == [
        bob["id"],
        alice["id"],
        carol["id"],
        bob["id"],
    ]
    assert results[0]["recipient"] == {
        "type": "footprint",
        "id": bob["id"],
        "unicity": "bob@example.com",
        "hash": bob["hash"],
    }
    assert results[1]["value"] == {"type": "recipient not found", "recipient": recipients[1]}
    message_ids = [result["id"] for result in results if result["type"] == "success"]
    assert len(set(message_ids)) == 4

    sends = sandbox.core.state.part(EventLog).sends_for(action_id)
    assert [send.message_id for send in sends] == message_ids
    assert [send.target_id for send in sends] == [bob["id"], alice["id"], carol["id"], bob["id"]]


def test_single_execution(http: httpx.Client) -> None:
    alice = create_target(http, "alice@example.com")
    action_id = validated_action(http)
    body = {"recipient": {"type": "unicity", "value": ["alice@example.com"]}}
    response = http.post(f"/actions/{action_id}/execution", json=body, headers={"Content-Type": EMAIL})
    assert response.status_code == 200
    assert response.json()["type"] == "success"
    assert response.json()["recipient"]["id"] == alice["id"]
    missing = {"recipient": {"type": "id", "value": "NOBODY00"}}
    response = http.post(f"/actions/{action_id}/execution", json=missing, headers={"Content-Type": EMAIL})
    assert response.json()["type"] == "error"
    assert http.post("/actions/NOPE00/execution", json=body, headers={"Content-Type": EMAIL}).status_code == 404


def test_sms_action_takes_the_sms_media_type(http: httpx.Client) -> None:
    create_target(http, "alice@example.com")
    action_id = validated_action(http, {"type": "smsMessage", "name": "sms", "content": {"textContent": "Hi"}})
    recipient = [{"type": "unicity", "value": ["alice@example.com"]}]
    assert execute(http, action_id, recipient, media_type=EMAIL).status_code == 415
    assert execute(http, action_id, recipient, media_type=SMS).json()[0]["type"] == "success"


def test_big_batches_are_streamed(http: httpx.Client, sandbox: Sandbox) -> None:
    alice = create_target(http, "alice@example.com")
    action_id = validated_action(http)
    response = execute(http, action_id, [{"type": "id", "value": alice["id"]}] * 1500)
    assert response.status_code == 200
    assert len(response.json()) == 1500
    assert len({result["id"] for result in response.json()}) == 1500
    media = sandbox.core.spec.operations["execute_action_batch"].response_media(200)
    assert media is not None
    sandbox.core.spec.check(media[1], response.json(), "execute_action_batch")


def test_legacy_single_send(http: httpx.Client, sandbox: Sandbox) -> None:
    alice = create_target(http, "alice@example.com")
    draft = create_action(http)["id"]
    assert http.post(f"/actions/{draft}/targets/{alice['id']}", json={}).status_code == 409
    action_id = validated_action(http)
    assert http.post(f"/actions/{action_id}/targets/{alice['id']}", json={"data": {"a": 1}}).status_code == 204
    assert http.post(f"/actions/{action_id}/targets/NOBODY00", json={}).status_code == 404
    assert [send.target_id for send in sandbox.core.state.part(EventLog).sends_for(action_id)] == [alice["id"]]


# -- renders ----------------------------------------------------------------------------------------


def test_render_substitutes_target_fields_without_sending(http: httpx.Client, sandbox: Sandbox) -> None:
    alice = create_target(http, "alice@example.com")
    action_id = create_action(http)["id"]
    body = {"receiver": {"type": "id", "value": alice["id"]}}
    response = http.post(f"/actions/{action_id}/render", json=body, headers={"Content-Type": EMAIL})
    assert response.status_code == 200
    rendered = response.json()
    assert rendered["type"] == "success"
    assert rendered["recipient"] == "alice@example.com"
    assert rendered["subject"] == "Hello alice@example.com"
    assert "Hi alice@example.com" in rendered["html"]
    assert rendered["sender"]["value"] == "news@example.com"
    assert sandbox.core.state.part(EventLog).sends_for(action_id) == []

    many = http.post(f"/actions/{action_id}/renders", json=[body, body], headers={"Content-Type": EMAIL})
    assert [item["subject"] for item in many.json()] == ["Hello alice@example.com"] * 2
    unknown = {"receiver": {"type": "id", "value": "NOBODY00"}}
    assert http.post(f"/actions/{action_id}/render", json=unknown, headers={"Content-Type": EMAIL}).status_code == 404
    assert http.post(f"/actions/{action_id}/render", json=body, headers={"Content-Type": SMS}).status_code == 415


def test_render_links(http: httpx.Client) -> None:
    action_id = create_action(http)["id"]
    response = http.post(f"/actions/{action_id}/render/links", json={})
    assert response.json() == {"type": "success", "links": ["https://example.com/a", "MirrorPage"]}


# -- archives and legacy statistics -----------------------------------------------------------------


def test_archives_of_sent_messages(http: httpx.Client, sandbox: Sandbox) -> None:
    alice = create_target(http, "alice@example.com")
    bob = create_target(http, "bob@example.com")
    action_id = validated_action(http)
    execute(http, action_id, [{"type": "id", "value": alice["id"]}, {"type": "id", "value": bob["id"]}])

    archives = http.get("/actions/archives")
    assert archives.status_code == 200
    media = sandbox.core.spec.operations["list_archives"].response_media(200)
    assert media is not None
    sandbox.core.spec.check(media[1], archives.json(), "list_archives")  # streamed: the server did not check it
    assert archives.headers["content-type"].startswith("application/vnd.np6.cm.mail.archive")
    items = archives.json()
    assert {item["target"] for item in items} == {alice["id"], bob["id"]}
    assert all(item["url"].endswith(".eml?sig=sandbox") and item["action"] == action_id for item in items)
    assert http.get("/actions/archives", params={"startDate": "2999-01-01T00:00:00Z"}).json() == []

    mine = http.get(f"/actions/{action_id}/targets/{alice['id']}/archives").json()
    assert [item["target"] for item in mine] == [alice["id"]]
    assert http.get(f"/actions/NOPE00/targets/{alice['id']}/archives").status_code == 404


def test_legacy_statistics_count_the_sends(http: httpx.Client) -> None:
    targets = [create_target(http, f"user{number}@example.com") for number in range(40)]
    action_id = validated_action(http)
    execute(http, action_id, [{"type": "id", "value": target["id"]} for target in targets])
    statistics = http.get(f"/actions/{action_id}/statistics").json()
    events = http.get(f"/actions/{action_id}/events/activations").json()
    assert statistics["dispatch"]["sent"] == len(events)
    bounces = http.get(f"/actions/{action_id}/events/bounces").json()
    feedbacks = http.get(f"/actions/{action_id}/feedbacks/bounces").json()
    assert len(feedbacks) == len(bounces)


@pytest.mark.parametrize("path", ["/actions/NOPE00", "/actions/NOPE00/statistics"])
def test_unknown_action_is_404(http: httpx.Client, path: str) -> None:
    assert http.get(path).status_code == 404
