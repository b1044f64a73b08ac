"""Seeded fault injection: each mode, before and after processing, checked against the sandbox's state."""

from __future__ import annotations

import time

import httpx
import pytest
from np6_testkit.sandbox import Faults, Sandbox


def _count(sandbox: Sandbox) -> int:
    response = httpx.get(f"{sandbox.url}/targets/count", headers={"X-Key": sandbox.api_key})
    count: int = response.json()["targetsCount"]
    return count


def test_rate_limit_answers_429_with_retry_after_and_rate_headers(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.set_faults(Faults(rate_limit=3, rate_window=30))
    responses = [http.get("/fields") for _ in range(4)]
    assert [response.status_code for response in responses] == [200, 200, 200, 429]
    assert [response.headers["X-RateLimit-Remaining"] for response in responses] == ["2", "1", "0", "0"]
    limited = responses[-1]
    assert 1 <= int(limited.headers["Retry-After"]) <= 30
    assert limited.headers["X-RateLimit-Limit"] == "3"
    assert int(limited.headers["X-RateLimit-Reset"]) >= int(time.time())
    assert sandbox.faults.injected == {"rate_limit": 1}


def test_rate_limit_window_resets(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.set_faults(Faults(rate_limit=1, rate_window=0.2))
    assert http.get("/fields").status_code == 200
    assert http.get("/fields").status_code == 429
    time.sleep(0.25)
    assert http.get("/fields").status_code == 200


@pytest.mark.parametrize("status", [500, 503])
def test_errors_before_processing_change_nothing(sandbox: Sandbox, http: httpx.Client, status: int) -> None:
    sandbox.set_faults(Faults(error_rate=1.0, error_statuses=(status,), phase="before"))
    response = http.post("/targets", json={"email": "before@np6.test"})
    assert response.status_code == status
    assert response.headers["x-request-id"]
    assert ("Retry-After" in response.headers) == (status == 503)
    sandbox.set_faults(Faults())
    assert _count(sandbox) == 0


def test_errors_after_processing_keep_the_change(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.set_faults(Faults(error_rate=1.0, error_statuses=(500,), phase="after"))
    assert http.post("/targets", json={"email": "after@np6.test"}).status_code == 500
    sandbox.set_faults(Faults())
    assert _count(sandbox) == 1
    assert http.post("/targets", json={"email": "after@np6.test"}).status_code == 409


@pytest.mark.parametrize(("phase", "stored"), [("before", 0), ("after", 1)])
def test_dropped_connections(sandbox: Sandbox, http: httpx.Client, phase: str, stored: int) -> None:
    sandbox.set_faults(Faults(drop_rate=1.0, phase=phase))  # type: ignore[arg-type]
    with pytest.raises(httpx.RemoteProtocolError):
        http.post("/targets", json={"email": "drop@np6.test"})
    sandbox.set_faults(Faults())
    assert _count(sandbox) == stored
    assert sandbox.faults.injected == {}


def test_latency_and_spikes(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.set_faults(Faults(latency=0.05))
    started = time.perf_counter()
    http.get("/fields")
    assert time.perf_counter() - started >= 0.05
    sandbox.set_faults(Faults(spike_rate=1.0, spike_latency=2.0))
    with pytest.raises(httpx.ReadTimeout):
        http.get("/fields", timeout=0.3)


def test_faults_are_seeded_and_repeatable(sandbox: Sandbox, http: httpx.Client) -> None:
    def run(seed: int) -> list[int]:
        sandbox.set_faults(Faults(seed=seed, error_rate=0.3, error_statuses=(500, 503)))
        return [http.get("/fields").status_code for _ in range(40)]

    first, again, other = run(7), run(7), run(8)
    assert first == again
    assert first != other
    assert 4 <= sum(status != 200 for status in first) <= 20


def test_faults_can_target_operations(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.set_faults(Faults(error_rate=1.0, operations=frozenset({"create_target"})))
    assert http.get("/fields").status_code == 200
    assert http.post("/targets", json={"email": "t@np6.test"}).status_code in (500, 503)


def test_invalid_fault_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="error_rate must be between 0 and 1"):
        Faults(error_rate=1.5)
    with pytest.raises(ValueError, match="rate_limit"):
        Faults(rate_limit=0)
