"""The fault campaign: np6's helpers under every fault the sandbox injects, audited against the sandbox's
own records of what it did.

For each fault mode, ``actions.send`` goes to RECIPIENTS recipients (10,000; 200,000 with ``NP6_SOAK=1``,
``make soak``, or ``NP6_SOAK_RECIPIENTS``) with ``np6.Client`` and with ``np6.AsyncClient``. The audit
asserts that every recipient is exactly one of sent / rejected / unknown, that no recipient received two
messages, that every ``sent`` was really sent (the sandbox holds that message id, to that target), that
every ``rejected`` was not, and that every ``unknown`` was either processed by the sandbox or not, and the
report's reconcile hint, run against the events API, finds exactly the processed ones. Under the mix of
faults, sends are also stopped a third of the way (Ctrl-C, an async cancellation, a progress callback that
raises): every recipient is then one of sent / rejected / unknown / not sent, nothing after the stop is sent,
and a ``not sent`` recipient received nothing. ``targets.upsert``
and ``segments.add_targets`` run with 8 concurrent workers under the same faults and must leave the sandbox
in the intended state; event iteration through faults resumes from its cursor without gaps or duplicates.
Every test adds a row to the table printed at the end (tests/reliability/conftest.py).
"""

from __future__ import annotations

import asyncio
import datetime
import itertools
import os
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import anyio
import httpx
import np6
import pytest
from np6 import SendReport
from np6_testkit.sandbox import ApiSpec, Faults, Json, Sandbox
from np6_testkit.sandbox.state import Contacts, EventLog, Segments, Send

SOAK = os.environ.get("NP6_SOAK") == "1"
RECIPIENTS = int(os.environ.get("NP6_SOAK_RECIPIENTS", "200000")) if SOAK else 10_000
CONTACTS = 2_000 if SOAK else 100
"""Contacts upserted per mode (a quarter exist beforehand, so both the create and the update path run)."""
STRANGER_EVERY = 100
"""Every 100th recipient is unknown to the sandbox: NP6 rejects it (``recipient not found``)."""
BATCH_SIZE = 100
CONCURRENCY = 8
WORKERS = 8
TIMEOUT = 1.0
SPIKE = 1.5
"""Spikes last twice the client timeout: the client gives up, the sandbox then processes the request."""
MAX_RETRIES = 6
"""For the 5xx and connection faults; a 429 with a hint spends none of them (np6._http._retry)."""


MODES: dict[str, Faults] = {
    "none": Faults(),
    # 7 per 250 ms. Paced (the default), a send's first request tells the client the budget: (almost) nothing is
    # refused. Unpaced (UNPACED), the 8 concurrent first batches overflow it however slow the machine is.
    "429 + Retry-After": Faults(seed=1, rate_limit=7, rate_window=0.25),
    "500/503 before": Faults(seed=2, error_rate=0.2, error_statuses=(500, 503), phase="before"),
    "500 after": Faults(seed=3, error_rate=0.2, error_statuses=(500,), phase="after"),
    "drops before+after": Faults(seed=4, drop_rate=0.2, phase="both"),
    "spikes > timeout": Faults(seed=5, spike_rate=0.1, spike_latency=SPIKE),
    "mix": Faults(
        seed=6,
        rate_limit=40,
        error_rate=0.1,
        error_statuses=(500, 503),
        drop_rate=0.1,
        spike_rate=0.05,
        spike_latency=SPIKE,
        phase="both",
    ),
}
UNPACED: dict[str, Faults] = {"429 + Retry-After, pacing=False": MODES["429 + Retry-After"]}
"""The reactive path (np6's answer to 429s it did not see coming: no X-RateLimit headers, another process on
the key), for the sync send: every other row runs with pacing on, np6's default."""
MAIL_ACTION: dict[str, Any] = {
    "type": "mailMessage",
    "name": "Campaign",
    "content": {
        "headers": {"from": {"prefix": "news", "domain": "example.com", "label": "Example"}},
        "subject": "Hello",
        "html": "<p>Hi</p>",
    },
}


