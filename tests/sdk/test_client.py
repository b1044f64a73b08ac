"""The client core against the sandbox: configuration, typed errors, retries, rate limits, logging, secrecy."""

from __future__ import annotations

import logging
import pickle
import random
import re
import socket
import threading
import time
import traceback
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import np6
import pytest
from factories import at_a_whole_second
from np6_client.api.targets import count_targets, get_target
from np6_client.models import SegmentStaticRequest, TargetCreateRequest
from np6_testkit.sandbox import Faults, Reply, Sandbox

REQUEST_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _seed_where_only_the_first_request_faults(rate: float) -> int:
    """A fault seed whose first draw strikes and second does not (the sandbox draws 3 numbers per request)."""
    for seed in range(1000):
        draws = random.Random(seed)
        first = draws.random()
        draws.random(), draws.random()
        if first < rate <= draws.random():
            return seed
    raise AssertionError("no such seed")


def _segment_names(http: httpx.Client) -> list[str]:
    return [segment["name"] for segment in http.get("/segments").json()]


# -- construction -------------------------------------------------------------------------------------


def test_a_missing_api_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NP6_API_KEY", raising=False)
    with pytest.raises(ValueError, match=r"no NP6 API key: pass api_key=\.\.\. or set NP6_API_KEY"):
        np6.Client(retry_delay=0.01)
    with pytest.raises(ValueError, match="NP6_API_KEY"):
        np6.AsyncClient(api_key="  ", retry_delay=0.01)


