"""`np6 targets`: get / upsert / delete, and the CSV import with its summary and rejected-rows file."""

from __future__ import annotations

import csv
from pathlib import Path

import httpx

from .conftest import Run, json_of


def test_upsert_creates_then_updates(run: Run) -> None:
    created = json_of(run("targets", "upsert", "email=alice@example.com", "--json"))
    assert created["created"] is True
    assert created["target"]["fields"]["728"] == "alice@example.com"

    again = run("targets", "upsert", "--json-body", '{"email": "alice@example.com"}')
    assert again.stdout.strip() == f"updated target {created['target']['id']}"


def test_upsert_refuses_what_is_not_field_equals_value(run: Run) -> None:
    assert "FIELD=VALUE" in run("targets", "upsert", "alice@example.com", code=2).stderr
    assert "FIELD=VALUE" in run("targets", "upsert", code=2).stderr
    assert "not JSON" in run("targets", "upsert", "--json-body", "{email", code=2).stderr
    assert "not both" in run("targets", "upsert", "email=a@b.c", "--json-body", "{}", code=2).stderr
    # the SDK's own check, before anything is sent: the unicity field is missing
    assert "unicity field 'email'" in run("targets", "upsert", "firstname=Bob", code=2).stderr


def test_get_by_id_unicity_and_hash(run: Run, http: httpx.Client) -> None:
    target = http.post("/targets", json={"email": "bob@example.com"}).json()
    by_id = json_of(run("targets", "get", target["id"], "--json"))
    assert by_id["id"] == target["id"]
    assert json_of(run("targets", "get", "--unicity", "bob@example.com", "--json"))["id"] == target["id"]
    assert json_of(run("targets", "get", "--hash", target["hash"], "--json"))["id"] == target["id"]
    text = run("targets", "get", target["id"]).stdout
    assert f"id: {target['id']}" in text
    assert "email (728): bob@example.com" in text  # field names, not just NP6's field ids
    assert "exactly one" in run("targets", "get", target["id"], "--hash", "x", code=2).stderr


def test_delete_then_get_fails_with_the_request_id(run: Run, http: httpx.Client) -> None:
    target = http.post("/targets", json={"email": "carol@example.com"}).json()
    assert json_of(run("targets", "delete", target["id"], "--json")) == {"deleted": target["id"]}
    missing = run("targets", "get", target["id"], code=1)
    assert "404" in missing.stderr
    assert "x-request-id: " in missing.stderr
    assert "x-request-id: none" not in missing.stderr


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_import_summarises_and_writes_the_rejected_rows(run: Run, http: httpx.Client, tmp_path: Path) -> None:
    assert http.post("/fields", json={"type": "textField", "name": "firstname"}).is_success
    http.post("/targets", json={"email": "old@example.com"})
    source = write_csv(
        tmp_path / "contacts.csv",
        [
            ["email", "firstname"],
            ["new@example.com", "Nina"],
            ["old@example.com", "Olga"],  # exists: updated
            ["", "Nobody"],  # no unicity value: rejected
            ["extra@example.com", "Eve", "surplus"],  # one value too many: rejected
            ["other@example.com", ""],  # empty cell left out
        ],
    )

    summary = json_of(run("targets", "import", str(source), "--json"))

    rejected_path = tmp_path / "contacts.rejected.csv"
    assert summary == {
        "file": str(source),
        "rows": 5,
        "created": 2,
        "updated": 1,
        "rejected": 2,
        "rejected_file": str(rejected_path),
    }
    rejected = list(csv.reader(rejected_path.open()))
    assert rejected[0] == ["line", "reason", "email", "firstname"]
    assert [row[0] for row in rejected[1:]] == ["4", "5"]
    assert "unicity field 'email'" in rejected[1][1]
    assert rejected[1][2:] == ["", "Nobody"]
    assert rejected[2][1] == "3 values for 2 columns"
    assert rejected[2][2:] == ["extra@example.com", "Eve", "surplus"]
    assert (
        json_of(run("targets", "get", "--unicity", "old@example.com", "--json"))["fields"]["728"] == "old@example.com"
    )


def test_import_text_summary_and_chosen_rejected_file(run: Run, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "in.csv", [["email"], *([f"user{number}@example.com"] for number in range(30))])
    chosen = tmp_path / "out" / "rejects.csv"
    chosen.parent.mkdir()
    result = run("targets", "import", str(source), "--rejected", str(chosen), "--concurrency", "8")
    assert "30 rows from" in result.stdout
    assert "30 created, 0 updated, 0 rejected" in result.stdout
    assert chosen.read_text().strip() == "line,reason,email"  # always written
    # the same file again: every row updates, nothing is duplicated (replacing the rejected file takes --force)
    assert "already exists" in run("targets", "import", str(source), "--rejected", str(chosen), code=2).stderr
    assert "0 created, 30 updated" in run("targets", "import", str(source), "--rejected", str(chosen), "--force").stdout


def test_import_rejects_what_np6_refuses_with_its_reason(run: Run, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "c.csv", [["email", "nosuchfield"], ["a@example.com", "x"]])
    result = run("targets", "import", str(source))
    assert "0 created, 0 updated, 1 rejected" in result.stdout
    [_, row] = list(csv.reader((tmp_path / "c.rejected.csv").open()))
    assert row[0] == "2"
    assert "400" in row[1] and "unknown field 'nosuchfield'" in row[1] and "x-request-id" in row[1]


def test_import_refuses_a_bad_file(run: Run, tmp_path: Path) -> None:
    assert (
        "more than once"
        in run("targets", "import", str(write_csv(tmp_path / "d.csv", [["email", "email"]])), code=2).stderr
    )
    assert (
        "no field name" in run("targets", "import", str(write_csv(tmp_path / "e.csv", [["email", ""]])), code=2).stderr
    )
    (tmp_path / "empty.csv").write_text("")
    assert "no header" in run("targets", "import", str(tmp_path / "empty.csv"), code=2).stderr
    assert run("targets", "import", str(tmp_path / "missing.csv"), code=2).stderr
