"""``actions.send`` and ``actions.validate`` when the user or the environment gets in the way (issue 14): Ctrl-C,
cancellation, a failing progress callback, a thread that cannot start, an action whose state goes back, the same
contact given twice. Every case is audited against what the sandbox really sent."""

from __future__ import annotations

import _thread
import asyncio
import logging
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import np6
import pytest
from np6 import ActionStateError, SendError, SendInterrupted, SendReport
from np6_client.models import RecipientByHash, RecipientById, RecipientByUnicity, RecipientFootprint
from np6_testkit.sandbox import Call, Faults, Sandbox
from np6_testkit.sandbox.state import EventLog

MAIL_ACTION: dict[str, Any] = {
    "type": "mailMessage",
    "name": "Newsletter",
    "content": {
        "headers": {"from": {"prefix": "news", "domain": "example.com", "label": "Example"}},
        "subject": "Hello",
        "html": "<p>Hi</p>",
    },
}
SEND_ONLY = frozenset({"execute_action_batch"})


# -- sandbox setup over raw HTTP ---------------------------------------------------------------------


def create_targets(http: httpx.Client, count: int, prefix: str) -> dict[str, str]:
    """``count`` contacts: email -> target id."""
    ids = {}
    for number in range(count):
        response = http.post("/targets", json={"email": f"{prefix}{number}@example.com"})
        assert response.status_code == 200, response.text
        ids[f"{prefix}{number}@example.com"] = str(response.json()["id"])
    return ids


def create_recipients(http: httpx.Client, count: int, prefix: str) -> list[str]:
    return list(create_targets(http, count, prefix))


def create_action(http: httpx.Client) -> str:
    response = http.post("/actions", json=MAIL_ACTION)
    assert response.status_code == 200, response.text
    return str(response.json()["id"])


def create_segment(http: httpx.Client, action_id: str) -> int:
    response = http.post("/segments", json={"type": "static", "name": f"testers {action_id}", "isTest": True})
    assert response.status_code == 200, response.text
    return int(response.json()["id"])


def validated_action(http: httpx.Client) -> str:
    action_id = create_action(http)
    segment = create_segment(http, action_id)
    assert http.post(f"/actions/{action_id}/validation", json={"fortest": True, "testSegments": [segment]}).is_success
    assert http.post(f"/actions/{action_id}/validation", json={"fortest": False}).is_success
    return action_id


def sent_by_sandbox(sandbox: Sandbox, action_id: str) -> Counter[str]:
    """Messages the sandbox really sent, per recipient email: the ground truth."""
    with sandbox.core.lock:
        return Counter(send.unicity for send in sandbox.core.state.part(EventLog).sends_for(action_id))


def assert_report_matches_the_sandbox(report: SendReport, recipients: list[str], truth: Counter[str]) -> None:
    """Each recipient exactly once in the report; sent ones were sent once, not_sent ones never, unknown either."""
    assert [result.recipient for result in report.results] == recipients
    assert max(truth.values(), default=0) <= 1, "a recipient got two messages"
    for result in report.results:
        received = truth[str(result.recipient)]
        if result.status == "sent":
            assert received == 1, result
        elif result.status in ("not_sent", "rejected"):
            assert received == 0, result
        else:
            assert result.status == "unknown", result
    assert report.sent + report.rejected + report.unknown + report.not_sent == len(recipients)


# -- Ctrl-C during a sync send ---------------------------------------------------------------------


class CtrlC:
    """An ``on_batch_done`` that presses Ctrl-C as a terminal does (SIGINT to the main thread) after ``after``
    batches. The callbacks from then on wait until the main thread has taken the signal, so that how far the
    send gets does not depend on how soon a busy machine schedules the main thread."""

    def __init__(self, after: int) -> None:
        self.after = after
        self.batches = 0
        self.taken = threading.Event()
        self._lock = threading.Lock()

    def __enter__(self) -> CtrlC:
        def take(signum: int, frame: object) -> None:
            self.taken.set()
            raise KeyboardInterrupt

        self._previous = signal.signal(signal.SIGINT, take)
        return self

    def __exit__(self, *exc_info: object) -> None:
        signal.signal(signal.SIGINT, self._previous)

    def __call__(self, size: int) -> None:
        with self._lock:
            self.batches += 1
            batches = self.batches
        if batches == self.after:
            signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGINT)
        if batches >= self.after:
            self.taken.wait(10)


