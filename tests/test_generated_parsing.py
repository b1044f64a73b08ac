"""The generated parsing (spec/templates/model.py.jinja and property templates, tuned for speed) reads what NP6
sends without losing or changing anything: every event's ``to_dict()`` is the JSON it was parsed from."""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

import attrs
import httpx
import pytest
from np6_client.api.action_events import list_all_action_events
from np6_client.models import (
    ActivationEvent,
    BounceEvent,
    CancellationEvent,
    ExecutionEvent,
    HitEvent,
    RecipientFootprint,
    Stamp,
    UnknownEvent,
)
from np6_client.types import UNSET, parse_uuid
from np6_testkit.sandbox import Sandbox
from np6_testkit.sandbox.state import EventLog

CLASSES = {
    "execution": ExecutionEvent,
    "activation": ActivationEvent,
    "hit": HitEvent,
    "bounce": BounceEvent,
    "cancellation": CancellationEvent,
}


class _Answer:
    """What `_parse_response` reads of an answer."""

    def __init__(self, body: Any) -> None:
        self.status_code = 200
        self._body = body

    def json(self) -> Any:
        return self._body


def _parse(events: list[dict[str, Any]]) -> list[Any]:
    parsed = list_all_action_events._parse_response(client=None, response=_Answer(events))  # type: ignore[arg-type]
    assert isinstance(parsed, list)
    return parsed


def test_every_synthesized_event_round_trips_through_its_model(sandbox: Sandbox, http: httpx.Client) -> None:
    end_ms = int(time.time() * 1000) - 3_600_000
    start_ms = end_ms - 6 * 3_600_000
    with sandbox.core.lock:
        sandbox.core.state.part(EventLog).synthesize(20_000, start_ms, end_ms)
    response = http.get("/actions/events", params={"start": start_ms, "end": end_ms + 86_400_000, "sort": "asc"})
    events = json.loads(response.content)
    assert len(events) == 20_000

    parsed = _parse(events)

    assert {event["type"] for event in events} >= {"execution", "activation", "hit", "bounce", "cancellation"}
    for event, model in zip(events, parsed, strict=True):
        assert type(model) is CLASSES[event["type"]]
        assert model.to_dict() == event
        assert isinstance(model.id, uuid.UUID)


def test_unknown_keys_and_types_are_kept() -> None:
    execution = {
        "type": "execution",
        "id": "1a30daf4-8f41-45f6-9be6-b356e58c5dd5",
        "timestamp": 1796110906135,
        "newTopLevel": {"nested": [1, 2]},
        "source": {
            "type": "email",
            "detail": {
                "execution": {
                    "id": "SYNTH0",
                    "kind": "message",
                    "recipient": {"type": "footprint", "id": "SY000000", "extra": "kept"},
                    "stamp": {
                        "time": 1,
                        "id": "cd613e30-d8f1-4adf-91b7-584a2265b1f5",
                        "thread": "9c02669a-6591-43fc-be13-b37321eb98ba",
                        "later": True,
                    },
                }
            },
        },
    }
    novel = {"type": "teleport", "id": "ed2b045e-8272-4821-bf7b-d440c46f02c9", "timestamp": 5, "anything": [None]}

    first, second = _parse([execution, novel])

    assert isinstance(first, ExecutionEvent)
    assert first.additional_properties == {"newTopLevel": {"nested": [1, 2]}}
    recipient = first.source.detail.execution.recipient  # type: ignore[union-attr]
    assert isinstance(recipient, RecipientFootprint)
    assert recipient.additional_properties == {"extra": "kept"}
    assert recipient.unicity is UNSET
    assert first.to_dict() == execution
    assert isinstance(second, UnknownEvent)
    assert second.to_dict() == novel


def test_models_own_their_additional_properties() -> None:
    data = {"time": 1, "id": "cd613e30-d8f1-4adf-91b7-584a2265b1f5", "later": True}

    one, other = Stamp.from_dict(data), Stamp.from_dict(data)
    one["more"] = 1

    assert "more" not in other
    assert data == {"time": 1, "id": "cd613e30-d8f1-4adf-91b7-584a2265b1f5", "later": True}

    plain = {"time": 1, "id": "cd613e30-d8f1-4adf-91b7-584a2265b1f5"}
    first, second = Stamp.from_dict(plain), Stamp.from_dict(plain)
    first["added"] = 1

    assert "added" not in second and second.additional_properties == {}


def _model_classes() -> list[type]:
    from np6_client import models

    return [cls for name in models.__all__ if attrs.has(cls := getattr(models, name))]


def test_from_dict_builds_what_init_builds() -> None:
    """from_dict makes its object without calling ``__init__`` (spec/templates/model.py.jinja): that is the same
    object only while no model has anything ``__init__`` or attribute setting would run besides storing."""
    classes = _model_classes()
    assert len(classes) > 300
    for cls in classes:
        assert cls.__setattr__ is object.__setattr__, cls  # no attrs on_setattr hook (validators, converters)
        assert not hasattr(cls, "__attrs_post_init__") and not hasattr(cls, "__attrs_pre_init__"), cls
        for attribute in attrs.fields(cls):
            assert attribute.validator is None and attribute.converter is None, (cls, attribute.name)

    data = {"time": 1, "id": "cd613e30-d8f1-4adf-91b7-584a2265b1f5", "thread": "9c02669a-6591-43fc-be13-b37321eb98ba"}
    parsed = Stamp.from_dict(data)
    built = Stamp(time=1, id=uuid.UUID(data["id"]), thread=uuid.UUID(data["thread"]))
    assert parsed == built and repr(parsed) == repr(built) and parsed.to_dict() == built.to_dict() == data
    assert parsed._request_id is None and parsed.additional_properties == {}


@pytest.mark.parametrize(
    "text",
    [
        "1a30daf4-8f41-45f6-9be6-b356e58c5dd5",
        "1A30DAF4-8F41-45F6-9BE6-B356E58C5DD5",
        "1a30daf48f4145f69be6b356e58c5dd5",
        "{1a30daf4-8f41-45f6-9be6-b356e58c5dd5}",
        "urn:uuid:1a30daf4-8f41-45f6-9be6-b356e58c5dd5",
        "00000000-0000-0000-0000-000000000000",
        "ffffffff-ffff-ffff-ffff-ffffffffffff",
    ],
)
def test_parse_uuid_is_uuid(text: str) -> None:
    parsed, reference = parse_uuid(text), uuid.UUID(text)

    assert type(parsed) is uuid.UUID
    assert parsed == reference and hash(parsed) == hash(reference) and str(parsed) == str(reference)
    assert parsed.is_safe is reference.is_safe


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not-a-uuid",
        "1a30daf4-8f41-45f6-9be6-b356e58c5dzz",
        "1a30daf4-8f41-45f6-9be6-b356e58c5-d5",
        "1a30daf4-8f41-45f6-9be6-b356e58c5dd5a",
        "1a30daf4-8f41-45f6-9be6-b356e58c---",
    ],
)
def test_parse_uuid_refuses_what_uuid_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        uuid.UUID(text)
    with pytest.raises(ValueError):
        parse_uuid(text)