# -- the campaign's sandbox -------------------------------------------------------------------------------


class _SampledChecks(ApiSpec):
    """Validates one message of each batch body instead of all of them.

    jsonschema costs ~0.5 ms per message, which would make the campaign's server-side validation its whole
    runtime; the messages of a batch are built identically, and full validation is covered by tests/testkit/sandbox.
    """

    def check(self, pointer: str, instance: Json, where: str) -> None:
        super().check(pointer, instance[:1] if isinstance(instance, list) else instance, where)


@pytest.fixture(scope="module")
def server() -> Iterator[Sandbox]:
    with Sandbox(seed=11) as sandbox:
        sandbox.core.spec.__class__ = _SampledChecks
        yield sandbox


@pytest.fixture
def sandbox(server: Sandbox) -> Iterator[Sandbox]:
    server.set_faults(Faults())
    server.reset()
    yield server
    server.set_faults(Faults())


def seed_contacts(sandbox: Sandbox, emails: list[str], values: dict[int, Json] | None = None) -> dict[str, str]:
    """Targets created directly in the sandbox's state (fast); email -> target id."""
    with sandbox.core.lock:
        contacts = sandbox.core.state.part(Contacts)
        return {email: contacts.create({728: email, **(values or {})})["id"] for email in emails}


def validated_action(http: httpx.Client) -> str:
    action_id = str(http.post("/actions", json=MAIL_ACTION).json()["id"])
    name = f"testers {action_id}"
    segment = http.post("/segments", json={"type": "static", "name": name, "isTest": True}).json()["id"]
    assert http.post(f"/actions/{action_id}/validation", json={"fortest": True, "testSegments": [segment]}).is_success
    assert http.post(f"/actions/{action_id}/validation", json={"fortest": False}).is_success
    return action_id


def sandbox_sends(sandbox: Sandbox, action_id: str) -> list[Send]:
    with sandbox.core.lock:
        return list(sandbox.core.state.part(EventLog).sends_for(action_id))


def injected(sandbox: Sandbox) -> str:
    return ", ".join(f"{kind} {count}" for kind, count in sorted(sandbox.faults.injected.items())) or "-"


# -- counting requests and retries ------------------------------------------------------------------------


