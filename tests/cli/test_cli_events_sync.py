"""`np6 events sync`: NP6's events into DuckDB (a file in the working directory) with dlt, resumably."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from np6_testkit.sandbox import Sandbox
from np6_testkit.sandbox.state import EventLog

from .conftest import Run, json_of

pytest.importorskip("dlt", reason="the dlt extra is not installed (pip install 'np6-sdk[dlt]')")
duckdb = pytest.importorskip("duckdb", reason="the dlt extra is not installed (pip install 'np6-sdk[dlt]')")

START = 1_700_000_000_000
HOUR_MS = 3_600_000
END = START + 6 * HOUR_MS
RANGE = ("--since", str(START), "--until", str(END))
NP6 = str(Path(sys.executable).with_name("np6"))


@pytest.fixture(autouse=True)
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The command runs in the test's directory (DuckDB's file goes there), dlt's state under it, no telemetry;
    DuckDB's settings, which a sync puts in the environment, are taken out again."""
    monkeypatch.setenv("DESTINATION__DUCKDB__CREDENTIALS__GLOBAL_CONFIG", "")
    monkeypatch.delenv("DESTINATION__DUCKDB__CREDENTIALS__GLOBAL_CONFIG")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt-home"))
    monkeypatch.setenv("DLT_PROJECT_DIR", str(tmp_path))
    monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")
    return tmp_path


def stored(sandbox: Sandbox, http: httpx.Client, count: int) -> list[str]:
    with sandbox.core.lock:
        sandbox.core.state.part(EventLog).synthesize(count, START, START + 3 * HOUR_MS, targets=20)
    events: list[dict[str, Any]] = http.get("/actions/events", params={"start": START, "end": END}).json()
    return sorted(event["id"] for event in events)


def loaded(directory: Path) -> list[str]:
    with duckdb.connect(str(directory / "np6_events.duckdb"), read_only=True) as connection:
        return sorted(row[0] for row in connection.sql("select id from np6.action_events").fetchall())


def test_sync_loads_into_duckdb_in_the_working_directory(
    run: Run, sandbox: Sandbox, http: httpx.Client, workdir: Path
) -> None:
    expected = stored(sandbox, http, 1_500)

    first = json_of(run("events", "sync", *RANGE, "--json"))

    assert loaded(workdir) == expected
    assert first["events"] == 1_500 and first["destination"] == "duckdb" and first["dataset"] == "np6"
    with duckdb.connect(str(workdir / "np6_events.duckdb"), read_only=True) as connection:
        listing = connection.sql("select table_name from duckdb_tables() where schema_name = 'np6'").fetchall()
        tables = {row[0] for row in listing}
    assert {"action_events", "fields"} <= tables

    again = run("events", "sync", *RANGE)

    assert loaded(workdir) == expected  # a second run adds nothing
    assert "events extracted and loaded into duckdb" in again.stdout
    [(threads, memory_limit)] = duckdb_settings(workdir)
    amount, unit = memory_limit.split()
    assert threads == 1 and unit in ("MiB", "MB") and float(amount) <= 64  # a sync's memory stays bounded


def duckdb_settings(directory: Path) -> list[tuple[Any, ...]]:
    """The threads and memory limit DuckDB gets from dlt's configuration for the sync's pipeline."""
    dlt = pytest.importorskip("dlt")
    pipeline = dlt.pipeline(
        "np6_events", destination="duckdb", dataset_name="np6", pipelines_dir=str(directory / ".dlt" / "pipelines")
    )
    with pipeline.sql_client() as client:
        settings: list[tuple[Any, ...]] = client.execute_sql(
            "select current_setting('threads'), current_setting('memory_limit')"
        )
    return settings


def test_a_sync_of_an_account_without_events_creates_the_tables_a_query_needs(
    run: Run, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESTINATION__DUCKDB__CREDENTIALS__GLOBAL_CONFIG", '{"threads": 2}')  # the user's own

    run("events", "sync", *RANGE)

    assert duckdb_settings(workdir)[0][0] == 2  # kept: np6 bounds DuckDB only where nothing is configured

    with duckdb.connect(str(workdir / "np6_events.duckdb"), read_only=True) as connection:
        by_type = connection.sql("select type, count(*) from np6.action_events group by 1").fetchall()  # the README's
        actions = connection.sql("select count(*) from np6.actions").fetchall()
    assert by_type == [] and actions == [(0,)]


def test_the_state_lives_with_the_duckdb_file_so_a_sync_works_from_any_directory(
    run: Run, sandbox: Sandbox, http: httpx.Client, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = stored(sandbox, http, 300)
    first, second = workdir / "a", workdir / "b"
    for directory in (first, second):
        directory.mkdir()
        monkeypatch.chdir(directory)
        run("events", "sync", *RANGE, "--no-reference-tables")
        assert loaded(directory) == expected
    monkeypatch.chdir(first)

    again = json_of(run("events", "sync", *RANGE, "--no-reference-tables", "--json"))

    assert loaded(first) == expected  # 0 rows added
    assert again["events"] <= 1  # from the last timestamp loaded in this directory: at most its millisecond again
    assert (first / ".dlt" / "pipelines" / "np6_events").is_dir() and not (workdir / "dlt-home").exists()


def test_sync_in_chunks_and_usage_errors(run: Run, sandbox: Sandbox, http: httpx.Client, workdir: Path) -> None:
    expected = stored(sandbox, http, 1_200)

    summary = json_of(run("events", "sync", *RANGE, "--chunk-events", "500", "--json"))

    assert loaded(workdir) == expected and summary["loads"] >= 3
    assert "--since" in run("events", "sync", "--since", "2026-05-01T00:00:00", code=2).stderr  # no timezone
    assert "after" in run("events", "sync", "--since", str(END), "--until", str(START), code=2).stderr
    unknown = run("events", "sync", *RANGE, "--destination", "no-such-warehouse", code=2)
    assert "no-such-warehouse" in unknown.stderr


def _sync(sandbox: Sandbox, workdir: Path) -> subprocess.Popen[bytes]:
    environment = {**os.environ, "NP6_API_KEY": sandbox.api_key, "NP6_BASE_URL": sandbox.url}
    command = [NP6, "events", "sync", *RANGE, "--chunk-events", "500", "--window-minutes", "20"]
    return subprocess.Popen(command, cwd=workdir, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_a_killed_sync_is_completed_by_the_next_run_without_duplicates_or_gaps(
    sandbox: Sandbox, http: httpx.Client, workdir: Path
) -> None:
    expected = stored(sandbox, http, 2_000)
    kills = 0
    delay = 1.0  # dlt's import alone takes about a second; on an idle machine the whole sync takes a few
    while True:  # kill each run later than the last, until one finishes first
        process = _sync(sandbox, workdir)
        try:
            process.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()
            kills += 1
            delay *= 1.25  # small steps: several kills land while extracting, normalizing and loading
            continue
        assert process.returncode == 0, process.stderr.read().decode() if process.stderr else ""
        break
    assert kills >= 3  # stopped in several places: while extracting, normalizing and loading
    ids = loaded(workdir)
    assert len(ids) == len(set(ids))  # no duplicate
    assert ids == expected  # no gap

    rerun = _sync(sandbox, workdir)
    assert rerun.wait(timeout=120) == 0
    assert loaded(workdir) == expected
