"""Pacing (issue 19): a client sends at NP6's rate limit, not into it, from the X-RateLimit-* headers of its
answers (or ``requests_per_second``), across its threads, tasks and ``with_options`` copies."""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler

import anyio
import httpx
import np6
import pytest
from factories import at_a_whole_second
from np6._http import _pacing
from np6._http._pacing import Pacer
from np6_testkit.sandbox import Faults, Sandbox

from ._loopback import answer, scripted_server

PRIVATE_MODULE_UNDER_TEST = "np6._http._pacing"  # the pacer's arithmetic, at the end

COUNT = b'{"targetsCount": 0}'


def held(caplog: pytest.LogCaptureFixture) -> int:
    return sum("held" in record.getMessage() for record in caplog.records if record.name == "np6")


@pytest.fixture
def np6_debug(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with caplog.at_level(logging.DEBUG, logger="np6"):
        yield caplog


# -- against the sandbox's rate limit ---------------------------------------------------------------------


def test_a_burst_from_8_threads_and_copies_stays_under_the_limit(sandbox: Sandbox) -> None:
    sandbox.set_faults(Faults(rate_limit=5, rate_window=1.0))
    with np6.Client(sandbox.api_key, base_url=sandbox.url) as client, ThreadPoolExecutor(8) as pool:
        client.targets.count_targets()  # the first answer tells the budget; before it nothing is known
        copies = [client, client.with_options(timeout=10), client.with_options(max_retries=0)]
        calls = [pool.submit(copies[index % 3].targets.count_targets) for index in range(11)]
        assert [call.result().targets_count for call in calls] == [0] * 11
    assert sandbox.faults.injected == {}  # 12 requests over 3+ windows of 5: none refused


@pytest.mark.anyio
async def test_a_burst_from_8_tasks_and_copies_stays_under_the_limit(sandbox: Sandbox) -> None:
    sandbox.set_faults(Faults(rate_limit=5, rate_window=1.0))
    results: list[int] = []
    async with np6.AsyncClient(sandbox.api_key, base_url=sandbox.url) as client:
        await client.targets.count_targets()
        copies = [client, client.with_options(timeout=10)]

        async def worker(index: int) -> None:
            for _ in range(2):
                results.append((await copies[index % 2].targets.count_targets()).targets_count)

        async with anyio.create_task_group() as tasks:
            for index in range(6):
                tasks.start_soon(worker, index)
    assert results == [0] * 12
    assert sandbox.faults.injected == {}


def test_remaining_0_holds_requests_until_the_reset_another_client_included(
    sandbox: Sandbox, http: httpx.Client, np6_debug: pytest.LogCaptureFixture
) -> None:
    """The latest answer is the truth: another client's use of the key shows in the Remaining np6 reads."""
    sandbox.set_faults(Faults(rate_limit=4, rate_window=1.0))
    at_a_whole_second()
    with np6.Client(sandbox.api_key, base_url=sandbox.url) as client:
        client.targets.count_targets()  # Remaining 3
        assert [http.get("/targets/count").status_code for _ in range(2)] == [200, 200]  # another client: 1 left
        client.targets.count_targets()  # Remaining 0, though np6 sent only 2
        assert client.rate_limit is not None and client.rate_limit.remaining == 0
        assert held(np6_debug) == 0
        client.targets.count_targets()  # held until the window resets, then sent once
    assert held(np6_debug) >= 1
    assert sandbox.faults.injected == {}


# -- headers np6 cannot pace from --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {"X-RateLimit-Remaining": "0"},  # no Reset: when to come back is unknown
        {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "soon"},
        {"X-RateLimit-Remaining": "none", "X-RateLimit-Reset": "1", "X-RateLimit-Limit": "5"},
        {"X-RateLimit-Remaining": "-1", "X-RateLimit-Reset": "nan"},
        {"X-RateLimit-Limit": "5"},
        {},
    ],
)
def test_missing_or_unreadable_headers_hold_nothing(
    headers: dict[str, str], np6_debug: pytest.LogCaptureFixture
) -> None:
    def script(handler: BaseHTTPRequestHandler) -> None:
        answer(handler, 200, COUNT, headers)

    with scripted_server(script) as (url, seen), np6.Client("k", base_url=url) as client:
        for _ in range(4):
            client.targets.count_targets()
    assert len(seen.requests) == 4
    assert held(np6_debug) == 0