class Counts:
    """Logical requests and attempts (the transport under np6's retries). np6 sends every attempt of a request
    through the httpx client, so its event hook sees each attempt: a request is counted the first time its
    ``httpx.Request`` (the same object for every attempt) is seen."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests = 0
        self.attempts = 0

    def request(self, request: httpx.Request) -> None:
        with self._lock:
            if not getattr(request, "_campaign_counted", False):
                request._campaign_counted = True  # type: ignore[attr-defined]
                self.requests += 1

    def attempt(self) -> None:
        with self._lock:
            self.attempts += 1

    @property
    def retries(self) -> int:
        return self.attempts - self.requests


class CountingTransport(httpx.HTTPTransport):
    def __init__(self, counts: Counts) -> None:
        super().__init__()
        self.counts = counts

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.counts.attempt()
        return super().handle_request(request)


class AsyncCountingTransport(httpx.AsyncHTTPTransport):
    def __init__(self, counts: Counts) -> None:
        super().__init__()
        self.counts = counts

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.counts.attempt()
        return await super().handle_async_request(request)


def sync_client(sandbox: Sandbox, counts: Counts, max_retries: int = MAX_RETRIES, *, pacing: bool = True) -> np6.Client:
    http_client = httpx.Client(
        transport=CountingTransport(counts),
        timeout=TIMEOUT,
        event_hooks={"request": [counts.request]},
        limits=httpx.Limits(max_connections=WORKERS + CONCURRENCY),
    )
    return np6.Client(
        sandbox.api_key,
        base_url=sandbox.url,
        max_retries=max_retries,
        pacing=pacing,
        http_client=http_client,
        retry_delay=0.01,
    )


def check_injected(faults: Faults, injected: dict[str, int], requests: int, *, paced: bool = True) -> None:
    """The mode's faults struck; a paced client kept (nearly) every request within the rate limit."""
    others = {kind: count for kind, count in injected.items() if kind != "rate_limit"}
    if faults.error_rate or faults.drop_rate or faults.spike_rate:
        assert others
    if faults.rate_limit and paced:
        # At most 2% here (the goal, 1%, is measured by make bench): with two pytest workers on two cores, an
        # answer can arrive after its 250 ms window ended, and the pacer's budget is then briefly stale.
        assert injected.get("rate_limit", 0) <= max(3, requests // 50)
    elif faults.rate_limit:
        assert injected.get("rate_limit", 0) > 0


def async_client(sandbox: Sandbox, counts: Counts, max_retries: int = MAX_RETRIES) -> np6.AsyncClient:
    async def hook(request: httpx.Request) -> None:
        counts.request(request)

    http_client = httpx.AsyncClient(
        transport=AsyncCountingTransport(counts), timeout=TIMEOUT, event_hooks={"request": [hook]}
    )
    return np6.AsyncClient(
        sandbox.api_key, base_url=sandbox.url, max_retries=max_retries, http_client=http_client, retry_delay=0.01
    )


# -- actions.send ---------------------------------------------------------------------------------------------


def recipients_and_targets(sandbox: Sandbox) -> tuple[list[str], dict[str, str]]:
    emails = [f"r{number}@example.com" for number in range(RECIPIENTS)]
    known = [email for number, email in enumerate(emails) if number % STRANGER_EVERY != STRANGER_EVERY - 1]
    return emails, seed_contacts(sandbox, known)


def reconciled(client: np6.Client, report: SendReport) -> set[str]:
    """The unknown recipients the reconcile hint finds an execution event for, via the events API."""
    hint = report.reconcile
    if hint is None:
        return set()
    wanted = set(hint.recipients)
    end = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=1)
    events = client.events.iter_action_events(
        start=hint.since, end=end, action_id=hint.action_id, types={"execution"}, window=datetime.timedelta(seconds=10)
    )
    found = {event.to_dict()["source"]["detail"]["execution"]["recipient"]["unicity"] for event in events}
    return found & wanted


def audit(
    sandbox: Sandbox,
    report: SendReport,
    emails: list[str],
    target_of: dict[str, str],
    found: set[str],
    *,
    stopped: bool = False,
) -> dict[str, Any]:
    """Check the report against the sandbox's records; returns the table's figures (duplicates, lost...).

    A ``stopped`` send (interrupted, cancelled, a failing callback) may also report ``not_sent``: such a
    recipient must have received nothing."""
    sends = sandbox_sends(sandbox, report.action_id)
    per_target = Counter(send.target_id for send in sends)
    by_message = {send.message_id: send for send in sends}
    duplicates = sum(count - 1 for count in per_target.values())
    assert [result.recipient for result in report.results] == emails
    statuses = {"sent", "rejected", "unknown"} | ({"not_sent"} if stopped else set())
    assert {result.status for result in report.results} <= statuses
    problems: list[str] = []
    for result in report.results:
        target = target_of.get(str(result.recipient))
        received = per_target[target] if target else 0
        if result.status == "sent":
            send = by_message.get(str(result.message_id))
            if send is None or send.target_id != target:
                problems.append(f"{result.recipient}: reported sent, but the sandbox has no such message")
        elif result.status == "rejected":
            if target is not None or result.reason != "recipient not found":
                problems.append(f"{result.recipient}: rejected ({result.reason}) but it is a contact")
        elif result.status == "not_sent":
            if received:
                problems.append(f"{result.recipient}: reported not sent, but it received {received}")
        elif (received == 1) != (result.recipient in found):
            problems.append(f"{result.recipient}: unknown, received {received}, reconcile found it: {not received}")
    reported = {str(result.recipient) for result in report.results if result.status in ("sent", "unknown")}
    problems += [
        f"{email}: sent, but reported neither sent nor unknown"
        for email, target in target_of.items()
        if per_target[target] and email not in reported
    ]
    assert duplicates == 0, f"{duplicates} recipients received a message twice"
    assert not problems, problems[:10]
    not_sent = f" / {report.not_sent:,} not sent" if stopped else ""
    return {
        "attempted": f"{len(emails):,} recipients",
        "outcome": f"{report.sent:,} sent / {report.rejected:,} rejected / {report.unknown:,} unknown{not_sent} "
        f"({len(found):,} found by reconcile)",
        "duplicates": duplicates,
        "lost": len(problems),
    }


