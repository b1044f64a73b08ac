"""pytest plugin (entry point ``np6``): the ``np6_sandbox`` and ``np6_contract`` fixtures for users' test suites.

One sandbox server per test session; every test that asks for ``np6_sandbox`` gets it emptied.
The sandbox's dependencies (and schemathesis, for ``np6_contract``) are imported only when a fixture is used.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import pytest

if TYPE_CHECKING:
    from np6_testkit.contract import ContractReport
    from np6_testkit.sandbox import Sandbox


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "np6_contract(**options): default options of the np6_contract fixture in this test "
        "(operations=[...], params={...} or [...], safe_writes=FILE or True, suggest_spec_patch=FILE, spec=FILE, "
        "reports=[FILE, ...], max_examples=..., seed=...).",
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
    ``NP6_BASE_URL`` is set (your real account in CI), else the session's sandbox. The options are those of
    ``np6 contract``, run by the same engine (:func:`np6_testkit.contract.check_contract`):

    - ``operations=[...]``, ``max_examples=``, ``seed=``, ``timeout=``;
    - ``params=``: ``{"get_target:id": "00A1B2"}``, or ``--param``'s strings (``["get_target:id=00A1B2"]``);
    - ``safe_writes=FILE`` (or ``True``: ``.np6-contract-state.json`` in the rootdir): the safe-write scenarios;
    - ``reports=[FILE, ...]``: the report, in the format each name asks for (``.md``, ``.xml``, JSON otherwise);
    - ``suggest_spec_patch=FILE`` (with ``spec=``, default ``spec/np6.yaml`` in the rootdir): the spec patch;
    - ``include_writes=True``: generated write requests (``--random-writes-on-this-account``).

    A ``@pytest.mark.np6_contract(...)`` marker on the test sets their defaults::

        @pytest.mark.np6_contract(operations=["list_fields", "get_target"], params={"get_target:id": "00A1B2"})
        def test_np6_matches_the_sdk(np6_contract):
            report = np6_contract()
            assert report.counts()["matched"] == 2

    Relative files are taken from the rootdir. Returns the :class:`~np6_testkit.contract.ContractReport` when
    every checked operation matched (the reports and the patch are written either way).
    """
    marker = request.node.get_closest_marker("np6_contract")
    defaults: dict[str, Any] = dict(marker.kwargs) if marker is not None else {}
    root = request.config.rootpath

    def run(**options: Any) -> ContractReport:
        from np6_testkit.contract import check_contract, parse_params, suggest_spec_patch

        options = defaults | options
        base_url: str | None = options.pop("base_url", None)
        api_key: str | None = options.pop("api_key", None)
        params = options.pop("params", None)
        if params is not None and not isinstance(params, Mapping):
            params = parse_params(params)
        safe_writes = options.pop("safe_writes", None)
        if safe_writes is True:
            safe_writes = ".np6-contract-state.json"
        reports = [root / path for path in options.pop("reports", ())]
        spec_patch = options.pop("suggest_spec_patch", None)
        spec = root / options.pop("spec", "spec/np6.yaml")
        if base_url is None and os.environ.get("NP6_BASE_URL"):
            base_url = os.environ["NP6_BASE_URL"]
        if base_url is None:
            sandbox: Sandbox = request.getfixturevalue("np6_sandbox")
            base_url, api_key = sandbox.url, api_key or sandbox.api_key
        spec_text = spec.read_text(encoding="utf-8") if spec_patch is not None else ""  # before any request
        report = check_contract(
            base_url,
            api_key,
            params=params,
            safe_writes=root / safe_writes if safe_writes else None,
            **options,
        )
        for path in reports:
            report.write(path)
        if spec_patch is not None:
            label = Path(os.path.relpath(spec, root)).as_posix()
            (root / spec_patch).write_text(suggest_spec_patch(report, spec_text, label=label), encoding="utf-8")
        if not report.ok:
            pytest.fail(report.to_markdown(every_operation=False), pytrace=False)
        return report

    return run
