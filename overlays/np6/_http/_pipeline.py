"""np6's request loop: every request of an np6 client goes through here, whatever transport httpx picks.

The generated operations call ``client.get_requester().request(method, path, **kwargs)``; np6 gives them a
:class:`Requester` (sync) or :class:`AsyncRequester`. Like openai-python's ``_base_client``, it builds each
request with the caller's ``httpx.Client`` (``build_request`` + ``send``) and never modifies that client: the
absolute URL, the key (an auth flow, so it is never stored in any headers), the User-Agent and the timeout
travel with each request, so httpx still chooses the transport (environment proxies, ``proxy=``, ``mounts=``,
a custom transport) and np6's behaviour applies to all of them:

- a body given as a file object or an iterator is read into bytes before the first attempt, so every attempt
  sends it whole, with a Content-Length, from either client;
- pacing from NP6's rate-limit headers (:mod:`._pacing`), retries with backoff and the 429 pause
  (:mod:`._retry` decides), and the last rate-limit headers;
- typed errors (:mod:`np6.errors`), error bodies kept to 8 KiB;
- no cookie is kept: what an answer's Set-Cookie puts in the httpx client's jar is taken out again;
- a redirect is followed only for a GET or HEAD within base_url's origin (a trailing-slash 301, say), at most
  :data:`MAX_REDIRECTS` times; any other 3xx is a :class:`~np6.errors.RedirectError`: the key stays with the
  origin of base_url, and no request body is sent twice or dropped;
- a response body larger than ``max_response_size`` is a :class:`~np6.errors.ResponseTooLargeError`;
- a body must keep coming: once ``timeout``'s read limit has passed, at :data:`MIN_BODY_RATE` on average (a
  server dripping a byte a second cannot hold a call), and ``deadline`` bounds the whole call, retries and
  waits included;
- logging to the ``np6`` logger: method, path, status, x-request-id, duration, retry decisions; never headers.
"""

from __future__ import annotations

import contextlib
import logging
import math
import platform
import random
import socket
import threading
import time
from collections.abc import Generator, Iterable
from http.cookiejar import Cookie
from typing import Any, Final, Literal, NoReturn

import anyio
import httpx
from attrs import define, field, frozen

from .._logs import logger
from .._version import __version__
from ..errors import (
    ERROR_BODY_LIMIT,
    APIConnectionError,
    APIError,
    APITimeoutError,
    NP6Error,
    RedirectError,
    ResponseTooLargeError,
)
from ._pacing import Pacer
from ._retry import NOT_SENT_ERRORS, UNSENDABLE_ERRORS, Decision, RateLimit, RetryPolicy

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024
"""64 MiB: far above any NP6 answer (an event window is ~1-2 MB), far below what would exhaust memory."""
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5
"""Redirects followed in one call: a trailing-slash or path redirect takes one; more is a loop."""
FOLLOWED: Final = "followed"
"""What :meth:`_Loop._settle` returns when the request now points where a redirect sent it: send it again."""
MIN_BODY_RATE = 1024
"""Bytes per second a response body must average once the read timeout has passed since its headers: any
real answer streams far faster; a server dripping bytes to hold the connection does not."""
RESUME_SPREAD = 0.1
"""Seconds over which requests held by a 429 pause are spread when it ends."""


def user_agent(app_info: str | None = None) -> str:
    agent = f"np6-sdk/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
    return f"{agent} {app_info}" if app_info else agent


class XKey(httpx.Auth):
    """Adds NP6's `X-Key` header to each request as it is sent, so the key is stored in no client's headers."""

    def __init__(self, api_key: str) -> None:
        self._api_key = api_key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["X-Key"] = self._api_key
        yield request

    def __repr__(self) -> str:
        return "XKey(api_key='***')"


@frozen(kw_only=True)
class Options:
    """What a client (or a ``with_options`` copy of it) applies to each call."""

    timeout: httpx.Timeout | None = DEFAULT_TIMEOUT
    retry: RetryPolicy = field(factory=RetryPolicy)
    deadline: float | None = None
    """Seconds for a whole call: attempts, retries, waits and reading the body. None: no overall bound."""
    max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE
    headers: tuple[tuple[str, str], ...] = ()
    """Extra headers on every request (after the User-Agent, before the operation's own)."""


@frozen
class Origin:
    """Where requests go and who sends them: shared by a client and its ``with_options`` copies."""

    base_url: str
    auth: XKey = field(repr=False)
    user_agent: str