def settle(report: SendReport) -> float:
    """How long to wait before auditing: a request the client gave up on (a spike, or a slow machine) is
    processed by the sandbox afterwards, and must land before the audit reads the sandbox's records."""
    timed_out = any("Timeout" in (result.reason or "") for result in report.results)
    return SPIKE + 0.5 if timed_out else 0.0


def wait_for_spikes(faults: Faults) -> None:
    """A spiked request is processed after its delay, while the client has already given up: let it land."""
    if faults.spike_rate:
        time.sleep(faults.spike_latency + 0.5)


@pytest.mark.parametrize("mode", [*MODES, *UNPACED])
def test_sync_send_under_faults(sandbox: Sandbox, mode: str, campaign_rows: list[dict[str, Any]]) -> None:
    emails, target_of = recipients_and_targets(sandbox)
    with httpx.Client(base_url=sandbox.url, headers={"X-Key": sandbox.api_key}) as http:
        action_id = validated_action(http)
    counts = Counts()
    started = time.perf_counter()
    mode_faults = (MODES | UNPACED)[mode]
    with sync_client(sandbox, counts, pacing=mode not in UNPACED) as client:
        sandbox.set_faults(mode_faults)
        report = client.actions.send(action_id, emails, batch_size=BATCH_SIZE, concurrency=CONCURRENCY)
        seconds = time.perf_counter() - started
        time.sleep(settle(report))
        faults, struck = injected(sandbox), dict(sandbox.faults.injected)
        sandbox.set_faults(Faults())
        found = reconciled(client, report)
    row = audit(sandbox, report, emails, target_of, found)
    campaign_rows.append(
        {"client": "sync", "operation": "actions.send", "mode": mode, "injected": faults, "seconds": f"{seconds:.1f}"}
        | row
        | {"requests": counts.requests, "retries": counts.retries}
    )
    check_injected(mode_faults, struck, counts.requests, paced=mode not in UNPACED)


@pytest.mark.parametrize("mode", [mode for mode in MODES if MODES[mode].active])  # the sync run is the control
@pytest.mark.anyio
async def test_async_send_under_faults(sandbox: Sandbox, mode: str, campaign_rows: list[dict[str, Any]]) -> None:
    emails, target_of = recipients_and_targets(sandbox)
    with httpx.Client(base_url=sandbox.url, headers={"X-Key": sandbox.api_key}) as http:
        action_id = validated_action(http)
    counts = Counts()
    started = time.perf_counter()
    async with async_client(sandbox, counts) as client:
        sandbox.set_faults(MODES[mode])
        report = await client.actions.send(action_id, emails, batch_size=BATCH_SIZE, concurrency=CONCURRENCY)
    seconds = time.perf_counter() - started
    await anyio.sleep(settle(report))
    faults, struck = injected(sandbox), dict(sandbox.faults.injected)
    sandbox.set_faults(Faults())
    with sync_client(sandbox, Counts()) as checker:
        found = reconciled(checker, report)
    row = audit(sandbox, report, emails, target_of, found)
    campaign_rows.append(
        {"client": "async", "operation": "actions.send", "mode": mode, "injected": faults, "seconds": f"{seconds:.1f}"}
        | row
        | {"requests": counts.requests, "retries": counts.retries}
    )
    check_injected(MODES[mode], struck, counts.requests)


