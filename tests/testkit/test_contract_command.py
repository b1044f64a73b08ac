"""`np6 contract`: schemathesis conformance checks of a live NP6 endpoint, as a command and a pytest fixture.

Every test runs against a real sandbox on a loopback port. The sandbox's ASGI app is wrapped in a request log
so tests can see exactly which requests reached it; a second sandbox is made to deviate from the spec with
``Sandbox(overrides=...)``. Every invocation asserts that the (canary) API key never appears in the output.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from pathlib import Path
from typing import Any

import httpx
import np6.spec
import pytest
from np6.cli import app
from np6_testkit.sandbox import Call, Reply, Sandbox
from typer.testing import CliRunner

pytest_plugins = ["pytester"]

CANARY = "np6-canary-key-5f0c2a9e71d4"
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]]


class RequestLog:
    """ASGI wrapper recording (method, path, status, x-request-id) of every request that reached the sandbox."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.entries: list[tuple[str, str, int, str | None]] = []

    async def __call__(
        self, scope: Scope, receive: Callable[[], Awaitable[Message]], send: Callable[[Message], Awaitable[None]]
    ) -> None:
        async def recording_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                request_id = dict(message.get("headers", [])).get(b"x-request-id")
                self.entries.append(
                    (scope["method"], scope["path"], message["status"], request_id.decode() if request_id else None)
                )
            await send(message)

        await self.app(scope, receive, recording_send)

    def methods(self) -> set[str]:
        return {method for method, *_ in self.entries}


def logged(sandbox: Sandbox) -> RequestLog:
    log = RequestLog(sandbox.app.asgi)
    sandbox.app.asgi = log  # type: ignore[assignment]  # SandboxApp calls whatever ASGI app it holds
    return log


@pytest.fixture
def conformant() -> Iterator[tuple[Sandbox, RequestLog]]:
    """A sandbox that follows the spec, with the canary key and a request log."""
    with Sandbox(api_key=CANARY) as sandbox:
        yield sandbox, logged(sandbox)


def _list_fields_with_a_string_id(call: Call) -> list[dict[str, Any]]:
    return [{"type": "email", "id": "seven", "name": "email", "isUnicity": True, "isMandatory": True}]


def _list_segments_echoing_the_key(call: Call) -> list[dict[str, Any]]:
    # Also looks like rich markup: the command must print it, not interpret it.
    return [{"id": f"[/red] {call.api_key}", "name": "a body that repeats the key must not leak it"}]


@pytest.fixture
def deviating() -> Iterator[tuple[Sandbox, RequestLog]]:
    """A sandbox with a wrongly typed field, an undocumented status, a body that echoes the key, a 500 and HTML."""
    overrides = {
        "list_fields": _list_fields_with_a_string_id,
        "list_categories": lambda call: Reply(418),
        "list_segments": _list_segments_echoing_the_key,
        "list_value_lists": lambda call: Reply(500),
        "list_imports": lambda call: Reply(200, [], headers={"content-type": "text/html"}),
    }
    with Sandbox(api_key=CANARY, overrides=overrides) as sandbox:
        yield sandbox, logged(sandbox)


def contract(*args: str, env: dict[str, str | None] | None = None) -> tuple[int, str]:
    """Run `np6 contract ARGS` in-process; the canary key must appear in neither stdout nor stderr."""
    base_env: dict[str, str | None] = {"NP6_API_KEY": None, "NP6_BASE_URL": None, "COLUMNS": "200"}
    result = CliRunner().invoke(app, ["contract", *args], env=base_env | (env or {}))
    output = result.output + (result.stderr if result.stderr_bytes is not None else "")
    assert CANARY not in output
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, output


def read_report(path: Path) -> dict[str, Any]:
    text = path.read_text()
    assert CANARY not in text
    report: dict[str, Any] = json.loads(text)
    return report


