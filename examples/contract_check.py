"""Check that an NP6 account answers the way the spec (and so the SDK) says, and write the report.

    python examples/contract_check.py [--operations list_fields,get_target] [--param get_target:id=00A1B2]

Read-only: only GET operations are checked. Operations whose path needs an id run only when ``--param`` gives
one from your account. The Markdown report lists every deviation with its operation, check, status and
``x-request-id``. Needs ``pip install 'np6-sdk[contract]'``; configuration comes from ``NP6_API_KEY`` /
``NP6_BASE_URL``. Exit code 1 when NP6 deviates from the spec.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from np6_testkit.contract import check_contract, parse_params


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--operations", help="comma-separated operationIds (default: every GET)")
    parser.add_argument("--param", action="append", default=[], help="[operationId:]name=value, repeatable")
    parser.add_argument("--max-examples", type=int, default=3, help="requests per operation")
    parser.add_argument("--report", type=Path, default=Path("contract.md"), help="where to write the report")
    args = parser.parse_args(argv)

    report = check_contract(
        operations=args.operations.split(",") if args.operations else None,
        params=parse_params(args.param),
        max_examples=args.max_examples,
        seed=1,  # the same requests on every run, so two reports compare
    )
    report.write(args.report)
    print(", ".join(f"{count} {outcome}" for outcome, count in report.counts().items()) + f"; report in {args.report}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
