"""pytest plugin (entry point ``np6``): the ``np6_sandbox`` and ``np6_contract`` fixtures for users' test suites.

One sandbox server per test session; every test that asks for ``np6_sandbox`` gets it emptied.
The sandbox's dependencies (and schemathesis, for ``np6_contract``) are imported only when a fixture is used.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Protocol

import pytest

if TYPE_CHECKING:
    from np6_testkit.contract import ContractReport
    from np6_testkit.sandbox import Sandbox


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "np6_contract(**options): default options of the np6_contract fixture in this test "
        "(operations=[...], params={...}, include_writes=..., max_examples=..., seed=...).",
    )


@pytest.fixture(scope="session")
def np6_sandbox_server() -> Iterator[Sandbox]:
    """The session's sandbox server, as it is (state kept between tests)."""
    from np6_testkit.sandbox import Sandbox

    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def np6_sandbox(np6_sandbox_server: Sandbox) -> Sandbox:
    """A running, empty sandbox: ``np6_sandbox.url`` and ``np6_sandbox.api_key`` configure a client."""
    np6_sandbox_server.reset()
    return np6_sandbox_server


class ContractCheck(Protocol):
    """The ``np6_contract`` fixture: call it to run the contract checks; it fails the test on any deviation."""

    def __call__(self, **options: Any) -> ContractReport: ...


@pytest.fixture
def np6_contract(request: pytest.FixtureRequest) -> ContractCheck:
    """Run ``np6 contract``'s checks from a test and fail it with the Markdown report when the API deviates.

    The API checked is ``base_url=`` / ``api_key=`` if given, else ``NP6_BASE_URL`` / ``NP6_API_KEY`` if
    ``NP6_BASE_URL`` is set (your real account in CI), else the session's sandbox. Other options are those of
    :func:`np6_testkit.contract.check_contract` (``operations``, ``params``, ``include_writes``, ``max_examples``,
    ``seed``); a ``@pytest.mark.np6_contract(...)`` marker on the test sets their defaults::

        @pytest.mark.np6_contract(operations=["list_fields", "get_target"], params={"get_target:id": "00A1B2"})
        def test_np6_matches_the_sdk(np6_contract):
            report = np6_contract()
            assert report.counts()["matched"] == 2

    Returns the :class:`~np6_testkit.contract.ContractReport` when every checked operation matched.
    """
    marker = request.node.get_closest_marker("np6_contract")
    defaults: dict[str, Any] = dict(marker.kwargs) if marker is not None else {}

    def run(**options: Any) -> ContractReport:
        from np6_testkit.contract import check_contract

        options = defaults | options
        base_url: str | None = options.pop("base_url", None)
        api_key: str | None = options.pop("api_key", None)
        if base_url is None and os.environ.get("NP6_BASE_URL"):
            base_url = os.environ["NP6_BASE_URL"]
        if base_url is None:
            sandbox: Sandbox = request.getfixturevalue("np6_sandbox")
            base_url, api_key = sandbox.url, api_key or sandbox.api_key
        report = check_contract(base_url, api_key, **options)
        if not report.ok:
            pytest.fail(report.to_markdown(every_operation=False), pytrace=False)
        return report

    return run
