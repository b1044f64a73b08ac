"""Fixtures of the `np6` command-line tests: a runner bound to the sandbox, by environment or by options."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from click.testing import Result
from np6.cli import app
from np6_testkit.sandbox import Sandbox
from typer.testing import CliRunner

Run = Callable[..., Result]


@pytest.fixture
def run(sandbox: Sandbox) -> Run:
    """``run("targets", "get", ID, code=0)``: invoke ``np6`` against the sandbox (key and URL from the environment)
    and check the exit code; the API key must never appear in what the command printed."""

    def invoke(*args: str, code: int = 0, input: str | None = None, env: dict[str, str] | None = None) -> Result:
        environment = {"NP6_API_KEY": sandbox.api_key, "NP6_BASE_URL": sandbox.url, "COLUMNS": "200"}
        result = CliRunner().invoke(app, list(args), input=input, env={**environment, **(env or {})})
        assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr, result.exception)
        assert sandbox.api_key not in result.stdout + result.stderr
        return result

    return invoke


def json_of(result: Result) -> Any:
    return json.loads(result.stdout)


# -- sandbox setup over raw HTTP, so the tests depend only on the commands under test -------------------

MAIL_ACTION: dict[str, Any] = {
    "type": "mailMessage",
    "name": "Newsletter",
    "content": {
        "headers": {"from": {"prefix": "news", "domain": "example.com", "label": "Example"}},
        "subject": "Hello {{email}}",
        "html": "<p>Hi {{email}}</p>",
    },
}


def create_targets(http: httpx.Client, count: int, prefix: str = "user") -> list[dict[str, Any]]:
    targets = []
    for number in range(count):
        response = http.post("/targets", json={"email": f"{prefix}{number}@example.com"})
        assert response.status_code == 200, response.text
        targets.append(response.json())
    return targets


def create_segment(http: httpx.Client, name: str = "testers") -> int:
    response = http.post("/segments", json={"type": "static", "name": name, "isTest": True})
    assert response.status_code == 200, response.text
    return int(response.json()["id"])


def create_action(http: httpx.Client) -> str:
    response = http.post("/actions", json=MAIL_ACTION)
    assert response.status_code == 200, response.text
    return str(response.json()["id"])


def validated_action(http: httpx.Client) -> str:
    action_id = create_action(http)
    segment = create_segment(http, f"testers of {action_id}")
    assert http.post(f"/actions/{action_id}/validation", json={"fortest": True, "testSegments": [segment]}).is_success
    assert http.post(f"/actions/{action_id}/validation", json={"fortest": False}).is_success
    return action_id
