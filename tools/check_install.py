"""np6 installed the way users install it (run by `make test-install` and `make test-lowest`, both in `make test`).

``plain``: the wheel, without extras, in a fresh virtualenv, used from a small project outside the repository:
``pytest`` on a trivial test passes (np6's pytest plugin loads without the sandbox's dependencies), ``import np6``
works, ``np6 --help`` names the ``cli`` extra and exits 2, ``import np6_testkit.sandbox`` names the ``sandbox``
extra.

``lowest``: the project with its ``cli`` and ``sandbox`` extras at the lowest versions its floors allow
(``uv pip install --resolution lowest-direct``), then the SDK's tests that exercise them.

Both use uv (a dev dependency) for speed; virtualenvs live in a temporary directory, removed afterwards.
"""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UV = str(Path(sys.executable).with_name("uv"))
LOWEST_TESTS = [
    "tests/sdk/test_client.py",
    "tests/sdk/test_pipeline.py",
    "tests/test_generated_client.py",
    "tests/cli/test_cli_segments.py",
]
"""The client, its request loop through proxies and hostile servers, the generated code against the sandbox,
and a command group of the CLI: what the runtime, cli and sandbox floors must carry (about a minute)."""
LOWEST_DESELECTED = [
    # Timing-dependent (another caller must grab the rate-limit window first): flaky on a loaded machine.
    "tests/sdk/test_client.py::test_a_429_with_a_hint_spends_waiting_time_not_retries",
    # Runs `np6 contract`, which needs the contract extra (not installed here).
    "tests/sdk/test_client.py::test_the_api_key_appears_in_no_log_message_repr_error_cli_output_or_report",
]
TEST_TOOLS = ["pytest", "pyyaml"]
"""What the tests themselves import besides np6, at the versions of the development virtualenv: only np6's own
dependencies are taken at their floors."""
SPEC_VALIDATOR = "openapi-spec-validator>=0.7.1"
"""tests/conftest.py loads tools/spec_lint.py, which validates the spec with it: its 0.7 line accepts the
sandbox's jsonschema and referencing floors (0.9 needs newer ones, which would hide theirs)."""


def _run(*command: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def _must(done: subprocess.CompletedProcess[str], what: str) -> str:
    if done.returncode != 0:
        sys.exit(f"check_install: {what} failed (exit {done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done.stdout


def _venv(where: Path) -> Path:
    _must(_run(UV, "venv", "--quiet", "--python", sys.executable, where), "creating a virtualenv")
    return where / "bin" / "python"


def _install(python: Path, *requirements: str | Path, lowest: bool = False) -> None:
    resolution = ["--resolution", "lowest-direct"] if lowest else []
    env = {**os.environ, "VIRTUAL_ENV": str(python.parent.parent)}
    _must(_run(UV, "pip", "install", "--quiet", *resolution, *requirements, env=env), "installing")


def plain(work: Path) -> None:
    _must(_run(UV, "build", "--wheel", "--quiet", "--out-dir", work / "dist", ROOT), "building the wheel")
    wheel = next((work / "dist").glob("*.whl"))
    python = _venv(work / "venv")
    _install(python, wheel, "pytest")
    project = work / "project"
    project.mkdir()
    (project / "test_app.py").write_text("def test_the_app_works():\n    assert 1 + 1 == 2\n")
    clean = {key: value for key, value in os.environ.items() if not key.startswith(("NP6_", "PYTHON", "VIRTUAL_ENV"))}

    tested = _run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=project, env=clean)
    _must(tested, "pytest in a project that installed np6 without extras")
    assert "1 passed" in tested.stdout, tested.stdout
    plugins = _run(
        python, "-c", "import importlib.metadata as m; print([e.value for e in m.entry_points(group='pytest11')])"
    )
    assert "np6_testkit.pytest_plugin" in _must(plugins, "listing pytest plugins"), plugins.stdout  # it was loaded

    used = _run(python, "-c", "import np6; print(np6.Client('key').base_url)", cwd=project, env=clean)
    assert _must(used, "import np6").strip() == "https://api-cm.np6.com", used.stdout

    cli = _run(python.with_name("np6"), "--help", cwd=project, env=clean)
    assert cli.returncode == 2 and "pip install 'np6-sdk[cli]'" in cli.stderr, (cli.returncode, cli.stderr)

    sandbox = _run(python, "-c", "import np6_testkit.sandbox", cwd=project, env=clean)
    assert sandbox.returncode == 1 and "pip install 'np6-sdk[sandbox]'" in sandbox.stderr, sandbox.stderr
    print("check_install plain: pytest, import np6, np6 --help (names the cli extra), the sandbox (names its extra)")


def lowest(work: Path) -> None:
    python = _venv(work / "venv")
    tools = [f"{name}=={importlib.metadata.version(name)}" for name in TEST_TOOLS]
    _install(python, "-e", f"{ROOT}[cli,sandbox]", *tools, SPEC_VALIDATOR, lowest=True)
    frozen = _must(_run(UV, "pip", "freeze", env={**os.environ, "VIRTUAL_ENV": str(python.parent.parent)}), "freeze")
    wanted = ("httpx", "anyio", "attrs", "typer", "rich", "starlette", "uvicorn", "jsonschema", "referencing")
    print("check_install lowest:", ", ".join(line for line in frozen.split() if line.split("==")[0] in wanted))
    started = time.monotonic()
    deselected = [argument for test in LOWEST_DESELECTED for argument in ("--deselect", test)]
    tested = _run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", *LOWEST_TESTS, *deselected)
    print(tested.stdout.strip().splitlines()[-1])
    _must(tested, "the SDK's tests at the lowest versions")
    print(f"check_install lowest: passed in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode not in ("plain", "lowest"):
        sys.exit("usage: check_install.py plain|lowest")
    with tempfile.TemporaryDirectory(prefix="np6-install-") as temporary:
        (plain if mode == "plain" else lowest)(Path(temporary))
