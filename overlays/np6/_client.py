"""`np6.Client` and `np6.AsyncClient`: configuration, per-call options, raw responses and the resource namespaces.

The request loop itself (retries, errors, limits, logging) is :mod:`np6._http._pipeline`; a client holds its
configuration, an ``httpx`` client for the connection pool (the caller's, never modified, or its own) and the
rate-limit state, which belongs to the key and is shared by every ``with_options`` copy.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Final, Self

import httpx
import np6_client
from attrs import evolve
from np6_client.api import AsyncNamespaces, AsyncRawNamespaces, Namespaces, RawNamespaces

from ._http._pacing import Pacer
from ._http._pipeline import (
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_TIMEOUT,
    AsyncRequester,
    CallState,
    Options,
    Origin,
    Requester,
    XKey,
    user_agent,
)
from ._http._retry import RateLimit, RetryPolicy
from .errors import ConfigurationError, ConfigurationTypeError, MalformedResponseError
from .origin import checked_api_key, checked_base_url

if TYPE_CHECKING:
    from types import TracebackType

    # Imported when first used, so `import np6` stays light (see bench/run.py, import time).
    from .resources.actions import Actions, AsyncActions
    from .resources.events import AsyncEvents, Events
    from .resources.imports import AsyncImports, Imports
    from .resources.segments import AsyncSegments, Segments
    from .resources.targets import AsyncTargets, Targets

DEFAULT_BASE_URL = "https://api-cm.np6.com"
DEFAULT_MAX_RETRIES = 2
DEFAULT_RETRY_DELAY = RetryPolicy().initial_delay
DEFAULT_MAX_RETRY_DELAY = RetryPolicy().max_delay
_HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)


class NotGiven:
    """The default of an option left out (``None`` is a value: no timeout, no deadline)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

Timeout = float | httpx.Timeout | None


def _settings(api_key: object, base_url: object) -> tuple[str, str]:
    if api_key is not None and not isinstance(api_key, str):
        raise ConfigurationTypeError(f"api_key must be a string, got {type(api_key).__name__}")
    if base_url is not None and not isinstance(base_url, str):
        raise ConfigurationTypeError(f"base_url must be a string, got {type(base_url).__name__}")
    key = checked_api_key(api_key if api_key is not None else os.environ.get("NP6_API_KEY", ""))
    url = checked_base_url(base_url or os.environ.get("NP6_BASE_URL") or DEFAULT_BASE_URL)
    return key, url


def _seconds(name: str, value: object, *, allow_none: bool) -> float | None:
    # bool is an int subclass: `deadline=True` is a mistake, not a number.
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationTypeError(
            f"{name} must be seconds (a number){' or None' if allow_none else ''}, got {value!r}"
        )
    if not (value > 0 and math.isfinite(value)):
        raise ConfigurationError(f"{name} must be a positive number of seconds, got {value}")
    return float(value)


def _timeout(value: object) -> httpx.Timeout | None:
    if isinstance(value, httpx.Timeout) or value is None:
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationTypeError(f"timeout must be seconds (a number), an httpx.Timeout or None, got {value!r}")
    return httpx.Timeout(_seconds("timeout", value, allow_none=False))


def _max_retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigurationTypeError(f"max_retries must be an int, got {value!r}")
    if value < 0:
        raise ConfigurationError(f"max_retries must be >= 0, got {value}")
    return value


def _pacer(pacing: object, requests_per_second: object) -> Pacer:
    if not isinstance(pacing, bool):
        raise ConfigurationTypeError(f"pacing must be True or False, got {pacing!r}")
    if requests_per_second is not None:
        if isinstance(requests_per_second, bool) or not isinstance(requests_per_second, (int, float)):
            raise ConfigurationTypeError(f"requests_per_second must be a number or None, got {requests_per_second!r}")
        if not (requests_per_second > 0 and math.isfinite(requests_per_second)):
            raise ConfigurationError(f"requests_per_second must be a positive number, got {requests_per_second}")
    return Pacer(follow_headers=pacing, requests_per_second=requests_per_second)


