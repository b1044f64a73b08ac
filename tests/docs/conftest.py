"""The built documentation site, served on loopback, and a headless Chromium to read it.

`make test` builds the site (`make docs`) before pytest and passes it as ``NP6_DOCS_SITE``; run alone, these
tests build it themselves into a temporary directory, with the same `--strict` build.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]

# Chromium as the brief for CI runs it: no GPU, no first-run or background traffic, nothing that phones home.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@functools.cache
def load_spec() -> dict[str, Any]:
    """`spec/np6.yaml`, parsed once per session (with libyaml when PyYAML has it: 16,000 lines)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec: dict[str, Any] = yaml.load((ROOT / "spec" / "np6.yaml").read_text(encoding="utf-8"), Loader=loader)
    return spec


def build_site(target: Path) -> None:
    """`mkdocs build --strict` of the repository's site into ``target`` (what `make docs` runs)."""
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(target)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}"


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("NP6_DOCS_SITE")
    if given:
        site = Path(given)
        assert (site / "index.html").is_file(), f"NP6_DOCS_SITE={given} holds no built site: run `make docs`"
        return site
    site = tmp_path_factory.mktemp("site")
    build_site(site)
    return site


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def serve(directory: Path) -> Iterator[str]:
    """``directory`` served over HTTP on loopback (a free port), as a reader's browser would get it."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url(site_dir: Path) -> Iterator[str]:
    with serve(site_dir) as url:
        yield url


def chromium_path() -> str:
    path = os.environ.get("NP6_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("the docs browser check needs Chromium: `apt-get install chromium` (.ci/run installs it)")
    return path


@pytest.fixture(scope="module")  # not longer: playwright's sync API keeps an event loop running in this thread
def browser_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A headless Chromium with a fresh profile (driven by playwright, which talks to it over a pipe)."""
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=chromium_path(),
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1280, "height": 900},
        )
        try:
            yield context
        finally:
            context.close()
