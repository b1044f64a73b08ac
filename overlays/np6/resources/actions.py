"""Workflow helpers of the `actions` namespace, on top of the generated operations."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

import anyio
from np6_client.api import actions as _generated
from np6_client.models import ValidationSettings

from ..errors import ActionStateError, ConflictError
from ..spec import action_states
from ._send import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_CONCURRENCY,
    Action,
    Batch,
    Channel,
    RecipientInput,
    SendPlan,
    SendReport,
    StringsAre,
    check_options,
    check_recipients,
    sendable_channel,
    state_of,
    utc_now,
)


def _check_test_segments(test_segments: Sequence[int]) -> list[int]:
    if isinstance(test_segments, (str, bytes)) or not all(
        isinstance(segment, int) and not isinstance(segment, bool) and segment > 0 for segment in test_segments
    ):
        raise ValueError(f"test_segments must be a sequence of positive segment ids (ints), got {test_segments!r}")
    return list(test_segments)


def _next_phase(action_id: str, state: int | None, test_segments: list[int]) -> ValidationSettings | None:
    """The validation call that moves the action on, or None when it is validated for production."""
    states = action_states()
    if state == states.validated:
        return None
    if state == states.test_validated:
        return ValidationSettings(fortest=False)
    if state == states.with_content:
        if not test_segments:
            raise ValueError(
                f"action {action_id} needs its test phase (state {states.with_content} -> {states.test_validated}), "
                "which takes at least one test segment: pass test_segments=[segment_id, ...]"
            )
        return ValidationSettings(fortest=True, test_segments=test_segments)
    if state == states.draft:
        raise ActionStateError(
            action_id,
            state,
            f"action {action_id} is a draft without content (state {state}): add "
            "content (update_action) before validating it",
        )
    known = (states.with_content, states.test_validated, states.validated)
    raise ActionStateError(
        action_id,
        state,
        f"action {action_id} is in state {state}, which np6 cannot validate "
        f"from (only {', '.join(map(str, known))} are known paths to production)",
    )


def _raced(error: ConflictError, before: int | None, after: int | None) -> None:
    """A 409 on a phase is fine when someone else ran that phase meanwhile; otherwise it stands."""
    if after is None or after == before or after not in (action_states().test_validated, action_states().validated):
        raise error


class Actions(_generated.Actions):
    """Every `actions` operation of the API, plus NP6's multi-step workflows."""

    def validate(self, action_id: str, *, test_segments: Sequence[int] = ()) -> Action:
        """Bring an action to state 50 (validated for production) and return it, re-read.

        NP6 validates in two phases, and both are needed: the test phase (20 -> 38) sends to
        ``test_segments``, the production phase (38 -> 50) makes the action sendable. This runs the phases
        the action's current state still needs, so it is safe to call again: in state 50 it only reads.

        Raises ``ValueError`` when the test phase is needed and ``test_segments`` is empty or not ints,
        and :class:`np6.ActionStateError` for a draft without content (10) or a state with no known path
        to production. A 409 because another caller validated concurrently is tolerated.
        """
        segments = _check_test_segments(test_segments)
        action = self.get_action(action_id)
        state = state_of(action)
        while (phase := _next_phase(action_id, state, segments)) is not None:
            try:
                self.validate_action(action_id, body=phase)
            except ConflictError as error:
                _raced(error, state, state_of(self.get_action(action_id)))
            action = self.get_action(action_id)
            if state_of(action) == state:
                raise ActionStateError(action_id, state, f"action {action_id} stayed in state {state} after validation")
            state = state_of(action)
        return action

    def send(
        self,
        action_id: str,
        recipients: Sequence[RecipientInput],
        *,
        channel: Channel | None = None,
        strings_are: StringsAre = "unicity",
        batch_size: int = DEFAULT_BATCH_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        on_batch_done: Callable[[int], object] | None = None,
    ) -> SendReport:
        """Send a validated action to explicit recipients; one result per recipient, in input order.

        ``recipients`` items are plain strings, taken as unicity values (e.g. emails) unless
        ``strings_are="id"`` or ``"hash"``; Recipient models (``RecipientById``, ``RecipientByUnicity`` with
        a list of strings, ``RecipientByHash``, ``RecipientFootprint``); or ``ExecutionEmailRequest`` /
        ``ExecutionSmsRequest`` objects when a recipient needs its own data. A recipient given twice is a
        ``ValueError`` (it would get two messages). ``channel`` defaults to the action's type.

        One GET first checks the action is in state 50 (:class:`np6.ActionStateError` otherwise, nothing
        sent). Recipients then go in ``/executions`` batches of ``batch_size`` (1 to 1000), ``concurrency``
        at a time. A batch whose answer is lost (timeout, dropped connection, 5xx) is reported ``unknown``
        and never resent: NP6 may have sent it; see ``report.reconcile``. A batch NP6 refuses as a whole
        (e.g. 409 because the action was unvalidated meanwhile) stops the send: :class:`np6.SendError`
        carries the report, where completed batches keep their results and the rest are ``not_sent``.
        The report's results read ``recipients`` (referenced, not copied): do not change it while you use them.

        ``on_batch_done``, if given, is called after each batch (from the worker threads) with the number of
        recipients the batch held, whatever their outcome: for progress displays.
        """
        check_options(batch_size, concurrency)
        checked = check_recipients(recipients, strings_are)  # every input error before any request
        started_at = utc_now()
        chosen = sendable_channel(action_id, self.get_action(action_id), channel)
        # Checks the channel of Execution*Request items; each batch's requests are built when it is taken.
        plan = SendPlan(action_id, chosen, checked, batch_size=batch_size, started_at=started_at)

        def worker() -> None:
            while (batch := plan.next_batch()) is not None:
                self._send_batch(plan, batch)
                if on_batch_done is not None:
                    on_batch_done(len(batch.requests))

        workers = plan.workers(concurrency)
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="np6-send") as pool:
            for future in [pool.submit(worker) for _ in range(workers)]:
                future.result()
        return plan.finish()

    def _send_batch(self, plan: SendPlan, batch: Batch) -> None:
        try:
            answer = self.execute_action_batch(plan.action_id, body=batch.body())
        except Exception as error:  # classified by the plan: refused, unknown, or a bug that stops the send
            plan.record_failure(batch, error)
        else:
            plan.record_answer(batch, answer)


