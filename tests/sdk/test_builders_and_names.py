"""Builders for NP6's deep bodies (issue 16, item 3) and a target's values read by field name (item 4)."""

from __future__ import annotations

from typing import Any

import httpx
import np6
import pytest
from np6 import builders
from np6_testkit.sandbox import Sandbox

BOTH_CLIENTS = True


@pytest.mark.parametrize(
    ("build", "type_tag"),
    [
        (builders.text_field, "textField"),
        (builders.text_area_field, "textArea"),
        (builders.email_field, "email"),
        (builders.phone_field, "phone"),
        (builders.numeric_field, "numeric"),
        (builders.date_field, "date"),
    ],
)
def test_a_field_of_each_type_is_created(client: Any, build: Any, type_tag: str) -> None:
    field = client.fields.create_field(body=build(f"my {type_tag}", mandatory=True))
    assert (field.type_, field.name, field.is_mandatory) == (type_tag, f"my {type_tag}", True)
    assert build("x").to_dict() == {"type": type_tag, "name": "x"}  # what is not given is not sent


def test_select_fields_name_their_value_list() -> None:
    single = builders.single_select_field("country", 12)
    assert single.to_dict() == {"type": "singleSelectList", "name": "country", "valueListId": 12}
    several = builders.multiple_select_field("topics", 13, criterion=True)
    assert several.to_dict() == {"type": "multipleSelectList", "name": "topics", "isCriterion": True, "valueListId": 13}


def test_a_static_segment_and_a_mail_action_are_created_and_validated(client: Any) -> None:
    segment = client.segments.create_segment(body=builders.static_segment("Testers", test=True))
    assert (segment.type_, segment.name, segment.is_test) == ("static", "Testers", True)
    action = client.actions.create_action(
        body=builders.mail_action(
            "Spring", sender="news@example.com", sender_label="News", subject="Hi {{email}}", html="<p>Hi</p>"
        )
    )
    content = client.actions.get_action(action.id).to_dict()["content"]
    assert content["headers"]["from"] == {"prefix": "news", "domain": "example.com", "label": "News"}
    assert (content["subject"], content["html"]) == ("Hi {{email}}", "<p>Hi</p>")
    validated = client.actions.validate(action.id, test_segments=[segment.id])
    assert validated.informations.state == 50


def test_an_sms_action_carries_its_text(client: Any) -> None:
    action = client.actions.create_action(body=builders.sms_action("Reminder", text="See you at 6"))
    stored = client.actions.get_action(action.id)
    assert (stored.type_, stored.to_dict()["content"]) == ("smsMessage", {"textContent": "See you at 6"})


@pytest.mark.sync_only
@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: builders.text_field(""), "a field needs a non-empty name"),
        (lambda: builders.static_segment("  "), "a segment needs a non-empty name"),
        (lambda: builders.single_select_field("c", "12"), "value_list_id is a value list's id"),
        (lambda: builders.mail_action("m", sender="news", subject="s", html="h"), "sender is one address"),
        (lambda: builders.mail_action("m", sender="a@b@c", subject="s", html="h"), "sender is one address"),
        (lambda: builders.sms_action("s", text=""), "an SMS action needs a non-empty text"),
    ],
)
def test_bad_builder_input_is_a_value_error(call: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()


def test_a_target_is_read_by_field_name(client: Any) -> None:
    firstname = client.fields.create_field(body=builders.text_field("firstname"))
    created = client.targets.upsert({"email": "ada@example.com", "firstname": "Ada"})
    named = client.targets.get_by_name(created.id)
    assert named.values == {"email": "ada@example.com", "firstname": "Ada"}
    assert (named["firstname"], named.id) == ("Ada", created.id)
    assert named.target.fields.to_dict() == {"728": "ada@example.com", str(firstname.id): "Ada"}  # raw form kept
    names = client.targets.field_names()
    assert (names.name_of(728), names.id_of("firstname"), names.name_of(999)) == ("email", firstname.id, None)
    assert client.targets.values_by_name(client.targets.get_target(created.id)) == named.values


@pytest.mark.sync_only
def test_the_fields_are_read_once_and_again_only_for_a_field_created_since(sandbox: Sandbox) -> None:
    paths: list[str] = []  # the GETs sent
    with (
        httpx.Client(
            event_hooks={
                "request": [lambda request: paths.append(request.url.path) if request.method == "GET" else None]
            }
        ) as http_client,
        np6.Client(sandbox.api_key, base_url=sandbox.url, http_client=http_client) as client,
    ):
        ada = client.targets.create_target(body={"email": "ada@example.com"})
        client.targets.get_by_name(ada.id)
        client.targets.get_by_name(ada.id)
        assert paths.count("/fields") == 1
        client.fields.create_field(body=builders.text_field("city"))
        bob = client.targets.create_target(body={"email": "bob@example.com", "city": "Lyon"})
        assert client.targets.get_by_name(bob.id).values == {"email": "bob@example.com", "city": "Lyon"}
        assert paths.count("/fields") == 2  # a value of a field the list did not know: read again, once
        client.targets.get_by_name(bob.id)
        client.targets.upsert({"email": "bob@example.com"})  # the unicity fields come from the same list
        assert paths.count("/fields") == 2
        client.targets.field_names(refresh=True)
        assert paths.count("/fields") == 3


@pytest.mark.sync_only
def test_a_value_of_a_field_the_account_no_longer_lists_stays_under_its_id(client: np6.Client) -> None:
    city = client.fields.create_field(body=builders.text_field("city"))
    bob = client.targets.create_target(body={"email": "bob@example.com", "city": "Lyon"})
    assert client.targets.get_by_name(bob.id)["city"] == "Lyon"
    client.fields.delete_field(city.id)
    client.targets.field_names(refresh=True)  # the documented rule: a deleted field needs a refresh
    named = client.targets.get_by_name(bob.id)
    assert named["email"] == "bob@example.com"
    assert "city" not in named.values
    assert {key: value for key, value in named.values.items() if key != "email"} == {
        key: value for key, value in named.target.fields.to_dict().items() if key != "728"
    }  # whatever NP6 still returns for the deleted field, under its id: nothing dropped
