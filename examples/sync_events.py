"""Copy NP6's action events (sends, deliveries, opens, clicks, bounces...) into a JSON-lines file, resumably.

    python examples/sync_events.py events.jsonl [--since 2026-05-01T00:00:00+00:00] [--state events.state]

Run it again (by hand, from cron, in a loop) and it appends only the events that came since the last run: no
gap and no duplicate, even if a run was killed halfway. The state file records the iteration's cursor together
with the output file's size at that point; a new run first cuts off whatever was written after it.
Configuration comes from ``NP6_API_KEY`` / ``NP6_BASE_URL``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

import np6

CHECKPOINT_EVERY = 1_000
"""Events written between two saves of the state file."""


def load_state(path: Path) -> tuple[np6.EventCursor, int] | None:
    if not path.exists():
        return None
    state = json.loads(path.read_text(encoding="utf-8"))
    return np6.EventCursor.from_dict(state["cursor"]), int(state["size"])


def save_state(path: Path, cursor: np6.EventCursor, size: int) -> None:
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"cursor": cursor.to_dict(), "size": size}), encoding="utf-8")
    temporary.replace(path)  # atomic: the state is the old one or the new one, never half of each


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the JSON-lines file to append events to")
    parser.add_argument("--since", type=datetime.datetime.fromisoformat, help="first run: ISO 8601 with a timezone")
    parser.add_argument("--state", type=Path, help="the state file (default: OUT with .state)")
    parser.add_argument(
        "--until",
        type=datetime.datetime.fromisoformat,
        help="stop at this time (default: now minus NP6's publication delay, so no late event is skipped)",
    )
    args = parser.parse_args(argv)
    state_file = args.state or args.out.with_suffix(".state")

    state = load_state(state_file)
    with args.out.open("ab") as out:
        if state is not None:
            cursor, size = state
            out.truncate(size)  # events written after the last save are pulled again
            start = None
        else:
            cursor = None
            start = args.since or datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=1)
        with np6.Client() as client:  # NP6_API_KEY and NP6_BASE_URL from the environment
            events = client.events.iter_action_events(start=start, cursor=cursor, end=args.until)
            written = 0
            for written, event in enumerate(events, start=1):
                out.write(json.dumps(event.to_dict()).encode() + b"\n")
                if written % CHECKPOINT_EVERY == 0:
                    out.flush()
                    save_state(state_file, events.cursor, out.tell())
            out.flush()
            save_state(state_file, events.cursor, out.tell())
    print(f"{written} new events in {args.out}; up to {events.cursor.at.isoformat()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
