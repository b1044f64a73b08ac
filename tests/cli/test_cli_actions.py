"""`np6 actions`: list / get / validate, and send with its per-recipient report (CSV or JSON Lines)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import httpx
from np6_testkit.sandbox import Faults, Sandbox

from .conftest import Run, create_action, create_segment, create_targets, json_of, validated_action


def test_list_and_get(run: Run, http: httpx.Client) -> None:
    action_id = create_action(http)
    listed = json_of(run("actions", "list", "--json"))
    assert [action["id"] for action in listed] == [action_id]
    table = run("actions", "list").stdout
    assert action_id in table and "mailMessage" in table and "Newsletter" in table
    assert json_of(run("actions", "get", action_id, "--json"))["informations"]["state"] == 20
    assert f"id: {action_id}\ntype: mailMessage\nstate: 20\nname: Newsletter" in run("actions", "get", action_id).stdout
    assert "no timezone" in run("actions", "list", "--created-after", "2026-01-01T00:00:00", code=2).stderr


def test_validate_runs_both_phases(run: Run, http: httpx.Client) -> None:
    action_id = create_action(http)
    needs_segment = run("actions", "validate", action_id, code=2)
    assert "test segment" in needs_segment.stderr
    segment = create_segment(http)
    result = run("actions", "validate", action_id, "--test-segment", str(segment))
    assert result.stdout.strip() == f"action {action_id} is validated for production (state 50)"
    assert json_of(run("actions", "validate", action_id, "--json"))["informations"]["state"] == 50  # again: a no-op


def recipients_file(tmp_path: Path, recipients: list[str]) -> Path:
    path = tmp_path / "recipients.txt"
    path.write_text("\n".join(recipients) + "\n")
    return path


def test_send_writes_a_csv_report_with_a_rejected_recipient(run: Run, http: httpx.Client, tmp_path: Path) -> None:
    emails = [target["fields"]["728"] for target in create_targets(http, 5)]
    recipients = [emails[0], "stranger@example.com", *emails[1:]]
    action_id = validated_action(http)
    report = tmp_path / "report.csv"

    to = recipients_file(tmp_path, recipients)
    tuning = ("--batch-size", "2", "--concurrency", "2")

    result = run("actions", "send", action_id, "--to", str(to), "--report", str(report), *tuning)

    assert f"send of action {action_id}: 5 sent, 1 rejected, 0 unknown" in result.stdout
    rows = list(csv.DictReader(report.open()))
    assert [row["recipient"] for row in rows] == recipients
    assert [row["status"] for row in rows] == ["sent", "rejected", "sent", "sent", "sent", "sent"]
    assert rows[1]["reason"] == "recipient not found" and rows[1]["message_id"] == ""
    assert all(len(row["message_id"]) == 36 for row in rows if row["status"] == "sent")


def test_send_json_summary_and_jsonl_report(run: Run, http: httpx.Client, tmp_path: Path) -> None:
    targets = create_targets(http, 3)
    action_id = validated_action(http)
    report = tmp_path / "report.jsonl"
    to = recipients_file(tmp_path, [target["id"] for target in targets])

    summary = json_of(
        run("actions", "send", action_id, "--to", str(to), "--by", "id", "--report", str(report), "--json")
    )

    assert summary["sent"] == 3 and summary["rejected"] == 0 and summary["unknown"] == 0
    assert summary["report"] == str(report) and summary["reconcile_since"] is None
    lines = [json.loads(line) for line in report.read_text().splitlines()]
    assert [line["recipient"] for line in lines] == [target["id"] for target in targets]
    assert {line["status"] for line in lines} == {"sent"}


def test_send_explains_unknown_recipients(run: Run, http: httpx.Client, sandbox: Sandbox, tmp_path: Path) -> None:
    emails = [target["fields"]["728"] for target in create_targets(http, 2)]
    action_id = validated_action(http)
    sandbox.set_faults(
        Faults(error_rate=1.0, error_statuses=(500,), phase="after", operations={"execute_action_batch"})
    )
    report = tmp_path / "report.csv"

    result = run("actions", "send", action_id, "--to", str(recipients_file(tmp_path, emails)), "--report", str(report))

    assert "0 sent, 0 rejected, 2 unknown" in result.stdout
    assert "Do not resend them blindly" in result.stderr
    assert "np6 events pull --since " in result.stderr and f"--action {action_id} --type execution" in result.stderr
    assert [row["status"] for row in csv.DictReader(report.open())] == ["unknown", "unknown"]


def test_send_failures(run: Run, http: httpx.Client, tmp_path: Path) -> None:
    to = recipients_file(tmp_path, ["a@example.com", "a@example.com"])
    action_id = validated_action(http)
    assert "repeats recipient 0" in run("actions", "send", action_id, "--to", str(to), code=2).stderr
    assert ".csv or .jsonl" in run("actions", "send", action_id, "--to", str(to), "--report", "r.txt", code=2).stderr
    draft = create_action(http)
    report = tmp_path / "report.csv"
    to = recipients_file(tmp_path, ["a@example.com"])
    unvalidated = run("actions", "send", draft, "--to", str(to), "--report", str(report), code=1)
    assert "state 20" in unvalidated.stderr
    assert not report.exists()  # nothing was sent: no report
    missing = run("actions", "get", "NOSUCH", code=1)
    assert "404" in missing.stderr and "x-request-id" in missing.stderr
