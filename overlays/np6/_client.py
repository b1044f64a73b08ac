"""`np6.Client` and `np6.AsyncClient`: configuration, connection pooling, and the resource namespaces."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Generator
from functools import cached_property
from typing import TYPE_CHECKING, Self
from urllib.parse import urlsplit

import httpx
import np6_client
from np6_client.api import AsyncNamespaces, Namespaces

from ._actions import Actions, AsyncActions
from ._events import AsyncEvents, Events
from ._imports import AsyncImports, Imports
from ._retry import RateLimit, RetryPolicy
from ._segments import AsyncSegments, Segments
from ._targets import AsyncTargets, Targets
from ._transport import AsyncRetryingTransport, CallState, RetryingTransport

if TYPE_CHECKING:
    from types import TracebackType

DEFAULT_BASE_URL = "https://api-cm.np6.com"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2


class _XKey(httpx.Auth):
    """Adds NP6's `X-Key` header to each request, so the key is never stored in the client's headers."""

    def __init__(self, api_key: str) -> None:
        self._api_key = api_key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["X-Key"] = self._api_key
        yield request

    def __repr__(self) -> str:
        return "_XKey(api_key='***')"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _settings(api_key: str | None, base_url: str | None) -> tuple[str, str]:
    key = api_key if api_key is not None else os.environ.get("NP6_API_KEY")
    if not key or not key.strip():
        raise ValueError("no NP6 API key: pass api_key=... or set NP6_API_KEY")
    url = (base_url or os.environ.get("NP6_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"base_url must be an http(s) URL, got {url!r}")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ValueError(f"refusing plain http to {parts.hostname}: the API key would travel unencrypted; use https")
    return key.strip(), url


def _check_options(timeout: float | httpx.Timeout | None, max_retries: int) -> RetryPolicy:
    if isinstance(timeout, (int, float)) and timeout <= 0:
        raise ValueError(f"timeout must be positive, got {timeout}")
    return RetryPolicy(max_retries=max_retries)


class Client(Namespaces):
    """A synchronous NP6 client: ``client.<tag>.<operation>(...)`` for every operation of the API.

    >>> with np6.Client() as client:                     # doctest: +SKIP
    ...     action = client.actions.get_action("000PE4")

    ``api_key`` falls back to ``NP6_API_KEY``, ``base_url`` to ``NP6_BASE_URL`` then NP6's production server.
    Errors raise :mod:`np6.errors`; idempotent calls are retried with backoff (see ``max_retries``).
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
    ) -> None:
        key, self.base_url = _settings(api_key, base_url)
        policy = _check_options(timeout, max_retries)
        self._state = CallState()
        if http_client is None:
            http_client = httpx.Client(timeout=timeout)
        # np6 owns the transport of the client it is given: retries and typed errors live there.
        http_client._transport = RetryingTransport(http_client._transport, policy, self._state)
        http_client.auth = _XKey(key)
        http_client.base_url = httpx.URL(self.base_url)
        self._http = http_client
        self._raw = np6_client.AuthenticatedClient(base_url=self.base_url, token=key).set_httpx_client(http_client)

    @property
    def raw(self) -> np6_client.AuthenticatedClient:
        """The generated client, configured like this one, for calling `np6_client.api` functions directly."""
        return self._raw

    @property
    def rate_limit(self) -> RateLimit | None:
        """NP6's rate-limit headers on the last response that had them."""
        return self._state.rate_limit

    # Namespaces with workflow helpers on top of the generated operations.
    @cached_property
    def actions(self) -> Actions:
        return Actions(self.raw)

    @cached_property
    def targets(self) -> Targets:
        return Targets(self.raw)

    @cached_property
    def segments(self) -> Segments:
        return Segments(self.raw)

    @cached_property
    def imports(self) -> Imports:
        return Imports(self.raw)

    @cached_property
    def events(self) -> Events:
        """Iterate action events and contact hits over a time range (bounded memory, resumable)."""
        return Events(self.raw)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"np6.Client(base_url={self.base_url!r})"


class AsyncClient(AsyncNamespaces):
    """The asynchronous twin of :class:`Client`: the same namespaces, as coroutines."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        key, self.base_url = _settings(api_key, base_url)
        policy = _check_options(timeout, max_retries)
        self._state = CallState()
        if http_client is None:
            http_client = httpx.AsyncClient(timeout=timeout)
        http_client._transport = AsyncRetryingTransport(http_client._transport, policy, self._state)
        http_client.auth = _XKey(key)
        http_client.base_url = httpx.URL(self.base_url)
        self._http = http_client
        raw = np6_client.AuthenticatedClient(base_url=self.base_url, token=key)
        self._raw = raw.set_async_httpx_client(http_client)

    @property
    def raw(self) -> np6_client.AuthenticatedClient:
        return self._raw

    @property
    def rate_limit(self) -> RateLimit | None:
        return self._state.rate_limit

    @cached_property
    def actions(self) -> AsyncActions:
        return AsyncActions(self.raw)

    @cached_property
    def targets(self) -> AsyncTargets:
        return AsyncTargets(self.raw)

    @cached_property
    def segments(self) -> AsyncSegments:
        return AsyncSegments(self.raw)

    @cached_property
    def imports(self) -> AsyncImports:
        return AsyncImports(self.raw)

    @cached_property
    def events(self) -> AsyncEvents:
        return AsyncEvents(self.raw)

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"np6.AsyncClient(base_url={self.base_url!r})"
