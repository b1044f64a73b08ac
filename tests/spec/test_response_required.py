"""Response schemas require what NP6 always returns; request schemas keep their own rules (issue 16, item 1).

The rule and the split of shared schemas are in spec/CONVENTIONS.md ("Required in responses").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from np6_client import models
from np6_client.api.actions import get_action, list_actions
from np6_client.api.fields import list_fields

from .test_audit_findings import LEGACY_ACTION, LEGACY_MAIL_MESSAGE, _client, _response


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/components/schemas/"):
            yield node["$ref"].rsplit("/", 1)[-1]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _reachable(spec: dict[str, Any], roots: Iterator[str]) -> set[str]:
    schemas = spec["components"]["schemas"]
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(_refs(schemas[name]))
    return seen


def _operations(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "responses" in operation:
                yield operation


def _response_required(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {name: schema for name, schema in spec["components"]["schemas"].items() if "x-np6-required" in schema}


def test_request_bodies_never_reach_a_response_schema(spec: dict[str, Any]) -> None:
    requests = _reachable(spec, (ref for op in _operations(spec) for ref in _refs(op.get("requestBody", {}))))
    assert _response_required(spec)
    assert sorted(requests & set(_response_required(spec))) == []


def test_every_response_schema_with_required_fields_is_answered(spec: dict[str, Any]) -> None:
    responses = _reachable(spec, (ref for op in _operations(spec) for ref in _refs(op["responses"])))
    assert sorted(set(_response_required(spec)) - responses) == []


def _required(schema: dict[str, Any]) -> set[str]:
    required = set(schema.get("required", []))
    for part in schema.get("allOf", []):
        required |= set(part.get("required", []))
    return required


@pytest.mark.parametrize(
    ("union", "always"),
    [
        ("Action", {"type", "id", "informations"}),
        ("Field", {"type", "id", "name"}),
        ("Segment", {"type", "id", "name"}),
        ("Notification", {"type", "id"}),
        ("NotifiableApplication", {"type", "id"}),
    ],
)
def test_every_variant_of_a_read_union_requires_its_identity(
    spec: dict[str, Any], union: str, always: set[str]
) -> None:
    """Unknown types included, so `field.id` is an `int` on the whole union."""
    schemas = spec["components"]["schemas"]
    variants = [ref.rsplit("/", 1)[-1] for ref in (variant["$ref"] for variant in schemas[union]["oneOf"])]
    assert variants[-1].lower().startswith("unknown") or variants[-1].endswith("Unknown")
    for variant in variants:
        assert always <= _required(schemas[variant]), variant
        assert schemas[variant]["x-np6-required"].strip()


def test_response_models_type_what_np6_always_returns_plainly() -> None:
    annotations = {
        "Target": {"id": "str", "fields": "TargetFields"},
        "SegmentStatic": {"id": "int", "name": "str", "is_test": "bool | None"},
        "FieldUnknown": {"id": "int", "name": "str"},
        "UnknownAction": {"id": "str"},
        "ImportDefinition": {"id": "int"},
        "Category": {"id": "int", "description": "None | str"},
        "Workflow": {"id": "int"},
        "Campaign": {"id": "UUID"},
        "Compilable": {"id": "UUID"},
        "WebTask": {"id": "int"},
        "Subscription": {"id": "str"},
    }
    for model, fields in annotations.items():
        declared = getattr(models, model).__annotations__
        for field, annotation in fields.items():
            assert declared[field] == annotation, (model, field)
    assert "Unset" in models.SegmentStatic.__annotations__["description"]  # optional fields stay optional
    assert "Unset" in models.SegmentStaticRequest.__annotations__["id"]  # requests keep their rules


def test_nested_answers_type_what_np6_always_returns_plainly() -> None:
    """Inside answers too (`action.informations.state`), while the request side of a split keeps its rules."""
    answers = {
        "ActionMailMessage": {"informations": "ActionInformations"},
        "UnknownAction": {"informations": "ActionInformations"},
        "ActionInformations": {"state": "int | KnownActionState | None"},
        "NotifiableApplicationNative": {"id": "UUID", "stamp": "NotifiableApplicationStamp"},
        "UnknownNotifiableApplication": {"id": "UUID"},
        "NotifiableApplicationStamp": {"creation": "datetime.datetime", "modification": "datetime.datetime"},
        "Subscription": {"lifecycle": "SubscriptionLifecycle"},
        "SubscriptionLifecycle": {"creation": "SubscriptionLifecycleEvent"},
        "SubscriptionLifecycleEvent": {"date": "datetime.datetime", "user": "None | SubscriptionUser"},
        "PressureTopic": {"id": "UUID", "stamp": "PressureTopicStamp | Unset"},
        "ImportExecution": {"state": "ImportExecutionStateValue"},
    }
    for model, fields in answers.items():
        declared = getattr(models, model).__annotations__
        for field, annotation in fields.items():
            assert declared[field] == annotation, (model, field)
    requests = {
        "ActionMailMessageRequest": "informations",
        "ActionInformationsRequest": "state",
        "NotifiableApplicationNativeRequest": "id",
        "SubscriptionRequest": "lifecycle",
        "SubscriptionLifecycleEventRequest": "date",
    }
    for model, field in requests.items():
        assert "Unset" in getattr(models, model).__annotations__[field], (model, field)
    assert "Unset" in models.ActionInformations.__annotations__["folder"]  # the caller's filing: optional
    assert "Unset" in models.ExecutionSuccess.__annotations__["id"]  # read even when missing (a send's success)


def test_a_published_application_answer_reads_with_its_stamp() -> None:
    """The first item of NP6's `list_notifiable_applications` example (the list itself is cut)."""
    published = {
        "type": "native",
        "id": "2399f53f-1b0e-4cbb-b81e-26c0f11359ca",
        "name": "my mobile app",
        "active": True,
        "stamp": {"creation": "2023-01-01T12:01:02.423Z", "modification": "2023-01-07T08:23:03.1Z"},
        "icon": None,
        "providers": [{"type": "firebase", "key": "...", "sender": "np6.push"}],
        "channels": None,
    }
    application = models.NotifiableApplicationNative.from_dict(published)
    assert (str(application.id), application.stamp.creation.year) == ("2399f53f-1b0e-4cbb-b81e-26c0f11359ca", 2023)
    with pytest.raises(KeyError, match="'stamp'"):
        models.NotifiableApplicationNative.from_dict({key: value for key, value in published.items() if key != "stamp"})


