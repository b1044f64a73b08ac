"""`np6 contract` keeps the API key to itself (issue 14): it never follows a redirect (a 3xx is a deviation, and
a server on another loopback port never sees the key), and it scrubs the key from every report in every form an
answer can carry it (raw, JSON-escaped, percent-encoded, base64) *before* cutting any text.
"""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import quote

import pytest
from np6_testkit.contract import check_contract
from np6_testkit.sandbox import Call, Reply, Sandbox

# Characters JSON and percent-encoding both escape, so each encoded form differs from the raw key.
KEY = 'k3y/"canary"+Q7xW\\9tZ2mR8vL4pN6'


class _Foreign(BaseHTTPRequestHandler):
    seen: ClassVar[list[dict[str, str]]] = []

    def do_GET(self) -> None:
        type(self).seen.append(dict(self.headers))
        body = b"[]"
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def foreign() -> Iterator[tuple[str, list[dict[str, str]]]]:
    """Another origin on loopback (another port) that answers every GET with a conformant `[]`."""
    seen: ClassVar[list[dict[str, str]]] = []
    handler = type("Foreign", (_Foreign,), {"seen": seen})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


def test_a_redirect_to_another_origin_is_a_deviation_and_the_key_never_goes_there(
    foreign: tuple[str, list[dict[str, str]]],
) -> None:
    elsewhere, seen = foreign
    redirect = {"list_segments": lambda call: Reply(302, headers={"location": f"{elsewhere}/segments"})}
    with Sandbox(api_key=KEY, overrides=redirect) as sandbox:
        report = check_contract(sandbox.url, KEY, operations=["list_segments", "list_fields"], max_examples=2)

    assert seen == []  # not a single request reached the other origin, with or without the key
    results = {r.operation_id: r for r in report.operations}
    assert results["list_segments"].outcome == "deviated"
    assert results["list_fields"].outcome == "matched"
    [deviation] = report.deviations
    assert (deviation.operation_id, deviation.check, deviation.status_code) == ("list_segments", "no_redirect", 302)
    assert "another origin" in deviation.detail and elsewhere in deviation.detail
    assert not report.ok


def test_a_redirect_on_the_same_origin_is_not_followed_either() -> None:
    calls: list[str] = []

    def count(call: Call) -> list[Any]:
        calls.append(call.operation.operation_id)
        return []

    overrides = {"list_segments": lambda call: Reply(307, headers={"location": "/fields"}), "list_fields": count}
    with Sandbox(api_key=KEY, overrides=overrides) as sandbox:
        report = check_contract(sandbox.url, KEY, operations=["list_segments"], max_examples=1)
    assert calls == []
    assert [(d.check, d.status_code) for d in report.deviations] == [("no_redirect", 307)]
    assert "the same origin" in report.deviations[0].detail


def _forms(secret: str) -> dict[str, str]:
    raw = secret.encode()
    return {
        "raw": secret,
        "json": json.dumps(secret)[1:-1],
        "url": quote(secret, safe=""),
        "url-lower": quote(secret, safe="").lower(),
        "base64": base64.b64encode(raw).decode(),
        "base64url": base64.urlsafe_b64encode(raw).decode().rstrip("="),
    }


def _key_fragments(text: str) -> list[str]:
    """Every run of 8 characters of the key, in any of its forms, found in ``text``."""
    return [
        f"{name}:{form[i : i + 8]}"
        for name, form in _forms(KEY).items()
        for i in range(len(form) - 7)
        if form[i : i + 8] in text
    ]


def test_the_key_is_scrubbed_in_every_encoding_before_any_value_is_cut(tmp_path: Path) -> None:
    forms = _forms(KEY)

    def leaky_segments(call: Call) -> list[dict[str, Any]]:
        # A wrongly typed id (a deviation whose value is quoted, cut at 80 characters) that holds the key past
        # the cut, and names holding each encoded form (in the body excerpt, also cut).
        padded = "x" * 60 + call.api_key
        return [{"id": padded, "name": f"{name} {form}"} for name, form in forms.items()]

    def leaky_fields(call: Call) -> Reply:
        return Reply(500, {"message": "y" * 180 + call.api_key + " " + forms["url"]})

    overrides = {"list_segments": leaky_segments, "list_fields": leaky_fields}
    with Sandbox(api_key=KEY, overrides=overrides) as sandbox:
        report = check_contract(sandbox.url, KEY, operations=["list_segments", "list_fields"], max_examples=1)

    assert {d.operation_id for d in report.deviations} == {"list_segments", "list_fields"}
    outputs = {
        "json": report.to_json(),
        "markdown": report.to_markdown(),
        "junit": report.to_junit(),
        "repr": repr(report),
    }
    report.write(tmp_path / "r.md")
    report.write(tmp_path / "r.json")
    report.write(tmp_path / "r.xml")
    outputs |= {path.name: path.read_text() for path in tmp_path.iterdir()}
    for name, text in outputs.items():
        assert _key_fragments(text) == [], name
    assert "***" in outputs["json"]  # scrubbed, not just dropped
    assert any("x" * 20 in d.detail for d in report.deviations)  # the cut value is still quoted


