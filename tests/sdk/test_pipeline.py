"""np6's request loop in the user's environment: proxies, mounts, a shared ``httpx.Client``, per-call options,
raw responses, identification, logging, configuration errors, and hostile servers (redirects, dripping and
endless bodies, odd rate-limit headers)."""

from __future__ import annotations

import datetime
import gc
import logging
import os
import pickle
import platform
import random
import re
import subprocess
import sys
import time
import weakref
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import httpx
import np6
import pytest
from np6_client.models import TargetsCount
from np6_testkit.sandbox import Faults, Sandbox

from ._loopback import Script, answer, closed_port, forward_proxy, scripted_server

REQUEST_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@pytest.fixture
def no_env_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def _first_request_faults(rate: float) -> int:
    """A fault seed whose first draw strikes and second does not (the sandbox draws 3 numbers per request)."""
    for seed in range(1000):
        draws = random.Random(seed)
        first = draws.random()
        draws.random(), draws.random()
        if first < rate <= draws.random():
            return seed
    raise AssertionError("no such seed")


def _one_503_then_fine(sandbox: Sandbox) -> None:
    seed = _first_request_faults(0.5)
    sandbox.set_faults(
        Faults(seed=seed, error_rate=0.5, error_statuses=(503,), operations=frozenset({"count_targets"}))
    )


# -- proxies and mounts: np6's behaviour whatever transport httpx picks -----------------------------------------


def _typed_errors_and_retries(client: np6.Client, sandbox: Sandbox) -> None:
    with pytest.raises(np6.NotFoundError) as caught:
        client.targets.get_target("NOPE0000")
    assert REQUEST_ID.fullmatch(caught.value.request_id or "")
    _one_503_then_fine(sandbox)
    assert client.targets.count_targets().targets_count == 0
    assert sandbox.faults.injected == {"error/before": 1}


def test_through_a_forwarding_proxy(sandbox: Sandbox, no_env_proxy: None) -> None:
    with forward_proxy() as (proxy, seen), httpx.Client(proxy=proxy) as http:
        client = np6.Client(sandbox.api_key, base_url=sandbox.url, http_client=http, retry_delay=0.01)
        _typed_errors_and_retries(client, sandbox)
        with pytest.raises(np6.AuthenticationError):
            np6.Client("wrong-key", base_url=sandbox.url, http_client=http, retry_delay=0.01).targets.count_targets()
    targets = [request["target"] for request in seen.requests]
    assert f"{sandbox.url}/targets/NOPE0000" in targets
    assert targets.count(f"{sandbox.url}/targets/count") == 3  # the 503, its retry, the wrong key


