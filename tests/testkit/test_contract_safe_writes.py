"""Safe writes (issue 20, item 2, in part): write operations checked through scenarios on fixtures the run
creates, every one deleted at the end, a stopped run cleaned up from its state file, nothing ever sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from np6_testkit.contract import check_safe_writes, cleanup_safe_writes
from np6_testkit.sandbox import Sandbox, seed_small_account

KEY = "np6-safe-writes-canary-77a1"


def snapshot(sandbox: Sandbox) -> dict[str, Any]:
    """What an account holds, as its read operations show it."""
    with httpx.Client(base_url=sandbox.url, headers={"X-Key": KEY}) as http:
        return {path: http.get(path).json() for path in ("/segments", "/actions", "/categories", "/targets/count")}


def test_safe_writes_leave_the_account_as_it_was(tmp_path: Path) -> None:
    state_file = tmp_path / "contract-state.json"
    with Sandbox(api_key=KEY) as sandbox:
        seed_small_account(sandbox)
        before = snapshot(sandbox)
        results = check_safe_writes(sandbox.url, KEY, state_file)
        after = snapshot(sandbox)

    assert [r.problems for r in results if not r.ok] == []
    operations = {r.operation_id for r in results}
    assert {"create_segment", "create_target", "add_segment_targets", "create_action", "validate_action"} <= operations
    assert not any(r.operation_id.startswith(("execute_", "send_")) for r in results)  # nothing is ever sent
    assert after == before
    assert not state_file.exists()


def test_a_stopped_run_is_cleaned_up_by_the_next(tmp_path: Path) -> None:
    state_file = tmp_path / "contract-state.json"

    class Stop(BaseException):
        pass

    def stop_after_the_action(result: Any) -> None:
        if result.operation_id == "create_action":
            raise Stop  # like Ctrl-C: the run's own cleanup does not get to finish its work either

    with Sandbox(api_key=KEY) as sandbox:
        seed_small_account(sandbox)
        before = snapshot(sandbox)
        with pytest.raises(Stop):
            check_safe_writes(sandbox.url, KEY, state_file, on_request=stop_after_the_action)
        # The run's finally already cleaned up; simulate a killed process by restoring a state file it left.
        assert snapshot(sandbox) == before and not state_file.exists()

        with pytest.raises(Stop):
            _stopped_without_cleanup(sandbox, state_file, stop_after_the_action)
        assert state_file.exists() and snapshot(sandbox) != before
        assert cleanup_safe_writes(sandbox.url, KEY, state_file) > 0
        assert snapshot(sandbox) == before and not state_file.exists()
        assert cleanup_safe_writes(sandbox.url, KEY, state_file) == 0  # re-runnable


def _stopped_without_cleanup(sandbox: Sandbox, state_file: Path, hook: Any) -> None:
    """A run killed before its cleanup could run (SIGKILL): the cleanup is made a no-op for this run."""
    import np6_testkit.contract._safe_writes as safe_writes

    original = safe_writes.cleanup_safe_writes
    safe_writes.cleanup_safe_writes = lambda *args, **kwargs: 0  # type: ignore[assignment]
    try:
        check_safe_writes(sandbox.url, KEY, state_file, on_request=hook)
    finally:
        safe_writes.cleanup_safe_writes = original


def test_the_command_reports_safe_writes_in_every_format(tmp_path: Path) -> None:
    from np6.cli import app
    from typer.testing import CliRunner

    state_file = tmp_path / "state.json"
    with Sandbox(api_key=KEY) as sandbox:
        before = snapshot(sandbox)
        result = CliRunner().invoke(
            app,
            ["contract", "--base-url", sandbox.url, "--api-key", KEY, "--max-examples", "1",
             "--operations", "list_segments", "--safe-writes", str(state_file), "--report", str(tmp_path / "r.xml")],
            env={"NP6_API_KEY": None, "NP6_BASE_URL": None, "COLUMNS": "80"},
        )  # fmt: skip
        assert snapshot(sandbox) == before
    assert result.exit_code == 0, result.output
    assert KEY not in result.output
    junit = (tmp_path / "r.xml").read_text()
    assert 'name="create_action (POST /actions)"' in junit and "<failure" not in junit
    assert not state_file.exists()
