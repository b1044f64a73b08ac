"""`make demo`: the main job end to end against an in-process sandbox, with the generated client.

Create fields and a test segment, import a small CSV of contacts, create a mail action, validate it in
two phases, send it to the imported contacts, pull the events, and print a short summary.
"""

from __future__ import annotations

import io
import time
from collections import Counter
from typing import Any

import np6_client
from np6_client.api.action_events import list_all_action_events
from np6_client.api.actions import create_action, execute_action_batch, get_action, validate_action
from np6_client.api.fields import create_field
from np6_client.api.imports import (
    create_import,
    get_import_execution_state,
    start_import_execution,
    upload_import_source,
)
from np6_client.api.segments import add_segment_targets, create_segment, list_segment_targets
from np6_client.api.targets import create_target, get_target
from np6_client.models import (
    ActionMailMessage,
    ExecutionEmailRequest,
    ExecutionError,
    ExecutionSuccess,
    FieldTextField,
    ImportDefinition,
    RecipientById,
    RecipientByUnicity,
    SegmentStatic,
    TargetCreateRequest,
    ValidationSettings,
)
from np6_client.types import File, Response, Unset

from np6.sandbox import Sandbox

CONTACTS_CSV = """email;firstname;lastname
ada@example.com;Ada;Lovelace
alan@example.com;Alan;Turing
grace@example.com;Grace;Hopper
edsger@example.com;Edsger;Dijkstra
barbara@example.com;Barbara;Liskov
;Nameless;Nobody
"""


def ok(response: Response[Any], expected: int = 200) -> Any:
    """The parsed body of a successful call; anything else stops the demo with NP6's request id."""
    if response.status_code != expected:
        request_id = response.headers.get("x-request-id", "?")
        raise SystemExit(f"unexpected {response.status_code} (x-request-id {request_id}): {response.content[:200]!r}")
    return response.parsed


def step(text: str) -> None:
    print(f"\n- {text}")


def main() -> None:
    with Sandbox(seed=42) as sandbox:
        print(f"np6 demo against the embedded sandbox at {sandbox.url} (np6_client: the generated client)")
        client = np6_client.AuthenticatedClient(base_url=sandbox.url, token=sandbox.api_key)
        run(client)


def run(client: np6_client.AuthenticatedClient) -> None:
    testers, audience = prepare(client)
    members = import_contacts(client, audience)
    action_id = create_and_validate(client, testers, members)
    sent_at = int(time.time() * 1000)
    send(client, action_id, members)
    pull_events(client, sent_at)


def prepare(client: np6_client.AuthenticatedClient) -> tuple[int, int]:
    step("fields: NP6 tenants come with the unicity field `email`; we add firstname and lastname")
    for name in ("firstname", "lastname"):
        field = ok(create_field.sync_detailed(client=client, body=FieldTextField(type_="textField", name=name)))
        print(f"  field {field.name!r} -> id {field.id}")

    step("segments: a test segment with one tester, and the audience the import fills")
    test_segment = SegmentStatic("static", name="Testers", is_test=True)
    testers = ok(create_segment.sync_detailed(client=client, body=test_segment))
    audience = ok(create_segment.sync_detailed(client=client, body=SegmentStatic("static", name="Newsletter")))
    tester_body = TargetCreateRequest.from_dict({"email": "qa@example.com"})
    tester = ok(create_target.sync_detailed(client=client, body=tester_body))
    added = ok(add_segment_targets.sync_detailed(testers.id, client=client, body=[tester.id]))
    print(f"  segment {testers.name!r} ({testers.id}): {added} tester; segment {audience.name!r} ({audience.id})")
    return int(testers.id), int(audience.id)


def import_contacts(client: np6_client.AuthenticatedClient, audience: int) -> list[str]:
    step("import: a CSV of contacts into the audience segment (create, upload, execute, poll)")
    definition = ImportDefinition.from_dict(
        {"name": "Demo contacts", "features": [{"type": "segmentation", "segmentId": audience}]}
    )
    import_id = ok(create_import.sync_detailed(client=client, body=definition)).id
    upload = File(payload=io.BytesIO(CONTACTS_CSV.encode()), file_name="contacts.csv", mime_type="text/csv")
    ok(upload_import_source.sync_detailed(import_id, client=client, body=upload))
    ok(start_import_execution.sync_detailed(import_id, client=client, body=ImportDefinition()))
    state = ok(get_import_execution_state.sync_detailed(import_id, client=client))
    polls = 1
    while state.state == 0:
        time.sleep(0.05)
        state = ok(get_import_execution_state.sync_detailed(import_id, client=client))
        polls += 1
    report = state.additional_properties.get("sandboxReport", {})
    print(
        f"  finished after {polls} polls: state {state.state}, {report.get('created')} created, "
        f"{report.get('updated')} updated, {report.get('rejected')} rejected"
    )
    for rejection in report.get("rejections", []):
        print(f"    line {rejection['line']} rejected: {rejection['reason']}")
    members: list[str] = ok(list_segment_targets.sync_detailed(audience, client=client))
    print(f"  audience now has {len(members)} contacts")
    return members


