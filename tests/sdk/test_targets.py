"""`client.targets.upsert`: create-or-update by unicity, against the sandbox's NP6 semantics."""

from __future__ import annotations

import logging
import random
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import anyio
import httpx
import np6
import pytest
from np6_testkit.sandbox import Faults, Sandbox

BOTH_CLIENTS = True

EMAIL_FIELD = "728"


@pytest.fixture
def firstname(http: httpx.Client) -> str:
    """The id of a `firstname` text field, created on the sandbox."""
    return str(http.post("/fields", json={"type": "textField", "name": "firstname"}).json()["id"])


@pytest.fixture
def unreachable() -> Iterator[np6.Client]:
    """A client whose every request would fail: a ValueError from it proves nothing was sent."""
    with np6.Client("key", base_url="http://127.0.0.1:9", max_retries=0, retry_delay=0.01) as client:
        yield client


def test_upsert_creates_a_new_target(client: np6.Client, firstname: str) -> None:
    target = client.targets.upsert({"email": "ada@example.com", "firstname": "Ada"})

    assert target.fields.to_dict() == {EMAIL_FIELD: "ada@example.com", firstname: "Ada"}
    assert client.targets.get_target(str(target.id)).fields.to_dict() == target.fields.to_dict()


def test_upsert_updates_the_existing_target_with_the_same_unicity(client: np6.Client, firstname: str) -> None:
    created = client.targets.upsert({"email": "ada@example.com", "firstname": "Ada"})

    updated = client.targets.upsert({"email": "ada@example.com", "firstname": "Augusta"})

    assert updated.id == created.id
    assert updated.fields.to_dict()[firstname] == "Augusta"
    assert client.targets.count_targets().targets_count == 1


def test_upsert_is_idempotent(client: np6.Client, firstname: str) -> None:
    first = client.targets.upsert({"email": "ada@example.com", "firstname": "Ada"})
    second = client.targets.upsert({"email": "ada@example.com", "firstname": "Ada"})

    assert (second.id, second.fields.to_dict()) == (first.id, first.fields.to_dict())
    assert client.targets.count_targets().targets_count == 1


def test_upsert_accepts_the_unicity_field_by_id_or_any_case(client: np6.Client) -> None:
    by_id = client.targets.upsert({EMAIL_FIELD: "ada@example.com"})
    by_name = client.targets.upsert({"EMail": "ada@example.com"})

    assert by_id.id == by_name.id


def test_upsert_reads_the_unicity_fields_once_per_namespace(
    client: np6.Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="np6")
    for email in ("ada@example.com", "alan@example.com", "ada@example.com"):
        client.targets.upsert({"email": email})

    assert sum(record.getMessage().startswith("GET /fields ->") for record in caplog.records) == 1
    assert [(field.id, field.name) for field in client.targets.unicity_fields()] == [(728, "email")]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({}, "needs field values"),
        ({"fields": {EMAIL_FIELD: "ada@example.com"}}, "not nested under 'fields'"),
    ],
)
def test_upsert_refuses_a_malformed_body_before_any_request(
    unreachable: np6.Client, fields: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        unreachable.targets.upsert(fields)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"firstname": "Ada"}, "missing the unicity field 'email'"),
        ({"email": 42}, "must be a non-empty string, got 42"),
        ({"email": ["ada@example.com"]}, "must be a non-empty string"),
        ({"email": " "}, "must be a non-empty string"),
    ],
)
def test_upsert_refuses_a_missing_or_non_string_unicity_before_writing(
    client: np6.Client, firstname: str, fields: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        client.targets.upsert(fields)

    assert client.targets.count_targets().targets_count == 0


def test_concurrent_upserts_of_overlapping_contacts_neither_lose_nor_duplicate(
    client: np6.Client, firstname: str
) -> None:
    emails = [f"contact{number}@example.com" for number in range(24)]

    def worker(number: int) -> dict[str, str]:
        # Each worker upserts an overlapping, differently ordered subset.
        mine = random.Random(number).sample(emails, 16)
        return {email: str(client.targets.upsert({"email": email, "firstname": f"w{number}"}).id) for email in mine}

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(worker, range(8)))

    ids_by_email: dict[str, set[str]] = {}
    for result in results:
        for email, target_id in result.items():
            ids_by_email.setdefault(email, set()).add(target_id)
    touched = set(ids_by_email)
    assert all(len(ids) == 1 for ids in ids_by_email.values()), "one email, one target"
    assert client.targets.count_targets().targets_count == len(touched)
    for email in touched:
        stored = client.targets.get_target_by_identity(unicity=[email])
        assert {stored.id} == ids_by_email[email]


