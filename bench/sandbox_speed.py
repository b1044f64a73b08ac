"""The sandbox's own throughput (issue 19): requests per CPU-second of today's sandbox, side by side in one run
with the sandbox as it was before its speed work (commit ``BASELINE_REF``: jsonschema validation, h11, asyncio's
loop, Starlette's router), checked out in a temporary git worktree and run without the packages its extra did not
install then. The sandbox serves on one thread, so requests
per second of its CPU is the rate one sandbox process sustains, whatever the client costs.

Both sandboxes run in their own processes with the same data; one client sends each the same requests in turn,
interleaved over rounds, and the ratio of the medians is reported. The workloads are what users' CI does most:
single GETs (``GET /actions/{id}``) and ``POST /actions/{id}/executions`` batches of 100 recipients.

    python bench/sandbox_speed.py [--quick]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from _harness import print_rows, sandbox_process  # noqa: E402

BASELINE_REF = "35c2b37"
"""The last commit before the sandbox's speed work (2026-12-02)."""
BASELINE_HIDDEN = ("httptools", "uvloop")
"""Packages the sandbox extra did not install at ``BASELINE_REF`` (uvicorn used h11 and asyncio's loop)."""
BATCH = 100


@contextlib.contextmanager
def baseline_tree() -> Iterator[Path]:
    """``BASELINE_REF`` checked out in a temporary worktree (removed afterwards)."""
    with tempfile.TemporaryDirectory() as directory:
        tree = Path(directory) / "baseline"
        add = ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), BASELINE_REF]
        subprocess.run(add, check=True)
        try:
            yield tree
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)


def _prepare(url: str, api_key: str) -> str:
    """A validated mail action whose sends reach the sandbox's bench targets; returns its id."""
    import np6
    from np6_client.models import ActionMailMessageRequest, SegmentStaticRequest, TargetCreateRequest

    with np6.Client(api_key, base_url=url, timeout=60) as client:
        segment = client.segments.create_segment(
            body=SegmentStaticRequest.from_dict({"type": "static", "name": "bench", "isTest": True})
        )
        tester = client.targets.create_target(body=TargetCreateRequest.from_dict({"email": "tester@bench.test"}))
        client.segments.add_segment_targets(segment.id, body=[tester.id])
        content = {"headers": {"from": {"prefix": "b", "domain": "bench.test", "label": "B"}}, "subject": "s"}
        action = client.actions.create_action(
            body=ActionMailMessageRequest.from_dict({"type": "mailMessage", "name": "bench", "content": content})
        )
        client.actions.validate(action.id, test_segments=[segment.id])
        return str(action.id)


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) the process has used so far, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rate(call: Callable[[], httpx.Response], count: int, pid: int) -> float:
    """Requests per second of the sandbox's CPU: what one sandbox process can serve, whatever the client costs."""
    before = _cpu_seconds(pid)
    for _ in range(count):
        response = call()
        assert response.status_code == 200, response.text[:200]
    return count / max(_cpu_seconds(pid) - before, 1e-3)


def _workloads(url: str, api_key: str, action_id: str, http: httpx.Client) -> dict[str, Callable[[], httpx.Response]]:
    batch = [{"recipient": {"type": "unicity", "value": [f"user{index}@bench.test"]}} for index in range(BATCH)]
    return {
        "get": lambda: http.get(f"{url}/actions/{action_id}", headers={"X-Key": api_key}),
        "batch": lambda: http.post(
            f"{url}/actions/{action_id}/executions",
            json=batch,
            headers={"X-Key": api_key, "Content-Type": "application/vnd.np6.cm.email"},
        ),
    }


def bench_sandbox(quick: bool) -> list[tuple[str, str, str]]:
    rounds, gets, batches = (3, 1500, 40) if quick else (5, 4000, 150)
    rates: dict[tuple[str, str], list[float]] = {}
    with contextlib.ExitStack() as stack, httpx.Client(timeout=120) as http:
        servers: dict[str, tuple[dict[str, Callable[[], httpx.Response]], int]] = {}
        before = stack.enter_context(baseline_tree())
        for variant, tree, hidden in (("before", before, BASELINE_HIDDEN), ("now", ROOT, ())):
            info = stack.enter_context(sandbox_process("--targets", str(BATCH), tree=tree, hidden=hidden))
            action_id = _prepare(info["url"], info["api_key"])
            servers[variant] = (_workloads(info["url"], info["api_key"], action_id, http), info["pid"])
        for _ in range(rounds):
            for variant, (workloads, pid) in servers.items():
                rates.setdefault((variant, "get"), []).append(_rate(workloads["get"], gets, pid))
                rates.setdefault((variant, "batch"), []).append(_rate(workloads["batch"], batches, pid))
    median = {key: statistics.median(values) for key, values in rates.items()}
    rows = []
    for workload, label in (("batch", f"`/executions` batches of {BATCH} recipients"), ("get", "single GETs")):
        new, old = median["now", workload], median["before", workload]
        rows.append(
            (
                f"7. sandbox throughput, {label}: today's sandbox / the sandbox at {BASELINE_REF}",
                f"{new / old:.2f}x ({new:.0f} vs {old:.0f} requests per CPU-second of the sandbox)",
                ">= 3x",
            )
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    print_rows(bench_sandbox(args.quick))


if __name__ == "__main__":
    main()