# -- sends stopped midway: Ctrl-C, cancellation, a failing progress callback ---------------------------------

STOP_AFTER = RECIPIENTS // BATCH_SIZE // 3
"""The stopped sends are stopped when this many batches are done: a third of the way."""
STOPPED_MODE = "mix"


class StopAfter:
    """An ``on_batch_done`` that stops the send once STOP_AFTER batches are done, by ``stop()``. With ``until``,
    the callbacks from then on wait for it to be set (see :class:`CtrlC`)."""

    def __init__(self, stop: Callable[[], None], until: threading.Event | None = None) -> None:
        self._stop = stop
        self._until = until
        self._lock = threading.Lock()
        self.batches = 0

    def __call__(self, size: int) -> None:
        with self._lock:
            self.batches += 1
            batches = self.batches
        if batches == STOP_AFTER:
            self._stop()
        if batches >= STOP_AFTER and self._until is not None:
            self._until.wait(30)


class CtrlC:
    """Ctrl-C as a terminal presses it: SIGINT to the main thread. ``taken`` is set once the main thread has
    taken the signal, so that the workers can wait for it: how far the send gets then does not depend on how
    soon a busy machine schedules the main thread."""

    def __init__(self) -> None:
        self.taken = threading.Event()

    def __enter__(self) -> CtrlC:
        def take(signum: int, frame: object) -> None:
            self.taken.set()
            raise KeyboardInterrupt

        self._previous = signal.signal(signal.SIGINT, take)
        return self

    def __exit__(self, *exc_info: object) -> None:
        signal.signal(signal.SIGINT, self._previous)

    def press(self) -> None:
        signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGINT)


def fail() -> None:
    raise RuntimeError("the progress display broke")


