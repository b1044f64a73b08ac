"""The bulk helpers the CLI is built on, sync and async alike: ``targets.upsert_many`` (the threaded import of
``np6 targets import``) and ``segments.add_targets(..., on_progress=)`` (the progress of ``np6 segments add``).

Every test runs once with ``np6.Client`` and once with ``np6.AsyncClient`` against the sandbox over loopback.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import httpx
import np6
import pytest
from np6_testkit.sandbox import Sandbox


class Helpers:
    """The helpers of one client flavour, called the same way (async ones run to completion)."""

    def __init__(self, flavour: str, sandbox: Sandbox, api_key: str | None = None) -> None:
        self.flavour = flavour
        self.url = sandbox.url
        self.api_key = api_key or sandbox.api_key

    def upsert_many(self, rows: Iterable[Any], **options: Any) -> list[np6.UpsertOutcome[Any]]:
        if self.flavour == "sync":
            with np6.Client(self.api_key, base_url=self.url) as client:
                return list(client.targets.upsert_many(rows, **options))

        async def run() -> list[np6.UpsertOutcome[Any]]:
            async with np6.AsyncClient(self.api_key, base_url=self.url) as client:
                return [outcome async for outcome in client.targets.upsert_many(rows, **options)]

        return asyncio.run(run())

    def add_targets(self, segment_id: int, ids: list[str], on_progress: Callable[[int, int], object]) -> int:
        if self.flavour == "sync":
            with np6.Client(self.api_key, base_url=self.url) as client:
                return client.segments.add_targets(segment_id, ids, on_progress=on_progress)

        async def run() -> int:
            async with np6.AsyncClient(self.api_key, base_url=self.url) as client:
                return await client.segments.add_targets(segment_id, ids, on_progress=on_progress)

        return asyncio.run(run())


@pytest.fixture(params=["sync", "async"])
def helpers(request: pytest.FixtureRequest, sandbox: Sandbox) -> Helpers:
    return Helpers(request.param, sandbox)


def test_upsert_many_yields_one_outcome_per_row_in_order(helpers: Helpers, http: httpx.Client) -> None:
    rows: list[Mapping[str, object]] = [{"email": f"u{number}@example.com"} for number in range(40)]
    rows.insert(7, {"728": ""})  # no unicity value: rejected before sending, the others go on

    first = helpers.upsert_many(rows, concurrency=8)

    assert [outcome.row for outcome in first] == rows
    assert [outcome.status for outcome in first].count("created") == 40
    assert first[7].status == "rejected"
    assert isinstance(first[7].error, ValueError)
    assert "unicity field 'email'" in str(first[7].error)

    again = helpers.upsert_many(rows[:3], concurrency=2)  # the same rows again: updated, never duplicated
    assert [outcome.status for outcome in again] == ["updated", "updated", "updated"]
    assert again[0].result is not None
    assert again[0].result.target.id == first[0].result.target.id  # type: ignore[union-attr]


def test_upsert_many_reads_any_row_type_through_fields(helpers: Helpers) -> None:
    rows = [(1, "a@example.com"), (2, ""), (3, "c@example.com")]

    outcomes = helpers.upsert_many(rows, fields=lambda row: {"email": row[1]} if row[1] else {})

    assert [(outcome.row[0], outcome.status) for outcome in outcomes] == [
        (1, "created"),
        (2, "rejected"),
        (3, "created"),
    ]


def test_upsert_many_reads_rows_lazily(helpers: Helpers) -> None:
    taken: list[int] = []

    def rows() -> Iterator[dict[str, str]]:
        for number in range(600):
            taken.append(number)
            yield {"email": f"lazy{number}@example.com"}

    outcomes = helpers.upsert_many(rows(), concurrency=4)

    assert len(outcomes) == 600 and len(taken) == 600
    assert all(outcome.status == "created" for outcome in outcomes)


def test_a_refused_key_stops_upsert_many_with_its_error(sandbox: Sandbox, helpers: Helpers) -> None:
    wrong = Helpers(helpers.flavour, sandbox, api_key="not-the-key")
    with pytest.raises(np6.AuthenticationError):
        wrong.upsert_many([{"email": "x@example.com"}])


@pytest.mark.parametrize("concurrency", [0, 33, True, 2.5])
def test_upsert_many_refuses_a_bad_concurrency_before_any_request(helpers: Helpers, concurrency: Any) -> None:
    with pytest.raises(ValueError, match="concurrency"):
        helpers.upsert_many([{"email": "x@example.com"}], concurrency=concurrency)


def test_add_targets_reports_progress_after_each_batch(helpers: Helpers, http: httpx.Client) -> None:
    ids = [str(http.post("/targets", json={"email": f"p{number}@example.com"}).json()["id"]) for number in range(120)]
    segment = http.post("/segments", json={"type": "static", "name": f"Progress {helpers.flavour}"}).json()["id"]
    seen: list[tuple[int, int]] = []

    added = helpers.add_targets(
        int(segment), [*ids, *ids[:10]], on_progress=lambda done, total: seen.append((done, total))
    )

    assert added == 120
    assert seen == [(50, 120), (100, 120), (120, 120)]  # duplicates counted once; one call per batch of 50


def test_add_targets_refuses_bad_ids_before_any_progress(helpers: Helpers) -> None:
    seen: list[tuple[int, int]] = []
    with pytest.raises(ValueError, match="empty"):
        helpers.add_targets(1300, [], on_progress=lambda done, total: seen.append((done, total)))
    assert seen == []