@define
class CallState:
    """What NP6 said about the rate limit, shared by a client, its copies and all their threads or tasks."""

    pacer: Pacer = field(factory=Pacer)
    rate_limit: RateLimit | None = None
    paused_until: float = 0.0
    """``time.monotonic()`` before which no request leaves this client: NP6 answered 429 to one of them, and
    until its window resets every other worker would only be refused too, spending its retries (and a worker
    returning mid-window would find it full again and again, however long it waited). Not used when the
    pacer knows the window from the 429's own headers: it holds every request until the reset already."""

    def pause(self, seconds: float) -> None:
        self.paused_until = max(self.paused_until, time.monotonic() + seconds)

    def pause_left(self) -> float:
        left = self.paused_until - time.monotonic()
        # Waiters resume in random order: in a fixed order (asyncio's timers) the same worker found the
        # reopened window full every time and ran out of retries (async send, 200k soak).
        return left + random.uniform(0, RESUME_SPREAD) if left > 0 else 0.0


@define
class _Attempts:
    """What one call has spent: retries against `max_retries`, seconds of 429 hints against `max_server_delay`."""

    retries: int = 0
    hinted_wait: float = 0.0
    redirects: int = 0

    def spend(self, decision: Decision) -> None:
        if decision.hinted:
            self.hinted_wait += decision.delay
        else:
            self.retries += 1


@frozen
class _Clock:
    """A call's deadline on the monotonic clock (infinite when the call has none)."""

    deadline: float | None
    end: float

    @classmethod
    def start(cls, deadline: float | None) -> _Clock:
        return cls(deadline, time.monotonic() + deadline if deadline is not None else math.inf)

    def left(self) -> float:
        return self.end - time.monotonic()

    def attempt_timeout(self, timeout: httpx.Timeout | None) -> dict[str, float | None]:
        """``timeout`` for one attempt, each limit cut to the time the deadline leaves."""
        limits = (timeout or httpx.Timeout(None)).as_dict()
        if self.deadline is None:
            return limits
        left = max(0.001, self.left())
        return {name: left if value is None else min(value, left) for name, value in limits.items()}


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


def _connection_error(request: httpx.Request, error: httpx.TransportError) -> APIConnectionError:
    if isinstance(error, UNSENDABLE_ERRORS):
        # Its message may quote the offending header value (which could be secret): name the kind only.
        cause = f"{type(error).__name__}: httpx could not write the request (an invalid header, URL or protocol)"
        return APIConnectionError(method=request.method, url=str(request.url), cause=cause, sent=False)
    sent = not isinstance(error, NOT_SENT_ERRORS)
    error_class = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    return error_class(method=request.method, url=str(request.url), cause=error, sent=sent)


class _Body:
    """Collects a response body as it arrives, within a size limit and a time budget."""

    def __init__(
        self, request: httpx.Request, response: httpx.Response, *, limit: int, truncate: bool, grace: float, end: float
    ) -> None:
        self._request = request
        self._response = response
        self._limit = limit
        self._truncate = truncate
        self._started = time.monotonic()
        self._grace = grace
        self._end = end
        self._chunks: list[bytes] = []
        self._size = 0

    def add(self, chunk: bytes) -> bool:
        """Keep ``chunk``; False when reading should stop (an error body past its limit)."""
        self._size += len(chunk)
        if self._size > self._limit:
            if self._truncate:
                self._chunks.append(chunk[: len(chunk) - (self._size - self._limit)])
                return False
            raise self._too_large()
        self._chunks.append(chunk)
        now = time.monotonic()
        if now > self._end:
            raise httpx.ReadTimeout("the call's deadline passed while reading the body", request=self._request)
        if now - self._started > self._grace + self._size / MIN_BODY_RATE:
            raise httpx.ReadTimeout(
                f"the body came slower than {MIN_BODY_RATE} bytes/s after {self._grace:g} s", request=self._request
            )
        return True

    def done(self) -> None:
        # What httpx's own Response.read() does, after reading through np6's limits.
        content = self._response._content = b"".join(self._chunks)
        # httpx's stream refers back to its response: a reference cycle, which only the garbage collector frees.
        # A bulk copy of events allocates so little that it seldom runs, and read answers piled up (1M events:
        # 500 MB of them). The body is read and the stream closed: a stream of the same bytes breaks the cycle.
        self._response.stream = httpx.ByteStream(content)

    def _too_large(self) -> ResponseTooLargeError:
        response = self._response
        return ResponseTooLargeError(
            status_code=response.status_code,
            method=self._request.method,
            url=str(self._request.url),
            request_id=response.headers.get("x-request-id"),
            body=b"".join(self._chunks)[:ERROR_BODY_LIMIT].decode("utf-8", errors="replace"),
            headers={key.lower(): value for key, value in response.headers.items()},
            reason=f"the body is larger than max_response_size ({self._limit:,} bytes); np6 stopped reading it",
        )


