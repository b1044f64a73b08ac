"""Safe writes (issue 20): write operations checked through scenarios on fixtures the run creates, every one
deleted at the end (the sandbox's whole state is equal before and after), the only message a test send to the
run's own test segment, a run killed in the middle of a create cleaned up by the next run."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from np6_testkit.contract import SafeWriteResult, SafeWriteStateError, check_safe_writes, cleanup_safe_writes
from np6_testkit.sandbox import Call, Faults, Reply, Sandbox, seed_small_account
from np6_testkit.sandbox.state import Contacts, EventLog, Segments

KEY = "np6-safe-writes-canary-77a1"
SENDING = (
    "validate_action", "execute_action", "execute_action_batch", "send_action_message", "send_action_to_targets",
    "execute_notification", "execute_notification_batch", "test_notification", "test_notification_version",
    "execute_workflow", "execute_compilable", "start_import_execution",
)  # fmt: skip
"""Every operation that may make NP6 send something to contacts (validate_action: the test phase's proofs)."""


@dataclasses.dataclass
class Recorded:
    operation_id: str
    body: Any
    test_segment_members: dict[int, list[str]]
    """For a test phase: each test segment's member addresses when the proofs went out."""


class Account:
    """A sandbox seeded like a small account whose sending operations are recorded as they reach it."""

    def __init__(self) -> None:
        self.sends: list[Recorded] = []
        self.sandbox = Sandbox(api_key=KEY, overrides={name: self._recorder(name) for name in SENDING})

    def _recorder(self, operation_id: str) -> Any:
        def record(call: Call) -> Reply | Any:
            state = self.sandbox.core.state
            members: dict[int, list[str]] = {}
            if operation_id == "validate_action" and isinstance(call.body, dict) and call.body.get("fortest"):
                contacts, segments = state.part(Contacts), state.part(Segments)
                for segment in call.body.get("testSegments") or []:
                    members[int(segment)] = [
                        contacts.address(contacts.get(target)) for target in segments.memberships.get(int(segment), {})
                    ]
            self.sends.append(Recorded(operation_id, call.body, members))
            return self.sandbox.core.handlers[operation_id](call)

        return record


def snapshot(sandbox: Sandbox) -> dict[str, Any]:
    """Everything the sandbox's state holds (every part: contacts, fields, segments, actions, events, imports,
    subscriptions, categories...), as plain data; id counters and the random generator are not account data."""
    state = sandbox.core.state

    def plain(value: Any) -> Any:
        if isinstance(value, dict):
            return {repr(key): plain(item) for key, item in value.items()}
        if isinstance(value, (list, tuple)) and not hasattr(value, "_asdict"):
            return [plain(item) for item in value]
        if isinstance(value, (set, frozenset)):
            return sorted((plain(item) for item in value), key=repr)
        if value is None or isinstance(value, (str, int, float, bool, bytes)):
            return value
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return plain(dataclasses.asdict(value))
        if hasattr(value, "_asdict"):
            return plain(value._asdict())
        if hasattr(value, "__dict__"):
            return {k: plain(v) for k, v in vars(value).items() if v is not state and not callable(v)}
        return repr(value)

    with sandbox.core.lock:
        return {type(part).__name__: plain(part) for part in state._parts.values()}


@pytest.fixture(scope="module")
def account() -> Iterator[Account]:
    account = Account()
    with account.sandbox:
        seed_small_account(account.sandbox)
        yield account


def test_safe_writes_leave_the_account_as_it_was(account: Account, tmp_path: Path) -> None:
    sandbox = account.sandbox
    state_file = tmp_path / "contract-state.json"
    before = snapshot(sandbox)
    during: list[dict[str, Any]] = []

    def look(result: SafeWriteResult) -> None:
        if state_file.exists():
            assert KEY not in state_file.read_text()
        if result.operation_id == "upload_import_source":
            during.append(snapshot(sandbox))

    results = check_safe_writes(sandbox.url, KEY, state_file, on_request=look)
    after = snapshot(sandbox)

    assert [(r.operation_id, r.problems) for r in results if not r.ok] == []
    assert during and during[0] != before  # the snapshot sees the run's objects while they exist
    assert after == before
    assert not state_file.exists()
    operations = {r.operation_id for r in results}
    assert operations >= {
        "create_segment", "update_segment", "add_segment_targets", "remove_segment_targets", "add_target_to_segment",
        "remove_target_from_segment", "create_target", "update_target", "create_category", "update_category",
        "create_field", "update_field", "create_action", "update_action", "render_action_message",
        "render_action_messages", "render_action_links", "duplicate_action", "validate_action", "unvalidate_action",
        "create_import", "update_import",
        "upload_import_source", "create_or_update_subscription", "delete_subscription",
        "delete_target_subscriptions", "delete_action", "delete_import", "delete_target", "delete_segment",
        "delete_category", "delete_field",
    }  # fmt: skip
    assert len(operations) == 32
    assert not operations & (set(SENDING) - {"validate_action"})  # nothing that sends but the test phase


def test_the_only_message_is_the_test_send_to_the_runs_own_test_segment(account: Account, tmp_path: Path) -> None:
    sandbox = account.sandbox
    with sandbox.core.lock:
        sends_before = len(sandbox.core.state.part(EventLog).sends)
    account.sends.clear()

    results = check_safe_writes(sandbox.url, KEY, tmp_path / "state.json")

    assert all(r.ok for r in results)
    created_segments = {
        int(r.request.rsplit("/", 1)[1]) for r in results if r.operation_id == "delete_segment"
    }  # the run's own
    assert [s.operation_id for s in account.sends] == ["validate_action"]  # no execution, no send
    (test_phase,) = account.sends
    assert test_phase.body["fortest"] is True
    assert set(test_phase.body["testSegments"]) <= created_segments
    members = [address for addresses in test_phase.test_segment_members.values() for address in addresses]
    assert members and all(a.startswith("np6-contract+") and a.endswith("@example.invalid") for a in members)
    with sandbox.core.lock:
        assert len(sandbox.core.state.part(EventLog).sends) == sends_before


def test_no_test_send_while_the_test_segment_holds_a_stranger(account: Account, tmp_path: Path) -> None:
    """The run reads its test segment back before the test send; a contact it did not create there (whatever put
    it there) stops the send."""
    sandbox = account.sandbox
    before = snapshot(sandbox)
    original = sandbox.app.asgi

    async def a_stranger_in_the_segment(scope: Any, receive: Any, send: Any) -> None:
        path = scope.get("path", "")
        if scope.get("method") == "GET" and path.startswith("/segments/") and path.endswith("/targets"):
            body = json.dumps(["00STRANGER"]).encode()
            headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await original(scope, receive, send)

    account.sends.clear()
    sandbox.app.asgi = a_stranger_in_the_segment
    try:
        results = check_safe_writes(sandbox.url, KEY, tmp_path / "state.json")
    finally:
        sandbox.app.asgi = original

    assert account.sends == []  # no test send, nothing executed
    [refused] = [r for r in results if r.operation_id == "validate_action"]
    assert refused.request == "not sent" and "00STRANGER" in refused.problems[0]
    assert [r.operation_id for r in results if not r.ok] == ["validate_action"]
    assert snapshot(sandbox) == before


def test_a_scenario_the_account_cannot_support_is_skipped_with_its_reason(tmp_path: Path) -> None:
    from np6_testkit.contract import ContractReport, add_safe_writes

    no_application = {"list_notifiable_applications": lambda call: []}
    with Sandbox(api_key=KEY, overrides=no_application) as empty:  # nothing to subscribe the run's contact to
        results = check_safe_writes(empty.url, KEY, tmp_path / "state.json")
    assert all(r.ok for r in results)
    report = ContractReport(empty.url, "8.1.0", 0, 1, False)
    add_safe_writes(report, results)
    outcomes = {r.operation_id: (r.outcome, r.note) for r in report.operations}
    assert outcomes["create_or_update_subscription"] == (
        "skipped", "not run by safe writes: the account has no notifiable application"
    )  # fmt: skip
    assert outcomes["create_field"] == ("matched", "safe-write scenario")


def test_a_run_killed_in_the_middle_of_a_create_is_cleaned_up_by_the_next(account: Account, tmp_path: Path) -> None:
    """SIGKILL while the sandbox is creating the draft action: the action exists but its id never reached the
    run; the state file lists the objects made before it and announces the action, and the next run deletes all."""
    sandbox = account.sandbox
    state_file = tmp_path / "state.json"
    before = snapshot(sandbox)
    reached, released = threading.Event(), threading.Event()
    original = sandbox.app.asgi

    async def hold_the_action_create(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] == "POST" and scope["path"] == "/actions":
            await receive_whole_body_first(scope, receive, send)
            return
        await original(scope, receive, send)

    async def receive_whole_body_first(scope: Any, receive: Any, send: Any) -> None:
        messages = [await receive()]
        while messages[-1].get("more_body"):
            messages.append(await receive())
        reached.set()
        while not released.is_set():
            await asyncio.sleep(0.01)

        async def replay() -> Any:
            return messages.pop(0) if messages else {"type": "http.disconnect"}

        await original(scope, replay, send)

    sandbox.app.asgi = hold_the_action_create
    environment = {k: v for k, v in os.environ.items() if not k.startswith("NP6_")}
    command = [str(Path(sys.executable).with_name("np6")), "contract", "--base-url", sandbox.url,
               "--operations", "list_fields", "--max-examples", "1", "--safe-writes", str(state_file)]  # fmt: skip
    try:
        with subprocess.Popen(
            command, env=environment | {"NP6_API_KEY": KEY}, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        ) as process:
            try:
                assert reached.wait(120), process.stderr.read() if process.stderr else ""
                process.send_signal(signal.SIGKILL)
                process.wait(10)
            finally:
                released.set()
        deadline = time.monotonic() + 30  # the held create finishes once released
        while time.monotonic() < deadline and not orphan_actions(sandbox):
            time.sleep(0.05)
    finally:
        sandbox.app.asgi = original

    state = json.loads(state_file.read_text())
    assert KEY not in state_file.read_text()
    assert set(state["created"]) == {"segment", "contact", "category", "field"}
    assert len(state["created"]["contact"]) == 2
    assert [entry["kind"] for entry in state["pending"]] == ["action"]
    assert orphan_actions(sandbox)  # created, though the killed run never learnt its id
    assert snapshot(sandbox) != before

    results = check_safe_writes(sandbox.url, KEY, state_file)  # the next run: cleans up, then runs its own

    assert all(r.ok for r in results), [r.problems for r in results if not r.ok]
    assert snapshot(sandbox) == before
    assert not state_file.exists()


def orphan_actions(sandbox: Sandbox) -> list[str]:
    with httpx.Client(base_url=sandbox.url, headers={"X-Key": KEY}) as http:
        return [a["id"] for a in http.get("/actions").json() if a["name"].startswith("np6 contract ")]


def test_a_create_whose_answer_never_comes_is_found_and_deleted(account: Account, tmp_path: Path) -> None:
    """The connection drops after NP6 created the action: the run reports it and its own cleanup finds the
    action by the name it announced, so nothing is left."""
    sandbox = account.sandbox
    before = snapshot(sandbox)
    sandbox.set_faults(Faults(drop_rate=1.0, phase="after", operations=frozenset({"create_action"})))
    try:
        results = check_safe_writes(sandbox.url, KEY, tmp_path / "state.json", timeout=5)
    finally:
        sandbox.set_faults(Faults())
    [dropped] = [r for r in results if r.operation_id == "create_action"]
    assert dropped.request == "POST /actions (no answer)" and "did not answer" in dropped.problems[0]
    assert "delete_action" in {r.operation_id for r in results}  # found by its name, deleted
    assert [r.operation_id for r in results if not r.ok] == ["create_action"]
    assert snapshot(sandbox) == before
    assert not (tmp_path / "state.json").exists()


def test_a_stopped_run_is_cleaned_up_by_the_cleanup_alone(account: Account, tmp_path: Path) -> None:
    sandbox = account.sandbox
    state_file = tmp_path / "contract-state.json"
    before = snapshot(sandbox)

    class Stop(BaseException):
        pass

    def stop_after_the_field(result: SafeWriteResult) -> None:
        if result.operation_id == "create_field":
            raise Stop  # like Ctrl-C: the run's own cleanup still runs

    with pytest.raises(Stop):
        check_safe_writes(sandbox.url, KEY, state_file, on_request=stop_after_the_field)
    assert snapshot(sandbox) == before and not state_file.exists()

    # Stopped again, and this time the API stops answering the run's deletions too (a network gone with the
    # Ctrl-C): what it created stays listed in the state file.
    deletions = frozenset({"delete_segment", "delete_target", "delete_category", "delete_field"})

    def stop_and_cut_the_deletions(result: SafeWriteResult) -> None:
        if result.operation_id == "create_field":
            sandbox.set_faults(Faults(drop_rate=1.0, operations=deletions))
            raise Stop

    try:
        with pytest.raises(Stop):
            check_safe_writes(sandbox.url, KEY, state_file, timeout=5, on_request=stop_and_cut_the_deletions)
    finally:
        sandbox.set_faults(Faults())
    assert state_file.exists() and snapshot(sandbox) != before
    assert cleanup_safe_writes(sandbox.url, KEY, state_file) >= 5  # segment, 2 contacts, category, field
    assert snapshot(sandbox) == before and not state_file.exists()
    assert cleanup_safe_writes(sandbox.url, KEY, state_file) == 0  # re-runnable


def test_a_state_file_of_another_api_is_refused_and_nothing_deleted(account: Account, tmp_path: Path) -> None:
    sandbox = account.sandbox
    state_file = tmp_path / "state.json"
    segment = httpx.get(f"{sandbox.url}/segments", headers={"X-Key": KEY}).json()[0]["id"]
    state = {"format": 2, "origin": "https://api-cm.np6.com", "created": {"segment": [str(segment)]}, "pending": []}
    state_file.write_text(json.dumps(state))
    before = snapshot(sandbox)

    with pytest.raises(SafeWriteStateError, match=r"not http://127\.0\.0\.1"):
        check_safe_writes(sandbox.url, KEY, state_file)
    with pytest.raises(SafeWriteStateError):
        cleanup_safe_writes(sandbox.url, KEY, state_file)
    assert snapshot(sandbox) == before
    assert json.loads(state_file.read_text()) == state


def test_the_command_refuses_an_unusable_state_file_before_its_first_request(account: Account, tmp_path: Path) -> None:
    from np6.cli import app
    from typer.testing import CliRunner

    sandbox = account.sandbox
    state_file = tmp_path / "state.json"
    state_file.write_text(json.dumps({"format": 2, "origin": "https://api-cm.np6.com", "created": {"segment": ["1"]}}))
    requests: list[str] = []
    original = sandbox.app.asgi

    async def count(scope: Any, receive: Any, send: Any) -> None:
        requests.append(scope.get("path", ""))
        await original(scope, receive, send)

    sandbox.app.asgi = count
    try:
        result = CliRunner().invoke(
            app,
            ["contract", "--base-url", sandbox.url, "--api-key", KEY, "--safe-writes", str(state_file)],
            env={"NP6_API_KEY": None, "NP6_BASE_URL": None, "COLUMNS": "80"},
        )
    finally:
        sandbox.app.asgi = original
    assert result.exit_code == 2, result.output
    assert "lists objects of https://api-cm.np6.com" in result.output
    assert requests == []


def test_the_command_reports_safe_writes_in_every_format(account: Account, tmp_path: Path) -> None:
    from np6.cli import app
    from typer.testing import CliRunner

    sandbox = account.sandbox
    state_file = tmp_path / "state.json"
    before = snapshot(sandbox)
    reports = [tmp_path / "r.xml", tmp_path / "r.json", tmp_path / "r.md"]
    result = CliRunner().invoke(
        app,
        ["contract", "--base-url", sandbox.url, "--api-key", KEY, "--max-examples", "1",
         "--operations", "list_segments", "--safe-writes", str(state_file),
         *[arg for path in reports for arg in ("--report", str(path))]],
        env={"NP6_API_KEY": None, "NP6_BASE_URL": None, "COLUMNS": "80"},
    )  # fmt: skip
    assert snapshot(sandbox) == before
    assert result.exit_code == 0, result.output
    assert KEY not in result.output
    junit = reports[0].read_text()
    assert 'name="create_action (POST /actions)"' in junit and "<failure" not in junit
    assert 'name="delete_field (DELETE /fields/{id})"' in junit
    data = json.loads(reports[1].read_text())
    assert {r["operation_id"] for r in data["operations"]} >= {"list_segments", "create_field", "delete_field"}
    for path in reports:
        assert KEY not in path.read_text()
    assert not state_file.exists()


def test_write_operations_safe_writes_never_run_say_why() -> None:
    from np6_testkit.contract import ContractReport, OperationResult, add_safe_writes

    skipped = "write operation: give --safe-writes FILE"
    report = ContractReport("http://127.0.0.1:1", "8.1.0", 0, 1, False)
    report.operations = [
        OperationResult(name, "POST", "/", "seen", "skipped", 0, skipped)
        for name in ("execute_action", "create_value_list", "add_target_to_mail_redlist", "create_workflow")
    ]
    add_safe_writes(report, [])
    notes = {r.operation_id: r.note for r in report.operations}
    assert notes["execute_action"].startswith("sends to contacts: never run by safe writes")
    assert notes["create_value_list"].startswith("creates what no operation deletes")
    assert notes["add_target_to_mail_redlist"].startswith("cannot be undone")
    assert notes["create_workflow"] == "not covered by the safe-write scenarios yet"