def test_a_conformant_api_gets_a_clean_report_and_no_write_request(
    conformant: tuple[Sandbox, RequestLog], tmp_path: Path
) -> None:
    sandbox, log = conformant
    code, output = contract("--base-url", sandbox.url, "--api-key", CANARY, "--report", str(tmp_path / "r.json"))

    assert code == 0, output
    report = read_report(tmp_path / "r.json")
    assert report["ok"] is True
    assert report["deviations"] == []
    by_id = {result["operation_id"]: result for result in report["operations"]}
    operations = [op for item in np6.spec.document()["paths"].values() for op in item.values() if "operationId" in op]
    assert len(by_id) == len(operations)  # every OpenAPI operation of the spec is accounted for
    assert by_id["list_fields"]["outcome"] == "matched"
    assert by_id["list_fields"]["provenance"] == "seen"
    assert report["summary"]["matched"] >= 30
    # Writes are skipped, and say how to include them; so are reads that need real ids.
    assert by_id["create_target"]["outcome"] == "skipped"
    assert "--safe-writes FILE" in by_id["create_target"]["note"]
    assert by_id["get_target"]["note"].startswith("needs real ids: no answer of the account held one (id)")
    assert by_id["get_target"]["note"].endswith("give --param get_target:id=...")
    # Nothing but GETs reached the sandbox, and it stored nothing.
    assert log.entries
    assert log.methods() == {"GET"}
    count = httpx.get(f"{sandbox.url}/targets/count", headers={"X-Key": CANARY}).json()
    assert count == {"targetsCount": 0}
    assert "list_fields" in output
    assert "matched" in output


def test_random_writes_are_sent_only_behind_the_loud_flag(conformant: tuple[Sandbox, RequestLog]) -> None:
    sandbox, log = conformant
    code, output = contract(
        "--base-url", sandbox.url, "--api-key", CANARY, "--operations", "create_target",
        "--random-writes-on-this-account",
    )  # fmt: skip

    assert code in (0, 1), output
    assert "POST" in log.methods()
    assert log.methods() <= {"POST"}


def test_path_parameters_come_from_param(conformant: tuple[Sandbox, RequestLog], tmp_path: Path) -> None:
    sandbox, log = conformant
    code, output = contract(
        "--base-url",
        sandbox.url,
        "--api-key",
        CANARY,
        "--operations",
        "get_target,list_fields",
        "--param",
        "get_target:id=00000XYZ",
        "--report",
        str(tmp_path / "r.json"),
    )

    assert code == 0, output
    assert ("GET", "/targets/00000XYZ", 404, log.entries[0][3]) in log.entries
    note = {r["operation_id"]: r for r in read_report(tmp_path / "r.json")["operations"]}["get_target"]["note"]
    assert "no success answer (404" in note  # an unknown id only checks the error answer, and says so