def check_stopped_at_once(report: SendReport, in_flight: int) -> None:
    """No batch started after the stop but those in flight (one per worker, and one each took meanwhile)."""
    attempted = -(-(len(report.results) - report.not_sent) // BATCH_SIZE)
    assert STOP_AFTER <= attempted <= STOP_AFTER + in_flight, attempted
    assert report.not_sent >= len(report.results) - (STOP_AFTER + in_flight) * BATCH_SIZE


@pytest.mark.parametrize("stop", ["Ctrl-C", "failing callback"])
def test_sync_send_stopped_midway_under_faults(
    sandbox: Sandbox, stop: str, campaign_rows: list[dict[str, Any]]
) -> None:
    emails, target_of = recipients_and_targets(sandbox)
    with httpx.Client(base_url=sandbox.url, headers={"X-Key": sandbox.api_key}) as http:
        action_id = validated_action(http)
    counts = Counts()
    reports: list[SendReport] = []
    started = time.perf_counter()
    with sync_client(sandbox, counts) as client, CtrlC() as ctrl_c:
        sandbox.set_faults(MODES[STOPPED_MODE])
        on_batch_done = StopAfter(ctrl_c.press, ctrl_c.taken) if stop == "Ctrl-C" else StopAfter(fail)
        with pytest.raises(KeyboardInterrupt if stop == "Ctrl-C" else np6.SendError) as caught:
            client.actions.send(
                action_id,
                emails,
                batch_size=BATCH_SIZE,
                concurrency=CONCURRENCY,
                on_batch_done=on_batch_done,
                on_report=reports.append,
            )
        seconds = time.perf_counter() - started
        assert isinstance(caught.value, (np6.SendInterrupted, np6.SendError))
        report = caught.value.report
        assert reports == [report]
        time.sleep(SPIKE + 0.5)  # requests the client gave up on land
        faults = injected(sandbox)
        sandbox.set_faults(Faults())
        found = reconciled(client, report)
    row = audit(sandbox, report, emails, target_of, found, stopped=True)
    check_stopped_at_once(report, 2 * CONCURRENCY)
    campaign_rows.append(
        {
            "client": "sync",
            "operation": "actions.send",
            "mode": f"{STOPPED_MODE} + {stop} after {STOP_AFTER} batches",
            "injected": faults,
            "seconds": f"{seconds:.1f}",
        }
        | row
        | {"requests": counts.requests, "retries": counts.retries}
    )


@pytest.mark.parametrize("stop", ["cancellation", "failing callback"])
@pytest.mark.anyio
async def test_async_send_stopped_midway_under_faults(
    sandbox: Sandbox, stop: str, campaign_rows: list[dict[str, Any]]
) -> None:
    emails, target_of = recipients_and_targets(sandbox)
    with httpx.Client(base_url=sandbox.url, headers={"X-Key": sandbox.api_key}) as http:
        action_id = validated_action(http)
    counts = Counts()
    reports: list[SendReport] = []
    started = time.perf_counter()
    async with async_client(sandbox, counts) as client:
        sandbox.set_faults(MODES[STOPPED_MODE])
        on_batch_done = StopAfter(lambda: task.cancel() if stop == "cancellation" else fail())
        task = asyncio.ensure_future(
            client.actions.send(
                action_id,
                emails,
                batch_size=BATCH_SIZE,
                concurrency=CONCURRENCY,
                on_batch_done=on_batch_done,
                on_report=reports.append,
            )
        )
        with pytest.raises(asyncio.CancelledError if stop == "cancellation" else np6.SendError):
            await task
    seconds = time.perf_counter() - started
    [report] = reports
    await anyio.sleep(SPIKE + 0.5)  # requests the client abandoned or gave up on land
    faults = injected(sandbox)
    sandbox.set_faults(Faults())
    with sync_client(sandbox, Counts()) as checker:
        found = reconciled(checker, report)
    row = audit(sandbox, report, emails, target_of, found, stopped=True)
    check_stopped_at_once(report, 2 * CONCURRENCY)  # task.cancel() is delivered at the task's next await
    campaign_rows.append(
        {
            "client": "async",
            "operation": "actions.send",
            "mode": f"{STOPPED_MODE} + {stop} after {STOP_AFTER} batches",
            "injected": faults,
            "seconds": f"{seconds:.1f}",
        }
        | row
        | {"requests": counts.requests, "retries": counts.retries}
    )


# -- targets.upsert and segments.add_targets with 8 concurrent workers ----------------------------------------


def until_done(call: Callable[[], Any], failures: list[BaseException]) -> Any:
    """Run an idempotent helper again after an error, as its docstring allows, until it succeeds."""
    for _ in range(10):
        try:
            return call()
        except np6.NP6Error as error:
            failures.append(error)
    raise AssertionError(f"still failing after 10 calls: {failures[-1]}")


def firstname_field(sandbox: Sandbox) -> int:
    with httpx.Client(base_url=sandbox.url, headers={"X-Key": sandbox.api_key}) as http:
        return int(http.post("/fields", json={"type": "textField", "name": "firstname"}).json()["id"])


def stored_contacts(sandbox: Sandbox) -> dict[str, dict[int, Json]]:
    """Every target in the sandbox, by email: its values."""
    with sandbox.core.lock:
        contacts = sandbox.core.state.part(Contacts)
        emails = [str(target["values"][728]) for target in contacts.targets.values()]
        assert len(emails) == len(set(emails)), "a contact exists twice"
        return {str(target["values"][728]): dict(target["values"]) for target in contacts.targets.values()}


@pytest.mark.parametrize("mode", MODES)
def test_concurrent_upserts_and_segment_additions_reach_the_intended_state(
    sandbox: Sandbox, mode: str, campaign_rows: list[dict[str, Any]]
) -> None:
    firstname = firstname_field(sandbox)
    emails = [f"c{number}@example.com" for number in range(CONTACTS)]
    existing = seed_contacts(sandbox, emails[: CONTACTS // 4], {firstname: "old"})
    with httpx.Client(base_url=sandbox.url, headers={"X-Key": sandbox.api_key}) as http:
        segment = int(http.post("/segments", json={"type": "static", "name": "members"}).json()["id"])
    counts, failures = Counts(), []
    started = time.perf_counter()
    with sync_client(sandbox, counts) as client:
        client.targets.unicity_fields()
        sandbox.set_faults(MODES[mode])
        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            upserted = list(
                pool.map(
                    lambda email: until_done(
                        lambda: client.targets.upsert({"email": email, "firstname": f"new {email}"}), failures
                    ),
                    emails,
                )
            )
            ids = [str(target.id) for target in upserted]
            # Each worker adds an overlapping slice: every id is added by two workers.
            slices = [
                (ids + ids)[worker * len(ids) // WORKERS : worker * len(ids) // WORKERS + len(ids) // 4]
                for worker in range(WORKERS)
            ]
            added = sum(
                pool.map(lambda part: until_done(lambda: client.segments.add_targets(segment, part), failures), slices)
            )
        seconds = time.perf_counter() - started
        wait_for_spikes(MODES[mode])
        faults = injected(sandbox)
        sandbox.set_faults(Faults())

    stored = stored_contacts(sandbox)
    intended = {email: {728: email, firstname: f"new {email}"} for email in emails}
    lost = sum(stored.get(email) != values for email, values in intended.items())
    assert stored == intended
    assert all(ids[emails.index(email)] == target_id for email, target_id in existing.items())
    with sandbox.core.lock:
        members = set(sandbox.core.state.part(Segments).members(segment))
    covered = set(itertools.chain.from_iterable(slices))
    assert members == covered
    assert added <= len(covered)
    campaign_rows.append(
        {
            "client": "sync, 8 threads",
            "operation": "targets.upsert + segments.add_targets",
            "mode": mode,
            "attempted": f"{CONTACTS:,} upserts, {len(slices)} x {len(slices[0])} additions",
            "requests": counts.requests,
            "retries": counts.retries,
            "injected": faults,
            "outcome": f"{len(stored):,} contacts, {len(members):,} members; {len(failures)} helper errors re-run",
            "duplicates": 0,
            "lost": lost + len(covered - members),
            "seconds": f"{seconds:.1f}",
        }
    )
    if MODES[mode].error_rate or MODES[mode].drop_rate:
        assert counts.retries > 0  # upserts are idempotent: np6 retries what failed before an answer


@pytest.mark.anyio
async def test_async_upserts_with_8_tasks_under_the_mix(sandbox: Sandbox, campaign_rows: list[dict[str, Any]]) -> None:
    firstname = firstname_field(sandbox)
    emails = [f"a{number}@example.com" for number in range(CONTACTS)]
    seed_contacts(sandbox, emails[: CONTACTS // 4], {firstname: "old"})
    counts, failures = Counts(), []
    started = time.perf_counter()
    async with async_client(sandbox, counts) as client:
        await client.targets.unicity_fields()
        sandbox.set_faults(MODES["mix"])
        queue = iter(emails)

        async def worker() -> None:
            for email in queue:
                for _ in range(10):
                    try:
                        await client.targets.upsert({"email": email, "firstname": f"new {email}"})
                        break
                    except np6.NP6Error as error:
                        failures.append(error)
                else:
                    raise AssertionError(f"{email}: still failing after 10 calls")

        async with anyio.create_task_group() as group:
            for _ in range(WORKERS):
                group.start_soon(worker)
    seconds = time.perf_counter() - started
    await anyio.sleep(SPIKE + 0.5)
    faults = injected(sandbox)
    sandbox.set_faults(Faults())
    stored = stored_contacts(sandbox)
    assert stored == {email: {728: email, firstname: f"new {email}"} for email in emails}
    campaign_rows.append(
        {
            "client": "async, 8 tasks",
            "operation": "targets.upsert",
            "mode": "mix",
            "attempted": f"{CONTACTS:,} upserts",
            "requests": counts.requests,
            "retries": counts.retries,
            "injected": faults,
            "outcome": f"{len(stored):,} contacts; {len(failures)} helper errors re-run",
            "duplicates": 0,
            "lost": 0,
            "seconds": f"{seconds:.1f}",
        }
    )


# -- event iteration through faults ---------------------------------------------------------------------------

EVENT_FAULTS = Faults(seed=9, error_rate=0.15, error_statuses=(500, 503), drop_rate=0.1, phase="both")


@pytest.fixture
def events_range(sandbox: Sandbox) -> tuple[int, int]:
    end = int(time.time() * 1000)
    start = end - 3_600_000
    with sandbox.core.lock:
        sandbox.core.state.part(EventLog).synthesize(20_000 if SOAK else 4_000, start, end)
    return start, end


def test_event_iteration_resumes_from_its_cursor_through_faults(
    sandbox: Sandbox, events_range: tuple[int, int], campaign_rows: list[dict[str, Any]]
) -> None:
    start, end = events_range
    window = datetime.timedelta(minutes=2)
    with sync_client(sandbox, Counts()) as client:
        expected = [str(event.id) for event in client.events.iter_action_events(start=start, end=end, window=window)]
    counts, resumes = Counts(), 0
    got: list[str] = []
    with sync_client(sandbox, counts, max_retries=0) as client:  # every fault surfaces: resume from the cursor
        sandbox.set_faults(EVENT_FAULTS)
        events = client.events.iter_action_events(start=start, end=end, window=window)
        while True:
            try:
                for event in events:
                    got.append(str(event.id))
                break
            except np6.NP6Error:
                resumes += 1
                cursor = np6.EventCursor.from_string(events.cursor.to_string())  # as a poller would store it
                events = client.events.iter_action_events(cursor=cursor, end=end, window=window)
    faults = injected(sandbox)
    assert resumes > 0
    assert len(got) == len(set(got)), "an event was delivered twice"
    assert got == expected, "gaps or reordering after resuming"
    campaign_rows.append(
        {
            "client": "sync",
            "operation": "events.iter_action_events",
            "mode": "500/503 + drops, no retries",
            "attempted": f"{len(expected):,} events",
            "requests": counts.requests,
            "retries": f"{resumes} resumes",
            "injected": faults,
            "outcome": f"{len(got):,} events delivered",
            "duplicates": len(got) - len(set(got)),
            "lost": len(set(expected) - set(got)),
        }
    )


@pytest.mark.anyio
async def test_async_event_iteration_resumes_from_its_cursor_through_faults(
    sandbox: Sandbox, events_range: tuple[int, int]
) -> None:
    start, end = events_range
    window = datetime.timedelta(minutes=2)
    with sync_client(sandbox, Counts()) as client:
        expected = [str(event.id) for event in client.events.iter_action_events(start=start, end=end, window=window)]
    resumes = 0
    got: list[str] = []
    async with async_client(sandbox, Counts(), max_retries=0) as async_np6:
        sandbox.set_faults(EVENT_FAULTS)
        events = async_np6.events.iter_action_events(start=start, end=end, window=window)
        while True:
            try:
                async for event in events:
                    got.append(str(event.id))
                break
            except np6.NP6Error:
                resumes += 1
                events = async_np6.events.iter_action_events(cursor=events.cursor, end=end, window=window)
    assert resumes > 0
    assert got == expected
