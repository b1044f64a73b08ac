"""Copy NP6's action events (sends, deliveries, opens, clicks, bounces...) into a JSON-lines file, resumably.

    python examples/sync_events.py events.jsonl [--since 2026-05-01T00:00:00+00:00] [--cursor-file events.cursor]

Run it again (by hand, from cron, in a loop) and it appends only the events that came since the last run: no
gap and no duplicate, even if a run was killed halfway. ``np6.EventCheckpoint`` (the cursor file) records the
stream position together with the output file's size; ``np6.EventFile`` cuts the output back to that size
before appending, so events written after the last checkpoint are pulled again rather than kept twice.
``np6 events pull --cursor-file`` is the same from the shell. Configuration comes from ``NP6_API_KEY`` /
``NP6_BASE_URL``.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

import np6

CHECKPOINT_EVERY = 1_000
"""Events written between two checkpoints."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the JSON-lines file to append events to")
    parser.add_argument("--since", type=datetime.datetime.fromisoformat, help="first run: ISO 8601 with a timezone")
    parser.add_argument("--cursor-file", type=Path, help="where the position is kept (default: OUT with .cursor)")
    parser.add_argument(
        "--until",
        type=datetime.datetime.fromisoformat,
        help="stop at this time (default: now minus NP6's publication delay, so no late event is skipped)",
    )
    args = parser.parse_args(argv)
    cursor_file = args.cursor_file or args.out.with_suffix(".cursor")

    resume = np6.EventCheckpoint.load(cursor_file)  # None on the first run
    since = args.since or datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=1)
    with np6.Client() as client, np6.EventFile(args.out, resume) as out:  # key and URL from the environment
        if resume is None:
            events = client.events.iter_action_events(start=since, end=args.until)
        else:
            events = client.events.iter_action_events(cursor=resume.cursor, end=args.until)
        written = 0
        for event in events:
            out.write(event)
            written += 1
            if out.unsaved >= CHECKPOINT_EVERY:
                out.checkpoint(events.cursor, cursor_file)
        out.checkpoint(events.cursor, cursor_file)
    print(f"{written} new events in {args.out}; up to {events.cursor.at.isoformat()}")
    if out.dropped:
        print(f"(cut {out.dropped} bytes written after the previous run's last checkpoint: pulled again)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
