"""Transport security and the dependency contract.

(That the API key never leaks — logs at DEBUG incl. httpx/httpcore, errors, reprs, CLI output and contract
reports — is one sweep in tests/sdk/test_client.py.)
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import ssl
import tomllib
import warnings
from pathlib import Path

import httpx
import np6
import pytest
from np6_testkit.sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
IMPORT_NAMES = {"pyyaml": "yaml", "python-dateutil": "dateutil", "openapi-spec-validator": "openapi_spec_validator"}
DEV_ONLY = {
    "openapi-python-client",
    "ruff",
    "mypy",
    "mkdocs",
    "mkdocs-material",
    "mkdocstrings",
    "griffe",
    "build",
    "uv",
    "pytest-xdist",
}
"""Tools run by make (the generator, the linters, the docs site, the sdist check, the install checks, pytest's
workers), not imported."""
LOADED_BY_NAME = {"httptools", "uvloop"}
"""Chosen by uvicorn at run time ("auto" prefers them; see np6_testkit/sandbox/_server.py), never imported by np6."""
TOOL_GROUPS = {"dev", "docs"}
"""Extras for working on np6, not for using it: their imports may be anywhere (tests, tools, bench)."""


def _ssl_context(client: np6.Client | np6.AsyncClient) -> ssl.SSLContext:
    transport = client._http._transport  # type: ignore[union-attr]  # httpx's own: np6 never replaces it
    context: ssl.SSLContext = transport._pool._ssl_context
    return context


@pytest.mark.anyio
async def test_tls_certificates_and_hostnames_are_verified_by_default() -> None:
    with np6.Client("key") as client:
        assert client.base_url.startswith("https://")
        context = _ssl_context(client)
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname is True
    async with np6.AsyncClient("key") as async_client:
        context = _ssl_context(async_client)
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname is True


@pytest.mark.anyio
@pytest.mark.parametrize("url", ["http://api-cm.np6.com", "http://10.0.0.7:8080", "http://[2001:db8::1]", "ftp://x"])
async def test_plain_http_beyond_loopback_is_refused_by_both_clients(url: str) -> None:
    with pytest.raises(ValueError, match=r"refusing plain http|must be an http"):
        np6.Client("key", base_url=url)
    with pytest.raises(ValueError, match=r"refusing plain http|must be an http"):
        np6.AsyncClient("key", base_url=url)


def test_the_sandbox_binds_to_loopback_silently_and_warns_beyond() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        sandbox = Sandbox()
    try:
        assert sandbox.host == "127.0.0.1"
        assert sandbox._socket.getsockname()[0] == "127.0.0.1"
    finally:
        sandbox.stop()
    with pytest.warns(UserWarning, match="reachable beyond this machine"):
        Sandbox(host="0.0.0.0").stop()


# -- dependencies -------------------------------------------------------------------------------------------


def _requirements() -> list[tuple[str, str, str | None]]:
    """(group, distribution, floor) of every declared dependency but the project's own extras."""
    found = [("runtime", requirement) for requirement in PYPROJECT["project"]["dependencies"]]
    for extra, requirements in PYPROJECT["project"]["optional-dependencies"].items():
        found += [(extra, requirement) for requirement in requirements if not requirement.startswith("np6-sdk")]
    parsed = []
    for group, requirement in found:
        # name[extras] >= floor ; environment markers
        match = re.fullmatch(
            r"([A-Za-z0-9_.-]+)(?:\[[\w,-]+\])?\s*(?:(>=|==)\s*([0-9][0-9A-Za-z.]*))?(?:\s*;.*)?", requirement
        )
        assert match, f"unparsed requirement {requirement!r}"
        parsed.append((group, match.group(1).lower(), match.group(3)))
    return parsed


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text))


@pytest.mark.parametrize(("group", "distribution", "floor"), _requirements())
def test_every_floor_is_a_tested_version(group: str, distribution: str, floor: str | None) -> None:
    assert floor is not None, f"{distribution} ({group}) has no floor: give the tested version"
    installed = importlib.metadata.version(distribution)
    assert _version(installed) >= _version(floor), f"{distribution}: tested with {installed}, floor {floor}"


def _imported_modules(*folders: str) -> set[str]:
    modules: set[str] = set()
    for folder in folders:
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.Import):
                    modules.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    modules.add(node.module.split(".")[0])
    return modules


def test_every_declared_dependency_is_used() -> None:
    package = _imported_modules("overlays", "generated")
    everything = package | _imported_modules("tests", "tools", "bench")
    unused = []
    for group, distribution, _ in _requirements():
        if distribution in DEV_ONLY | LOADED_BY_NAME or distribution.startswith("types-"):
            continue
        module = IMPORT_NAMES.get(distribution, distribution.replace("-", "_"))
        if module not in (everything if group in TOOL_GROUPS else package):
            unused.append(f"{distribution} ({group})")
    assert not unused, f"declared but never imported: {unused}"


def test_every_third_party_import_of_the_package_is_declared() -> None:
    declared = {IMPORT_NAMES.get(name, name.replace("-", "_")) for _, name, _ in _requirements()}
    # pytest: only the pytest plugin, loaded by pytest itself
    declared |= {"np6", "np6_testkit", "np6_client", "pytest"}
    stdlib = set(__import__("sys").stdlib_module_names) | {"__future__"}
    undeclared = sorted(_imported_modules("overlays", "generated") - declared - stdlib)
    assert not undeclared, f"imported by the package but not declared in pyproject.toml: {undeclared}"
    assert httpx  # the transport everything above runs on
