"""Seeded fault injection: rate limiting, server errors, latency and dropped connections.

Each fault is drawn from one seeded random stream in request order, so a test that sends the same
requests in the same order sees the same faults. A fault strikes either before the request is processed
(nothing changed on the server) or after it (the server did the work, the client never learns it): the
second case is the dangerous one for sends.
"""

from __future__ import annotations

import math
import random
import threading
import time
from typing import Literal

from attrs import define, field, frozen, validators

Phase = Literal["before", "after"]
FaultKind = Literal["error", "drop", "spike"]


def _fraction(_: object, attribute: object, value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{getattr(attribute, 'name', 'rate')} must be between 0 and 1, got {value}")


@frozen(kw_only=True)
class Faults:
    """What goes wrong, and how often. The default is a well-behaved server."""

    seed: int = 0
    rate_limit: int | None = field(default=None, validator=validators.optional(validators.gt(0)))
    """Requests allowed per `rate_window` seconds per API key; beyond that, 429 with Retry-After. A window starts
    with the first request after the previous one ended, on a whole second when `rate_window` is 1 s or more
    (as limiters keyed by epoch seconds do): the integer `X-RateLimit-Reset` is then exactly when it ends."""
    rate_window: float = field(default=1.0, validator=validators.gt(0))
    error_rate: float = field(default=0.0, validator=_fraction)
    """Fraction of requests answered 500 or 503 (503 before processing carries Retry-After)."""
    error_statuses: tuple[int, ...] = (500, 503)
    drop_rate: float = field(default=0.0, validator=_fraction)
    """Fraction of connections closed without a complete response."""
    latency: float = field(default=0.0, validator=validators.ge(0))
    """Seconds added to every response."""
    spike_rate: float = field(default=0.0, validator=_fraction)
    spike_latency: float = field(default=5.0, validator=validators.ge(0))
    """Seconds added to a `spike_rate` fraction of responses (to exceed client timeouts)."""
    phase: Phase | Literal["both"] = "before"
    """When errors and drops strike: before processing, after it, or either (drawn per fault)."""
    operations: frozenset[str] = frozenset()
    """operationIds the faults apply to; empty means every operation. Rate limiting applies to all."""

    @property
    def active(self) -> bool:
        return bool(self.rate_limit or self.error_rate or self.drop_rate or self.latency or self.spike_rate)


@frozen
class Fault:
    kind: FaultKind
    phase: Phase
    status: int = 0
    delay: float = 0.0


@frozen
class RateDecision:
    allowed: bool
    limit: int
    remaining: int
    reset_epoch: int
    retry_after: int


@define
class FaultInjector:
    faults: Faults
    injected: dict[str, int] = field(factory=dict)
    """How many faults of each kind/phase were injected, e.g. {"error/after": 3}."""
    _random: random.Random = field(init=False)
    _lock: threading.Lock = field(init=False, factory=threading.Lock)
    _windows: dict[str, tuple[float, int]] = field(init=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        self._random = random.Random(self.faults.seed)

    def draw(self, operation_id: str) -> Fault | None:
        """The fault (if any) for the next request to ``operation_id``."""
        faults = self.faults
        if faults.operations and operation_id not in faults.operations:
            return None
        with self._lock:
            roll = self._random.random()
            phase_roll = self._random.random()
            status_roll = self._random.random()
        phase: Phase = faults.phase if faults.phase != "both" else ("before" if phase_roll < 0.5 else "after")
        fault: Fault | None = None
        if roll < faults.error_rate:
            status = faults.error_statuses[int(status_roll * len(faults.error_statuses))]
            fault = Fault("error", phase, status=status)
        elif roll < faults.error_rate + faults.drop_rate:
            fault = Fault("drop", phase)
        elif roll < faults.error_rate + faults.drop_rate + faults.spike_rate:
            fault = Fault("spike", "before", delay=faults.spike_latency)
        if fault is not None:
            key = f"{fault.kind}/{fault.phase}"
            with self._lock:
                self.injected[key] = self.injected.get(key, 0) + 1
        return fault

    def rate(self, api_key: str) -> RateDecision | None:
        """Fixed-window rate limiting per key (see `Faults.rate_limit`); None when no limit is configured.
        Every request counts, refused ones included."""
        limit = self.faults.rate_limit
        if limit is None:
            return None
        window = self.faults.rate_window
        now = time.time()
        with self._lock:
            start, count = self._windows.get(api_key, (-math.inf, 0))
            if now - start >= window:
                start, count = (math.floor(now) if window >= 1 else now), 0
            count += 1
            self._windows[api_key] = (start, count)
            if count > limit:
                self.injected["rate_limit"] = self.injected.get("rate_limit", 0) + 1
        reset = start + window
        return RateDecision(
            allowed=count <= limit,
            limit=limit,
            remaining=max(0, limit - count),
            reset_epoch=math.ceil(reset),
            retry_after=max(1, math.ceil(reset - now)),
        )
