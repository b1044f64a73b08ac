"""The sandbox server as HTTP sees it: every operation answers, requests are validated like NP6 does."""

from __future__ import annotations

import asyncio
import json
import socket
import uuid
from typing import Any

import httpx
import np6.spec
import pytest
from np6_testkit.sandbox import ApiSpec, Operation, Sandbox

SPEC = ApiSpec(np6.spec.document())
# Operations whose request bodies the sampler cannot make meaningful alone are still sent; they must
# answer a documented status either way.


def _request_for(operation: Operation) -> dict[str, Any]:
    """A schema-valid request for ``operation`` from the spec's own samples."""
    path = operation.path
    params: dict[str, Any] = {}
    for parameter in operation.parameters:
        value = SPEC.synthesize(parameter.schema)
        if parameter.location == "path":
            path = path.replace("{" + parameter.name + "}", str(value))
        elif parameter.location == "query" and parameter.required:
            params[parameter.name] = value
    if operation.exclusive_query:
        key = operation.exclusive_query[0]
        schema = next(p.schema for p in operation.parameters if p.name == key)
        params[key] = SPEC.synthesize(schema)
    request: dict[str, Any] = {"method": operation.method, "url": path, "params": params}
    if operation.body_media_types:
        media_type, pointer = next(iter(operation.body_media_types.items()))
        if media_type == "application/octet-stream":
            request["content"] = b"email\nalice@example.com\n"
        else:
            request["content"] = json.dumps(SPEC.sample(pointer)).encode()
        request["headers"] = {"Content-Type": media_type}
    elif operation.method in ("POST", "PUT", "PATCH"):
        request["content"] = b""
    return request


@pytest.mark.parametrize("operation_id", sorted(SPEC.operations))
def test_every_operation_answers_a_documented_status(http: httpx.Client, operation_id: str) -> None:
    operation = SPEC.operations[operation_id]
    response = http.request(**_request_for(operation))
    assert response.status_code < 500, response.text
    assert str(response.status_code) in operation.responses, (response.status_code, response.text)
    assert response.headers["x-request-id"]


def test_the_sample_of_every_schema_is_valid_at_any_depth() -> None:
    """Deep down (depth 4 on) a sample object carries only its required properties: those an ``allOf`` part or
    the schema itself requires of another part's properties too (``allOf: [{$ref: FieldRequest}, {required:
    [id]}]``), also where that part's sample is its published example; and the spec is not changed."""
    document = json.dumps(SPEC.document, sort_keys=True)
    invalid = {}
    for name in SPEC.document["components"]["schemas"]:
        validator = SPEC.validator(f"/components/schemas/{name}")
        for depth in range(6):
            sample = SPEC.synthesize({"$ref": f"#/components/schemas/{name}"}, depth)
            error = next(iter(validator.iter_errors(sample)), None)
            if error is not None:
                invalid[f"{name} at depth {depth}"] = error.message[:160]
    assert invalid == {}
    assert json.dumps(SPEC.document, sort_keys=True) == document


def test_a_wrong_or_missing_key_is_401(sandbox: Sandbox) -> None:
    assert httpx.get(f"{sandbox.url}/fields").status_code == 401
    assert httpx.get(f"{sandbox.url}/fields", headers={"X-Key": "wrong"}).status_code == 401


def test_unknown_paths_and_methods(http: httpx.Client) -> None:
    assert http.get("/no/such/route").status_code == 404
    assert http.patch("/fields").status_code == 405


def test_an_escaped_slash_stays_inside_its_path_parameter(http: httpx.Client) -> None:
    # /targets/events/hits is the hits listing (400 without an identity); escaped, it is target "events/hits".
    assert http.get("/targets/events/hits").status_code == 400
    assert http.get("/targets/events%2Fhits").status_code == 404
    created = http.post("/targets", json={"email": "slash@example.com"}).json()["id"]
    assert http.get(f"/targets/{created}").json()["id"] == created
    assert http.get(f"/targets/{created[:2]}%{ord(created[2]):02X}{created[3:]}").json()["id"] == created


