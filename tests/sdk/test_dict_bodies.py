"""Every operation whose body is a model also takes the body as NP6 documents it, a dict (issue 16, item 2):
checked against the spec's request schema before anything is sent, then sent as given. A model's `type` tag
is filled in from its class."""

from __future__ import annotations

import typing
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import httpx
import np6
import np6.types
import pytest
from np6_client.models import (
    ExecutionSmsRequest,
    FieldTextFieldRequest,
    RecipientById,
    SegmentStaticRequest,
)
from np6_client.types import CHECKED_KEYWORDS, checked_body
from np6_testkit.sandbox import Sandbox

BOTH_CLIENTS = True

MAIL = {
    "type": "mailMessage",
    "name": "Hello",
    "content": {
        "headers": {"from": {"prefix": "news", "domain": "example.com"}},
        "subject": "Hi",
        "html": "<p>Hi</p>",
    },
}


@pytest.fixture
def sent(sandbox: Sandbox) -> Iterator[tuple[np6.Client, list[httpx.Request]]]:
    """A client whose every request is recorded as it leaves (an httpx event hook on the caller's client)."""
    requests: list[httpx.Request] = []
    with (
        httpx.Client(event_hooks={"request": [requests.append]}) as http_client,
        np6.Client(sandbox.api_key, base_url=sandbox.url, http_client=http_client) as client,
    ):
        yield client, requests


def test_a_dict_body_creates_what_the_model_would(client: np6.Client) -> None:
    field = client.fields.create_field(body={"type": "textField", "name": "firstname"})
    assert (field.type_, field.name) == ("textField", "firstname")
    segment = client.segments.create_segment(body={"type": "static", "name": "Testers", "isTest": True})
    assert (segment.type_, segment.name) == ("static", "Testers")
    action = client.actions.create_action(body=MAIL)
    assert client.actions.get_action(action.id).to_dict()["content"]["subject"] == "Hi"
    target = client.targets.create_target(body={"email": "ada@example.com", "firstname": "Ada"})
    assert target.fields.to_dict() == {"728": "ada@example.com", str(field.id): "Ada"}


@pytest.mark.sync_only
def test_a_body_of_two_shapes_takes_either_as_plain_data(client: np6.Client) -> None:
    """A webtask update is a JSON Patch list or a WebTask object: both plain forms are typed and checked."""
    hints = typing.get_type_hints(type(client.webtasks).patch_webtask)
    assert {Mapping[str, Any], Sequence[Mapping[str, Any]]} <= set(typing.get_args(hints["body"]))
    patch = [{"op": "replace", "path": "/name", "value": "Nightly"}]
    assert checked_body(patch, "patch", "/scripting/webtasks/{id}", "patch_webtask") == ("application/json", patch)
    with pytest.raises(TypeError, match=r"^patch_webtask: body\[0\]\['path'\] must be a string, got int 1$"):
        checked_body([{"op": "replace", "path": 1}], "patch", "/scripting/webtasks/{id}", "patch_webtask")


def test_the_type_tag_is_filled_in_from_the_class() -> None:
    assert FieldTextFieldRequest(name="firstname").to_dict() == {"type": "textField", "name": "firstname"}
    assert SegmentStaticRequest(name="News").type_ == "static"
    assert RecipientById("000L0000").to_dict() == {"type": "id", "value": "000L0000"}


@pytest.mark.sync_only
@pytest.mark.parametrize(
    ("body", "error", "message"),
    [
        (
            {"type": "textField", "nmae": "x"},
            TypeError,
            "create_field: body has an unknown key 'nmae' (did you mean 'name'?)",
        ),
        ({"type": "textField", "name": 5}, TypeError, "create_field: body['name'] must be a string, got int 5"),
        (
            {"type": "numeric", "name": "age", "constraint": {"operator": "1"}},
            TypeError,
            "create_field: body['constraint']['operator'] must be an integer, got str '1'",
        ),
        ({"name": "x"}, TypeError, "create_field: body is missing the required key 'type' (one of 'email',"),
        ({"type": "textfield", "name": "x"}, ValueError, "create_field: body['type'] must be one of 'email',"),
        (
            {"type": "textField", "isUnicity": "yes"},
            TypeError,
            "create_field: body['isUnicity'] must be a boolean, got str 'yes'",
        ),
    ],
)
def test_a_bad_dict_is_refused_before_any_request(
    sent: tuple[np6.Client, list[httpx.Request]], body: dict[str, Any], error: type[Exception], message: str
) -> None:
    client, requests = sent
    with pytest.raises(error) as raised:
        client.fields.create_field(body=body)
    assert str(raised.value).startswith(message)
    assert requests == []


