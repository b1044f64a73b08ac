"""The documentation site as a reader sees it: every page in headless Chromium, every internal link followed.

The site is served on loopback; any request to another host fails the test (the site must work offline).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

from .conftest import load_spec, serve

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = "_screenshots"


def page_paths(site_dir: Path) -> list[str]:
    """The URL path of every page of the built site (`/`, `/guides/quickstart/`, ...)."""
    paths = []
    for html in sorted(site_dir.rglob("index.html")):
        relative = html.parent.relative_to(site_dir).as_posix()
        paths.append("/" if relative == "." else f"/{relative}/")
    return paths


def target_file(site_dir: Path, url_path: str) -> Path | None:
    """The file a same-origin URL path serves, as the static server would (a directory serves its index.html)."""
    candidate = site_dir / unquote(url_path).lstrip("/")
    if candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


_ids: dict[Path, set[str]] = {}


def ids_in(html_file: Path) -> set[str]:
    if html_file not in _ids:
        _ids[html_file] = set(re.findall(r'\bid="([^"]+)"', html_file.read_text(encoding="utf-8")))
    return _ids[html_file]


class Watch:
    """What went wrong while a page loaded: console errors, uncaught exceptions, failed or off-site requests."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.problems: list[str] = []

    def attach(self, context: Any, page: Any) -> None:
        page.on("console", lambda message: message.type == "error" and self.problems.append(f"console: {message.text}"))
        page.on("pageerror", lambda error: self.problems.append(f"uncaught: {error}"))
        page.on("requestfailed", lambda request: self.problems.append(f"request failed: {request.url}"))
        page.on(
            "response",
            lambda response: response.status >= 400 and self.problems.append(f"{response.status}: {response.url}"),
        )
        context.route("**/*", self._only_loopback)

    def _only_loopback(self, route: Any) -> None:
        url = route.request.url
        if url.startswith(self.origin) or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.problems.append(f"off-site request: {url}")
            route.abort()

    def take(self) -> list[str]:
        problems, self.problems = self.problems, []
        return problems


@pytest.fixture
def page(browser_context: Any, site_url: str) -> Iterator[tuple[Any, Watch]]:
    page = browser_context.new_page()
    watch = Watch(site_url)
    watch.attach(browser_context, page)
    try:
        yield page, watch
    finally:
        browser_context.unroute("**/*")
        page.close()


def crawl(browser_page: Any, watch: Watch, site_url: str, site_dir: Path) -> tuple[list[str], int]:
    """Visit every page of the site; return what went wrong and how many internal links were checked."""
    problems: list[str] = []
    links_checked = 0
    for path in page_paths(site_dir):
        browser_page.goto(site_url + path, wait_until="load")
        if not browser_page.locator("h1").first.is_visible():
            problems.append(f"{path}: no visible title")
        hrefs: list[str] = browser_page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
        for href in set(hrefs):
            if not href.startswith(site_url):
                continue  # external links (NP6's reference, keepachangelog.com): not fetched offline
            links_checked += 1
            url = urlsplit(href)
            served = target_file(site_dir, url.path)
            if served is None:
                problems.append(f"{path}: broken link {href}")
            elif url.fragment and served.suffix == ".html" and unquote(url.fragment) not in ids_in(served):
                problems.append(f"{path}: link {href} names an anchor its page does not have")
        problems += [f"{path}: {problem}" for problem in watch.take()]
    return problems, links_checked


