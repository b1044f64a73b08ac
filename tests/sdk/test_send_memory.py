"""`client.actions.send` in flat memory: the compact result store read back as a sequence of RecipientResult,
the duplicate check kept exact on a set of the caller's own values, and execution requests built one batch
at a time, while every input error still comes before any request.

The store and plan tests drive `np6.resources._send.SendPlan` directly (it is I/O-free); the send tests run against the
sandbox over HTTP.
"""

from __future__ import annotations

import gc
import threading
import tracemalloc
from collections.abc import Iterator, Sequence
from typing import Any, overload
from uuid import UUID

import httpx
import np6
import pytest
from factories import create_targets, email_of, validated_action
from np6 import RecipientResult, SendError, SendReport
from np6.errors import ConflictError, ServerError
from np6.resources._send import (
    CheckedRecipients,
    ExecutionResult,
    RecipientInput,
    SendPlan,
    SendResults,
    StringsAre,
    check_recipients,
    utc_now,
)
from np6_client.models import (
    ExecutionEmailRequest,
    ExecutionError,
    ExecutionErrorValue,
    ExecutionSmsRequest,
    ExecutionSuccess,
    RecipientByHash,
    RecipientById,
    RecipientByUnicity,
    RecipientFootprint,
    UnknownExecutionResult,
)
from np6_testkit.sandbox import Sandbox

from .test_actions import RequestLog, sandbox_sends

PRIVATE_MODULE_UNDER_TEST = "np6.resources._send"  # the store and the plan, driven directly


def message_id(index: int) -> UUID:
    return UUID(int=index + 1)


def success(index: int | None) -> ExecutionSuccess:
    if index is None:
        return ExecutionSuccess(type_="success")
    return ExecutionSuccess(type_="success", id=message_id(index))


def not_found() -> ExecutionError:
    return ExecutionError(type_="error", value=ExecutionErrorValue(type_="recipient not found"))


def server_error() -> ServerError:
    return ServerError(status_code=500, method="POST", url="http://np6.test/x", request_id="r-500", body="")


def conflict() -> ConflictError:
    return ConflictError(status_code=409, method="POST", url="http://np6.test/x", request_id="r-409", body="")


def plan_for(recipients: Sequence[RecipientInput], batch_size: int, strings_are: StringsAre = "unicity") -> SendPlan:
    checked = check_recipients(recipients, strings_are)
    return SendPlan("000PE4", "email", checked, batch_size=batch_size, started_at=utc_now())


def answer_all(plan: SendPlan) -> None:
    """Run every batch to the end, NP6 accepting each recipient (message id from the recipient's index)."""
    while (batch := plan.next_batch()) is not None:
        plan.record_answer(batch, [success(batch.start + offset) for offset in range(len(batch.requests))])


# -- the store, read back ---------------------------------------------------------------------------------

RECIPIENTS = [f"r{index}@example.com" for index in range(11)]


def mixed_report() -> tuple[SendReport, tuple[RecipientResult, ...], BaseException]:
    """Every kind of outcome, batches of 3: (report, the results it must read back as, the stopping error)."""
    plan = plan_for(RECIPIENTS, batch_size=3)
    batches = [plan.next_batch() for _ in range(4)]
    assert [batch.start for batch in batches if batch] == [0, 3, 6, 9]
    first, second, third, fourth = (batch for batch in batches if batch)
    plan.record_answer(third, [success(6), UnknownExecutionResult(type_="queued")])  # out of order, one short
    plan.record_answer(first, [success(0), not_found(), success(None)])
    plan.record_failure(second, server_error())  # answer lost: unknown, the send goes on
    refusal = conflict()
    plan.record_failure(fourth, refusal)  # refused as a whole: not sent, the send stops
    assert plan.next_batch() is None
    with pytest.raises(SendError) as caught:
        plan.finish()
    assert caught.value.__cause__ is refusal
    lost = f"ServerError: {server_error()}"
    refused = f"ConflictError: {refusal}"
    expected = (
        RecipientResult(0, RECIPIENTS[0], "sent", message_id(0)),
        RecipientResult(1, RECIPIENTS[1], "rejected", reason="recipient not found"),
        RecipientResult(2, RECIPIENTS[2], "sent"),  # NP6 gave no message id
        RecipientResult(3, RECIPIENTS[3], "unknown", reason=lost),
        RecipientResult(4, RECIPIENTS[4], "unknown", reason=lost),
        RecipientResult(5, RECIPIENTS[5], "unknown", reason=lost),
        RecipientResult(6, RECIPIENTS[6], "sent", message_id(6)),
        RecipientResult(7, RECIPIENTS[7], "unknown", reason="unrecognised execution result type 'queued'"),
        RecipientResult(8, RECIPIENTS[8], "unknown", reason="NP6 answered fewer results than messages"),
        RecipientResult(9, RECIPIENTS[9], "not_sent", reason=refused),
        RecipientResult(10, RECIPIENTS[10], "not_sent", reason=refused),
    )
    return caught.value.report, expected, refusal