@pytest.mark.sync_only
def test_nested_and_list_bodies_name_the_field(sent: tuple[np6.Client, list[httpx.Request]]) -> None:
    client, requests = sent
    with pytest.raises(TypeError, match=r"^create_action: body\['content'\]\['html'\] must be a string, got int 3$"):
        client.actions.create_action(body={**MAIL, "content": {"subject": "Hi", "html": 3}})
    with pytest.raises(ValueError, match=r"body\['scheduler'\]\['type'\] must be one of 'asap', 'scheduled'"):
        client.actions.create_action(body={**MAIL, "scheduler": {"type": "asp"}})
    with pytest.raises(ValueError, match=r"body\['creationDate'\] must be a date-time string"):
        client.actions.create_action(body={**MAIL, "creationDate": "yesterday"})
    with pytest.raises(ValueError, match=r"^create_target: body needs at least 1 key"):
        client.targets.create_target(body={})
    with pytest.raises(TypeError, match=r"^create_target: body\['tags'\] must be a string or a number or an array"):
        client.targets.create_target(body={"email": "ada@example.com", "tags": {"a": 1}})
    assert requests == []


@pytest.mark.sync_only
def test_a_dict_that_fits_two_media_types_is_refused_and_a_model_names_one(
    sent: tuple[np6.Client, list[httpx.Request]], sandbox: Sandbox
) -> None:
    """An execution body is the same for email and SMS: the vendor media type follows the action's channel,
    which a dict cannot tell, so np6 asks for the model rather than guess."""
    client, requests = sent
    recipient = {"recipient": {"type": "id", "value": "000L0000"}}
    with pytest.raises(
        TypeError, match=r"fits more than one media type .*pass ExecutionEmailRequest or ExecutionSmsRequest"
    ):
        client.actions.execute_action("000PE4", body=recipient)
    assert requests == []
    with pytest.raises(np6.NotFoundError):
        client.actions.execute_action("000PE4", body=ExecutionSmsRequest(recipient=RecipientById("000L0000")))
    assert requests[-1].headers["content-type"] == "application/vnd.np6.cm.sms"


def test_raw_responses_take_dicts_too(client: np6.Client) -> None:
    response = client.with_raw_response.segments.create_segment(body={"type": "static", "name": "Raw"})
    assert response.status_code == 200
    assert response.parse().name == "Raw"


@pytest.mark.sync_only
def test_the_namespaces_type_the_dict_form(client: np6.Client) -> None:
    body = typing.get_type_hints(type(client.fields).create_field)["body"]
    assert set(typing.get_args(body)) == {*typing.get_args(np6.types.FieldRequest), Mapping[str, Any]}


def _request_schemas(spec: dict[str, Any]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "requestBody" in operation:
                for media_type, content in operation["requestBody"]["content"].items():
                    yield method, path, media_type, content


ANNOTATIONS = {
    "description",
    "examples",
    "example",
    "title",
    "deprecated",
    "default",
    "format",
    "readOnly",
    "writeOnly",
}


def test_every_rule_of_a_request_schema_is_checked(spec: dict[str, Any]) -> None:
    """A request schema keyword the dict check does not enforce fails here, rather than going unchecked."""
    found: set[str] = set()
    seen: set[str] = set()

    def walk(schema: object) -> None:
        if isinstance(schema, list):
            for item in schema:
                walk(item)
        if not isinstance(schema, dict):
            return
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[1]
            if name not in seen:
                seen.add(name)
                walk(spec["components"]["schemas"][name])
        for key, value in schema.items():
            found.add(key)
            if key == "properties":
                for item in value.values():
                    walk(item)
            elif not key.startswith("x-") and key not in {
                "examples",
                "example",
                "enum",
                "const",
                "required",
                "discriminator",
            }:
                walk(value)

    for _, _, _, content in _request_schemas(spec):
        walk(content.get("schema", {}))
    unchecked = {key for key in found - CHECKED_KEYWORDS - ANNOTATIONS if not key.startswith("x-")}
    assert unchecked == set()


def test_the_spec_examples_of_request_bodies_pass(spec: dict[str, Any]) -> None:
    """NP6's published request examples pass the check, except where NP6 printed a placeholder for a tag
    (`"version": "string"`), which a dict may not send (a model may)."""
    checked = 0
    for method, path, _media_type, content in _request_schemas(spec):
        examples = [entry["value"] for entry in content.get("examples", {}).values() if "value" in entry]
        examples += [content["example"]] if "example" in content else []
        for example in examples:
            if not isinstance(example, (dict, list)):
                continue
            try:
                checked_body(example, method, path, "operation")
            except TypeError as error:
                assert "fits more than one media type" in str(error)
            except ValueError as error:
                assert "is sent with a model" in str(error)
            checked += 1
    assert checked >= 20
