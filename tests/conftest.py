from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import np6
import pytest
import spec_lint  # tools/ is on the path through pyproject's [tool.pytest.ini_options] pythonpath
from np6_testkit.sandbox import Faults, Sandbox


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return spec_lint.load_spec()


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator[Sandbox]:
    """Our suite's sandbox: every response it sends is checked against the spec."""
    with Sandbox(check_responses=True) as server:
        yield server


@pytest.fixture
def sandbox(sandbox_server: Sandbox) -> Iterator[Sandbox]:
    """The running sandbox, emptied, with no faults; faults set by the test are removed afterwards."""
    sandbox_server.set_faults(Faults())
    sandbox_server.reset()
    yield sandbox_server
    sandbox_server.set_faults(Faults())


@pytest.fixture
def http(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """A raw httpx client authenticated against the sandbox, for wire-level tests."""
    with httpx.Client(base_url=sandbox.url, headers={"X-Key": sandbox.api_key}, timeout=10) as client:
        yield client


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[np6.Client]:
    """An np6.Client talking to the sandbox over loopback."""
    with np6.Client(sandbox.api_key, base_url=sandbox.url, retry_delay=0.01) as np6_client:
        yield np6_client


@pytest.fixture
def anyio_backend() -> str:
    """Async tests (``@pytest.mark.anyio``) run on asyncio."""
    return "asyncio"