def test_the_store_reads_back_every_outcome_as_recipient_results() -> None:
    report, expected, _ = mixed_report()
    assert isinstance(report.results, SendResults)
    assert isinstance(report.results, Sequence)
    assert tuple(report.results) == expected
    assert report.results == expected
    assert [report.results[index] for index in range(11)] == list(expected)
    assert (report.sent, report.rejected, report.unknown, report.not_sent) == (3, 1, 5, 2)
    assert report.message_ids == (message_id(0), message_id(6))
    assert report.reconcile is not None
    assert report.reconcile.recipients == (*RECIPIENTS[3:6], *RECIPIENTS[7:9])
    assert str(report) == "send of action 000PE4: 3 sent, 1 rejected, 5 unknown, 2 not sent"


def test_a_stopped_send_leaves_the_batches_never_taken_not_sent() -> None:
    plan = plan_for(RECIPIENTS, batch_size=4)
    first = plan.next_batch()
    assert first is not None
    plan.record_failure(first, conflict())
    assert plan.next_batch() is None
    report = plan.report()
    assert [result.status for result in report.results] == ["not_sent"] * 11
    assert [result.reason for result in report.results[4:]] == ["the send stopped before it"] * 7
    assert report.not_sent == 11 and report.reconcile is None and report.message_ids == ()


def test_results_behave_like_an_immutable_tuple() -> None:
    report, expected, _ = mixed_report()
    results = report.results
    assert len(results) == 11
    assert results[-1] == expected[-1] and results[-11] == expected[0]
    for index in (11, -12):
        with pytest.raises(IndexError):
            results[index]
    with pytest.raises(TypeError):
        results["1"]  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        results[0] = expected[0]  # type: ignore[index]
    assert list(reversed(results)) == list(reversed(expected))
    assert expected[7] in results and RecipientResult(7, RECIPIENTS[7], "sent") not in results
    assert results.index(expected[4]) == 4 and results.count(expected[4]) == 1
    assert hash(results) == hash(expected)
    assert repr(results) == "SendResults(11 results: 3 sent, 1 rejected, 5 unknown, 2 not_sent)"
    # tuple semantics: equal to an equal tuple, not to a list, nor to a shorter or different tuple
    assert results != list(expected)
    assert results != expected[:-1]
    assert results != (*expected[:-1], RecipientResult(10, RECIPIENTS[10], "sent"))


@pytest.mark.parametrize(
    "chosen",
    [slice(2, 7), slice(None, None, 2), slice(None, None, -1), slice(-3, None), slice(8, 2, -3), slice(5, 2)],
    ids=repr,
)
def test_slices_are_views_equal_to_the_tuple_slices(chosen: slice) -> None:
    report, expected, _ = mixed_report()
    view = report.results[chosen]
    assert isinstance(view, SendResults)
    assert view == expected[chosen]
    assert len(view) == len(expected[chosen])
    assert list(view) == list(expected[chosen])
    assert [result.index for result in view] == [result.index for result in expected[chosen]]  # input positions
    assert view[1:][::2] == expected[chosen][1:][::2]
    for status in ("sent", "rejected", "unknown", "not_sent"):
        assert view.count_status(status) == sum(result.status == status for result in expected[chosen])
    wanted = tuple(result.message_id for result in expected[chosen] if result.message_id is not None)
    assert view.message_ids() == wanted


