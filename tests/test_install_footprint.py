"""Without an extra, what needs it says which one to install (`make test-install` checks a real install without
extras; these run the same code paths in this environment, with the extra's modules hidden)."""

from __future__ import annotations

import subprocess
import sys


def _without(modules: list[str], code: str) -> subprocess.CompletedProcess[str]:
    hide = "".join(f"sys.modules[{name!r}] = None\n" for name in modules)
    return subprocess.run(
        [sys.executable, "-c", f"import sys\n{hide}{code}"], capture_output=True, text=True, check=False, timeout=60
    )


def test_the_np6_command_without_the_cli_extra_names_it() -> None:
    done = _without(["typer", "rich"], "import np6.cli; sys.argv = ['np6', '--help']; np6.cli.main()")
    assert done.returncode == 2
    assert "pip install 'np6-sdk[cli]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_sdk_imports_without_any_extra() -> None:
    hidden = ["typer", "rich", "click", "starlette", "uvicorn", "jsonschema", "referencing", "schemathesis"]
    done = _without(hidden, "import np6, np6_testkit.pytest_plugin; print(np6.Client('key').base_url)")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "https://api-cm.np6.com"


def test_the_sandbox_without_its_extra_names_it() -> None:
    done = _without(["starlette"], "import np6_testkit.sandbox")
    assert done.returncode == 1
    assert "ImportError: np6_testkit.sandbox needs the 'sandbox' extra" in done.stderr
    assert "pip install 'np6-sdk[sandbox]'" in done.stderr
