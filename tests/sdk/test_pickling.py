"""Every exception np6 exports survives pickle, report included, and so crosses a process pool intact (issue 14:
``SendError`` and ``ActionStateError`` could not be unpickled, a ``BrokenProcessPool`` in a process pool)."""

from __future__ import annotations

import inspect
import multiprocessing
import pickle
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import np6
import np6.errors
import pytest
from np6 import SendReport
from np6_testkit.sandbox import Sandbox

MAIL_ACTION: dict[str, Any] = {
    "type": "mailMessage",
    "name": "Newsletter",
    "content": {
        "headers": {"from": {"prefix": "news", "domain": "example.com", "label": "Example"}},
        "subject": "Hello",
        "html": "<p>Hi</p>",
    },
}


@pytest.fixture(scope="module")
def report() -> Iterator[SendReport]:
    """A real report: two recipients sent (with message ids), one rejected."""
    with Sandbox() as sandbox, httpx.Client(base_url=sandbox.url, headers={"X-Key": sandbox.api_key}) as http:
        for email in ("a@example.com", "b@example.com"):
            assert http.post("/targets", json={"email": email}).status_code == 200
        action_id = str(http.post("/actions", json=MAIL_ACTION).json()["id"])
        segment = http.post("/segments", json={"type": "static", "name": "testers", "isTest": True}).json()["id"]
        with np6.Client(sandbox.api_key, base_url=sandbox.url) as client:
            client.actions.validate(action_id, test_segments=[segment])
            yield client.actions.send(action_id, ["a@example.com", "stranger@example.com", "b@example.com"])


def sample_arguments(report: SendReport) -> dict[str, Any]:
    """A value for every constructor parameter an np6 exception takes, by name."""
    return {
        "status_code": 409,
        "method": "POST",
        "url": "https://api-cm.np6.com/actions/000PE4/executions",
        "request_id": "4f7d9a0e-request",
        "body": "",
        "headers": {"x-request-id": "4f7d9a0e-request", "location": "https://elsewhere.example/x"},
        "reason": "JSONDecodeError: Expecting value",
        "cause": "ReadTimeout: timed out",
        "sent": True,
        "import_id": 7,
        "timeout": 1.5,
        "polls": 3,
        "start": 1_700_000_000_000,
        "end": 1_700_000_060_000,
        "timestamp": 1_700_000_090_000,
        "event_id": "c0ffee00-event",
        "action_id": "000PE4",
        "state": 38,
        "message": "the send of action 000PE4 stopped: NP6 refused a whole batch (ConflictError)",
        "report": report,
    }


def exported_exceptions() -> list[type[BaseException]]:
    names = set(np6.errors.__all__) | {name for name in np6.__all__ if name in np6.errors.__all__}
    classes = [getattr(np6.errors, name) for name in sorted(names)]
    return [cls for cls in classes if isinstance(cls, type) and issubclass(cls, BaseException)]


def instance_of(cls: type[BaseException], report: SendReport) -> BaseException:
    """An instance built the way np6 builds it: every constructor parameter from :func:`sample_arguments`."""
    if "__init__" not in {name for klass in cls.__mro__ if klass.__module__ == "np6.errors" for name in vars(klass)}:
        return cls("something np6 could not do")  # Exception's own constructor
    signature = inspect.signature(cls)
    samples = sample_arguments(report)
    parameters = [
        parameter
        for parameter in signature.parameters.values()
        if parameter.kind not in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD)
    ]
    missing = [parameter.name for parameter in parameters if parameter.name not in samples]
    assert not missing, f"{cls.__name__}: add sample values for {missing} to sample_arguments"
    positional = [samples[p.name] for p in parameters if p.kind is p.POSITIONAL_OR_KEYWORD and p.default is p.empty]
    keywords = {p.name: samples[p.name] for p in parameters if p.kind is p.KEYWORD_ONLY or p.default is not p.empty}
    return cls(*positional, **keywords)


def state_of(error: BaseException) -> dict[str, Any]:
    return {key: value for key, value in vars(error).items() if key != "__notes__"}


def test_every_exported_exception_is_covered() -> None:
    names = {cls.__name__ for cls in exported_exceptions()}
    assert {"NP6Error", "APIError", "SendError", "SendInterrupted", "ActionStateError", "ImportTimeoutError"} <= names


@pytest.mark.parametrize("cls", exported_exceptions(), ids=lambda cls: cls.__name__)
def test_every_exported_exception_round_trips_through_pickle(cls: type[BaseException], report: SendReport) -> None:
    error = instance_of(cls, report)
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        copy = pickle.loads(pickle.dumps(error, protocol=protocol))
        assert type(copy) is cls
        assert str(copy) == str(error)
        assert copy.args == error.args
        assert state_of(copy) == state_of(error)


def test_a_send_error_keeps_its_whole_report_through_pickle(report: SendReport) -> None:
    for cls in (np6.SendError, np6.SendInterrupted):
        copy = pickle.loads(pickle.dumps(cls("the send of action 000PE4 stopped", report)))
        assert copy.report == report
        assert [result.status for result in copy.report.results] == ["sent", "rejected", "sent"]
        assert copy.report.message_ids == report.message_ids and len(report.message_ids) == 2
        assert copy.report.results[1].reason == "recipient not found"
        assert (copy.report.action_id, copy.report.started_at) == (report.action_id, report.started_at)


def reraise(error: BaseException) -> None:
    """Run in a worker process: the error crosses to it (an argument) and back (raised)."""
    raise error


def test_a_send_error_crosses_a_process_pool(report: SendReport) -> None:
    error = np6.SendError("the send of action 000PE4 stopped", report)
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        future = pool.submit(reraise, error)
        with pytest.raises(np6.SendError) as caught:
            future.result(timeout=60)
    assert caught.value.report == report
    assert str(caught.value) == str(error)


def test_an_action_state_error_crosses_a_process_pool() -> None:
    error = np6.ActionStateError("000PE4", 20, "action 000PE4 went back to state 20 (states seen: 20 -> 38 -> 20)")
    with (
        ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool,
        pytest.raises(np6.ActionStateError) as caught,
    ):
        pool.submit(reraise, error).result(timeout=60)
    assert (caught.value.action_id, caught.value.state, str(caught.value)) == ("000PE4", 20, str(error))
