"""The README blocks marked illustrative that can run here do (issue 16), each the way its marker says;
tests/docs/test_readme.py runs the others as written.

- ``np6 sandbox ...``, a server that runs until stopped: started with the README's command line (its
  ``--port 8080`` replaced by a free port, 8080 may be taken on the machine running the tests), checked to print
  the ``NP6_BASE_URL`` to export and to answer a request with the README's key, then stopped with Ctrl-C
  (SIGINT), which ends it with exit code 130.
- ``np6 contract --base-url https://api-cm.np6.com ...``, which checks the real API: the same command line
  against a fresh sandbox (its URL for NP6's), with the key in ``NP6_API_KEY`` as the README says; it succeeds,
  writes both reports and never prints or writes the key.

What stays illustrative, and why, is the marker's text: installing with your own key, and the project's own
``make``.
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
from np6_testkit.sandbox import Sandbox

README = Path(__file__).resolve().parents[2] / "README.md"
BLOCK = re.compile(r"<!-- illustrative: (?P<why>[^>]*?) -->\n```sh\n(?P<code>.*?)```", re.S)
ILLUSTRATIVE = [match for match in BLOCK.finditer(README.read_text(encoding="utf-8"))]
NP6_API = "https://api-cm.np6.com"


def _command(starting: str) -> tuple[str, str]:
    """The README's command line that starts with ``starting`` (comment dropped), and its block's marker text."""
    for match in ILLUSTRATIVE:
        for line in match["code"].splitlines():
            if line.startswith(starting):
                return line.split("  #", 1)[0].strip(), match["why"]
    raise AssertionError(f"no illustrative README block runs {starting!r}")


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")}
    env.pop("NP6_LOG", None)
    return env | extra


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_sandbox_command_serves_until_ctrl_c() -> None:
    command, why = _command("np6 sandbox ")
    assert "until stopped" in why and "--port 8080" in command
    port = _free_port()
    argv = shlex.split(command.replace("--port 8080", f"--port {port}"))
    key = argv[argv.index("--api-key") + 1]
    server = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(), start_new_session=True
    )
    try:
        assert server.stdout is not None
        printed = [server.stdout.readline() for _ in range(2)]
        assert printed[1].strip() == f"export NP6_BASE_URL=http://127.0.0.1:{port}", printed
        answer = httpx.get(f"http://127.0.0.1:{port}/fields", headers={"X-Key": key}, timeout=10)
        assert answer.status_code == 200 and answer.json()  # a fresh account's fields (email)
        assert httpx.get(f"http://127.0.0.1:{port}/fields", timeout=10).status_code == 401
        os.killpg(server.pid, signal.SIGINT)
        assert server.wait(timeout=20) == 130
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def test_the_contract_command_runs_against_the_sandbox(sandbox: Sandbox, tmp_path: Path) -> None:
    command, why = _command("np6 contract ")
    assert "real NP6 API" in why and NP6_API in command
    argv = shlex.split(command.replace(NP6_API, sandbox.url))
    ran = subprocess.run(
        argv,
        cwd=tmp_path,
        env=_env(NP6_API_KEY=sandbox.api_key),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert ran.returncode == 0, f"{ran.stdout}\n{ran.stderr}"
    reports = [tmp_path / argv[index + 1] for index, arg in enumerate(argv) if arg == "--report"]
    assert [report.suffix for report in reports] == [".md", ".xml"]
    for report in reports:
        assert sandbox.api_key not in report.read_text(encoding="utf-8")
    assert "list_fields" in reports[0].read_text(encoding="utf-8")
    assert sandbox.api_key not in ran.stdout + ran.stderr