def test_equal_sends_have_equal_results_and_reports() -> None:
    reports = []
    for _ in range(2):
        plan = plan_for(RECIPIENTS, batch_size=5)
        answer_all(plan)
        reports.append(plan.finish())
    first, second = reports
    assert first.results == second.results and first.results is not second.results
    assert first.results[2:9] == second.results[2:9]
    assert first.results != second.results[1:]
    assert first == SendReport(first.action_id, first.channel, first.started_at, tuple(second.results))
    assert first.sent == 11 and first.message_ids == tuple(message_id(index) for index in range(11))


def test_the_report_references_the_callers_recipients() -> None:
    recipients = [RecipientById(type_="id", value=f"ID{index}") for index in range(6)]
    plan = plan_for(recipients, batch_size=4)
    answer_all(plan)
    report = plan.finish()
    assert all(result.recipient is recipients[result.index] for result in report.results)


def test_the_results_are_sealed_once_reported() -> None:
    plan = plan_for(RECIPIENTS, batch_size=20)
    batch = plan.next_batch()
    assert batch is not None
    plan.record_answer(batch, [success(index) for index in range(11)])
    report = plan.finish()
    with pytest.raises(RuntimeError, match="can no longer change"):
        plan.record_answer(batch, [not_found()] * 11)
    assert report.sent == 11


def test_concurrent_workers_each_take_and_record_distinct_batches() -> None:
    recipients = [f"c{index}@example.com" for index in range(20_000)]
    plan = plan_for(recipients, batch_size=7)
    taken: list[int] = []
    rejected: set[int] = set()  # the last recipient of every batch starting at ...3

    def worker() -> None:
        while (batch := plan.next_batch()) is not None:
            taken.append(batch.start)
            answer: list[ExecutionResult] = [success(batch.start + offset) for offset in range(len(batch.requests))]
            if batch.start % 10 == 3:
                answer[-1] = not_found()
                rejected.add(batch.start + len(batch.requests) - 1)
            plan.record_answer(batch, answer)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    report = plan.finish()
    assert sorted(taken) == list(range(0, 20_000, 7))
    assert report.rejected == len(rejected) > 0
    for result in report.results:
        if result.index in rejected:
            assert (result.status, result.reason) == ("rejected", "recipient not found")
        else:
            assert (result.status, result.message_id) == ("sent", message_id(result.index))


# -- the duplicate check ------------------------------------------------------------------------------------


class Colliding(str):
    """A string whose hash is the same for every value: only equality may tell two apart."""

    __slots__ = ()

    def __hash__(self) -> int:
        return 42


def test_the_duplicate_check_compares_values_not_hashes() -> None:
    recipients: list[RecipientInput] = [Colliding(f"user{index}@example.com") for index in range(2_000)]
    assert check_recipients(recipients, "unicity").count == 2_000
    recipients.append(Colliding("user1234@example.com"))
    with pytest.raises(ValueError, match=r"recipient 2000 \('user1234@example.com'\) repeats recipient 1234"):
        check_recipients(recipients, "unicity")


def test_a_duplicate_names_its_first_occurrence_far_back() -> None:
    recipients = [f"u{index}@example.com" for index in range(50_000)]
    recipients.append(recipients[31_337])
    with pytest.raises(ValueError, match=r"recipient 50000 .* repeats recipient 31337"):
        check_recipients(recipients, "unicity")


def unicity(*values: str) -> RecipientByUnicity:
    return RecipientByUnicity(type_="unicity", value=list(values))


def footprint(**parts: str) -> RecipientFootprint:
    return RecipientFootprint(type_="footprint", **parts)


@pytest.mark.parametrize(
    ("first", "second", "strings_are"),
    [
        ("a@example.com", unicity("a@example.com"), "unicity"),
        ("a@example.com", ExecutionEmailRequest(recipient=unicity("a@example.com")), "unicity"),
        (unicity("a", "b"), unicity("a", "b"), "unicity"),
        ("ID1", RecipientById(type_="id", value="ID1"), "id"),
        ("f00d", RecipientByHash(type_="hash", value="f00d"), "hash"),
        (footprint(id="ID1", hash_="f00d"), footprint(id="ID1", hash_="f00d"), "unicity"),
        (footprint(id="ID1"), footprint(id="ID1", unicity="a@example.com"), "unicity"),
        (RecipientById(type_="id", value="ID1"), footprint(id="ID1"), "unicity"),
        ("a@example.com", footprint(unicity="a@example.com"), "unicity"),
        (footprint(hash_="f00d"), RecipientByHash(type_="hash", value="f00d"), "unicity"),
    ],
)
def test_the_same_recipient_in_two_forms_is_a_duplicate(first: Any, second: Any, strings_are: StringsAre) -> None:
    with pytest.raises(ValueError, match=r"recipient 1 .* repeats recipient 0"):
        check_recipients([first, second], strings_are)


