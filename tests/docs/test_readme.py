"""Every code block of README.md runs as written against a fresh sandbox (issue 16): the Python blocks with
``python -c``, the shell blocks with ``bash -e`` (each line must succeed), with ``NP6_API_KEY`` /
``NP6_BASE_URL`` pointing at the sandbox and the files the commands name (``contacts.csv``,
``recipients.txt``, ``testers.txt``) in the working directory. The sandbox holds an account's past events
(:data:`HISTORY`, older than NP6's 30 s commit lag, as a real account has), so the warehouse block's query
counts them. ``pip install`` lines are skipped: this environment has every extra installed. A block the README
marks ``<!-- illustrative: why -->`` (installing with your own key, a server that runs until stopped, the real
API, the project's own build) is not run; the test checks those stay few.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from np6_testkit.sandbox import Sandbox
from np6_testkit.sandbox.state import EventLog

README = Path(__file__).resolve().parents[2] / "README.md"
BLOCK = re.compile(r"(<!-- illustrative: (?P<why>[^>]*?) -->\n)?```(?P<language>python|sh)\n(?P<code>.*?)```", re.S)
BLOCKS = [match for match in BLOCK.finditer(README.read_text(encoding="utf-8"))]
RUNNABLE = [match for match in BLOCKS if match["why"] is None]
HISTORY = (1_000, 1_777_680_000_000, 1_777_701_600_000)
"""Events of the account before the README's commands run: 1,000 on 2026-05-02 from 00:00 to 06:00 UTC."""
FILES = {
    "contacts.csv": "email\ncarol@example.com\ndan@example.com\n",
    "recipients.txt": "alice@example.com\nbob@example.com\n",
    "testers.txt": "00L00000\n",
}


def test_most_blocks_run() -> None:
    illustrative = [match["why"] for match in BLOCKS if match["why"] is not None]
    assert len(RUNNABLE) >= 3 and len(illustrative) <= 5, illustrative
    assert {match["language"] for match in RUNNABLE} == {"python", "sh"}


def _line(match: re.Match[str]) -> int:
    return README.read_text(encoding="utf-8").count("\n", 0, match.start("code")) + 1


@pytest.mark.parametrize("block", RUNNABLE, ids=lambda match: f"README.md:{_line(match)}-{match['language']}")
def test_the_block_runs_as_written(block: re.Match[str], sandbox: Sandbox, tmp_path: Path) -> None:
    for name, text in FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with sandbox.core.lock:
        sandbox.core.state.part(EventLog).synthesize(*HISTORY)
    bin_dir = str(Path(sys.executable).parent)
    env = {
        **os.environ,
        "NP6_API_KEY": sandbox.api_key,
        "NP6_BASE_URL": sandbox.url,
        "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""),
        "COLUMNS": "200",
        "HOME": str(tmp_path),  # a fresh user: no dlt pipeline state in ~/.dlt from an earlier run
        "DLT_DATA_DIR": str(tmp_path / ".dlt"),
    }
    env.pop("NP6_LOG", None)
    code = block["code"]
    if block["language"] == "python":
        command = [sys.executable, "-c", code]
    else:
        lines = [line for line in code.splitlines() if not line.startswith("pip install")]
        command = ["bash", "-e", "-c", "\n".join(lines)]
    ran = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert ran.returncode == 0, f"{ran.stdout}\n{ran.stderr}"
    assert sandbox.api_key not in ran.stdout + ran.stderr
    if "np6.action_events" in code:  # the warehouse query shows the account's events, by type
        assert "execution" in ran.stdout and "activation" in ran.stdout, ran.stdout
