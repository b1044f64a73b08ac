"""A sandbox in its own process, so benchmarks measure the client's CPU and memory alone.

Usage: python bench/_sandbox_process.py INFO_FILE [--events N] [--span-hours H] [--targets N] [--rate-limit N]
Writes {"url", "api_key", "start_ms", "end_ms"} to INFO_FILE once it serves, then serves until killed.
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from pathlib import Path

from np6_testkit.sandbox import Faults, Sandbox
from np6_testkit.sandbox.state import UNICITY_FIELD, Contacts, EventLog

UNICITY_FIELD_ID = int(UNICITY_FIELD["id"])  # type: ignore[call-overload]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("info_file", type=Path)
    parser.add_argument("--events", type=int, default=0)
    parser.add_argument("--span-hours", type=float, default=24.0)
    parser.add_argument("--targets", type=int, default=0, help="pre-create targets user{i}@bench.test")
    parser.add_argument("--rate-limit", type=int, help="requests per 1 s window per key (429 beyond)")
    args = parser.parse_args()
    sandbox = Sandbox(seed=1)
    end_ms = int(time.time() * 1000) - 3_600_000
    start_ms = end_ms - int(args.span_hours * 3_600_000)
    if args.events:
        with sandbox.core.lock:
            sandbox.core.state.part(EventLog).synthesize(args.events, start_ms, end_ms)
    if args.targets:
        contacts = sandbox.core.state.part(Contacts)
        with sandbox.core.lock:
            for index in range(args.targets):
                contacts.create({UNICITY_FIELD_ID: f"user{index}@bench.test"})
    if args.rate_limit:
        sandbox.set_faults(Faults(rate_limit=args.rate_limit, rate_window=1.0))
    sandbox.start()
    info = {"url": sandbox.url, "api_key": sandbox.api_key, "start_ms": start_ms, "end_ms": end_ms}
    args.info_file.write_text(json.dumps(info))
    threading.Event().wait()


if __name__ == "__main__":
    main()
