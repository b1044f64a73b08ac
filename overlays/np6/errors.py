"""Every exception np6 raises.

The hierarchy::

    NP6Error
    ├── ConfigurationError              a bad key, base URL or option (also a ValueError)
    │   └── ConfigurationTypeError      ... of the wrong type (also a TypeError)
    ├── APIError                        NP6 answered with an error status (or an unreadable answer)
    │   ├── BadRequestError             400
    │   ├── AuthenticationError         401
    │   ├── PermissionDeniedError       403
    │   ├── NotFoundError               404
    │   ├── ConflictError               409
    │   ├── GoneError                   410
    │   ├── LengthRequiredError         411
    │   ├── UnsupportedMediaTypeError   415
    │   ├── RateLimitError              429
    │   ├── ServerError                 5xx
    │   └── MalformedResponseError      an answer np6 cannot read (often a 2xx: the work may be done)
    │       ├── ResponseTooLargeError   ... because it is larger than max_response_size
    │       └── RedirectError           ... because it is a redirect (np6 follows none: the key stays with base_url)
    ├── APIConnectionError              no complete answer: connection failed, broke
    │   └── APITimeoutError             ... or timed out
    ├── ActionStateError                the helpers: the action's state forbids the operation
    ├── SendError                       the helpers: a send stopped early (``report`` keeps what was sent)
    ├── ImportTimeoutError              the helpers: an import still running at the timeout (also a TimeoutError)
    └── EventWindowError                event iteration: the server answered events outside the window asked


    KeyboardInterrupt
    └── SendInterrupted                 Ctrl-C stopped a send (``report`` keeps what was sent); not an NP6Error,
                                        so that ``except Exception`` never swallows Ctrl-C

Every exception pickles (with its report, for the helpers'), so it crosses a process pool intact.

``APIError`` and its status-code subclasses carry what NP6 support needs to trace a call: the
``x-request-id`` response header is in every message. NP6 answers most errors with an empty or plain-text
body (409s are always empty), so the messages also say what NP6 is known to mean by each status.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._http._headers import parse_retry_after

if TYPE_CHECKING:
    from .resources._send import SendReport

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "ActionStateError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConfigurationTypeError",
    "ConflictError",
    "EventWindowError",
    "GoneError",
    "ImportTimeoutError",
    "LengthRequiredError",
    "MalformedResponseError",
    "NP6Error",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "ResponseTooLargeError",
    "SendError",
    "SendInterrupted",
    "ServerError",
    "UnsupportedMediaTypeError",
]

# What NP6 is known to mean by each status (shared/np6-api: observed production behaviour).
_MEANINGS = {
    400: "NP6 could not read the request (e.g. `from` as a string instead of an object, unicity not an array)",
    401: "the X-Key API key is missing or wrong",
    403: "the key's user lacks the right for this operation",
    404: "not found, or a valid path with an invalid value (e.g. a settings.field id the tenant does not have)",
    409: (
        "NP6 answers a bare 409 for several reasons: the resource already exists (target unicity, name), the "
        "action's state forbids the call (e.g. sending before production validation, state 50), the key's user "
        "lacks the right, or a content override on a template that is not V4.1"
    ),
    410: "the resource is no longer available",
    411: "the request had no Content-Length (send {} rather than no body)",
    415: "wrong Content-Type (a send needs the vendor media type of its action's channel)",
    429: "rate limit exceeded",
}


ERROR_BODY_LIMIT = 8 * 1024
"""Bytes of an answer's body an exception keeps (``body``): enough for any NP6 message, never a huge page."""


def _body_text(response: httpx.Response) -> str:
    return response.content[:ERROR_BODY_LIMIT].decode("utf-8", errors="replace")


class NP6Error(Exception):
    """Base class of every exception np6 raises, but :class:`SendInterrupted` (a ``KeyboardInterrupt``)."""