def test_ctrl_c_stops_new_batches_and_raises_send_interrupted_with_the_report(
    client: np6.Client, http: httpx.Client, sandbox: Sandbox
) -> None:
    recipients = create_recipients(http, 40, "ctrl-c")
    action_id = validated_action(http)
    reports: list[SendReport] = []
    with (
        CtrlC(after=3) as press_ctrl_c_after_the_third_batch,
        pytest.raises(KeyboardInterrupt) as caught,  # still a KeyboardInterrupt: `except KeyboardInterrupt` works
    ):
        client.actions.send(
            action_id,
            recipients,
            batch_size=2,
            concurrency=2,
            on_batch_done=press_ctrl_c_after_the_third_batch,
            on_report=reports.append,
        )
    assert isinstance(caught.value, SendInterrupted)
    assert not isinstance(caught.value, Exception)  # `except Exception` does not swallow Ctrl-C
    report = caught.value.report
    assert reports == [report]
    assert isinstance(caught.value.__cause__, KeyboardInterrupt)
    truth = sent_by_sandbox(sandbox, action_id)
    assert_report_matches_the_sandbox(report, recipients, truth)
    assert report.unknown == 0  # the batches in flight finished and were recorded
    assert report.not_sent >= 30  # no new batch after the interrupt (at most one per worker was in flight)
    assert sum(truth.values()) == report.sent
    assert f"{report.sent} sent" in str(caught.value)