def test_through_a_proxy_from_the_environment(
    sandbox: Sandbox, no_env_proxy: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with forward_proxy() as (proxy, seen):
        monkeypatch.setenv("HTTP_PROXY", proxy)
        with np6.Client(sandbox.api_key, base_url=sandbox.url, retry_delay=0.01) as client:
            _typed_errors_and_retries(client, sandbox)
    assert len(seen.requests) == 3


def test_through_mounts(sandbox: Sandbox, no_env_proxy: None) -> None:
    with forward_proxy() as (proxy, seen), httpx.Client(mounts={"http://": httpx.HTTPTransport(proxy=proxy)}) as http:
        _typed_errors_and_retries(
            np6.Client(sandbox.api_key, base_url=sandbox.url, http_client=http, retry_delay=0.01), sandbox
        )
    assert len(seen.requests) == 3


def test_a_dead_proxy_is_a_connection_error_retried_as_not_sent(
    sandbox: Sandbox, no_env_proxy: None, caplog: pytest.LogCaptureFixture
) -> None:
    dead = f"http://127.0.0.1:{closed_port()}"
    with httpx.Client(proxy=dead) as http:
        client = np6.Client(sandbox.api_key, base_url=sandbox.url, http_client=http, max_retries=2, retry_delay=0.01)
        with caplog.at_level(logging.WARNING, logger="np6"), pytest.raises(np6.APIConnectionError) as caught:
            client.raw.get_requester().request("POST", "/segments", json={"type": "static", "name": "Never"})
    assert caught.value.sent is False
    assert "it never reached NP6" in str(caught.value)
    retries = [record.getMessage() for record in caplog.records if "ConnectError, retry" in record.getMessage()]
    assert len(retries) == 2  # a POST too: the connection was never opened


@pytest.mark.anyio
async def test_the_async_client_through_a_proxy(sandbox: Sandbox, no_env_proxy: None) -> None:
    with forward_proxy() as (proxy, seen):
        async with httpx.AsyncClient(proxy=proxy) as http:
            client = np6.AsyncClient(sandbox.api_key, base_url=sandbox.url, http_client=http, retry_delay=0.01)
            with pytest.raises(np6.NotFoundError):
                await client.targets.get_target("NOPE0000")
            _one_503_then_fine(sandbox)
            assert (await client.targets.count_targets()).targets_count == 0
    assert len(seen.requests) == 3


# -- the caller's httpx.Client: used, never changed ----------------------------------------------------------------


def test_the_callers_client_is_left_as_it_was(sandbox: Sandbox, no_env_proxy: None) -> None:
    mount = httpx.HTTPTransport()
    http = httpx.Client(
        base_url="http://elsewhere.invalid/api",
        headers={"X-Mine": "1"},
        timeout=7,
        auth=("user", "pass"),
        follow_redirects=True,
        mounts={"http://elsewhere.invalid": mount},
    )
    before = (http.auth, http.base_url, dict(http.headers), http.timeout, http._transport, dict(http._mounts))
    client = np6.Client(sandbox.api_key, base_url=sandbox.url, http_client=http, retry_delay=0.01)
    client.targets.count_targets()
    client.with_options(timeout=3).targets.count_targets()
    client.close()
    after = (http.auth, http.base_url, dict(http.headers), http.timeout, http._transport, dict(http._mounts))
    assert after == before
    assert http.follow_redirects is True
    assert not http.is_closed  # the caller's to close
    assert client.timeout == httpx.Timeout(7)  # a caller's own timeout is kept when np6 is given none
    http.close()


def test_the_generated_clients_builders_leave_the_shared_client_alone(sandbox: Sandbox, no_env_proxy: None) -> None:
    with httpx.Client(timeout=7, headers={"X-Mine": "1"}) as http:
        client = np6.Client(sandbox.api_key, base_url=sandbox.url, http_client=http, retry_delay=0.01)
        client.raw.with_timeout(httpx.Timeout(1))
        client.raw.with_headers({"X-Other": "2"})
        assert http.timeout == httpx.Timeout(7)
        assert "X-Other" not in http.headers
        assert client.targets.count_targets().targets_count == 0


def test_two_clients_with_different_keys_share_one_pool(no_env_proxy: None) -> None:
    with (
        Sandbox(api_key="key-of-account-a") as a,
        Sandbox(api_key="key-of-account-b") as b,
        httpx.Client() as http,
    ):
        client_a = np6.Client(a.api_key, base_url=a.url, http_client=http, retry_delay=0.01)
        client_b = np6.Client(b.api_key, base_url=b.url, http_client=http, retry_delay=0.01)
        client_a.raw.get_requester().request("POST", "/segments", json={"type": "static", "name": "A"})
        client_b.raw.get_requester().request("POST", "/segments", json={"type": "static", "name": "B"})
        assert [segment.name for segment in client_a.segments.list_segments()] == ["A"]
        assert [segment.name for segment in client_b.segments.list_segments()] == ["B"]


def test_timeout_and_max_retries_apply_with_a_given_client(sandbox: Sandbox, no_env_proxy: None) -> None:
    sandbox.set_faults(Faults(latency=0.5, operations=frozenset({"count_targets"})))
    with httpx.Client(timeout=30) as http:
        client = np6.Client(
            sandbox.api_key, base_url=sandbox.url, http_client=http, timeout=0.2, max_retries=0, retry_delay=0.01
        )
        with pytest.raises(np6.APITimeoutError):
            client.targets.count_targets()
        assert client.with_options(timeout=5).targets.count_targets().targets_count == 0


# -- per-call options and raw responses --------------------------------------------------------------------------


def test_with_options_shares_the_pool_and_the_rate_limit_state(sandbox: Sandbox) -> None:
    with np6.Client(sandbox.api_key, base_url=sandbox.url, retry_delay=0.01) as client:
        _one_503_then_fine(sandbox)
        strict = client.with_options(max_retries=0)
        with pytest.raises(np6.ServerError):
            strict.targets.count_targets()
        assert client.targets.count_targets().targets_count == 0  # the client itself still retries

        sandbox.set_faults(Faults(rate_limit=100, rate_window=60))
        with client.with_options(timeout=10, headers={"X-Trace": "abc"}) as copy:
            copy.targets.count_targets()
            assert copy.timeout == httpx.Timeout(10)
        assert client.rate_limit is not None and client.rate_limit.limit == 100  # the copy's answer, shared
        assert client.timeout == httpx.Timeout(30, connect=10)
        assert client.targets.count_targets().targets_count == 0  # closing the copy left the pool open


def test_with_options_headers_and_user_agent_travel_per_request() -> None:
    def ok(handler: BaseHTTPRequestHandler) -> None:
        answer(handler, 200, b'{"targetsCount": 3}')

    with (
        scripted_server(ok) as (url, seen),
        np6.Client("the-key", base_url=url, app_info="billing-sync/2.3", retry_delay=0.01) as client,
    ):
        client.targets.count_targets()
        client.with_options(headers={"X-Trace": "abc"}).targets.count_targets()
        client.targets.count_targets()
    first, traced, last = (request["headers"] for request in seen.requests)
    expected = (
        f"np6-sdk/{np6.__version__} python/{platform.python_version()} httpx/{httpx.__version__} billing-sync/2.3"
    )
    assert first["User-Agent"] == expected
    assert first["X-Key"] == "the-key"
    assert traced["X-Trace"] == "abc"
    assert "X-Trace" not in last


def test_raw_responses(client: np6.Client) -> None:
    raw = client.with_raw_response.targets.count_targets()
    assert isinstance(raw, np6.APIResponse)
    assert raw.status_code == 200
    assert REQUEST_ID.fullmatch(raw.request_id or "")
    assert raw.headers["x-request-id"] == raw.request_id
    assert isinstance(raw.elapsed, datetime.timedelta)
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.parse() == TargetsCount(targets_count=0)
    assert raw.request_id in repr(raw)
    with pytest.raises(np6.NotFoundError):  # errors raise as with the typed methods
        client.with_raw_response.targets.get_target("NOPE0000")


@pytest.fixture
def no_collector() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def test_a_read_answer_is_freed_without_the_garbage_collector(client: np6.Client, no_collector: None) -> None:
    """httpx's stream refers back to its response (a cycle): np6 breaks it once the body is read, so answers are
    freed when dropped, not at the collector's next pass (a bulk copy of events, which allocates little, piled up
    500 MB of read answers before)."""
    raw = client.with_raw_response.targets.count_targets()
    answer = weakref.ref(raw.http_response)
    assert raw.http_response.read() == raw.http_response.content and b"".join(raw.http_response.iter_bytes())
    del raw

    assert answer() is None


@pytest.mark.anyio
async def test_an_async_read_answer_is_freed_without_the_collector(sandbox: Sandbox, no_collector: None) -> None:
    async with np6.AsyncClient(sandbox.api_key, base_url=sandbox.url) as client:
        raw = await client.with_raw_response.targets.count_targets()
        answer = weakref.ref(raw.http_response)
        assert [chunk async for chunk in raw.http_response.aiter_bytes()] == [raw.http_response.content]
        del raw

        assert answer() is None


def test_typed_results_tell_their_request_id(client: np6.Client) -> None:
    counted = client.targets.count_targets()
    assert REQUEST_ID.fullmatch(counted._request_id or "")
    assert counted == TargetsCount(targets_count=0)  # not part of equality
    assert "request_id" not in repr(counted)


@pytest.mark.anyio
async def test_async_with_options_and_raw_responses(sandbox: Sandbox) -> None:
    async with np6.AsyncClient(sandbox.api_key, base_url=sandbox.url, retry_delay=0.01) as client:
        raw = await client.with_raw_response.targets.count_targets()
        assert raw.status_code == 200 and REQUEST_ID.fullmatch(raw.request_id or "")
        assert raw.parse().targets_count == 0
        _one_503_then_fine(sandbox)
        async with client.with_options(max_retries=0) as strict:
            with pytest.raises(np6.ServerError):
                await strict.targets.count_targets()
        assert (await client.targets.count_targets()).targets_count == 0


# -- logging -------------------------------------------------------------------------------------------------------

_LOGGING_SCRIPT = """
import np6
client = np6.Client()
try:
    client.targets.get_target("NOPE0000")
except np6.NotFoundError:
    pass
client.targets.count_targets()  # answered 500 once, then retried: a warning
"""


def _run_logging_script(sandbox: Sandbox, **env: str) -> str:
    seed = _first_request_faults(0.5)
    sandbox.set_faults(
        Faults(seed=seed, error_rate=0.5, error_statuses=(500,), operations=frozenset({"count_targets"}))
    )
    environment = {
        **{name: value for name, value in os.environ.items() if name != "NP6_LOG"},
        "NP6_API_KEY": sandbox.api_key,
        "NP6_BASE_URL": sandbox.url,
        **env,
    }
    done = subprocess.run(
        [sys.executable, "-c", _LOGGING_SCRIPT],
        check=False,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert sandbox.api_key not in done.stderr + done.stdout
    return done.stderr


def test_np6_log_turns_on_a_stderr_handler(sandbox: Sandbox) -> None:
    debug = _run_logging_script(sandbox, NP6_LOG="debug")
    assert "GET /targets/NOPE0000 -> 404" in debug
    assert "GET /targets/count: 500, retry 1" in debug
    assert "GET /targets/count -> 200" in debug
    info = _run_logging_script(sandbox, NP6_LOG="info")
    assert "GET /targets/NOPE0000 -> 404" in info
    assert "-> 200" not in info


def test_np6_is_silent_when_logging_is_not_configured(sandbox: Sandbox) -> None:
    assert _run_logging_script(sandbox) == ""
    assert any(isinstance(handler, logging.NullHandler) for handler in logging.getLogger("np6").handlers)


# -- configuration errors ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"timeout": "30"}, TypeError),
        ({"max_retries": 1.5}, TypeError),
        ({"deadline": "5"}, TypeError),
        ({"deadline": -1}, ValueError),
        ({"max_response_size": 10}, ValueError),
        ({"retry_post_on_503": "yes"}, TypeError),
        ({"retry_delay": 0}, ValueError),
        ({"retry_delay": "0.5"}, TypeError),
        ({"headers": {"X-Key": "other"}}, ValueError),
        ({"headers": {"X-A": "a\r\nX-B: b"}}, ValueError),
        ({"app_info": "app\n"}, ValueError),
        ({"http_client": httpx.AsyncClient()}, TypeError),
        ({"base_url": "ftp://api-cm.np6.com"}, ValueError),
    ],
)
def test_configuration_errors_are_np6_errors_and_builtin_ones(options: dict[str, object], error: type) -> None:
    with pytest.raises(np6.ConfigurationError) as caught:
        np6.Client("key", **options)  # type: ignore[arg-type]
    assert isinstance(caught.value, error) and isinstance(caught.value, np6.NP6Error)


