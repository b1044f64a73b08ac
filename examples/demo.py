"""`make demo`: the main job end to end against an in-process sandbox, with the np6 client.

Create fields and a test segment, import a small CSV of contacts, create a mail action, validate it in
two phases, send it to the imported contacts, pull the events, and print a short summary.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import np6
from np6_client.models import (
    ActionMailMessageRequest,
    FieldTextFieldRequest,
    ImportDefinitionRequest,
    SegmentStaticRequest,
    ValidationSettings,
)
from np6_testkit.sandbox import Sandbox

CONTACTS_CSV = b"""email;firstname;lastname
ada@example.com;Ada;Lovelace
alan@example.com;Alan;Turing
grace@example.com;Grace;Hopper
edsger@example.com;Edsger;Dijkstra
barbara@example.com;Barbara;Liskov
;Nameless;Nobody
"""
NEWSLETTER = {
    "type": "mailMessage",
    "name": "Demo newsletter",
    "content": {
        "headers": {"from": {"prefix": "news", "domain": "example.com", "label": "Demo"}},
        "subject": "Hello [[firstname]]",
        "html": '<p>Hello [[firstname]]! <a href="https://example.com" tracking="Enabled">Read more</a></p>',
    },
}


def step(text: str) -> None:
    print(f"\n- {text}")


def main() -> None:
    with Sandbox(seed=42) as sandbox, np6.Client(sandbox.api_key, base_url=sandbox.url) as client:
        print(f"np6 demo against the embedded sandbox at {sandbox.url}")
        testers, audience = prepare(client)
        emails = import_contacts(client, audience)
        action_id = create_and_validate(client, testers, emails)
        report = send(client, action_id, emails)
        pull_events(client, action_id, report)


def prepare(client: np6.Client) -> tuple[int, int]:
    step("fields: NP6 tenants come with the unicity field `email`; we add firstname and lastname")
    for name in ("firstname", "lastname"):
        field = client.fields.create_field(body=FieldTextFieldRequest("textField", name=name))
        print(f"  field {field.name!r} -> id {field.id}")

    step("segments: a test segment with one tester (upserted: safe to run twice), and an audience")
    testers = client.segments.create_segment(body=SegmentStaticRequest("static", name="Testers", is_test=True))
    audience = client.segments.create_segment(body=SegmentStaticRequest("static", name="Newsletter"))
    tester = client.targets.upsert({"email": "qa@example.com", "firstname": "QA"})
    again = client.targets.upsert({"email": "qa@example.com", "firstname": "Quality"})
    added = client.segments.add_targets(testers.id, [tester.id])
    print(f"  tester {tester.id} upserted twice (same id: {again.id == tester.id}), {added} added to {testers.name!r}")
    return testers.id, audience.id


def import_contacts(client: np6.Client, audience: int) -> list[str]:
    step("import: a CSV of contacts into the audience segment (upload, execute, poll to completion)")
    definition = client.imports.create_import(
        body=ImportDefinitionRequest.from_dict(
            {"name": "Demo contacts", "features": [{"type": "segmentation", "segmentId": audience}]}
        )
    )
    result = client.imports.run(definition.id, CONTACTS_CSV, poll_interval=0.05)
    report = result.report or {}
    outcome = "finished" if result.succeeded else "failed"
    counts = f"{report.get('created')} created, {report.get('updated')} updated, {report.get('rejected')} rejected"
    print(f"  {outcome} after {result.polls} polls: {counts}")
    for rejection in report.get("rejections", []):
        print(f"    line {rejection['line']} rejected: {rejection['reason']}")
    members = client.segments.list_segment_targets(audience)
    emails = [str(client.targets.get_target(member).fields["728"]) for member in members]
    print(f"  the audience has {len(emails)} contacts")
    return emails


def create_and_validate(client: np6.Client, testers: int, emails: list[str]) -> str:
    step("action: a mail message (state 20 once it has content)")
    action = client.actions.create_action(body=ActionMailMessageRequest.from_dict(NEWSLETTER))
    action_id = action.id
    print(f"  action {action_id}: state {action.informations.state}")

    step("NP6's trap: the test validation alone answers 204 and looks finished (state 38)...")
    client.actions.validate_action(action_id, body=ValidationSettings(fortest=True, test_segments=[testers]))
    try:
        client.actions.send(action_id, emails[:1])
    except np6.ActionStateError as refused:
        print(f"  ...but sending is refused: {refused}")

    step("actions.validate runs whichever phases are still needed (here: production) -> state 50")
    validated = client.actions.validate(action_id, test_segments=[testers])
    print(f"  state {validated.informations.state}")
    return action_id


def send(client: np6.Client, action_id: str, emails: list[str]) -> np6.SendReport:
    step("send: the imported contacts plus one address that is not a contact, in batches")
    report = client.actions.send(action_id, [*emails, "stranger@example.com"], batch_size=2)
    for result in report.results:
        detail = result.message_id if result.status == "sent" else result.reason
        print(f"  {result.recipient!s:<24} {result.status:<9} {detail}")
    print(f"  {report.sent} sent, {report.rejected} rejected, {report.unknown} unknown")
    return report


def pull_events(client: np6.Client, action_id: str, report: np6.SendReport) -> None:
    step("events: everything the send produced, oldest first (windowed, de-duplicated, resumable)")
    until = datetime.now(UTC) + timedelta(minutes=1)
    events = client.events.iter_action_events(start=report.started_at, end=until, action_id=action_id)
    counts = Counter(event.type_ for event in events)
    total = sum(counts.values())
    print(f"  {total} events: " + ", ".join(f"{kind} {count}" for kind, count in sorted(counts.items())))
    print(f"  resume later from cursor {events.cursor.to_string()}")


if __name__ == "__main__":
    main()
