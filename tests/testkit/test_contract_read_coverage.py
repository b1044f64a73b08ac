"""Read coverage by default (issue 20, item 1): ids are harvested from the API's own answers (list answers, id
fields, the spec's links), so a read-only run with no --param checks the account's read operations; --param
still wins; every operation left out says why."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from np6_testkit.contract import check_contract
from np6_testkit.sandbox import Call, Sandbox, seed_small_account

KEY = "np6-coverage-canary-3b9d"


@pytest.fixture(scope="module")
def seeded() -> Iterator[tuple[Sandbox, dict[str, Any]]]:
    with Sandbox(api_key=KEY) as sandbox:
        yield sandbox, seed_small_account(sandbox)


def test_a_seeded_account_is_covered_with_no_param(seeded: tuple[Sandbox, dict[str, Any]]) -> None:
    sandbox, _ = seeded
    report = check_contract(sandbox.url, KEY, max_examples=1)

    reads = [r for r in report.operations if r.method == "GET"]
    checked = [r for r in reads if r.outcome == "matched"]
    assert len(checked) >= 70, [r.operation_id for r in reads if r.outcome != "matched"]
    assert report.deviations == [] and report.ok
    skipped = [r for r in reads if r.outcome == "skipped"]
    assert all(r.note.startswith("needs real ids: no answer of the account held one") for r in skipped)
    assert all(f"--param {r.operation_id}:" in r.note for r in skipped)
    # No write operation was sent to find the ids.
    assert {r.outcome for r in report.operations if r.method != "GET"} == {"skipped"}


def test_a_given_param_wins_over_a_harvested_id() -> None:
    asked: list[str] = []

    def remember(call: Call) -> Any:
        asked.append(str(call.path["id"]))
        return {"id": int(str(call.path["id"])), "name": "x", "type": "static", "isTest": True}

    with Sandbox(api_key=KEY, overrides={"get_segment": remember}) as other:
        first, second = seed_small_account(other)["segments"]
        check_contract(other.url, KEY, operations=["list_segments", "get_segment"], max_examples=1)
        assert asked and set(asked) <= {str(first), str(second)}, asked
        asked.clear()
        check_contract(
            other.url,
            KEY,
            operations=["list_segments", "get_segment"],
            params={"get_segment:id": "4242"},
            max_examples=1,
        )
        assert asked == ["4242"]


def test_an_empty_account_says_which_ids_are_missing() -> None:
    with Sandbox(api_key=KEY) as sandbox:
        report = check_contract(sandbox.url, KEY, operations=["list_segments", "get_segment"], max_examples=1)
    get_segment = next(r for r in report.operations if r.operation_id == "get_segment")
    assert get_segment.outcome == "skipped"
    assert "--param get_segment:id=..." in get_segment.note
