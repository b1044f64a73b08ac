"""The sandbox's ASGI application: every operation of the spec, validated like NP6 validates it."""

from __future__ import annotations

import asyncio
import json
import logging
import math
import random
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any
from urllib.parse import parse_qsl, quote

from attrs import field, frozen
from starlette.responses import StreamingResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._faults import Fault, FaultInjector, Faults
from ._spec import ApiSpec, Json, Operation, RequestInvalid

BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
NON_JSON_MEDIA = frozenset({"application/octet-stream", "application/x-www-form-urlencoded"})
DEFAULT_BODY_TIMEOUT = 10.0
"""Seconds a request's body may take to arrive: a client announcing more than it sends gets a 408, instead of
holding its connection (and a server task) forever."""
MAX_JSON_DEPTH = 64
"""Nesting a JSON body may have: NP6's deepest bodies (workflows) stay far below; deeper is refused (400) before
validation, which recurses once per level."""

log = logging.getLogger("np6_testkit.sandbox")


class Problem(Exception):  # noqa: N818 - raised by handlers to answer an error status
    """An NP6 error answer. NP6's bodies are empty (409 always) or short text; 400s here name the field."""

    def __init__(self, status: int, message: str | None = None, field: str | None = None) -> None:
        super().__init__(message or str(status))
        self.status = status
        self.message = message
        self.field = field


@frozen
class Reply:
    status: int
    body: Json = None
    stream: Iterable[bytes] | None = None
    headers: Mapping[str, str] = field(factory=dict)


@frozen
class Call:
    """One validated request, as a handler sees it."""

    operation: Operation
    path: Mapping[str, Json]
    query: Mapping[str, Json]
    body: Json
    media_type: str | None
    api_key: str


Handler = Callable[[Call], "Reply | Json"]


class DroppedConnectionError(ConnectionAbortedError):
    """Raised inside the ASGI app to make the server close a connection mid-response."""


async def _drop(scope: Scope, receive: Receive, send: Send) -> None:
    """An answer cut short: the status line, a promise of 4096 bytes and one of them, then the connection closes."""
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"4096")]})
    await send({"type": "http.response.body", "body": b"[", "more_body": True})
    raise DroppedConnectionError("np6 sandbox: injected dropped connection")


class _QuietDrops(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DroppedConnectionError))


logging.getLogger("uvicorn.error").addFilter(_QuietDrops())


def _raw_path(scope: Scope) -> str:
    """The request path as sent (percent-encoded), which routing needs; ASGI's ``path`` is already decoded."""
    raw = scope.get("raw_path")
    if isinstance(raw, bytes):
        return raw.decode("latin-1").partition("?")[0]
    return quote(str(scope["path"]), safe="/")


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):  # 1e400
        raise ValueError(f"number {text} is out of range")
    return number


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON (RFC 8259 has no NaN or Infinity)")