def create_and_validate(client: np6_client.AuthenticatedClient, testers: int, members: list[str]) -> str:
    step("action: a mail message (NP6 puts it in state 20 once it has content)")
    body = ActionMailMessage.from_dict(
        {
            "type": "mailMessage",
            "name": "Demo newsletter",
            "content": {
                "headers": {"from": {"prefix": "news", "domain": "example.com", "label": "Demo"}},
                "subject": "Hello [[firstname]]",
                "html": '<p>Hello [[firstname]]! <a href="https://example.com" tracking="Enabled">Read more</a></p>',
            },
        }
    )
    action = ok(create_action.sync_detailed(client=client, body=body))
    print(f"  action {action.id}: state {action.informations.state}")

    step("validation, phase 1 (test): 204, state 38 — it looks finished, but sends are refused")
    phase_one = ValidationSettings(fortest=True, test_segments=[testers])
    ok(validate_action.sync_detailed(action.id, client=client, body=phase_one), 204)
    print(f"  state {ok(get_action.sync_detailed(action.id, client=client)).informations.state}")
    early = execute_action_batch.sync_detailed(action.id, client=client, body=_requests(members[:1]))
    print(f"  sending now -> {early.status_code} with an empty body ({len(early.content)} bytes): NP6's silent trap")

    step("validation, phase 2 (production): 204, state 50 — ready to send")
    ok(validate_action.sync_detailed(action.id, client=client, body=ValidationSettings(fortest=False)), 204)
    print(f"  state {ok(get_action.sync_detailed(action.id, client=client)).informations.state}")
    return str(action.id)


def send(client: np6_client.AuthenticatedClient, action_id: str, members: list[str]) -> None:
    step("send: one batch to the imported contacts, plus one address that is not a contact")
    requests = _requests(members)
    stranger = RecipientByUnicity(type_="unicity", value=["stranger@example.com"])
    requests.append(ExecutionEmailRequest(recipient=stranger))
    results = ok(execute_action_batch.sync_detailed(action_id, client=client, body=requests))
    emails = {target_id: _email(client, target_id) for target_id in members}
    for request, result in zip(requests, results, strict=True):
        recipient = request.recipient.to_dict()
        who = emails.get(recipient["value"]) if recipient["type"] == "id" else ", ".join(recipient["value"])
        if isinstance(result, ExecutionSuccess):
            print(f"  {who:<24} sent      message {result.id}")
        elif isinstance(result, ExecutionError):
            reason = "?" if isinstance(result.value, Unset) else result.value.type_
            print(f"  {who:<24} rejected  {reason}")
        else:
            print(f"  {who:<24} unknown   {result.to_dict()}")
    sent = sum(isinstance(result, ExecutionSuccess) for result in results)
    print(f"  {sent} sent, {sum(isinstance(result, ExecutionError) for result in results)} rejected")


def pull_events(client: np6_client.AuthenticatedClient, since_ms: int) -> None:
    step("events: everything since the send, oldest first")
    events = ok(list_all_action_events.sync_detailed(client=client, start=since_ms, sort="asc"))
    counts = Counter(event.to_dict()["type"] for event in events)
    print(f"  {len(events)} events: " + ", ".join(f"{kind} {count}" for kind, count in sorted(counts.items())))


def _email(client: np6_client.AuthenticatedClient, target_id: str) -> str:
    target = ok(get_target.sync_detailed(target_id, client=client))
    return str(target.fields.to_dict().get("728", target_id))


def _requests(target_ids: list[str]) -> list[ExecutionEmailRequest]:
    return [ExecutionEmailRequest(recipient=RecipientById(type_="id", value=target_id)) for target_id in target_ids]


if __name__ == "__main__":
    main()
