"""Test your own code against the NP6 sandbox with the ``np6_sandbox`` pytest fixture.

    pip install 'np6-sdk[sandbox]'
    pytest examples/test_with_sandbox.py

The fixture is a real NP6-like HTTP server on loopback (one per test session), emptied before each test. The
code under test, ``enrol``, is the kind of function an application has: it upserts contacts and puts them in a
segment. Nothing is mocked: the client talks to the server over a socket, as it would to NP6.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import np6
import pytest
from np6 import builders
from np6_testkit.sandbox import Faults, Sandbox


def enrol(client: np6.Client, emails: Iterable[str], segment_id: int) -> list[str]:
    """The application code under test: make each email a contact and add them all to the segment."""
    ids = [client.targets.upsert({"email": email}).id for email in emails]
    client.segments.add_targets(segment_id, ids)
    return ids


@pytest.fixture
def client(np6_sandbox: Sandbox) -> Iterator[np6.Client]:
    with np6.Client(np6_sandbox.api_key, base_url=np6_sandbox.url) as client:
        yield client


@pytest.fixture
def busy_account(np6_sandbox: Sandbox) -> Iterator[Sandbox]:
    """The sandbox answering 429 beyond 5 requests per 0.5 s, as a busy NP6 account would; reset afterwards
    (faults outlive the fixture's emptying of the data)."""
    np6_sandbox.set_faults(Faults(rate_limit=5, rate_window=0.5))
    yield np6_sandbox
    np6_sandbox.set_faults(Faults())


def test_enrol_creates_contacts_once_and_fills_the_segment(client: np6.Client) -> None:
    segment = client.segments.create_segment(body=builders.static_segment("Spring fair"))

    first = enrol(client, ["ada@example.com", "alan@example.com"], segment.id)
    again = enrol(client, ["ada@example.com"], segment.id)  # an existing contact is updated, not duplicated

    assert again == first[:1]
    assert sorted(client.segments.list_segment_targets(segment.id)) == sorted(first)


def test_enrol_survives_a_rate_limited_account(client: np6.Client, busy_account: Sandbox) -> None:
    segment = client.segments.create_segment(body=builders.static_segment("Busy"))

    ids = enrol(client, [f"user{n}@example.com" for n in range(8)], segment.id)

    assert len(set(ids)) == 8
    # np6 paced itself from the account's X-RateLimit headers: it waited for each window instead of being refused
    assert "rate_limit" not in busy_account.faults.injected
    assert client.rate_limit is not None and client.rate_limit.limit == 5


def test_an_unknown_contact_is_a_not_found_error(client: np6.Client) -> None:
    with pytest.raises(np6.NotFoundError) as caught:
        client.targets.get_target("NOPE0000")
    assert caught.value.request_id  # the x-request-id to quote to NP6 support