def _too_deep(value: Json) -> bool:
    """Whether ``value`` nests more than :data:`MAX_JSON_DEPTH` arrays and objects (without recursing)."""
    stack: list[tuple[Json, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        for child in children:
            if isinstance(child, (dict, list)):
                if depth >= MAX_JSON_DEPTH:
                    return True
                stack.append((child, depth + 1))
    return False


def parse_json_body(raw: bytes) -> Json:
    """The JSON of a request body, as NP6 reads JSON: RFC 8259 only (no NaN, Infinity or out-of-range numbers,
    which the sandbox could not send back as JSON), nested at most :data:`MAX_JSON_DEPTH` deep."""
    try:
        body = json.loads(raw, parse_constant=_not_json, parse_float=_finite)
    except RecursionError:
        raise RequestInvalid(f"body nests deeper than {MAX_JSON_DEPTH} levels", "body") from None
    except ValueError as error:
        raise RequestInvalid(f"body is not valid JSON: {error}", "body") from None
    if _too_deep(body):
        raise RequestInvalid(f"body nests deeper than {MAX_JSON_DEPTH} levels", "body")
    return body


class _Abandoned(Exception):  # noqa: N818 - control flow, never leaves the app
    """The client went away before its request body arrived: nobody is left to answer."""


def _is_json(media_type: str) -> bool:
    """NP6's vendor media types (email, sms, mail.archive, import, workflow-v4, ...) all carry JSON."""
    return media_type.startswith("application/") and media_type not in NON_JSON_MEDIA


def _request_id() -> str:
    """A random UUID (version 4) string, at a fraction of ``str(uuid.uuid4())``'s cost on every answer."""
    digits = f"{_ids.getrandbits(128) & _UUID4_MASK | _UUID4_BITS:032x}"
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


_ids = random.Random()
_UUID4_MASK = ~((0xF000 << 64) | (0xC000 << 48))
_UUID4_BITS = (0x4000 << 64) | (0x8000 << 48)


RawHeaders = list[tuple[bytes, bytes]]
Answer = tuple[int, RawHeaders, bytes] | ASGIApp
"""What the endpoint answers: status, headers and whole body, sent as two raw ASGI messages (no Response object
per request), or an ASGI app for the rare answers that stream or break the connection."""
_READ_HEADERS = frozenset({b"x-key", b"content-length", b"content-type", b"transfer-encoding"})
_EMPTY_LENGTH = (b"content-length", b"0")


def _read_headers(scope: Scope) -> dict[bytes, bytes]:
    """The request headers the sandbox reads, the first of each name (ASGI servers give names in lower case)."""
    found: dict[bytes, bytes] = {}
    for name, value in scope["headers"]:
        if name in _READ_HEADERS and name not in found:
            found[name] = value
    return found


def _query(query_string: bytes) -> dict[str, list[str]]:
    """Every query value by key, keys in order of first appearance (blank values kept)."""
    query: dict[str, list[str]] = {}
    if query_string:
        for key, value in parse_qsl(query_string.decode("latin-1"), keep_blank_values=True):
            query.setdefault(key, []).append(value)
    return query


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message: Message = await receive()
        if message["type"] == "http.request":
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                return b"".join(chunks)
        elif message["type"] == "http.disconnect":
            raise _Abandoned


def _empty(status: int, headers: RawHeaders) -> Answer:
    """An answer without a body (its Content-Length 0 where HTTP allows one)."""
    return status, headers if status < 200 or status in (204, 304) else [*headers, _EMPTY_LENGTH], b""


def _raw(headers: Mapping[str, str]) -> RawHeaders:
    return [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in headers.items()]


@cache
def _content_type(media_type: str) -> tuple[bytes, bytes]:
    if media_type.startswith("text/") and "charset=" not in media_type.lower():
        media_type += "; charset=utf-8"
    return b"content-type", media_type.encode("latin-1")


try:
    import orjson
except ImportError:  # pragma: no cover - the sandbox extra installs orjson; the standard encoder does the same
    orjson = None  # type: ignore[assignment]

_json_encoder = json.JSONEncoder(separators=(",", ":"), allow_nan=False)


def _encode_json(body: Json) -> bytes:
    """``body`` as JSON, never invalid JSON (no NaN or Infinity)."""
    if orjson is not None:
        try:
            return orjson.dumps(body, option=orjson.OPT_NON_STR_KEYS)
        except TypeError:  # e.g. an integer beyond 64 bits: the standard encoder writes it
            pass
    return _json_encoder.encode(body).encode()


class SandboxApp:
    def __init__(
        self,
        spec: ApiSpec,
        api_key: str,
        handlers: Mapping[str, Handler],
        faults: Faults,
        check_responses: bool = False,
        *,
        body_timeout: float = DEFAULT_BODY_TIMEOUT,
    ) -> None:
        self.spec = spec
        self.body_timeout = body_timeout
        self.api_key = api_key
        self.handlers = handlers
        self.faults = FaultInjector(faults)
        self.check_responses = check_responses
        self.asgi: ASGIApp = self._serve
        """The ASGI app this one runs (a test may wrap it, e.g. to log requests)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.asgi(scope, receive, send)

    async def _serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        # One endpoint serves every path, so Starlette's router and middleware stack are skipped, and answers go
        # out as raw ASGI messages: those were most of the sandbox's cost per GET. uvicorn still answers 500
        # (and logs) if a handler raises.
        if scope["type"] != "http":  # uvicorn runs with lifespan="off"; NP6 has no websockets
            return
        answer = await self._endpoint(scope, receive)
        if isinstance(answer, tuple):
            status, headers, body = answer
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
        else:
            await answer(scope, receive, send)

    async def _endpoint(self, scope: Scope, receive: Receive) -> Answer:
        headers: RawHeaders = [(b"x-request-id", _request_id().encode())]
        method: str = scope["method"]
        matched = self.spec.match(method, _raw_path(scope))
        if matched is None:
            return _empty(404, headers)
        if matched == "method":
            return _empty(405, headers)
        assert not isinstance(matched, str)
        operation, path_params = matched
        request_headers = _read_headers(scope)
        api_key = request_headers.get(b"x-key", b"").decode("latin-1")
        if api_key != self.api_key:
            return _empty(401, headers)
        rate = self.faults.rate(api_key)
        if rate is not None:
            headers += [
                (b"x-ratelimit-limit", str(rate.limit).encode()),
                (b"x-ratelimit-remaining", str(rate.remaining).encode()),
                (b"x-ratelimit-reset", str(rate.reset_epoch).encode()),
            ]
            if not rate.allowed:
                return _empty(429, [*headers, (b"retry-after", str(rate.retry_after).encode())])
        fault = self.faults.draw(operation.operation_id)
        delay = self.faults.faults.latency + (fault.delay if fault else 0.0)
        if delay:
            await asyncio.sleep(delay)
        if fault and fault.phase == "before" and fault.kind != "spike":
            return self._fault_answer(fault, headers, processed=False)
        try:
            call = await self._validated_call(
                scope, receive, request_headers, operation=operation, path_params=path_params, api_key=api_key
            )
            reply = self._handle(call)
        except RequestInvalid as invalid:
            return self._problem(Problem(400, invalid.message, invalid.field), headers)
        except Problem as problem:
            return self._problem(problem, headers)
        except _Abandoned:
            log.debug("%s %s: the client went away before its body arrived", method, scope["path"])
            return _empty(400, headers)  # not sent: uvicorn drops it for a closed connection
        if fault and fault.phase == "after" and fault.kind != "spike":
            return self._fault_answer(fault, headers, processed=True)
        return self._answer(operation, reply, headers)

    async def _validated_call(
        self,
        scope: Scope,
        receive: Receive,
        request_headers: Mapping[bytes, bytes],
        *,
        operation: Operation,
        path_params: Mapping[str, str],
        api_key: str,
    ) -> Call:
        typed_path, typed_query = self.spec.coerce_parameters(operation, path_params, _query(scope["query_string"]))
        body: Json = None
        media_type: str | None = None
        raw = await self._body(receive, request_headers)
        needs_length = scope["method"] in BODY_METHODS or operation.body_required
        if needs_length and b"content-length" not in request_headers:
            raise Problem(411, "Content-Length required")
        if operation.body_media_types and (raw or operation.body_required):
            content_type = request_headers.get(b"content-type", b"").decode("latin-1")
            media_type = content_type.split(";", 1)[0].strip().lower()
            if media_type not in operation.body_media_types:
                accepted = ", ".join(operation.body_media_types)
                raise Problem(415, f"Content-Type {media_type or '(none)'} not accepted; use {accepted}")
            if not raw:
                raise RequestInvalid("request body is required", "body")
            if _is_json(media_type):
                body = parse_json_body(raw)
                self.spec.check(operation.body_media_types[media_type], body, "")
            else:
                body = raw
        return Call(operation, typed_path, typed_query, body, media_type, api_key)

    async def _body(self, receive: Receive, request_headers: Mapping[bytes, bytes]) -> bytes:
        """The request's body, within :attr:`body_timeout` seconds (then 408, and the connection is closed)."""
        if b"content-length" not in request_headers and b"transfer-encoding" not in request_headers:
            return b""  # no body announced: nothing to wait for (most GETs)
        try:
            async with asyncio.timeout(self.body_timeout):
                return await _read_body(receive)
        except TimeoutError:
            raise Problem(408, f"the request body did not arrive within {self.body_timeout:g} s") from None

    def _handle(self, call: Call) -> Reply:
        handler = self.handlers.get(call.operation.operation_id)
        if handler is None:
            return self.default_reply(call.operation)
        result = handler(call)
        return result if isinstance(result, Reply) else Reply(call.operation.success_status, result)

    def default_reply(self, operation: Operation) -> Reply:
        """Schema-valid data for operations outside the stateful core: the published example if any."""
        status = operation.success_status
        media = operation.response_media(status)
        if media is None:
            return Reply(status)
        example = self.spec.media_example(media[1])
        return Reply(status, example if example is not None else self.spec.sample(media[1]))

    def _answer(self, operation: Operation, reply: Reply, headers: RawHeaders) -> Answer:
        if reply.headers:
            replaced = {name.lower().encode("latin-1") for name in reply.headers}
            headers = [header for header in headers if header[0] not in replaced] + _raw(reply.headers)
        media = operation.response_media(reply.status)
        media_type = media[0] if media else "application/json"
        if reply.stream is not None:
            text_headers = {name.decode("latin-1"): value.decode("latin-1") for name, value in headers}
            return StreamingResponse(
                iter(reply.stream), status_code=reply.status, media_type=media_type, headers=text_headers
            )
        if reply.body is None or media is None:
            return _empty(reply.status, headers)
        if self.check_responses:
            self.spec.check(media[1], reply.body, f"response {operation.operation_id} {reply.status}")
        body = reply.body
        content = _encode_json(body) if _is_json(media_type) else body.encode() if isinstance(body, str) else body
        named = {name for name, _ in headers}
        if b"content-length" not in named and not (reply.status < 200 or reply.status in (204, 304)):
            headers = [*headers, (b"content-length", str(len(content)).encode())]
        if b"content-type" not in named:
            headers = [*headers, _content_type(media_type)]
        return reply.status, headers, content

    @staticmethod
    def _problem(problem: Problem, headers: RawHeaders) -> Answer:
        if problem.status == 400:
            content = json.dumps({"message": problem.message, "field": problem.field}).encode()
            length = (b"content-length", str(len(content)).encode())
            return 400, [*headers, length, (b"content-type", b"application/json")], content
        if problem.status == 408:  # the rest of the body may still come: the connection cannot be reused
            headers = [*headers, (b"connection", b"close")]
        return _empty(problem.status, headers)

    @staticmethod
    def _fault_answer(fault: Fault, headers: RawHeaders, *, processed: bool) -> Answer:
        if fault.kind == "drop":
            return _drop
        if fault.status == 503 and not processed:
            headers = [*headers, (b"retry-after", b"1")]
        return _empty(fault.status, headers)