def test_upsert_survives_a_create_processed_then_answered_500(client: np6.Client, sandbox: Sandbox) -> None:
    sandbox.set_faults(
        Faults(error_rate=1.0, error_statuses=(500,), phase="after", operations=frozenset({"create_target"}))
    )

    target = client.targets.upsert({"email": "ada@example.com"})

    # The create ran and answered 500; the next create answered 409 (before its own fault could strike, though
    # the sandbox counts it), so the upsert updated instead.
    assert sandbox.faults.injected == {"error/after": 2}
    assert client.targets.count_targets().targets_count == 1
    assert target.fields.to_dict() == {EMAIL_FIELD: "ada@example.com"}


def test_upsert_survives_a_connection_dropped_after_the_create(client: np6.Client, sandbox: Sandbox) -> None:
    sandbox.set_faults(Faults(drop_rate=1.0, phase="after", operations=frozenset({"create_target"})))

    target = client.targets.upsert({"email": "ada@example.com"})

    assert sandbox.faults.injected == {"drop/after": 2}
    assert client.targets.get_target_by_identity(unicity=["ada@example.com"]).id == target.id
    assert client.targets.count_targets().targets_count == 1


def test_upsert_gives_up_on_a_persistent_server_error(client: np6.Client, sandbox: Sandbox) -> None:
    sandbox.set_faults(Faults(error_rate=1.0, error_statuses=(500,), operations=frozenset({"create_target"})))

    with pytest.raises(np6.ServerError):
        client.targets.upsert({"email": "ada@example.com"})

    assert sandbox.faults.injected == {"error/before": 3}


@pytest.mark.anyio
async def test_async_upsert_creates_then_updates_and_survives_concurrency(sandbox: Sandbox, firstname: str) -> None:
    emails = [f"contact{number}@example.com" for number in range(12)]
    async with np6.AsyncClient(sandbox.api_key, base_url=sandbox.url, retry_delay=0.01) as client:
        with pytest.raises(ValueError, match="not nested under 'fields'"):
            await client.targets.upsert({"fields": {"email": "ada@example.com"}})
        created = await client.targets.upsert({"email": "ada@example.com", "firstname": "Ada"})
        updated = await client.targets.upsert({"email": "ada@example.com", "firstname": "Augusta"})
        assert updated.id == created.id
        assert updated.fields.to_dict()[firstname] == "Augusta"

        async def worker(number: int) -> None:
            for email in random.Random(number).sample(emails, 8):
                await client.targets.upsert({"email": email, "firstname": f"w{number}"})

        async with anyio.create_task_group() as group:
            for number in range(8):
                group.start_soon(worker, number)

        touched = {email for number in range(8) for email in random.Random(number).sample(emails, 8)}
        assert (await client.targets.count_targets()).targets_count == len(touched | {"ada@example.com"})


def test_upsert_detailed_says_whether_it_created_or_updated(client: np6.Client) -> None:
    first = client.targets.upsert_detailed({"email": "said@example.com"})
    again = client.targets.upsert_detailed({"email": "said@example.com"})
    assert (first.created, again.created) == (True, False)
    assert first.target.id == again.target.id


@pytest.mark.anyio
async def test_async_upsert_detailed_says_whether_it_created_or_updated(sandbox: Sandbox) -> None:
    async with np6.AsyncClient(sandbox.api_key, base_url=sandbox.url, retry_delay=0.01) as client:
        first = await client.targets.upsert_detailed({"email": "async-said@example.com"})
        again = await client.targets.upsert_detailed({"email": "async-said@example.com"})
    assert (first.created, again.created) == (True, False)