def test_key_and_base_url_come_from_the_environment(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NP6_API_KEY", sandbox.api_key)
    monkeypatch.setenv("NP6_BASE_URL", sandbox.url + "/")

    with np6.Client(retry_delay=0.01) as client:
        assert client.base_url == sandbox.url
        assert client.targets.count_targets().targets_count == 0


def test_the_default_base_url_is_np6_production(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NP6_BASE_URL", raising=False)
    assert np6.Client("key", retry_delay=0.01).base_url == "https://api-cm.np6.com"


@pytest.mark.parametrize("url", ["http://api-cm.np6.com", "http://10.0.0.5:8080", "http://sandbox.internal"])
def test_plain_http_is_refused_beyond_loopback(url: str) -> None:
    with pytest.raises(ValueError, match="refusing plain http"):
        np6.Client("key", base_url=url, retry_delay=0.01)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000"])
def test_plain_http_is_allowed_on_loopback(url: str) -> None:
    assert np6.Client("key", base_url=url, retry_delay=0.01).base_url == url


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"base_url": "ftp://api-cm.np6.com"}, ValueError, "must be an http"),
        ({"timeout": 0}, ValueError, "timeout must be a positive number of seconds"),
        ({"timeout": -1.5}, ValueError, "timeout must be a positive number of seconds"),
        ({"timeout": "30"}, TypeError, "timeout must be seconds"),
        ({"max_retries": -1}, ValueError, "max_retries must be >= 0"),
        ({"max_retries": 2.5}, TypeError, "max_retries must be an int"),
        ({"max_retries": True}, TypeError, "max_retries must be an int"),
    ],
)
def test_bad_options_are_refused(options: dict[str, object], error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        np6.Client("key", **options)  # type: ignore[arg-type]
    with pytest.raises(error, match=message):
        np6.AsyncClient("key", **options)  # type: ignore[arg-type]


# -- every error class from a real response -----------------------------------------------------------


def test_400_is_a_bad_request_with_np6s_message(client: np6.Client) -> None:
    nested = TargetCreateRequest.from_dict({"fields": {"728": "ada@example.com"}})
    with pytest.raises(np6.BadRequestError) as caught:
        client.targets.create_target(body=nested)

    error = caught.value
    assert (error.status_code, error.method) == (400, "POST")
    assert error.url.endswith("/targets")
    assert '"field": "fields"' in error.body  # the sandbox's explanation (NP6's own 400 bodies vary)
    assert f"[x-request-id: {error.request_id}]" in str(error)


def test_401_is_an_authentication_error(sandbox: Sandbox) -> None:
    with (
        np6.Client("not-the-key", base_url=sandbox.url, retry_delay=0.01) as client,
        pytest.raises(np6.AuthenticationError) as caught,
    ):
        client.targets.count_targets()
    assert "X-Key API key is missing or wrong" in str(caught.value)


def test_404_is_not_found(client: np6.Client) -> None:
    with pytest.raises(np6.NotFoundError) as caught:
        client.targets.get_target("NOSUCH00")
    assert caught.value.status_code == 404
    assert REQUEST_ID.fullmatch(caught.value.request_id or "")


def test_409_explains_np6s_empty_conflict_and_carries_the_request_id(client: np6.Client) -> None:
    body = TargetCreateRequest.from_dict({"email": "ada@example.com"})
    client.targets.create_target(body=body)

    with pytest.raises(np6.ConflictError) as caught:
        client.targets.create_target(body=body)

    error = caught.value
    assert (error.status_code, error.body) == (409, "")
    assert REQUEST_ID.fullmatch(error.request_id or "")
    message = str(error)
    assert f"[x-request-id: {error.request_id}]" in message
    assert "(empty body)" in message
    assert "the resource already exists (target unicity" in message


def test_415_is_an_unsupported_media_type(client: np6.Client) -> None:
    with pytest.raises(np6.UnsupportedMediaTypeError) as caught:
        client.raw.get_requester().request(
            "POST", "/targets", content=b"email=ada", headers={"Content-Type": "text/plain"}
        )
    assert "Wrong Content-Type" in str(caught.value)


def test_429_is_a_rate_limit_error_with_retry_after(sandbox: Sandbox) -> None:
    sandbox.set_faults(Faults(rate_limit=1, rate_window=30))
    # pacing=False: a paced client would wait for the window to reset instead of being refused.
    with np6.Client(sandbox.api_key, base_url=sandbox.url, max_retries=0, pacing=False, retry_delay=0.01) as client:
        client.targets.count_targets()
        with pytest.raises(np6.RateLimitError) as caught:
            client.targets.count_targets()

    assert caught.value.retry_after is not None
    assert 0 < caught.value.retry_after <= 30


def test_a_persistent_5xx_is_a_server_error_once_retries_are_exhausted(client: np6.Client, sandbox: Sandbox) -> None:
    sandbox.set_faults(Faults(error_rate=1.0, error_statuses=(502,), operations=frozenset({"count_targets"})))

    with pytest.raises(np6.ServerError) as caught:
        client.targets.count_targets()

    assert caught.value.status_code == 502
    assert sandbox.faults.injected == {"error/before": 3}  # the first try and max_retries=2 retries


# -- retries ------------------------------------------------------------------------------------------


def test_429_waits_for_retry_after_then_succeeds(sandbox: Sandbox) -> None:
    sandbox.set_faults(Faults(rate_limit=2, rate_window=0.5))
    with np6.Client(
        sandbox.api_key, base_url=sandbox.url, pacing=False, retry_delay=0.01
    ) as client:  # refused, not held
        client.targets.count_targets()
        client.targets.count_targets()

        started = time.monotonic()
        assert client.targets.count_targets().targets_count == 0

    assert sandbox.faults.injected == {"rate_limit": 1}
    assert time.monotonic() - started >= 0.3  # Retry-After: 1 (whole seconds), not the 10 ms backoff


def test_a_429_with_a_hint_spends_waiting_time_not_retries(sandbox: Sandbox) -> None:
    """Regression (soak, 200k recipients): under a limit that other callers keep full, a batch was refused a
    7th time and the send stopped. NP6 refused it unprocessed and named the time: the call keeps waiting,
    bounded by `max_server_delay` in all, whatever `max_retries` is."""
    sandbox.set_faults(Faults(rate_limit=1, rate_window=1.0))
    attempts = 0

    class Counting(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            nonlocal attempts
            attempts += 1
            return super().handle_request(request)

    hogging_started = threading.Event()

    def hog() -> None:  # another caller on the same key, taking every window as soon as it opens
        with httpx.Client(base_url=sandbox.url, headers={"X-Key": sandbox.api_key}) as http:
            at_a_whole_second()  # its first window is a whole one: the client's first request is refused in it
            hog_until = time.monotonic() + 2.5
            while time.monotonic() < hog_until:
                http.get("/targets/count")
                hogging_started.set()
                time.sleep(0.005)

    http_client = httpx.Client(transport=Counting())
    with (
        ThreadPoolExecutor(1) as pool,
        # pacing=False: a paced client is back at the very reset, and may win the window on its first retry.
        np6.Client(
            sandbox.api_key,
            base_url=sandbox.url,
            max_retries=1,
            pacing=False,
            http_client=http_client,
            retry_delay=0.01,
        ) as client,
    ):
        hogging = pool.submit(hog)
        assert hogging_started.wait(10)
        assert client.targets.count_targets().targets_count == 0
        hogging.result()
    assert attempts >= 3  # refused at least twice: one retry would have been spent, then RateLimitError


def test_a_429_pauses_every_request_of_the_client_until_the_window_resets(sandbox: Sandbox) -> None:
    """A worker that did not get the 429 waits too, instead of being refused and spending its retries (the
    reactive behaviour, all there is when NP6's answers carry no X-RateLimit headers)."""
    sandbox.set_faults(Faults(rate_limit=2, rate_window=1.0))
    at_a_whole_second()
    with (
        np6.Client(sandbox.api_key, base_url=sandbox.url, pacing=False, retry_delay=0.01) as client,
        ThreadPoolExecutor(2) as pool,
    ):
        client.targets.count_targets()
        client.targets.count_targets()
        refused_first = pool.submit(client.targets.count_targets)  # 429, then waits Retry-After
        time.sleep(0.2)
        started = time.monotonic()
        later = pool.submit(client.targets.count_targets)  # held by the client: never sent into the full window
        assert later.result().targets_count == 0
        assert time.monotonic() - started >= 0.5
        assert refused_first.result().targets_count == 0
    assert sandbox.faults.injected == {"rate_limit": 1}


def test_a_5xx_on_get_is_retried_then_succeeds(
    client: np6.Client, sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="np6")
    seed = _seed_where_only_the_first_request_faults(0.5)
    sandbox.set_faults(Faults(seed=seed, error_rate=0.5, error_statuses=(500,)))

    assert client.targets.count_targets().targets_count == 0

    assert sandbox.faults.injected == {"error/before": 1}
    assert any("GET /targets/count: 500, retry 1 in" in record.getMessage() for record in caplog.records)


def test_a_post_answered_500_after_processing_is_not_retried(
    client: np6.Client, sandbox: Sandbox, http: httpx.Client
) -> None:
    sandbox.set_faults(
        Faults(error_rate=1.0, error_statuses=(500,), phase="after", operations=frozenset({"create_segment"}))
    )

    with pytest.raises(np6.ServerError):
        client.segments.create_segment(body=SegmentStaticRequest("static", name="Once"))

    assert sandbox.faults.injected == {"error/after": 1}
    assert _segment_names(http) == ["Once"]  # NP6 did create it, exactly once


def test_a_post_503_with_retry_after_is_retried_only_when_the_caller_opts_in(
    client: np6.Client, sandbox: Sandbox, http: httpx.Client
) -> None:
    # A 503 may come from a proxy after NP6 processed the request: a POST is not retried on it by default.
    seed = _seed_where_only_the_first_request_faults(0.5)
    faults = Faults(seed=seed, error_rate=0.5, error_statuses=(503,), operations=frozenset({"create_segment"}))
    sandbox.set_faults(faults)
    with pytest.raises(np6.ServerError) as caught:
        client.segments.create_segment(body=SegmentStaticRequest("static", name="Once"))
    assert caught.value.status_code == 503
    assert caught.value.headers.get("retry-after") is not None
    assert _segment_names(http) == []

    sandbox.set_faults(faults)
    retrying = client.with_options(retry_post_on_503=True)
    retrying.segments.create_segment(body=SegmentStaticRequest("static", name="Once"))

    assert sandbox.faults.injected == {"error/before": 1}
    assert _segment_names(http) == ["Once"]


@pytest.mark.parametrize("phase", ["before", "after"])
def test_a_post_whose_connection_drops_is_not_retried(
    client: np6.Client, sandbox: Sandbox, http: httpx.Client, phase: str
) -> None:
    # The client cannot tell a drop before processing from one after it: both must be reported as "maybe sent".
    sandbox.set_faults(Faults(drop_rate=1.0, phase=phase, operations=frozenset({"create_segment"})))  # type: ignore[arg-type]

    with pytest.raises(np6.APIConnectionError) as caught:
        client.segments.create_segment(body=SegmentStaticRequest("static", name="Maybe"))

    assert caught.value.sent is True
    assert not isinstance(caught.value, np6.APITimeoutError)
    assert "NP6 may have processed it" in str(caught.value)
    assert sandbox.faults.injected == {f"drop/{phase}": 1}
    assert _segment_names(http) == ([] if phase == "before" else ["Maybe"])


def test_a_get_whose_connection_drops_is_retried(client: np6.Client, sandbox: Sandbox) -> None:
    seed = _seed_where_only_the_first_request_faults(0.5)
    sandbox.set_faults(Faults(seed=seed, drop_rate=0.5, operations=frozenset({"count_targets"})))

    assert client.targets.count_targets().targets_count == 0
    assert sandbox.faults.injected == {"drop/before": 1}


def test_a_refused_connection_is_never_sent() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = np6.Client("key", base_url=f"http://127.0.0.1:{port}", max_retries=1, retry_delay=0.01)
    with client, pytest.raises(np6.APIConnectionError) as caught:
        client.segments.create_segment(body=SegmentStaticRequest("static", name="Never"))
    assert caught.value.sent is False
    assert "it never reached NP6" in str(caught.value)


def test_a_slow_answer_is_a_timeout(sandbox: Sandbox) -> None:
    sandbox.set_faults(Faults(latency=0.5))
    client = np6.Client(sandbox.api_key, base_url=sandbox.url, timeout=0.1, max_retries=0, retry_delay=0.01)
    with client, pytest.raises(np6.APITimeoutError):
        client.targets.count_targets()


# -- rate limit, logging ------------------------------------------------------------------------------


def test_rate_limit_headers_are_exposed(client: np6.Client, sandbox: Sandbox) -> None:
    assert client.rate_limit is None
    sandbox.set_faults(Faults(rate_limit=100, rate_window=60))

    client.targets.count_targets()

    rate = client.rate_limit
    assert rate is not None
    assert (rate.limit, rate.remaining) == (100, 99)
    assert rate.reset is not None
    assert 0 <= rate.reset <= 61


def test_the_np6_logger_records_method_path_status_and_request_id(
    client: np6.Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="np6")
    client.targets.count_targets()
    with pytest.raises(np6.NotFoundError) as caught:
        client.targets.get_target("NOSUCH00")

    records = [record for record in caplog.records if record.name == "np6"]
    assert re.fullmatch(r"GET /targets/count -> 200 \(x-request-id [0-9a-f-]{36}, \d+ ms\)", records[0].getMessage())
    assert records[0].levelno == logging.DEBUG
    assert records[1].getMessage().startswith(f"GET /targets/NOSUCH00 -> 404 (x-request-id {caught.value.request_id}")
    assert records[1].levelno == logging.INFO


def test_the_np6_logger_records_why_a_post_is_not_retried(
    client: np6.Client, sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="np6")
    sandbox.set_faults(Faults(drop_rate=1.0, operations=frozenset({"create_segment"})))

    with pytest.raises(np6.APIConnectionError):
        client.segments.create_segment(body=SegmentStaticRequest("static", name="Maybe"))

    warnings = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    # A dropped connection surfaces as either error, depending on when the client reads (machine load).
    assert len(warnings) == 1
    assert re.fullmatch(
        r"POST /segments: (RemoteProtocolError|ReadError) \(\1 on POST: NP6 may have processed it\)", warnings[0]
    ), warnings


# -- the API key never leaks --------------------------------------------------------------------------


CANARY = "canary-key-7f3a9c1e5b"


@pytest.fixture(scope="module")
def canary_sandbox() -> Iterator[Sandbox]:
    with Sandbox(api_key=CANARY) as server:
        yield server


def _cli_outputs(sandbox: Sandbox, tmp_path: Path) -> list[str]:
    """What `np6` commands print (success, NP6 errors, network errors) and the contract reports they write."""
    from np6.cli import app
    from typer.testing import CliRunner

    environment = {"NP6_API_KEY": CANARY, "NP6_BASE_URL": sandbox.url, "COLUMNS": "200"}
    runs = [
        ["targets", "upsert", "--help"],
        ["targets", "get", "NOSUCH00"],
        ["targets", "get", "--unicity", "ada@example.com", "--json"],
        ["actions", "list"],
        [
            "contract",
            "--operations",
            "list_fields,get_segments_informations",
            "--max-examples",
            "1",
            "--seed",
            "1",
            "--report",
            str(tmp_path / "contract.md"),
        ],
        ["contract", "--operations", "list_fields", "--max-examples", "1", "--report", str(tmp_path / "contract.json")],
    ]
    texts: list[str] = []
    for args in runs:
        result = CliRunner().invoke(app, args, env=environment)
        texts += [result.stdout, result.stderr, repr(result.exception), repr(result.exc_info)]
    dead = CliRunner().invoke(app, ["actions", "list"], env=environment | {"NP6_BASE_URL": "http://127.0.0.1:9"})
    assert dead.exit_code == 1
    texts += [dead.stdout, dead.stderr]
    texts += [report.read_text() for report in tmp_path.glob("contract.*")]
    assert len(list(tmp_path.glob("contract.*"))) == 2
    return texts


def test_the_api_key_appears_in_no_log_message_repr_error_cli_output_or_report(
    canary_sandbox: Sandbox, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included
    errors: list[BaseException] = []
    canary_sandbox.reset()
    with np6.Client(CANARY, base_url=canary_sandbox.url, retry_delay=0.01) as client:
        client.targets.upsert({"email": "ada@example.com"})
        client.targets.upsert({"email": "ada@example.com"})
        for faults in (
            Faults(),
            Faults(error_rate=1.0, error_statuses=(500,)),
            Faults(drop_rate=1.0),
            Faults(rate_limit=1, rate_window=600),  # a Retry-After too long to wait for: raised at once
        ):
            canary_sandbox.set_faults(faults)
            for call in (client.targets.count_targets, lambda: client.targets.get_target("NOSUCH00")):
                try:
                    call()
                except np6.NP6Error as error:
                    errors.append(error)
        canary_sandbox.set_faults(Faults())
        texts = [repr(client), repr(client.targets), repr(client.raw), repr(client.raw.get_requester())]
        try:
            client.targets.get_target("..")  # refused before sending
        except ValueError as error:
            errors.append(error)
    html = {"list_fields": lambda call: Reply(200, stream=[b"<html>"], headers={"content-type": "text/html"})}
    with (
        Sandbox(api_key=CANARY, overrides=html) as odd,
        np6.Client(CANARY, base_url=odd.url, retry_delay=0.01) as odd_client,
    ):
        try:
            odd_client.fields.list_fields()
        except np6.MalformedResponseError as error:
            errors.append(error)
    texts += _cli_outputs(canary_sandbox, tmp_path)

    assert {type(error) for error in errors} >= {
        np6.NotFoundError,
        np6.ServerError,
        np6.APIConnectionError,
        np6.RateLimitError,
        np6.MalformedResponseError,
        ValueError,
    }
    assert any(record.name.startswith("httpcore") for record in caplog.records)
    for record in caplog.records:
        texts += [record.getMessage(), repr(record.args), str(record.__dict__)]
    for error in errors:
        texts += [str(error), repr(error), "".join(traceback.format_exception(error)), repr(vars(error))]
        texts.append(pickle.dumps(error).decode("latin-1"))
        texts.append(str(pickle.loads(pickle.dumps(error))))
    leaks = [text for text in texts if CANARY in text]
    assert not leaks


# -- async parity, raw client -------------------------------------------------------------------------


@pytest.mark.anyio
async def test_the_async_client_behaves_like_the_sync_one(sandbox: Sandbox, http: httpx.Client) -> None:
    async with np6.AsyncClient(sandbox.api_key, base_url=sandbox.url, retry_delay=0.01) as client:
        assert repr(client) == f"np6.AsyncClient(base_url={sandbox.url!r})"
        body = TargetCreateRequest.from_dict({"email": "ada@example.com"})
        await client.targets.create_target(body=body)
        with pytest.raises(np6.ConflictError) as conflict:
            await client.targets.create_target(body=body)
        assert f"[x-request-id: {conflict.value.request_id}]" in str(conflict.value)
        with pytest.raises(np6.NotFoundError):
            await client.targets.get_target("NOSUCH00")

        seed = _seed_where_only_the_first_request_faults(0.5)
        sandbox.set_faults(Faults(seed=seed, error_rate=0.5, error_statuses=(500,), rate_limit=100, rate_window=60))
        assert (await client.targets.count_targets()).targets_count == 1
        assert sandbox.faults.injected == {"error/before": 1}
        assert client.rate_limit is not None
        assert client.rate_limit.limit == 100

        sandbox.set_faults(
            Faults(error_rate=1.0, error_statuses=(500,), phase="after", operations=frozenset({"create_segment"}))
        )
        with pytest.raises(np6.ServerError):
            await client.segments.create_segment(body=SegmentStaticRequest("static", name="Once"))
        sandbox.set_faults(Faults(drop_rate=1.0, operations=frozenset({"create_segment"})))
        with pytest.raises(np6.APIConnectionError) as dropped:
            await client.segments.create_segment(body=SegmentStaticRequest("static", name="Maybe"))
        assert dropped.value.sent is True
        sandbox.set_faults(Faults())

        assert (await count_targets.asyncio(client=client.raw)) is not None
    assert _segment_names(http) == ["Once"]


def test_raw_is_the_generated_client_with_np6s_behaviour(client: np6.Client) -> None:
    client.targets.upsert({"email": "ada@example.com"})

    counted = count_targets.sync(client=client.raw)

    assert counted is not None
    assert counted.targets_count == 1
    with pytest.raises(np6.NotFoundError):  # typed errors come from the transport, whatever the caller
        get_target.sync_detailed("NOSUCH00", client=client.raw)
