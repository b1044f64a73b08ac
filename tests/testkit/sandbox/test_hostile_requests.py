"""The sandbox against hostile or broken clients, over raw sockets where HTTP clients would not misbehave: deeply
nested JSON and NaN/Infinity are 400s (never a 500, a reset, or invalid JSON sent back), a client leaving
mid-request is not an ERROR, and a body shorter than its Content-Length times out instead of holding the
connection forever."""

from __future__ import annotations

import json
import logging
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from np6_testkit.sandbox import Sandbox


def post_targets(sandbox: Sandbox, body: bytes) -> bytes:
    """The head of a POST /targets request announcing ``Content-Length: len(body)``."""
    return (
        b"POST /targets HTTP/1.1\r\nHost: sandbox\r\nX-Key: " + sandbox.api_key.encode() + b"\r\n"
        b"Content-Type: application/json\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n"
    )


@pytest.mark.parametrize("depth", [65, 100_000])
def test_deeply_nested_json_is_400(http: httpx.Client, depth: int) -> None:
    body = b'{"email": ' + b"[" * depth + b"]" * depth + b"}"
    response = http.post("/targets", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json() == {"message": "body nests deeper than 64 levels", "field": "body"}
    assert http.get("/fields").status_code == 200  # the server is still there


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_nan_and_infinity_are_400_and_never_sent_back(http: httpx.Client, number: str) -> None:
    assert http.post("/fields", json={"type": "numericField", "name": "score"}).status_code == 200
    body = f'{{"email": "n@example.com", "score": {number}}}'.encode()

    response = http.post("/targets", content=body, headers={"Content-Type": "application/json"})

    assert response.status_code == 400 and response.json()["field"] == "body"
    assert http.get("/targets", params={"unicity": "n@example.com"}).status_code == 404  # nothing stored
    listed = http.get("/fields")
    json.loads(listed.text, parse_constant=lambda constant: pytest.fail(f"invalid JSON sent back: {constant}"))


def wait_for(condition: Callable[[], bool], seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_a_client_leaving_mid_request_is_not_an_error(sandbox: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="np6_testkit.sandbox")
    with socket.create_connection((sandbox.host, sandbox.port)) as connection:
        connection.sendall(post_targets(sandbox, b'{"email": "gone@example.com"}') + b'{"em')
        time.sleep(0.2)  # the sandbox is reading the body
    wait_for(lambda: any("went away" in record.getMessage() for record in caplog.records))
    time.sleep(0.2)
    errors = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert errors == [], [record.getMessage() for record in errors]


def send_a_short_body(host: str, port: int, api_key: str) -> tuple[bytes, float]:
    """Announce a 29-byte body, send 4 bytes of it; the answer (until the server closes) and how long it took."""
    deadline = time.monotonic() + 10
    while True:  # a sandbox started in another process may not listen yet
        try:
            connection = socket.create_connection((host, port))
            break
        except ConnectionRefusedError:
            assert time.monotonic() < deadline
            time.sleep(0.05)
    with connection:
        connection.settimeout(10)
        started = time.monotonic()
        connection.sendall(
            b"POST /targets HTTP/1.1\r\nHost: sandbox\r\nX-Key: " + api_key.encode() + b"\r\n"
            b"Content-Type: application/json\r\nContent-Length: 29\r\n\r\n" + b'{"em'
        )
        answer = b""
        while chunk := connection.recv(4096):  # until the sandbox closes the connection
            answer += chunk
        return answer, time.monotonic() - started


def test_a_short_body_times_out_with_408_and_a_closed_connection() -> None:
    with Sandbox(body_timeout=0.5) as sandbox:
        answer, waited = send_a_short_body(sandbox.host, sandbox.port, sandbox.api_key)
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert 0.4 < waited < 5
    assert b"connection: close" in answer.lower()


def test_np6_sandbox_takes_a_body_timeout() -> None:
    script = shutil.which("np6", path=str(Path(sys.executable).parent))
    command = [script] if script else [sys.executable, "-c", "from np6.cli import main; main()"]
    arguments = ["sandbox", "--port", "0", "--api-key", "k", "--body-timeout", "0.3"]
    with subprocess.Popen([*command, *arguments], stdout=subprocess.PIPE, text=True) as process:
        try:
            assert process.stdout is not None
            listening = re.search(r"listening on http://127\.0\.0\.1:(\d+)", process.stdout.readline())
            assert listening
            answer, waited = send_a_short_body("127.0.0.1", int(listening.group(1)), "k")
        finally:
            process.terminate()
            process.wait(timeout=10)
    assert answer.startswith(b"HTTP/1.1 408 ") and waited < 5


def test_the_body_timeout_defaults_to_ten_seconds() -> None:
    sandbox = Sandbox()
    try:
        assert sandbox.app.body_timeout == 10.0
    finally:
        sandbox.stop()