@pytest.mark.parametrize(
    ("first", "second", "strings_are"),
    [
        ("a@example.com", "A@example.com", "unicity"),
        ("a", unicity("a", "b"), "unicity"),
        (unicity("a", "b"), unicity("b", "a"), "unicity"),
        (unicity("a", "b"), unicity("a", "b", "c"), "unicity"),
        ("ID1", RecipientById(type_="id", value="ID1"), "unicity"),
        ("ID1", RecipientByHash(type_="hash", value="ID1"), "id"),
        (RecipientById(type_="id", value="x"), RecipientByHash(type_="hash", value="x"), "unicity"),
        (footprint(id="x", unicity="y"), footprint(id="y", unicity="x"), "unicity"),
        (footprint(id="a", unicity="b", hash_="c"), unicity("a", "b", "c"), "unicity"),
    ],
)
def test_different_recipients_are_not_duplicates(first: Any, second: Any, strings_are: StringsAre) -> None:
    assert check_recipients([first, second], strings_are).count == 2


# -- requests built per batch -------------------------------------------------------------------------------


class ReadLog(Sequence[str]):
    """A recipients sequence that records which positions are read, in one timeline with other events."""

    def __init__(self, items: list[str], timeline: list[Any]) -> None:
        self.items = items
        self.timeline = timeline

    def __len__(self) -> int:
        return len(self.items)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            raise NotImplementedError
        item = self.items[index]  # raises IndexError past the end, as iteration expects
        self.timeline.append(("read", index if index >= 0 else len(self.items) + index))
        return item

    def __iter__(self) -> Iterator[str]:
        for index in range(len(self.items)):
            yield self[index]


def test_a_batch_reads_its_recipients_only_when_taken() -> None:
    timeline: list[Any] = []
    recipients = ReadLog([f"l{index}@example.com" for index in range(10)], timeline)
    checked = check_recipients(recipients, "unicity")
    assert isinstance(checked, CheckedRecipients)
    assert timeline == [("read", index) for index in range(10)]  # the check reads everything once
    timeline.clear()
    plan = SendPlan("000PE4", "email", checked, batch_size=4, started_at=utc_now())
    assert timeline == []
    batch = plan.next_batch()
    assert batch is not None
    assert timeline == [("read", index) for index in range(4)]
    assert [request.recipient for request in batch.requests] == [unicity(f"l{index}@example.com") for index in range(4)]
    assert all(isinstance(request, ExecutionEmailRequest) for request in batch.requests)


def test_a_send_builds_each_batch_after_the_previous_one_went_out(sandbox: Sandbox, http: httpx.Client) -> None:
    targets = create_targets(http, 6, prefix="lazy")
    action_id = validated_action(http)
    timeline: list[Any] = []
    recipients = ReadLog([email_of(target) for target in targets], timeline)
    hooked = httpx.Client(timeout=10, event_hooks={"request": [lambda request: timeline.append(request.method)]})
    with np6.Client(sandbox.api_key, base_url=sandbox.url, http_client=hooked) as client:
        report = client.actions.send(action_id, recipients, batch_size=2, concurrency=1)
        sending = timeline[timeline.index("GET") :]
        assert sending == [
            "GET",
            *[("read", 0), ("read", 1), "POST"],
            *[("read", 2), ("read", 3), "POST"],
            *[("read", 4), ("read", 5), "POST"],
        ]
        assert timeline[: timeline.index("GET")] == [("read", index) for index in range(6)]  # checked first
        assert report.sent == 6
        assert [result.recipient for result in report.results] == recipients.items
    assert len(sandbox_sends(sandbox, action_id)) == 6


@pytest.fixture
def logged(sandbox: Sandbox) -> Iterator[tuple[np6.Client, RequestLog]]:
    log = RequestLog()
    http_client = httpx.Client(timeout=10, event_hooks={"request": [log]})
    with np6.Client(sandbox.api_key, base_url=sandbox.url, http_client=http_client) as client:
        yield client, log