def test_the_key_stays_out_of_safe_writes_the_spec_patch_the_state_file_and_the_console(tmp_path: Path) -> None:
    """Issue 20's new outputs: an API that echoes the key (in an id it answers a create with, in list answers)
    never gets it into the console, the JSON / Markdown / JUnit reports, the spec patch or the state file."""
    from np6.cli import app
    from typer.testing import CliRunner

    forms = _forms(KEY)
    state_file = tmp_path / "state.json"
    state_texts: list[str] = []
    holder: dict[str, Sandbox] = {}

    def leaky_category(call: Call) -> dict[str, Any]:
        # The new category's id holds the key: it must not be written to the state file.
        return {"id": "x" * 60 + call.api_key, "name": " ".join(forms.values())}

    def leaky_segments(call: Call) -> list[dict[str, Any]]:
        return [{"id": "x" * 60 + call.api_key, "name": f"{name} {form}"} for name, form in forms.items()]

    def look_at_the_state_file(call: Call) -> Any:
        state_texts.append(state_file.read_text())
        return holder["sandbox"].core.handlers["create_field"](call)

    overrides = {
        "create_category": leaky_category,
        "list_segments": leaky_segments,
        "create_field": look_at_the_state_file,
    }
    reports = [tmp_path / "r.json", tmp_path / "r.md", tmp_path / "r.xml"]
    with Sandbox(api_key=KEY, overrides=overrides) as sandbox:
        holder["sandbox"] = sandbox
        result = CliRunner().invoke(
            app,
            ["contract", "--base-url", sandbox.url, "--max-examples", "1", "--operations", "list_segments",
             "--safe-writes", str(state_file), "--suggest-spec-patch", str(tmp_path / "spec.patch"),
             "--spec", str(Path(__file__).resolve().parents[2] / "spec" / "np6.yaml"),
             *[arg for path in reports for arg in ("--report", str(path))]],
            env={"NP6_API_KEY": KEY, "NP6_BASE_URL": None, "COLUMNS": "80"},
        )  # fmt: skip

    assert result.exit_code == 1, result.output
    data = json.loads(reports[0].read_text())
    deviated = {d["operation_id"] for d in data["deviations"]}
    assert deviated == {"list_segments", "create_category"}
    assert any("holds the API key: not recorded" in d["detail"] for d in data["deviations"])
    patch = (tmp_path / "spec.patch").read_text()
    assert "create_category fix-response-schema" in patch and "list_segments fix-response-schema" in patch
    assert state_texts and "segment" in state_texts[0]  # the state file was there, listing the run's objects
    outputs = {"console": result.output, "patch": patch} | {p.name: p.read_text() for p in reports}
    outputs |= {f"state file {n}": text for n, text in enumerate(state_texts)}
    for name, text in outputs.items():
        assert _key_fragments(text) == [], name
    assert not state_file.exists()


def test_safe_writes_never_follow_a_redirect(foreign: tuple[str, list[dict[str, str]]], tmp_path: Path) -> None:
    from np6_testkit.contract import check_safe_writes

    elsewhere, seen = foreign
    redirect = {"create_segment": lambda call: Reply(307, headers={"location": f"{elsewhere}/segments"})}
    with Sandbox(api_key=KEY, overrides=redirect) as sandbox:
        results = check_safe_writes(sandbox.url, KEY, tmp_path / "state.json")
    assert seen == []
    assert [(r.operation_id, r.status_code) for r in results] == [("create_segment", 307)]
    assert not results[0].ok
    assert not (tmp_path / "state.json").exists()