class _Loop:
    """What the sync and async request loops share: building requests, reading answers, deciding retries."""

    def __init__(self, origin: Origin, options: Options, state: CallState) -> None:
        self.origin = origin
        self.options = options
        self.state = state

    def _request_arguments(self, url: str, kwargs: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        if not url.startswith("/"):
            raise ValueError(f"np6 requests take a path under base_url (starting with '/'), got {url[:80]!r}")
        headers = {
            "User-Agent": self.origin.user_agent,
            **dict(self.options.headers),
            **(kwargs.pop("headers", None) or {}),
        }
        kwargs.setdefault("timeout", self.options.timeout)
        if "content" in kwargs:
            kwargs["content"] = _replayable(kwargs["content"])
        return self.origin.base_url + url, {**kwargs, "headers": headers}

    def _body(self, request: httpx.Request, response: httpx.Response, clock: _Clock) -> _Body:
        # An error or redirect answer is only kept for the exception: its first 8 KiB are enough.
        limited = response.status_code >= 400 or response.status_code in REDIRECT_STATUSES
        read_limit = self.options.timeout.read if self.options.timeout is not None else None
        grace = read_limit if read_limit is not None else math.inf
        limit = ERROR_BODY_LIMIT if limited else self.options.max_response_size
        return _Body(request, response, limit=limit, truncate=limited, grace=grace, end=clock.end)

    def _settle(
        self, request: httpx.Request, response: httpx.Response, spent: _Attempts, started: float
    ) -> tuple[Decision, NP6Error] | Literal["followed"] | None:
        """None when the (read) response is to be returned; :data:`FOLLOWED` when ``request`` now points where a
        redirect sent it; else whether to retry and what to raise if not."""
        rate = RateLimit.from_headers(response.headers)
        if rate is not None:
            self.state.rate_limit = rate
        paced = self.state.pacer.settled(rate)
        _log_response(request, response, started, spent.retries)
        status = response.status_code
        if status in REDIRECT_STATUSES:
            if self._followed(request, response, spent):
                return FOLLOWED
            error = RedirectError.from_response(response, request)
            if spent.redirects >= MAX_REDIRECTS:
                error.add_note(f"np6 followed {spent.redirects} redirects of this call already: a redirect loop?")
            return Decision(False), error
        if status < 400:
            return None
        decision = self.options.retry.after_response(request.method, response, spent.retries, spent.hinted_wait)
        if status == 429 and decision.retry and not paced:
            self.state.pause(decision.delay)
        return decision, APIError.from_response(response, request)

    def _followed(self, request: httpx.Request, response: httpx.Response, spent: _Attempts) -> bool:
        """Whether the redirect ``response`` is followed; if so, ``request`` now points at its target.

        Only what cannot send the key or a body astray, as a browser would follow it: a GET or HEAD (a 303 or a
        307 of a POST would drop its body or send it twice), to the origin of base_url (the key goes nowhere
        else; httpx, like openai-python's client with ``follow_redirects=True``, strips only ``Authorization``
        when the origin changes, not ``X-Key``), :data:`MAX_REDIRECTS` times at most.
        """
        if request.method not in ("GET", "HEAD") or spent.redirects >= MAX_REDIRECTS:
            return False
        location = response.headers.get("location")
        try:
            target = request.url.join(location) if location else None
        except (httpx.InvalidURL, ValueError):
            return False
        here = request.url
        if target is None or (target.scheme, target.host, target.port) != (here.scheme, here.host, here.port):
            return False
        spent.redirects += 1
        logger.debug(
            "%s %s: %s, following it to %s",
            request.method,
            _target(request),
            response.status_code,
            target.raw_path.decode("ascii", errors="replace"),
        )
        request.url = target  # the same origin: the same Host header
        return True

    def _on_error(self, request: httpx.Request, error: Exception, spent: _Attempts) -> tuple[Decision, NP6Error]:
        if isinstance(error, NP6Error):  # ResponseTooLargeError: the same answer would come again
            return Decision(False), error
        assert isinstance(error, httpx.TransportError)
        decision = self.options.retry.after_error(request.method, error, spent.retries)
        if not decision.retry:
            logger.warning("%s %s: %s (%s)", request.method, _target(request), type(error).__name__, decision.reason)
        return decision, _connection_error(request, error)

    def _give_up_or_wait(
        self, request: httpx.Request, outcome: tuple[Decision, NP6Error], spent: _Attempts, clock: _Clock
    ) -> float:
        """The delay before the next attempt; raises the outcome's error when there is none."""
        decision, error = outcome
        if not decision.retry:
            raise error
        if decision.delay > clock.left():
            error.add_note(f"not retried: the call's deadline ({clock.deadline:g} s) would pass first")
            raise error
        _log_retry(request, decision, spent.retries)
        spent.spend(decision)
        return decision.delay

    def _admission(self, request: httpx.Request, clock: _Clock, spent: _Attempts) -> tuple[bool, float]:
        """Whether the pacer lets this attempt leave (it is then counted: settle it), and after how long."""
        pacer = self.state.pacer
        admitted, wait = pacer.admit()
        if admitted:
            if wait > clock.left():
                pacer.settled(None)
                _deadline_passed(request, clock, "waiting for its turn under requests_per_second", sent=False)
            return True, wait
        if wait > clock.left():
            _deadline_passed(request, clock, "waiting for NP6's rate-limit window to reset", sent=False)
        if spent.hinted_wait + wait > self.options.retry.max_server_delay:
            # Longer than the call may wait on NP6's hints: NP6 answers, a 429 at worst, raised as such.
            pacer.admit_now()
            return True, 0.0
        spent.hinted_wait += wait
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s %s: held %.3f s for NP6's rate-limit window", request.method, _target(request), wait)
        return False, wait

    def _paused(self, request: httpx.Request, clock: _Clock) -> float:
        pause = self.state.pause_left()
        if pause > clock.left():
            _deadline_passed(request, clock, "waiting out NP6's rate-limit pause", sent=False)
        return pause


def _deadline_passed(request: httpx.Request, clock: _Clock, doing: str, *, sent: bool) -> NoReturn:
    raise APITimeoutError(
        method=request.method,
        url=str(request.url),
        cause=f"the call's deadline ({clock.deadline:g} s) passed while {doing}",
        sent=sent,
    )


def _replayable(content: Any) -> Any:
    """A request body every attempt can send whole: a file object or an iterator of bytes is read into bytes
    before the first attempt. httpx then sends a Content-Length (NP6 answers 411 to a chunked body), a retry
    sends the same bytes again, and an ``AsyncClient`` can send what a synchronous file object holds (httpx
    refuses a sync stream there). Async iterables are left to httpx (read whole below, before the first attempt).
    """
    if content is None or isinstance(content, (bytes, str)):
        return content
    if isinstance(content, (bytearray, memoryview)):
        return bytes(content)
    read = getattr(content, "read", None)
    if callable(read):
        data = read()
        if isinstance(data, str):
            raise TypeError("the request body is a file object in text mode: open it with 'rb'")
        return bytes(data)
    if isinstance(content, Iterable):
        return b"".join(content)
    return content


def _built(http: httpx.Client | httpx.AsyncClient, method: str, url: str, arguments: dict[str, Any]) -> httpx.Request:
    try:
        return http.build_request(method, url, **arguments)
    except httpx.InvalidURL as error:  # e.g. a parameter so long the URL exceeds httpx's limit: bad input
        raise ValueError(f"cannot build the request URL: {error}") from error


def _sent(http: httpx.Client, request: httpx.Request, auth: httpx.Auth) -> httpx.Response:
    """``request`` sent, its answer's headers read, no redirect followed and no cookie kept."""
    before = list(http.cookies.jar)
    response = http.send(request, stream=True, follow_redirects=False, auth=auth)
    _forget_cookies(http.cookies, response, before)
    return response


def _forget_cookies(cookies: httpx.Cookies, response: httpx.Response, before: list[Cookie]) -> None:
    """Undo what httpx's ``send`` did with the answer's Set-Cookie headers: store them in the client's jar.

    NP6 authenticates each request by its key: a cookie it (or a load balancer) sets must not ride along with
    the next request, which may carry another client's key through a shared ``httpx.Client``, nor stay in the
    caller's client. A cookie of the caller's that the answer overwrote is put back.
    """
    if "set-cookie" not in response.headers:
        return
    received = httpx.Cookies()
    received.extract_cookies(response)
    saved = {(cookie.domain, cookie.path, cookie.name): cookie for cookie in before}
    for cookie in received.jar:
        key = (cookie.domain, cookie.path, cookie.name)
        with contextlib.suppress(KeyError):  # the caller's jar refused it
            cookies.jar.clear(*key)
        if key in saved:
            cookies.jar.set_cookie(saved[key])


class Requester(_Loop):
    """The synchronous request loop over the caller's (or np6's own) ``httpx.Client``."""

    def __init__(self, http: httpx.Client, origin: Origin, options: Options, state: CallState) -> None:
        super().__init__(origin, options, state)
        self.http = http

    def _paced(self, request: httpx.Request, clock: _Clock, spent: _Attempts) -> None:
        """Returns when the pacer lets this attempt leave (counted: settle it); sends nothing itself."""
        while True:
            admitted, wait = self._admission(request, clock, spent)
            if admitted:
                break
            time.sleep(wait)
        if wait > 0:
            try:
                time.sleep(wait)
            except BaseException:
                self.state.pacer.settled(None)
                raise

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        clock = _Clock.start(self.options.deadline)
        absolute, arguments = self._request_arguments(url, kwargs)
        request = _built(self.http, method, absolute, arguments)
        if not isinstance(request.stream, httpx.ByteStream):
            request.read()  # a multipart body: buffered so a retry can send it again
        spent = _Attempts()
        while True:
            if (pause := self._paused(request, clock)) > 0:
                time.sleep(pause)
            self._paced(request, clock, spent)
            request.extensions["timeout"] = clock.attempt_timeout(self.options.timeout)
            started = time.perf_counter()
            try:
                response = self._send(request, clock)
            except (httpx.TransportError, ResponseTooLargeError) as error:
                self.state.pacer.settled(None)
                outcome = self._on_error(request, error, spent)
            except BaseException:  # KeyboardInterrupt, or a bug: the attempt is no longer in flight
                self.state.pacer.settled(None)
                raise
            else:
                if (settled := self._settle(request, response, spent, started)) is None:
                    return response
                if settled == FOLLOWED:
                    continue
                outcome = settled
            time.sleep(self._give_up_or_wait(request, outcome, spent, clock))

    def _send(self, request: httpx.Request, clock: _Clock) -> httpx.Response:
        response = self._headers(request, clock)
        try:
            # The body's reads get what the deadline leaves now, not what it left when the attempt began.
            request.extensions["timeout"] = clock.attempt_timeout(self.options.timeout)
            body = self._body(request, response, clock)
            for chunk in response.iter_bytes():
                if not body.add(chunk):
                    break
        finally:
            response.close()
        body.done()
        return response

    def _headers(self, request: httpx.Request, clock: _Clock) -> httpx.Response:
        """The answer's status line and headers (its body still to read)."""
        if clock.deadline is None:
            return _sent(self.http, request, self.origin.auth)
        return _Watched(request).send(self.http, self.origin.auth, clock)


class AsyncRequester(_Loop):
    """The asynchronous request loop over the caller's (or np6's own) ``httpx.AsyncClient``.

    Here a cancel scope makes the deadline bound the whole attempt (the sync loop uses a worker thread for the
    status line and headers, and checks the deadline between reads of the body).
    """

    def __init__(self, http: httpx.AsyncClient, origin: Origin, options: Options, state: CallState) -> None:
        super().__init__(origin, options, state)
        self.http = http

    async def _paced(self, request: httpx.Request, clock: _Clock, spent: _Attempts) -> None:
        """See :meth:`Requester._paced`."""
        while True:
            admitted, wait = self._admission(request, clock, spent)
            if admitted:
                break
            await anyio.sleep(wait)
        if wait > 0:
            try:
                await anyio.sleep(wait)
            except BaseException:
                self.state.pacer.settled(None)
                raise

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        clock = _Clock.start(self.options.deadline)
        absolute, arguments = self._request_arguments(url, kwargs)
        request = _built(self.http, method, absolute, arguments)
        if not isinstance(request.stream, httpx.ByteStream):
            await request.aread()
        spent = _Attempts()
        while True:
            if (pause := self._paused(request, clock)) > 0:
                await anyio.sleep(pause)
            await self._paced(request, clock, spent)
            request.extensions["timeout"] = clock.attempt_timeout(self.options.timeout)
            started = time.perf_counter()
            try:
                response = await self._send(request, clock)
            except (httpx.TransportError, ResponseTooLargeError) as error:
                self.state.pacer.settled(None)
                outcome = self._on_error(request, error, spent)
            except BaseException:  # a cancellation, or a bug: the attempt is no longer in flight
                self.state.pacer.settled(None)
                raise
            else:
                if (settled := self._settle(request, response, spent, started)) is None:
                    return response
                if settled == FOLLOWED:
                    continue
                outcome = settled
            await anyio.sleep(self._give_up_or_wait(request, outcome, spent, clock))

    async def _send(self, request: httpx.Request, clock: _Clock) -> httpx.Response:
        if clock.deadline is None:
            return await self._send_within(request, clock)
        try:
            with anyio.fail_after(max(0.0, clock.left())):
                return await self._send_within(request, clock)
        except TimeoutError:
            _deadline_passed(request, clock, "waiting for the answer", sent=True)

    async def _send_within(self, request: httpx.Request, clock: _Clock) -> httpx.Response:
        before = list(self.http.cookies.jar)
        response = await self.http.send(request, stream=True, follow_redirects=False, auth=self.origin.auth)
        _forget_cookies(self.http.cookies, response, before)
        try:
            body = self._body(request, response, clock)
            async for chunk in response.aiter_bytes():
                if not body.add(chunk):
                    break
        finally:
            await response.aclose()
        body.done()
        return response


class _Watched:
    """One attempt of a call with a deadline, sent from a worker thread.

    Each of httpx's timeouts bounds a single read, so a server dripping its status line and headers a byte at a
    time would hold a synchronous call indefinitely. The caller's thread waits for the headers until the deadline
    only; then it shuts down the connection this attempt opened (seen through httpcore's ``trace`` extension; a
    reused keep-alive connection stays with the worker until the server ends or a read times out) and raises
    :class:`~np6.errors.APITimeoutError`. An answer arriving after that is closed unread.
    """

    def __init__(self, request: httpx.Request) -> None:
        self._request = request
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._abandoned = False
        self._response: httpx.Response | None = None
        self._error: BaseException | None = None
        self._streams: list[Any] = []
        outer = request.extensions.get("trace")
        if isinstance(outer, _Tracer):
            outer = outer.outer  # the previous attempt's
        request.extensions["trace"] = _Tracer(self._streams, outer)

    def send(self, http: httpx.Client, auth: httpx.Auth, clock: _Clock) -> httpx.Response:
        worker = threading.Thread(target=self._work, args=(http, auth), name="np6-request", daemon=True)
        worker.start()
        try:
            self._done.wait(max(0.0, clock.left()))
        except BaseException:  # KeyboardInterrupt: the worker's answer, if any, is closed
            self._abandon()
            raise
        if self._abandon():
            _deadline_passed(self._request, clock, "waiting for the status line and headers", sent=True)
        if self._error is not None:
            raise self._error
        assert self._response is not None
        return self._response

    def _work(self, http: httpx.Client, auth: httpx.Auth) -> None:
        response: httpx.Response | None = None
        error: BaseException | None = None
        try:
            response = _sent(http, self._request, auth)
        except BaseException as raised:  # handed to the caller's thread
            error = raised
        with self._lock:
            if self._abandoned:
                if response is not None:
                    response.close()
                return
            self._response, self._error = response, error
            self._done.set()

    def _abandon(self) -> bool:
        """True, and the attempt's connection shut down, when the worker has not answered yet."""
        with self._lock:
            if self._done.is_set():
                return False
            self._abandoned = True
            for stream in self._streams:
                sock = stream.get_extra_info("socket")
                with contextlib.suppress(OSError, AttributeError):
                    sock.shutdown(socket.SHUT_RDWR)
            return True


class _Tracer:
    """httpcore's ``trace`` extension: keeps the network stream of each connection an attempt opens."""

    def __init__(self, streams: list[Any], outer: Any) -> None:
        self.streams = streams
        self.outer = outer

    def __call__(self, event: str, info: dict[str, Any]) -> None:
        if event == "connection.connect_tcp.complete":
            self.streams.append(info["return_value"])
        if self.outer is not None:
            self.outer(event, info)


__all__ = ["DEFAULT_TIMEOUT", "AsyncRequester", "CallState", "Options", "Origin", "Requester", "XKey", "user_agent"]
