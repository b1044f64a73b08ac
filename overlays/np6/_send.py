"""The machinery of ``client.actions.send``: recipients, batches, one result per recipient, and the report.

Everything here is I/O-free, so the sync and async namespaces share it and only run the batches their own
way. The one rule that shapes it: a batch whose fate is unknown (timeout, dropped connection, 5xx after it
was sent) is reported ``unknown`` and is never sent again, because NP6 may already have mailed it.
"""

from __future__ import annotations

import datetime
import threading
from collections.abc import Iterator, Sequence
from typing import Literal, TypeAlias, cast
from uuid import UUID

from attrs import frozen
from np6_client.models import (
    ActionMailMessage,
    ActionSmsMessage,
    ExecutionEmailRequest,
    ExecutionError,
    ExecutionSmsRequest,
    ExecutionSuccess,
    RecipientByHash,
    RecipientById,
    RecipientByUnicity,
    RecipientFootprint,
    UnknownAction,
    UnknownExecutionResult,
)
from np6_client.types import Unset

from .errors import APIConnectionError, APIError, MalformedResponseError, NP6Error

Action: TypeAlias = ActionMailMessage | ActionSmsMessage | UnknownAction
Recipient: TypeAlias = RecipientById | RecipientByUnicity | RecipientByHash | RecipientFootprint
ExecutionRequest: TypeAlias = ExecutionEmailRequest | ExecutionSmsRequest
RecipientInput: TypeAlias = str | Recipient | ExecutionRequest
"""What ``send`` accepts per recipient: see :meth:`np6.Client.actions.send`."""
ExecutionResult: TypeAlias = ExecutionSuccess | ExecutionError | UnknownExecutionResult
Channel: TypeAlias = Literal["email", "sms"]
StringsAre: TypeAlias = Literal["unicity", "id", "hash"]
Status: TypeAlias = Literal["sent", "rejected", "unknown", "not_sent"]

SENDABLE_STATE = 50
MAX_BATCH_SIZE = 1000
"""NP6 documents no cap on `/executions`; we keep each request (and what one lost answer leaves unknown) bounded."""
DEFAULT_BATCH_SIZE = 100
DEFAULT_CONCURRENCY = 4
CLOCK_SKEW_MARGIN = datetime.timedelta(minutes=1)
"""How far before the local start time a reconciliation should look, in case NP6's clock is behind ours."""
_CHANNEL_OF_TYPE: dict[str, Channel] = {"mailMessage": "email", "smsMessage": "sms"}
_REQUEST_CLASS: dict[Channel, type[ExecutionEmailRequest] | type[ExecutionSmsRequest]] = {
    "email": ExecutionEmailRequest,
    "sms": ExecutionSmsRequest,
}


class ActionStateError(NP6Error):
    """The action's state forbids the operation (NP6 would answer a bare 409); nothing was sent or changed."""

    def __init__(self, action_id: str, state: int | None, message: str) -> None:
        self.action_id = action_id
        self.state = state
        super().__init__(message)


@frozen
class RecipientResult:
    """What happened to one recipient of a send.

    ``status`` is ``sent`` (``message_id`` is NP6's message id), ``rejected`` (NP6 refused this recipient;
    ``reason`` is NP6's, e.g. ``recipient not found``), ``unknown`` (the batch's answer was lost: NP6 may
    or may not have sent it; see :attr:`SendReport.reconcile`) or ``not_sent`` (certainly not sent: the
    send stopped before or at this batch; only in :attr:`SendError.report`).
    """

    index: int
    """Position in the recipients given to ``send``."""
    recipient: RecipientInput
    """The item as given to ``send``."""
    status: Status
    message_id: UUID | None = None
    reason: str | None = None