class ConfigurationError(NP6Error, ValueError):
    """A client cannot be built as asked: no API key, a key or base URL np6 refuses, a bad option value.

    Raised before any request. Also a ``ValueError``; the message never contains the key (nor a password in
    a URL).
    """


class ConfigurationTypeError(ConfigurationError, TypeError):
    """An option of the wrong type (also a ``TypeError``)."""


class APIError(NP6Error):
    """NP6 answered with an error status. ``body`` keeps at most the first 8 KiB of the answer."""

    status_code: int

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        url: str,
        request_id: str | None,
        body: str,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status_code = status_code
        self.method = method
        self.url = url
        self.request_id = request_id
        self.body = body
        self.headers: Mapping[str, str] = dict(headers or {})
        super().__init__(self._message())

    def _message(self) -> str:
        meaning = _MEANINGS.get(self.status_code, "server error; retry later" if self.status_code >= 500 else "")
        detail = f": {self.body.strip()[:300]}" if self.body.strip() else " (empty body)"
        text = f"{self.method} {self.url} -> {self.status_code}{detail} [x-request-id: {self.request_id or 'none'}]"
        return f"{text}. {meaning[0].upper()}{meaning[1:]}." if meaning else text

    def __reduce__(self) -> tuple[object, ...]:
        state = {
            "status_code": self.status_code,
            "method": self.method,
            "url": self.url,
            "request_id": self.request_id,
            "body": self.body,
            "headers": self.headers,
        }
        return (_rebuild, (type(self), state))

    @classmethod
    def from_response(cls, response: httpx.Response, request: httpx.Request) -> APIError:
        """The subclass of APIError that matches the response's status (``cls`` when called on a subclass)."""
        error_class = (
            cls
            if cls is not APIError
            else _BY_STATUS.get(response.status_code) or (ServerError if response.status_code >= 500 else APIError)
        )
        return error_class(
            status_code=response.status_code,
            method=request.method,
            url=str(request.url),
            request_id=response.headers.get("x-request-id"),
            body=_body_text(response),
            headers=dict(response.headers),
        )


def _rebuild(cls: type[APIError], state: dict[str, Any]) -> APIError:
    return cls(**state)


class BadRequestError(APIError):
    """400."""


class AuthenticationError(APIError):
    """401: the API key is missing or wrong."""


class PermissionDeniedError(APIError):
    """403."""


class NotFoundError(APIError):
    """404."""


class ConflictError(APIError):
    """409, with NP6's empty body: already exists, wrong action state, or missing rights."""


class GoneError(APIError):
    """410."""


class LengthRequiredError(APIError):
    """411."""


class UnsupportedMediaTypeError(APIError):
    """415."""


class RateLimitError(APIError):
    """429. ``retry_after`` is the delay NP6 asked for, in seconds, when it said."""

    @property
    def retry_after(self) -> float | None:
        return parse_retry_after(self.headers)


class ServerError(APIError):
    """5xx."""


class MalformedResponseError(APIError):
    """NP6 answered, but not in a shape np6 can read: truncated JSON, an HTML page, an empty body where the
    spec has one, an unexpected shape or an undocumented status. ``status_code`` is the status NP6 gave (often
    2xx: NP6 may have done the work), ``reason`` what could not be read; ``request_id`` and ``body`` as usual.
    """

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        url: str,
        request_id: str | None,
        body: str,
        headers: Mapping[str, str] | None = None,
        reason: str = "",
    ) -> None:
        self.reason = reason
        super().__init__(
            status_code=status_code, method=method, url=url, request_id=request_id, body=body, headers=headers
        )

    def _message(self) -> str:
        kind = self.headers.get("content-type", "no content type")
        detail = f": {self.body.strip()[:200]}" if self.body.strip() else " (empty body)"
        return (
            f"{self.method} {self.url} -> {self.status_code}, but the answer is not what the API documents "
            f"({kind}; {self.reason}){detail} [x-request-id: {self.request_id or 'none'}]. The request may have "
            "been processed."
        )

    def __reduce__(self) -> tuple[object, ...]:
        state = {
            "status_code": self.status_code,
            "method": self.method,
            "url": self.url,
            "request_id": self.request_id,
            "body": self.body,
            "headers": self.headers,
            "reason": self.reason,
        }
        return (_rebuild, (type(self), state))

    @classmethod
    def of(cls, response: httpx.Response, cause: Exception) -> MalformedResponseError:
        """The error for ``response``, whose body could not be parsed (``cause``, from the generated client)."""
        request = response.request
        return cls(
            status_code=response.status_code,
            method=request.method,
            url=str(request.url),
            request_id=response.headers.get("x-request-id"),
            body=_body_text(response),
            headers={key.lower(): value for key, value in response.headers.items()},
            reason=f"{type(cause).__name__}: {str(cause)[:200]}",
        )


