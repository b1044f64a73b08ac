"""Setting up NP6 objects in the sandbox over its raw HTTP API, shared by the test suites (tests/ is on the
path: ``from factories import create_targets``). Raw HTTP, so a test depends only on the helper it tests."""

from __future__ import annotations

import itertools
import random
import time
from typing import Any

import httpx

MAIL_ACTION: dict[str, Any] = {
    "type": "mailMessage",
    "name": "Newsletter",
    "content": {
        "headers": {"from": {"prefix": "news", "domain": "example.com", "label": "Example"}},
        "subject": "Hello {{email}}",
        "html": '<p>Hi {{email}}</p><a href="https://example.com/a" tracking="Enabled">a</a>',
    },
}
_SEGMENT_NUMBERS = itertools.count()


def create_targets(http: httpx.Client, count: int, prefix: str = "user") -> list[dict[str, Any]]:
    """``count`` targets ``<prefix><n>@example.com``, as NP6 answered their creation."""
    targets = []
    for number in range(count):
        response = http.post("/targets", json={"email": f"{prefix}{number}@example.com"})
        assert response.status_code == 200, response.text
        targets.append(response.json())
    return targets


def email_of(target: dict[str, Any]) -> str:
    return str(target["fields"]["728"])


def create_segment(http: httpx.Client, name: str | None = None) -> int:
    """A static test segment (named ``testers <n>`` unless told: NP6 answers 409 to a second one of a name)."""
    response = http.post(
        "/segments", json={"type": "static", "name": name or f"testers {next(_SEGMENT_NUMBERS)}", "isTest": True}
    )
    assert response.status_code == 200, response.text
    return int(response.json()["id"])


def create_action(http: httpx.Client, body: dict[str, Any] | None = None) -> str:
    response = http.post("/actions", json=body or MAIL_ACTION)
    assert response.status_code == 200, response.text
    return str(response.json()["id"])


def state_of(http: httpx.Client, action_id: str) -> int:
    return int(http.get(f"/actions/{action_id}").json()["informations"]["state"])


def validated_action(http: httpx.Client, body: dict[str, Any] | None = None) -> str:
    """An action through both validation phases (state 50): ready to send."""
    action_id = create_action(http, body)
    segment = create_segment(http)
    assert http.post(f"/actions/{action_id}/validation", json={"fortest": True, "testSegments": [segment]}).is_success
    assert http.post(f"/actions/{action_id}/validation", json={"fortest": False}).is_success
    return action_id


def first_request_faults(rate: float) -> int:
    """A fault seed whose first draw strikes at ``rate`` and second does not (the sandbox draws 3 numbers per
    request): ``Faults(seed=..., error_rate=rate, operations=...)`` fails the first such request only."""
    for seed in range(1000):
        draws = random.Random(seed)
        first = draws.random()
        draws.random(), draws.random()
        if first < rate <= draws.random():
            return seed
    raise AssertionError("no such seed")


def at_a_whole_second() -> None:
    """Sleep until just after a whole second. A sandbox rate window of 1 s or more starts on one (like NP6's
    epoch-second X-RateLimit-Reset): a test counting its 429s must not have its requests split by a reset."""
    time.sleep(1.0 - time.time() % 1.0 + 0.005)