def test_a_second_ctrl_c_stops_waiting_for_the_batches_in_flight(http: httpx.Client, sandbox: Sandbox) -> None:
    recipients = create_recipients(http, 8, "twice")
    action_id = validated_action(http)
    sandbox.set_faults(Faults(spike_rate=1.0, spike_latency=3.0, operations=SEND_ONLY))  # slow sends only
    posts = 0

    def ctrl_c_once_both_batches_are_in_flight(request: httpx.Request) -> None:
        nonlocal posts
        if request.method == "POST":
            posts += 1
            if posts == 2:
                _thread.interrupt_main()

    class CtrlCAgainWhenWaiting(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if "interrupt again" in record.getMessage():
                _thread.interrupt_main()

    handler = CtrlCAgainWhenWaiting()
    logging.getLogger("np6").addHandler(handler)
    hooked = httpx.Client(timeout=10, event_hooks={"request": [ctrl_c_once_both_batches_are_in_flight]})
    started = time.monotonic()
    try:
        with (
            np6.Client(sandbox.api_key, base_url=sandbox.url, http_client=hooked) as client,
            pytest.raises(KeyboardInterrupt) as caught,
        ):
            client.actions.send(action_id, recipients, batch_size=2, concurrency=2)
    finally:
        logging.getLogger("np6").removeHandler(handler)
    assert time.monotonic() - started < 2.5  # did not wait for the 3 s answers
    assert isinstance(caught.value, SendInterrupted)
    report = caught.value.report
    assert [result.status for result in report.results] == ["unknown"] * 4 + ["not_sent"] * 4
    assert "interrupted" in (report.results[0].reason or "")
    time.sleep(3.1)  # the abandoned batches land
    assert_report_matches_the_sandbox(report, recipients, sent_by_sandbox(sandbox, action_id))


# -- a progress callback that raises, a thread that cannot start -----------------------------------


def failing_on_call(number: int) -> Callable[[int], None]:
    calls = 0

    def on_batch_done(size: int) -> None:
        nonlocal calls
        calls += 1
        if calls == number:
            raise ValueError("the progress display broke")

    return on_batch_done


def test_a_failing_progress_callback_stops_the_send_and_keeps_the_report(
    client: np6.Client, http: httpx.Client, sandbox: Sandbox
) -> None:
    recipients = create_recipients(http, 30, "callback")
    action_id = validated_action(http)
    with pytest.raises(SendError, match="on_batch_done") as caught:
        client.actions.send(action_id, recipients, batch_size=2, concurrency=2, on_batch_done=failing_on_call(2))
    assert isinstance(caught.value.__cause__, ValueError)
    report = caught.value.report
    assert_report_matches_the_sandbox(report, recipients, sent_by_sandbox(sandbox, action_id))
    assert report.not_sent >= 20


@pytest.mark.anyio
async def test_a_failing_progress_callback_stops_an_async_send_without_an_exception_group(
    http: httpx.Client, sandbox: Sandbox
) -> None:
    recipients = create_recipients(http, 30, "async-callback")
    action_id = validated_action(http)
    async with np6.AsyncClient(sandbox.api_key, base_url=sandbox.url) as client:
        with pytest.raises(SendError, match="on_batch_done") as caught:
            await client.actions.send(
                action_id, recipients, batch_size=2, concurrency=2, on_batch_done=failing_on_call(2)
            )
    assert isinstance(caught.value.__cause__, ValueError)
    report = caught.value.report
    assert_report_matches_the_sandbox(report, recipients, sent_by_sandbox(sandbox, action_id))
    assert report.not_sent >= 20


def test_a_worker_thread_that_cannot_start_stops_the_send_with_the_report(
    client: np6.Client, http: httpx.Client, sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    recipients = create_recipients(http, 30, "threads")
    action_id = validated_action(http)
    start = threading.Thread.start
    started = 0

    def start_one_send_thread_only(thread: threading.Thread) -> None:
        nonlocal started
        if thread.name.startswith("np6-send"):
            started += 1
            if started > 1:
                raise RuntimeError("can't start new thread")
        start(thread)

    monkeypatch.setattr(threading.Thread, "start", start_one_send_thread_only)
    with pytest.raises(SendError, match="thread") as caught:
        client.actions.send(action_id, recipients, batch_size=2, concurrency=4)
    assert isinstance(caught.value.__cause__, RuntimeError)
    report = caught.value.report
    assert_report_matches_the_sandbox(report, recipients, sent_by_sandbox(sandbox, action_id))
    assert report.not_sent >= 24


@pytest.mark.parametrize("concurrency", [33, 1000])
def test_concurrency_has_an_upper_bound(client: np6.Client, concurrency: int) -> None:
    with pytest.raises(ValueError, match=r"concurrency must be an int from 1 to 32"):
        client.actions.send("000PE4", ["a@example.com"], concurrency=concurrency)


# -- cancelling an async send ------------------------------------------------------------------------


@pytest.mark.anyio
async def test_an_async_send_cancelled_by_wait_for_raises_timeout_and_delivers_the_report(
    http: httpx.Client, sandbox: Sandbox
) -> None:
    recipients = create_recipients(http, 40, "wait-for")
    action_id = validated_action(http)
    sandbox.set_faults(Faults(spike_rate=1.0, spike_latency=0.4, operations=SEND_ONLY))
    reports: list[SendReport] = []
    async with np6.AsyncClient(sandbox.api_key, base_url=sandbox.url) as client:
        send = client.actions.send(action_id, recipients, batch_size=2, concurrency=2, on_report=reports.append)
        with pytest.raises(TimeoutError) as caught:
            await asyncio.wait_for(send, 2.0)  # 20 batches, 2 at a time, 0.4 s each: cancelled midway
    [report] = reports
    assert report.sent > 0 and report.not_sent > 0
    assert report.unknown == 2 * 2  # each worker's batch in flight: NP6 may have sent it
    assert any(str(report) in note for note in getattr(caught.value.__cause__, "__notes__", []))
    await asyncio.sleep(0.5)  # the cancelled requests land (or not)
    assert_report_matches_the_sandbox(report, recipients, sent_by_sandbox(sandbox, action_id))


@pytest.mark.anyio
async def test_a_cancelled_async_send_task_propagates_cancelled_error(http: httpx.Client, sandbox: Sandbox) -> None:
    recipients = create_recipients(http, 40, "cancel")
    action_id = validated_action(http)
    reports: list[SendReport] = []
    async with np6.AsyncClient(sandbox.api_key, base_url=sandbox.url) as client:
        batches = 0

        def cancel_after_the_fourth_batch(size: int) -> None:
            nonlocal batches
            batches += 1
            if batches == 4:
                task.cancel()

        task = asyncio.ensure_future(
            client.actions.send(
                action_id,
                recipients,
                batch_size=2,
                concurrency=2,
                on_batch_done=cancel_after_the_fourth_batch,
                on_report=reports.append,
            )
        )
        with pytest.raises(asyncio.CancelledError):
            await task
    [report] = reports
    assert report.sent >= 8 and report.not_sent >= 20
    await asyncio.sleep(0.2)
    assert_report_matches_the_sandbox(report, recipients, sent_by_sandbox(sandbox, action_id))


# -- validate when the action's state goes back ----------------------------------------------------


@pytest.fixture
def regressing_sandbox() -> Iterator[tuple[Sandbox, Counter[bool]]]:
    """A sandbox whose production validation (38 -> 50) sends the action back to 20, as if something else
    devalidated it every time; counts the validation calls by phase (fortest)."""
    phases: Counter[bool] = Counter()

    def validate_then_fall_back(call: Call) -> Any:
        fortest = bool(call.body.get("fortest"))  # type: ignore[union-attr]
        phases[fortest] += 1
        reply = server.core.handlers["validate_action"](call)
        if not fortest and phases[fortest] < 20:  # bounded, so that a looping validate ends
            with server.core.lock:
                server.core.state.part(_actions_part()).get(str(call.path["id"]))["informations"]["state"] = 20
        return reply

    server = Sandbox(overrides={"validate_action": validate_then_fall_back})
    with server:
        yield server, phases


def _actions_part() -> Any:
    from np6_testkit.sandbox.state import Actions

    return Actions


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.anyio
async def test_validate_stops_when_the_state_goes_back(
    regressing_sandbox: tuple[Sandbox, Counter[bool]], asynchronous: bool
) -> None:
    server, phases = regressing_sandbox
    with httpx.Client(base_url=server.url, headers={"X-Key": server.api_key}) as http:
        action_id = create_action(http)
        segment = create_segment(http, action_id)
    with pytest.raises(ActionStateError, match=r"20 -> 38 -> 20") as caught:
        if asynchronous:
            async with np6.AsyncClient(server.api_key, base_url=server.url) as async_client:
                await async_client.actions.validate(action_id, test_segments=[segment])
        else:
            with np6.Client(server.api_key, base_url=server.url) as client:
                client.actions.validate(action_id, test_segments=[segment])
    assert phases == {True: 1, False: 1}  # the test segment was mailed once, not again and again
    assert caught.value.state == 20 and caught.value.action_id == action_id


# -- the same contact twice, an empty footprint ----------------------------------------------------


class RequestLog:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> None:
        self.requests.append(request)


@pytest.fixture
def logged(sandbox: Sandbox) -> Iterator[tuple[np6.Client, RequestLog]]:
    log = RequestLog()
    with np6.Client(
        sandbox.api_key, base_url=sandbox.url, http_client=httpx.Client(event_hooks={"request": [log]})
    ) as client:
        yield client, log


@pytest.mark.parametrize(
    ("recipients", "options", "message"),
    [
        ([RecipientById(type_="id", value="00000001"), RecipientFootprint(type_="footprint", id="00000001")], {}, "1"),
        ([RecipientFootprint(type_="footprint", id="00000001"), "00000001"], {"strings_are": "id"}, "1"),
        (["a@example.com", RecipientFootprint(type_="footprint", unicity="a@example.com")], {}, "1"),
        (
            [RecipientFootprint(type_="footprint", hash_="0" * 32), RecipientByHash(type_="hash", value="0" * 32)],
            {},
            "1",
        ),
        (
            [
                "b@example.com",
                RecipientFootprint(type_="footprint", id="00000002", unicity="c@example.com"),
                RecipientByUnicity(type_="unicity", value=["c@example.com"]),
            ],
            {},
            "2",
        ),
        (["a@example.com", "b@example.com", "a@example.com"], {}, "2"),
        (["a@example.com", {"type": "unicity", "value": ["a@example.com"]}], {}, "1"),
        ([{"type": "id", "value": "00000001"}, RecipientFootprint(type_="footprint", id="00000001")], {}, "1"),
        ([{"recipient": {"type": "hash", "value": "0" * 32}}, {"type": "footprint", "hash": "0" * 32}], {}, "1"),
        ([{"type": "id", "value": "00000001"}, "00000001"], {"strings_are": "id"}, "1"),
    ],
    ids=[
        "id-and-footprint-id",
        "footprint-and-id-string",
        "unicity-and-footprint",
        "hash",
        "footprint-parts",
        "twice",
        "string-and-dict",
        "dict-and-model",
        "request-dict-and-footprint-dict",
        "dict-and-id-string",
    ],
)
def test_the_same_contact_in_two_forms_is_refused_before_any_request(
    logged: tuple[np6.Client, RequestLog], recipients: list[Any], options: dict[str, Any], message: str
) -> None:
    client, log = logged
    with pytest.raises(ValueError, match=rf"recipient {message} .* repeats recipient"):
        client.actions.send("000PE4", recipients, **options)
    assert log.requests == []


@pytest.mark.parametrize(
    "footprint",
    [
        RecipientFootprint(type_="footprint"),
        RecipientFootprint(type_="footprint", id=""),
        RecipientFootprint(type_="footprint", unicity="", hash_=""),
        {"type": "footprint"},
    ],
    ids=["no-part", "empty-id", "empty-parts", "dict"],
)
def test_an_empty_footprint_is_refused_before_any_request(
    logged: tuple[np6.Client, RequestLog], footprint: RecipientFootprint | dict[str, str]
) -> None:
    client, log = logged
    with pytest.raises(ValueError, match="recipient 1: a footprint needs"):
        client.actions.send("000PE4", ["a@example.com", footprint])
    assert log.requests == []


def test_different_contacts_in_several_forms_are_all_sent(
    client: np6.Client, http: httpx.Client, sandbox: Sandbox
) -> None:
    targets = create_targets(http, 3, "forms")
    emails, ids = list(targets), list(targets.values())
    action_id = validated_action(http)
    recipients: list[Any] = [
        emails[0],
        RecipientById(type_="id", value=ids[1]),
        RecipientFootprint(type_="footprint", id=ids[2]),
    ]
    report = client.actions.send(action_id, recipients)
    assert report.sent == 3
    assert sent_by_sandbox(sandbox, action_id) == Counter(emails)
