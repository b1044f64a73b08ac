"""`np6 events pull`: a JSON Lines copy of the event stream, resumable without gaps or duplicates."""

from __future__ import annotations

import datetime
import json
import time
from bisect import bisect_left
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import np6
import pytest
from np6.cli import app
from np6.resources.events import Events
from np6_testkit.sandbox import Call, Reply, Sandbox
from np6_testkit.sandbox.state import EventLog
from typer.testing import CliRunner

from .conftest import Run, create_targets, json_of, validated_action

SPAN_START = 1_700_000_000_000
HOUR_MS = 3_600_000
SPAN_END = SPAN_START + 6 * HOUR_MS
RANGE = ("--since", str(SPAN_START), "--until", str(SPAN_END))


@pytest.fixture
def expected(sandbox: Sandbox, http: httpx.Client) -> list[str]:
    """400 past events over two hours (some sharing a millisecond); NP6's ids for the whole range, in order."""
    with sandbox.core.lock:
        sandbox.core.state.part(EventLog).synthesize(400, SPAN_START, SPAN_START + 2 * HOUR_MS, targets=10)
    events = http.get("/actions/events", params={"start": SPAN_START, "end": SPAN_END, "sort": "asc"}).json()
    assert len(events) > 300
    return [str(event["id"]) for event in events]


def ids_in(path: Path) -> list[str]:
    return [str(json.loads(line)["id"]) for line in path.read_text().splitlines()]


