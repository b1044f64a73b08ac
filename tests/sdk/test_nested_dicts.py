"""Dicts welcome at any depth (issue 16, item 2): a dict given where a model holds a nested model, or a model given
inside a dict body, is sent as its JSON, and every dict is checked against the spec at its place before anything
is sent: an unknown key or a wrong type is a TypeError, a value the spec refuses a ValueError, each naming the
operation and the field's path. (The models' annotations name the model classes, which `mypy` holds a caller to;
the dicts are for code that is not type-checked, or builds the parts from data.)"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import np6
import pytest
from np6_client.models import (
    ActionMailContent,
    ActionMailMessageRequest,
    ActionSchedulerAsap,
    ExecutionEmailRequest,
    FieldTextFieldRequest,
)
from np6_testkit.sandbox import Sandbox

BOTH_CLIENTS = True

SENDER = {"from": {"prefix": "news", "domain": "example.com", "label": "News"}}


@pytest.fixture
def sent(sandbox: Sandbox) -> Iterator[tuple[np6.Client, list[httpx.Request]]]:
    """A client whose every request is recorded as it leaves (an httpx event hook on the caller's client)."""
    requests: list[httpx.Request] = []
    with (
        httpx.Client(event_hooks={"request": [requests.append]}) as http_client,
        np6.Client(sandbox.api_key, base_url=sandbox.url, http_client=http_client) as client,
    ):
        yield client, requests


def _body(request: httpx.Request) -> Any:
    return json.loads(request.content)


def test_a_dict_inside_a_model_is_sent_as_given(client: np6.Client) -> None:
    body = ActionMailMessageRequest(name="Hello", content={"headers": SENDER, "subject": "Hi", "html": "<p>Hi</p>"})
    action = client.actions.create_action(body=body)
    content = client.actions.get_action(action.id).to_dict()["content"]
    assert content == {"headers": SENDER, "subject": "Hi", "html": "<p>Hi</p>"}


@pytest.mark.sync_only
def test_dicts_and_models_mix_at_any_depth(sent: tuple[np6.Client, list[httpx.Request]]) -> None:
    client, requests = sent
    deep = ActionMailMessageRequest(
        name="Deep",
        content=ActionMailContent(headers=SENDER, subject="Hi", html="<p>Hi</p>"),
        scheduler={"type": "asap", "segments": {"selected": [1300]}},
    )
    inside_a_dict = {"type": "mailMessage", "name": "Dict", "content": ActionMailContent(subject="Hi")}
    client.actions.create_action(body=deep)
    client.actions.create_action(body=inside_a_dict)
    assert _body(requests[0])["content"] == {"headers": SENDER, "subject": "Hi", "html": "<p>Hi</p>"}
    assert _body(requests[0])["scheduler"] == {"type": "asap", "segments": {"selected": [1300]}}
    assert _body(requests[1]) == {"type": "mailMessage", "name": "Dict", "content": {"subject": "Hi"}}


@pytest.mark.sync_only
def test_dicts_in_a_list_body_of_models(sandbox: Sandbox, sent: tuple[np6.Client, list[httpx.Request]]) -> None:
    client, requests = sent
    body = [ExecutionEmailRequest(recipient={"type": "unicity", "value": ["ada@example.com"]})]
    with pytest.raises(np6.APIError):  # the action does not exist: the point is what was sent
        client.actions.execute_action_batch("000XXX", body=body)
    assert _body(requests[-1]) == [{"recipient": {"type": "unicity", "value": ["ada@example.com"]}}]
    assert requests[-1].headers["content-type"] == "application/vnd.np6.cm.email"


@pytest.mark.sync_only
@pytest.mark.parametrize(
    ("body", "error", "message"),
    [
        (
            lambda: ActionMailMessageRequest(name="x", content={"subjct": "Hi"}),
            TypeError,
            "create_action: body['content'] has an unknown key 'subjct' (did you mean 'subject'?)",
        ),
        (
            lambda: ActionMailMessageRequest(name="x", content={"subject": 5}),
            TypeError,
            "create_action: body['content']['subject'] must be a string, got int 5",
        ),
        (
            lambda: ActionMailMessageRequest(name="x", content=ActionMailContent(headers={"from": {"prefx": "n"}})),
            TypeError,
            "create_action: body['content']['headers']['from'] has an unknown key 'prefx' (did you mean 'prefix'?)",
        ),
        (
            lambda: ActionMailMessageRequest(name="x", scheduler={"type": "soon"}),
            ValueError,
            "create_action: body['scheduler']['type'] must be one of 'asap', 'scheduled', 'timeZoneSchedule', got",
        ),
        (
            lambda: ActionMailMessageRequest(name="x", scheduler=ActionSchedulerAsap(segments={"selected": ["a"]})),
            TypeError,
            "create_action: body['scheduler']['segments']['selected'][0] must be an integer, got str 'a'",
        ),
        (
            lambda: {"type": "mailMessage", "name": "x", "content": ActionMailContent(headers={"reply": 1})},
            TypeError,
            "create_action: body['content']['headers']['reply'] must be a string or null (None), got int 1",
        ),
    ],
)
def test_a_bad_nested_dict_is_refused_before_any_request(
    sent: tuple[np6.Client, list[httpx.Request]], body: Any, error: type[Exception], message: str
) -> None:
    client, requests = sent
    with pytest.raises(error) as raised:
        client.actions.create_action(body=body())
    assert str(raised.value).startswith(message)
    assert requests == []


@pytest.mark.sync_only
def test_what_models_make_stays_a_models_business(sent: tuple[np6.Client, list[httpx.Request]]) -> None:
    """Beside a nested dict, a model's own extra keys are sent unchecked, as a model body's always are."""
    client, requests = sent
    field = FieldTextFieldRequest(name="city", constraint={"operator": 1})
    field.additional_properties["np6Extra"] = True
    client.fields.create_field(body=field)
    assert _body(requests[0]) == {"type": "textField", "name": "city", "constraint": {"operator": 1}, "np6Extra": True}


@pytest.mark.sync_only
def test_a_model_without_dicts_is_sent_unchecked(sent: tuple[np6.Client, list[httpx.Request]]) -> None:
    """No dict inside: the model body is sent as its to_dict(), as before (no spec walk on the hot path), so NP6
    (here the sandbox) judges it."""
    client, requests = sent
    with pytest.raises(np6.BadRequestError):
        client.fields.create_field(body=FieldTextFieldRequest(name=5))  # type: ignore[arg-type]
    assert _body(requests[0]) == {"type": "textField", "name": 5}
