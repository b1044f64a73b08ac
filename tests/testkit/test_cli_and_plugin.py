"""`np6 sandbox` and the `np6_sandbox` pytest fixture, used the way a user would."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

pytest_plugins = ["pytester"]


def _np6_command() -> list[str]:
    script = shutil.which("np6", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-c", "from np6.cli import main; main()"]


def test_np6_sandbox_serves_until_stopped() -> None:
    command = [*_np6_command(), "sandbox", "--port", "0", "--api-key", "cli-key", "--seed", "3"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        try:
            assert process.stdout is not None
            first_line = process.stdout.readline()
            match = re.search(r"listening on (http://127\.0\.0\.1:\d+)", first_line)
            assert match, first_line
            url = match.group(1)
            assert httpx.get(f"{url}/fields", headers={"X-Key": "cli-key"}).status_code == 200
            assert httpx.get(f"{url}/fields", headers={"X-Key": "other"}).status_code == 401
        finally:
            process.terminate()
            process.wait(timeout=10)


def test_np6_sandbox_refuses_bad_fault_settings() -> None:
    result = subprocess.run(
        [*_np6_command(), "sandbox", "--port", "0", "--error-rate", "2"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "error_rate must be between 0 and 1" in result.stderr


def test_the_pytest_fixture_in_a_users_suite(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_user="""
        import httpx

        def test_create(np6_sandbox):
            headers = {"X-Key": np6_sandbox.api_key}
            r = httpx.post(np6_sandbox.url + "/targets", json={"email": "u@np6.test"}, headers=headers)
            assert r.status_code == 200

        def test_each_test_starts_empty(np6_sandbox):
            r = httpx.get(np6_sandbox.url + "/targets/count", headers={"X-Key": np6_sandbox.api_key})
            assert r.json() == {"targetsCount": 0}
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)