def test_a_delay_reset_is_read_like_an_epoch_one(np6_debug: pytest.LogCaptureFixture) -> None:
    def script(handler: BaseHTTPRequestHandler) -> None:
        answer(handler, 200, COUNT, {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1"})

    with scripted_server(script) as (url, seen), np6.Client("k", base_url=url) as client:
        client.targets.count_targets()
        client.targets.count_targets()  # held about a second, then sent
    assert len(seen.requests) == 2
    assert held(np6_debug) >= 1


# -- stopping while held -----------------------------------------------------------------------------------


def _spent_for_30_s(handler: BaseHTTPRequestHandler) -> None:
    answer(handler, 200, COUNT, {"X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "30"})


def test_ctrl_c_while_held_sends_nothing_more() -> None:
    with scripted_server(_spent_for_30_s) as (url, seen), np6.Client("k", base_url=url) as client:
        client.targets.count_targets()
        timer = threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGINT))
        timer.start()
        try:
            with pytest.raises(KeyboardInterrupt):
                client.targets.count_targets()
        finally:
            timer.cancel()
        # The client stays usable; a call whose deadline ends before the reset is refused at once, unsent.
        with pytest.raises(np6.APITimeoutError, match="rate-limit window") as caught:
            client.with_options(deadline=5).targets.count_targets()
        assert caught.value.sent is False
    assert len(seen.requests) == 1


@pytest.mark.anyio
async def test_cancelling_a_held_call_sends_nothing_more() -> None:
    with scripted_server(_spent_for_30_s) as (url, seen):
        async with np6.AsyncClient("k", base_url=url) as client:
            await client.targets.count_targets()
            with anyio.move_on_after(0.2) as scope:
                await client.targets.count_targets()
            assert scope.cancelled_caught
    assert len(seen.requests) == 1


def test_a_hold_longer_than_max_server_delay_lets_np6_answer() -> None:
    """Holding a call for longer than it may wait on NP6's hints would only delay the RateLimitError."""
    answers = iter([200, 429])

    def script(handler: BaseHTTPRequestHandler) -> None:
        status = next(answers)
        headers = {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "600", "Retry-After": "600"}
        answer(handler, status, COUNT if status == 200 else b"", headers)

    with scripted_server(script) as (url, seen), np6.Client("k", base_url=url) as client:
        client.targets.count_targets()
        with pytest.raises(np6.RateLimitError):
            client.targets.count_targets()
    assert len(seen.requests) == 2


# -- requests_per_second and pacing=False -----------------------------------------------------------------


def test_requests_per_second_spaces_requests_across_threads() -> None:
    times: list[float] = []

    def script(handler: BaseHTTPRequestHandler) -> None:
        times.append(time.monotonic())
        answer(handler, 200, COUNT)

    with (
        scripted_server(script) as (url, _),
        np6.Client("k", base_url=url, requests_per_second=20) as client,
        ThreadPoolExecutor(4) as pool,
    ):
        list(pool.map(lambda _: client.targets.count_targets(), range(6)))
    # 6 requests, at most one per 50 ms: 250 ms from first to last as sent, less one interval for the arrival
    # times' jitter (each of the 4 threads opens its connection; unpaced, all 6 arrive within a few ms).
    assert max(times) - min(times) >= 4 * 0.05


def test_pacing_false_sends_into_the_limit(np6_debug: pytest.LogCaptureFixture) -> None:
    with (
        scripted_server(_spent_for_30_s) as (url, seen),
        np6.Client("k", base_url=url, pacing=False) as client,
    ):
        for _ in range(3):
            client.targets.count_targets()
    assert len(seen.requests) == 3
    assert held(np6_debug) == 0


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"requests_per_second": 0}, np6.ConfigurationError, "requests_per_second must be a positive number"),
        ({"requests_per_second": float("inf")}, np6.ConfigurationError, "positive number"),
        ({"requests_per_second": "50"}, np6.ConfigurationTypeError, "requests_per_second must be a number"),
        ({"pacing": "yes"}, np6.ConfigurationTypeError, "pacing must be True or False"),
    ],
)
def test_pacing_options_are_checked(options: dict[str, object], error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        np6.Client("k", base_url="http://127.0.0.1:1", **options)  # type: ignore[arg-type]


# -- the pacer's arithmetic (np6._http._pacing) -----------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(_pacing, "time", fake)
    return fake


def answered(pacer: Pacer, remaining: int, reset: float, limit: int | None = 10) -> None:
    assert pacer.admit() == (True, 0.0)
    pacer.settled(np6.RateLimit(limit=limit, remaining=remaining, reset=reset))


def test_the_budget_is_the_lowest_remaining_of_the_window_less_what_is_in_flight(clock: Clock) -> None:
    pacer = Pacer()
    answered(pacer, remaining=3, reset=1.0, limit=None)
    answered(pacer, remaining=5, reset=1.0, limit=None)  # an earlier-counted request answered late: 3 stands
    assert pacer.admit() == (True, 0.0)
    assert pacer.admit() == (True, 0.0)
    assert pacer.admit() == (True, 0.0)
    admitted, wait = pacer.admit()  # 3 in flight, NP6 may not have counted them yet
    assert not admitted and 1.0 <= wait <= 1.0 + _pacing.RESET_SPREAD


def test_after_the_reset_the_limit_is_the_budget_until_the_new_window_answers(clock: Clock) -> None:
    pacer = Pacer()
    answered(pacer, remaining=0, reset=0.5, limit=2)
    assert pacer.admit()[0] is False
    clock.now += 0.5
    assert pacer.admit() == (True, 0.0)
    assert pacer.admit() == (True, 0.0)
    assert pacer.admit() == (False, pytest.approx(_pacing.IN_FLIGHT_POLL, abs=_pacing.RESET_SPREAD))
    pacer.settled(np6.RateLimit(limit=2, remaining=0, reset=0.5))  # an answer from the ended window, late
    pacer.settled(np6.RateLimit(limit=2, remaining=1, reset=1.0))  # the new window's
    assert pacer.admit() == (True, 0.0)


def test_a_late_answer_from_an_ended_window_does_not_spend_the_new_one(clock: Clock) -> None:
    pacer = Pacer()
    answered(pacer, remaining=5, reset=1.0)
    assert pacer.admit() == (True, 0.0)  # in flight as the window ends
    clock.now += 1.0
    answered(pacer, remaining=9, reset=1.0)  # the new window
    pacer.settled(np6.RateLimit(limit=10, remaining=0, reset=0.0))  # the old window's last answer, arriving late
    assert pacer.admit() == (True, 0.0)


def test_another_client_on_the_key_makes_the_pacer_keep_its_in_flight_twice(clock: Clock) -> None:
    pacer = Pacer()
    answered(pacer, remaining=9, reset=1.0)  # 1 of 10 spent: this client's own request
    assert [pacer.admit()[0] for _ in range(3)] == [True] * 3
    pacer.settled(np6.RateLimit(limit=10, remaining=2, reset=1.0))  # 8 spent, this client counts 2 + 2 in flight
    assert pacer.admit() == (False, pytest.approx(1.0, abs=_pacing.RESET_SPREAD))  # 2 left - 2 x 2 in flight
    clock.now += 1.0
    assert pacer.admit() == (True, 0.0)  # a new window: its budget is the limit again


def test_pacing_false_ignores_the_headers(clock: Clock) -> None:
    pacer = Pacer(follow_headers=False)
    assert pacer.admit() == (True, 0.0)
    assert pacer.settled(np6.RateLimit(limit=1, remaining=0, reset=30.0)) is False
    assert pacer.admit() == (True, 0.0)


def test_requests_per_second_gives_each_request_its_own_slot(clock: Clock) -> None:
    pacer = Pacer(requests_per_second=4)
    assert [pacer.admit() for _ in range(3)] == [(True, 0.0), (True, 0.25), (True, 0.5)]
    clock.now += 2
    assert pacer.admit() == (True, 0.0)