def test_a_missing_key_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NP6_API_KEY", raising=False)
    with pytest.raises(np6.ConfigurationError, match="no NP6 API key") as caught:
        np6.AsyncClient(retry_delay=0.01)
    assert isinstance(caught.value, ValueError)
    with pytest.raises(np6.ConfigurationTypeError):
        np6.Client(42, retry_delay=0.01)  # type: ignore[arg-type]


@pytest.mark.parametrize("key", ["abc\r\nX-Evil: 1", "abc\ndef", "abc\x00def", "abc\x7fdef", "abc def", "clé-secrète"])
def test_a_key_with_control_or_non_ascii_characters_is_refused_unquoted(key: str) -> None:
    with pytest.raises(np6.ConfigurationError) as caught:
        np6.Client(key, retry_delay=0.01)
    assert key not in str(caught.value) and "abc" not in str(caught.value)
    assert "characters, not shown" in str(caught.value)


@pytest.mark.parametrize(
    "base_url",
    [
        "https://user:SECRET@api-cm.np6.com",
        "https://SECRET@api-cm.np6.com",
        "https://api-cm.np6.com/?key=SECRET",
        "https://api-cm.np6.com/#SECRET",
    ],
)
def test_a_base_url_with_user_info_a_query_or_a_fragment_is_refused(base_url: str) -> None:
    with pytest.raises(np6.ConfigurationError) as caught:
        np6.Client("key", base_url=base_url, retry_delay=0.01)
    assert "SECRET" not in str(caught.value)
    assert "api-cm.np6.com" in str(caught.value)


