"""examples/contract-nightly.yml (issue 20): the nightly CI workflow takes the key from a secret (never from its
command line), keeps the safe-writes state file between runs, and its `np6 contract` script runs as written
(against a seeded sandbox instead of NP6; to stay quick, one example of two read operations, then all the safe
writes)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from np6_testkit.sandbox import Sandbox, seed_small_account

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / "examples" / "contract-nightly.yml"
KEY = "np6-workflow-canary-31c7d2"


def steps() -> list[dict[str, Any]]:
    workflow = yaml.safe_load(WORKFLOW.read_text())
    return list(workflow["jobs"]["contract"]["steps"])


def contract_step() -> dict[str, Any]:
    [step] = [step for step in steps() if "np6 contract" in step.get("run", "")]
    return step


def test_the_key_comes_from_a_secret_and_the_state_file_is_kept_between_runs() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text())
    assert workflow[True]["schedule"]  # YAML 1.1 reads the key `on` as True
    step = contract_step()
    assert step["env"]["NP6_API_KEY"] == "${{ secrets.NP6_API_KEY }}"
    assert step["env"]["NP6_BASE_URL"].startswith("https://")
    assert "--api-key" not in step["run"]  # a command line shows up in process lists and logs
    assert "--safe-writes .np6-contract/state.json" in step["run"]
    uses = {step.get("uses", "").split("@")[0]: step for step in steps()}
    assert uses["actions/cache/restore"]["with"]["path"] == ".np6-contract"
    assert uses["actions/cache/save"]["with"]["path"] == ".np6-contract"
    assert uses["actions/cache/save"]["if"] == "always()"  # saved even when the run fails or is stopped


def test_the_contract_script_runs_as_written(tmp_path: Path) -> None:
    (tmp_path / "spec").mkdir()
    shutil.copyfile(ROOT / "spec" / "np6.yaml", tmp_path / "spec" / "np6.yaml")  # a checkout of np6
    quick = "--max-examples 1 --operations list_categories,list_fields"
    script = contract_step()["run"].replace("--max-examples 3", quick)
    assert "--operations" in script
    with Sandbox(api_key=KEY) as sandbox:
        seed_small_account(sandbox)
        environment = os.environ | {
            "NP6_API_KEY": KEY,
            "NP6_BASE_URL": sandbox.url,
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
            "COLUMNS": "80",
        }
        done = subprocess.run(
            ["bash", "-e", "-c", script],
            cwd=tmp_path,
            env=environment,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads((tmp_path / "contract.json").read_text())
    assert report["ok"] is True
    checked = {r["operation_id"]: r for r in report["operations"] if r["outcome"] == "matched"}
    assert checked["create_segment"]["note"] == "safe-write scenario"
    assert (tmp_path / "contract-junit.xml").exists() and (tmp_path / "contract.md").exists()
    assert "x-np6-provenance: seen" in (tmp_path / "contract.patch").read_text()
    assert sorted(p.name for p in (tmp_path / ".np6-contract").iterdir()) == [".keep"]  # nothing left to clean
    for path in tmp_path.glob("contract*"):
        assert KEY not in path.read_text()
    assert KEY not in done.stdout + done.stderr
