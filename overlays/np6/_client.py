"""`np6.Client` and `np6.AsyncClient`: configuration, connection pooling, and the resource namespaces."""

from __future__ import annotations

import os
from collections.abc import Generator
from functools import cached_property
from typing import TYPE_CHECKING, Self

import httpx
import np6_client
from np6_client.api import AsyncNamespaces, Namespaces

from ._http._origin import checked_base_url
from ._http._retry import RateLimit, RetryPolicy
from ._http._transport import AsyncRetryingTransport, CallState, RetryingTransport
from .errors import MalformedResponseError

if TYPE_CHECKING:
    from types import TracebackType

    # Imported when first used, so `import np6` stays light (see bench/run.py, import time).
    from .resources.actions import Actions, AsyncActions
    from .resources.events import AsyncEvents, Events
    from .resources.imports import AsyncImports, Imports
    from .resources.segments import AsyncSegments, Segments
    from .resources.targets import AsyncTargets, Targets

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


def _settings(api_key: str | None, base_url: str | None) -> tuple[str, str]:
    if api_key is not None and not isinstance(api_key, str):
        raise TypeError(f"api_key must be a string, got {type(api_key).__name__}")
    if base_url is not None and not isinstance(base_url, str):
        raise TypeError(f"base_url must be a string, got {type(base_url).__name__}")
    key = api_key if api_key is not None else os.environ.get("NP6_API_KEY")
    if not key or not key.strip():
        raise ValueError("no NP6 API key: pass api_key=... or set NP6_API_KEY")
    url = checked_base_url(base_url or os.environ.get("NP6_BASE_URL") or DEFAULT_BASE_URL)
    return key.strip(), url


def _check_options(timeout: float | httpx.Timeout | None, max_retries: int) -> RetryPolicy:
    # bool is an int subclass: `timeout=True` or `max_retries=False` are mistakes, not numbers.
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float, httpx.Timeout))):
        raise TypeError(f"timeout must be seconds (a number), an httpx.Timeout or None, got {timeout!r}")
    if isinstance(timeout, (int, float)) and not timeout > 0:
        raise ValueError(f"timeout must be positive, got {timeout}")
    if isinstance(max_retries, bool) or not isinstance(max_retries, int):
        raise TypeError(f"max_retries must be an int, got {max_retries!r}")
    return RetryPolicy(max_retries=max_retries)


def _generated_client(base_url: str, key: str) -> np6_client.AuthenticatedClient:
    # A body the generated code cannot parse (or an undocumented status) becomes np6.MalformedResponseError,
    # with the status and x-request-id, instead of a raw JSONDecodeError / KeyError from deep in a model.
    return np6_client.AuthenticatedClient(
        base_url=base_url, token=key, raise_on_unexpected_status=True, response_error=MalformedResponseError.of
    )


class _Common:
    """What the sync and async clients share: settings, the generated client, rate-limit state."""

    base_url: str
    _raw: np6_client.AuthenticatedClient

    def _configure(
        self, api_key: str | None, base_url: str | None, timeout: float | httpx.Timeout | None, max_retries: int
    ) -> str:
        key, self.base_url = _settings(api_key, base_url)
        self._policy = _check_options(timeout, max_retries)
        self._state = CallState()
        return key

    def _wire(self, http_client: httpx.Client | httpx.AsyncClient, key: str) -> None:
        # np6 owns the transport of the client it is given (set by the caller): retries and typed errors live
        # there; the key travels through an auth flow so it is never stored in the client's headers.
        http_client.auth = _XKey(key)
        http_client.base_url = httpx.URL(self.base_url)

    @property
    def raw(self) -> np6_client.AuthenticatedClient:
        """The generated client, configured like this one, for calling `np6_client.api` functions directly."""
        return self._raw

    @property
    def rate_limit(self) -> RateLimit | None:
        """NP6's rate-limit headers on the last response that had them."""
        return self._state.rate_limit

    def __repr__(self) -> str:
        return f"np6.{type(self).__name__}(base_url={self.base_url!r})"


class Client(_Common, Namespaces):
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
        key = self._configure(api_key, base_url, timeout, max_retries)
        self._http = http_client or httpx.Client(timeout=timeout)
        self._http._transport = RetryingTransport(self._http._transport, self._policy, self._state)
        self._wire(self._http, key)
        self._raw = _generated_client(self.base_url, key).set_httpx_client(self._http)

    # Namespaces with workflow helpers on top of the generated operations.
    @cached_property
    def actions(self) -> Actions:
        from .resources.actions import Actions

        return Actions(self.raw)

    @cached_property
    def targets(self) -> Targets:
        from .resources.targets import Targets

        return Targets(self.raw)

    @cached_property
    def segments(self) -> Segments:
        from .resources.segments import Segments

        return Segments(self.raw)

    @cached_property
    def imports(self) -> Imports:
        from .resources.imports import Imports

        return Imports(self.raw)

    @cached_property
    def events(self) -> Events:
        """Iterate action events and contact hits over a time range (bounded memory, resumable)."""
        from .resources.events import Events

        return Events(self.raw)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncClient(_Common, AsyncNamespaces):
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
        key = self._configure(api_key, base_url, timeout, max_retries)
        self._http = http_client or httpx.AsyncClient(timeout=timeout)
        self._http._transport = AsyncRetryingTransport(self._http._transport, self._policy, self._state)
        self._wire(self._http, key)
        self._raw = _generated_client(self.base_url, key).set_async_httpx_client(self._http)

    @cached_property
    def actions(self) -> AsyncActions:
        from .resources.actions import AsyncActions

        return AsyncActions(self.raw)

    @cached_property
    def targets(self) -> AsyncTargets:
        from .resources.targets import AsyncTargets

        return AsyncTargets(self.raw)

    @cached_property
    def segments(self) -> AsyncSegments:
        from .resources.segments import AsyncSegments

        return AsyncSegments(self.raw)

    @cached_property
    def imports(self) -> AsyncImports:
        from .resources.imports import AsyncImports

        return AsyncImports(self.raw)

    @cached_property
    def events(self) -> AsyncEvents:
        from .resources.events import AsyncEvents

        return AsyncEvents(self.raw)

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()