def test_the_new_errors_pickle() -> None:
    request = httpx.Request("GET", "http://127.0.0.1:1/targets/count")
    moved = httpx.Response(302, headers={"location": "https://elsewhere.example:8443/x", "x-request-id": "r"})
    redirect = np6.RedirectError.from_response(moved, request)
    too_large = np6.ResponseTooLargeError(
        status_code=200, method="GET", url=str(request.url), request_id="r", body="[", reason="too large"
    )
    for error in (redirect, too_large, np6.ConfigurationError("no key"), np6.ConfigurationTypeError("bad type")):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error)
    assert redirect.location_host == "elsewhere.example:8443"


# -- hostile servers: redirects, dripping and endless bodies, odd headers -----------------------------------------


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_redirect_to_another_origin_is_an_error_and_the_key_stays(status: int, no_env_proxy: None) -> None:
    with scripted_server(lambda handler: answer(handler, 200, b"{}"), host="localhost") as (elsewhere, stolen):

        def redirect(handler: BaseHTTPRequestHandler) -> None:
            answer(handler, status, headers={"Location": f"{elsewhere}/steal?x=1"})

        with (
            scripted_server(redirect) as (url, _),
            httpx.Client(follow_redirects=True) as http,
            np6.Client("the-key", base_url=url, http_client=http, retry_delay=0.01) as client,
        ):
            with pytest.raises(np6.RedirectError) as caught:
                client.targets.count_targets()
            with pytest.raises(np6.RedirectError):
                client.raw.get_requester().request("POST", "/segments", json={"type": "static", "name": "X"})
    assert stolen.requests == []
    assert isinstance(caught.value, np6.MalformedResponseError)  # may have been processed: a send's batch is unknown
    port = elsewhere.rsplit(":", 1)[1]
    assert caught.value.location_host == f"localhost:{port}"
    assert f"redirect to localhost:{port}" in str(caught.value)
    assert "another origin" in str(caught.value)
    assert "the-key" not in str(caught.value)


