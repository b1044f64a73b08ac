"""`np6 contract --report` never destroys a user's file: an existing report is refused before the first request
(or replaced with --force, once the check is over), and a run that stops leaves the file as it was."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from np6.cli import app
from np6_testkit.sandbox import Sandbox
from typer.testing import CliRunner

KEPT = "# my notes\n"


@pytest.fixture
def counted() -> Iterator[tuple[Sandbox, list[str]]]:
    """A sandbox and the paths of the requests that reached it."""
    paths: list[str] = []

    def list_fields(call: object) -> list[object]:
        paths.append("/fields")
        return []

    with Sandbox(overrides={"list_fields": list_fields}) as sandbox:
        yield sandbox, paths


def contract(sandbox: Sandbox, *args: str) -> tuple[int, str]:
    env = {"NP6_API_KEY": sandbox.api_key, "NP6_BASE_URL": sandbox.url, "COLUMNS": "200"}
    result = CliRunner().invoke(app, ["contract", "--operations", "list_fields", "--max-examples", "1", *args], env=env)
    return result.exit_code, result.output + result.stderr


def test_an_existing_report_is_refused_before_any_request(counted: tuple[Sandbox, list[str]], tmp_path: Path) -> None:
    sandbox, paths = counted
    report = tmp_path / "contract.md"
    report.write_text(KEPT)

    code, output = contract(sandbox, "--report", str(report))

    assert code == 2, output
    assert "already exists: give --force" in output
    assert report.read_text() == KEPT and paths == []


def test_force_replaces_the_report_once_the_check_is_over(counted: tuple[Sandbox, list[str]], tmp_path: Path) -> None:
    sandbox, paths = counted
    report = tmp_path / "contract.json"
    report.write_text(KEPT)

    code, output = contract(sandbox, "--report", str(report), "--force")

    assert code in (0, 1), output
    assert paths and json.loads(report.read_text())["operations"][0]["operation_id"] == "list_fields"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["contract.json"]  # no temporary file left


def test_a_stopped_run_leaves_the_report_as_it_was(counted: tuple[Sandbox, list[str]], tmp_path: Path) -> None:
    sandbox, _ = counted
    report = tmp_path / "contract.md"
    report.write_text(KEPT)

    code, output = contract(sandbox, "--report", str(report), "--force", "--param", "not-a-param")

    assert code == 2, output
    assert report.read_text() == KEPT
    assert sorted(path.name for path in tmp_path.iterdir()) == ["contract.md"]
