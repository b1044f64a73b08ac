"""The sandbox's answers on the wire: JSON bodies as the standard encoder writes them (with orjson or without it),
the headers every answer carries, and path parameters read the way JSON Schema reads integers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from np6_testkit.sandbox import Call, Reply, Sandbox
from np6_testkit.sandbox import _app as sandbox_app

PRIVATE_MODULE_UNDER_TEST = "np6_testkit.sandbox._app"  # its JSON encoder, with and without orjson
ANSWER: dict[Any, Any] = {
    "name": "prénom ✓",  # non-ASCII: orjson writes UTF-8 where json.dumps escapes, the same JSON either way
    7: "an integer key",  # JSON keys are strings
    "nested": [{"ratio": 0.5, "none": None, "flag": True}],
}
BIG = {"id": 2**70}  # beyond 64 bits: orjson refuses it, the standard encoder writes it


def _answer(call: Call) -> Any:
    return [ANSWER]


def _big(call: Call) -> Any:
    return [BIG]


def _answer_with_headers(call: Call) -> Reply:
    return Reply(200, {"ok": True}, headers={"X-Extra": "1", "Content-Type": "application/vnd.np6.test+json"})


@pytest.fixture(scope="module")
def server() -> Iterator[Sandbox]:
    with Sandbox(
        overrides={"list_fields": _answer, "list_segments": _big, "list_categories": _answer_with_headers}
    ) as sandbox:
        yield sandbox


@pytest.fixture
def http(server: Sandbox) -> Iterator[httpx.Client]:
    server.reset()
    with httpx.Client(base_url=server.url, headers={"X-Key": server.api_key}, timeout=10) as client:
        yield client


@pytest.mark.parametrize("encoder", ["orjson", "standard library"])
def test_json_answers_are_what_the_standard_encoder_writes(
    http: httpx.Client, encoder: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if encoder == "standard library":
        monkeypatch.setattr(sandbox_app, "orjson", None)
    response = http.get("/fields")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert int(response.headers["content-length"]) == len(response.content)
    assert response.json() == json.loads(json.dumps([ANSWER]))
    assert ("prénom".encode() in response.content) == (encoder == "orjson")
    assert http.get("/segments").json() == [BIG]


def test_a_reply_s_own_headers_replace_the_sandbox_s(http: httpx.Client) -> None:
    response = http.get("/categories")
    assert response.headers.get_list("content-type") == ["application/vnd.np6.test+json"]
    assert response.headers["x-extra"] == "1"
    assert response.json() == {"ok": True}


def test_answers_without_a_body(http: httpx.Client) -> None:
    segment = http.post("/segments", json={"type": "static", "name": "s"}).json()["id"]
    deleted = http.delete(f"/segments/{segment}")
    assert deleted.status_code == 204
    assert "content-length" not in deleted.headers and deleted.content == b""
    for response in (http.get(f"/segments/{segment}"), http.get("/no/such/route"), http.patch("/fields")):
        assert response.status_code in (404, 405)
        assert response.headers["content-length"] == "0"
        assert response.headers["x-request-id"]


def test_an_integral_number_is_an_integer_path_parameter(http: httpx.Client) -> None:
    """JSON Schema's integers include 1300.0 and 1.3e3 (schemathesis sends them); 1300.5 is not one."""
    segment = http.post("/segments", json={"type": "static", "name": "s"}).json()["id"]
    for spelling in (f"{segment}.0", f"{segment / 100}e2"):
        assert http.get(f"/segments/{spelling}").json()["id"] == segment
    refused = http.get(f"/segments/{segment}.5")
    assert refused.status_code == 400
    assert refused.json()["field"] == "id"