def test_every_response_carries_a_request_id(http: httpx.Client) -> None:
    ids = {http.get("/fields").headers["x-request-id"] for _ in range(5)}
    assert len(ids) == 5
    assert all(uuid.UUID(value) for value in ids)
    assert http.get("/nope").headers["x-request-id"]


def test_a_post_without_content_length_is_411(sandbox: Sandbox) -> None:
    with socket.create_connection((sandbox.host, sandbox.port)) as connection:
        connection.sendall(
            b"POST /targets HTTP/1.1\r\nHost: sandbox\r\nX-Key: " + sandbox.api_key.encode() + b"\r\n"
            b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            b"2\r\n{}\r\n0\r\n\r\n"
        )
        status_line = connection.recv(4096).split(b"\r\n", 1)[0]
    assert status_line == b"HTTP/1.1 411 Length Required"


def test_a_wrong_content_type_is_415(http: httpx.Client) -> None:
    response = http.post("/targets", content=b"email=a", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 415


def test_a_body_that_does_not_match_the_schema_is_400_naming_the_field(http: httpx.Client) -> None:
    response = http.post("/segments", json={"type": "static", "name": 12})
    assert response.status_code == 400
    assert response.json()["field"] == "name"
    response = http.put("/segments/1300/targets", json=["x"] * 51)
    assert response.status_code == 400
    assert response.json() == {"message": "body: maxItems is 50, got 51 items", "field": "body"}


def test_malformed_json_is_400(http: httpx.Client) -> None:
    response = http.post("/targets", content=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["field"] == "body"


def test_bad_query_values_are_400(http: httpx.Client) -> None:
    response = http.get("/actions/events", params={"sort": "sideways"})
    assert response.status_code == 400
    assert response.json()["field"] == "sort"


def test_query_keyed_operations_need_exactly_one_key(http: httpx.Client) -> None:
    assert http.get("/targets/events/hits").status_code == 400
    both = http.get("/targets/events/hits", params={"id": "000L0000", "hash": "ab"})
    assert both.status_code == 400
    assert "exactly one of" in both.json()["message"]


def test_reset_empties_the_state(sandbox: Sandbox, http: httpx.Client) -> None:
    http.post("/targets", json={"email": "reset@np6.test"})
    assert http.get("/targets/count").json() == {"targetsCount": 1}
    sandbox.reset()
    assert http.get("/targets/count").json() == {"targetsCount": 0}


def test_independent_sandboxes_do_not_share_state() -> None:
    with Sandbox(api_key="one") as first, Sandbox(api_key="two") as second:
        httpx.post(f"{first.url}/targets", json={"email": "a@np6.test"}, headers={"X-Key": "one"})
        count = httpx.get(f"{second.url}/targets/count", headers={"X-Key": "two"}).json()
    assert count == {"targetsCount": 0}
    assert first.port != second.port


def test_binding_beyond_loopback_warns() -> None:
    with pytest.warns(UserWarning, match="reachable beyond this machine"):
        Sandbox(host="0.0.0.0").stop()


def test_unknown_query_parameters_are_400_naming_them(http: httpx.Client) -> None:
    response = http.get("/actions/events", params={"sort": "asc", "srot": "desc"})
    assert response.status_code == 400
    assert response.json() == {"message": "unknown query parameter 'srot'", "field": "srot"}


def test_a_running_sandbox_leaves_the_processs_asyncio_policy_alone() -> None:
    """The sandbox's server may run on uvloop in its own thread; the user's asyncio code keeps its own loops."""
    policy = type(asyncio.get_event_loop_policy())
    with Sandbox() as sandbox:
        assert httpx.get(f"{sandbox.url}/targets/count", headers={"X-Key": sandbox.api_key}).status_code == 200
        assert type(asyncio.get_event_loop_policy()) is policy
        assert type(asyncio.new_event_loop()).__module__.startswith("asyncio")
