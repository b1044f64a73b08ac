"""Import contacts from a CSV file into a new static segment, with NP6's import API.

    python examples/import_contacts.py contacts.csv --segment "Spring fair" [--delimiter ";"]

The CSV's header names the account's fields (``email``, ``firstname``, ...). The script creates the segment
and an import definition that feeds it, uploads the file, executes the import and waits for NP6 to finish,
then prints NP6's line counts. Configuration comes from ``NP6_API_KEY`` / ``NP6_BASE_URL``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import np6
from np6 import builders


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", type=Path, help="the contacts, with a header row of field names")
    parser.add_argument("--segment", required=True, help="name of the static segment to create and fill")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds to wait for the import to end")
    args = parser.parse_args(argv)

    with np6.Client() as client:  # NP6_API_KEY and NP6_BASE_URL from the environment
        segment = client.segments.create_segment(body=builders.static_segment(args.segment))
        definition = client.imports.create_import(  # a body as a dict: checked against the spec before sending
            body={
                "name": f"{args.segment} ({args.csv.name})",
                "features": [{"type": "segmentation", "segmentId": segment.id}],
            }
        )
        try:
            result = client.imports.run(definition.id, args.csv, timeout=args.timeout)
        except np6.ImportTimeoutError as error:
            print(f"{error}", file=sys.stderr)
            return 1

    print(f"import {result.import_id} into segment {segment.id} ({args.segment!r}): state {result.state}")
    if result.report is not None:
        counts = {key: result.report.get(key) for key in ("created", "updated", "rejected")}
        print(", ".join(f"{count} {key}" for key, count in counts.items()))
    return 0 if result.succeeded else 1


if __name__ == "__main__":
    sys.exit(main())