@frozen
class ReconcileHint:
    """How to learn the fate of ``unknown`` recipients: NP6 records an `execution` event per message it sent.

    Iterate ``client.events.iter_action_events(start=hint.since, action_id=hint.action_id,
    types={"execution"})`` once NP6's commit delay has passed, and match each event's
    ``source.detail.execution.recipient`` (a footprint: id, unicity, hash) against :attr:`recipients`.
    A recipient with no execution event after the send was not sent and can be sent again.
    """

    action_id: str
    since: datetime.datetime
    """The send's start minus a clock-skew margin."""
    recipients: tuple[RecipientInput, ...]

    def __str__(self) -> str:
        return (
            f"{len(self.recipients)} recipient(s) of action {self.action_id} have an unknown fate: look for their "
            f"execution events with client.events.iter_action_events(start={self.since.isoformat()!r}, "
            f"action_id={self.action_id!r}, types={{'execution'}}); do not resend them blindly"
        )


@frozen
class SendReport:
    """The outcome of ``client.actions.send``: one :class:`RecipientResult` per recipient, in input order."""

    action_id: str
    channel: Channel
    started_at: datetime.datetime
    """When the send started (UTC, timezone-aware)."""
    results: tuple[RecipientResult, ...]

    def _count(self, status: Status) -> int:
        return sum(result.status == status for result in self.results)

    @property
    def sent(self) -> int:
        """How many recipients NP6 accepted (each has a message id)."""
        return self._count("sent")

    @property
    def rejected(self) -> int:
        """How many recipients NP6 refused (e.g. ``recipient not found``)."""
        return self._count("rejected")

    @property
    def unknown(self) -> int:
        """How many recipients may or may not have been sent: never resent; see :attr:`reconcile`."""
        return self._count("unknown")

    @property
    def not_sent(self) -> int:
        """How many recipients were certainly not sent (only when the send stopped: :class:`SendError`)."""
        return self._count("not_sent")

    @property
    def message_ids(self) -> tuple[UUID, ...]:
        """The message ids of the sent recipients, in input order."""
        return tuple(result.message_id for result in self.results if result.message_id is not None)

    @property
    def reconcile(self) -> ReconcileHint | None:
        """How to find out what happened to the ``unknown`` recipients; None when there are none."""
        unknown = tuple(result.recipient for result in self.results if result.status == "unknown")
        if not unknown:
            return None
        return ReconcileHint(self.action_id, self.started_at - CLOCK_SKEW_MARGIN, unknown)

    def __str__(self) -> str:
        counts = f"{self.sent} sent, {self.rejected} rejected, {self.unknown} unknown"
        return f"send of action {self.action_id}: {counts}" + (f", {self.not_sent} not sent" if self.not_sent else "")


class SendError(NP6Error):
    """A send stopped early: NP6 refused a whole batch (e.g. 409: the action left state 50), or a batch failed oddly.

    ``report`` has a result for every recipient: what completed before the stop is kept, the refused and
    never-attempted batches are ``not_sent``, batches whose answer was lost are ``unknown``. The NP6 error
    is chained as ``__cause__``.
    """

    def __init__(self, message: str, report: SendReport) -> None:
        self.report = report
        super().__init__(f"{message} ({report})")


# -- input ------------------------------------------------------------------------------------------


def check_options(batch_size: int, concurrency: int) -> None:
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or not 1 <= batch_size <= MAX_BATCH_SIZE:
        raise ValueError(f"batch_size must be an int from 1 to {MAX_BATCH_SIZE}, got {batch_size!r}")
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be an int >= 1, got {concurrency!r}")


def _recipient_of(item: RecipientInput, strings_are: StringsAre, index: int) -> Recipient:
    if isinstance(item, str):
        if not item.strip():
            raise ValueError(f"recipient {index} is an empty string")
        if strings_are == "id":
            return RecipientById(type_="id", value=item)
        if strings_are == "hash":
            return RecipientByHash(type_="hash", value=item)
        return RecipientByUnicity(type_="unicity", value=[item])  # NP6 answers 400 to a bare string
    if isinstance(item, (ExecutionEmailRequest, ExecutionSmsRequest)):
        return _recipient_of(item.recipient, strings_are, index)
    if isinstance(item, RecipientByUnicity):
        values = item.value
        if not isinstance(values, list) or not values or not all(isinstance(value, str) for value in values):
            raise ValueError(
                f"recipient {index}: a unicity value must be a non-empty list of strings "
                f"(NP6 answers 400 otherwise), got {values!r}"
            )
        return item
    if isinstance(item, (RecipientById, RecipientByHash)):
        if not isinstance(item.value, str) or not item.value:
            raise ValueError(
                f"recipient {index}: the {item.type_} value must be a non-empty string, got {item.value!r}"
            )
        return item
    if isinstance(item, RecipientFootprint):
        return item
    raise ValueError(
        f"recipient {index} is a {type(item).__name__}: give a unicity string, a Recipient model "
        "(RecipientById, RecipientByUnicity, RecipientByHash, RecipientFootprint) or an Execution*Request"
    )


