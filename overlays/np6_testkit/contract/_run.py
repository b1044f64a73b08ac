"""``check_contract``: the checks of generated requests (:mod:`._check`), then the safe-write scenarios
(:mod:`._safe_writes`) when asked; the one engine behind ``np6 contract`` and the ``np6_contract`` fixture."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from ._check import DEFAULT_MAX_EXAMPLES, DEFAULT_TIMEOUT, ContractReport, OperationResult, check_reads, resolve_target
from ._safe_writes import add_safe_writes, check_safe_writes, clean_leftovers

__all__ = ["check_contract"]


def check_contract(
    base_url: str | None = None,
    api_key: str | None = None,
    *,
    include_writes: bool = False,
    operations: Iterable[str] | None = None,
    params: Mapping[str, str] | None = None,
    max_examples: int = DEFAULT_MAX_EXAMPLES,
    seed: int = 0,
    timeout: float = DEFAULT_TIMEOUT,
    on_result: Callable[[OperationResult], None] | None = None,
    safe_writes: str | Path | None = None,
) -> ContractReport:
    """Check a live NP6 endpoint against the embedded spec and return the :class:`ContractReport`.

    ``base_url`` / ``api_key`` default to ``NP6_BASE_URL`` / ``NP6_API_KEY``; plain ``http`` is refused except
    to loopback. ``operations`` restricts the run to those operationIds (a write among them still needs
    ``include_writes``, which sends generated write requests). ``params`` gives path (and query) parameter values,
    see :mod:`np6_testkit.contract`. ``max_examples`` bounds the requests per operation; the same ``seed`` sends
    the same requests. ``on_result`` is called after each operation (the CLI prints progress with it).
    ``safe_writes`` (a state file) adds the safe-write scenarios after the reads (see :func:`check_safe_writes`),
    unless the API did not answer or refused the key; what a stopped run left in it is deleted first.

    Raises :class:`ContractUsageError` for an unusable URL, a missing key, an unknown operation, a write
    operation named without ``include_writes``, or a state file that cannot be used (:class:`SafeWriteStateError`),
    always before the first request.
    """
    after_reads: Callable[[ContractReport], None] | None = None
    if safe_writes is not None:
        url, key = resolve_target(base_url, api_key)
        clean_leftovers(url, key, Path(safe_writes), timeout=timeout)

        def after_reads(report: ContractReport) -> None:
            add_safe_writes(report, check_safe_writes(url, key, safe_writes, timeout=timeout))

    return check_reads(
        base_url,
        api_key,
        include_writes=include_writes,
        operations=operations,
        params=params,
        max_examples=max_examples,
        seed=seed,
        timeout=timeout,
        on_result=on_result,
        after_reads=after_reads,
    )
