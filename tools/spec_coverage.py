"""`make spec-coverage`: how much of NP6 API 8.1.0 spec/np6.yaml covers, per tag group and provenance.

Counts NP6 operations the way NP6's reference lists them: an OpenAPI operation that merges NP6's
query-keyed variants (`x-np6-original-operations`) counts once per original variant.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from spec_lint import PROVENANCE_MARKS, Spec, iter_operations, load_spec


def np6_operation_count(operation: dict[str, object]) -> int:
    originals = operation.get("x-np6-original-operations")
    return len(originals) if isinstance(originals, list) and originals else 1


def np6_provenances(operation: dict[str, Any]) -> list[str]:
    """One provenance mark per NP6 operation behind this OpenAPI operation.

    A merged operation's own mark is the weakest of its variants; `x-np6-original-provenance` keeps
    each variant's mark, which is what NP6's reference counts."""
    per_variant = operation.get("x-np6-original-provenance")
    if isinstance(per_variant, dict) and per_variant:
        return [str(mark) for mark in per_variant.values()]
    return [operation["x-np6-provenance"]] * np6_operation_count(operation)


def coverage(spec: Spec) -> dict[str, Counter[str]]:
    """NP6 operation counts per tag, split by provenance mark, in the spec's tag order."""
    table: dict[str, Counter[str]] = {tag["name"]: Counter() for tag in spec.get("tags", [])}
    for _, _, operation in iter_operations(spec):
        table.setdefault(operation["tags"][0], Counter()).update(np6_provenances(operation))
    return table


def render(spec: Spec) -> str:
    groups = {tag["name"]: tag.get("x-np6-group", "") for tag in spec.get("tags", [])}
    table = coverage(spec)
    deprecated = Counter(
        op["tags"][0]
        for _, _, op in iter_operations(spec)
        for _ in range(np6_operation_count(op))
        if op.get("deprecated")
    )
    openapi_ops = Counter(op["tags"][0] for _, _, op in iter_operations(spec))
    header = f"{'tag':<26} {'NP6 group':<38} " + " ".join(f"{mark:>9}" for mark in PROVENANCE_MARKS)
    header += f" {'total':>6} {'deprec.':>7} {'OpenAPI':>7}"
    lines = [header, "-" * len(header)]
    totals: Counter[str] = Counter()
    for tag, counts in table.items():
        totals.update(counts)
        row = f"{tag:<26} {groups.get(tag, ''):<38} " + " ".join(f"{counts[mark]:>9}" for mark in PROVENANCE_MARKS)
        row += f" {sum(counts.values()):>6} {deprecated[tag]:>7} {openapi_ops[tag]:>7}"
        lines.append(row)
    lines.append("-" * len(header))
    total_row = f"{'total':<26} {'':<38} " + " ".join(f"{totals[mark]:>9}" for mark in PROVENANCE_MARKS)
    total_row += f" {sum(totals.values()):>6} {sum(deprecated.values()):>7} {sum(openapi_ops.values()):>7}"
    lines.append(total_row)
    lines.append("")
    lines.append("Counts are NP6 operations as its 8.1.0 reference lists them (query-keyed variants separately);")
    lines.append("'OpenAPI' is the number of OpenAPI operations after merging those variants.")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else None
    print(render(load_spec(path) if path else load_spec()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
