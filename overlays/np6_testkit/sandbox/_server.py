"""Run the sandbox: a real uvicorn server on a loopback port, in a background thread or in the foreground."""

from __future__ import annotations

import secrets
import socket
import threading
import time
import warnings
from collections.abc import Mapping
from types import TracebackType
from typing import Self

import uvicorn
from np6.origin import is_loopback

from ._app import DEFAULT_BODY_TIMEOUT, Handler, SandboxApp
from ._faults import FaultInjector, Faults
from ._spec import ApiSpec, load_document
from .state import Core

DEFAULT_HOST = "127.0.0.1"


class Sandbox:
    """A stateful NP6 CM server for offline development and tests.

    >>> with Sandbox() as sandbox:          # doctest: +SKIP
    ...     client = np6.Client(api_key=sandbox.api_key, base_url=sandbox.url)

    ``overrides`` replaces the sandbox's implementation of operations, by operationId, to make it deviate
    from the spec in tests (a wrong type, an undocumented status): each handler receives the validated
    :class:`np6.sandbox.Call` and returns a :class:`np6.sandbox.Reply` or the JSON body of the success status.
    ``body_timeout`` bounds the seconds a request body may take to arrive (then 408, connection closed).
    """

    def __init__(
        self,
        *,
        host: str = DEFAULT_HOST,
        port: int = 0,
        api_key: str | None = None,
        seed: int = 0,
        faults: Faults | None = None,
        check_responses: bool = False,
        overrides: Mapping[str, Handler] | None = None,
        body_timeout: float = DEFAULT_BODY_TIMEOUT,
    ) -> None:
        if not is_loopback(host):
            warnings.warn(
                f"np6 sandbox bound to {host}: it is reachable beyond this machine and accepts one fixed API key",
                stacklevel=2,
            )
        self.host = host
        self.api_key = api_key or f"sandbox-{secrets.token_hex(12)}"
        self.seed = seed
        self.core = Core(ApiSpec(load_document()), seed=seed)
        overrides = dict(overrides or {})
        if unknown := sorted(set(overrides) - set(self.core.spec.operations)):
            raise ValueError(f"overrides for operations the spec does not have: {unknown}")
        self.app = SandboxApp(
            self.core.spec,
            self.api_key,
            {**self.core.handlers, **overrides},
            faults or Faults(seed=seed),
            check_responses,
            body_timeout=body_timeout,
        )
        self._socket = self._bind(host, port)
        self.port: int = self._socket.getsockname()[1]
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        return f"Sandbox(url={self.url!r})"

    @staticmethod
    def _bind(host: str, port: int) -> socket.socket:
        family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
        # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on accepted sockets of that protocol, and
        # without it every response whose headers and body are written separately waits ~40 ms (Nagle).
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host.strip("[]"), port))
        return sock

    @property
    def url(self) -> str:
        host = f"[{self.host.strip('[]')}]" if ":" in self.host.strip("[]") else self.host
        return f"http://{host}:{self.port}"

    @property
    def faults(self) -> FaultInjector:
        return self.app.faults

    def set_faults(self, faults: Faults) -> None:
        """Replace the fault configuration (and its seeded stream) of a running sandbox."""
        self.app.faults = FaultInjector(faults)

    def reset(self) -> None:
        """Forget every stored object and event; faults restart their seeded stream."""
        self.core.reset()
        self.app.faults = FaultInjector(self.app.faults.faults)

    def _config(self) -> uvicorn.Config:
        # httptools and uvloop (dependencies of the sandbox extra where they install) are "auto"'s first choices:
        # with h11 and asyncio's loop, parsing HTTP and the loop were most of a GET's cost. uvicorn >= 0.36 gives
        # the server's thread its own loop, so the user's process keeps its asyncio policy.
        return uvicorn.Config(
            self.app,
            log_level="warning",
            lifespan="off",
            access_log=False,
            timeout_keep_alive=30,
            http="auto",
            loop="auto",
            proxy_headers=False,  # no proxy in front: one ASGI layer less on every request
        )

    def start(self) -> Self:
        """Serve in a background thread; returns once the server accepts connections."""
        if self._thread is not None:
            return self
        self._server = uvicorn.Server(self._config())
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name="np6-sandbox", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("np6 sandbox failed to start")
            time.sleep(0.005)
        return self

    def serve_forever(self) -> None:
        """Serve in the foreground until interrupted (the `np6 sandbox` command)."""
        uvicorn.Server(self._config()).run(sockets=[self._socket])

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)
        self._server = None
        self._thread = None
        self._socket.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()