def _size(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigurationTypeError(f"max_response_size must be a number of bytes (an int), got {value!r}")
    if value < 1024:
        raise ConfigurationError(f"max_response_size must be at least 1024 bytes, got {value}")
    return value


def _headers(value: object) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, Mapping) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise ConfigurationTypeError("headers must be a mapping of header names to string values")
    for name, text in value.items():
        if name.lower() == "x-key":
            raise ConfigurationError("headers cannot set X-Key: pass the key as api_key")
        if not all(" " <= character < "\x7f" for character in name + text) or not name.strip():
            raise ConfigurationError(f"header {name[:40]!r}: names and values must be printable ASCII")
    return tuple(value.items())


def _app_info(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ConfigurationTypeError(f"app_info must be a string such as 'my-app/1.2', got {type(value).__name__}")
    if not value.strip() or len(value) > 200 or not all(" " <= character < "\x7f" for character in value):
        raise ConfigurationError("app_info must be printable ASCII, such as 'my-app/1.2' (at most 200 characters)")
    return value.strip()


def _options(
    base: Options,
    *,
    timeout: object = NOT_GIVEN,
    max_retries: object = NOT_GIVEN,
    deadline: object = NOT_GIVEN,
    max_response_size: object = NOT_GIVEN,
    retry_post_on_503: object = NOT_GIVEN,
    retry_delay: object = NOT_GIVEN,
    headers: object = NOT_GIVEN,
) -> Options:
    """``base`` with the options given, each checked (ConfigurationError / ConfigurationTypeError)."""
    changes: dict[str, Any] = {}
    retry: dict[str, Any] = {}
    if not isinstance(timeout, NotGiven):
        changes["timeout"] = _timeout(timeout)
    if not isinstance(deadline, NotGiven):
        changes["deadline"] = _seconds("deadline", deadline, allow_none=True)
    if not isinstance(max_response_size, NotGiven):
        changes["max_response_size"] = _size(max_response_size)
    if not isinstance(headers, NotGiven):
        changes["headers"] = (*base.headers, *_headers(headers))
    if not isinstance(max_retries, NotGiven):
        retry["max_retries"] = _max_retries(max_retries)
    if not isinstance(retry_post_on_503, NotGiven):
        if not isinstance(retry_post_on_503, bool):
            raise ConfigurationTypeError(f"retry_post_on_503 must be True or False, got {retry_post_on_503!r}")
        retry["retry_post_on_503"] = retry_post_on_503
    if not isinstance(retry_delay, NotGiven):
        delay = _seconds("retry_delay", retry_delay, allow_none=False)
        retry["initial_delay"] = delay
        retry["max_delay"] = max(DEFAULT_MAX_RETRY_DELAY, delay or DEFAULT_RETRY_DELAY)
    if retry:
        changes["retry"] = evolve(base.retry, **retry)
    return evolve(base, **changes)


def _generated_client(base_url: str, key: str) -> np6_client.AuthenticatedClient:
    # A body the generated code cannot parse (or an undocumented status) becomes np6.MalformedResponseError,
    # with the status and x-request-id, instead of a raw JSONDecodeError / KeyError from deep in a model.
    return np6_client.AuthenticatedClient(
        base_url=base_url, token=key, raise_on_unexpected_status=True, response_error=MalformedResponseError.of
    )


class _Common:
    """What the sync and async clients share: settings, the generated client, rate-limit state."""

    _origin: Origin
    _options: Options
    _state: CallState
    _key: str
    _owns_http: bool

    def _configure(
        self,
        api_key: str | None,
        base_url: str | None,
        http_client: object,
        timeout: Timeout | NotGiven,
        app_info: str | None,
        *,
        pacing: bool,
        requests_per_second: float | None,
        **options: Any,
    ) -> None:
        self._key, url = _settings(api_key, base_url)
        if isinstance(timeout, NotGiven):
            # Like openai-python: a caller's client with a timeout of its own (not httpx's default) keeps it.
            own = getattr(http_client, "timeout", _HTTPX_DEFAULT_TIMEOUT)
            timeout = own if http_client is not None and own != _HTTPX_DEFAULT_TIMEOUT else DEFAULT_TIMEOUT
        self._options = _options(Options(), timeout=timeout, **options)
        self._origin = Origin(url, XKey(self._key), user_agent(_app_info(app_info)))
        self._state = CallState(_pacer(pacing, requests_per_second))
        self._owns_http = http_client is None

    def _copy(self, options: Options) -> Self:
        copy = object.__new__(type(self))
        copy._key, copy._origin, copy._state, copy._options = self._key, self._origin, self._state, options
        copy._http = self._http  # type: ignore[attr-defined]
        copy._owns_http = False  # the pool stays open until the client that created it is closed
        copy._connect()  # type: ignore[attr-defined]
        return copy

    @property
    def base_url(self) -> str:
        return self._origin.base_url

    @property
    def raw(self) -> np6_client.AuthenticatedClient:
        """The generated client, sending through this client's request loop (key, retries, errors, options),
        for calling ``np6_client.api`` functions directly."""
        return self._raw  # type: ignore[attr-defined,no-any-return]

    @property
    def rate_limit(self) -> RateLimit | None:
        """NP6's rate-limit headers on the last response that had them (shared with ``with_options`` copies)."""
        return self._state.rate_limit

    @property
    def timeout(self) -> httpx.Timeout | None:
        return self._options.timeout

    @property
    def max_retries(self) -> int:
        return self._options.retry.max_retries

    def __repr__(self) -> str:
        return f"np6.{type(self).__name__}(base_url={self.base_url!r})"


class Client(_Common, Namespaces):
    """A synchronous NP6 client: ``client.<tag>.<operation>(...)`` for every operation of the API.

    >>> with np6.Client() as client:                     # doctest: +SKIP
    ...     action = client.actions.get_action("000PE4")

    ``api_key`` falls back to ``NP6_API_KEY``, ``base_url`` to ``NP6_BASE_URL`` then NP6's production server.
    Errors raise :mod:`np6.errors`; idempotent calls are retried with backoff (see ``max_retries``).

    - ``timeout``: seconds (or an ``httpx.Timeout``) for each wait on the network (default 30 s, 10 s to
      connect; or ``http_client``'s own timeout when it set one). Once it has passed, a response body must keep
      coming at 1 KiB/s on average: a server dripping bytes cannot hold a call.
    - ``max_retries``: retries per call (default 2; 0 turns retries off). POSTs are retried only when the answer
      proves NP6 did not process them (429, or a connection never opened); ``retry_post_on_503=True`` also
      retries them on a 503 with ``Retry-After`` (which a proxy may send after NP6 processed the request: a send
      could go out twice). ``retry_delay``: seconds before the first retry when NP6 named no wait (default 0.5,
      doubling for each further retry up to 8 s, randomised so that workers do not return together; a wait NP6
      names, ``Retry-After``, is honoured as given). A short one keeps tests against a faulty sandbox fast.
    - ``deadline``: seconds for a whole call, retries and waits included (default None: bounded only by the
      timeouts and retries).
    - ``max_response_size``: bytes np6 reads of an answer before raising ``ResponseTooLargeError`` (64 MiB).
    - ``headers``: extra headers on every request; ``app_info``: your application's ``name/version``, appended
      to the User-Agent (``np6-sdk/<version> python/<version> httpx/<version>``).
    - ``pacing``: follow NP6's ``X-RateLimit-*`` headers (default True): once a window's ``Remaining`` is
      spent, requests wait for its ``Reset`` instead of being refused with 429, so bulk work runs at the limit.
      ``requests_per_second``: also space requests evenly at this rate (for answers without those headers,
      or to keep to a share of the limit). Both hold every thread, task and ``with_options`` copy of the client.
    - ``http_client``: your ``httpx.Client`` (proxies, mounts, TLS, pool limits): np6 sends through it and never
      changes it, and does not close it.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        retry_post_on_503: bool = False,
        retry_delay: float = DEFAULT_RETRY_DELAY,
        headers: Mapping[str, str] | None = None,
        app_info: str | None = None,
        pacing: bool = True,
        requests_per_second: float | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ConfigurationTypeError(f"http_client must be an httpx.Client, got {type(http_client).__name__}")
        self._configure(
            api_key,
            base_url,
            http_client,
            timeout,
            app_info,
            pacing=pacing,
            requests_per_second=requests_per_second,
            max_retries=max_retries,
            deadline=deadline,
            max_response_size=max_response_size,
            retry_post_on_503=retry_post_on_503,
            retry_delay=retry_delay,
            headers=headers or {},
        )
        self._http = http_client or httpx.Client()
        self._connect()

    def _connect(self) -> None:
        self._requester = Requester(self._http, self._origin, self._options, self._state)
        self._raw = _generated_client(self.base_url, self._key).set_httpx_client(self._http)
        self._raw.set_requester(self._requester)

    def with_options(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
        max_response_size: int | NotGiven = NOT_GIVEN,
        retry_post_on_503: bool | NotGiven = NOT_GIVEN,
        retry_delay: float | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A client like this one with some options changed, for one call or a few:
        ``client.with_options(timeout=120, max_retries=0).imports.run(...)``.

        It shares this client's connection pool and rate-limit state (closing it closes neither); ``headers``
        are added to this client's.
        """
        return self._copy(
            _options(
                self._options,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                retry_post_on_503=retry_post_on_503,
                retry_delay=retry_delay,
                headers=headers,
            )
        )

    @cached_property
    def with_raw_response(self) -> RawResponses:
        """The operations returning the answer as received: ``client.with_raw_response.targets.get_target(id)``
        is an :class:`np6.APIResponse` (``status_code``, ``headers``, ``request_id``, ``elapsed``,
        ``http_response``; ``.parse()`` gives what ``client.targets.get_target(id)`` returns)."""
        return RawResponses(self._raw)

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
        """Close the connection pool np6 created (a caller's ``http_client`` is the caller's to close)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncClient(_Common, AsyncNamespaces):
    """The asynchronous twin of :class:`Client`: the same namespaces and options, as coroutines."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        retry_post_on_503: bool = False,
        retry_delay: float = DEFAULT_RETRY_DELAY,
        headers: Mapping[str, str] | None = None,
        app_info: str | None = None,
        pacing: bool = True,
        requests_per_second: float | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationTypeError(f"http_client must be an httpx.AsyncClient, got {type(http_client).__name__}")
        self._configure(
            api_key,
            base_url,
            http_client,
            timeout,
            app_info,
            pacing=pacing,
            requests_per_second=requests_per_second,
            max_retries=max_retries,
            deadline=deadline,
            max_response_size=max_response_size,
            retry_post_on_503=retry_post_on_503,
            retry_delay=retry_delay,
            headers=headers or {},
        )
        self._http = http_client or httpx.AsyncClient()
        self._connect()

    def _connect(self) -> None:
        self._requester = AsyncRequester(self._http, self._origin, self._options, self._state)
        self._raw = _generated_client(self.base_url, self._key).set_async_httpx_client(self._http)
        self._raw.set_async_requester(self._requester)

    def with_options(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
        max_response_size: int | NotGiven = NOT_GIVEN,
        retry_post_on_503: bool | NotGiven = NOT_GIVEN,
        retry_delay: float | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> Self:
        """See :meth:`Client.with_options`."""
        return self._copy(
            _options(
                self._options,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                retry_post_on_503=retry_post_on_503,
                retry_delay=retry_delay,
                headers=headers,
            )
        )

    @cached_property
    def with_raw_response(self) -> AsyncRawResponses:
        """See :attr:`Client.with_raw_response` (the operations are coroutines)."""
        return AsyncRawResponses(self._raw)

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
        """Close the connection pool np6 created (a caller's ``http_client`` is the caller's to close)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()


class RawResponses(RawNamespaces):
    """``client.with_raw_response``: one namespace per tag whose operations return :class:`np6.APIResponse`."""

    def __init__(self, raw: np6_client.AuthenticatedClient) -> None:
        self._raw = raw

    @property
    def raw(self) -> np6_client.AuthenticatedClient:
        return self._raw


class AsyncRawResponses(AsyncRawNamespaces):
    """``AsyncClient.with_raw_response``: the operations as coroutines returning :class:`np6.APIResponse`."""

    def __init__(self, raw: np6_client.AuthenticatedClient) -> None:
        self._raw = raw

    @property
    def raw(self) -> np6_client.AuthenticatedClient:
        return self._raw


__all__ = ["NOT_GIVEN", "AsyncClient", "AsyncRawResponses", "Client", "NotGiven", "RawResponses"]