def _trailing_slash(handler: BaseHTTPRequestHandler) -> None:
    path, _, query = handler.path.partition("?")
    if path.endswith("/"):
        answer(handler, 200, b'{"targetsCount": 7}')
    else:
        answer(handler, 301, headers={"Location": f"{path}/?{query}" if query else f"{path}/"})


@pytest.mark.parametrize("follow_redirects", [False, True])
def test_a_get_redirected_within_the_origin_is_followed(follow_redirects: bool, no_env_proxy: None) -> None:
    with (
        scripted_server(_trailing_slash) as (url, seen),
        httpx.Client(follow_redirects=follow_redirects) as http,
        np6.Client("the-key", base_url=url, http_client=http, retry_delay=0.01) as client,
    ):
        assert client.targets.count_targets().targets_count == 7
    assert [request["target"] for request in seen.requests] == ["/targets/count", "/targets/count/"]
    assert seen.requests[1]["headers"]["X-Key"] == "the-key"  # the same origin: np6 followed it, not httpx


@pytest.mark.anyio
async def test_a_get_redirected_within_the_origin_is_followed_async() -> None:
    with scripted_server(_trailing_slash) as (url, seen):
        async with np6.AsyncClient("k", base_url=url, retry_delay=0.01) as client:
            assert (await client.targets.count_targets()).targets_count == 7
            with pytest.raises(np6.RedirectError, match="GET or HEAD only"):  # the same origin, but a POST
                await client.raw.get_async_requester().request("POST", "/segments", json={"type": "static"})
    assert [request["target"] for request in seen.requests] == ["/targets/count", "/targets/count/", "/segments"]