def test_deviations_are_reported_with_operation_check_path_and_request_id(
    deviating: tuple[Sandbox, RequestLog], tmp_path: Path
) -> None:
    sandbox, log = deviating
    deviated = "list_fields,list_categories,list_segments,list_value_lists,list_imports"
    args = ["--base-url", sandbox.url, "--api-key", CANARY, "--operations", deviated, "--operations", "list_actions"]
    code, output = contract(*args, "--report", str(tmp_path / "r.json"))

    assert code == 1, output
    report = read_report(tmp_path / "r.json")
    assert report["ok"] is False
    deviations = {d["operation_id"]: d for d in report["deviations"]}
    assert set(deviations) == set(deviated.split(","))

    wrong_type = deviations["list_fields"]
    assert (wrong_type["method"], wrong_type["path"], wrong_type["provenance"]) == ("GET", "/fields", "seen")
    assert wrong_type["check"] == "response_schema_conformance"
    assert wrong_type["json_path"] == "$[0].id"
    assert "'seven' is not of type 'integer'" in wrong_type["detail"]
    assert wrong_type["request_id"] in {request_id for *_, request_id in log.entries}
    assert '"id":"seven"' in wrong_type["excerpt"]

    undocumented = deviations["list_categories"]
    assert undocumented["check"] == "status_code_conformance"
    assert undocumented["status_code"] == 418
    assert undocumented["provenance"] == "legacy"
    assert "Documented: 200, 401, 403, 429, 500, 503" in undocumented["detail"]

    echoed = deviations["list_segments"]  # the body repeats the key: it is scrubbed from the excerpt
    assert "[/red] ***" in echoed["excerpt"]
    assert "'[/red] ***' is not of type 'integer'" in output

    assert deviations["list_value_lists"]["check"] == "not_a_server_error"
    assert deviations["list_imports"]["check"] == "content_type_conformance"
    assert "Received: text/html" in deviations["list_imports"]["detail"]

    outcomes = {r["operation_id"]: r["outcome"] for r in report["operations"]}
    assert outcomes == dict.fromkeys(deviated.split(","), "deviated") | {"list_actions": "matched"}
    assert "list_fields" in output
    assert "$[0].id" in output

    code, _ = contract(*args, "--report", str(tmp_path / "r.md"))
    markdown = (tmp_path / "r.md").read_text()
    assert code == 1
    assert CANARY not in markdown
    assert markdown.startswith("# NP6 contract report")
    assert (
        "| `list_fields` | `GET /fields` | seen | response_schema_conformance: Response violates schema | 200"
        in markdown
    )
    assert "| `list_categories` | `GET /categories` | legacy | status_code_conformance" in markdown


def test_the_same_seed_sends_the_same_requests(conformant: tuple[Sandbox, RequestLog]) -> None:
    sandbox, log = conformant
    args = ["--base-url", sandbox.url, "--api-key", CANARY, "--operations", "list_bounced_targets", "--seed", "7"]
    contract(*args)
    first = [(method, path) for method, path, *_ in log.entries]
    log.entries.clear()
    contract(*args)
    assert [(method, path) for method, path, *_ in log.entries] == first
    assert 1 < len(first) <= 5  # --max-examples defaults to 5


def test_the_environment_gives_url_and_key(conformant: tuple[Sandbox, RequestLog]) -> None:
    sandbox, log = conformant
    code, output = contract("--operations", "list_fields", env={"NP6_BASE_URL": sandbox.url, "NP6_API_KEY": CANARY})
    assert code == 0, output
    assert log.entries[0][:3] == ("GET", "/fields", 200)


def test_a_rejected_key_is_an_error_not_a_match(conformant: tuple[Sandbox, RequestLog], tmp_path: Path) -> None:
    sandbox, log = conformant
    code, output = contract("--base-url", sandbox.url, "--api-key", "wrong", "--report", str(tmp_path / "r.json"))
    assert code == 1, output
    assert len(log.entries) == 1  # stops at the first 401
    report = read_report(tmp_path / "r.json")
    assert report["summary"]["error"] == 1
    assert "rejected the key (401)" in output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--base-url", "http://api-cm.np6.com", "--api-key", CANARY], "refusing plain http"),
        (["--base-url", "ftp://127.0.0.1", "--api-key", CANARY], "http(s) URL"),
        (["--base-url", "http://127.0.0.1:9"], "no NP6 API key"),
        (["--api-key", CANARY], "no base URL"),
        (["--base-url", "http://127.0.0.1:9", "--api-key", CANARY, "--operations", "nope"], "unknown operation"),
        (
            ["--base-url", "http://127.0.0.1:9", "--api-key", CANARY, "--operations", "delete_target"],
            "--random-writes-on-this-account",
        ),
        (
            ["--base-url", "http://127.0.0.1:9", "--api-key", CANARY, "--include-writes"],
            "--include-writes was renamed --random-writes-on-this-account",
        ),
        (["--base-url", "http://127.0.0.1:9", "--api-key", CANARY, "--param", "id"], "NAME=VALUE"),
        (["--base-url", "http://127.0.0.1:9", "--api-key", CANARY, "--param", "nope:id=1"], "unknown operation"),
        (["--base-url", "http://127.0.0.1:9", "--api-key", CANARY, "--param", "get_target:ids=1"], "no path or query"),
        (["--base-url", "http://127.0.0.1:9", "--api-key", CANARY, "--max-examples", "0"], "max-examples"),
    ],
)
def test_usage_errors_exit_2_before_any_request(args: list[str], message: str) -> None:
    code, output = contract(*args)
    assert code == 2
    assert message in output


