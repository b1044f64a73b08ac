"""`np6 actions send` interrupted or stopped (issue 14): Ctrl-C writes the report of what happened, says how many
were sent, exits 130; `--resume-from REPORT` sends to the others and mails nobody twice."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest
from np6_testkit.sandbox import Faults, Sandbox
from np6_testkit.sandbox.state import EventLog

from .conftest import Run, create_targets, validated_action

SEND_ONLY = frozenset({"execute_action_batch"})


def sent_by_sandbox(sandbox: Sandbox, action_id: str) -> Counter[str]:
    """Messages the sandbox really sent, per recipient email: the ground truth."""
    with sandbox.core.lock:
        return Counter(send.unicity for send in sandbox.core.state.part(EventLog).sends_for(action_id))


def report_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def recipients_file(tmp_path: Path, recipients: list[str]) -> Path:
    path = tmp_path / "recipients.txt"
    path.write_text("\n".join(recipients) + "\n")
    return path


def np6_command() -> str:
    return str(Path(sys.executable).with_name("np6"))


def test_ctrl_c_writes_the_report_exits_130_and_resume_mails_nobody_twice(
    run: Run, http: httpx.Client, sandbox: Sandbox, tmp_path: Path
) -> None:
    emails = [str(target["fields"]["728"]) for target in create_targets(http, 300, prefix="sigint")]
    action_id = validated_action(http)
    to = recipients_file(tmp_path, emails)
    report = tmp_path / "report.csv"
    sandbox.set_faults(Faults(spike_rate=1.0, spike_latency=0.1, operations=SEND_ONLY))  # 30 batches, 1.5 s
    environment = os.environ | {"NP6_API_KEY": sandbox.api_key, "NP6_BASE_URL": sandbox.url, "COLUMNS": "200"}
    command = [np6_command(), "actions", "send", action_id, "--to", str(to), "--report", str(report)]
    process = subprocess.Popen(
        [*command, "--batch-size", "10", "--concurrency", "2"],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while sum(sent_by_sandbox(sandbox, action_id).values()) < 60:  # a fifth of the way
        assert process.poll() is None and time.monotonic() < deadline, process.communicate()
        time.sleep(0.01)
    process.send_signal(signal.SIGINT)  # Ctrl-C
    stdout, stderr = process.communicate(timeout=60)

    assert process.returncode == 130, (stdout, stderr)
    sandbox.set_faults(Faults())
    truth = sent_by_sandbox(sandbox, action_id)
    rows = report_rows(report)
    assert [row["recipient"] for row in rows] == emails
    statuses = Counter(row["status"] for row in rows)
    assert statuses["sent"] == sum(truth.values()) < 300  # the batches in flight finished within the grace
    assert statuses["unknown"] == statuses["rejected"] == 0
    assert statuses["not_sent"] == 300 - statuses["sent"] >= 100
    assert all(truth[row["recipient"]] == (row["status"] == "sent") for row in rows)
    assert f"Interrupted: {statuses['sent']} sent, 0 rejected, 0 unknown, {statuses['not_sent']} not sent" in stderr
    assert f"--resume-from {report}" in stderr
    assert sandbox.api_key not in stdout + stderr

    resumed = tmp_path / "resumed.csv"
    result = run("actions", "send", action_id, "--to", str(to), "--resume-from", str(report), "--report", str(resumed))
    assert f"{statuses['sent']} of the 300 recipients are sent or unknown there and are skipped" in result.stderr
    assert sent_by_sandbox(sandbox, action_id) == Counter(emails)  # everyone once, nobody twice
    resumed_rows = report_rows(resumed)
    assert [row["recipient"] for row in resumed_rows] == emails
    assert {row["status"] for row in resumed_rows} == {"sent"}
    kept = {row["recipient"]: row for row in rows if row["status"] == "sent"}
    assert all(row == kept[row["recipient"]] for row in resumed_rows if row["recipient"] in kept)


def test_a_second_ctrl_c_exits_at_once_though_answers_are_pending(
    http: httpx.Client, sandbox: Sandbox, tmp_path: Path
) -> None:
    emails = [str(target["fields"]["728"]) for target in create_targets(http, 8, prefix="twice")]
    action_id = validated_action(http)
    to = recipients_file(tmp_path, emails)
    report = tmp_path / "report.csv"
    sandbox.set_faults(Faults(spike_rate=1.0, spike_latency=8, operations=SEND_ONLY))  # answers 8 s late
    environment = os.environ | {"NP6_API_KEY": sandbox.api_key, "NP6_BASE_URL": sandbox.url, "COLUMNS": "200"}
    command = [np6_command(), "actions", "send", action_id, "--to", str(to), "--report", str(report)]
    process = subprocess.Popen(
        [*command, "--batch-size", "2", "--concurrency", "2"],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while sandbox.faults.injected.get("spike/before", 0) < 2:  # both batches reached the server
        assert process.poll() is None and time.monotonic() < deadline, process.communicate()
        time.sleep(0.01)
    arrived = time.monotonic()
    process.send_signal(signal.SIGINT)
    time.sleep(0.5)
    pressed = time.monotonic()
    process.send_signal(signal.SIGINT)  # stop waiting for the answers
    stdout, stderr = process.communicate(timeout=60)
    assert time.monotonic() - pressed < 4, stderr  # the threads waiting for answers do not hold the exit
    assert process.returncode == 130, (stdout, stderr)
    statuses = [row["status"] for row in report_rows(report)]
    assert statuses == ["unknown"] * 4 + ["not_sent"] * 4
    assert "4 unknown, 4 not sent" in stderr and "np6 events pull" in stderr
    time.sleep(max(0.0, arrived + 8.5 - time.monotonic()))  # the abandoned batches land (or not) in this test
    truth = sent_by_sandbox(sandbox, action_id)
    assert set(truth) <= set(emails[:4]) and max(truth.values(), default=0) <= 1  # only unknowns, at most once


def test_resume_from_skips_sent_and_unknown_recipients_only(
    run: Run, http: httpx.Client, sandbox: Sandbox, tmp_path: Path
) -> None:
    emails = [str(target["fields"]["728"]) for target in create_targets(http, 6, prefix="resume")]
    action_id = validated_action(http)
    to = recipients_file(tmp_path, emails)
    earlier = tmp_path / "earlier.jsonl"
    statuses = ["sent", "unknown", "rejected", "not_sent", "sent"]  # the sixth is not in the earlier report
    earlier.write_text(
        "".join(
            f'{{"recipient":"{email}","status":"{status}","message_id":"","reason":""}}\n'
            for email, status in zip(emails, statuses, strict=False)
        )
    )
    report = tmp_path / "report.csv"
    result = run("actions", "send", action_id, "--to", str(to), "--resume-from", str(earlier), "--report", str(report))
    assert "3 of the 6 recipients are sent or unknown there and are skipped; 3 to send" in result.stderr
    assert sent_by_sandbox(sandbox, action_id) == Counter([emails[2], emails[3], emails[5]])
    assert [(row["recipient"], row["status"]) for row in report_rows(report)] == [
        (emails[0], "sent"),  # skipped: as the earlier report has it
        (emails[1], "unknown"),  # skipped
        (emails[2], "sent"),
        (emails[3], "sent"),
        (emails[4], "sent"),  # skipped
        (emails[5], "sent"),
    ]

    again = tmp_path / "again.csv"
    run("actions", "send", action_id, "--to", str(to), "--resume-from", str(report), "--report", str(again))
    assert sent_by_sandbox(sandbox, action_id) == Counter([emails[2], emails[3], emails[5]])  # nothing left to send
    assert report_rows(again) == report_rows(report)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("recipient,status,message_id,reason\na@example.com,delivered,,\n", "has status 'delivered'"),
        ("email\na@example.com\n", "is not a send report"),
    ],
    ids=["unknown-status", "not-a-report"],
)
def test_a_malformed_resume_report_is_a_usage_error(  # noqa: PLR0917 - fixtures and parameters
    run: Run, http: httpx.Client, sandbox: Sandbox, tmp_path: Path, content: str, message: str
) -> None:
    action_id = validated_action(http)
    earlier = tmp_path / "earlier.csv"
    earlier.write_text(content)
    to = recipients_file(tmp_path, ["a@example.com"])
    result = run("actions", "send", action_id, "--to", str(to), "--resume-from", str(earlier), code=2)
    assert message in result.stderr
    assert sent_by_sandbox(sandbox, action_id) == Counter()


def test_a_stopped_send_without_report_saves_one_for_resuming(
    run: Run, http: httpx.Client, sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    emails = [str(target["fields"]["728"]) for target in create_targets(http, 4, prefix="stopped")]
    action_id = validated_action(http)
    to = recipients_file(tmp_path, emails)
    monkeypatch.chdir(tmp_path)
    sandbox.set_faults(Faults(error_rate=1.0, error_statuses=(409,), operations=SEND_ONLY))
    result = run("actions", "send", action_id, "--to", str(to), "--batch-size", "2", "--concurrency", "1", code=1)
    [saved] = tmp_path.glob(f"np6-send-{action_id}-*.csv")
    assert [row["status"] for row in report_rows(saved)] == ["not_sent"] * 4
    assert f"Report: {saved.name}" in result.stderr and f"--resume-from {saved.name}" in result.stderr
