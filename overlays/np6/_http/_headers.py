"""Reading NP6's response headers: a leaf module, so errors and the retry policy can both use it."""

from __future__ import annotations

import email.utils
import math
import time
from collections.abc import Mapping

import httpx


def header(headers: Mapping[str, str], name: str) -> str | None:
    if isinstance(headers, httpx.Headers):  # case-insensitive already: the hot path, once per response
        value: str | None = headers.get(name)
        return value
    lowered = name.lower()
    return next((value for key, value in headers.items() if key.lower() == lowered), None)


MAX_HINT = 10 * 365 * 86400.0
"""A hint or header value beyond ten years is not a time NP6 could mean: it is ignored like garbage."""


def finite_number(value: str | None) -> float | None:
    """``value`` as a non-negative finite number no larger than :data:`MAX_HINT`, or None.

    Headers come from whatever is between np6 and NP6: ``-1``, ``nan``, ``inf``, ``1e400`` or garbage are
    not hints to act on, and must never surface as a ValueError or a negative sleep.
    """
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) and number >= 0.0 else None


def parse_retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds to wait from `Retry-After` (delta seconds or an HTTP date), or None when absent or unreadable."""
    value = header(headers, "retry-after")
    if value is None:
        return None
    seconds = finite_number(value)
    if seconds is not None:
        return seconds if seconds <= MAX_HINT else None
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, OverflowError, IndexError):
        return None
    return max(0.0, moment.timestamp() - time.time())
