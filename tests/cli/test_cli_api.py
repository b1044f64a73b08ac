"""`np6 api`: every operation from the shell (issue 16, item 7), and `np6 fields/segments/actions create`."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from .conftest import Run, create_targets, json_of, validated_action


def test_help_lists_the_operations_by_tag(run: Run) -> None:
    listing = run("api", "--help").stdout
    assert "Operations, by tag:" in listing
    assert "targets:\n" in listing and "segments:\n" in listing and "actions:\n" in listing
    assert "  get_target " in listing and "GET    /targets/{id}" in listing
    assert run("api").stdout == listing
    described = run("api", "get_target_by_identity", "--help").stdout
    assert "GET /targets" in described
    assert "unicity                  query, string, repeatable" in described


def test_a_path_parameter(run: Run, http: httpx.Client) -> None:
    [target] = create_targets(http, 1)
    answer = json_of(run("api", "get_target", "--param", f"id={target['id']}"))
    assert answer["id"] == target["id"] and answer["fields"] == {"728": "user0@example.com"}


def test_a_query_parameter_repeated_for_a_list(run: Run, http: httpx.Client) -> None:
    [target] = create_targets(http, 1)
    answer = json_of(run("api", "get_target_by_identity", "-p", "unicity=user0@example.com"))
    assert answer["id"] == target["id"]


def test_a_body_inline_or_from_a_file(run: Run, tmp_path: Path) -> None:
    created = json_of(run("api", "create_segment", "--body", '{"type": "static", "name": "Testers", "isTest": true}'))
    assert (created["type"], created["name"], created["isTest"]) == ("static", "Testers", True)
    body = tmp_path / "field.json"
    body.write_text(json.dumps({"type": "textField", "name": "firstname"}), encoding="utf-8")
    assert json_of(run("api", "create_field", "-d", f"@{body}"))["name"] == "firstname"
    assert (
        json_of(run("api", "create_field", "-d", "-", input='{"type": "date", "name": "birthday"}'))["type"] == "date"
    )


def test_a_vendor_media_type(run: Run, http: httpx.Client) -> None:
    """An execution is email or SMS by its media type, which the body cannot tell: --media-type says it."""
    action_id = validated_action(http)
    [target] = create_targets(http, 1)
    body = json.dumps({"recipient": {"type": "id", "value": target["id"]}})
    refused = run("api", "execute_action", "-p", f"id={action_id}", "--body", body, code=2)
    assert "--media-type" in refused.stderr
    sent = run(
        "api", "execute_action", "-p", f"id={action_id}", "--media-type", "application/vnd.np6.cm.email", "-d", body
    )
    assert json.loads(sent.stdout)  # NP6's execution result
    wrong = run("api", "execute_action", "-p", f"id={action_id}", "--media-type", "text/plain", "-d", body, code=2)
    assert "application/vnd.np6.cm.email" in wrong.stderr


def test_np6_refusing_is_exit_code_1_with_the_request_id(run: Run) -> None:
    result = run("api", "get_target", "-p", "id=NOPE0000", code=1)
    assert "404" in result.stderr and "x-request-id" in result.stderr


def test_bad_input_is_exit_code_2_before_any_request(run: Run) -> None:
    assert "did you mean get_target" in run("api", "get_targt", code=2).stderr
    assert "needs --param id=" in run("api", "get_target", code=2).stderr
    assert "has no parameter 'idd' (did you mean 'id'?)" in run("api", "get_target", "-p", "idd=1", code=2).stderr
    assert "must be an integer" in run("api", "get_segment", "-p", "id=abc", code=2).stderr
    unknown = run("api", "create_segment", "-d", '{"type": "static", "nmae": "X"}', code=2)
    assert "create_segment: body has an unknown key 'nmae' (did you mean 'name'?)" in unknown.stderr
    assert "--body is not JSON" in run("api", "create_segment", "-d", "{nope", code=2).stderr
    assert "needs a body" in run("api", "create_segment", code=2).stderr


def test_the_create_commands_make_the_walk_through_work_on_a_fresh_sandbox(run: Run, tmp_path: Path) -> None:
    assert run("fields", "create", "firstname").stdout == "created field 1000 (textField firstname)\n"
    assert run("targets", "upsert", "email=alice@example.com", "firstname=Alice").stdout.startswith("created target")
    assert json_of(run("fields", "create", "birthday", "--type", "date", "--json"))["type"] == "date"
    assert "1000\ttextField\tfirstname" in run("fields", "list").stdout
    segment = run("segments", "create", "Testers", "--test").stdout
    assert segment.startswith("created segment ") and segment.endswith(" (Testers)\n")
    html = tmp_path / "mail.html"
    html.write_text("<p>Hi {{firstname}}</p>", encoding="utf-8")
    mail = json_of(
        run(
            "actions",
            "create",
            "Spring",
            "--sender",
            "news@example.com",
            "--subject",
            "Hi",
            "--html",
            f"@{html}",
            "--json",
        )
    )
    assert mail["content"]["html"] == "<p>Hi {{firstname}}</p>" and mail["type"] == "mailMessage"
    sms = run("actions", "create", "Reminder", "--sms", "See you at 6").stdout
    assert sms.startswith("created action ") and "(smsMessage Reminder)" in sms
    assert "needs --subject, --html" in run("actions", "create", "X", "--sender", "a@b.c", code=2).stderr
    assert (
        "sender is one address"
        in run("actions", "create", "X", "--sender", "ab", "--subject", "s", "--html", "h", code=2).stderr
    )
    assert "409" in run("segments", "create", "Testers", code=1).stderr  # the name is taken
