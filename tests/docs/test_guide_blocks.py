"""Every Python block of the guides (docs/guides/*.md) runs against a fresh sandbox (issue 16), as
tests/docs/test_readme.py does for the README.

A guide's blocks run in order in one interpreter, like a reader typing them into one session: a block uses the
names the earlier ones defined. Before them, the page's SETUP below makes what the guide takes as already there
(`client`, and the account's objects that the guide names by id: the first contact of a fresh sandbox is
`00L00000`, its first segment `1300`, its first action `000PE4`). The process has ``NP6_API_KEY`` /
``NP6_BASE_URL`` set to the sandbox, and runs in a directory holding the files the guides open
(``contacts.csv``). A block the guide marks ``<!-- not run: why -->`` is left out, with its reason; the test
checks those stay few. Blocks that define pytest tests (``def test_…``, using the np6 fixtures) are then run
by pytest, as the reader would, in a directory of their own (except where PYTEST_ELSEWHERE says why not).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from np6_testkit.sandbox import Sandbox

GUIDES = Path(__file__).resolve().parents[2] / "docs" / "guides"
PAGES = sorted(GUIDES.glob("*.md"))
BLOCK = re.compile(r"(?:<!-- not run: (?P<why>[^>]*?) -->\n)?^```python[^\n]*\n(?P<code>.*?)^```", re.S | re.M)
CONTACTS = "email\ncarol@example.com\ndan@example.com\n"

_CLIENT = "import np6\nclient = np6.Client()\n"
_ACCOUNT = (
    _CLIENT
    + """first = client.targets.create_target(body={"email": "alice@example.com"})     # 00L00000
segment = client.segments.create_segment(body={"type": "static", "name": "Testers", "isTest": True})  # 1300
client.segments.add_targets(segment.id, [first.id])
"""
)
_ACTION = (
    _ACCOUNT
    + """from np6 import builders
client.actions.create_action(  # 000PE4
    body=builders.mail_action("Welcome", sender="news@example.com", subject="Hi", html="<p>Hi</p>")
)
"""
)
SETUP = {
    "configuration.md": _ACCOUNT + 'import_id = client.imports.create_import(body={"name": "Contacts"}).id\n',
    "errors-retries.md": _ACCOUNT,
    "events.md": _CLIENT
    + """import datetime
since = datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=1)
saved = client.events.iter_action_events(start=since).cursor.to_string()  # a cursor saved earlier
def handle(event):
    print(event.type_, event.id)
""",
    "imports.md": _CLIENT,
    "models.md": _CLIENT,
    "quickstart.md": _ACCOUNT,
    "rate-limits.md": _CLIENT,
    "sandbox-testing.md": "",
    "sending.md": _ACTION
    + """action_id, recipients = "000PE4", ["alice@example.com"]
save_report = print
""",
    "warehouse.md": "",
    "contract-testing.md": "",
}


PYTEST_ELSEWHERE = {
    "contract-testing.md": "tests/testkit/test_contract_command.py runs the np6_contract fixture in a user's suite "
    "(pytester), safe writes and spec patch included; here they would add about 25 s of safe writes",
}
"""Pages whose pytest tests are run by another test of the suite, and where."""
TEST_FUNCTION = re.compile(r"^(?:async )?def test_", re.M)


def _blocks(page: Path) -> list[re.Match[str]]:
    return [match for match in BLOCK.finditer(page.read_text(encoding="utf-8")) if "--8<--" not in match["code"]]


def _line(page: Path, match: re.Match[str]) -> int:
    return page.read_text(encoding="utf-8").count("\n", 0, match.start("code")) + 1


RUN = [page for page in PAGES if any(match["why"] is None for match in _blocks(page))]


def test_most_guide_blocks_run() -> None:
    blocks = [match for page in PAGES for match in _blocks(page)]
    not_run = [match["why"] for match in blocks if match["why"] is not None]
    assert all(why.strip() for why in not_run)
    assert len(blocks) > 20 and len(not_run) <= 3, not_run
    assert {page.name for page in RUN} <= set(SETUP), "a guide with Python blocks needs its SETUP entry"


def script(page: Path) -> str:
    """The page's setup, then each block to run, compiled under its page and line so a traceback names them."""
    parts = [f"exec(compile({SETUP[page.name]!r}, 'setup of {page.name}', 'exec'))"]
    for match in _blocks(page):
        if match["why"] is None:
            where = f"docs/guides/{page.name}:{_line(page, match)}"
            parts.append(f"exec(compile({match['code']!r}, {where!r}, 'exec'))")
    return "\n".join(parts) + "\n"


@pytest.mark.parametrize("page", RUN, ids=[page.name for page in RUN])
def test_the_guide_runs_as_written(page: Path, sandbox: Sandbox, tmp_path: Path) -> None:
    (tmp_path / "contacts.csv").write_text(CONTACTS, encoding="utf-8")
    bin_dir = str(Path(sys.executable).parent)
    env = {
        **os.environ,
        "NP6_API_KEY": sandbox.api_key,
        "NP6_BASE_URL": sandbox.url,
        "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "DLT_DATA_DIR": str(tmp_path / ".dlt"),
    }
    env.pop("NP6_LOG", None)
    ran = subprocess.run(
        [sys.executable, "-c", script(page)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert ran.returncode == 0, f"{ran.stdout}\n{ran.stderr}"
    assert sandbox.api_key not in ran.stdout + ran.stderr
    tests = [match["code"] for match in _blocks(page) if match["why"] is None and TEST_FUNCTION.search(match["code"])]
    if tests and page.name not in PYTEST_ELSEWHERE:
        project = tmp_path / "project"
        project.mkdir()
        (project / f"test_{page.stem.replace('-', '_')}.py").write_text("\n\n".join(tests), encoding="utf-8")
        tested = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
            cwd=project,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert tested.returncode == 0, f"{tested.stdout}\n{tested.stderr}"
        assert f"{sum(len(TEST_FUNCTION.findall(code)) for code in tests)} passed" in tested.stdout, tested.stdout
        assert sandbox.api_key not in tested.stdout + tested.stderr