def test_legacy_answers_still_parse() -> None:
    """The legacy `mailCampaign` and `description: null` answers (audit 2026-12, M1) have every required field."""
    (legacy,) = list_actions._parse_response(client=_client(), response=_response(200, [LEGACY_ACTION]))
    assert isinstance(legacy, models.UnknownAction)
    assert legacy.id == "000QEU"
    message = get_action._parse_response(client=_client(), response=_response(200, LEGACY_MAIL_MESSAGE))
    assert isinstance(message, models.ActionMailMessage)
    assert (message.id, message.description) == ("000QEV", None)


@pytest.mark.parametrize(("operation", "skeleton"), [(list_actions, "ActionSkeleton"), (list_fields, "FieldSkeleton")])
def test_the_published_list_skeleton_parses_as_a_skeleton(operation: Any, skeleton: str) -> None:
    """NP6's `[{"type": "string"}]` for these lists: a skeleton item (an item without `id`), never an action or a
    field with its `id` missing."""
    (item,) = operation._parse_response(client=_client(), response=_response(200, [{"type": "string"}]))
    assert type(item).__name__ == skeleton
    (item,) = operation._parse_response(client=_client(), response=_response(200, [{"type": "email", "name": "x"}]))
    assert type(item).__name__ == skeleton


def test_a_single_answer_without_its_id_is_refused() -> None:
    with pytest.raises(KeyError, match="'id'"):
        get_action._parse_response(
            client=_client(),
            response=_response(200, {"type": "mailMessage", "name": "x", "informations": {"state": 10}}),
        )
