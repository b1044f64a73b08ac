"""The SDK's tests run their helper tests with both clients.

A module that sets ``BOTH_CLIENTS = True`` gets its ``client`` fixture twice: an ``np6.Client``, and an
``np6.AsyncClient`` driven through :class:`Blocking` (each coroutine runs to completion on an event loop in
another thread, an async iterator is read item by item), so one test body checks the sync helpers and the async
ones alike. A test that only makes sense for one of them is marked ``@pytest.mark.sync_only``; an async test
(which drives the AsyncClient itself) runs once.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Iterator
from typing import Any, TypeVar

import np6
import pytest
from anyio.from_thread import BlockingPortal, start_blocking_portal
from np6_testkit.sandbox import Sandbox

T = TypeVar("T")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sync_only: run with np6.Client only, in a BOTH_CLIENTS module")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "client" in metafunc.fixturenames and getattr(metafunc.module, "BOTH_CLIENTS", False):
        # An async test already drives the AsyncClient itself (its `client` sets up data): one run suffices.
        single = metafunc.definition.get_closest_marker("sync_only") or inspect.iscoroutinefunction(metafunc.function)
        metafunc.parametrize("client", ["sync"] if single else ["sync", "async"], indirect=True)


async def _await(awaitable: Awaitable[T]) -> T:
    return await awaitable


def _is_namespace(cls: type) -> bool:
    """A part of the async client whose methods need driving (its data, attrs classes, is read as it is)."""
    return cls.__module__.split(".")[0] in {"np6", "np6_client"} and not hasattr(cls, "__attrs_attrs__")


class Blocking:
    """An ``np6.AsyncClient``, or a part of it, used the way the sync client is used."""

    def __init__(self, target: Any, portal: BlockingPortal) -> None:
        self._target = target
        self._portal = portal

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if inspect.ismethod(value) or inspect.isfunction(value):
            return lambda *args, **kwargs: self._blocking(value(*args, **kwargs))
        if _is_namespace(type(value)):
            return Blocking(value, self._portal)  # a namespace
        return value

    def _blocking(self, result: Any) -> Any:
        if inspect.isawaitable(result):
            return self._portal.call(_await, result)
        if hasattr(result, "__anext__"):
            return BlockingIterator(result, self._portal)
        return result


class BlockingIterator(Blocking):
    """An async iterator read like an iterator; its other attributes (``cursor``) stay readable."""

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        iterator: AsyncIterator[Any] = self._target
        try:
            return self._portal.call(_await, iterator.__anext__())
        except StopAsyncIteration:
            raise StopIteration from None


@pytest.fixture
def client(request: pytest.FixtureRequest, sandbox: Sandbox) -> Iterator[Any]:
    """An np6.Client talking to the sandbox over loopback; in a BOTH_CLIENTS module, also an np6.AsyncClient."""
    if getattr(request, "param", "sync") == "sync":
        with np6.Client(sandbox.api_key, base_url=sandbox.url, retry_delay=0.01) as sync_client:
            yield sync_client
        return
    with start_blocking_portal() as portal:
        async_client = np6.AsyncClient(sandbox.api_key, base_url=sandbox.url, retry_delay=0.01)
        try:
            yield Blocking(async_client, portal)
        finally:
            portal.call(async_client.close)