class ResponseTooLargeError(MalformedResponseError):
    """The answer's body was larger than the client's ``max_response_size``: np6 stopped reading it (an endless
    or huge body ends here, not in a MemoryError). ``body`` keeps its first 8 KiB."""


class RedirectError(MalformedResponseError):
    """NP6, or something between np6 and NP6, answered with a redirect (3xx) that np6 does not follow, whatever
    the ``httpx.Client`` says. np6 follows a redirect of a GET or HEAD within the origin of ``base_url`` only (a
    few times at most): the key goes to that origin and nowhere else, and no request body is sent twice or
    dropped. ``location_host`` names where the redirect pointed (the message names the host only, never a full
    URL that might carry secrets). A ``MalformedResponseError``: a redirect does not prove the request was not
    processed (a 303 often follows a processed POST), so a send reports such a batch ``unknown``."""

    @property
    def location_host(self) -> str | None:
        """``host`` or ``host:port`` of the redirect's target (None without a readable Location)."""
        target = self._location()
        if target is None or not target.host:
            return None
        return f"{target.host}:{target.port}" if target.port else target.host

    def _location(self) -> httpx.URL | None:
        location = self.headers.get("location") or self.headers.get("Location")
        try:
            return httpx.URL(self.url).join(location) if location else None
        except (httpx.InvalidURL, ValueError):
            return None

    def _message(self) -> str:
        target, here = self._location(), httpx.URL(self.url)
        same = target is not None and (target.scheme, target.host, target.port) == (here.scheme, here.host, here.port)
        where = f"to {self.location_host}" if self.location_host else "with no readable Location"
        why = (
            "another origin: np6 does not follow it, the API key stays with base_url"
            if target is not None and not same
            else "np6 follows a redirect of a GET or HEAD only; NP6's API does not redirect: check base_url"
        )
        request_id = self.request_id or "none"
        return f"{self.method} {self.url} -> {self.status_code} redirect {where} ({why}) [x-request-id: {request_id}]"


class APIConnectionError(NP6Error):
    """No complete answer from NP6: the connection failed, broke, or timed out.

    ``sent`` is False when the request provably never reached NP6 (the connection could not be opened);
    otherwise NP6 may have processed it.
    """

    def __init__(self, *, method: str, url: str, cause: Exception | str, sent: bool) -> None:
        self.method = method
        self.url = url
        self.sent = sent
        # Kept as text so the exception pickles (its keyword-only constructor defeats Exception's default).
        self.cause = cause if isinstance(cause, str) else f"{type(cause).__name__}: {cause}"
        fate = "NP6 may have processed it" if sent else "it never reached NP6"
        super().__init__(f"{method} {url}: {self.cause} ({fate})")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_connection_error, (type(self), self.method, self.url, self.cause, self.sent))


class APITimeoutError(APIConnectionError):
    """NP6 did not answer in time."""


def _rebuild_connection_error(
    cls: type[APIConnectionError], method: str, url: str, cause: str, sent: bool
) -> APIConnectionError:
    return cls(method=method, url=url, cause=cause, sent=sent)


