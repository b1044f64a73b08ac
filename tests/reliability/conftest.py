"""The reliability campaign's table: rows collected by the tests, printed at the end of the run (and written
to ``bench/soak-table.md`` by ``make soak``)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

ROWS: list[dict[str, Any]] = []
COLUMNS = (
    ("client", "client"),
    ("operation", "operation"),
    ("fault mode", "mode"),
    ("operations attempted", "attempted"),
    ("requests", "requests"),
    ("retries", "retries"),
    ("faults injected", "injected"),
    ("outcome", "outcome"),
    ("duplicates", "duplicates"),
    ("lost", "lost"),
    ("seconds", "seconds"),
)
SOAK_TABLE = Path(__file__).resolve().parents[2] / "bench" / "soak-table.md"


def table() -> str:
    lines = [
        "| " + " | ".join(title for title, _ in COLUMNS) + " |",
        "|" + "---|" * len(COLUMNS),
    ]
    lines += ["| " + " | ".join(str(row.get(key, "")) for _, key in COLUMNS) + " |" for row in ROWS]
    return "\n".join(lines)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not ROWS:
        return
    terminalreporter.section("np6 reliability campaign")
    terminalreporter.write_line(table())
    if os.environ.get("NP6_SOAK") == "1":
        SOAK_TABLE.write_text(f"# np6 soak (make soak)\n\n{table()}\n")
        terminalreporter.write_line(f"written to {SOAK_TABLE}")


@pytest.fixture
def campaign_rows() -> list[dict[str, Any]]:
    return ROWS
