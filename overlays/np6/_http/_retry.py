"""When to retry a call, and how long to wait: exponential backoff with jitter, honouring NP6's hints.

A retry must never risk sending a marketing message twice. Idempotent methods (GET, PUT, DELETE) retry on
429, 5xx and connection failures or timeouts. POST and PATCH retry only when the answer proves the request was
not processed: the connection could not be opened, or NP6 answered 429 (its documented refusal). A 503, even
with `Retry-After`, may come from anything between np6 and NP6 after NP6 did the work, so a POST is not retried
on it unless the caller opts in (`retry_post_on_503=True`). A request httpx could not even write (a local
protocol error) was not sent, and is not retried: it would fail the same way.

A 429 that says when to come back (`Retry-After` or `X-RateLimit-Reset`) does not spend `max_retries`: NP6
refused the request unprocessed and named the time, so waiting is all there is to do. Those waits are bounded
instead by `max_server_delay` in all, per call. Under a limit that concurrent workers keep exceeding, about 40%
of retried batches are refused again, and a count-based budget failed a 200,000-recipient send at 6 retries.
"""

from __future__ import annotations

import random
import time
from collections.abc import Mapping

import httpx
from attrs import frozen

from ._headers import MAX_HINT, finite_number, header, parse_retry_after

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
# The request never left this machine: safe to retry whatever the method.
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# The request never left this machine either, but sending it again would fail the same way.
UNSENDABLE_ERRORS = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)
EPOCH_THRESHOLD = 1_000_000_000  # X-RateLimit-Reset above this is an epoch, below it a delay (NP6 does not say)


@frozen
class RateLimit:
    """NP6's rate-limit headers on the last response (NP6 documents them as optional, units unstated)."""

    limit: int | None
    remaining: int | None
    reset: float | None
    """Seconds until the window resets, whichever form NP6 used (epoch or delay)."""

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimit | None:
        def number(name: str) -> float | None:
            # Unreadable values (-1, nan, inf, 1e400, garbage) are ignored, never a ValueError.
            return finite_number(header(headers, name))

        limit, remaining, reset = (
            number("X-RateLimit-Limit"),
            number("X-RateLimit-Remaining"),
            number("X-RateLimit-Reset"),
        )
        if reset is not None and reset > EPOCH_THRESHOLD:
            reset = max(0.0, reset - time.time())
        if reset is not None and reset > MAX_HINT:
            reset = None
        if limit is None and remaining is None and reset is None:
            return None
        return cls(
            limit=int(limit) if limit is not None else None,
            remaining=int(remaining) if remaining is not None else None,
            reset=reset,
        )


@frozen
class Decision:
    retry: bool
    delay: float = 0.0
    reason: str = ""
    hinted: bool = False
    """The delay is NP6's own hint for a 429: it counts against `max_server_delay`, not `max_retries`."""


@frozen(kw_only=True)
class RetryPolicy:
    max_retries: int = 2
    """Retries per call; 0 turns every retry off, hinted 429s included."""
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_server_delay: float = 60.0
    """The most one call waits on NP6's 429 hints in all, and the longest single hint honoured; beyond it the
    error is raised instead."""
    retry_post_on_503: bool = False
    """Retry a POST answered 503 with `Retry-After`. Off by default: a proxy or load balancer may answer 503
    after NP6 processed the request, and a retried send then mails its recipients twice."""

    def __attrs_post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {self.max_retries}")

    def backoff(self, attempt: int) -> float:
        """Full-jitter exponential backoff for the given retry (0 = first retry)."""
        ceiling = min(self.max_delay, self.initial_delay * 2**attempt)
        return random.uniform(ceiling / 2, ceiling)

    def after_response(self, method: str, response: httpx.Response, attempt: int, waited: float = 0.0) -> Decision:
        """Whether to retry after an error answer; `attempt` counts the retries spent, `waited` the seconds
        already waited on 429 hints."""
        status = response.status_code
        if status not in RETRYABLE_STATUSES or self.max_retries == 0:
            return Decision(False)
        retry_after = parse_retry_after(response.headers)
        if method not in IDEMPOTENT_METHODS and not (
            status == 429 or (status == 503 and retry_after is not None and self.retry_post_on_503)
        ):
            return Decision(False, reason=f"{status} on {method}: NP6 may have processed it")
        hinted = retry_after
        if hinted is None and status == 429:
            rate = RateLimit.from_headers(response.headers)
            hinted = rate.reset if rate else None
        free = status == 429 and hinted is not None
        if not free and attempt >= self.max_retries:
            return Decision(False)
        if hinted is not None and (waited if free else 0.0) + hinted > self.max_server_delay:
            return Decision(
                False, reason=f"NP6 asked to wait {hinted:.0f}s, past {self.max_server_delay:.0f}s of waiting"
            )
        if hinted is None:
            return Decision(True, self.backoff(attempt), f"{status}")
        # NP6's hint is a floor, and every worker told "1 s" at once would otherwise return in lockstep and
        # be refused together again (a fixed-window limit admits only the first few): spread them.
        return Decision(True, hinted + random.uniform(0, self.initial_delay), f"{status}", hinted=free)

    def after_error(self, method: str, error: httpx.TransportError, attempt: int) -> Decision:
        if isinstance(error, UNSENDABLE_ERRORS):
            return Decision(False, reason="the request could not be written, nothing was sent")
        if attempt >= self.max_retries:
            return Decision(False)
        if isinstance(error, NOT_SENT_ERRORS):
            return Decision(True, self.backoff(attempt), type(error).__name__)
        if method in IDEMPOTENT_METHODS:
            return Decision(True, self.backoff(attempt), type(error).__name__)
        return Decision(False, reason=f"{type(error).__name__} on {method}: NP6 may have processed it")
