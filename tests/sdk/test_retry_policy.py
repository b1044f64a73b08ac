"""The retry policy's decisions (np6._http._retry, private: np6.Client's max_retries and retry_post_on_503 set
it): which answers and errors are retried, after how long, and when NP6's 429 hints stop being waited on."""

from __future__ import annotations

import httpx
from np6._http._retry import RetryPolicy

PRIVATE_MODULE_UNDER_TEST = "np6._http._retry"


def test_workers_told_the_same_retry_after_do_not_come_back_in_lockstep() -> None:
    """Regression (soak, 200k recipients): 8 workers all waiting exactly Retry-After hit a fixed-window limit
    together again, and one ran out of retries; the hint is a floor, spread by up to `initial_delay`."""
    policy = RetryPolicy(max_retries=3, initial_delay=0.5)
    request = httpx.Request("POST", "http://127.0.0.1/actions/A/executions")
    response = httpx.Response(429, headers={"Retry-After": "1"}, request=request)
    delays = [policy.after_response("POST", response, 0).delay for _ in range(50)]
    assert all(1.0 <= delay <= 1.5 for delay in delays)
    assert len(set(delays)) > 40


def test_hinted_429_waits_stop_at_max_server_delay_in_all() -> None:
    policy = RetryPolicy(max_retries=2, max_server_delay=10.0)
    request = httpx.Request("POST", "http://127.0.0.1/actions/A/executions")
    refused = httpx.Response(429, headers={"Retry-After": "3"}, request=request)
    assert policy.after_response("POST", refused, attempt=5, waited=6.0).hinted
    stop = policy.after_response("POST", refused, attempt=0, waited=7.5)
    assert not stop.retry
    assert "past 10s of waiting" in stop.reason
    assert not RetryPolicy(max_retries=0).after_response("POST", refused, 0).retry
    unhinted = httpx.Response(503, headers={"Retry-After": "1"}, request=request)
    assert not policy.after_response("POST", unhinted, attempt=2).retry  # a 503's hint still spends retries
