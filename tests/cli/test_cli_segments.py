"""`np6 segments add`: ids from a plain list or a CSV column, 50 per request, idempotent."""

from __future__ import annotations

from pathlib import Path

import httpx

from .conftest import Run, create_segment, create_targets, json_of


def test_add_reads_one_id_per_line_and_counts_new_members(run: Run, http: httpx.Client, tmp_path: Path) -> None:
    ids = [target["id"] for target in create_targets(http, 120)]
    segment = create_segment(http)
    listing = tmp_path / "ids.txt"
    listing.write_text("\n".join([*ids, "", ids[0], ids[1]]) + "\n")  # a blank line, two repeats

    summary = json_of(run("segments", "add", str(segment), str(listing), "--json"))

    assert summary == {"segment_id": segment, "ids": 122, "unique": 120, "added": 120}
    members = http.get(f"/segments/{segment}/targets").json()
    assert sorted(members) == sorted(ids)
    again = run("segments", "add", str(segment), str(listing))
    assert "0 targets added, 120 already members or unknown" in again.stdout


def test_add_reads_a_csv_column(run: Run, http: httpx.Client, tmp_path: Path) -> None:
    targets = create_targets(http, 3)
    segment = create_segment(http)
    table = tmp_path / "members.csv"
    table.write_text("email,target_id\n" + "".join(f"{t['fields']['728']},{t['id']}\n" for t in targets))

    assert "3 targets added" in run("segments", "add", str(segment), str(table), "--column", "target_id").stdout
    assert "no column 'id'" in run("segments", "add", str(segment), str(table), "--column", "id", code=2).stderr


def test_add_usage_and_api_errors(run: Run, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n")
    assert "lists no target ids" in run("segments", "add", "1", str(empty), code=2).stderr
    listing = tmp_path / "ids.txt"
    listing.write_text("000L0000\n")
    missing = run("segments", "add", "999999", str(listing), code=1)
    assert "404" in missing.stderr and "x-request-id" in missing.stderr
    assert run("segments", "add", "not-a-number", str(listing), code=2).stderr
