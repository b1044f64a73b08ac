"""`make demo` tells the whole story, end to end, against the embedded sandbox."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

DEMO = Path(__file__).resolve().parents[1] / "examples" / "demo.py"


def test_demo_runs_the_main_job_end_to_end() -> None:
    result = subprocess.run([sys.executable, str(DEMO)], capture_output=True, text=True, check=True, timeout=120)
    output = result.stdout
    assert "upserted twice (same id: True), 1 added to 'Testers'" in output
    assert "finished after 2 polls: 5 created, 0 updated, 1 rejected" in output
    assert "the audience has 5 contacts" in output
    assert re.search(r"is in state 38, but NP6 sends only actions validated for production \(state 50\)", output)
    assert re.search(r"-> state 50\n  state 50", output)
    assert re.search(r"stranger@example\.com\s+rejected\s+recipient not found", output)
    assert "5 sent, 1 rejected, 0 unknown" in output
    events = re.search(r"(\d+) events: (.*)", output)
    assert events, output
    assert "execution 5" in events.group(2)
    assert result.stderr == ""
