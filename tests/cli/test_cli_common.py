"""What every `np6` API command shares: configuration, exit codes, the request id on failures, a secret key."""

from __future__ import annotations

import csv
from pathlib import Path

import httpx
import pytest
from np6.cli import app
from np6_testkit.sandbox import Faults, Sandbox
from typer.testing import CliRunner

from .conftest import Run, create_targets, json_of, validated_action

CANARY = "np6-canary-key-3b9d41c7e05a"


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"NP6_API_KEY": "", "NP6_BASE_URL": "", **(env or {})})
    return result.exit_code, result.stdout + result.stderr


def test_options_instead_of_the_environment(sandbox: Sandbox, http: httpx.Client) -> None:
    target = http.post("/targets", json={"email": "opt@example.com"}).json()
    code, output = invoke("targets", "get", target["id"], "--base-url", sandbox.url, "--api-key", sandbox.api_key)
    assert code == 0 and "opt@example.com" in output


def test_a_refused_key_exits_1_with_the_request_id_and_is_never_printed(sandbox: Sandbox) -> None:
    for args in (("targets", "get", "000L0000"), ("actions", "list", "--json"), ("targets", "upsert", "email=a@b.c")):
        code, output = invoke(*args, "--base-url", sandbox.url, "--api-key", CANARY)
        assert code == 1, output
        assert "401" in output and "x-request-id: " in output and "x-request-id: none" not in output
        assert CANARY not in output
        code, output = invoke(*args, env={"NP6_API_KEY": CANARY, "NP6_BASE_URL": sandbox.url})
        assert code == 1 and CANARY not in output


def test_help_never_shows_the_key() -> None:
    for args in (("--help",), ("targets", "get", "--help"), ("events", "pull", "--help")):
        code, output = invoke(*args, env={"NP6_API_KEY": CANARY})
        assert code == 0 and CANARY not in output
    code, output = invoke("actions", "send", "--help", env={"NP6_API_KEY": CANARY})
    assert "NP6_API_KEY" in output and CANARY not in output


def test_configuration_errors_are_usage_errors(sandbox: Sandbox) -> None:
    code, output = invoke("actions", "list", "--base-url", sandbox.url)
    assert code == 2 and "no NP6 API key" in output and "--api-key" in output
    code, output = invoke("actions", "list", "--base-url", "http://np6.example.com", "--api-key", CANARY)
    assert code == 2 and "refusing plain http" in output and CANARY not in output
    code, output = invoke("actions", "list", "--no-such-option")
    assert code == 2


def test_an_unreachable_api_exits_1(unused_port: int) -> None:
    code, output = invoke("actions", "list", "--base-url", f"http://127.0.0.1:{unused_port}", "--api-key", CANARY)
    assert code == 1 and "never reached NP6" in output and CANARY not in output


@pytest.fixture
def unused_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_stopped_send_exits_1_and_still_writes_its_report(
    run: Run, http: httpx.Client, sandbox: Sandbox, tmp_path: Path
) -> None:
    emails = [target["fields"]["728"] for target in create_targets(http, 3)]
    action_id = validated_action(http)
    to = tmp_path / "to.txt"
    to.write_text("\n".join(emails))
    report = tmp_path / "report.csv"
    sandbox.set_faults(
        Faults(error_rate=1.0, error_statuses=(409,), phase="before", operations={"execute_action_batch"})
    )

    result = run("actions", "send", action_id, "--to", str(to), "--report", str(report), code=1)

    assert "409" in result.stderr and "x-request-id" in result.stderr
    assert [row["status"] for row in csv.DictReader(report.open())] == ["not_sent"] * 3
    assert json_of(run("actions", "get", action_id, "--json"))["informations"]["state"] == 50
