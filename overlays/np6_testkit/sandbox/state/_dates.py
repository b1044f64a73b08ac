"""Dates as the sandbox answers and reads them: ISO 8601 with milliseconds in UTC, and NP6's date filters."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from .._spec import Json


def iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def ms_from_filter(value: Json) -> int:
    """An event/date filter as epoch milliseconds: an int (or digit string) is taken as ms, a string as ISO 8601."""
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return int(parsed.timestamp() * 1000)


def filter_ms(query: Mapping[str, Json], name: str) -> int | None:
    """The query's date filter ``name`` as epoch ms, None when absent."""
    value = query.get(name)
    return None if value is None else ms_from_filter(value)