class AsyncActions(_generated.AsyncActions):
    """The asynchronous twin of :class:`Actions`."""

    async def validate(self, action_id: str, *, test_segments: Sequence[int] = ()) -> Action:
        """Bring an action to state 50 and return it, re-read: see :meth:`Actions.validate`."""
        segments = _check_test_segments(test_segments)
        action = await self.get_action(action_id)
        state = state_of(action)
        while (phase := _next_phase(action_id, state, segments)) is not None:
            try:
                await self.validate_action(action_id, body=phase)
            except ConflictError as error:
                _raced(error, state, state_of(await self.get_action(action_id)))
            action = await self.get_action(action_id)
            if state_of(action) == state:
                raise ActionStateError(action_id, state, f"action {action_id} stayed in state {state} after validation")
            state = state_of(action)
        return action

    async def send(
        self,
        action_id: str,
        recipients: Sequence[RecipientInput],
        *,
        channel: Channel | None = None,
        strings_are: StringsAre = "unicity",
        batch_size: int = DEFAULT_BATCH_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        on_batch_done: Callable[[int], object] | None = None,
    ) -> SendReport:
        """Send a validated action to explicit recipients: see :meth:`Actions.send` (same rules and report)."""
        check_options(batch_size, concurrency)
        checked = check_recipients(recipients, strings_are)  # every input error before any request
        started_at = utc_now()
        chosen = sendable_channel(action_id, await self.get_action(action_id), channel)
        # Checks the channel of Execution*Request items; each batch's requests are built when it is taken.
        plan = SendPlan(action_id, chosen, checked, batch_size=batch_size, started_at=started_at)

        async def worker() -> None:
            while (batch := plan.next_batch()) is not None:
                await self._send_batch(plan, batch)
                if on_batch_done is not None:
                    on_batch_done(len(batch.requests))

        async with anyio.create_task_group() as group:
            for _ in range(plan.workers(concurrency)):
                group.start_soon(worker)
        return plan.finish()

    async def _send_batch(self, plan: SendPlan, batch: Batch) -> None:
        try:
            answer = await self.execute_action_batch(plan.action_id, body=batch.body())
        except Exception as error:  # classified by the plan: refused, unknown, or a bug that stops the send
            plan.record_failure(batch, error)
        else:
            plan.record_answer(batch, answer)
