"""`make bench`: np6's speed and memory goals, measured as ratios of variants run side by side.

Every benchmark runs the compared variants in the same run, interleaved over several rounds, and
reports the ratio of their medians (these machines are noisy: absolute numbers mean little). The sandbox
runs in its own process so the client's CPU time and memory are measured alone; memory-sensitive runs
happen in a fresh child process each, so their peak RSS is theirs.

    python bench/run.py [overhead send events events-cpu import sandbox pacing warehouse] [--quick]

`warehouse` (1,000,000 events into DuckDB, about 15 minutes) runs only when named: `make bench-warehouse`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from _harness import PYTHON, print_rows, sandbox_process
from events_cpu import bench_events_cpu
from pacing import bench_pacing
from sandbox_speed import bench_sandbox
from warehouse import bench_warehouse


def child(benchmark: str, *arguments: str) -> dict[str, Any]:
    """Run one measured workload in a fresh interpreter; it prints a JSON result on its last line."""
    output = subprocess.run(
        [PYTHON, str(Path(__file__)), "--child", benchmark, *arguments], capture_output=True, text=True, check=True
    ).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- 1 and 2: per-call overhead and connection reuse -------------------------------------------------


def bench_overhead(quick: bool) -> list[tuple[str, str, str]]:
    import np6
    from np6_client.models import TargetCreateRequest

    calls, rounds = (300, 3) if quick else (2000, 7)
    with sandbox_process() as info, np6.Client(info["api_key"], base_url=info["url"]) as client:
        target_id = client.targets.create_target(body=TargetCreateRequest.from_dict({"email": "o@bench.test"})).id
        headers = {"X-Key": info["api_key"]}
        with httpx.Client(base_url=info["url"], headers=headers) as raw:

            def np6_call() -> None:
                client.targets.get_target(target_id)

            def raw_call() -> None:
                response = raw.get(f"/targets/{target_id}")
                response.raise_for_status()
                response.json()

            np6_cpu, raw_cpu = [], []
            for _ in range(rounds):
                np6_cpu.append(_cpu_per_call(np6_call, calls))
                raw_cpu.append(_cpu_per_call(raw_call, calls))

        def fresh_client_call() -> None:
            with httpx.Client(base_url=info["url"], headers=headers) as fresh:
                fresh.get(f"/targets/{target_id}").json()

        reuse_calls = 50 if quick else 200
        pooled, fresh = [], []
        for _ in range(rounds):
            pooled.append(_wall_per_call(np6_call, reuse_calls))
            fresh.append(_wall_per_call(fresh_client_call, reuse_calls))
    overhead = statistics.median(np6_cpu) / statistics.median(raw_cpu)
    reuse = statistics.median(fresh) / statistics.median(pooled)
    return [
        (
            "1. per-call overhead: client CPU of `client.targets.get_target` / raw pooled httpx + json()",
            f"{overhead:.2f}x ({statistics.median(np6_cpu) * 1e6:.0f} vs {statistics.median(raw_cpu) * 1e6:.0f} µs)",
            "<= 1.15x",
        ),
        (
            "2. connection reuse: throughput of np6.Client / a new httpx.Client per request",
            f"{reuse:.1f}x ({1 / statistics.median(pooled):.0f} vs {1 / statistics.median(fresh):.0f} req/s)",
            ">= 20x",
        ),
    ]


def _cpu_per_call(call: Callable[[], None], count: int) -> float:
    started = time.thread_time()
    for _ in range(count):
        call()
    return (time.thread_time() - started) / count


def _wall_per_call(call: Callable[[], None], count: int) -> float:
    started = time.perf_counter()
    for _ in range(count):
        call()
    return (time.perf_counter() - started) / count


# -- 3: bulk send --------------------------------------------------------------------------------------


def bench_send(quick: bool) -> list[tuple[str, str, str]]:
    small, large = (2_000, 10_000) if quick else (10_000, 100_000)
    with sandbox_process("--targets", str(large)) as info:
        sequential = child("send-sequential", info["url"], info["api_key"], str(200 if quick else 1000))
        small_run = child("send", info["url"], info["api_key"], str(small))
        large_run = child("send", info["url"], info["api_key"], str(large))
    speedup = large_run["per_second"] / sequential["per_second"]
    return [
        (
            f"3a. bulk send: `actions.send` to {large:,} recipients / sequential single /execution calls",
            f"{speedup:.1f}x ({large_run['per_second']:.0f} vs {sequential['per_second']:.0f} recipients/s)",
            "faster (no goal set)",
        ),
        (
            f"3b. bulk send scaling: time {large:,} / time {small:,}",
            f"{large_run['seconds'] / small_run['seconds']:.2f} (ideal {large / small:.0f})",
            f"close to {large / small:.0f}",
        ),
        (
            f"3c. bulk send memory: peak RSS {small:,} -> {large:,} recipients (and above the peak before the "
            "send, which includes the caller's recipients list)",
            f"{small_run['peak_rss_mb']:.0f} MB -> {large_run['peak_rss_mb']:.0f} MB "
            f"(+{small_run['send_mb']:.1f} MB -> +{large_run['send_mb']:.1f} MB)",
            "flat",
        ),
    ]


def _prepare_action(client: Any) -> str:
    from np6_client.models import ActionMailMessageRequest, SegmentStaticRequest, TargetCreateRequest

    segment = client.segments.create_segment(
        body=SegmentStaticRequest("static", name=f"bench-{time.time_ns()}", is_test=True)
    )
    tester = client.targets.create_target(body=TargetCreateRequest.from_dict({"email": f"t{time.time_ns()}@b.test"}))
    client.segments.add_segment_targets(segment.id, body=[tester.id])
    content = {"headers": {"from": {"prefix": "b", "domain": "bench.test", "label": "B"}}, "subject": "s", "html": "h"}
    action = client.actions.create_action(
        body=ActionMailMessageRequest.from_dict({"type": "mailMessage", "name": "bench", "content": content})
    )
    client.actions.validate(action.id, test_segments=[segment.id])
    return str(action.id)


def child_send(url: str, api_key: str, count: str) -> dict[str, Any]:
    import np6

    with np6.Client(api_key, base_url=url, timeout=300) as client:
        action_id = _prepare_action(client)
        recipients = [f"user{index}@bench.test" for index in range(int(count))]  # the caller's own list
        before_send = peak_rss_mb()
        started = time.perf_counter()
        report = client.actions.send(action_id, recipients, batch_size=1000, concurrency=4)
        seconds = time.perf_counter() - started
    assert report.sent == int(count), report
    peak = peak_rss_mb()
    return {"seconds": seconds, "per_second": int(count) / seconds, "peak_rss_mb": peak, "send_mb": peak - before_send}


def child_send_sequential(url: str, api_key: str, count: str) -> dict[str, Any]:
    import np6
    from np6_client.models import ExecutionEmailRequest, RecipientByUnicity

    with np6.Client(api_key, base_url=url) as client:
        action_id = _prepare_action(client)
        started = time.perf_counter()
        for index in range(int(count)):
            recipient = RecipientByUnicity("unicity", [f"user{index}@bench.test"])
            client.actions.execute_action(action_id, body=ExecutionEmailRequest(recipient=recipient))
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "per_second": int(count) / seconds, "peak_rss_mb": peak_rss_mb()}


# -- 4: event pull -------------------------------------------------------------------------------------


def bench_events(quick: bool) -> list[tuple[str, str, str]]:
    total = 200_000 if quick else 1_000_000
    with sandbox_process("--events", str(total)) as info:
        middle = (info["start_ms"] + info["end_ms"]) // 2
        half = child("events", info["url"], info["api_key"], str(info["start_ms"]), str(middle))
        full = child("events", info["url"], info["api_key"], str(info["start_ms"]), str(info["end_ms"]))
    return [
        (
            f"4a. event pull: iterate {full['events']:,} stored events",
            f"{full['events'] / full['seconds']:.0f} events/s, peak RSS {full['peak_rss_mb']:.0f} MB",
            "peak RSS < 250 MB",
        ),
        (
            f"4b. event pull scaling: time {full['events']:,} / time {half['events']:,} events",
            f"{full['seconds'] / half['seconds']:.2f}x (for {full['events'] / half['events']:.2f}x the events)",
            "<= 2.2x for 2x",
        ),
    ]


def child_events(url: str, api_key: str, start_ms: str, end_ms: str) -> dict[str, Any]:
    from datetime import timedelta

    import np6

    with np6.Client(api_key, base_url=url, timeout=300) as client:
        started = time.perf_counter()
        count = 0
        for _ in client.events.iter_action_events(start=int(start_ms), end=int(end_ms), window=timedelta(hours=1)):
            count += 1
        seconds = time.perf_counter() - started
    return {"events": count, "seconds": seconds, "peak_rss_mb": peak_rss_mb()}


# -- 5: import time ------------------------------------------------------------------------------------


def bench_import(quick: bool) -> list[tuple[str, str, str]]:
    rounds = 5 if quick else 11
    timings: dict[str, list[float]] = {"np6": [], "httpx": []}
    for _ in range(rounds):
        for module, samples in timings.items():
            started = time.perf_counter()
            subprocess.run([PYTHON, "-c", f"import {module}"], check=True)
            samples.append(time.perf_counter() - started)
    ratio = statistics.median(timings["np6"]) / statistics.median(timings["httpx"])
    return [
        (
            "5. import time: `python -c 'import np6'` / `python -c 'import httpx'`",
            f"{ratio:.2f}x ({statistics.median(timings['np6']) * 1000:.0f} vs "
            f"{statistics.median(timings['httpx']) * 1000:.0f} ms)",
            "<= 3x",
        )
    ]


BENCHMARKS: dict[str, Callable[[bool], list[tuple[str, str, str]]]] = {
    "overhead": bench_overhead,
    "send": bench_send,
    "events": bench_events,
    "events-cpu": bench_events_cpu,
    "import": bench_import,
    "sandbox": bench_sandbox,
    "pacing": bench_pacing,
}
ON_REQUEST: dict[str, Callable[[bool], list[tuple[str, str, str]]]] = {"warehouse": bench_warehouse}
"""Benchmarks too long for the default run."""
CHILDREN: dict[str, Callable[..., dict[str, Any]]] = {
    "send": child_send,
    "send-sequential": child_send_sequential,
    "events": child_events,
}


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        print(json.dumps(CHILDREN[sys.argv[2]](*sys.argv[3:])))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "names", nargs="*", choices=[*BENCHMARKS, *ON_REQUEST, []], help="benchmarks (default: all but warehouse)"
    )
    parser.add_argument("--quick", action="store_true", help="smaller loads, for a smoke run")
    args = parser.parse_args()
    names = args.names or list(BENCHMARKS)
    print(
        f"np6 benchmarks ({'quick' if args.quick else 'full'}), {time.strftime('%Y-%m-%d %H:%M')}, "
        f"{os.cpu_count()} cores, Python {sys.version.split()[0]}\n"
    )
    print_rows(row for name in names for row in {**BENCHMARKS, **ON_REQUEST}[name](args.quick))


if __name__ == "__main__":
    main()
