"""np6.dlt: NP6's events into a real DuckDB file through dlt, against the sandbox over loopback."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import np6
import pytest
from np6_testkit.sandbox import Sandbox
from np6_testkit.sandbox.state import EventLog

dlt = pytest.importorskip("dlt", reason="the dlt extra is not installed (pip install 'np6-sdk[dlt]')")
duckdb = pytest.importorskip("duckdb", reason="the dlt extra is not installed (pip install 'np6-sdk[dlt]')")
import np6.dlt  # noqa: E402 - after the skip: it needs dlt

START = 1_700_000_000_000
HOUR_MS = 3_600_000
END = START + 6 * HOUR_MS


@pytest.fixture(autouse=True)
def dlt_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """dlt's files under the test's directory, and no telemetry."""
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt-home"))
    monkeypatch.setenv("DLT_PROJECT_DIR", str(tmp_path))
    monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")


@pytest.fixture
def stored(sandbox: Sandbox, http: httpx.Client) -> list[dict[str, Any]]:
    """2,000 events over 3 hours; what NP6 (the sandbox) holds in [START, END)."""
    with sandbox.core.lock:
        sandbox.core.state.part(EventLog).synthesize(2_000, START, START + 3 * HOUR_MS, targets=20)
    events: list[dict[str, Any]] = http.get("/actions/events", params={"start": START, "end": END}).json()
    return events


def pipeline(tmp_path: Path, name: str = "np6_events") -> Any:
    return dlt.pipeline(
        name,
        destination=dlt.destinations.duckdb(str(tmp_path / "np6_events.duckdb")),
        dataset_name="np6",
        pipelines_dir=str(tmp_path / "pipelines"),
    )


def rows(tmp_path: Path, sql: str) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(tmp_path / "np6_events.duckdb"), read_only=True) as connection:
        return connection.sql(sql).fetchall()


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[np6.Client]:
    with np6.Client(sandbox.api_key, base_url=sandbox.url) as np6_client:
        yield np6_client


def test_events_load_once_and_a_second_run_adds_nothing(
    client: np6.Client, stored: list[dict[str, Any]], tmp_path: Path
) -> None:
    loader = pipeline(tmp_path)
    loader.run(np6.dlt.source(client, start=START, end=END), loader_file_format="jsonl")

    loaded = rows(tmp_path, "select id, timestamp, type, source__detail__execution__id from np6.action_events")
    assert len(loaded) == len(stored) == 2_000
    assert sorted(row[0] for row in loaded) == sorted(event["id"] for event in stored)
    by_id = {event["id"]: event for event in stored}
    for event_id, timestamp, kind, execution in loaded:
        event = by_id[event_id]
        assert (timestamp, kind) == (event["timestamp"], event["type"])
        assert execution == event["source"]["detail"].get("execution", {}).get("id")
    assert rows(tmp_path, "select count(*) from np6.fields")[0][0] >= 1

    loader.run(np6.dlt.source(client, start=START, end=END), loader_file_format="jsonl")

    assert rows(tmp_path, "select count(*), count(distinct id) from np6.action_events") == [(2_000, 2_000)]


def test_the_next_run_loads_only_what_is_new(
    client: np6.Client, sandbox: Sandbox, stored: list[dict[str, Any]], tmp_path: Path
) -> None:
    loader = pipeline(tmp_path)
    loader.run(np6.dlt.source(client, start=START, end=END), loader_file_format="jsonl")
    with sandbox.core.lock:  # later events
        sandbox.core.state.part(EventLog).synthesize(300, END, END + HOUR_MS, targets=5)
    extracted: list[int] = []

    loader.run(
        np6.dlt.source(
            client, start=START, end=END + 3 * HOUR_MS, progress=lambda _, count, __: extracted.append(count)
        ),
        loader_file_format="jsonl",
    )

    assert rows(tmp_path, "select count(*), count(distinct id) from np6.action_events") == [(2_300, 2_300)]
    assert sum(extracted) < 400  # from the last timestamp loaded: the new events and that millisecond's, not all


def test_merge_on_the_event_id_keeps_each_event_once_across_overlapping_windows(
    client: np6.Client, stored: list[dict[str, Any]], tmp_path: Path
) -> None:
    # Two pipelines (no shared incremental state) load overlapping ranges into one dataset: only the merge on
    # the event id can keep each event once.
    middle = sorted(event["timestamp"] for event in stored)[1_200]
    pipeline(tmp_path, "first").run(
        np6.dlt.source(client, start=START, end=middle + HOUR_MS, reference_tables=False), loader_file_format="jsonl"
    )
    overlap = rows(tmp_path, "select count(*) from np6.action_events")[0][0]
    pipeline(tmp_path, "second").run(
        np6.dlt.source(client, start=middle - HOUR_MS, end=END, reference_tables=False), loader_file_format="jsonl"
    )

    assert 1_200 < overlap < 2_000
    assert rows(tmp_path, "select count(*), count(distinct id) from np6.action_events") == [(2_000, 2_000)]


def test_contact_hits_are_loaded_and_resumed_per_contact(
    client: np6.Client, stored: list[dict[str, Any]], tmp_path: Path
) -> None:
    contacts = ["SY000003", "SY000007"]  # the synthetic targets are known by id
    expected = sorted(
        hit["id"] for target in contacts for hit in client.events.iter_hits_raw(target_id=target, start=START, end=END)
    )
    loader = pipeline(tmp_path)
    for _ in range(2):
        loader.run(
            np6.dlt.source(
                client, start=START, end=END, contacts=contacts, contacts_by="target_id", reference_tables=False
            ),
            loader_file_format="jsonl",
        )

    assert expected
    assert sorted(row[0] for row in rows(tmp_path, "select id from np6.contact_hits")) == expected


def columns(tmp_path: Path, table: str) -> list[tuple[str, str]]:
    where = f"table_schema = 'np6' and table_name = '{table}'"
    sql = f"select column_name, data_type from information_schema.columns where {where}"
    return [(name, kind) for name, kind in rows(tmp_path, sql) if not name.startswith("_dlt")]


def test_an_account_without_events_gets_every_table_empty_with_the_columns_the_spec_requires(
    client: np6.Client, sandbox: Sandbox, tmp_path: Path
) -> None:
    client.targets.upsert({"email": "alice@example.com"})  # a contact with no hit yet
    loader = pipeline(tmp_path)
    loader.run(np6.dlt.source(client, start=START, end=END, contacts=["alice@example.com"]), loader_file_format="jsonl")

    assert columns(tmp_path, "action_events") == [("type", "VARCHAR"), ("id", "VARCHAR"), ("timestamp", "BIGINT")]
    assert columns(tmp_path, "contact_hits") == [("type", "VARCHAR"), ("id", "VARCHAR"), ("timestamp", "BIGINT")]
    assert columns(tmp_path, "actions")[:2] == [("type", "VARCHAR"), ("id", "VARCHAR")]  # no action on the account
    assert columns(tmp_path, "segments")[:3] == [("type", "VARCHAR"), ("id", "BIGINT"), ("name", "VARCHAR")]
    assert rows(tmp_path, "select type, count(*) from np6.action_events group by 1") == []
    assert rows(tmp_path, "select count(*) from np6.actions") == [(0,)]

    with sandbox.core.lock:  # then events come
        sandbox.core.state.part(EventLog).synthesize(500, START, START + HOUR_MS, targets=5)
    loader.run(np6.dlt.source(client, start=START, end=END, reference_tables=False), loader_file_format="jsonl")

    assert rows(tmp_path, "select count(*), count(distinct id) from np6.action_events") == [(500, 500)]
    files = loader.last_trace.last_load_info.load_packages[0].jobs["completed_jobs"]
    formats = {job.job_file_info.file_format for job in files if job.job_file_info.table_name == "action_events"}
    assert formats == {"jsonl", "sql"}  # the rows as JSON Lines (not the empty table's SQL inserts), then the merge


def test_bad_arguments_are_refused_before_any_request(client: np6.Client) -> None:
    with pytest.raises(ValueError, match="start"):
        np6.dlt.source(client, start=END, end=START)
    with pytest.raises(ValueError, match="contacts"):
        np6.dlt.source(client, start=START, contacts="alice@example.com")


def test_the_extra_is_named_when_dlt_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "dlt", None)  # as if not installed

    with pytest.raises(ImportError, match=r"pip install 'np6-sdk\[dlt\]'"):
        np6.dlt.require_dlt()


def test_np6_errors_come_out_of_the_pipeline(sandbox: Sandbox, tmp_path: Path) -> None:
    with np6.Client("wrong-key", base_url=sandbox.url) as client, pytest.raises(Exception) as raised:
        pipeline(tmp_path).run(np6.dlt.source(client, start=START, end=END), loader_file_format="jsonl")
    chain = []
    error: BaseException | None = raised.value
    while error is not None:
        chain.append(error)
        error = getattr(error, "exception", None) or error.__cause__ or error.__context__
    assert any(isinstance(link, np6.AuthenticationError) for link in chain)
    assert "wrong-key" not in json.dumps([str(link) for link in chain])