class ImportTimeoutError(NP6Error, TimeoutError):
    """An import execution was still running when ``imports.run``'s timeout ran out.

    The import keeps running on NP6's side: poll ``get_import_execution_state(import_id)`` later.
    """

    def __init__(self, *, import_id: int, timeout: float, polls: int) -> None:
        self.import_id = import_id
        self.timeout = timeout
        self.polls = polls
        super().__init__(
            f"import {import_id} was still running after {timeout:g} s ({polls} polls); it goes on at NP6: "
            f"poll client.imports.get_import_execution_state({import_id}) later"
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_import_timeout, (self.import_id, self.timeout, self.polls))


def _rebuild_import_timeout(import_id: int, timeout: float, polls: int) -> ImportTimeoutError:
    return ImportTimeoutError(import_id=import_id, timeout=timeout, polls=polls)


class EventWindowError(NP6Error):
    """NP6 answered events outside the time window np6 asked for: the server ignores ``start``/``end``.

    Event iteration walks a range in windows; an answer holding events from elsewhere would make every window
    look dense (the next ones would shrink towards 1 ms, millions of calls), so it stops instead. ``start`` and
    ``end`` are the window asked (epoch ms, end excluded), ``timestamp`` and ``event_id`` the first stray event.
    """

    def __init__(self, *, start: int, end: int, timestamp: int, event_id: str) -> None:
        self.start = start
        self.end = end
        self.timestamp = timestamp
        self.event_id = event_id
        super().__init__(
            f"asked for the events in [{start}, {end}) (epoch ms), the server answered event {event_id} at "
            f"{timestamp}: it ignores the start/end filters, so the range cannot be walked. Check that base_url "
            "is NP6 CM's API (or a server that filters events by time)"
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_event_window, (self.start, self.end, self.timestamp, self.event_id))


def _rebuild_event_window(start: int, end: int, timestamp: int, event_id: str) -> EventWindowError:
    return EventWindowError(start=start, end=end, timestamp=timestamp, event_id=event_id)


class ActionStateError(NP6Error):
    """The action's state forbids the operation (NP6 would answer a bare 409), or changed under the helper."""

    def __init__(self, action_id: str, state: int | None, message: str) -> None:
        self.action_id = action_id
        self.state = state
        self.message = message
        super().__init__(message)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.action_id, self.state, self.message))


class SendError(NP6Error):
    """A send stopped early: NP6 refused a whole batch (e.g. 409: the action left state 50), the
    ``on_batch_done`` callback raised, a worker thread could not start, or a batch failed oddly.

    ``report`` has a result for every recipient: what completed before the stop is kept, the refused and
    never-attempted batches are ``not_sent``, batches whose answer was lost are ``unknown``. What stopped
    the send is chained as ``__cause__``.
    """

    def __init__(self, message: str, report: SendReport) -> None:
        self.message = message
        self.report = report
        super().__init__(f"{message} ({report})")

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.message, self.report))


class SendInterrupted(KeyboardInterrupt):
    """Ctrl-C (a ``KeyboardInterrupt`` in the main thread) stopped a synchronous ``actions.send``.

    No batch started after the interrupt; the batches in flight were given a few seconds to finish (their
    results are recorded) and are ``unknown`` otherwise, or at once on a second Ctrl-C. ``report`` has a result
    for every recipient, as in :class:`SendError`; the original ``KeyboardInterrupt`` is ``__cause__``.

    A ``KeyboardInterrupt`` rather than an :class:`NP6Error`: ``except KeyboardInterrupt`` and Python's own
    handling (exit code 130) still apply, and ``except Exception`` cannot swallow Ctrl-C. Catch
    ``np6.SendInterrupted`` to keep the report.
    """

    def __init__(self, message: str, report: SendReport) -> None:
        self.message = message
        self.report = report
        super().__init__(f"{message} ({report})")

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.message, self.report))


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    410: GoneError,
    411: LengthRequiredError,
    415: UnsupportedMediaTypeError,
    429: RateLimitError,
}
