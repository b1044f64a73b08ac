"""Reading NP6's response headers: a leaf module, so errors and the retry policy can both use it."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Mapping

import httpx


def header(headers: Mapping[str, str], name: str) -> str | None:
    if isinstance(headers, httpx.Headers):  # case-insensitive already: the hot path, once per response
        value: str | None = headers.get(name)
        return value
    lowered = name.lower()
    return next((value for key, value in headers.items() if key.lower() == lowered), None)


def parse_retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds to wait from `Retry-After` (delta seconds or an HTTP date), or None."""
    value = header(headers, "retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())
