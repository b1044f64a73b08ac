"""Workflow helpers of the `imports` namespace, on top of the generated operations.

``run`` is NP6's manual import in one call: upload the CSV source, start an execution, poll its state until
it is terminal. The polling decisions live in :class:`_Polling`, shared by the sync and async namespaces.
"""

from __future__ import annotations

import io
import os
import time
from collections.abc import Mapping
from typing import IO, Any

import anyio
from attrs import define, frozen
from np6_client.api import imports as _generated
from np6_client.models import (
    ImportDefinitionRequest,
    ImportExecution,
    ImportExecutionState,
)
from np6_client.types import File

from ..errors import ConflictError, ImportTimeoutError
from ..spec import import_states

ImportSource = bytes | str | os.PathLike[str] | IO[bytes]
"""CSV data as bytes, a path to a CSV file, or a binary file object."""

DEFAULT_RUN_TIMEOUT = 600.0
DEFAULT_POLL_INTERVAL = 2.0


@frozen
class ImportResult:
    """How an import execution ended (``imports.run``)."""

    import_id: int
    state: int
    """NP6's terminal state: ``1`` completed, ``2`` error."""
    execution: ImportExecutionState
    """The last ``get_import_execution_state`` answer, with any extra properties NP6 sent."""
    started: ImportExecution
    """NP6's answer to the start of the execution (start date, content, source)."""
    polls: int

    @property
    def succeeded(self) -> bool:
        """True when NP6 says the import finished (state 1); False when it failed (state 2)."""
        return self.state == import_states().completed

    @property
    def report(self) -> Mapping[str, Any] | None:
        """The line counts NP6 attached to the final state, when it sent any (the sandbox sends
        ``sandboxReport``: ``created``, ``updated``, ``rejected``, ``rejections``); None otherwise."""
        for key in ("report", "sandboxReport"):
            value = self.execution.additional_properties.get(key)
            if isinstance(value, Mapping):
                return value
        return None


def _checked_timing(timeout: float, poll_interval: float) -> None:
    if not timeout > 0:
        raise ValueError(f"timeout must be positive, got {timeout}")
    if not poll_interval > 0:
        raise ValueError(f"poll_interval must be positive, got {poll_interval}")


def _source_bytes(data: object) -> bytes:
    if isinstance(data, str):
        raise TypeError("the source file object is in text mode: open it with 'rb'")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"the import source must be bytes, a path or a binary file object, got {type(data).__name__}")
    if not data:
        raise ValueError("the import source is empty: NP6 needs at least a header line")
    return bytes(data)


def _read_source(source: ImportSource) -> bytes:
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as file:
            return _source_bytes(file.read())
    if isinstance(source, (bytes, bytearray, memoryview)):
        return _source_bytes(source)
    if not callable(getattr(source, "read", None)):
        raise TypeError(
            f"source must be the CSV as bytes, a path to it, or a binary file object, got {type(source).__name__}"
        )
    return _source_bytes(source.read())


async def _aread_source(source: ImportSource) -> bytes:
    if isinstance(source, (str, os.PathLike)):
        return _source_bytes(await anyio.Path(os.fspath(source)).read_bytes())
    return _read_source(source)


def _explain_conflict(import_id: int, error: ConflictError) -> None:
    error.add_note(f"import {import_id}: an execution is still running, or no source was uploaded")


@define
class _Polling:
    """When to poll an execution again, and when to give up."""

    import_id: int
    timeout: float
    poll_interval: float
    started: ImportExecution
    deadline: float = 0.0
    polls: int = 0

    def __attrs_post_init__(self) -> None:
        self.deadline = time.monotonic() + self.timeout

    def observe(self, state: ImportExecutionState) -> ImportResult | float:
        """The result once ``state`` is terminal; otherwise the seconds to wait before the next poll."""
        self.polls += 1
        if state.state != import_states().processing:
            return ImportResult(self.import_id, state.state, state, self.started, self.polls)
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise ImportTimeoutError(import_id=self.import_id, timeout=self.timeout, polls=self.polls)
        return min(self.poll_interval, remaining)


class Imports(_generated.Imports):
    """Every `imports` operation of the API, plus NP6's multi-step workflows."""

    def run(
        self,
        import_id: int,
        source: ImportSource,
        *,
        timeout: float = DEFAULT_RUN_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> ImportResult:
        """Upload ``source`` to an import definition, execute it, and wait until NP6 says it ended.

        ``source`` is the CSV as bytes, a path to it, or a binary file object. The definition (features,
        binding) must exist already: ``client.imports.create_import(body=...)``. Once the execution has
        started, its state is polled every ``poll_interval`` seconds for at most ``timeout`` seconds (each
        request also has the client's HTTP timeout and retries). A failed import (state 2) is returned, not
        raised: check :attr:`ImportResult.succeeded` and :attr:`ImportResult.report`. Raises
        :class:`~np6.errors.ImportTimeoutError` (a ``TimeoutError``, carrying ``import_id``) when it is still
        running after ``timeout`` seconds, and :class:`~np6.errors.ConflictError` when the import is
        already running.
        """
        _checked_timing(timeout, poll_interval)
        self.upload_import_source(import_id, body=File(io.BytesIO(_read_source(source))))
        try:
            started = self.start_import_execution(import_id, body=ImportDefinitionRequest())
        except ConflictError as error:
            _explain_conflict(import_id, error)
            raise
        polling = _Polling(import_id, timeout, poll_interval, started)
        while True:
            outcome = polling.observe(self.get_import_execution_state(import_id))
            if isinstance(outcome, ImportResult):
                return outcome
            time.sleep(outcome)


class AsyncImports(_generated.AsyncImports):
    """The asynchronous twin of :class:`Imports`."""

    async def run(
        self,
        import_id: int,
        source: ImportSource,
        *,
        timeout: float = DEFAULT_RUN_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> ImportResult:
        """Upload ``source``, execute the import, and wait until NP6 says it ended.

        See :meth:`Imports.run`.
        """
        _checked_timing(timeout, poll_interval)
        await self.upload_import_source(import_id, body=File(io.BytesIO(await _aread_source(source))))
        try:
            started = await self.start_import_execution(import_id, body=ImportDefinitionRequest())
        except ConflictError as error:
            _explain_conflict(import_id, error)
            raise
        polling = _Polling(import_id, timeout, poll_interval, started)
        while True:
            outcome = polling.observe(await self.get_import_execution_state(import_id))
            if isinstance(outcome, ImportResult):
                return outcome
            await anyio.sleep(outcome)
