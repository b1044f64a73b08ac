"""What the benchmarks share: a sandbox in its own process, and the venv's `np6` command."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
NP6 = str(Path(PYTHON).with_name("np6"))


@contextlib.contextmanager
def sandbox_process(*arguments: str) -> Iterator[dict[str, Any]]:
    """Start bench/_sandbox_process.py; yields {"url", "api_key", "start_ms", "end_ms"}."""
    with tempfile.TemporaryDirectory() as directory:
        info_file = Path(directory) / "info.json"
        process = subprocess.Popen([PYTHON, str(HERE / "_sandbox_process.py"), str(info_file), *arguments])
        try:
            deadline = time.monotonic() + 600
            while not info_file.exists() or not info_file.read_text():
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("sandbox process failed to start")
                time.sleep(0.05)
            yield json.loads(info_file.read_text())
        finally:
            process.terminate()
            process.wait(timeout=30)