def test_an_unreachable_api_exits_1() -> None:
    code, output = contract("--base-url", "http://127.0.0.1:9", "--api-key", CANARY, "--timeout", "2")
    assert code == 1
    assert "did not answer" in output


def test_the_console_script(deviating: tuple[Sandbox, RequestLog]) -> None:
    sandbox, _ = deviating
    np6 = Path(sys.executable).with_name("np6")
    env = {key: value for key, value in os.environ.items() if not key.startswith("NP6_")}
    done = subprocess.run(
        [str(np6), "contract", "--base-url", sandbox.url, "--operations", "list_categories"],
        env=env | {"NP6_API_KEY": CANARY},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "list_categories" in done.stdout
    assert CANARY not in done.stdout + done.stderr


def test_the_np6_contract_fixture_in_a_users_suite(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same engine and options as the command: params as --param strings, safe writes with their state file,
    reports, the spec patch (the user's own data left as it was); a deviation fails the test with the report."""
    monkeypatch.delenv("NP6_BASE_URL", raising=False)  # the fixture would check that API instead of the sandbox
    spec = Path(__file__).resolve().parents[2] / "spec" / "np6.yaml"
    pytester.makepyfile(
        f"""
        import json
        import os

        import httpx
        import pytest
        from np6_testkit.sandbox import Reply, Sandbox

        @pytest.mark.np6_contract(operations=["list_fields", "list_segments"])
        def test_sandbox_matches(np6_contract):
            report = np6_contract()
            assert report.counts()["matched"] == 2

        def test_deviation_fails_with_the_report(np6_contract):
            with Sandbox(overrides={{"list_categories": lambda call: Reply(418)}}) as sandbox:
                np6_contract(base_url=sandbox.url, api_key=sandbox.api_key, operations=["list_categories"])

        def test_same_options_as_the_command(np6_sandbox, np6_contract):
            headers = {{"X-Key": np6_sandbox.api_key}}
            mine = {{"type": "static", "name": "mine", "isTest": False}}
            segment = httpx.post(np6_sandbox.url + "/segments", json=mine, headers=headers).json()["id"]

            report = np6_contract(
                operations=["get_segment", "list_categories"], params=[f"get_segment:id={{segment}}"],
                safe_writes=True, reports=["r.json", "r.xml"], suggest_spec_patch="spec.patch",
                spec={str(spec)!r}, max_examples=1,
            )

            results = {{r.operation_id: r for r in report.operations}}
            assert results["get_segment"].outcome == "matched" and results["get_segment"].statuses == {{"200": 1}}
            for write in ("create_segment", "create_field", "validate_action", "delete_segment"):
                assert results[write].outcome == "matched" and results[write].note == "safe-write scenario"
            assert json.load(open("r.json"))["ok"] is True and "<testsuite" in open("r.xml").read()
            assert "list_categories legacy -> seen" in open("spec.patch").read()
            assert not os.path.exists(".np6-contract-state.json")
            segments = httpx.get(np6_sandbox.url + "/segments", headers=headers).json()
            assert [s["id"] for s in segments] == [segment]  # the run's own segment is gone, the user's kept
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["*# NP6 contract report*", "*`list_categories`*status_code_conformance*418*"])


def test_sandbox_overrides_must_name_operations_of_the_spec() -> None:
    with pytest.raises(ValueError, match="list_feilds"):
        Sandbox(overrides={"list_feilds": lambda call: []})