def _identity(recipient: Recipient) -> tuple[str, ...]:
    """What makes two recipients the same, for the duplicate check."""
    if isinstance(recipient, RecipientByUnicity):
        return ("unicity", *recipient.value)
    if isinstance(recipient, RecipientFootprint):
        parts = (recipient.id, recipient.unicity, recipient.hash_)
        return ("footprint", *(part if isinstance(part, str) else "" for part in parts))
    return (recipient.type_, recipient.value)


def parse_recipients(recipients: Sequence[RecipientInput], strings_are: StringsAre) -> list[Recipient]:
    """The recipient of each item, in order; ValueError on empty input, a malformed item or a duplicate."""
    if isinstance(recipients, (str, bytes)):
        raise ValueError("recipients must be a sequence of recipients, not a single string")
    if not isinstance(recipients, Sequence):  # a dict or a set would be iterated, then indexed wrongly
        raise TypeError(f"recipients must be a sequence (a list or tuple), got {type(recipients).__name__}")
    if strings_are not in ("unicity", "id", "hash"):
        raise ValueError(f"strings_are must be 'unicity', 'id' or 'hash', got {strings_are!r}")
    if not recipients:
        raise ValueError("no recipients: give at least one")
    first_seen: dict[tuple[str, ...], int] = {}
    parsed: list[Recipient] = []
    for index, item in enumerate(recipients):
        recipient = _recipient_of(item, strings_are, index)
        identity = _identity(recipient)
        if identity in first_seen:
            raise ValueError(
                f"recipient {index} ({item!r}) repeats recipient {first_seen[identity]}: it would get one message "
                "per occurrence; remove the duplicates"
            )
        first_seen[identity] = index
        parsed.append(recipient)
    return parsed


def build_requests(
    recipients: Sequence[RecipientInput], parsed: list[Recipient], channel: Channel
) -> list[ExecutionRequest]:
    """One execution request per recipient, of the channel's class (its media type follows from the class)."""
    request_class = _REQUEST_CLASS[channel]
    requests: list[ExecutionRequest] = []
    for index, (item, recipient) in enumerate(zip(recipients, parsed, strict=True)):
        if isinstance(item, (ExecutionEmailRequest, ExecutionSmsRequest)):
            if not isinstance(item, request_class):
                raise ValueError(f"recipient {index} is a {type(item).__name__}, but this is an {channel} send")
            requests.append(item)
        else:
            requests.append(request_class(recipient=recipient))
    return requests


def state_of(action: Action) -> int | None:
    informations = action.informations
    if isinstance(informations, Unset) or informations.state is None or isinstance(informations.state, Unset):
        return None
    return int(informations.state)


def sendable_channel(action_id: str, action: Action, channel: Channel | None) -> Channel:
    """The channel to send on, after checking the action is in state 50 (NP6 would answer a bare 409)."""
    state = state_of(action)
    if state != SENDABLE_STATE:
        raise ActionStateError(
            action_id,
            state,
            f"action {action_id} is in state {state}, but NP6 sends only actions validated for production "
            f"(state 50): call client.actions.validate({action_id!r}, test_segments=[...]) first",
        )
    natural = _CHANNEL_OF_TYPE.get(action.type_)
    if channel is not None and channel not in _REQUEST_CLASS:
        raise ValueError(f"channel must be 'email' or 'sms', got {channel!r}")
    if channel is not None and natural is not None and channel != natural:
        raise ValueError(f"action {action_id} is a {action.type_}: it is sent by {natural}, not {channel}")
    chosen = channel or natural
    if chosen is None:
        raise ValueError(f"action {action_id} has type {action.type_!r}: say channel='email' or channel='sms'")
    return chosen