@pytest.mark.parametrize("status", [301, 303, 307, 308])
def test_a_post_redirected_within_the_origin_is_an_error_and_not_sent_again(status: int) -> None:
    with (
        scripted_server(lambda handler: answer(handler, status, headers={"Location": "/segments/"})) as (url, seen),
        np6.Client("k", base_url=url, retry_delay=0.01) as client,
        pytest.raises(np6.RedirectError, match="GET or HEAD only"),
    ):
        client.segments.create_segment(body={"type": "static", "name": "Testers"})
    assert [(request["method"], request["target"]) for request in seen.requests] == [("POST", "/segments")]


def test_a_redirect_loop_ends_after_max_redirects() -> None:
    with (
        scripted_server(lambda handler: answer(handler, 302, headers={"Location": handler.path})) as (url, seen),
        np6.Client("k", base_url=url, retry_delay=0.01) as client,
        pytest.raises(np6.RedirectError) as caught,
    ):
        client.targets.count_targets()
    assert len(seen.requests) == 6  # the call, and 5 redirects followed
    assert "followed 5 redirects" in "".join(caught.value.__notes__)


def test_retry_delay_sets_the_backoff_and_a_hint_still_counts(caplog: pytest.LogCaptureFixture) -> None:
    answers = iter([500, 500, 503, 200])

    def flaky(handler: BaseHTTPRequestHandler) -> None:
        status = next(answers)
        headers = {"Retry-After": "1"} if status == 503 else {}
        answer(handler, status, b'{"targetsCount": 3}' if status == 200 else b"", headers)

    with (
        caplog.at_level(logging.WARNING, logger="np6"),
        scripted_server(flaky) as (url, seen),
        np6.Client("k", base_url=url, max_retries=3) as client,
    ):
        assert client.with_options(retry_delay=0.05).targets.count_targets().targets_count == 3
    assert len(seen.requests) == 4
    delays = [float(found) for found in re.findall(r"retry \d in ([\d.]+) s", caplog.text)]
    # Backoffs of 25-50 and 50-100 ms (0.25-0.5 and 0.5-1 s by default), then NP6's 1 s plus up to 50 ms.
    assert len(delays) == 3
    assert delays[0] <= 0.05 and delays[1] <= 0.1 and 1.0 <= delays[2] <= 1.05


def _sets_a_cookie(handler: BaseHTTPRequestHandler) -> None:
    answer(handler, 200, b'{"targetsCount": 1}', headers={"Set-Cookie": "session=np6; Path=/"})


def test_no_cookie_an_answer_sets_is_kept_or_sent_again(no_env_proxy: None) -> None:
    with scripted_server(_sets_a_cookie) as (url, seen), httpx.Client() as http:
        http.cookies.set("session", "mine", domain="127.0.0.1", path="/")
        http.cookies.set("theme", "dark")
        with (
            np6.Client("key-a", base_url=url, http_client=http, retry_delay=0.01) as a,
            np6.Client("key-b", base_url=url, retry_delay=0.01) as own,
        ):
            for client in (a, own, a, own):
                assert client.targets.count_targets().targets_count == 1
    assert sorted((cookie.name, cookie.value) for cookie in http.cookies.jar) == [
        ("session", "mine"),
        ("theme", "dark"),
    ]
    sent = [request["headers"].get("Cookie") for request in seen.requests]
    assert sent == ["session=mine; theme=dark", None] * 2  # the caller's own cookies, and never NP6's


