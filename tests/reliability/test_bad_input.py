"""Malformed input to every helper: a clear error (ValueError, TypeError or an np6 error) or a correct call,
never an internal exception, and never a request whose path names another route.

Property tests (hypothesis, derandomized: the same examples every run) feed wrong types, empty and huge
values, unicode and injection strings. Every request the client makes is recorded (an httpx event hook) and
its raw path checked: no empty, ``.`` or ``..`` segment, so an id like ``../../targets`` stays one escaped
segment of the route it was given to.
"""

from __future__ import annotations

import asyncio
import datetime
import uuid
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

import httpx
import np6
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from np6_client.models import ExecutionEmailRequest, ExecutionSmsRequest, RecipientById
from np6_client.types import UNSET
from np6_testkit.sandbox import Sandbox
from np6_testkit.sandbox.state import Contacts

CLEAR_ERRORS = (ValueError, TypeError, np6.NP6Error)
INJECTIONS = [
    "",
    " ",
    ".",
    "..",
    "../../targets",
    "..%2F..%2Ftargets",
    "%2e%2e",
    "/",
    "a/b",
    "?id=1",
    "#frag",
    "a&unicity=b",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "\x00",
    "\r\nX-Injected: 1",
    "é🎉\u202e",
    "x" * 100_000,
]
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True),
    st.text(max_size=40),
    st.binary(max_size=10),
    st.sampled_from(INJECTIONS),
)
GARBAGE = st.one_of(
    SCALARS,
    st.lists(SCALARS, max_size=4),
    st.dictionaries(st.text(max_size=8), SCALARS, max_size=4),
    st.tuples(SCALARS),
    st.sets(st.integers(), max_size=3),
)
PROPERTY = settings(
    max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


class Walked(Exception):  # noqa: N818
    """Valid input that walks a long range (e.g. events since 1970): stopped after WALK_LIMIT requests."""


WALK_LIMIT = 20


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> None:
        self.requests.append(request)
        if len(self.requests) > WALK_LIMIT:
            raise Walked

    def take(self) -> list[httpx.Request]:
        taken, self.requests = self.requests, []
        return taken


@pytest.fixture(scope="module")
def server() -> Iterator[Sandbox]:
    with Sandbox(seed=3) as sandbox:
        yield sandbox


@pytest.fixture(scope="module")
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture(scope="module")
def client(server: Sandbox, recorder: Recorder) -> Iterator[np6.Client]:
    http_client = httpx.Client(timeout=10, event_hooks={"request": [recorder]})
    with np6.Client(server.api_key, base_url=server.url, max_retries=0, http_client=http_client) as np6_client:
        yield np6_client


@pytest.fixture(scope="module")
def world(server: Sandbox, client: np6.Client) -> dict[str, Any]:
    """A validated action, a static segment and a target to aim bad input at."""
    with httpx.Client(base_url=server.url, headers={"X-Key": server.api_key}) as http:
        action = http.post(
            "/actions", json={"type": "mailMessage", "name": "A", "content": {"subject": "s", "html": "<p>h</p>"}}
        ).json()["id"]
        segment = http.post("/segments", json={"type": "static", "name": "S", "isTest": True}).json()["id"]
        http.post(f"/actions/{action}/validation", json={"fortest": True, "testSegments": [segment]})
        http.post(f"/actions/{action}/validation", json={"fortest": False})
        target = http.post("/targets", json={"email": "keep@example.com"}).json()["id"]
    return {"action": action, "segment": segment, "target": target}


def check_paths(requests: list[httpx.Request]) -> None:
    """No request left its route: every path segment is non-empty and neither `.` nor `..`."""
    for request in requests:
        path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        segments = path.split("/")[1:]
        assert all(segment not in ("", ".", "..") for segment in segments), f"malformed path {path!r}"


def outcome(call: Callable[[], Any], recorder: Recorder) -> Any:
    """Run ``call``: it returns, or raises a clear error; its requests keep to their routes."""
    recorder.take()
    try:
        result: Any = call()
    except (*CLEAR_ERRORS, Walked) as error:
        result = error
    check_paths(recorder.take())
    return result


# -- ids in URL paths --------------------------------------------------------------------------------------


@PROPERTY
@given(target_id=st.one_of(st.text(max_size=30), st.sampled_from(INJECTIONS)))
def test_a_target_id_is_one_escaped_path_segment(
    client: np6.Client, recorder: Recorder, world: dict[str, Any], target_id: str
) -> None:
    result = outcome(lambda: client.targets.get_target(target_id), recorder)
    if target_id in (".", "..") or not target_id.strip() or len(target_id) > 60_000:
        assert isinstance(result, ValueError), result  # another route, or a URL too long to build
    elif target_id != world["target"]:
        assert isinstance(result, np6.APIError) and result.status_code in (400, 404), result


@pytest.mark.parametrize("target_id", INJECTIONS)
def test_no_id_reaches_another_route(
    client: np6.Client, recorder: Recorder, server: Sandbox, world: dict[str, Any], target_id: str
) -> None:
    recorder.take()
    # DELETE /targets is NP6's bulk delete: `.` as a target id would reach it without escaping.
    with pytest.raises(CLEAR_ERRORS):
        client.targets.delete_target(target_id)
    requests = recorder.take()
    check_paths(requests)
    for request in requests:
        assert request.url.raw_path.decode() == "/targets/" + quote(target_id, safe="")
        assert unquote(request.url.raw_path.decode().removeprefix("/targets/")) == target_id
    with server.core.lock:
        assert world["target"] in server.core.state.part(Contacts).targets


@pytest.mark.parametrize(
    ("value", "error"),
    [(None, TypeError), (True, TypeError), (1.5, TypeError), (["a"], TypeError), ("", ValueError), ("..", ValueError)],
)
def test_path_parameters_of_the_wrong_type_are_refused_before_sending(
    client: np6.Client, recorder: Recorder, value: Any, error: type[Exception]
) -> None:
    recorder.take()
    with pytest.raises(error, match="path parameter 'id'"):
        client.actions.get_action(value)
    with pytest.raises(error, match="path parameter 'id'"):
        client.segments.get_segment(value)
    assert recorder.take() == []


@pytest.mark.parametrize(
    ("body", "error", "message"),
    [
        ([], ValueError, "empty list"),
        ([{"recipient": {"type": "id", "value": "x"}}], TypeError, "list.ExecutionEmailRequest. or"),
        (
            [
                ExecutionEmailRequest(recipient=RecipientById(type_="id", value="a")),
                ExecutionSmsRequest(recipient=RecipientById(type_="id", value="b")),
            ],
            TypeError,
            "got list",
        ),
        ("alice@example.com", TypeError, "got str"),
    ],
)
def test_a_body_with_no_media_type_is_refused_before_sending(  # noqa: PLR0917 - fixtures and parameters
    client: np6.Client, recorder: Recorder, world: dict[str, Any], body: Any, error: type[Exception], message: str
) -> None:
    """Regression: the generator picks the media type by the body's class, and sent a body of no accepted
    class (or an empty list, whose channel cannot be told) as no body at all."""
    recorder.take()
    with pytest.raises(error, match=message):
        client.actions.execute_action_batch(world["action"], body=body)
    assert recorder.take() == []


def test_a_missing_required_body_is_refused_before_sending(
    server: Sandbox, client: np6.Client, recorder: Recorder, world: dict[str, Any]
) -> None:
    """Regression: the generator made every body with several media types optional, so a forgotten body went
    out as an empty POST (NP6 answers 411). It is now required in the signature and refused when missing."""
    action = world["action"]
    recorder.take()
    with pytest.raises(TypeError, match="body"):
        client.actions.execute_action_batch(action)  # type: ignore[call-arg]
    for send, accepted in [
        (client.actions.execute_action, "ExecutionEmailRequest or ExecutionSmsRequest"),
        (client.actions.execute_action_batch, r"list\[ExecutionEmailRequest\] or list\[ExecutionSmsRequest\]"),
        (client.actions.render_action_message, "RenderEmailRequest or RenderSmsRequest"),
        (client.actions.render_action_messages, r"list\[RenderEmailRequest\] or list\[RenderSmsRequest\]"),
    ]:
        with pytest.raises(TypeError, match=f"body is required: give {accepted}$"):
            send(action, body=UNSET)  # type: ignore[operator]
    assert recorder.take() == []

    async def send_async() -> None:
        async def record(request: httpx.Request) -> None:
            recorder(request)

        http_client = httpx.AsyncClient(event_hooks={"request": [record]})
        async with np6.AsyncClient(server.api_key, base_url=server.url, http_client=http_client) as async_client:
            await async_client.actions.execute_action_batch(action, body=UNSET)  # type: ignore[arg-type]

    with pytest.raises(TypeError, match="body is required"):
        asyncio.run(send_async())
    assert recorder.take() == []


def test_an_empty_query_array_is_refused_before_sending(client: np6.Client, recorder: Recorder) -> None:
    """Regression: httpx leaves an empty list out of the URL, so `unicity=[]` asked for no contact at all."""
    recorder.take()
    with pytest.raises(ValueError, match="unicity is an empty list"):
        client.targets.get_target_by_identity(unicity=[])
    with pytest.raises(ValueError, match="unicity is an empty list"):
        client.targets.update_target_by_identity(unicity=[], body=[])
    assert recorder.take() == []


def test_a_uuid_path_parameter_takes_the_uuid_its_signature_names(client: np6.Client, recorder: Recorder) -> None:
    """Regression: `format: uuid` path parameters are typed `UUID`, and the path guard once refused UUIDs."""
    compilable = uuid.UUID("e3e70682-c209-1cac-a29f-6fbed82c07cd")
    recorder.take()
    assert isinstance(client.compilables.list_compilable_flaws(compilable), list)
    (request,) = recorder.take()
    assert request.url.path == f"/scripting/compilables/{compilable}/flaws"


@PROPERTY
@given(unicity=st.one_of(st.text(min_size=1, max_size=30), st.sampled_from(INJECTIONS[1:])))
def test_query_values_are_sent_exactly(client: np6.Client, recorder: Recorder, unicity: str) -> None:
    start = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    end = start + datetime.timedelta(hours=1)
    recorder.take()
    try:
        list(client.events.iter_hits(unicity=unicity, start=start, end=end))
    except ValueError as error:
        assert len(unicity) > 60_000, error  # only a URL too long to build
    except np6.APIError:
        pass
    for request in recorder.take():
        assert parse_qs(urlsplit(str(request.url)).query, keep_blank_values=True)["unicity"] == [unicity]
        assert request.url.path == "/targets/events/hits"


# -- every helper, fed garbage ------------------------------------------------------------------------------


@PROPERTY
@given(
    action_id=GARBAGE,
    recipients=GARBAGE,
    options=st.dictionaries(
        st.sampled_from(["batch_size", "concurrency", "channel", "strings_are"]), GARBAGE, max_size=2
    ),
)
def test_send_gets_a_clear_error_or_a_report(  # noqa: PLR0917 - fixtures and hypothesis arguments
    client: np6.Client, recorder: Recorder, world: dict[str, Any], action_id: Any, recipients: Any, options: Any
) -> None:
    for chosen_action in (action_id, world["action"]):
        result = outcome(lambda: client.actions.send(chosen_action, recipients, **options), recorder)  # noqa: B023
        assert isinstance(result, (np6.SendReport, *CLEAR_ERRORS)), result


@PROPERTY
@given(action_id=GARBAGE, test_segments=GARBAGE)
def test_validate_gets_a_clear_error(
    client: np6.Client, recorder: Recorder, action_id: Any, test_segments: Any
) -> None:
    result = outcome(lambda: client.actions.validate(action_id, test_segments=test_segments), recorder)
    assert isinstance(result, CLEAR_ERRORS) or result is not None


@PROPERTY
@given(fields=GARBAGE, email=GARBAGE, key=SCALARS)
def test_upsert_gets_a_clear_error_or_a_target(
    client: np6.Client, recorder: Recorder, fields: Any, email: Any, key: Any
) -> None:
    for body in (fields, {"email": email}, {"email": "a@example.com", key: email}):
        result = outcome(lambda: client.targets.upsert(body), recorder)  # noqa: B023 - called at once
        assert isinstance(result, CLEAR_ERRORS) or result.id is not None, result


@PROPERTY
@given(segment_id=GARBAGE, target_ids=GARBAGE)
def test_add_targets_gets_a_clear_error_or_a_count(
    client: np6.Client, recorder: Recorder, world: dict[str, Any], segment_id: Any, target_ids: Any
) -> None:
    for segment in (segment_id, world["segment"]):
        result = outcome(lambda: client.segments.add_targets(segment, target_ids), recorder)  # noqa: B023
        assert isinstance(result, (int, *CLEAR_ERRORS)), result


EVENT_OPTIONS = st.dictionaries(
    st.sampled_from(["start", "end", "cursor", "action_id", "types", "window"]), GARBAGE, min_size=1, max_size=3
)
HIT_OPTIONS = st.dictionaries(
    st.sampled_from(["target_id", "unicity", "hash", "start", "end", "cursor", "classification", "window"]),
    GARBAGE,
    min_size=1,
    max_size=3,
)


@PROPERTY
@given(action_options=EVENT_OPTIONS, hit_options=HIT_OPTIONS)
def test_event_iteration_gets_a_clear_error(
    client: np6.Client, recorder: Recorder, action_options: dict[str, Any], hit_options: dict[str, Any]
) -> None:
    result = outcome(lambda: next(iter(client.events.iter_action_events(**action_options)), None), recorder)
    assert result is None or isinstance(result, (*CLEAR_ERRORS, Walked)) or result.id
    result = outcome(lambda: next(iter(client.events.iter_hits(**hit_options)), None), recorder)
    assert result is None or isinstance(result, (*CLEAR_ERRORS, Walked)) or result.id


@PROPERTY
@given(text=st.one_of(st.text(max_size=60), st.sampled_from(INJECTIONS)), data=GARBAGE)
def test_a_malformed_cursor_is_a_value_error(text: str, data: Any) -> None:
    for parse in (lambda: np6.EventCursor.from_string(text), lambda: np6.EventCursor.from_dict(data)):
        try:
            cursor = parse()
        except (ValueError, TypeError):
            continue
        assert isinstance(cursor, np6.EventCursor)


@PROPERTY
@given(
    import_id=GARBAGE, source=GARBAGE, timing=st.dictionaries(st.sampled_from(["timeout", "poll_interval"]), GARBAGE)
)
def test_imports_run_gets_a_clear_error(
    client: np6.Client, recorder: Recorder, import_id: Any, source: Any, timing: dict[str, Any]
) -> None:
    try:  # a path that is not a file is the usual OSError (FileNotFoundError, IsADirectoryError...)
        result = outcome(lambda: client.imports.run(import_id, source, **timing), recorder)
    except OSError as error:
        assert isinstance(source, str), error
        return
    assert isinstance(result, CLEAR_ERRORS) or result is not None


@PROPERTY
@given(api_key=GARBAGE, base_url=GARBAGE, timeout=GARBAGE, max_retries=GARBAGE)
def test_client_options_get_a_clear_error(api_key: Any, base_url: Any, timeout: Any, max_retries: Any) -> None:
    try:
        made = np6.Client(api_key, base_url=base_url, timeout=timeout, max_retries=max_retries)
    except (ValueError, TypeError):
        return
    made.close()
