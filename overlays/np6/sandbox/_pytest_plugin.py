"""pytest plugin (entry point ``np6``): the ``np6_sandbox`` fixture for users' own test suites.

One sandbox server per test session; every test that asks for ``np6_sandbox`` gets it emptied.
The sandbox's dependencies are imported only when the fixture is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from np6.sandbox import Sandbox


@pytest.fixture(scope="session")
def np6_sandbox_server() -> Iterator[Sandbox]:
    """The session's sandbox server, as it is (state kept between tests)."""
    from np6.sandbox import Sandbox

    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def np6_sandbox(np6_sandbox_server: Sandbox) -> Sandbox:
    """A running, empty sandbox: ``np6_sandbox.url`` and ``np6_sandbox.api_key`` configure a client."""
    np6_sandbox_server.reset()
    return np6_sandbox_server
