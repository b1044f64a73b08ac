"""Malformed answers from the server: truncated JSON, the wrong content type, HTML pages, empty 200s, wrong
shapes, undocumented statuses. The client raises ``np6.MalformedResponseError`` (an ``APIError``) carrying the
status and the x-request-id, never a raw JSONDecodeError / KeyError; and a send whose answer is unreadable
reports its recipients ``unknown`` (NP6 processed the batch), never resent.

The sandbox's ``overrides`` make it answer badly: each handler returns a raw reply chosen by the test.
"""

from __future__ import annotations

import pickle
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import np6
import pytest
from np6_client.api.fields import list_fields
from np6_testkit.sandbox import Call, Reply, Sandbox
from np6_testkit.sandbox.state import EventLog

REQUEST_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
ANSWERS: dict[str, Reply] = {
    "truncated JSON": Reply(200, stream=[b'[{"id": 728, "name": "em'], headers={"content-type": "application/json"}),
    "HTML page": Reply(
        200,
        stream=[b"<!DOCTYPE html><html><body><h1>Maintenance</h1></body></html>"],
        headers={"content-type": "text/html"},
    ),
    "plain text": Reply(200, stream=[b"OK"], headers={"content-type": "text/plain"}),
    "empty 200": Reply(200, stream=[], headers={"content-type": "application/json"}),
    "wrong shape": Reply(200, stream=[b'{"fields": "not a list"}'], headers={"content-type": "application/json"}),
    "items of the wrong shape": Reply(200, stream=[b"[1, 2, 3]"], headers={"content-type": "application/json"}),
    "undocumented 2xx status": Reply(202, stream=[b"[]"], headers={"content-type": "application/json"}),
}
FAULTY = {"answer": "truncated JSON", "send": False}


def _list_fields(call: Call) -> Reply:
    return ANSWERS[FAULTY["answer"]]


@pytest.fixture(scope="module")
def server() -> Iterator[Sandbox]:
    def execute_action_batch(call: Call) -> Any:
        processed = real_batch(call)  # the sandbox does the work, then answers garbage
        return ANSWERS["HTML page"] if FAULTY["send"] else processed

    with Sandbox(overrides={"list_fields": _list_fields, "execute_action_batch": execute_action_batch}) as sandbox:
        real_batch = sandbox.core.handlers["execute_action_batch"]
        yield sandbox


@pytest.fixture
def sandbox(server: Sandbox) -> Iterator[Sandbox]:
    server.reset()
    FAULTY["send"] = False
    yield server


@pytest.mark.parametrize("answer", ANSWERS)
def test_a_malformed_answer_is_an_api_error_with_status_and_request_id(sandbox: Sandbox, answer: str) -> None:
    FAULTY["answer"] = answer
    with np6.Client(sandbox.api_key, base_url=sandbox.url) as client:
        with pytest.raises(np6.MalformedResponseError) as raised:
            client.fields.list_fields()
        with pytest.raises(np6.MalformedResponseError):  # the generated functions, through client.raw, too
            list_fields.sync_detailed(client=client.raw)
    error = raised.value
    assert isinstance(error, np6.APIError)
    assert error.status_code == ANSWERS[answer].status
    assert error.request_id is not None and REQUEST_ID.fullmatch(error.request_id)
    assert f"[x-request-id: {error.request_id}]" in str(error)
    assert error.method == "GET" and error.url.endswith("/fields")
    assert error.reason and str(error.status_code) in str(error)
    assert isinstance(error.__cause__, Exception)
    assert not isinstance(error.__cause__, np6.NP6Error)
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), str(copy), copy.reason) == (type(error), str(error), error.reason)


@pytest.mark.anyio
@pytest.mark.parametrize("answer", ["truncated JSON", "HTML page", "empty 200"])
async def test_the_async_client_raises_the_same_error(sandbox: Sandbox, answer: str) -> None:
    FAULTY["answer"] = answer
    async with np6.AsyncClient(sandbox.api_key, base_url=sandbox.url) as client:
        with pytest.raises(np6.MalformedResponseError) as raised:
            await client.fields.list_fields()
    assert raised.value.status_code == ANSWERS[answer].status
    assert raised.value.request_id


def test_json_with_another_content_type_is_read(sandbox: Sandbox) -> None:
    """Leniency where it is safe: a well-formed body is read whatever its Content-Type says."""
    ANSWERS["JSON as text"] = Reply(200, stream=[b"[]"], headers={"content-type": "text/plain"})
    FAULTY["answer"] = "JSON as text"
    try:
        with np6.Client(sandbox.api_key, base_url=sandbox.url) as client:
            assert client.fields.list_fields() == []
    finally:
        del ANSWERS["JSON as text"]


def test_an_html_error_page_is_a_server_error_with_the_request_id(sandbox: Sandbox) -> None:
    ANSWERS["proxy 502"] = Reply(
        502, stream=[b"<html><body>Bad Gateway</body></html>"], headers={"content-type": "text/html"}
    )
    FAULTY["answer"] = "proxy 502"
    try:
        with (
            np6.Client(sandbox.api_key, base_url=sandbox.url, max_retries=0) as client,
            pytest.raises(np6.ServerError) as raised,
        ):
            client.fields.list_fields()
    finally:
        del ANSWERS["proxy 502"]
    assert raised.value.status_code == 502
    assert raised.value.request_id
    assert "Bad Gateway" in str(raised.value)


def test_a_raw_generated_client_without_the_hook_still_raises_the_parse_error(sandbox: Sandbox) -> None:
    import np6_client

    FAULTY["answer"] = "truncated JSON"
    raw = np6_client.AuthenticatedClient(base_url=sandbox.url, token=sandbox.api_key)
    with pytest.raises(ValueError):  # JSONDecodeError: the generator's behaviour, unchanged without np6
        list_fields.sync_detailed(client=raw)


def test_a_send_whose_answer_is_unreadable_is_unknown_never_not_sent(sandbox: Sandbox) -> None:
    with httpx.Client(base_url=sandbox.url, headers={"X-Key": sandbox.api_key}) as http:
        targets = [http.post("/targets", json={"email": f"u{number}@example.com"}).json() for number in range(6)]
        action = http.post(
            "/actions", json={"type": "mailMessage", "name": "A", "content": {"subject": "s", "html": "<p>h</p>"}}
        ).json()["id"]
        segment = http.post("/segments", json={"type": "static", "name": "S", "isTest": True}).json()["id"]
        http.post(f"/actions/{action}/validation", json={"fortest": True, "testSegments": [segment]})
        http.post(f"/actions/{action}/validation", json={"fortest": False})
    FAULTY["send"] = True
    with np6.Client(sandbox.api_key, base_url=sandbox.url) as client:
        report = client.actions.send(action, [target["fields"]["728"] for target in targets], batch_size=2)
    assert [result.status for result in report.results] == ["unknown"] * 6
    assert all("MalformedResponseError" in (result.reason or "") for result in report.results)
    with sandbox.core.lock:
        sends = sandbox.core.state.part(EventLog).sends_for(action)
    assert Counter(send.target_id for send in sends) == Counter(target["id"] for target in targets)