def test_pull_writes_every_event_in_order(run: Run, expected: list[str], tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    summary = json_of(run("events", "pull", *RANGE, "--out", str(out), "--window-minutes", "7", "--json"))
    assert ids_in(out) == expected
    assert summary["events"] == len(expected) and summary["complete"] is True
    timestamps = [json.loads(line)["timestamp"] for line in out.read_text().splitlines()]
    assert timestamps == sorted(timestamps)


def test_lines_are_the_events_as_np6_sent_them(run: Run, expected: list[str], sandbox: Sandbox, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    run("events", "pull", *RANGE, "--out", str(out))
    with np6.Client(sandbox.api_key, base_url=sandbox.url) as client:
        typed = [event.to_dict() for event in client.events.iter_action_events(start=SPAN_START, end=SPAN_END)]
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert lines == typed and len(lines) == len(expected)  # the objects the typed pull wrote, in NP6's key order


# Events as a server other than the sandbox may write them: spaces, escapes, key order and numbers as json.dumps
# would not write them, raw and escaped non-ASCII.
AS_SENT = [
    '{ "type" : "hit", "id":"a", "timestamp": 1700000000001, "ratio": 1.50, "big": 123456789012345678901234567890 }',
    '{"timestamp":1700000000002,"id":"b","type":"hit","text":"caf\\u00e9 \\"quoted\\" tab\\t","name":"Zoë 🦊"}',
]


@pytest.fixture(scope="module")
def scripted() -> Iterator[tuple[Sandbox, dict[str, bytes]]]:
    """A sandbox whose ``GET /actions/events`` answers the body set in the dict for the window holding
    ``SPAN_START + 1``, and ``[]`` for the others."""
    answer = {"body": b"[]"}

    def list_all_action_events(call: Call) -> Reply:
        holds_them = int(str(call.query["start"])) <= SPAN_START + 1 < int(str(call.query["end"]))
        return Reply(
            200, stream=[answer["body"] if holds_them else b"[]"], headers={"content-type": "application/json"}
        )

    with Sandbox(overrides={"list_all_action_events": list_all_action_events}) as server:
        yield server, answer


def _pull_from(server: Sandbox, out: Path) -> None:
    environment = {"NP6_API_KEY": server.api_key, "NP6_BASE_URL": server.url}
    result = CliRunner().invoke(app, ["events", "pull", *RANGE, "--out", str(out)], env=environment)
    assert result.exit_code == 0, (result.stdout, result.stderr)


def test_lines_are_the_bytes_np6_sent(scripted: tuple[Sandbox, dict[str, bytes]], tmp_path: Path) -> None:
    server, answer = scripted
    answer["body"] = f"[{AS_SENT[0]},\n  {AS_SENT[1]} ]".encode()
    out = tmp_path / "events.jsonl"

    _pull_from(server, out)

    assert out.read_bytes() == "".join(f"{text}\n" for text in AS_SENT).encode()


def test_a_pretty_printed_answer_still_gives_one_event_per_line(
    scripted: tuple[Sandbox, dict[str, bytes]], tmp_path: Path
) -> None:
    server, answer = scripted
    events = [json.loads(text) for text in AS_SENT]
    answer["body"] = json.dumps(events, indent=2, ensure_ascii=False).encode()
    out = tmp_path / "events.jsonl"

    _pull_from(server, out)

    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "" and [json.loads(line) for line in lines[:-1]] == events


def test_an_interrupted_pull_resumes_without_gaps_or_duplicates(run: Run, expected: list[str], tmp_path: Path) -> None:
    out, cursor = tmp_path / "events.jsonl", tmp_path / "cursor.json"
    options = (*RANGE, "--out", str(out), "--cursor-file", str(cursor), "--window-minutes", "10")

    first = run("events", "pull", *options, "--max-events", "150")
    assert "150 events written" in first.stdout and "resume" in first.stdout
    assert ids_in(out) == expected[:150]
    saved = json.loads(cursor.read_text())
    assert saved["out_bytes"] == out.stat().st_size

    run("events", "pull", *options, "--max-events", "100")  # --since is ignored: the cursor file wins
    assert ids_in(out) == expected[:250]
    last = run("events", "pull", *options)
    assert ids_in(out) == expected
    assert f"{len(expected) - 250} events written" in last.stdout
    assert "0 events written" in run("events", "pull", *options).stdout  # nothing new


def test_events_written_after_the_last_checkpoint_are_not_duplicated(
    run: Run, expected: list[str], tmp_path: Path
) -> None:
    out, cursor = tmp_path / "events.jsonl", tmp_path / "cursor.json"
    options = ("--since", str(SPAN_START), "--until", str(SPAN_END), "--out", str(out), "--cursor-file", str(cursor))
    run("events", "pull", *options, "--max-events", "10")
    with out.open("a") as handle:  # as if killed after writing events but before saving the cursor
        handle.write(out.read_text().splitlines()[-1] + "\n" + '{"id": "half a li')

    resumed = run("events", "pull", *options)

    assert "dropped" in resumed.stderr
    assert ids_in(out) == expected


def test_follow_picks_up_new_events_at_each_poll(
    run: Run, client: np6.Client, http: httpx.Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    targets = create_targets(http, 2)
    action_id = validated_action(http)
    monkeypatch.setattr(
        "np6.resources.events.COMMIT_LAG", datetime.timedelta(0)
    )  # the sandbox publishes events at once
    sent: list[str] = []

    def between_polls(seconds: float) -> None:  # instead of sleeping: a send, whose events the next poll gets
        target = targets[len(sent)]
        client.actions.send(action_id, [target["fields"]["728"]])
        sent.append(target["id"])
        real_sleep(0.1)  # the execution event comes 5 to 50 ms after the send

    real_sleep = time.sleep

    monkeypatch.setattr("np6.cli.events.time.sleep", between_polls)
    out = tmp_path / "events.jsonl"
    since = (datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=10)).isoformat()

    polling = ("--follow", "--interval", "0", "--max-polls", "3")

    summary = json_of(
        run("events", "pull", "--since", since, "--out", str(out), *polling, "--type", "execution", "--json")
    )

    assert summary["polls"] == 3 and len(sent) == 2
    executions = [json.loads(line) for line in out.read_text().splitlines()]
    assert summary["events"] == len(executions) == 2
    assert [event["source"]["detail"]["execution"]["recipient"]["id"] for event in executions] == sent


def test_filters_by_action_and_type(run: Run, expected: list[str], tmp_path: Path) -> None:
    out = tmp_path / "executions.jsonl"
    run("events", "pull", *RANGE, "--out", str(out), "--type", "execution", "--action", "SYNTH0")
    events: list[dict[str, Any]] = [json.loads(line) for line in out.read_text().splitlines()]
    assert events and {event["type"] for event in events} == {"execution"}


def test_pull_asks_windows_sized_to_the_events(
    run: Run, expected: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[int, int]] = []

    ask = Events._action_events

    def recording(self: Events, low: int, high: int, **options: Any) -> Any:
        asked.append((low, high))
        return ask(self, low, high, **options)

    monkeypatch.setattr(Events, "_action_events", recording)
    quiet = tmp_path / "quiet.jsonl"
    run("events", "pull", *RANGE, "--out", str(quiet), "--window-minutes", "60")
    assert ids_in(quiet) == expected
    lengths = [high - low for low, high in asked]
    assert asked[0][0] == SPAN_START and asked[-1][1] == SPAN_END and max(lengths) == HOUR_MS
    assert len(asked) <= 6 + 3  # few events: about one request per --window-minutes

    asked.clear()
    monkeypatch.setattr("np6.resources.events.TARGET_EVENTS", 20)  # as if the same events were dense
    dense = tmp_path / "dense.jsonl"
    run("events", "pull", *RANGE, "--out", str(dense), "--window-minutes", "60")
    assert ids_in(dense) == expected
    stamps = [json.loads(line)["timestamp"] for line in dense.read_text().splitlines()]

    def held(low: int, high: int) -> int:
        return bisect_left(stamps, high) - bisect_left(stamps, low)

    hourly = max(held(low, low + HOUR_MS) for low in range(SPAN_START, SPAN_END, HOUR_MS))
    counts = sorted(held(low, high) for low, high in asked)
    assert len(asked) >= len(expected) / 40 and counts[len(counts) // 2] <= 2 * 20 and counts[-1] < hourly / 2


def test_usage_errors(run: Run, tmp_path: Path) -> None:
    out = str(tmp_path / "events.jsonl")
    naive = run("events", "pull", "--since", "2026-05-01T08:00:00", "--out", out, code=2)
    assert "no timezone" in naive.stderr and "2026-05-01T08:00:00Z" in naive.stderr
    assert "ISO 8601" in run("events", "pull", "--since", "yesterday", "--out", out, code=2).stderr
    assert "--since" in run("events", "pull", "--out", out, code=2).stderr
    assert "--until" in run("events", "pull", *RANGE, "--out", out, "--follow", code=2).stderr
    assert "--follow" in run("events", "pull", *RANGE, "--out", out, "--max-polls", "2", code=2).stderr
    bad_cursor = tmp_path / "cursor.json"
    bad_cursor.write_text("{not json")
    assert (
        "not an np6 events cursor"
        in run("events", "pull", "--out", out, "--cursor-file", str(bad_cursor), code=2).stderr
    )


def test_the_window_default_is_the_librarys(run: Run) -> None:
    from np6.cli.events import WINDOW_MINUTES
    from np6.resources.events import DEFAULT_WINDOW

    assert datetime.timedelta(minutes=WINDOW_MINUTES) == DEFAULT_WINDOW
    for command in ("pull", "sync"):
        assert f"[default: {WINDOW_MINUTES}]" in run("events", command, "--help").stdout
