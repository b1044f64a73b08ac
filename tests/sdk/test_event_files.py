"""``np6.EventFile`` and ``np6.EventCheckpoint``: events copied to a file exactly once across interruptions
(``np6 events pull --cursor-file`` is built on them; tests/cli/test_cli_events.py runs it end to end)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import np6
import pytest


def test_a_checkpoint_round_trips_through_its_file(tmp_path: Path) -> None:
    checkpoint = np6.EventCheckpoint(np6.EventCursor(1_700_000_000_000, {"a", "b"}), str(tmp_path / "out"), 42)
    checkpoint.save(tmp_path / "cursor")

    assert np6.EventCheckpoint.load(tmp_path / "cursor") == checkpoint
    assert [path.name for path in tmp_path.iterdir()] == ["cursor"]  # no temporary file left behind


def test_a_checkpoint_is_on_disk_before_it_replaces_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (steps.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda *paths: (steps.append("replace"), real_replace(*paths))[1])

    np6.EventCheckpoint(np6.EventCursor(1_700_000_000_000, set()), str(tmp_path / "out"), 0).save(tmp_path / "c")

    assert steps == ["fsync", "replace"]  # else a crash after the rename could leave an empty file: a restart


def test_no_cursor_file_or_an_empty_one_means_no_checkpoint(tmp_path: Path) -> None:
    assert np6.EventCheckpoint.load(tmp_path / "missing") is None
    (tmp_path / "empty").write_text("\n")
    assert np6.EventCheckpoint.load(tmp_path / "empty") is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[1, 2]", "not an object"),
        ('{"version": 2}', "version 2"),
        ('{"version": 1, "out": 3, "out_bytes": 1}', "out must be a path"),
        ('{"version": 1, "out": "x", "out_bytes": -1, "cursor": {"timestamp": 0, "seen": []}}', "negative"),
        ("not json", "Expecting value"),
    ],
)
def test_a_file_that_is_not_a_cursor_file_is_refused(tmp_path: Path, text: str, reason: str) -> None:
    (tmp_path / "cursor").write_text(text)
    with pytest.raises(ValueError, match=reason):
        np6.EventCheckpoint.load(tmp_path / "cursor")


def test_resuming_cuts_what_was_written_after_the_checkpoint(tmp_path: Path) -> None:
    out, cursor_file = tmp_path / "events.jsonl", tmp_path / "events.cursor"
    with np6.EventFile(out) as events:
        events.write({"id": "1"})
        events.write({"id": "2"})
        events.checkpoint(np6.EventCursor(10), cursor_file)
        events.write({"id": "3"})  # a crash before the next checkpoint: this line comes again

    resume = np6.EventCheckpoint.load(cursor_file)
    assert resume is not None and resume.cursor == np6.EventCursor(10)
    with np6.EventFile(out, resume) as events:
        assert events.dropped == len('{"id":"3"}\n')
        events.write({"id": "3"})

    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["1", "2", "3"]


def test_another_files_checkpoint_cuts_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"id":"1"}\n')
    elsewhere = np6.EventCheckpoint(np6.EventCursor(0), str(tmp_path / "b.jsonl"), 0)
    with np6.EventFile(tmp_path / "a.jsonl", elsewhere) as events:
        assert events.dropped == 0
        assert events.size == len('{"id":"1"}\n')


def test_an_events_text_is_written_as_sent_on_one_line(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    as_sent = '{ "id" : "1", "name":"Zoë \\u00e9", "ratio": 1.50 }'
    pretty = json.dumps({"id": "2", "tags": ["a", "b"]}, indent=2)
    with np6.EventFile(out) as events:
        events.write(as_sent)
        events.write(pretty)  # NP6 answered pretty-printed: a line must hold one event
        events.write({"id": "3", "name": "Zoë"})
        size = events.size

    assert out.read_bytes() == (as_sent + '\n{"id":"2","tags":["a","b"]}\n{"id":"3","name":"Zoë"}\n').encode()
    assert size == out.stat().st_size


@pytest.mark.parametrize("text", ["", "abc", '["a"]', '{"id": "1"} ', "1"])
def test_a_text_that_is_not_one_event_object_is_refused(tmp_path: Path, text: str) -> None:
    with np6.EventFile(tmp_path / "events.jsonl") as events, pytest.raises(ValueError, match="JSON text of one event"):
        events.write(text)
    assert (tmp_path / "events.jsonl").read_bytes() == b""
