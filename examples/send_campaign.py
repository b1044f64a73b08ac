"""Send a campaign (an NP6 mail or SMS action) to a list of recipients, and keep a per-recipient report.

    python examples/send_campaign.py ACTION_ID recipients.txt [--test-segment 1319] [--report report.csv]

``recipients.txt`` holds one unicity value (e.g. an email address) per line. The action is validated first if it
is not yet (both NP6 phases; the test phase needs ``--test-segment``), then sent in batches. The report has one
row per recipient: sent (with NP6's message id), rejected (with NP6's reason) or unknown (never resent: the
script prints how to find out from the events). Configuration comes from ``NP6_API_KEY`` / ``NP6_BASE_URL``.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import np6


def read_recipients(path: Path) -> list[str]:
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def write_report(report: np6.SendReport, path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["recipient", "status", "message_id", "reason"])
        for result in report.results:
            writer.writerow([result.recipient, result.status, result.message_id or "", result.reason or ""])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action_id", help="the NP6 action to send, e.g. 000PE4")
    parser.add_argument("recipients", type=Path, help="a file with one unicity value (e.g. an email) per line")
    parser.add_argument("--test-segment", type=int, action="append", default=[], help="segment for the test phase")
    parser.add_argument("--report", type=Path, default=Path("send-report.csv"), help="where to write the report")
    args = parser.parse_args(argv)

    recipients = read_recipients(args.recipients)
    with np6.Client() as client:  # NP6_API_KEY and NP6_BASE_URL from the environment
        action = client.actions.validate(args.action_id, test_segments=args.test_segment)
        print(f"action {args.action_id} is in state {action.informations.state}: sending to {len(recipients)}")
        report = client.actions.send(args.action_id, recipients)

    write_report(report, args.report)
    print(f"{report.sent} sent, {report.rejected} rejected, {report.unknown} unknown; report in {args.report}")
    if report.reconcile is not None:
        print(f"to find out what happened to the unknown ones: {report.reconcile}")
    return 0 if report.unknown == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
