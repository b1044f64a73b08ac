"""`np6 contract` in CI: a console summary that reads at 80 columns, JUnit XML beside JSON and Markdown
(``--report`` repeated), and counts by the spec's provenance."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest
from np6.cli import app
from np6_testkit.sandbox import Call, Reply, Sandbox
from typer.testing import CliRunner

KEY = "np6-ci-canary-8d1e44b07c"
OPERATIONS = "list_fields,list_segments,list_categories,list_value_lists,list_imports,get_segment"


def _field_with_a_string_id(call: Call) -> list[dict[str, Any]]:
    return [{"type": "email", "id": "seven" * 30, "name": "email", "isUnicity": True, "isMandatory": True}]


@pytest.fixture
def deviating() -> Iterator[Sandbox]:
    overrides = {
        "list_fields": _field_with_a_string_id,
        "list_categories": lambda call: Reply(418),
        "list_value_lists": lambda call: Reply(500, {"message": "[bold]" + "x" * 300}),
    }
    with Sandbox(api_key=KEY, overrides=overrides) as sandbox:
        yield sandbox


def contract(*args: str, columns: int) -> tuple[int, str]:
    env: dict[str, str | None] = {"NP6_API_KEY": None, "NP6_BASE_URL": None, "COLUMNS": str(columns)}
    result = CliRunner().invoke(app, ["contract", *args], env=env)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert KEY not in result.output
    return result.exit_code, result.output


def test_the_summary_fits_80_columns_and_names_every_deviation(deviating: Sandbox, tmp_path: Path) -> None:
    reports = [tmp_path / "contract.json", tmp_path / "contract.md", tmp_path / "junit.xml"]
    options = [arg for path in reports for arg in ("--report", str(path))]
    code, output = contract(
        "--base-url", deviating.url, "--api-key", KEY, "--operations", OPERATIONS, "--max-examples", "2", *options,
        columns=80,
    )  # fmt: skip

    assert code == 1, output
    lines = output.splitlines()
    assert max(len(line) for line in lines) <= 80, [line for line in lines if len(line) > 80]
    for operation in ("list_fields", "list_categories", "list_value_lists"):
        assert any(line.startswith(f"✗ {operation} (") for line in lines), output
    assert "$[0].id" in output  # where the schema deviation is
    assert any(line.startswith("matched: ") and "list_segments" in line for line in lines)
    assert any(line.startswith("skipped: 1 need ids (--param)") for line in lines)
    assert "by provenance:" in output

    data = json.loads(reports[0].read_text())
    assert sum(row["deviated"] for row in data["by_provenance"].values()) == 3
    assert "| provenance | matched | deviated | errors | skipped |" in reports[1].read_text()
    for path in reports:
        assert KEY not in path.read_text()

    suite = ET.parse(reports[2]).getroot()
    assert suite.tag == "testsuite"
    counts = [suite.get(name) for name in ("tests", "failures", "errors", "skipped")]
    assert counts == ["6", "3", "0", "1"]
    cases = {case.get("name", "").split(" ")[0]: case for case in suite.iter("testcase")}
    assert set(cases) == set(OPERATIONS.split(","))
    failure = cases["list_fields"].find("failure")
    assert failure is not None and failure.text is not None and "$[0].id" in failure.text
    assert cases["get_segment"].find("skipped") is not None
    assert list(cases["list_segments"]) == []  # matched: no child element
    assert all(case.get("classname", "").startswith("np6.contract.") for case in cases.values())


def test_the_summary_of_a_clean_run_fits_too(tmp_path: Path) -> None:
    with Sandbox(api_key=KEY) as sandbox:
        code, output = contract("--base-url", sandbox.url, "--api-key", KEY, "--max-examples", "1", columns=80)
    assert code == 0, output
    assert max(len(line) for line in output.splitlines()) <= 80
    assert "0 deviated" in output


def test_a_report_refused_leaves_no_temporary_file_of_the_others(tmp_path: Path) -> None:
    existing = tmp_path / "r.xml"
    existing.write_text("kept")
    code, output = contract(
        "--base-url", "http://127.0.0.1:9", "--api-key", KEY,
        "--report", str(tmp_path / "r.json"), "--report", str(existing), columns=80,
    )  # fmt: skip
    assert code == 2, output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.xml"]
    assert existing.read_text() == "kept"


def test_the_report_suggests_the_spec_changes_a_run_argues_for(deviating: Sandbox, tmp_path: Path) -> None:
    from np6_testkit.contract import check_contract

    report = check_contract(deviating.url, KEY, operations=OPERATIONS.split(","), max_examples=2)
    provenance = {r.operation_id: r.provenance for r in report.operations}
    suggestions = {(s.operation_id, s.kind): s for s in report.suggested_spec_changes()}

    fix = suggestions[("list_fields", "fix-response-schema")]
    assert fix.where == "/paths/~1fields/get/responses/200" and "$[0].id" in fix.change
    assert suggestions[("list_categories", "document-status")].where == "/paths/~1categories/get/responses"
    assert ("list_value_lists", "document-status") not in suggestions  # a 500 is the API's fault, not the spec's
    raised = {operation for operation, kind in suggestions if kind == "raise-mark"}
    matched = {r.operation_id for r in report.operations if r.outcome == "matched"}
    assert raised == {op for op in matched if provenance[op] != "seen"}
    by_provenance = report.by_provenance()
    assert sum(row["deviated"] for row in by_provenance.values()) == 3
    assert by_provenance[provenance["list_categories"]]["deviated"] >= 1
    data = json.loads(report.to_json())
    assert len(data["suggested_spec_changes"]) == len(suggestions)
    assert "## Suggested spec changes" in report.to_markdown()
