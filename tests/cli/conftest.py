"""Fixtures of the `np6` command-line tests: a runner bound to the sandbox, by environment or by options."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import factories
import httpx
import pytest
from click.testing import Result
from factories import create_segment, create_targets
from np6.cli import app
from np6_testkit.sandbox import Sandbox
from typer.testing import CliRunner

Run = Callable[..., Result]
__all__ = ["Run", "create_action", "create_segment", "create_targets", "json_of", "run", "validated_action"]


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


def create_action(http: httpx.Client) -> str:
    return factories.create_action(http, MAIL_ACTION)


def validated_action(http: httpx.Client) -> str:
    return factories.validated_action(http, MAIL_ACTION)
