"""Event iteration against the wire (issue 18): client CPU and throughput of np6's event paths, side by side
with a hand-written loop of raw ``httpx`` GETs of ``/actions/events`` decoded with ``json.loads``.

One sandbox process stores the events; this process runs every variant in turn, interleaved over rounds, and
reports ratios of medians. CPU is ``time.process_time()`` of this process alone (the sandbox runs elsewhere).

    python bench/events_cpu.py [--quick] [--events N]
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import NP6, print_rows, sandbox_process

RAW_WINDOW_MS = 600_000
"""The raw loop's fixed windows: 10 minutes (about 1,400 events each at 200,000 events a day)."""


def raw_loop(url: str, api_key: str, start_ms: int, end_ms: int) -> int:
    """What a user would write without np6: fixed windows, ``sort=asc``, ``json.loads``; no de-duplication."""
    count = 0
    with httpx.Client(base_url=url, headers={"X-Key": api_key}, timeout=300) as http:
        for low in range(start_ms, end_ms, RAW_WINDOW_MS):
            response = http.get(
                "/actions/events", params={"start": low, "end": min(low + RAW_WINDOW_MS, end_ms), "sort": "asc"}
            )
            response.raise_for_status()
            count += len(json.loads(response.content))
    return count


def typed(url: str, api_key: str, start_ms: int, end_ms: int) -> int:
    import np6

    count = 0
    with np6.Client(api_key, base_url=url, timeout=300) as client:
        for _ in client.events.iter_action_events(start=start_ms, end=end_ms):
            count += 1
    return count


def raw_path(url: str, api_key: str, start_ms: int, end_ms: int) -> int:
    import np6

    count = 0
    with np6.Client(api_key, base_url=url, timeout=300) as client:
        for _ in client.events.iter_action_events_raw(start=start_ms, end=end_ms):
            count += 1
    return count


def cli_pull(url: str, api_key: str, start_ms: int, end_ms: int, bytecode: str | None = None) -> int:
    """``np6 events pull`` to a JSON Lines file, in a child process (its CPU is not this process's: wall only),
    reading its modules' bytecode from the ``bytecode`` cache directory when given."""
    env = {**os.environ, "NP6_API_KEY": api_key, "NP6_BASE_URL": url}
    if bytecode is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = bytecode
    with tempfile.TemporaryDirectory() as directory:
        out = Path(directory) / "events.jsonl"
        subprocess.run(
            [NP6, "events", "pull", "--since", str(start_ms), "--until", str(end_ms), "--out", str(out)],
            env=env,
            check=True,
            capture_output=True,
        )
        with out.open("rb") as lines:
            return sum(1 for _ in lines)


def _measure(variant: Callable[[str, str, int, int], int], info: dict[str, Any]) -> tuple[int, float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    count = variant(info["url"], info["api_key"], info["start_ms"], info["end_ms"])
    return count, time.process_time() - cpu, time.perf_counter() - wall


def bench_events_cpu(quick: bool, events: int | None = None) -> list[tuple[str, str, str]]:
    total = events or (50_000 if quick else 200_000)
    rounds = 2 if quick else 3
    variants: dict[str, Callable[[str, str, int, int], int]] = {"raw loop": raw_loop, "typed": typed}
    if hasattr(_events_type(), "iter_action_events_raw"):
        variants["raw path"] = raw_path
    # The pull reads its modules' bytecode from a cache of its own, written by a first, untimed pull of an empty
    # range: as an installed np6 does (pip compiles it). Without this, where PYTHONDONTWRITEBYTECODE is set (this
    # machine) or the tree's __pycache__ is stale, every pull compiled np6 and np6_client from source (~0.3 s).
    bytecode = tempfile.TemporaryDirectory(prefix="np6-bench-bytecode-")
    variants["cli pull"] = functools.partial(cli_pull, bytecode=bytecode.name)
    cpu: dict[str, list[float]] = {name: [] for name in variants}
    wall: dict[str, list[float]] = {name: [] for name in variants}
    counts: dict[str, int] = {}
    with bytecode, sandbox_process("--events", str(total)) as info:
        cli_pull(info["url"], info["api_key"], info["start_ms"], info["start_ms"], bytecode=bytecode.name)
        for _ in range(rounds):
            for name, variant in variants.items():
                counts[name], used, took = _measure(variant, info)
                cpu[name].append(used)
                wall[name].append(took)
    stored = counts["raw loop"]
    if any(count != stored for count in counts.values()):
        raise RuntimeError(f"the variants saw different events: {counts}")
    raw_cpu, raw_wall = statistics.median(cpu["raw loop"]), statistics.median(wall["raw loop"])
    rows = [
        (
            f"6a. event iteration CPU: `iter_action_events` (typed) / raw httpx loop + json.loads, {stored:,} events",
            f"{statistics.median(cpu['typed']) / raw_cpu:.2f}x ({statistics.median(cpu['typed']):.2f} vs "
            f"{raw_cpu:.2f} s CPU; wall {statistics.median(wall['typed']) / raw_wall:.2f}x)",
            "<= 2.0x",
        )
    ]
    if "raw path" in variants:
        rows.append(
            (
                "6b. raw path throughput: `iter_action_events_raw` / raw httpx loop",
                f"{raw_wall / statistics.median(wall['raw path']):.2f}x "
                f"({stored / statistics.median(wall['raw path']):,.0f} vs {stored / raw_wall:,.0f} events/s; "
                f"CPU {statistics.median(cpu['raw path']) / raw_cpu:.2f}x)",
                ">= 0.8x",
            )
        )
    rows.append(
        (
            "6c. `np6 events pull` to JSON Lines (a child process, start-up from bytecode included) / raw httpx "
            "loop (no file)",
            f"{raw_wall / statistics.median(wall['cli pull']):.2f}x throughput "
            f"({stored / statistics.median(wall['cli pull']):,.0f} vs {stored / raw_wall:,.0f} events/s)",
            ">= 0.8x",
        )
    )
    return rows


def _events_type() -> type:
    """The sync events namespace's class, wherever the overlays keep it."""
    try:
        from np6.resources.events import Events
    except ImportError:
        from np6._events import Events  # type: ignore[no-redef]
    return Events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--events", type=int)
    args = parser.parse_args()
    print_rows(bench_events_cpu(args.quick, args.events))


if __name__ == "__main__":
    main()
