"""A user's program of the whole main flow, written only against public names, that `mypy --strict` must accept
as it is: values NP6 always returns are plain types, so a response's ids go straight into the next call, with
no ``isinstance(…, Unset)``, no ``cast`` and no ``# type: ignore`` (test_main_flow.py checks all three).
Nested values NP6 always returns are plain too (`action.informations.state`), as are the ids of every union's
variants, unknown ones included (a notifiable application's `id`).

Create fields, upsert targets, build a segment, create, validate and send a mail action, read its events, and
read a target by field names; the bodies are given as builders, models and dicts alike.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from uuid import UUID

import np6
from np6 import builders
from np6.types import Action, Field, Segment
from np6_client.models import FieldTextFieldRequest, SegmentStaticRequest


def create_fields(client: np6.Client) -> list[Field]:
    return [
        client.fields.create_field(body=builders.text_field("firstname")),
        client.fields.create_field(body=FieldTextFieldRequest(name="city")),  # the type tag comes from the class
        client.fields.create_field(body={"type": "numeric", "name": "age"}),  # a dict, checked against the spec
    ]


def main(client: np6.Client) -> dict[str, object]:
    fields = create_fields(client)
    field_ids: list[int] = [field.id for field in fields]
    again = client.fields.get_field(field_ids[0])

    people = [
        {"email": "ada@example.com", "firstname": "Ada", "city": "London", "age": 36},
        {"email": "alan@example.com", "firstname": "Alan", "city": "Wilmslow", "age": 41},
    ]
    outcomes = list(client.targets.upsert_many(people))
    target_ids: list[str] = [outcome.result.target.id for outcome in outcomes if outcome.result is not None]
    updated = client.targets.upsert_detailed({"email": "ada@example.com", "city": "Cambridge"})

    testers: Segment = client.segments.create_segment(body=builders.static_segment("Testers", test=True))
    audience: Segment = client.segments.create_segment(body=SegmentStaticRequest(name="Audience"))
    client.segments.add_targets(testers.id, target_ids[:1])
    added = client.segments.add_targets(audience.id, target_ids)

    action: Action = client.actions.create_action(
        body=builders.mail_action("Hello", sender="news@example.com", subject="Hi {{firstname}}", html="<p>Hi</p>")
    )
    validated = client.actions.validate(action.id, test_segments=[testers.id])
    state: int | None = validated.informations.state  # nested, and plain: NP6 always answers an action's state
    alan = {"type": "id", "value": target_ids[1]}  # a recipient as NP6's JSON has it
    report = client.actions.send(action.id, ["ada@example.com", alan, "nobody@example.com"])

    until = datetime.now(UTC) + timedelta(minutes=1)
    events = client.events.iter_action_events(start=report.started_at, end=until, action_id=action.id)
    kinds = Counter(event.type_ for event in events)

    ada = client.targets.get_by_name(updated.target.id)
    applications = client.applications.list_notifiable_applications()
    application_ids: list[UUID] = [application.id for application in applications]
    return {
        "field": (again.id, again.name, again.is_unicity, [field.type_ for field in fields]),
        "targets": (len(target_ids), updated.created, ada["firstname"], ada["city"], ada.values.get("age")),
        "raw": ada.target.fields.to_dict(),
        "segment": (testers.name, added),
        "action": (validated.id == action.id, validated.type_, state),
        "applications": application_ids,
        "send": (report.sent, report.rejected, report.unknown),
        "events": dict(kinds),
    }
