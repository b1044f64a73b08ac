"""What the benchmarks share: a sandbox in its own process, the venv's `np6` command, and the results table."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
NP6 = str(Path(PYTHON).with_name("np6"))


def print_rows(rows: Iterable[tuple[str, str, str]]) -> None:
    """The (benchmark, measured, goal) rows as bench/RESULTS.md's Markdown table, each as soon as it is measured."""
    print("| benchmark | measured | goal |\n|---|---|---|")
    for name, measured, goal in rows:
        print(f"| {name} | {measured} | {goal} |", flush=True)


@contextlib.contextmanager
def sandbox_process(
    *arguments: str, tree: Path | None = None, hidden: tuple[str, ...] = ()
) -> Iterator[dict[str, Any]]:
    """Start ``bench/_sandbox_process.py`` (of the source tree ``tree``, default this one); yields its
    {"url", "api_key", "start_ms", "end_ms"} and "pid". ``hidden`` packages fail to import there."""
    with tempfile.TemporaryDirectory() as directory:
        env = None
        if tree is not None or hidden:
            for name in hidden:
                (Path(directory) / name).mkdir()
                (Path(directory) / name / "__init__.py").write_text(
                    f"raise ImportError('{name}: hidden by the bench')\n"
                )
            path = [directory] + ([str(tree / "overlays"), str(tree / "generated")] if tree else [])
            env = {**os.environ, "PYTHONPATH": os.pathsep.join(path)}
        info_file = Path(directory) / "info.json"
        script = (tree or HERE.parent) / "bench" / "_sandbox_process.py"
        process = subprocess.Popen([PYTHON, str(script), str(info_file), *arguments], env=env)
        try:
            deadline = time.monotonic() + 600
            while not info_file.exists() or not info_file.read_text():
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("sandbox process failed to start")
                time.sleep(0.05)
            yield {**json.loads(info_file.read_text()), "pid": process.pid}
        finally:
            process.terminate()
            process.wait(timeout=30)
