"""Every script in examples/ runs as a user would run it: a separate process, configured by NP6_API_KEY /
NP6_BASE_URL, here pointing at a sandbox on loopback."""

from __future__ import annotations

import csv
import datetime
import json
import os
import subprocess
import sys
from pathlib import Path

import np6
import pytest
from np6 import builders
from np6_testkit.sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def run(script: str, *args: str, sandbox: Sandbox, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NP6_API_KEY": sandbox.api_key, "NP6_BASE_URL": sandbox.url}
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def later(hours: int = 1) -> str:
    return (datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=hours)).isoformat()


def sendable_action(client: np6.Client) -> tuple[str, int]:
    """A mail action with content (state 20), a test segment with one tester, and two contacts."""
    testers = client.segments.create_segment(body=builders.static_segment("Testers", test=True))
    tester = client.targets.upsert({"email": "qa@example.com"})
    client.segments.add_targets(testers.id, [tester.id])
    for email in ("ada@example.com", "alan@example.com"):
        client.targets.upsert({"email": email})
    action = client.actions.create_action(
        body=builders.mail_action("Spring newsletter", sender="news@example.com", subject="Hello", html="<p>Hello!</p>")
    )
    return action.id, testers.id


def test_send_campaign_validates_sends_and_reports_every_recipient(
    sandbox: Sandbox, client: np6.Client, tmp_path: Path
) -> None:
    action_id, testers = sendable_action(client)
    (tmp_path / "list.txt").write_text("ada@example.com\nalan@example.com\n# a comment\nstranger@example.com\n")

    done = run("send_campaign.py", action_id, "list.txt", "--test-segment", str(testers), sandbox=sandbox, cwd=tmp_path)

    assert done.returncode == 0, done.stderr
    assert "2 sent, 1 rejected, 0 unknown" in done.stdout
    rows = list(csv.DictReader((tmp_path / "send-report.csv").open()))
    assert [(row["recipient"], row["status"]) for row in rows] == [
        ("ada@example.com", "sent"),
        ("alan@example.com", "sent"),
        ("stranger@example.com", "rejected"),
    ]
    assert rows[0]["message_id"] and rows[2]["reason"]
    assert client.actions.get_action(action_id).informations.state == 50


def test_sync_events_appends_only_new_events_and_repairs_a_torn_write(
    sandbox: Sandbox, client: np6.Client, tmp_path: Path
) -> None:
    action_id, testers = sendable_action(client)
    client.actions.validate(action_id, test_segments=[testers])
    client.actions.send(action_id, ["ada@example.com"])
    since = (datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=1)).isoformat()

    first = run("sync_events.py", "events.jsonl", "--since", since, "--until", later(), sandbox=sandbox, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    lines = (tmp_path / "events.jsonl").read_text().splitlines()
    assert lines and {json.loads(line)["type"] for line in lines} >= {"execution"}

    with (tmp_path / "events.jsonl").open("a") as out:
        out.write('{"id": "half-writ')  # a run killed mid-write, after its last checkpoint
    client.actions.send(action_id, ["alan@example.com"])
    second = run("sync_events.py", "events.jsonl", "--until", later(2), sandbox=sandbox, cwd=tmp_path)

    assert second.returncode == 0, second.stderr
    assert "cut 17 bytes" in second.stdout  # the torn line, written after the first run's last checkpoint
    after = (tmp_path / "events.jsonl").read_text().splitlines()
    assert after[: len(lines)] == lines
    ids = [json.loads(line)["id"] for line in after]  # every line parses: the torn one is gone
    assert len(ids) == len(set(ids)) > len(lines)


def test_import_contacts_fills_a_new_segment(sandbox: Sandbox, client: np6.Client, tmp_path: Path) -> None:
    client.fields.create_field(body=builders.text_field("firstname"))
    (tmp_path / "contacts.csv").write_text("email;firstname\nada@example.com;Ada\nalan@example.com;Alan\n")

    done = run("import_contacts.py", "contacts.csv", "--segment", "Spring fair", sandbox=sandbox, cwd=tmp_path)

    assert done.returncode == 0, done.stderr
    assert "2 created, 0 updated, 0 rejected" in done.stdout
    (segment,) = [s for s in client.segments.list_segments() if s.name == "Spring fair"]
    assert len(client.segments.list_segment_targets(int(segment.id))) == 2


def test_contract_check_reports_on_the_account(sandbox: Sandbox, tmp_path: Path) -> None:
    done = run("contract_check.py", "--operations", "list_fields", "--max-examples", "2", sandbox=sandbox, cwd=tmp_path)

    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 matched" in done.stdout
    assert "list_fields" in (tmp_path / "contract.md").read_text()
    assert sandbox.api_key not in (tmp_path / "contract.md").read_text()


def test_the_sandbox_fixture_example_passes_under_pytest(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", str(EXAMPLES / "test_with_sandbox.py"), "-q", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 passed" in done.stdout


@pytest.mark.parametrize("script", sorted(path.name for path in EXAMPLES.glob("*.py")))
def test_every_example_is_on_the_site(site_dir: Path, script: str) -> None:
    page = (site_dir / "examples" / "index.html").read_text(encoding="utf-8")
    assert f"examples/{script}" in page, f"examples/{script} is not included in docs/examples.md"
