"""A user's program, written only against public names, that `mypy --strict` must accept as it is: values
NP6 always returns are plain types, so a response's ids go straight into the next call, with no
``isinstance(…, Unset)``, no ``cast`` and no ``# type: ignore`` (test_main_flow.py checks all three).
"""

from __future__ import annotations

import np6
from np6.types import Action, Field, Segment
from np6_client.models import (
    ActionMailMessageRequest,
    FieldTextFieldRequest,
    SegmentStaticRequest,
    TargetCreateRequest,
    ValidationSettings,
)


def create_field(client: np6.Client, name: str) -> Field:
    return client.fields.create_field(body=FieldTextFieldRequest("textField", name=name))


def main(client: np6.Client) -> dict[str, object]:
    field = create_field(client, "firstname")
    field_id: int = field.id
    again = client.fields.get_field(field_id)

    target = client.targets.create_target(body=TargetCreateRequest.from_dict({"email": "ada@example.com"}))
    target_id: str = target.id
    read_back = client.targets.get_target(target_id)

    segment: Segment = client.segments.create_segment(body=SegmentStaticRequest("static", name="Testers", is_test=True))
    segment_id: int = segment.id
    added = client.segments.add_targets(segment_id, [read_back.id])

    content = {"headers": {"from": {"prefix": "news", "domain": "example.com"}}, "subject": "Hi", "html": "<p>Hi</p>"}
    action: Action = client.actions.create_action(
        body=ActionMailMessageRequest.from_dict({"type": "mailMessage", "name": "Hello", "content": content})
    )
    action_id: str = action.id
    client.actions.validate_action(action_id, body=ValidationSettings(fortest=True, test_segments=[segment_id]))
    validated = client.actions.get_action(action_id)
    return {
        "field": (again.id, again.name, again.is_unicity),
        "target": (read_back.id, read_back.fields.additional_properties),
        "segment": (segment.id, segment.name, added),
        "action": (validated.id, validated.type_, validated.informations.state),
    }