@pytest.mark.parametrize(
    ("last", "message"),
    [
        ("", "recipient 2000 is an empty string"),
        (42, "recipient 2000 is a int"),
        (unicity(), "recipient 2000: a unicity value must be a non-empty list"),
        ("user1999@example.com", "recipient 2000 .* repeats recipient 1999"),
    ],
)
def test_a_bad_last_recipient_fails_before_any_request(
    logged: tuple[np6.Client, RequestLog], last: Any, message: str
) -> None:
    client, log = logged
    recipients = [f"user{index}@example.com" for index in range(2_000)] + [last]
    with pytest.raises(ValueError, match=message):
        client.actions.send("000PE4", recipients, batch_size=10)
    assert log.requests == []


def test_a_request_of_the_wrong_channel_last_fails_before_any_post(
    logged: tuple[np6.Client, RequestLog], http: httpx.Client, sandbox: Sandbox
) -> None:
    client, log = logged
    targets = create_targets(http, 3, prefix="channel")
    action_id = validated_action(http)
    recipients: list[RecipientInput] = [email_of(target) for target in targets]
    recipients.append(ExecutionSmsRequest(recipient=RecipientById(type_="id", value=targets[0]["id"] + "x")))
    with pytest.raises(ValueError, match="recipient 3 is a ExecutionSmsRequest, but this is an email send"):
        client.actions.send(action_id, recipients, batch_size=1)
    assert [request.method for request in log.requests] == ["GET"]
    assert sandbox_sends(sandbox, action_id) == []


@pytest.mark.anyio
async def test_the_async_send_checks_everything_before_any_post(http: httpx.Client, sandbox: Sandbox) -> None:
    targets = create_targets(http, 4, prefix="async")
    action_id = validated_action(http)
    log = RequestLog()

    async def record(request: httpx.Request) -> None:
        log(request)

    recipients: list[RecipientInput] = [email_of(target) for target in targets]
    async with np6.AsyncClient(
        sandbox.api_key, base_url=sandbox.url, http_client=httpx.AsyncClient(event_hooks={"request": [record]})
    ) as client:
        with pytest.raises(ValueError, match=r"recipient 4 .* repeats recipient 1"):
            await client.actions.send(action_id, [*recipients, recipients[1]], batch_size=1)
        assert log.requests == []
        with pytest.raises(ValueError, match="recipient 4 is a ExecutionSmsRequest"):
            await client.actions.send(action_id, [*recipients, ExecutionSmsRequest(recipient=unicity("z"))])
        assert [request.method for request in log.requests] == ["GET"]
        report = await client.actions.send(action_id, recipients, batch_size=3, concurrency=2)
    assert isinstance(report.results, SendResults)
    assert [result.status for result in report.results] == ["sent"] * 4
    assert [result.recipient for result in report.results[::-1]] == recipients[::-1]
    assert len(sandbox_sends(sandbox, action_id)) == 4


# -- memory ------------------------------------------------------------------------------------------------

MANY = 50_000


def traced(run: Any) -> tuple[Any, int, int]:
    """Run ``run()`` under tracemalloc: (its result, bytes it left allocated, its peak above the start)."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        result = run()
        gc.collect()
        current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, current - before, peak - before


def test_checking_the_recipients_keeps_no_model_and_a_small_set() -> None:
    recipients = [f"member{index}@example.com" for index in range(MANY)]
    checked, kept, peak = traced(lambda: check_recipients(recipients, "unicity"))
    assert checked.count == MANY
    assert kept < 4_000  # nothing per recipient survives the check
    assert peak < 64 * MANY  # the set of references to the caller's strings (its table: 16 bytes a slot)


def test_a_whole_send_keeps_17_bytes_per_recipient() -> None:
    recipients = [f"member{index}@example.com" for index in range(MANY)]

    def run() -> SendReport:
        plan = plan_for(recipients, batch_size=1_000)
        answer_all(plan)
        return plan.finish()

    report, kept, peak = traced(run)
    assert report.sent == MANY
    assert kept < 17 * MANY + 10_000
    # the check's set, then one batch of request models and answers at a time, never one object per recipient
    assert peak < 64 * MANY + 17 * MANY + 2_000_000
    assert report.results[MANY - 1].message_id == message_id(MANY - 1)