@pytest.mark.anyio
async def test_no_cookie_an_answer_sets_is_kept_or_sent_again_async(no_env_proxy: None) -> None:
    with scripted_server(_sets_a_cookie) as (url, seen):
        async with (
            httpx.AsyncClient() as http,
            np6.AsyncClient("k", base_url=url, http_client=http, retry_delay=0.01) as client,
        ):
            await client.targets.count_targets()
            await client.with_options(deadline=5).targets.count_targets()
    assert list(http.cookies.jar) == []
    assert [request["headers"].get("Cookie") for request in seen.requests] == [None, None]


def _drip(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", "60")
    handler.end_headers()
    handler.wfile.write(b'{"targetsCount": 1')
    for _ in range(42):
        handler.wfile.write(b" ")
        handler.wfile.flush()
        time.sleep(0.25)


def test_a_dripping_body_cannot_hold_a_call_past_its_timeout() -> None:
    # Each byte comes well within the read timeout, but the body does not keep coming (4 bytes/s): np6 gives up
    # long before the 42 bytes (10 s) are in (read whole, the body would be a MalformedResponseError).
    with (
        scripted_server(_drip) as (url, seen),
        np6.Client("k", base_url=url, timeout=1, max_retries=0, retry_delay=0.01) as client,
        pytest.raises(np6.APITimeoutError, match="slower than 1024 bytes/s") as caught,
    ):
        client.targets.count_targets()
    assert caught.value.sent is True
    assert len(seen.requests) == 1


def test_the_deadline_bounds_a_call_with_its_retries() -> None:
    with (
        scripted_server(_drip) as (url, seen),
        np6.Client("k", base_url=url, timeout=20, max_retries=5, deadline=1.5, retry_delay=0.01) as client,
        pytest.raises(np6.APITimeoutError, match="deadline"),
    ):
        client.targets.count_targets()
    assert len(seen.requests) == 1  # no retry once the deadline has passed


@pytest.mark.anyio
async def test_the_async_deadline_bounds_waiting_for_headers_too() -> None:
    with scripted_server(_silent) as (url, _):
        async with np6.AsyncClient("k", base_url=url, timeout=20, deadline=1, retry_delay=0.01) as client:
            with pytest.raises(np6.APITimeoutError, match="deadline"):  # the answer would come after 2.5 s
                await client.targets.count_targets()
        async with np6.AsyncClient("k", base_url=url, timeout=20, retry_delay=0.01) as client:
            with pytest.raises(np6.APITimeoutError):
                await client.with_options(deadline=1).targets.count_targets()


def _dripping_headers(handler: BaseHTTPRequestHandler) -> None:
    handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
    for _ in range(16):  # a header byte every 0.15 s: each read comes well within any read timeout
        handler.wfile.write(b"x")
        handler.wfile.flush()
        time.sleep(0.15)
    handler.wfile.write(b': 1\r\nContent-Length: 19\r\n\r\n{"targetsCount": 1}')


def _silent(handler: BaseHTTPRequestHandler) -> None:
    time.sleep(2.5)  # no status line at all
    answer(handler, 200, b'{"targetsCount": 1}')


@pytest.mark.parametrize("server", [_dripping_headers, _silent])
def test_the_sync_deadline_bounds_waiting_for_the_status_line_and_headers(server: Script) -> None:
    # Without the deadline the answer would come, whole and valid, after 2.4-2.5 s.
    with (
        scripted_server(server) as (url, seen),
        np6.Client("k", base_url=url, timeout=20, max_retries=3, deadline=0.5, retry_delay=0.01) as client,
    ):
        with pytest.raises(np6.APITimeoutError, match=r"deadline .* status line and headers") as caught:
            client.targets.count_targets()
        assert caught.value.sent is True
        assert len(seen.requests) == 1  # and no retry after the deadline
        assert client.with_options(deadline=None).targets.count_targets().targets_count == 1


def _endless(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    chunk = b"[" + b"1," * 32_000
    for _ in range(20_000):  # 1.28 GB at most, should np6 never stop
        handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))


