"""Workflow helpers of the `actions` namespace, on top of the generated operations."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Sequence

import anyio
from np6_client.api import actions as _generated
from np6_client.models import ValidationSettings

from ..errors import ActionStateError, ConflictError
from ..spec import action_states
from ..types import Action
from ._send import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_CONCURRENCY,
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

_log = logging.getLogger("np6")


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


def _check_moved_on(action_id: str, states: list[int | None], after: int | None) -> None:
    """Record the state a phase left the action in; ActionStateError unless it moved forward.

    Each phase must raise the state (20 -> 38 -> 50), which bounds ``validate`` to two phases: an action that
    something else keeps sending back would otherwise have its test phase (a mailing) run again and again.
    """
    before = states[-1]
    states.append(after)
    if after is not None and before is not None and after > before:
        return
    seen = " -> ".join(str(state) for state in states)
    moved = "stayed in" if after == before else "went back to"
    raise ActionStateError(
        action_id,
        after,
        f"action {action_id} {moved} state {after} after a validation phase (states seen: {seen}): something "
        "else is changing it, so validate stopped rather than run the phases again (the test phase mails the "
        "test segments)",
    )


INTERRUPT_GRACE = 10.0
"""Seconds an interrupted send waits for its batches in flight to be answered (a second Ctrl-C stops the wait)."""
_POLL = 0.1
"""How often the main thread wakes while the workers send: an interrupt that is not a signal delivered to it
(``_thread.interrupt_main()``, a SIGINT another thread received) is only seen when it runs Python code."""


def _wait(finished: Sequence[threading.Event], timeout: float | None = None) -> None:
    """Wait for every worker to have finished (at most ``timeout`` seconds), interruptibly.

    Events rather than ``Thread.join``: a join that a KeyboardInterrupt cuts short may mark a thread that is
    still running as stopped (CPython 3.11, bpo-45274), and its batch would then be given up on too early.
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    for event in finished:
        while not event.is_set():
            step = _POLL if deadline is None else min(_POLL, deadline - time.monotonic())
            if step <= 0:
                return
            event.wait(step)


def _run_threads(plan: SendPlan, workers: int, worker: Callable[[], None]) -> None:
    """Run ``workers`` copies of ``worker`` in threads until the plan is done, stopped or interrupted.

    A thread that cannot start stops the plan (the threads already running finish their batches). An
    exception in this thread while it waits (Ctrl-C) stops the plan too: no new batch starts, the batches
    in flight get :data:`INTERRUPT_GRACE` seconds (or until a second Ctrl-C) and are unknown after that.
    The threads are daemons: one still waiting for an abandoned answer never holds up the program's exit.
    """
    finished: list[threading.Event] = []

    def run(done: threading.Event) -> None:
        try:
            worker()
        finally:
            done.set()

    try:
        for number in range(workers):
            done = threading.Event()
            thread = threading.Thread(target=run, args=(done,), name=f"np6-send-{number}", daemon=True)
            try:
                thread.start()
            except RuntimeError as error:  # "can't start new thread"
                plan.stop(error, f"a worker thread could not be started ({error})")
                break
            finished.append(done)
        _wait(finished)
    except BaseException as interrupt:  # KeyboardInterrupt, or what a signal handler raised
        plan.stop(interrupt, f"interrupted ({type(interrupt).__name__})", interrupt=True)
        with contextlib.suppress(KeyboardInterrupt):  # a second Ctrl-C: stop waiting
            if in_flight := plan.in_flight:
                _log.warning(
                    "send of action %s interrupted: waiting up to %g s for the %d batch(es) in flight "
                    "(interrupt again to stop waiting)",
                    plan.action_id,
                    INTERRUPT_GRACE,
                    in_flight,
                )
            _wait(finished, INTERRUPT_GRACE)
        plan.give_up_in_flight("the send was interrupted while this batch was in flight: NP6 may have sent it")


