"""The audit of December 2026 (`../shared/np6-api/audit-2026-12.md`): one test per breaking, moderate,
missing and documentation finding. Each holds the published shape the audit quotes against the spec
(JSON Schema) and against the generated client, the way a caller builds or reads it.

Names the generated client only gets from the fixed spec are imported inside the tests, so on the spec
before the fixes each test fails on its own finding.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import np6_client
import pytest
import spec_lint

from ._schema import body_pointer, operation, schema_errors

# B1: the item fields of page notificationmanagement/a754f7ab ("Execute the specified notification").
DOCUMENTED_NOTIFICATION_EXECUTION: dict[str, Any] = {
    "recipient": {"type": "contact", "value": {"type": "id", "value": "000R4M0T"}},
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

# M1: the NP6/Driver mock of GET /actions (mocks/actions/all.json, created.json), as the audit quotes it.
LEGACY_ACTION: dict[str, Any] = {
    "type": "mailCampaign",
    "id": "000QEU",
    "name": "Old campaign",
    "description": None,
    "informations": {"folder": 7082, "category": 1443, "state": 80},
    "content": {"headers": {"from": {"prefix": "news", "domain": "example.com"}, "reply": None}},
}
LEGACY_MAIL_MESSAGE: dict[str, Any] = {
    "type": "mailMessage",
    "id": "000QEV",
    "name": "Deleted message",
    "description": None,
    "informations": {"folder": 7082, "category": 1443, "state": 90},
    "content": {"headers": {"reply": None}, "subject": "Hello"},
}


def _response(status: int, body: Any) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(body).encode(), headers={"content-type": "application/json"})


def _client() -> np6_client.AuthenticatedClient:
    return np6_client.AuthenticatedClient(base_url="http://127.0.0.1:9", token="unused")


# -- B1: notification execution bodies ------------------------------------------------------------------


@pytest.mark.parametrize("operation_id", ["execute_notification", "execute_notification_batch"])
def test_the_documented_notification_execution_body_validates(spec: dict[str, Any], operation_id: str) -> None:
    body: Any = DOCUMENTED_NOTIFICATION_EXECUTION
    if operation_id == "execute_notification_batch":
        body = [body]
    assert schema_errors(spec, body_pointer(spec, operation_id), body) == []


def test_the_documented_notification_execution_body_builds_with_the_generated_models() -> None:
    from np6_client.api.notifications import execute_notification, execute_notification_batch
    from np6_client.models import (
        NotificationContact,
        NotificationExecutionRequest,
        NotificationRecipient,
        NotificationRedirection,
    )

    request = NotificationExecutionRequest(
        recipient=NotificationRecipient(
            type_="contact", value=NotificationContact.from_dict({"type": "id", "value": "000R4M0T"})
        ),
        title="Your order shipped",
        body="It arrives on Monday",
        icon="https://cdn.example.com/icon.png",
        thumbnail="https://cdn.example.com/thumb.png",
        image="https://cdn.example.com/image.png",
        urgent=True,
        redirection=NotificationRedirection.from_dict({"type": "url", "value": "https://example.com/orders/A-1"}),
    )
    wire = execute_notification._get_kwargs(156, body=request)["json"]
    assert wire["recipient"] == {"type": "contact", "value": {"type": "id", "value": "000R4M0T"}}
    assert {key: wire[key] for key in ("title", "body", "icon", "thumbnail", "image", "urgent")} == {
        "title": "Your order shipped",
        "body": "It arrives on Monday",
        "icon": "https://cdn.example.com/icon.png",
        "thumbnail": "https://cdn.example.com/thumb.png",
        "image": "https://cdn.example.com/image.png",
        "urgent": True,
    }
    # The whole documented body survives a round trip through the model, unknown inner fields included.
    parsed = NotificationExecutionRequest.from_dict(DOCUMENTED_NOTIFICATION_EXECUTION)
    assert parsed.to_dict() == DOCUMENTED_NOTIFICATION_EXECUTION
    batch = execute_notification_batch._get_kwargs(156, body=[parsed])["json"]
    assert batch == [DOCUMENTED_NOTIFICATION_EXECUTION]


def test_the_email_recipient_is_no_longer_the_notification_recipient(spec: dict[str, Any]) -> None:
    """The old body (`Recipient`, value a string) is not what the page documents: the value is an object."""
    body = {"recipient": {"type": "id", "value": "000R4M0T"}}
    assert schema_errors(spec, body_pointer(spec, "execute_notification"), body) != []


# -- M1: open action states and nullable fields ---------------------------------------------------------


def test_a_legacy_action_list_validates_against_the_spec(spec: dict[str, Any]) -> None:
    assert schema_errors(spec, body_pointer(spec, "list_actions", "200"), [LEGACY_ACTION, LEGACY_MAIL_MESSAGE]) == []
    assert schema_errors(spec, body_pointer(spec, "get_action", "200"), LEGACY_MAIL_MESSAGE) == []


def test_a_legacy_state_80_action_parses_with_the_generated_client() -> None:
    from np6_client.api.actions import get_action, list_actions
    from np6_client.models import ActionMailMessage, UnknownAction

    actions = list_actions._parse_response(client=_client(), response=_response(200, [LEGACY_ACTION]))
    assert isinstance(actions, list)
    (legacy,) = actions
    assert isinstance(legacy, UnknownAction)
    assert legacy.informations.state == 80
    assert legacy.description is None

    message = get_action._parse_response(client=_client(), response=_response(200, LEGACY_MAIL_MESSAGE))
    assert isinstance(message, ActionMailMessage)
    assert message.informations.state == 90
    assert message.description is None
    assert message.content.headers.reply is None
    assert message.to_dict()["informations"]["state"] == 90


def test_action_states_stay_documented(spec: dict[str, Any]) -> None:
    """Open, not forgotten: the documented states are still a named enum the generated client types."""
    from np6_client.models import KnownActionState

    schemas = spec["components"]["schemas"]
    assert schemas["KnownActionState"]["enum"] == [10, 20, 30, 35, 36, 38, 40, 50, 55, 60, 100]
    assert {"$ref": "#/components/schemas/KnownActionState"} in schemas["ActionState"]["anyOf"]
    assert "x-np6-transitions" in schemas["ActionState"]
    assert KnownActionState is not None


# -- M2: open bounce type -------------------------------------------------------------------------------


@pytest.mark.parametrize("bounce_type", ["hardDomain", "hardUser", "softDomain"])
def test_any_bounce_type_validates(spec: dict[str, Any], bounce_type: str) -> None:
    body = {"type": bounce_type, "fieldId": 788, "detail": {"message": "mailbox unavailable"}, "timestamp": None}
    assert schema_errors(spec, body_pointer(spec, "set_target_bounce"), body) == []


def test_a_caller_can_send_hard_user_and_unlisted_bounces() -> None:
    from np6_client.api.targets import set_target_bounce
    from np6_client.models import TargetBounceDetail, TargetBounceHardUser, UnknownTargetBounce

    hard_user = TargetBounceHardUser(type_="hardUser", field_id=788, detail=TargetBounceDetail(message="unknown user"))
    assert set_target_bounce._get_kwargs("0003Y5O9", 788, body=hard_user)["json"] == {
        "type": "hardUser",
        "fieldId": 788,
        "detail": {"message": "unknown user"},
    }
    other = UnknownTargetBounce(type_="softDomain", field_id=788)
    assert set_target_bounce._get_kwargs("0003Y5O9", 788, body=other)["json"] == {"type": "softDomain", "fieldId": 788}


# -- M3: the missing operation --------------------------------------------------------------------------


def test_the_hit_reactivities_of_all_actions_exist_with_their_provenance(spec: dict[str, Any]) -> None:
    path, method, op = operation(spec, "list_all_action_hit_reactivities")
    assert (method, path) == ("get", "/actions/reactivities/hits")
    assert op["summary"] == 'Retrieve "hit" reactivities of all marketing actions'
    assert op["x-np6-provenance"] == "inferred"
    assert op["x-np6-provenance-detail"]["summary"].startswith("seen")
    assert op["externalDocs"]["url"].endswith("actionreactivity/59a9db0d-c7eb-63e8-b0ea-1f9745c94265")
    # Like its siblings: the five reactivity filters, an array of hit events.
    _, _, sibling = operation(spec, "list_all_action_open_hit_reactivities")
    assert op["parameters"] == sibling["parameters"]
    assert op["responses"]["200"]["content"] == sibling["responses"]["200"]["content"]


def test_the_generated_client_has_the_hit_reactivities_of_all_actions() -> None:
    from np6_client.api.action_reactivities import list_all_action_hit_reactivities

    kwargs = list_all_action_hit_reactivities._get_kwargs(sort="asc")
    assert (kwargs["method"], kwargs["url"]) == ("get", "/actions/reactivities/hits")


# -- C3: documented notification fields -----------------------------------------------------------------

DOCUMENTED_NOTIFICATION: dict[str, Any] = {
    "type": "push-app",
    "id": 156,
    "name": "Shipping",
    "description": "Order shipped",
    "stamp": {"creation": "2026-01-02T03:04:05+00:00", "modification": "2026-01-03T03:04:05+00:00"},
    "active": True,
    "settings": {
        "urgent": False,
        "purpose": {"type": "Marketing"},
        "expiration": {},
        "mp": {},
        "application": "2b22d485-f04e-492b-b364-e14f8506726a",
    },
    "task": {
        "id": "7a8f6e7c-0a1b-4c2d-8e3f-1a2b3c4d5e6f",
        "name": "on order",
        "description": "fires on each order",
        "scheduler": {},
    },
    "versions": [{"id": "8b898373-21c7-4028-b85f-cc5068e68df9"}],
}


def test_documented_notification_fields_are_typed(spec: dict[str, Any]) -> None:
    from np6_client.models import NotificationPushApp

    assert schema_errors(spec, body_pointer(spec, "create_notification"), DOCUMENTED_NOTIFICATION) == []
    notification = NotificationPushApp.from_dict(DOCUMENTED_NOTIFICATION)
    assert notification.description == "Order shipped"
    assert notification.active is True
    assert notification.settings.urgent is False
    assert str(notification.settings.application) == "2b22d485-f04e-492b-b364-e14f8506726a"
    assert notification.task.name == "on order"
    assert notification.stamp.creation.year == 2026
    assert notification.to_dict() == DOCUMENTED_NOTIFICATION


# -- C5, C6: archive id format, import state labels ------------------------------------------------------


def test_an_archive_id_need_not_be_a_uuid(spec: dict[str, Any]) -> None:
    from np6_client.api.archives import list_archives

    archive = {"id": "A-0001", "action": "00000A", "target": "000T123", "sendingDate": "2025-04-01T12:40:39.207Z"}
    assert schema_errors(spec, body_pointer(spec, "list_archives", "200"), [archive]) == []
    (parsed,) = list_archives._parse_response(client=_client(), response=_response(200, [archive])) or []
    assert parsed.id == "A-0001"


def test_import_states_carry_np6_labels(spec: dict[str, Any]) -> None:
    description = spec["components"]["schemas"]["ImportExecutionStateValue"]["description"]
    assert all(label in description for label in ("0` processing", "1` completed", "2` error"))


# -- §4: provenance marks -------------------------------------------------------------------------------

# The audit's §4.1 (raised) and §4.2 (seen, weakest element weaker).
AUDITED_MARKS = {
    "list_all_action_bounce_reactivities": "seen",
    "update_target_by_identity": "legacy",
    "create_value_list": "legacy",
    "update_value_list": "legacy",
    "update_import": "legacy",
    "start_import_execution": "legacy",
    "update_action": "legacy",
    "update_target": "legacy",
    "send_action_message": "legacy",
    "list_mail_redlist": "legacy",
    "list_sms_redlist": "legacy",
}


@pytest.mark.parametrize("operation_id", sorted(AUDITED_MARKS))
def test_provenance_follows_the_audit(spec: dict[str, Any], operation_id: str) -> None:
    _, _, op = operation(spec, operation_id)
    assert op["x-np6-provenance"] == AUDITED_MARKS[operation_id]
    if AUDITED_MARKS[operation_id] != "seen":
        detail = op["x-np6-provenance-detail"]
        assert "audit 2026-12" in detail["notes"]
        assert any(str(text).startswith(AUDITED_MARKS[operation_id]) for text in detail.values())


def test_lint_enforces_the_weakest_element_rule(spec: dict[str, Any]) -> None:
    """A detail weaker than the operation's mark is reported (the rule is live)."""
    broken = json.loads(json.dumps(spec))
    op = broken["paths"]["/actions/{id}"]["put"]
    op["x-np6-provenance"] = "seen"
    problems = spec_lint.check_provenance_detail(broken)
    assert any("PUT /actions/{id}" in problem and "'legacy'" in problem for problem in problems)
