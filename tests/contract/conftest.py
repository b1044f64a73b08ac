from __future__ import annotations

from collections.abc import Iterator

import pytest
from np6_testkit.sandbox import Sandbox


@pytest.fixture(scope="session")
def contract_sandbox() -> Iterator[Sandbox]:
    """A sandbox that validates its own responses too, so a wrong answer fails on either side of the wire."""
    with Sandbox(check_responses=True) as server:
        yield server
