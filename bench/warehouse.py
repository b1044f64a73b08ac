"""Events into a warehouse at scale (issue 18): `np6 events sync` of the sandbox's events into DuckDB, against
`np6 events pull` of the same events to JSON Lines: the time ratio, and the sync's peak RSS.

Each command runs in a fresh child process (its peak RSS is its own), against a sandbox in another process.
Long (about 15 minutes at 1,000,000 events on 2 cores), so `make bench` leaves it out: `make bench-warehouse`.

    python bench/warehouse.py [--events N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import PYTHON, print_rows, sandbox_process

RSS_GOAL_MB = 300


def run_cli(info: dict[str, Any], workdir: Path, *arguments: str) -> dict[str, Any]:
    """``np6 ARGUMENTS`` in a fresh interpreter in ``workdir``; its wall time and peak RSS."""
    environment = {
        **os.environ,
        "NP6_API_KEY": info["api_key"],
        "NP6_BASE_URL": info["url"],
        "DLT_DATA_DIR": str(workdir / "dlt-home"),
        "DLT_PROJECT_DIR": str(workdir),
        "RUNTIME__DLTHUB_TELEMETRY": "false",
    }
    output = subprocess.run(
        [PYTHON, str(Path(__file__).resolve()), "--child", *arguments],
        cwd=workdir,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


def child(arguments: list[str]) -> None:
    from np6.cli import main

    sys.argv = ["np6", *arguments]
    started = time.perf_counter()
    try:
        main()
    except SystemExit as done:
        if done.code not in (0, None):
            raise
    seconds = time.perf_counter() - started
    peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    print(json.dumps({"seconds": seconds, "peak_rss_mb": peak / 1024}))


def bench_warehouse(quick: bool, events: int | None = None) -> list[tuple[str, str, str]]:
    import duckdb

    total = events or (100_000 if quick else 1_000_000)
    with sandbox_process("--events", str(total)) as info, tempfile.TemporaryDirectory() as directory:
        workdir = Path(directory)
        since, until = str(info["start_ms"]), str(info["end_ms"])
        pull = run_cli(info, workdir, "events", "pull", "--since", since, "--until", until, "--out", "events.jsonl")
        with (workdir / "events.jsonl").open("rb") as lines:
            pulled = sum(1 for _ in lines)
        sync = run_cli(info, workdir, "events", "sync", "--since", since, "--until", until)
        with duckdb.connect(str(workdir / "np6_events.duckdb"), read_only=True) as connection:
            counted = connection.sql("select count(*), count(distinct id) from np6.action_events").fetchall()
    [(loaded, distinct)] = counted
    if not loaded == distinct == pulled:
        raise RuntimeError(f"pulled {pulled} events, loaded {loaded} rows ({distinct} distinct ids)")
    return [
        (
            f"7. warehouse: `np6 events sync` of {loaded:,} events into DuckDB / `np6 events pull` to JSON Lines",
            f"{sync['seconds'] / pull['seconds']:.2f}x the time ({sync['seconds']:.0f} vs {pull['seconds']:.0f} s); "
            f"sync peak RSS {sync['peak_rss_mb']:.0f} MB (pull {pull['peak_rss_mb']:.0f} MB)",
            f"peak RSS < {RSS_GOAL_MB} MB",
        )
    ]


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--events", type=int)
    args = parser.parse_args()
    print_rows(bench_warehouse(args.quick, args.events))


if __name__ == "__main__":
    main()
