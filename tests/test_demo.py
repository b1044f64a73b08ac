"""`make demo` tells the whole story, end to end, against the embedded sandbox."""

from __future__ import annotations

import re
import subprocess
import sys


def test_demo_runs_the_main_job_end_to_end() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "np6._demo"], capture_output=True, text=True, check=True, timeout=120
    )
    output = result.stdout
    assert "finished after 2 polls: state 1, 5 created, 0 updated, 1 rejected" in output
    assert "audience now has 5 contacts" in output
    assert re.search(r"phase 1 .*\n  state 38\n  sending now -> 409 with an empty body \(0 bytes\)", output)
    assert re.search(r"phase 2 .*\n  state 50", output)
    assert "stranger@example.com     rejected  recipient not found" in output
    assert "5 sent, 1 rejected" in output
    events = re.search(r"(\d+) events: (.*)", output)
    assert events, output
    assert "execution 5" in events.group(2)
    assert result.stderr == ""
