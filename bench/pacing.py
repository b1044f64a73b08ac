"""Pacing (issue 19): sustained bulk work against a rate-limited sandbox, with pacing and without, in one run.

The sandbox (its own process) limits the key to ``LIMIT`` requests per 1 s window, NP6-style (X-RateLimit-*
headers on every answer, 429 with Retry-After past the limit). Each workload runs in a fresh child process, with
``pacing=True`` (the default) and with ``pacing=False`` (np6's reactive behaviour: a 429 pauses the client until
the hinted time), interleaved:

- ``actions.send``: execution batches of ``BATCH`` recipients, 8 concurrent;
- ``targets.upsert_many``: new contacts, 8 concurrent (one POST each);
- two processes on one key, each running the send at once (each sees the other's use only through Remaining);
- for reference, each single workload against a sandbox whose limit is out of reach: the rate this machine
  sustains for it at all (on a loaded machine it can come near the limit, and then no pacing can reach it).

Every attempt's answer is recorded (its status, and the window the sandbox counted it in: its
``X-RateLimit-Reset``) by an httpx event hook. "Rate reached" is the number of accepted requests (not 429) in each
window the run fully covers (all but its first and last), as a share of ``LIMIT``; "429 share" is the share of all
attempts refused. Goal: >= 95% of the allowed rate with <= 1% 429s.

    python bench/pacing.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from _harness import PYTHON, print_rows, sandbox_process  # noqa: E402

LIMIT = 50
"""Requests per window of 1 s: NP6 publishes no figure; a realistic per-key limit of an API gateway."""
BATCH = 10
"""Recipients per execution batch: small enough that the sandbox is never the bottleneck (the limit is)."""
CONCURRENCY = 8
RECIPIENTS = 20_000
"""Targets the sandbox holds (user{i}@bench.test) for the sends."""


def run_child(*arguments: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [PYTHON, str(Path(__file__).resolve()), "--child", *arguments], stdout=subprocess.PIPE, text=True
    )


def result_of(process: subprocess.Popen[str]) -> dict[str, Any]:
    output, _ = process.communicate()
    if process.returncode != 0:
        raise RuntimeError(f"pacing child failed ({process.returncode})")
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


def child(arguments: list[str]) -> None:
    """WORKLOAD URL KEY PACING REQUESTS START_AT: run the workload for about REQUESTS requests from START_AT
    (epoch seconds), with pacing "on" or "off"; print its attempts as JSON."""
    import httpx
    import np6

    workload, url, api_key, pacing, requests, start_at = arguments
    attempts: list[tuple[int, int]] = []
    recording = False

    def answered(response: httpx.Response) -> None:
        if recording:  # the window the sandbox counted the request in, named by its end (an epoch second)
            attempts.append((int(response.headers["X-RateLimit-Reset"]), response.status_code))

    count = int(requests)
    http = httpx.Client(
        event_hooks={"response": [answered]},
        limits=httpx.Limits(max_connections=CONCURRENCY * 2),
        timeout=60,
    )
    with np6.Client(api_key, base_url=url, pacing=pacing == "on", max_retries=6, http_client=http) as client:
        if workload == "send":
            from run import _prepare_action

            action_id = _prepare_action(client)
            offset = int(float(start_at) * 1000) % (RECIPIENTS - count * BATCH)
            recipients = [f"user{offset + index}@bench.test" for index in range(count * BATCH)]
        else:
            client.targets.unicity_fields()
            rows = [{"email": f"u{time.time_ns()}-{index}@bench.test"} for index in range(count)]
        time.sleep(max(0.0, float(start_at) - time.time()))
        recording = True
        started = time.perf_counter()
        if workload == "send":
            report = client.actions.send(action_id, recipients, batch_size=BATCH, concurrency=CONCURRENCY)
            assert report.sent == len(recipients), report
        else:
            outcomes = list(client.targets.upsert_many(rows, concurrency=CONCURRENCY))
            assert all(outcome.result is not None for outcome in outcomes)
        ended = time.perf_counter()
    http.close()
    print(json.dumps({"attempts": attempts, "seconds": ended - started}))


def figures(runs: list[dict[str, Any]]) -> dict[str, float]:
    """Rate reached (share of LIMIT in the windows all runs fully cover) and 429 share, runs taken together."""
    attempts = [attempt for run in runs for attempt in run["attempts"]]
    accepted = Counter(window for window, status in attempts if status != 429)
    first = max(min(window for window, _ in run["attempts"]) for run in runs) + 1
    last = min(max(window for window, _ in run["attempts"]) for run in runs)
    windows = range(first, last)
    reached = statistics.mean(accepted[window] for window in windows) / LIMIT if windows else float("nan")
    refused = sum(status == 429 for _, status in attempts)
    return {"reached": reached, "refused": refused / len(attempts), "windows": len(windows), "attempts": len(attempts)}


def bench_pacing(quick: bool) -> list[tuple[str, str, str]]:
    seconds = 6 if quick else 12
    requests = LIMIT * seconds
    rows: list[tuple[str, str, str]] = []
    measured: dict[tuple[str, str], dict[str, float]] = {}
    with sandbox_process("--targets", str(RECIPIENTS), "--rate-limit", str(LIMIT * 1000)) as info:
        for workload in ("send", "upsert"):
            start_at = time.time() + 4
            run = result_of(run_child(workload, info["url"], info["api_key"], "on", str(requests), str(start_at)))
            measured[workload, "unlimited"] = figures([run])
    with sandbox_process("--targets", str(RECIPIENTS), "--rate-limit", str(LIMIT)) as info:
        url, key = info["url"], info["api_key"]
        for workload in ("send", "upsert"):
            for pacing in ("on", "off"):
                start_at = time.time() + 4  # the child's set-up (an action, validated) is not measured
                run = result_of(run_child(workload, url, key, pacing, str(requests), str(start_at)))
                measured[workload, pacing] = figures([run])
        for pacing in ("on", "off"):
            start_at = time.time() + 6
            pair = [run_child("send", url, key, pacing, str(requests), str(start_at)) for _ in range(2)]
            measured["two processes", pacing] = figures([result_of(process) for process in pair])
    names = {
        "send": f"`actions.send`, batches of {BATCH}, {CONCURRENCY} concurrent",
        "upsert": f"`targets.upsert_many`, {CONCURRENCY} concurrent",
        "two processes": "two processes on one key, each `actions.send` as above",
    }
    for workload, name in names.items():
        on, off = measured[workload, "on"], measured[workload, "off"]
        unlimited = measured.get((workload, "unlimited"))
        reference = f"; unlimited, this machine sustains {unlimited['reached'] * LIMIT:.0f} req/s" if unlimited else ""
        rows.append(
            (
                f"8. pacing at {LIMIT} req/s (windows of 1 s): {name}; rate reached (accepted per full window / "
                f"limit) and 429 share, paced vs reactive (pacing=False)",
                f"paced {on['reached']:.1%}, {on['refused']:.2%} 429 ({on['attempts']:.0f} requests, "
                f"{on['windows']:.0f} windows); reactive {off['reached']:.1%}, {off['refused']:.2%} 429{reference}",
                ">= 95% with <= 1% 429" if workload != "two processes" else "measured, documented",
            )
        )
    return rows


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    print_rows(bench_pacing(args.quick))


if __name__ == "__main__":
    main()
