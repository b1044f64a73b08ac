"""The `np6` commands never destroy a user's file: an input is never an output (whatever path names it: the
same string, a relative path, a symbolic or a hard link), an existing output is replaced only with --force and
only once complete, a run that stops before sending anything leaves every file as it was, and a header line is
never taken for a recipient or a target id."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import httpx
import pytest
from np6_testkit.sandbox import Sandbox
from np6_testkit.sandbox.state import EventLog

from .conftest import Run, create_action, create_segment, create_targets, validated_action

ORIGINAL = "recipient,status,message_id,reason\nprevious@example.com,sent,1,\n"


def sends(sandbox: Sandbox, action_id: str) -> list[str]:
    """The unicity values the sandbox sent a message to for ``action_id``."""
    with sandbox.core.lock:
        return [send.unicity for send in sandbox.core.state.part(EventLog).sends_for(action_id)]


def emails(http: httpx.Client, count: int) -> list[str]:
    return [target["fields"]["728"] for target in create_targets(http, count)]


def write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def leftovers(directory: Path) -> list[str]:
    """Temporary files an output left behind."""
    return sorted(path.name for path in directory.iterdir() if path.name.endswith(".tmp"))


# -- np6 actions send --report ---------------------------------------------------------------------------


def aliases(tmp_path: Path, original: Path) -> dict[str, Path]:
    """Other names of ``original``: relative with ``..``, a symbolic link, a hard link."""
    symbolic = tmp_path / "symbolic.csv"
    symbolic.symlink_to(original)
    hard = tmp_path / "hard.csv"
    os.link(original, hard)
    return {
        "same": original,
        "dotted": original.parent / "x" / ".." / original.name,
        "symbolic": symbolic,
        "hard": hard,
    }


@pytest.mark.parametrize("name", ["same", "dotted", "symbolic", "hard"])
def test_the_report_cannot_be_the_recipient_list(
    run: Run, http: httpx.Client, sandbox: Sandbox, tmp_path: Path, name: str
) -> None:
    (tmp_path / "x").mkdir()
    recipients = emails(http, 2)
    to = write(tmp_path / "to.csv", "\n".join(recipients) + "\n")
    action_id = validated_action(http)
    report = aliases(tmp_path, to)[name]

    refused = run("actions", "send", action_id, "--to", str(to), "--report", str(report), "--force", code=2)

    assert "is the --to file" in refused.stderr
    assert to.read_text() == "\n".join(recipients) + "\n"
    assert sends(sandbox, action_id) == []


def test_an_existing_report_is_replaced_only_with_force(
    run: Run, http: httpx.Client, sandbox: Sandbox, tmp_path: Path
) -> None:
    recipients = emails(http, 2)
    to = write(tmp_path / "to.txt", "\n".join(recipients) + "\n")
    action_id = validated_action(http)
    report = write(tmp_path / "report.csv", ORIGINAL)

    refused = run("actions", "send", action_id, "--to", str(to), "--report", str(report), code=2)

    assert "already exists: give --force" in refused.stderr
    assert report.read_text() == ORIGINAL and sends(sandbox, action_id) == []

    run("actions", "send", action_id, "--to", str(to), "--report", str(report), "--force")

    assert [row["recipient"] for row in csv.DictReader(report.open())] == recipients
    assert sorted(sends(sandbox, action_id)) == sorted(recipients)
    assert leftovers(tmp_path) == []


def test_a_send_that_fails_before_starting_leaves_the_report_untouched(
    run: Run, http: httpx.Client, sandbox: Sandbox, tmp_path: Path
) -> None:
    to = write(tmp_path / "to.txt", "a@example.com\n")
    report = write(tmp_path / "report.csv", ORIGINAL)
    draft = create_action(http)  # state 20: NP6 refuses to send it

    failed = run("actions", "send", draft, "--to", str(to), "--report", str(report), "--force", code=1)

    assert "state 20" in failed.stderr
    assert report.read_text() == ORIGINAL
    assert leftovers(tmp_path) == []


def test_an_unwritable_report_is_refused_before_sending(
    run: Run, http: httpx.Client, sandbox: Sandbox, tmp_path: Path
) -> None:
    to = write(tmp_path / "to.txt", "\n".join(emails(http, 1)) + "\n")
    action_id = validated_action(http)

    refused = run("actions", "send", action_id, "--to", str(to), "--report", str(tmp_path / "no" / "r.csv"), code=2)

    assert "cannot write --report" in refused.stderr
    assert sends(sandbox, action_id) == []


def test_a_report_through_a_symbolic_link_replaces_the_file_it_names(
    run: Run, http: httpx.Client, tmp_path: Path
) -> None:
    recipients = emails(http, 1)
    to = write(tmp_path / "to.txt", recipients[0] + "\n")
    action_id = validated_action(http)
    real = write(tmp_path / "real.csv", ORIGINAL)
    link = tmp_path / "link.csv"
    link.symlink_to(real)

    run("actions", "send", action_id, "--to", str(to), "--report", str(link), "--force")

    assert link.is_symlink()
    assert [row["recipient"] for row in csv.DictReader(real.open())] == recipients


# -- a header line is never a recipient -------------------------------------------------------------------


@pytest.mark.parametrize("header", ["email", "Email", "E-mail", "recipient", "Email Address", '"email"'])
def test_a_header_line_is_not_sent_as_a_recipient(
    run: Run, http: httpx.Client, sandbox: Sandbox, tmp_path: Path, header: str
) -> None:
    recipients = emails(http, 3)
    to = write(tmp_path / "to.csv", "\n".join([header, *recipients]) + "\n")
    action_id = validated_action(http)

    result = run("actions", "send", action_id, "--to", str(to), "--json")

    assert json.loads(result.stdout)["recipients"] == 3
    assert "is a column name" in result.stderr
    assert sorted(sends(sandbox, action_id)) == sorted(recipients)


def test_a_file_of_several_columns_needs_column(run: Run, http: httpx.Client, sandbox: Sandbox, tmp_path: Path) -> None:
    recipients = emails(http, 2)
    to = write(tmp_path / "to.csv", "firstname,email\n" + "".join(f"A,{email}\n" for email in recipients))
    action_id = validated_action(http)

    refused = run("actions", "send", action_id, "--to", str(to), code=2)

    assert "several columns (firstname, email)" in refused.stderr and "--column" in refused.stderr
    assert sends(sandbox, action_id) == []
    run("actions", "send", action_id, "--to", str(to), "--column", "email")
    assert sorted(sends(sandbox, action_id)) == sorted(recipients)


def test_a_file_without_header_sends_every_line(run: Run, http: httpx.Client, sandbox: Sandbox, tmp_path: Path) -> None:
    recipients = emails(http, 3)
    to = write(tmp_path / "to.csv", "\n".join(recipients) + "\n")
    action_id = validated_action(http)

    result = run("actions", "send", action_id, "--to", str(to))

    assert "column name" not in result.stderr
    assert sorted(sends(sandbox, action_id)) == sorted(recipients)


def test_a_header_line_is_not_taken_for_a_target_id(run: Run, http: httpx.Client, tmp_path: Path) -> None:
    targets = create_targets(http, 3)
    segment = create_segment(http)
    ids = write(tmp_path / "ids.csv", "\n".join(["target", *(target["id"] for target in targets)]) + "\n")

    result = run("segments", "add", str(segment), str(ids), "--json")

    assert json.loads(result.stdout)["ids"] == 3
    members = http.get(f"/segments/{segment}/targets").json()
    assert len(members) == 3


# -- np6 targets import --rejected ------------------------------------------------------------------------


CONTACTS = "email\n" + "".join(f"user{number}@example.com\n" for number in range(20)) + "x@example.com,extra cell\n"


@pytest.mark.parametrize("name", ["same", "dotted", "symbolic", "hard"])
def test_the_rejected_file_cannot_be_the_imported_file(run: Run, http: httpx.Client, tmp_path: Path, name: str) -> None:
    (tmp_path / "x").mkdir()
    source = write(tmp_path / "contacts.csv", CONTACTS)

    refused = run("targets", "import", str(source), "--rejected", str(aliases(tmp_path, source)[name]), code=2)

    assert "is the file imported" in refused.stderr
    assert source.read_text() == CONTACTS
    assert http.get("/targets", params={"unicity": "user0@example.com"}).status_code == 404


def test_an_existing_rejected_file_is_replaced_only_with_force(run: Run, tmp_path: Path) -> None:
    source = write(tmp_path / "contacts.csv", CONTACTS)
    rejected = write(tmp_path / "contacts.rejected.csv", "line,reason,email\n7,kept,old@example.com\n")

    assert "already exists: give --force" in run("targets", "import", str(source), code=2).stderr
    assert "old@example.com" in rejected.read_text()

    assert "20 created" in run("targets", "import", str(source), "--force").stdout
    rows = list(csv.DictReader(rejected.open()))
    assert [row["line"] for row in rows] == ["22"]
    assert leftovers(tmp_path) == []


def test_an_import_stopped_before_the_first_row_leaves_the_rejected_file(run: Run, tmp_path: Path) -> None:
    source = write(tmp_path / "contacts.csv", CONTACTS)
    rejected = write(tmp_path / "contacts.rejected.csv", "line,reason,email\n7,kept,old@example.com\n")

    refused = run("targets", "import", str(source), "--force", env={"NP6_API_KEY": "wrong-key"}, code=1)

    assert "401" in refused.stderr
    assert "old@example.com" in rejected.read_text()
    assert leftovers(tmp_path) == []


# -- np6 events pull --out / --cursor-file ----------------------------------------------------------------


def test_the_events_cannot_go_to_the_cursor_file(run: Run, tmp_path: Path) -> None:
    out = write(tmp_path / "events.jsonl", '{"id": "kept"}\n')
    link = tmp_path / "cursor.json"
    link.symlink_to(out)

    for cursor in (out, link):
        refused = run("events", "pull", "--since", "0", "--out", str(out), "--cursor-file", str(cursor), code=2)
        assert "is the --cursor-file" in refused.stderr
    assert out.read_text() == '{"id": "kept"}\n'


def checkpoint(version: object = 1, *, out: Path, out_bytes: object = 0, cursor: object = None) -> str:
    cursor = {"timestamp": 0, "seen": []} if cursor is None else cursor
    return json.dumps({"version": version, "cursor": cursor, "out": str(out.resolve()), "out_bytes": out_bytes})


@pytest.mark.parametrize(
    ("case", "why"),
    [
        ("version", "version 2, this np6 reads version 1"),
        ("negative size", "out_bytes is negative"),
        ("float timestamp", "timestamp must be epoch ms"),
        ("huge timestamp", "timestamp must be epoch ms"),
        ("nested", "nested too deeply"),
        ("array", "a JSON list, not an object"),
        ("cursor string", "expected a mapping"),
    ],
)
def test_a_bad_cursor_file_is_a_usage_error_that_keeps_the_output(
    run: Run, tmp_path: Path, case: str, why: str
) -> None:
    out = write(tmp_path / "events.jsonl", '{"id": "a"}\n{"id": "b"}\n')
    contents = {
        "version": checkpoint(2, out=out),
        "negative size": checkpoint(out=out, out_bytes=-1),
        "float timestamp": checkpoint(out=out, cursor={"timestamp": 1.5, "seen": []}),
        "huge timestamp": checkpoint(out=out, cursor={"timestamp": 10**20, "seen": []}),
        "nested": "[" * 100_000,
        "array": "[1, 2]",
        "cursor string": checkpoint(out=out, cursor="[" * 5000),
    }
    cursor_file = write(tmp_path / "events.cursor", contents[case])

    refused = run("events", "pull", "--out", str(out), "--cursor-file", str(cursor_file), code=2)

    assert "is not an np6 events cursor file" in refused.stderr and why in refused.stderr
    assert "Traceback" not in refused.stderr
    assert out.read_text() == '{"id": "a"}\n{"id": "b"}\n'  # not cut back to the recorded size
    assert cursor_file.read_text() == contents[case]
