"""`np6 contract` reports a live answer that lacks a field the spec says NP6 always returns (issue 16, item 1)."""

from __future__ import annotations

from typing import Any

from np6_testkit.contract import check_contract
from np6_testkit.sandbox import Call, Sandbox

COMPLETE_SEGMENT: dict[str, Any] = {
    "type": "static",
    "id": 41,
    "name": "static segment",
    "creation": "2023-03-01T10:00:00Z",
    "expiration": "2024-03-01T10:00:00Z",
    "isTest": False,
    "targetsCount": 3,
}


def _segments_without(field: str) -> Any:
    def answer(call: Call) -> list[dict[str, Any]]:
        return [{key: value for key, value in COMPLETE_SEGMENT.items() if key != field}]

    return answer


def _run(overrides: dict[str, Any]) -> Any:
    with Sandbox(overrides=overrides) as sandbox:
        return check_contract(sandbox.url, sandbox.api_key, operations=["list_segments"], max_examples=1)


def test_an_answer_with_every_required_field_matches() -> None:
    report = _run({"list_segments": _segments_without("description")})  # optional: absent from list items
    assert report.ok, report.deviations


def test_an_answer_without_an_id_is_a_deviation() -> None:
    report = _run({"list_segments": _segments_without("id")})
    assert not report.ok
    (deviation,) = report.deviations
    assert (deviation.operation_id, deviation.check) == ("list_segments", "response_schema_conformance")
    assert deviation.json_path is not None and deviation.json_path.startswith("$[0]")
    assert "'id' is a required property" in deviation.detail


ACTION: dict[str, Any] = {"type": "mailMessage", "id": "000PE4", "name": "Hello", "informations": {"folder": 1}}


def test_an_answer_without_a_nested_required_field_is_a_deviation() -> None:
    """Nested too: an action whose `informations` lacks its `state`."""
    with Sandbox(overrides={"get_action": lambda call: ACTION}) as sandbox:
        report = check_contract(
            sandbox.url, sandbox.api_key, operations=["get_action"], params={"get_action:id": "000PE4"}, max_examples=1
        )
    assert not report.ok
    (deviation,) = report.deviations
    assert (deviation.operation_id, deviation.check) == ("get_action", "response_schema_conformance")
    assert deviation.json_path is not None and deviation.json_path.startswith("$.informations")
    assert "'state' is a required property" in deviation.detail