def test_every_page_loads_cleanly_and_every_internal_link_resolves(
    page: tuple[Any, Watch], site_url: str, site_dir: Path
) -> None:
    browser_page, watch = page
    paths = page_paths(site_dir)
    assert len(paths) > 30, f"the site has only {len(paths)} pages: {paths}"
    # Every page starts the search worker, which fetches and indexes the whole site's index (~1 MB): most of a
    # page's load time, and the same on every page. Here each page gets an empty index of the same shape; the
    # search test below uses the real one.
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    empty_index = json.dumps({**index, "docs": []})
    search_index = f"{site_url}/search/search_index.json"
    browser_page.context.route(
        search_index, lambda route: route.fulfill(content_type="application/json", body=empty_index)
    )
    try:
        problems, links_checked = crawl(browser_page, watch, site_url, site_dir)
    finally:
        browser_page.context.unroute(search_index)

    assert not problems, "\n".join(problems)
    assert links_checked > 1000, f"only {links_checked} internal links were found: is the navigation rendered?"


BROKEN_PAGE = """<!doctype html><html><head><title>t</title></head><body><h1>Broken</h1>
<a href="/missing/">a page that does not exist</a> <a href="/#nowhere">an anchor that does not exist</a>
<a href="/">home</a> <img src="https://example.com/tracker.png" alt="">
<script>console.error("boom"); undefinedFunction();</script></body></html>"""


def test_the_crawl_catches_broken_links_console_errors_and_off_site_requests(
    browser_context: Any, tmp_path: Path
) -> None:
    (tmp_path / "index.html").write_text('<!doctype html><html><body><h1 id="top">Home</h1></body></html>')
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "index.html").write_text(BROKEN_PAGE)
    with serve(tmp_path) as url:
        browser_page = browser_context.new_page()
        watch = Watch(url)
        watch.attach(browser_context, browser_page)
        try:
            problems, _ = crawl(browser_page, watch, url, tmp_path)
        finally:
            browser_context.unroute("**/*")
            browser_page.close()

    report = "\n".join(problems)
    assert f"/broken/: broken link {url}/missing/" in report
    assert f"/broken/: link {url}/#nowhere names an anchor" in report
    assert "console: boom" in report
    assert "uncaught: " in report and "undefinedFunction" in report
    assert "off-site request: https://example.com/tracker.png" in report
    assert not [problem for problem in problems if problem.startswith("/: ")], "the clean page was flagged"


def _spec_operation_ids() -> list[str]:
    spec = load_spec()
    return [
        operation["operationId"]
        for item in spec["paths"].values()
        for key, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    ]


@pytest.mark.parametrize("which", [0, -1], ids=["first-operation", "last-operation"])
def test_the_search_finds_an_operation_by_its_operation_id(page: tuple[Any, Watch], site_url: str, which: int) -> None:
    operation_id = _spec_operation_ids()[which]
    browser_page, watch = page
    browser_page.goto(site_url + "/", wait_until="load")
    search = browser_page.locator('[data-md-component="search-query"]')
    search.click()
    search.fill(operation_id)
    result = browser_page.locator(f'.md-search-result__item a[href*="#{operation_id}"]').first
    result.wait_for(state="visible", timeout=15_000)
    result.click()
    # Material adds `?h=<query>` to highlight the terms on the page it opens.
    browser_page.wait_for_url(re.compile(rf"/reference/operations/[a-z_]+/(\?h=[^#]*)?#{operation_id}$"))
    heading = browser_page.locator(f'[id="{operation_id}"]')
    assert heading.is_visible()
    assert operation_id in heading.inner_text()
    assert not watch.take()


def test_screenshots_of_the_home_page_and_a_reference_page(
    page: tuple[Any, Watch], site_url: str, site_dir: Path
) -> None:
    browser_page, watch = page
    shots = site_dir / SCREENSHOTS
    shots.mkdir(exist_ok=True)
    for name, path in [("home", "/"), ("reference-actions", "/reference/operations/actions/")]:
        browser_page.goto(site_url + path, wait_until="networkidle")
        assert browser_page.locator("nav.md-nav--primary").first.is_visible()
        target = shots / f"{name}.png"
        browser_page.screenshot(path=str(target))
        assert target.stat().st_size > 20_000, f"{target} is nearly empty: the page did not render"
    assert not watch.take()
