"""`client.actions.validate` and `client.actions.send` against the sandbox: validation phases, per-recipient
results in input order, batching and concurrency, faults that leave a batch's fate unknown (never resent),
rate limiting, the 409 trap, and the async twin."""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import np6
import pytest
from factories import (
    at_a_whole_second,
    create_action,
    create_segment,
    create_targets,
    email_of,
    state_of,
    validated_action,
)
from np6 import ActionStateError, SendError, SendReport
from np6_client.models import (
    ExecutionEmailRequest,
    ExecutionSmsRequest,
    RecipientByHash,
    RecipientById,
    RecipientByUnicity,
)
from np6_testkit.sandbox import Faults, Sandbox
from np6_testkit.sandbox.state import EventLog, Send

BOTH_CLIENTS = True

SEND_FAULTS = frozenset({"execute_action_batch"})


def sandbox_sends(sandbox: Sandbox, action_id: str) -> list[Send]:
    """What the sandbox really sent for the action: the ground truth for 'never resent'."""
    with sandbox.core.lock:
        return list(sandbox.core.state.part(EventLog).sends_for(action_id))


def sends_per_target(sandbox: Sandbox, action_id: str) -> Counter[str]:
    return Counter(send.target_id for send in sandbox_sends(sandbox, action_id))


class RequestLog:
    """Counts the requests an np6 client makes (an httpx request hook)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> None:
        self.requests.append(request)


@pytest.fixture
def logged(sandbox: Sandbox) -> Iterator[tuple[np6.Client, RequestLog]]:
    log = RequestLog()
    http_client = httpx.Client(timeout=10, event_hooks={"request": [log]})
    with np6.Client(sandbox.api_key, base_url=sandbox.url, http_client=http_client) as client:
        yield client, log


def statuses(report: SendReport) -> list[str]:
    return [result.status for result in report.results]


# -- validate ---------------------------------------------------------------------------------------


def test_validate_from_20_runs_both_phases(client: np6.Client, http: httpx.Client) -> None:
    action_id = create_action(http)
    assert state_of(http, action_id) == 20
    action = client.actions.validate(action_id, test_segments=[create_segment(http)])
    assert action.informations.state == 50  # type: ignore[union-attr]
    assert state_of(http, action_id) == 50


def test_validate_from_38_runs_the_production_phase_only(client: np6.Client, http: httpx.Client) -> None:
    action_id = create_action(http)
    http.post(f"/actions/{action_id}/validation", json={"fortest": True, "testSegments": [create_segment(http)]})
    assert state_of(http, action_id) == 38
    action = client.actions.validate(action_id)  # no test segments needed any more
    assert action.informations.state == 50  # type: ignore[union-attr]


def test_validate_in_state_50_only_reads(logged: tuple[np6.Client, RequestLog], http: httpx.Client) -> None:
    client, log = logged
    action_id = validated_action(http)
    action = client.actions.validate(action_id, test_segments=[1])
    assert action.informations.state == 50  # type: ignore[union-attr]
    assert [request.method for request in log.requests] == ["GET"]


def test_validate_refuses_bad_input_and_unvalidatable_states(client: np6.Client, http: httpx.Client) -> None:
    action_id = create_action(http)
    with pytest.raises(ValueError, match="test segment"):
        client.actions.validate(action_id)
    with pytest.raises(ValueError, match="positive segment ids"):
        client.actions.validate(action_id, test_segments=["12"])  # type: ignore[list-item]
    assert state_of(http, action_id) == 20

    draft = create_action(http, {"type": "mailMessage", "name": "Draft"})
    with pytest.raises(ActionStateError, match="without content") as caught:
        client.actions.validate(draft, test_segments=[create_segment(http)])
    assert caught.value.state == 10
    with pytest.raises(np6.NotFoundError):
        client.actions.validate("ZZZZZZ", test_segments=[1])


# -- send: results ----------------------------------------------------------------------------------


def test_send_mixed_known_and_unknown_recipients_in_input_order(
    client: np6.Client, http: httpx.Client, sandbox: Sandbox
) -> None:
    targets = create_targets(http, 4)
    action_id = validated_action(http)
    recipients = [email_of(targets[0]), "stranger@example.com", email_of(targets[1]), "nobody@example.com"]
    recipients += [email_of(target) for target in targets[2:]]

    report = client.actions.send(action_id, recipients, batch_size=2, concurrency=3)

    assert statuses(report) == ["sent", "rejected", "sent", "rejected", "sent", "sent"]
    assert [result.recipient for result in report.results] == recipients
    assert [result.index for result in report.results] == list(range(6))
    assert report.results[1].reason == "recipient not found"
    assert (report.sent, report.rejected, report.unknown, report.not_sent) == (4, 2, 0, 0)
    assert report.reconcile is None
    assert report.channel == "email"
    assert report.started_at.tzinfo is not None
    sends = sandbox_sends(sandbox, action_id)
    assert sorted(str(message_id) for message_id in report.message_ids) == sorted(send.message_id for send in sends)
    by_message = {send.message_id: send.target_id for send in sends}
    sent = [result for result in report.results if result.status == "sent"]
    assert [by_message[str(result.message_id)] for result in sent] == [target["id"] for target in targets]
    assert set(sends_per_target(sandbox, action_id).values()) == {1}


def test_send_accepts_ids_hashes_models_and_per_recipient_requests(
    client: np6.Client, http: httpx.Client, sandbox: Sandbox
) -> None:
    targets = create_targets(http, 5)
    action_id = validated_action(http)
    by_id = client.actions.send(action_id, [targets[0]["id"]], strings_are="id")
    by_hash = client.actions.send(action_id, [targets[1]["hash"]], strings_are="hash")
    models = client.actions.send(
        action_id,
        [
            RecipientById(type_="id", value=targets[2]["id"]),
            RecipientByUnicity(type_="unicity", value=[email_of(targets[3])]),
            RecipientByHash(type_="hash", value=targets[4]["hash"]),
            ExecutionEmailRequest(
                recipient=RecipientById(type_="id", value="00000000"),  # unknown id: rejected, not an error
            ),
        ],
    )
    assert (by_id.sent, by_hash.sent) == (1, 1)
    assert statuses(models) == ["sent", "sent", "sent", "rejected"]
    assert sends_per_target(sandbox, action_id) == Counter(target["id"] for target in targets)


def test_send_takes_recipients_as_dicts_of_each_kind(client: np6.Client, http: httpx.Client, sandbox: Sandbox) -> None:
    targets = create_targets(http, 7, prefix="dicts")
    action_id = validated_action(http)
    recipients: list[Any] = [
        {"type": "id", "value": targets[0]["id"]},
        {"type": "unicity", "value": [email_of(targets[1])]},
        {"type": "hash", "value": targets[2]["hash"]},
        {"type": "footprint", "id": targets[3]["id"]},
        {"recipient": {"type": "unicity", "value": (email_of(targets[4]),)}, "data": {"coupon": "A1"}},
        {"recipient": RecipientById(type_="id", value=targets[5]["id"]), "important": True},  # email-only key
        email_of(targets[6]),  # the other forms in the same batches
        {"type": "id", "value": "00000000"},  # no such target: rejected by NP6, not an input error
    ]

    report = client.actions.send(action_id, recipients, batch_size=3)

    assert statuses(report) == ["sent"] * 7 + ["rejected"]
    assert all(result.recipient is given for result, given in zip(report.results, recipients, strict=True))
    by_message = {send.message_id: send for send in sandbox_sends(sandbox, action_id)}
    sent = [by_message[str(result.message_id)] for result in report.results if result.status == "sent"]
    assert [send.target_id for send in sent] == [target["id"] for target in targets]
    assert sent[4].data == {"coupon": "A1"}
    assert set(sends_per_target(sandbox, action_id).values()) == {1}

    sandbox.set_faults(Faults(error_rate=1.0, error_statuses=(500,), phase="after", operations=SEND_FAULTS))
    lost = client.actions.send(action_id, recipients[:2])
    assert lost.reconcile is not None
    assert lost.reconcile.recipients == tuple(recipients[:2])  # what to look for, as given


def test_send_an_sms_action_by_its_channel(client: np6.Client, http: httpx.Client, sandbox: Sandbox) -> None:
    targets = create_targets(http, 2)
    action_id = validated_action(http, {"type": "smsMessage", "name": "Sms", "content": {"textContent": "Hi"}})
    report = client.actions.send(action_id, [email_of(target) for target in targets])
    assert report.channel == "sms"
    assert report.sent == 2
    with pytest.raises(ValueError, match="sent by sms"):
        client.actions.send(action_id, [email_of(targets[0])], channel="email")
    with pytest.raises(ValueError, match="ExecutionEmailRequest"):
        recipient = RecipientByUnicity(type_="unicity", value=[email_of(targets[0])])
        client.actions.send(action_id, [ExecutionEmailRequest(recipient=recipient)])
    sms = ExecutionSmsRequest(recipient=RecipientById(type_="id", value=targets[0]["id"]))
    assert client.actions.send(action_id, [sms]).sent == 1
    by_dicts = [
        {"recipient": {"type": "id", "value": targets[1]["id"]}, "data": {"code": "7"}},
        {"type": "hash", "value": targets[0]["hash"]},
    ]
    assert statuses(client.actions.send(action_id, by_dicts)) == ["sent", "sent"]
    with pytest.raises(TypeError, match=r"recipients\[1\] has an unknown key 'important' .*an sms send"):
        client.actions.send(action_id, [by_dicts[1], {"recipient": by_dicts[0]["recipient"], "important": True}])
    assert len(sandbox_sends(sandbox, action_id)) == 5


def test_a_big_send_runs_in_concurrent_batches(logged: tuple[np6.Client, RequestLog], sandbox: Sandbox) -> None:
    client, log = logged
    http = httpx.Client(base_url=sandbox.url, headers={"X-Key": sandbox.api_key})
    targets = create_targets(http, 300, prefix="big")
    action_id = validated_action(http)
    recipients = [email_of(target) for target in targets]
    recipients[150:150] = ["missing@example.com"]

    report = client.actions.send(action_id, recipients, batch_size=25, concurrency=4)

    posts = [request for request in log.requests if request.method == "POST"]
    assert len(posts) == 13  # ceil(301 / 25)
    assert all(request.headers["content-type"] == "application/vnd.np6.cm.email" for request in posts)
    assert [result.recipient for result in report.results] == recipients
    assert report.sent == 300
    assert report.results[150].status == "rejected"
    sent_to = {send.message_id: send.target_id for send in sandbox_sends(sandbox, action_id)}
    in_order = [sent_to[str(result.message_id)] for result in report.results if result.status == "sent"]
    assert in_order == [target["id"] for target in targets]
    assert set(sends_per_target(sandbox, action_id).values()) == {1}
    http.close()


# -- send: input errors, before any request ---------------------------------------------------------


@pytest.mark.parametrize(
    ("recipients", "options", "message"),
    [
        ([], {}, "no recipients"),
        ("alice@example.com", {}, "not a single string"),
        ([RecipientByUnicity(type_="unicity", value="alice@example.com")], {}, "list of strings"),  # type: ignore[arg-type]
        ([RecipientByUnicity(type_="unicity", value=[42])], {}, "list of strings"),  # type: ignore[list-item]
        ([42], {}, "is a int"),
        (["a@example.com", "b@example.com", "a@example.com"], {}, "recipient 2 .* repeats recipient 0"),
        (["ID1", RecipientById(type_="id", value="ID1")], {"strings_are": "id"}, "repeats"),
        ([""], {}, "empty string"),
        (["a@example.com"], {"batch_size": 0}, "batch_size"),
        (["a@example.com"], {"batch_size": 1001}, "batch_size"),
        (["a@example.com"], {"concurrency": 0}, "concurrency"),
        (["a@example.com"], {"strings_are": "email"}, "strings_are"),
    ],
)
def test_send_refuses_bad_input_before_any_request(
    logged: tuple[np6.Client, RequestLog], recipients: Any, options: dict[str, Any], message: str
) -> None:
    client, log = logged
    with pytest.raises(ValueError, match=message):
        client.actions.send("000PE4", recipients, **options)
    assert log.requests == []


@pytest.mark.parametrize(
    ("recipients", "error", "message"),
    [
        (
            [{"type": "id", "value": "ID1", "vaule": "ID1"}],
            TypeError,
            r"\[0\] has an unknown key 'vaule' \(did you mean 'value'\?\)",
        ),
        (
            ["a@example.com", {"type": "unicity", "value": "b@example.com"}],
            TypeError,
            r"\[1\]\['value'\] must be an array",
        ),
        ([{"type": "id", "value": 7}], TypeError, r"\[0\]\['value'\] must be a string, got int 7"),
        (
            [{"type": "email", "value": "a@example.com"}],
            ValueError,
            r"\[0\]\['type'\] must be one of 'id', 'unicity', ",
        ),
        ([{"value": ["a@example.com"]}], TypeError, r"\[0\] is missing the required key 'type' \(one of 'id'"),
        ([{"recipient": {"value": "ID1"}}], TypeError, r"\[0\]\['recipient'\] is missing the required key 'type'"),
        ([{"recipient": {"type": "id", "value": "ID1"}, "data": "x"}], TypeError, r"\[0\]\['data'\] must be an object"),
        (
            [{"recipient": {"type": "id", "value": "ID1"}, "subjct": "Hi"}],
            TypeError,
            r"\[0\] has an unknown key 'subjct' \(did you mean 'subject'\?\)",
        ),
        ([{"data": {"coupon": "A1"}}], TypeError, r"\[0\] is missing the required key 'recipient'"),
        (["a@example.com", {"name": "Alice"}], TypeError, r"\[1\] is neither a recipient .* its keys: 'name'"),
        ([{"type": "unicity", "value": []}], ValueError, r"\[0\]\['value'\] needs at least 1 item"),
    ],
    ids=[
        "unknown-key",
        "unicity-not-a-list",
        "id-not-a-string",
        "unknown-type",
        "no-type",
        "request-recipient-without-type",
        "request-data-not-an-object",
        "request-unknown-key",
        "request-without-recipient",
        "neither",
        "empty-unicity",
    ],
)
@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.anyio
async def test_send_refuses_a_bad_dict_recipient_before_any_request(
    sandbox: Sandbox, asynchronous: bool, recipients: list[Any], error: type[Exception], message: str
) -> None:
    expected = pytest.raises(error, match=r"^actions\.send: recipients" + message)
    sent: list[httpx.Request] = []
    if asynchronous:

        async def record(request: httpx.Request) -> None:
            sent.append(request)

        async with (
            httpx.AsyncClient(event_hooks={"request": [record]}) as hooked,
            np6.AsyncClient(sandbox.api_key, base_url=sandbox.url, http_client=hooked) as async_client,
        ):
            with expected:
                await async_client.actions.send("000PE4", recipients)
    else:
        with (
            httpx.Client(event_hooks={"request": [sent.append]}) as hooked_sync,
            np6.Client(sandbox.api_key, base_url=sandbox.url, http_client=hooked_sync) as client,
            expected,
        ):
            client.actions.send("000PE4", recipients)
    assert sent == []


def test_send_refuses_an_action_not_validated_for_production(
    logged: tuple[np6.Client, RequestLog], http: httpx.Client, sandbox: Sandbox
) -> None:
    client, log = logged
    targets = create_targets(http, 1)
    action_id = create_action(http)
    http.post(f"/actions/{action_id}/validation", json={"fortest": True, "testSegments": [create_segment(http)]})
    with pytest.raises(ActionStateError, match="state 38") as caught:
        client.actions.send(action_id, [email_of(targets[0])])
    assert caught.value.state == 38
    assert [request.method for request in log.requests] == ["GET"]
    assert sandbox_sends(sandbox, action_id) == []


def test_a_409_mid_send_stops_it_and_keeps_the_completed_batches(sandbox: Sandbox, http: httpx.Client) -> None:
    targets = create_targets(http, 6)
    action_id = validated_action(http)
    posts = 0

    def unvalidate_before_the_third_batch(request: httpx.Request) -> None:
        nonlocal posts
        if request.method == "POST":
            posts += 1
            if posts == 3:  # someone sends the action back to test while we send
                assert http.request("DELETE", f"/actions/{action_id}/validation", json={}).status_code == 204

    hooked = httpx.Client(timeout=10, event_hooks={"request": [unvalidate_before_the_third_batch]})
    with (
        np6.Client(sandbox.api_key, base_url=sandbox.url, http_client=hooked) as client,
        pytest.raises(SendError) as caught,
    ):
        client.actions.send(action_id, [email_of(target) for target in targets], batch_size=2, concurrency=1)
    report = caught.value.report
    assert isinstance(caught.value.__cause__, np6.ConflictError)
    assert statuses(report) == ["sent", "sent", "sent", "sent", "not_sent", "not_sent"]
    assert "ConflictError" in (report.results[4].reason or "")
    assert len(sandbox_sends(sandbox, action_id)) == 4


# -- send: faults -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "faults",
    [
        Faults(error_rate=1.0, error_statuses=(500,), phase="after", operations=SEND_FAULTS),
        Faults(drop_rate=1.0, phase="after", operations=SEND_FAULTS),
    ],
    ids=["500-after-processing", "dropped-after-processing"],
)
def test_a_lost_answer_is_unknown_and_never_resent(
    client: np6.Client, http: httpx.Client, sandbox: Sandbox, faults: Faults
) -> None:
    targets = create_targets(http, 5)
    action_id = validated_action(http)
    sandbox.set_faults(faults)

    report = client.actions.send(action_id, [email_of(target) for target in targets], batch_size=2)

    assert statuses(report) == ["unknown"] * 5
    assert report.message_ids == ()
    assert report.reconcile is not None
    assert report.reconcile.action_id == action_id
    assert report.reconcile.recipients == tuple(email_of(target) for target in targets)
    assert report.reconcile.since < report.started_at
    assert "iter_action_events" in str(report.reconcile)
    # NP6 processed every batch once: each recipient got exactly one message, none a second.
    assert sends_per_target(sandbox, action_id) == Counter(target["id"] for target in targets)
    assert sandbox.faults.injected == {f"{'error' if faults.error_rate else 'drop'}/after": 3}


def test_random_faults_never_send_a_recipient_twice(client: np6.Client, http: httpx.Client, sandbox: Sandbox) -> None:
    targets = create_targets(http, 60, prefix="flaky")
    action_id = validated_action(http)
    sandbox.set_faults(Faults(seed=7, error_rate=0.3, drop_rate=0.2, phase="both", operations=SEND_FAULTS))

    report = client.actions.send(action_id, [email_of(target) for target in targets], batch_size=5, concurrency=3)

    assert report.unknown > 0 and report.sent > 0
    per_target = sends_per_target(sandbox, action_id)
    assert max(per_target.values()) == 1
    sent_ids = {str(message_id) for message_id in report.message_ids}
    assert sent_ids <= {send.message_id for send in sandbox_sends(sandbox, action_id)}
    for target, result in zip(targets, report.results, strict=True):
        if result.status == "sent":
            assert per_target[target["id"]] == 1


@pytest.mark.parametrize("pacing", [True, False])
def test_rate_limiting_is_waited_out_and_the_send_completes(http: httpx.Client, sandbox: Sandbox, pacing: bool) -> None:
    targets = create_targets(http, 8)
    action_id = validated_action(http)
    sandbox.set_faults(Faults(rate_limit=3, rate_window=1.0))
    at_a_whole_second()  # unpaced, the 4 concurrent first batches are refused in one window
    with np6.Client(sandbox.api_key, base_url=sandbox.url, max_retries=6, pacing=pacing) as client:
        report = client.actions.send(action_id, [email_of(target) for target in targets], batch_size=1, concurrency=4)
    assert report.sent == 8
    # Paced, the send's first request (reading the action) told the client the budget: no batch is refused.
    assert (sandbox.faults.injected.get("rate_limit", 0) > 0) is not pacing
    assert set(sends_per_target(sandbox, action_id).values()) == {1}


# -- the async twin ---------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_send_and_validate_give_the_same_report_shape(
    client: np6.Client, http: httpx.Client, sandbox: Sandbox
) -> None:
    targets = create_targets(http, 7)
    recipients = [email_of(target) for target in targets]
    recipients[3:3] = ["stranger@example.com"]
    sync_action, async_action = create_action(http), create_action(http)
    segment = create_segment(http)
    client.actions.validate(sync_action, test_segments=[segment])
    sync_report = client.actions.send(sync_action, recipients, batch_size=3, concurrency=2)

    async with np6.AsyncClient(sandbox.api_key, base_url=sandbox.url) as async_client:
        action = await async_client.actions.validate(async_action, test_segments=[segment])
        assert action.informations.state == 50  # type: ignore[union-attr]
        async_report = await async_client.actions.send(async_action, recipients, batch_size=3, concurrency=2)
        with pytest.raises(ValueError, match="no recipients"):
            await async_client.actions.send(async_action, [])

        sandbox.set_faults(Faults(error_rate=1.0, error_statuses=(500,), phase="after", operations=SEND_FAULTS))
        lost = await async_client.actions.send(async_action, recipients[:2])
    assert statuses(lost) == ["unknown", "unknown"]

    shape = [(result.index, result.recipient, result.status, result.reason) for result in sync_report.results]
    assert [(result.index, result.recipient, result.status, result.reason) for result in async_report.results] == shape
    assert (async_report.sent, async_report.rejected, async_report.unknown) == (7, 1, 0)
    assert len(async_report.message_ids) == 7
    assert sends_per_target(sandbox, async_action) == Counter(target["id"] for target in targets[:2]) + Counter(
        target["id"] for target in targets
    )
    assert isinstance(async_report.started_at, datetime.datetime)


def test_send_reports_each_finished_batch_to_on_batch_done(client: np6.Client, http: httpx.Client) -> None:
    targets = create_targets(http, 5, prefix="progress")
    action_id = validated_action(http)
    done: list[int] = []
    client.actions.send(action_id, [email_of(target) for target in targets], batch_size=2, on_batch_done=done.append)
    assert sorted(done) == [1, 2, 2]
