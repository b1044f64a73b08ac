"""`client.segments.add_targets`: any number of members, in NP6's batches of 50."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import np6
import pytest
from np6_client.models import SegmentStaticRequest
from np6_testkit.sandbox import Sandbox

BOTH_CLIENTS = True


def _targets(http: httpx.Client, count: int) -> list[str]:
    return [
        str(http.post("/targets", json={"email": f"c{number}@example.com"}).json()["id"]) for number in range(count)
    ]


def _segment(client: np6.Client, name: str = "Newsletter") -> int:
    return int(client.segments.create_segment(body=SegmentStaticRequest("static", name=name)).id)


def _membership_calls(caplog: pytest.LogCaptureFixture, segment_id: int) -> int:
    return sum(record.getMessage().startswith(f"PUT /segments/{segment_id}/targets ->") for record in caplog.records)


@pytest.fixture
def unreachable() -> Iterator[np6.Client]:
    """A client whose every request would fail: a ValueError from it proves nothing was sent."""
    with np6.Client("key", base_url="http://127.0.0.1:9", max_retries=0) as client:
        yield client


def test_add_targets_sends_batches_of_50_and_returns_the_total(
    client: np6.Client, http: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="np6")
    segment_id = _segment(client)
    target_ids = _targets(http, 120)

    assert client.segments.add_targets(segment_id, target_ids) == 120

    assert _membership_calls(caplog, segment_id) == 3  # 50 + 50 + 20
    assert sorted(client.segments.list_segment_targets(segment_id)) == sorted(target_ids)


def test_add_targets_sends_each_id_once(
    client: np6.Client, http: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="np6")
    segment_id = _segment(client)
    target_ids = _targets(http, 50)

    # 100 ids but 50 distinct ones: one call (NP6 would answer 400 to more than 50 ids).
    assert client.segments.add_targets(segment_id, target_ids + target_ids[::-1]) == 50
    assert _membership_calls(caplog, segment_id) == 1


def test_add_targets_again_is_harmless_and_counts_only_new_members(client: np6.Client, http: httpx.Client) -> None:
    segment_id = _segment(client)
    target_ids = _targets(http, 60)
    client.segments.add_targets(segment_id, target_ids[:30])

    assert client.segments.add_targets(segment_id, iter(target_ids)) == 30
    assert client.segments.add_targets(segment_id, target_ids) == 0
    assert len(client.segments.list_segment_targets(segment_id)) == 60


def test_add_targets_to_a_dynamic_segment_is_a_conflict(client: np6.Client, http: httpx.Client) -> None:
    dynamic = http.post("/segments", json={"type": "dynamic", "name": "Active"})
    assert dynamic.status_code == 200, dynamic.text

    with pytest.raises(np6.ConflictError):
        client.segments.add_targets(int(dynamic.json()["id"]), _targets(http, 1))


@pytest.mark.parametrize(
    ("target_ids", "message"),
    [
        ([], "is empty"),
        ("000L0000", "not a single string"),
        (["000L0000", 42], "non-empty strings such as '000L0000', got 42"),
        (["000L0000", ""], "got ''"),
        ([None], "got None"),
    ],
)
def test_add_targets_refuses_bad_input_before_any_request(
    unreachable: np6.Client, target_ids: object, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        unreachable.segments.add_targets(1300, target_ids)  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_async_add_targets_matches_the_sync_one(sandbox: Sandbox, http: httpx.Client) -> None:
    target_ids = _targets(http, 75)
    async with np6.AsyncClient(sandbox.api_key, base_url=sandbox.url) as client:
        segment = await client.segments.create_segment(body=SegmentStaticRequest("static", name="Async"))
        segment_id = int(segment.id)
        with pytest.raises(ValueError, match="is empty"):
            await client.segments.add_targets(segment_id, [])

        assert await client.segments.add_targets(segment_id, target_ids + target_ids[:10]) == 75
        assert await client.segments.add_targets(segment_id, target_ids) == 0
        assert len(await client.segments.list_segment_targets(segment_id)) == 75
