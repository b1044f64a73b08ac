"""`np6.types` names NP6's unions, and models show only the fields that are set (issue 16, item 5)."""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from typing import Any

import np6
import np6.types
import pytest
from np6_client import models
from np6_client.models import SegmentStaticRequest


def test_every_union_of_the_spec_has_a_public_name(spec: dict[str, typing.Any]) -> None:
    unions = {name for name, schema in spec["components"]["schemas"].items() if "oneOf" in schema}
    exported = set(np6.types.__all__)
    assert unions - exported <= {"WebTaskUpdateRequest"}  # a JSON Patch document or a WebTask: no model union
    assert {"Event", "ActionEvent", "ContactHit", "Field", "Action", "Recipient", "Segment"} <= exported


@pytest.mark.parametrize("name", np6.types.__all__)
def test_each_name_is_the_union_of_the_generated_models(spec: dict[str, typing.Any], name: str) -> None:
    alias = getattr(np6.types, name)
    assert isinstance(alias, types.UnionType)
    members = typing.get_args(alias)
    assert all(member is getattr(models, member.__name__) for member in members)
    if name in spec["components"]["schemas"]:
        variants = [variant["$ref"].rsplit("/", 1)[-1] for variant in spec["components"]["schemas"][name]["oneOf"]]
        flattened = [typing.get_args(getattr(np6.types, v)) if v in np6.types.__all__ else (v,) for v in variants]
        assert [member.__name__ for member in members] == [
            getattr(item, "__name__", item) for group in flattened for item in group
        ]


def test_the_names_are_the_types_of_the_client(client: np6.Client) -> None:
    """The generated namespaces and the overlays' own signatures use the same unions."""
    assert typing.get_type_hints(type(client.segments).get_segment)["return"] == np6.types.Segment
    assert typing.get_type_hints(type(client.fields).create_field)["body"] == np6.types.FieldRequest | Mapping[str, Any]
    assert typing.get_type_hints(type(client.actions).validate)["return"] == np6.types.Action
    assert typing.get_type_hints(type(client.actions).list_actions)["return"] == list[np6.types.ActionOrSkeleton]
    iterator = typing.get_type_hints(type(client.events).iter_action_events)["return"]
    assert typing.get_args(iterator) == (np6.types.ActionEvent,)
    assert np6.types.ActionEvent == np6.types.Event


def test_unknown_names_are_attribute_errors() -> None:
    with pytest.raises(AttributeError, match="Sgement"):
        np6.types.Sgement  # noqa: B018


def test_a_model_shows_only_the_fields_that_are_set(client: np6.Client) -> None:
    created = client.segments.create_segment(body=SegmentStaticRequest("static", name="News"))
    text = repr(created)
    assert text.startswith(f"SegmentStatic(id={created.id}, name='News', ") and text.endswith("type_='static')")
    assert "Unset" not in text and "UNSET" not in text
    assert "description" not in text  # absent from the answer
    assert "is_test=False" in text  # present, even though falsy
    assert "_request_id" not in text and "additional_properties" not in text

    request = SegmentStaticRequest("static", name="News")
    assert repr(request) == "SegmentStaticRequest(type_='static', name='News')"
    request.additional_properties["np6Later"] = 1
    assert repr(request) == "SegmentStaticRequest(type_='static', name='News', additional_properties={'np6Later': 1})"


def test_nested_models_show_only_their_set_fields(client: np6.Client) -> None:
    target = client.targets.create_target(body=models.TargetCreateRequest.from_dict({"email": "ada@example.com"}))
    text = repr(target)
    assert "fields=TargetFields(additional_properties={'728': 'ada@example.com'})" in text
    assert "bounce" not in text and "UNSET" not in text
    assert repr(models.TargetFields()) == "TargetFields()"