# -- running ----------------------------------------------------------------------------------------


@frozen
class Batch:
    start: int
    requests: list[ExecutionRequest]

    def body(self) -> list[ExecutionEmailRequest] | list[ExecutionSmsRequest]:
        """The requests as the generated operation types them (one channel per send, so all of one class)."""
        return cast("list[ExecutionEmailRequest] | list[ExecutionSmsRequest]", self.requests)


class SendPlan:
    """The shared state of one send: the batches still to run, and one result slot per recipient.

    Workers (threads or tasks) call :meth:`next_batch` then :meth:`record_answer` or :meth:`record_failure`;
    a batch NP6 refused as a whole stops the plan, so no new batch starts after it.
    """

    def __init__(
        self,
        action_id: str,
        channel: Channel,
        *,
        recipients: Sequence[RecipientInput],
        requests: list[ExecutionRequest],
        batch_size: int,
        started_at: datetime.datetime,
    ) -> None:
        self.action_id = action_id
        self.channel = channel
        self.started_at = started_at
        self._recipients = recipients
        self._results: list[RecipientResult | None] = [None] * len(requests)
        self._batches: Iterator[Batch] = (
            Batch(start, requests[start : start + batch_size]) for start in range(0, len(requests), batch_size)
        )
        self._lock = threading.Lock()
        self.stopped_by: BaseException | None = None

    def next_batch(self) -> Batch | None:
        with self._lock:
            if self.stopped_by is not None:
                return None
            return next(self._batches, None)

    def record_answer(self, batch: Batch, answer: Sequence[ExecutionResult]) -> None:
        for offset in range(len(batch.requests)):
            result = answer[offset] if offset < len(answer) else None
            self._set(batch.start + offset, *_interpret(result))

    def record_failure(self, batch: Batch, error: BaseException) -> None:
        """Classify a failed batch: refused as a whole (stop the send) or fate unknown (carry on)."""
        # An unreadable answer (MalformedResponseError, often a 200) means NP6 may well have sent the batch.
        refused = (
            isinstance(error, APIError) and error.status_code < 500 and not isinstance(error, MalformedResponseError)
        ) or (isinstance(error, APIConnectionError) and not error.sent)
        reason = f"{type(error).__name__}: {error}"
        for offset in range(len(batch.requests)):
            self._set(batch.start + offset, "not_sent" if refused else "unknown", reason=reason)
        # 5xx and lost answers concern this batch only; anything else (a refusal, a bug) stops the send.
        if refused or not isinstance(error, (APIError, APIConnectionError)):
            with self._lock:
                if self.stopped_by is None:
                    self.stopped_by = error

    def _set(self, index: int, status: Status, message_id: UUID | None = None, reason: str | None = None) -> None:
        self._results[index] = RecipientResult(index, self._recipients[index], status, message_id, reason)

    def report(self) -> SendReport:
        results = tuple(
            result or RecipientResult(index, self._recipients[index], "not_sent", reason="the send stopped before it")
            for index, result in enumerate(self._results)
        )
        return SendReport(self.action_id, self.channel, self.started_at, results)

    def finish(self) -> SendReport:
        """The report, or SendError carrying it when a batch stopped the send."""
        report = self.report()
        if self.stopped_by is not None:
            raise SendError(f"the send of action {self.action_id} stopped", report) from self.stopped_by
        return report


def _interpret(result: ExecutionResult | None) -> tuple[Status, UUID | None, str | None]:
    if isinstance(result, ExecutionSuccess):
        return "sent", None if isinstance(result.id, Unset) else result.id, None
    if isinstance(result, ExecutionError):
        kind = None if isinstance(result.value, Unset) else result.value.type_
        return "rejected", None, kind if isinstance(kind, str) else "error (NP6 gave no reason)"
    if result is None:
        return "unknown", None, "NP6 answered fewer results than messages"
    return "unknown", None, f"unrecognised execution result type {result.type_!r}"


def utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)
