"""The sandbox's ASGI application: every operation of the spec, validated like NP6 validates it."""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import quote

from attrs import field, frozen
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from ._faults import Fault, FaultInjector, Faults
from ._spec import ApiSpec, Json, Operation, RequestInvalid

BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
NON_JSON_MEDIA = frozenset({"application/octet-stream", "application/x-www-form-urlencoded"})


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


def _is_json(media_type: str) -> bool:
    """NP6's vendor media types (email, sms, mail.archive, import, workflow-v4, ...) all carry JSON."""
    return media_type.startswith("application/") and media_type not in NON_JSON_MEDIA


class SandboxApp:
    def __init__(
        self,
        spec: ApiSpec,
        api_key: str,
        handlers: Mapping[str, Handler],
        faults: Faults,
        check_responses: bool = False,
    ) -> None:
        self.spec = spec
        self.api_key = api_key
        self.handlers = handlers
        self.faults = FaultInjector(faults)
        self.check_responses = check_responses
        self.asgi = Starlette(
            routes=[Route("/{path:path}", self._endpoint, methods=["GET", "POST", "PUT", "PATCH", "DELETE"])]
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.asgi(scope, receive, send)

    async def _endpoint(self, request: Request) -> Response:
        request_id = str(uuid.uuid4())
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
        raw = await request.body()
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
                try:
                    body = json.loads(raw)
                except ValueError as error:
                    raise RequestInvalid(f"body is not valid JSON: {error}", "body") from None
                self.spec.check(operation.body_media_types[media_type], body, "")
            else:
                body = raw
        return Call(operation, typed_path, typed_query, body, media_type, api_key)

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
        content = json.dumps(reply.body, separators=(",", ":")).encode() if _is_json(media_type) else reply.body
        return Response(content, status_code=reply.status, media_type=media_type, headers=headers)

    @staticmethod
    def _problem(problem: Problem, headers: dict[str, str]) -> Response:
        if problem.status == 400:
            body: dict[str, Any] = {"message": problem.message, "field": problem.field}
            return Response(json.dumps(body), status_code=400, media_type="application/json", headers=headers)
        return Response(status_code=problem.status, headers=headers)

    @staticmethod
    def _fault_response(fault: Fault, headers: dict[str, str], *, processed: bool) -> Response:
        if fault.kind == "drop":
            return _DropResponse()
        if fault.status == 503 and not processed:
            headers = headers | {"Retry-After": "1"}
        return Response(status_code=fault.status, headers=headers)
