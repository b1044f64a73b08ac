"""The sandbox's ASGI application: every operation of the spec, validated like NP6 validates it."""

from __future__ import annotations

import asyncio
import json
import logging
import math
import random
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import quote

from attrs import field, frozen
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response, StreamingResponse
from starlette.types import ASGIApp, Receive, Scope, Send

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


class _DropResponse(Response):
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
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
        # One endpoint serves every path, so Starlette's router and middleware stack are skipped: they were most
        # of the sandbox's cost per GET. uvicorn still answers 500 (and logs) if a handler raises.
        if scope["type"] != "http":  # uvicorn runs with lifespan="off"; NP6 has no websockets
            return
        await (await self._endpoint(Request(scope, receive)))(scope, receive, send)

    async def _endpoint(self, request: Request) -> Response:
        request_id = _request_id()
        headers = {"x-request-id": request_id}
        matched = self.spec.match(request.method, _raw_path(request.scope))
        if matched is None:
            return Response(status_code=404, headers=headers)
        if matched == "method":
            return Response(status_code=405, headers=headers)
        assert not isinstance(matched, str)
        operation, path_params = matched
        api_key = request.headers.get("x-key", "")
        if api_key != self.api_key:
            return Response(status_code=401, headers=headers)
        rate = self.faults.rate(api_key)
        if rate is not None:
            headers |= {
                "X-RateLimit-Limit": str(rate.limit),
                "X-RateLimit-Remaining": str(rate.remaining),
                "X-RateLimit-Reset": str(rate.reset_epoch),
            }
            if not rate.allowed:
                return Response(status_code=429, headers=headers | {"Retry-After": str(rate.retry_after)})
        fault = self.faults.draw(operation.operation_id)
        delay = self.faults.faults.latency + (fault.delay if fault else 0.0)
        if delay:
            await asyncio.sleep(delay)
        if fault and fault.phase == "before" and fault.kind != "spike":
            return self._fault_response(fault, headers, processed=False)
        try:
            call = await self._validated_call(request, operation, path_params, api_key)
            reply = self._handle(call)
        except RequestInvalid as invalid:
            return self._problem(Problem(400, invalid.message, invalid.field), headers)
        except Problem as problem:
            return self._problem(problem, headers)
        except _Abandoned:
            log.debug("%s %s: the client went away before its body arrived", request.method, request.url.path)
            return Response(status_code=400, headers=headers)  # not sent: uvicorn drops it for a closed connection
        if fault and fault.phase == "after" and fault.kind != "spike":
            return self._fault_response(fault, headers, processed=True)
        return self._response(operation, reply, headers)

    async def _validated_call(
        self, request: Request, operation: Operation, path_params: Mapping[str, str], api_key: str
    ) -> Call:
        query = {key: request.query_params.getlist(key) for key in request.query_params}
        typed_path, typed_query = self.spec.coerce_parameters(operation, path_params, query)
        body: Json = None
        media_type: str | None = None
        raw = await self._body(request)
        needs_length = request.method in BODY_METHODS or operation.body_required
        if needs_length and "content-length" not in request.headers:
            raise Problem(411, "Content-Length required")
        if operation.body_media_types and (raw or operation.body_required):
            media_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
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

    async def _body(self, request: Request) -> bytes:
        """The request's body, within :attr:`body_timeout` seconds (then 408, and the connection is closed)."""
        if "content-length" not in request.headers and "transfer-encoding" not in request.headers:
            return b""  # no body announced: nothing to wait for (most GETs)
        try:
            return await asyncio.wait_for(request.body(), self.body_timeout)
        except TimeoutError:
            raise Problem(408, f"the request body did not arrive within {self.body_timeout:g} s") from None
        except ClientDisconnect:
            raise _Abandoned from None

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

    def _response(self, operation: Operation, reply: Reply, headers: dict[str, str]) -> Response:
        headers = headers | dict(reply.headers)
        media = operation.response_media(reply.status)
        media_type = media[0] if media else "application/json"
        if reply.stream is not None:
            return StreamingResponse(
                iter(reply.stream), status_code=reply.status, media_type=media_type, headers=headers
            )
        if reply.body is None or media is None:
            return Response(status_code=reply.status, headers=headers)
        if self.check_responses:
            self.spec.check(media[1], reply.body, f"response {operation.operation_id} {reply.status}")
        content = (
            json.dumps(reply.body, separators=(",", ":"), allow_nan=False).encode()  # never invalid JSON
            if _is_json(media_type)
            else reply.body
        )
        return Response(content, status_code=reply.status, media_type=media_type, headers=headers)

    @staticmethod
    def _problem(problem: Problem, headers: dict[str, str]) -> Response:
        if problem.status == 400:
            body: dict[str, Any] = {"message": problem.message, "field": problem.field}
            return Response(json.dumps(body), status_code=400, media_type="application/json", headers=headers)
        if problem.status == 408:  # the rest of the body may still come: the connection cannot be reused
            headers = headers | {"connection": "close"}
        return Response(status_code=problem.status, headers=headers)

    @staticmethod
    def _fault_response(fault: Fault, headers: dict[str, str], *, processed: bool) -> Response:
        if fault.kind == "drop":
            return _DropResponse()
        if fault.status == 503 and not processed:
            headers = headers | {"Retry-After": "1"}
        return Response(status_code=fault.status, headers=headers)
