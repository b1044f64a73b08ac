"""httpx transports that give every generated operation np6's behaviour: retries, typed errors, logging
and the last rate-limit headers, without a hand-written wrapper per endpoint.

Logging goes to the stdlib logger ``np6``: method, path, status, x-request-id, duration and retry
decisions. Headers are never logged, so the API key cannot leak through it.
"""

from __future__ import annotations

import logging
import random
import time

import anyio
import httpx
from attrs import define

from ..errors import APIConnectionError, APIError, APITimeoutError
from ._retry import NOT_SENT_ERRORS, Decision, RateLimit, RetryPolicy

logger = logging.getLogger("np6")
RESUME_SPREAD = 0.1
"""Seconds over which requests held by a 429 pause are spread when it ends."""


@define
class CallState:
    """What the last response said about the rate limit (shared with the client)."""

    rate_limit: RateLimit | None = None
    paused_until: float = 0.0
    """``time.monotonic()`` before which no request leaves this client: NP6 answered 429 to one of them, and
    until its window resets every other worker would only be refused too, spending its retries (and a worker
    returning mid-window would find it full again and again, however long it waited)."""

    def pause(self, seconds: float) -> None:
        self.paused_until = max(self.paused_until, time.monotonic() + seconds)

    def pause_left(self) -> float:
        left = self.paused_until - time.monotonic()
        # Waiters resume in random order: in a fixed order (asyncio's timers) the same worker found the
        # reopened window full every time and ran out of retries (async send, 200k soak).
        return left + random.uniform(0, RESUME_SPREAD) if left > 0 else 0.0


def _replayable(request: httpx.Request) -> None:
    # A file upload arrives as a one-shot stream; buffer it so a retry can send it again.
    if not isinstance(request.stream, httpx.ByteStream):
        request.read()


def _read_body(response: httpx.Response) -> None:
    # The body is read here, inside the retry loop: a connection that breaks after the status line (NP6
    # dropping mid-body) must become an APIConnectionError and follow the retry rules, not escape later from
    # httpx as a raw RemoteProtocolError. The generated client reads every body whole anyway.
    try:
        response.read()
    except BaseException:
        response.close()
        raise


async def _aread_body(response: httpx.Response) -> None:
    try:
        await response.aread()
    except BaseException:
        await response.aclose()
        raise


def _target(request: httpx.Request) -> str:
    return request.url.raw_path.decode("ascii", errors="replace")


def _log_response(request: httpx.Request, response: httpx.Response, started: float, attempt: int) -> None:
    level = logging.DEBUG if response.status_code < 400 else logging.INFO
    if not logger.isEnabledFor(level):
        return
    logger.log(
        level,
        "%s %s -> %s (x-request-id %s, %.0f ms%s)",
        request.method,
        _target(request),
        response.status_code,
        response.headers.get("x-request-id", "none"),
        (time.perf_counter() - started) * 1000,
        f", attempt {attempt + 1}" if attempt else "",
    )


def _log_retry(request: httpx.Request, decision: Decision, attempt: int) -> None:
    if decision.hinted:
        reason, delay = decision.reason, decision.delay
        logger.warning("%s %s: %s, sent again in %.2f s as NP6 asked", request.method, _target(request), reason, delay)
        return
    logger.warning(
        "%s %s: %s, retry %d in %.2f s", request.method, _target(request), decision.reason, attempt + 1, decision.delay
    )


@define
class _Attempts:
    """What one call has spent: retries against `max_retries`, seconds of 429 hints against `max_server_delay`."""

    retries: int = 0
    hinted_wait: float = 0.0

    def spend(self, decision: Decision) -> None:
        if decision.hinted:
            self.hinted_wait += decision.delay
        else:
            self.retries += 1


def _connection_error(request: httpx.Request, error: httpx.TransportError) -> APIConnectionError:
    sent = not isinstance(error, NOT_SENT_ERRORS)
    error_class = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    return error_class(method=request.method, url=str(request.url), cause=error, sent=sent)


class _Outcome:
    """One attempt's result, classified: return it, raise it, or wait and retry."""

    def __init__(self, policy: RetryPolicy, state: CallState) -> None:
        self.policy = policy
        self.state = state

    def of_response(
        self, request: httpx.Request, response: httpx.Response, spent: _Attempts, started: float
    ) -> Decision | None:
        """None when the response is to be returned; a decision when it is an error."""
        rate = RateLimit.from_headers(response.headers)
        if rate is not None:
            self.state.rate_limit = rate
        _log_response(request, response, started, spent.retries)
        if response.status_code < 400:
            return None
        decision = self.policy.after_response(request.method, response, spent.retries, spent.hinted_wait)
        if response.status_code == 429 and decision.retry:
            self.state.pause(decision.delay)
        return decision

    def of_error(self, request: httpx.Request, error: httpx.TransportError, spent: _Attempts) -> Decision:
        decision = self.policy.after_error(request.method, error, spent.retries)
        if not decision.retry:
            logger.warning("%s %s: %s (%s)", request.method, _target(request), type(error).__name__, decision.reason)
        return decision


class RetryingTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy, state: CallState) -> None:
        self._inner = inner
        self._outcome = _Outcome(policy, state)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _replayable(request)
        spent = _Attempts()
        while True:
            if (pause := self._outcome.state.pause_left()) > 0:
                time.sleep(pause)
            started = time.perf_counter()
            try:
                response = self._inner.handle_request(request)
                _read_body(response)
            except httpx.TransportError as error:
                decision = self._outcome.of_error(request, error, spent)
                if not decision.retry:
                    raise _connection_error(request, error) from error
            else:
                decision_or_none = self._outcome.of_response(request, response, spent, started)
                if decision_or_none is None:
                    return response
                decision = decision_or_none
                response.close()
                if not decision.retry:
                    raise APIError.from_response(response, request)
            _log_retry(request, decision, spent.retries)
            time.sleep(decision.delay)
            spent.spend(decision)

    def close(self) -> None:
        self._inner.close()


class AsyncRetryingTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        state: CallState,
    ) -> None:
        self._inner = inner
        self._outcome = _Outcome(policy, state)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(request.stream, httpx.ByteStream):
            await request.aread()
        spent = _Attempts()
        while True:
            if (pause := self._outcome.state.pause_left()) > 0:
                await anyio.sleep(pause)
            started = time.perf_counter()
            try:
                response = await self._inner.handle_async_request(request)
                await _aread_body(response)
            except httpx.TransportError as error:
                decision = self._outcome.of_error(request, error, spent)
                if not decision.retry:
                    raise _connection_error(request, error) from error
            else:
                decision_or_none = self._outcome.of_response(request, response, spent, started)
                if decision_or_none is None:
                    return response
                decision = decision_or_none
                await response.aclose()
                if not decision.retry:
                    raise APIError.from_response(response, request)
            _log_retry(request, decision, spent.retries)
            await anyio.sleep(decision.delay)
            spent.spend(decision)

    async def aclose(self) -> None:
        await self._inner.aclose()