def test_an_endless_body_is_a_response_too_large_error() -> None:
    with (
        scripted_server(_endless) as (url, _),
        np6.Client("k", base_url=url, max_response_size=2 * 1024 * 1024, retry_delay=0.01) as client,
        pytest.raises(np6.ResponseTooLargeError) as caught,
    ):
        client.targets.count_targets()
    assert isinstance(caught.value, np6.MalformedResponseError)
    assert "max_response_size (2,097,152 bytes)" in str(caught.value)
    assert len(caught.value.body) <= 8 * 1024


@pytest.mark.anyio
async def test_an_endless_body_is_a_response_too_large_error_async() -> None:
    with scripted_server(_endless) as (url, _):
        async with np6.AsyncClient("k", base_url=url, max_response_size=2 * 1024 * 1024, retry_delay=0.01) as client:
            with pytest.raises(np6.ResponseTooLargeError):
                await client.targets.count_targets()


def test_error_bodies_are_kept_to_8_kib() -> None:
    page = b"<html>" + b"x" * 5_000_000

    def huge_404(handler: BaseHTTPRequestHandler) -> None:
        answer(handler, 404, page, {"Content-Type": "text/html"})

    with (
        scripted_server(huge_404) as (url, _),
        np6.Client("k", base_url=url, retry_delay=0.01) as client,
        pytest.raises(np6.NotFoundError) as caught,
    ):
        client.targets.get_target("NOPE0000")
    assert caught.value.body == page[: 8 * 1024].decode()


@pytest.mark.parametrize("value", ["-1", "nan", "inf", "-inf", "1e400", "soon", "99999999999999999999", ""])
def test_unreadable_rate_limit_headers_are_ignored(value: str) -> None:
    hints = {"X-RateLimit-Limit": value, "X-RateLimit-Remaining": value, "X-RateLimit-Reset": value}
    answers = iter([(429, {**hints, "Retry-After": value}), (200, hints)])

    def odd(handler: BaseHTTPRequestHandler) -> None:
        status, headers = next(answers)
        answer(handler, status, b'{"targetsCount": 2}' if status == 200 else b"", headers)

    with scripted_server(odd) as (url, seen), np6.Client("k", base_url=url, retry_delay=0.01) as client:
        assert client.targets.count_targets().targets_count == 2  # the 429 retried with np6's own backoff
        assert client.rate_limit is None or client.rate_limit.reset is None
    assert len(seen.requests) == 2


def test_a_post_503_with_retry_after_is_not_retried_unless_asked() -> None:
    answers: Iterator[int] = iter([503, 503, 200])

    def flaky(handler: BaseHTTPRequestHandler) -> None:
        status = next(answers)
        body = b'{"type": "static", "id": 1, "name": "S"}' if status == 200 else b""
        answer(handler, status, body, {"Retry-After": "0"})

    with scripted_server(flaky) as (url, seen), np6.Client("k", base_url=url, retry_delay=0.01) as client:
        with pytest.raises(np6.ServerError):
            client.raw.get_requester().request("POST", "/segments", json={"type": "static", "name": "S"})
        assert len(seen.requests) == 1
        opted = client.with_options(retry_post_on_503=True)
        assert opted.raw.get_requester().request("POST", "/segments", json={}).status_code == 200
    assert len(seen.requests) == 3


def test_a_local_protocol_error_is_not_sent_and_not_retried(
    client: np6.Client, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="np6"), pytest.raises(np6.APIConnectionError) as caught:
        client.raw.get_requester().request("GET", "/fields", headers={"X-Note": "secret\r\nX-Evil: 1"})
    assert caught.value.sent is False
    assert "never reached NP6" in str(caught.value)
    assert "may have processed" not in str(caught.value)
    assert "secret" not in str(caught.value)
    assert not [record for record in caplog.records if "retry" in record.getMessage()]


def test_a_requester_takes_paths_only(client: np6.Client) -> None:
    with pytest.raises(ValueError, match="path under base_url"):
        client.raw.get_requester().request("GET", "https://elsewhere.example/fields")
