"""Pacing: sending at NP6's rate limit instead of into it.

NP6 counts requests per key in fixed windows and says so on every answer: ``X-RateLimit-Remaining`` requests
are left until ``X-RateLimit-Reset``. The answers are the truth, whoever else uses the key: the budget is the
``Remaining`` of the latest answer of the current window (the lowest seen, as answers arrive out of order),
less the requests in flight (sent, not answered: NP6 may not have counted them yet). When it is spent, requests
wait until ``Reset``, then the window's ``Limit`` is the budget until an answer of the new window says more.
No headers (or unreadable ones): nothing is held, and a 429 is handled as before (:mod:`._retry`).

Another client on the key shows as more of the window spent than this client's own requests can explain. Its
requests in flight are invisible, so both could spend the same last few of a window: once it is seen, this client
assumes the other has as many in flight as itself, and keeps that many more back.

``requests_per_second`` (the client's option) spaces requests evenly as well, for accounts whose answers carry
no headers or to keep to a share of the limit.

Why no limiter library: aiolimiter (asyncio only) and pyrate-limiter (sync and asyncio, not trio; its buckets
count the caller's own requests against a configured rate) are leaky buckets or sliding logs of *local*
acquisitions. Neither can be told "NP6 says 7 left until 12:00:01", which is the whole job here: what is left
is whatever the server last said, another process on the key included. The configured rate alone is an
evenly spaced slot, a few lines. What remains is the arithmetic below, under a lock held for that arithmetic
only: waiting happens outside it (``time.sleep`` or ``anyio.sleep`` in the request loop), so one waiting
request never blocks another client, thread or task, and a cancelled wait has sent nothing.
"""

from __future__ import annotations

import math
import random
import threading
import time

from ._retry import RateLimit

SAME_WINDOW = 0.5
"""Seconds within which two answers' ``Reset`` name the same window (an epoch Reset is exact; a delay is
rounded to whole seconds by whoever sends it)."""
RESET_SPREAD = 0.005
"""Requests held for a reset leave spread over this many seconds after it, in random order."""
IN_FLIGHT_POLL = 0.02
"""Seconds between looks when the window has ended but the requests in flight already take its whole limit
(more workers than the limit): one of their answers will tell the new window's budget."""


class Pacer:
    """When each request of a client (its ``with_options`` copies, threads and tasks) may leave."""

    def __init__(self, *, follow_headers: bool = True, requests_per_second: float | None = None) -> None:
        self._lock = threading.Lock()
        self._follow_headers = follow_headers
        self._interval = 1.0 / requests_per_second if requests_per_second else 0.0
        self._next_slot = 0.0
        self._limit: int | None = None
        self._remaining: int | None = None
        self._reset_at: float | None = None
        """``time.monotonic()`` when the window of ``_remaining`` ends."""
        self._in_flight = 0
        self._own = 0
        """This client's answers counted in the current window."""
        self._shared = False
        """Another client spends the current window too."""

    def admit(self) -> tuple[bool, float]:
        """``(True, delay)``: the request may leave after ``delay`` seconds (its evenly spaced slot) and is
        counted as in flight: call :meth:`settled` once it is answered or abandoned. ``(False, delay)``: NP6's
        window is spent; nothing was counted, ask again in ``delay`` seconds."""
        with self._lock:
            now = time.monotonic()
            if self._follow_headers and self._budget(now) <= 0:
                assert self._reset_at is not None
                until_reset = self._reset_at - now
                return False, (until_reset if until_reset > 0 else IN_FLIGHT_POLL) + random.uniform(0, RESET_SPREAD)
            self._in_flight += 1
            if not self._interval:
                return True, 0.0
            slot = max(now, self._next_slot)
            self._next_slot = slot + self._interval
            return True, slot - now

    def admit_now(self) -> None:
        """Count a request that leaves whatever the budget says (its wait would be longer than the call
        allows: NP6 answers it, a 429 at worst)."""
        with self._lock:
            self._in_flight += 1

    def settled(self, rate: RateLimit | None) -> bool:
        """A request counted by :meth:`admit` was answered with ``rate`` (None: no answer or no headers).
        True when the answer told the budget and when it resets, so the pacer holds requests until then."""
        with self._lock:
            self._in_flight -= 1
            if not self._follow_headers or rate is None or rate.remaining is None or rate.reset is None:
                return False
            now = time.monotonic()
            reset_at = now + rate.reset
            if rate.limit is not None:
                self._limit = rate.limit
            if self._reset_at is None or self._remaining is None or reset_at > self._reset_at + SAME_WINDOW:
                self._remaining, self._reset_at = rate.remaining, reset_at  # a newer window
                self._own, self._shared = 0, False
            elif reset_at >= self._reset_at - SAME_WINDOW:
                self._remaining = min(self._remaining, rate.remaining)  # the same window, answered out of order
            else:  # an answer from a window that has ended, arriving late: it says nothing about this one
                return True
            self._own += 1
            if self._limit is not None and self._limit - self._remaining > self._own + self._in_flight:
                self._shared = True
            return True

    def _budget(self, now: float) -> float:
        if self._reset_at is None or self._remaining is None:
            return math.inf
        if now >= self._reset_at:  # the window has ended: the new one's budget is the limit, until told more
            return (self._limit if self._limit is not None else math.inf) - self._in_flight
        return self._remaining - self._in_flight * (2 if self._shared else 1)


__all__ = ["Pacer"]
