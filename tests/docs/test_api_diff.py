"""`make api-diff` (tools/api_diff.py) on a tiny repository with the project's layout and release tags."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GIT_ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "test",
    "GIT_AUTHOR_EMAIL": "test@example.com",
    "GIT_COMMITTER_NAME": "test",
    "GIT_COMMITTER_EMAIL": "test@example.com",
}
SDK_V1 = '''"""np6 as released."""


def send(action_id: str, recipients: list[str], *, batch_size: int = 100) -> int:
    return len(recipients)


class SendReport:
    sent: int = 0
    rejected: int = 0
'''
CLIENT_V1 = '''"""np6_client as released."""


def get_target(id: str) -> dict[str, str]:
    return {"id": id}
'''


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, env=GIT_ENV, check=True, capture_output=True)


def api_diff(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "tools" / "api_diff.py"), "--repo", str(repo), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository with np6 in overlays/ and np6_client in generated/, like this one, committed."""
    (tmp_path / "overlays" / "np6").mkdir(parents=True)
    (tmp_path / "generated" / "np6_client").mkdir(parents=True)
    (tmp_path / "overlays" / "np6" / "__init__.py").write_text(SDK_V1)
    (tmp_path / "generated" / "np6_client" / "__init__.py").write_text(CLIENT_V1)
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "v1")
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def test_with_no_release_tag_it_says_there_is_nothing_to_compare(repo: Path) -> None:
    done = api_diff(repo)

    assert done.returncode == 0, done.stderr
    assert "no release tag (v*) yet" in done.stdout


def test_a_deliberate_breaking_change_is_reported_against_the_latest_tag(repo: Path) -> None:
    git(repo, "tag", "v0.9.0")
    git(repo, "tag", "v0.10.0")  # the latest by version, though not by text
    git(repo, "tag", "not-a-release")
    edit(repo / "overlays/np6/__init__.py", "recipients: list[str]", "to: list[str]")  # a renamed parameter
    edit(repo / "overlays/np6/__init__.py", "    rejected: int = 0\n", "")  # a removed attribute
    edit(repo / "generated/np6_client/__init__.py", "-> dict[str, str]", "-> list[str]")  # a retyped return

    done = api_diff(repo)

    assert done.returncode == 1, done.stdout + done.stderr
    assert "since v0.10.0" in done.stdout
    report = done.stdout.lower()
    assert "send(recipients): parameter was removed" in report  # a rename: the old name is gone...
    assert "send(to): parameter was added as required" in report  # ...and a new one is required
    assert "sendreport.rejected: public object was removed" in report
    assert "get_target: return type changed: dict[str, str] -> list[str]" in report
    assert "4 breaking change(s)" in done.stdout


def test_an_added_optional_parameter_is_not_breaking(repo: Path) -> None:
    git(repo, "tag", "v0.1.0")
    edit(repo / "overlays/np6/__init__.py", "batch_size: int = 100", "batch_size: int = 100, concurrency: int = 4")

    done = api_diff(repo)

    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 breaking change(s) of the public API since v0.1.0" in done.stdout


def test_any_ref_can_be_the_baseline(repo: Path) -> None:
    edit(repo / "overlays/np6/__init__.py", "def send(", "def send_all(")

    done = api_diff(repo, "main")

    assert done.returncode == 1
    assert "np6" in done.stdout and "send" in done.stdout and "since main" in done.stdout
