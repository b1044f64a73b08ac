"""Small loopback servers for the request-pipeline tests: a forwarding HTTP proxy, and a scripted server for
answers the sandbox never gives (redirects, dripping or endless bodies, odd headers). Both record what they saw."""

from __future__ import annotations

import http.client
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "proxy-authorization", "te", "trailer", "upgrade"}


class Seen:
    """What a server received: one dict per request (method, target, headers)."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.lock = threading.Lock()

    def add(self, handler: BaseHTTPRequestHandler) -> None:
        with self.lock:
            self.requests.append(
                {"method": handler.command, "target": handler.path, "headers": dict(handler.headers.items())}
            )


class _Server(ThreadingHTTPServer):
    daemon_threads = True


@contextmanager
def _serving(handler: type[BaseHTTPRequestHandler], host: str = "127.0.0.1") -> Iterator[str]:
    server = _Server((host, 0), handler)
    # A short poll: shutdown() waits for it (the default 0.5 s was most of a scripted test's time).
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def forward_proxy() -> Iterator[tuple[str, Seen]]:
    """An HTTP forward proxy (absolute-form requests, plain http targets): yields its URL and what it saw."""
    seen = Seen()

    class Proxy(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def log_message(self, *args: object) -> None:
            pass

        def _forward(self) -> None:
            seen.add(self)
            target = urlsplit(self.path)
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            headers = {name: value for name, value in self.headers.items() if name.lower() not in HOP_BY_HOP}
            upstream = http.client.HTTPConnection(target.hostname or "", target.port or 80, timeout=30)
            try:
                path = target.path + (f"?{target.query}" if target.query else "")
                upstream.request(self.command, path, body=body or None, headers=headers)
                answer = upstream.getresponse()
                payload = answer.read()
            finally:
                upstream.close()
            self.send_response(answer.status)
            for name, value in answer.getheaders():
                if name.lower() not in HOP_BY_HOP | {"transfer-encoding", "content-length"}:
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _forward  # noqa: N815 (http.server's names)

    with _serving(Proxy) as url:
        yield url, seen


Script = Callable[[BaseHTTPRequestHandler], None]


@contextmanager
def scripted_server(script: Script, host: str = "127.0.0.1") -> Iterator[tuple[str, Seen]]:
    """A server answering every request with ``script(handler)``: yields its URL and what it saw."""
    seen = Seen()

    class Scripted(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def _answer(self) -> None:
            seen.add(self)
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            try:
                script(self)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _answer  # noqa: N815 (http.server's names)

    with _serving(Scripted, host) as url:
        yield url, seen


def answer(
    handler: BaseHTTPRequestHandler, status: int, body: bytes = b"", headers: dict[str, str] | None = None
) -> None:
    handler.send_response(status)
    for name, value in {"Content-Type": "application/json", "x-request-id": "req-1", **(headers or {})}.items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
