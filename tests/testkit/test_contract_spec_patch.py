"""The spec learns from a contract run (issue 20): `np6 contract --suggest-spec-patch FILE` writes the suggested
changes as a unified diff against spec/np6.yaml that names the deviating operations, raises the marks of the
confirmed ones, applies cleanly and changes nothing else."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import spec_lint
import yaml
from np6.cli import app
from np6_testkit.sandbox import Call, Reply, Sandbox, seed_small_account
from typer.testing import CliRunner

KEY = "np6-spec-patch-canary-5f0e9a"
SPEC = Path(__file__).resolve().parents[2] / "spec" / "np6.yaml"
CONFIRMED = ["list_notifications", "list_all_action_hit_reactivities", "list_mail_redlist", "get_segments_informations"]
"""Non-seen reads the sandbox answers as the spec says: inferred, inferred with a provenance detail, legacy with
a detail, legacy."""
DEVIATING = ["list_fields", "list_categories"]


def _field_with_a_string_id(call: Call) -> list[dict[str, Any]]:
    return [{"type": "email", "id": "seven", "name": "email", "isUnicity": True, "isMandatory": True}]


def _key_in_the_body(call: Call) -> Reply:
    return Reply(418, {"message": f"bad key {KEY}"})


@pytest.fixture(scope="module")
def deviating() -> Iterator[Sandbox]:
    overrides = {"list_fields": _field_with_a_string_id, "list_categories": _key_in_the_body}
    with Sandbox(api_key=KEY, overrides=overrides) as sandbox:
        seed_small_account(sandbox)
        yield sandbox


@pytest.fixture(scope="module")
def patched(deviating: Sandbox, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """A copy of the repository's spec/np6.yaml, the patch the command wrote for it, and the console output."""
    root = tmp_path_factory.mktemp("checkout")
    (root / "spec").mkdir()
    shutil.copyfile(SPEC, root / "spec" / "np6.yaml")
    patch = root / "contract.patch"
    here = Path.cwd()
    os.chdir(root)  # a maintainer's checkout: the default --spec is spec/np6.yaml
    try:
        result = CliRunner().invoke(
            app,
            ["contract", "--base-url", deviating.url, "--api-key", KEY, "--max-examples", "2",
             "--operations", ",".join(CONFIRMED + DEVIATING), "--suggest-spec-patch", "contract.patch"],
            env={"NP6_API_KEY": None, "NP6_BASE_URL": None, "COLUMNS": "80"},
        )  # fmt: skip
    finally:
        os.chdir(here)
    assert result.exit_code == 1, result.output  # it deviated
    return root, patch.read_text(encoding="utf-8"), result.output


def test_the_patch_names_the_deviations_and_raises_the_confirmed_marks(patched: tuple[Path, str, str]) -> None:
    _, text, output = patched
    added = [line[1:] for line in text.splitlines() if line.startswith("+") and not line.startswith("+++")]
    comments = [line.strip() for line in added if line.strip().startswith("#")]
    assert any("list_fields fix-response-schema" in c and "$[0].id" in c for c in comments), comments
    assert any("list_categories document-status" in c and "418" in c for c in comments), comments
    for operation in CONFIRMED:
        assert any(f"{operation} " in c and "-> seen" in c for c in comments), (operation, comments)
    assert sum(line.strip() == "x-np6-provenance: seen" for line in added) == len(CONFIRMED)
    assert text.startswith("--- a/spec/np6.yaml\n+++ b/spec/np6.yaml\n")
    assert "spec patch:" in output and KEY not in output
    assert KEY not in text


def test_the_patch_applies_cleanly_and_changes_only_the_marks(patched: tuple[Path, str, str]) -> None:
    root, text, _ = patched
    spec = root / "spec" / "np6.yaml"
    # Labelled with the --spec path as given (absolute here): patch -p0 from anywhere, -p1 from the checkout.
    relative = text.replace(f"a/{spec.as_posix()}", "a/spec/np6.yaml").replace(
        f"b/{spec.as_posix()}", "b/spec/np6.yaml"
    )
    (root / "relative.patch").write_text(relative)
    dry = subprocess.run(
        ["patch", "-p1", "--dry-run", "-i", "relative.patch"], cwd=root, capture_output=True, text=True, check=False
    )
    assert dry.returncode == 0, dry.stdout + dry.stderr
    before = yaml.load(spec.read_text(), Loader=yaml.CSafeLoader)
    subprocess.run(["git", "apply", "contract.patch"], cwd=root, check=True)
    after = yaml.load(spec.read_text(), Loader=yaml.CSafeLoader)

    provenance = {}
    for path, item in before["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get("operationId") in CONFIRMED:
                provenance[operation["operationId"]] = operation["x-np6-provenance"]
                changed = after["paths"][path][method]
                assert changed["x-np6-provenance"] == "seen"
                for element, value in (changed.get("x-np6-provenance-detail") or {}).items():
                    assert element == "notes" or str(value).startswith("seen"), (element, value)
                # Nothing else in the operation changed (comments are not data).
                changed |= {k: operation[k] for k in ("x-np6-provenance", "x-np6-provenance-detail") if k in operation}
    assert set(provenance.values()) == {"inferred", "legacy"}
    # The project's provenance rules hold on the patched spec (each detail element's mark, the weakest one).
    patched_spec = yaml.load(spec.read_text(), Loader=yaml.CSafeLoader)
    for rule in (spec_lint.check_provenance_detail, spec_lint.check_operation_metadata):
        assert rule(patched_spec) == rule(before)
    assert after == before


def test_nothing_to_suggest_is_an_empty_patch_and_an_unreadable_spec_a_usage_error(
    deviating: Sandbox, tmp_path: Path
) -> None:
    def contract(*args: str) -> Any:
        return CliRunner().invoke(
            app,
            ["contract", "--base-url", deviating.url, "--api-key", KEY, "--max-examples", "1", *args],
            env={"NP6_API_KEY": None, "NP6_BASE_URL": None, "COLUMNS": "80"},
        )

    result = contract("--operations", "list_segments", "--suggest-spec-patch", str(tmp_path / "p"), "--spec", str(SPEC))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "p").read_text() == ""  # list_segments is seen: no mark to raise, nothing deviated
    assert "no spec change to suggest" in result.output

    result = contract("--suggest-spec-patch", str(tmp_path / "q"), "--spec", str(tmp_path / "missing.yaml"))
    assert result.exit_code == 2
    assert "--spec" in result.output and "missing.yaml" in result.output
    assert not (tmp_path / "q").exists()