def _callback_failed(error: BaseException) -> str:
    return f"on_batch_done raised {type(error).__name__}: {error}"


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
        states = [state_of(action)]
        while (phase := _next_phase(action_id, states[-1], segments)) is not None:
            try:
                self.validate_action(action_id, body=phase)
            except ConflictError as error:
                _raced(error, states[-1], state_of(self.get_action(action_id)))
            action = self.get_action(action_id)
            _check_moved_on(action_id, states, state_of(action))
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
        on_report: Callable[[SendReport], object] | None = None,
    ) -> SendReport:
        """Send a validated action to explicit recipients; one result per recipient, in input order.

        ``recipients`` items are plain strings, taken as unicity values (e.g. emails) unless
        ``strings_are="id"`` or ``"hash"``; Recipient models (``RecipientById``, ``RecipientByUnicity`` with
        a list of strings, ``RecipientByHash``, ``RecipientFootprint``); ``ExecutionEmailRequest`` /
        ``ExecutionSmsRequest`` objects when a recipient needs its own data; or the dict of any of these, as
        NP6's JSON has it: ``{"type": "id", "value": "0013KDC8"}``, ``{"type": "unicity", "value":
        ["alice@example.com"]}``, ``{"recipient": {...}, "data": {...}}`` (an execution request of the
        action's channel). Each dict is checked against the spec first: an unknown key, a wrong type, an
        unknown or missing ``type`` is a ``TypeError`` or ``ValueError`` naming the item and the field, e.g.
        ``actions.send: recipients[3]['value'] must be an array (list), got str 'alice@example.com'``; the
        report's results hold the dicts as given. A recipient given twice, in any form, is a ``ValueError``
        (it would get two messages). ``channel`` defaults to the action's type.

        One GET first checks the action is in state 50 (:class:`np6.ActionStateError` otherwise, nothing
        sent). Recipients then go in ``/executions`` batches of ``batch_size`` (1 to 1000), ``concurrency``
        (1 to 32) at a time. A batch whose answer is lost (timeout, dropped connection, 5xx) is reported
        ``unknown`` and never resent: NP6 may have sent it; see ``report.reconcile``. A batch NP6 refuses as a
        whole (e.g. 409 because the action was unvalidated meanwhile) stops the send: :class:`np6.SendError`
        carries the report, where completed batches keep their results and the rest are ``not_sent``.
        The report's results read ``recipients`` (referenced, not copied): do not change it while you use them.

        ``on_batch_done``, if given, is called after each batch (from the worker threads) with the number of
        recipients the batch held, whatever their outcome: for progress displays. If it raises, the send
        stops: :class:`np6.SendError` with the report, the callback's exception as ``__cause__``. So does a
        worker thread that cannot be started.

        Ctrl-C (``KeyboardInterrupt``) stops the send at once: no new batch starts, the batches in flight
        get up to 10 s to be answered (a second Ctrl-C stops the wait) and are ``unknown`` otherwise, and
        :class:`np6.SendInterrupted` is raised, a ``KeyboardInterrupt`` carrying the report.

        ``on_report``, if given, receives the final report once the send has begun (after the action check),
        however it ends: returned, SendError, SendInterrupted, or for the async twin a cancellation, which must
        propagate as it is and so cannot carry it.
        """
        check_options(batch_size, concurrency)
        checked = check_recipients(recipients, strings_are)  # every input error before any request
        started_at = utc_now()
        chosen = sendable_channel(action_id, self.get_action(action_id), channel)
        # Checks the channel of Execution*Request items; each batch's requests are built when it is taken.
        plan = SendPlan(action_id, chosen, checked, batch_size=batch_size, started_at=started_at)

        def worker() -> None:
            try:
                while (batch := plan.next_batch()) is not None:
                    self._send_batch(plan, batch)
                    if on_batch_done is not None:
                        try:
                            on_batch_done(len(batch.requests))
                        except BaseException as error:  # in a worker thread, nothing else would see it
                            plan.stop(error, _callback_failed(error))
                            return
            except BaseException as error:  # a bug: stop the send; the batch this worker held ends up unknown
                plan.stop(error, f"a send worker failed ({error!r})")

        _run_threads(plan, plan.workers(concurrency), worker)
        return plan.finish(on_report)

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
        states = [state_of(action)]
        while (phase := _next_phase(action_id, states[-1], segments)) is not None:
            try:
                await self.validate_action(action_id, body=phase)
            except ConflictError as error:
                _raced(error, states[-1], state_of(await self.get_action(action_id)))
            action = await self.get_action(action_id)
            _check_moved_on(action_id, states, state_of(action))
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
        on_report: Callable[[SendReport], object] | None = None,
    ) -> SendReport:
        """Send a validated action to explicit recipients: see :meth:`Actions.send` (same rules and report).

        Cancelled (``asyncio.wait_for``, ``task.cancel()``, a cancel scope), the send starts no new batch,
        records the batches in flight as ``unknown`` (their requests are abandoned: NP6 may have them) and lets
        the cancellation propagate, as asyncio requires: the report goes to ``on_report``, and its summary
        is added to the cancellation's notes. A failing ``on_batch_done`` raises :class:`np6.SendError` with
        the report, as in the sync client (never an ``ExceptionGroup``).
        """
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
                    try:
                        on_batch_done(len(batch.requests))
                    except Exception as error:  # not into the task group: it would wrap it in an ExceptionGroup
                        plan.stop(error, _callback_failed(error))
                        return

        try:
            async with anyio.create_task_group() as group:
                for _ in range(plan.workers(concurrency)):
                    group.start_soon(worker)
        except BaseException as cancelled:  # a cancellation (or Ctrl-C in the event loop)
            failed = isinstance(cancelled, Exception)  # not a cancellation: a worker failed (a bug), in a group
            because = f"a worker failed ({cancelled!r})" if failed else f"cancelled ({type(cancelled).__name__})"
            plan.stop(cancelled, because, interrupt=True)
            plan.give_up_in_flight("the send was cancelled while this batch was in flight: NP6 may have sent it")
            plan.finish(on_report)  # raises: the cancellation itself, or SendInterrupted for a KeyboardInterrupt
            raise
        return plan.finish(on_report)

    async def _send_batch(self, plan: SendPlan, batch: Batch) -> None:
        try:
            answer = await self.execute_action_batch(plan.action_id, body=batch.body())
        except Exception as error:  # classified by the plan: refused, unknown, or a bug that stops the send
            plan.record_failure(batch, error)
        else:
            plan.record_answer(batch, answer)
