"""The machinery of ``client.actions.send``: recipients, batches, one result per recipient, and the report.

Everything here is I/O-free, so the sync and async namespaces share it and only run the batches their own
way. The one rule that shapes it: a batch whose fate is unknown (timeout, dropped connection, 5xx after it
was sent) is reported ``unknown`` and is never sent again, because NP6 may already have mailed it.

Memory stays flat in the number of recipients: every item is checked (and duplicates found) up front, but
only a set of references to the caller's own values is kept for that, and only while checking; execution
requests are built one batch at a time, when a worker takes the batch; and results are kept in 17 bytes
per recipient (:class:`_ResultStore`), read back as :class:`RecipientResult` objects only when asked for.
The report references the caller's recipients sequence rather than copying it.
"""

from __future__ import annotations

import datetime
import operator
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cache
from typing import Any, Literal, TypeAlias, cast, overload
from uuid import UUID

from attrs import frozen
from np6_client.models import (
    ExecutionEmailRequest,
    ExecutionError,
    ExecutionSmsRequest,
    ExecutionSuccess,
    RecipientByHash,
    RecipientById,
    RecipientByUnicity,
    RecipientFootprint,
)
from np6_client.types import Unset, checked_value

from ..errors import (
    ActionStateError,
    APIConnectionError,
    APIError,
    MalformedResponseError,
    SendError,
    SendInterrupted,
)
from ..spec import action_states, channels, schema
from ..types import Action, ExecutionResult, Recipient

ExecutionRequest: TypeAlias = ExecutionEmailRequest | ExecutionSmsRequest
RecipientInput: TypeAlias = str | Recipient | ExecutionRequest | Mapping[str, Any]
"""What ``send`` accepts per recipient: see :meth:`np6.Client.actions.send`. A mapping is the JSON of a
``Recipient`` (``{"type": "id", "value": "0013KDC8"}``) or of an execution request (``{"recipient": {...},
"data": {...}}``), checked against the spec."""
Channel: TypeAlias = Literal["email", "sms"]
StringsAre: TypeAlias = Literal["unicity", "id", "hash"]
Status: TypeAlias = Literal["sent", "rejected", "unknown", "not_sent"]

MAX_BATCH_SIZE = 1000
"""NP6 documents no cap on `/executions`; we keep each request (and what one lost answer leaves unknown) bounded."""
DEFAULT_BATCH_SIZE = 100
DEFAULT_CONCURRENCY = 4
MAX_CONCURRENCY = 32
"""More batches in flight only queue behind NP6's rate limit, and leave more of them unknown when a send is
interrupted."""
CLOCK_SKEW_MARGIN = datetime.timedelta(minutes=1)
"""How far before the local start time a reconciliation should look, in case NP6's clock is behind ours."""
_REQUEST_CLASS: dict[Channel, type[ExecutionEmailRequest] | type[ExecutionSmsRequest]] = {
    "email": ExecutionEmailRequest,
    "sms": ExecutionSmsRequest,
}


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


# -- the compact result store -----------------------------------------------------------------------

# One code byte per recipient. PENDING is what no batch reached: not sent, because the send stopped first.
_PENDING, _SENT, _SENT_WITHOUT_ID, _REJECTED, _UNKNOWN, _NOT_SENT = range(6)
_STATUS_OF_CODE: tuple[Status, ...] = ("not_sent", "sent", "sent", "rejected", "unknown", "not_sent")
_CODES_OF_STATUS: dict[Status, tuple[int, ...]] = {
    "sent": (_SENT, _SENT_WITHOUT_ID),
    "rejected": (_REJECTED,),
    "unknown": (_UNKNOWN,),
    "not_sent": (_PENDING, _NOT_SENT),
}
_SLOT = 16
"""Bytes per recipient besides its code: a message id (a UUID's 16 bytes) or the number of a reason."""
_STOPPED_BEFORE_IT = "the send stopped before it"


class _ResultStore:
    """One send's results in 17 bytes per recipient: a code byte and a 16-byte slot.

    A ``sent`` recipient's slot holds its message id (``UUID.bytes``); a rejected, unknown or not-sent
    recipient's slot holds the number (little-endian) of its reason in a table of distinct reasons: NP6's
    rejection reasons repeat, and a failed batch's reason is stored once for the whole batch. The recipients
    are the caller's own sequence, referenced, not copied.

    :class:`SendPlan` writes it (under its lock) while the send runs, then seals it: from then on it is
    read-only, and the per-status counts are computed once.
    """

    __slots__ = ("_codes", "_counts", "_reason_numbers", "_reasons", "_slots", "recipients")

    def __init__(self, recipients: Sequence[RecipientInput], count: int) -> None:
        self.recipients = recipients
        self._codes = bytearray(count)
        self._slots = bytearray(count * _SLOT)
        self._reasons: list[str] = []
        self._reason_numbers: dict[str, int] = {}
        self._counts: dict[Status, int] | None = None

    def __len__(self) -> int:
        return len(self._codes)

    # writing (the plan's lock held)

    def reason_slot(self, reason: str) -> bytes:
        """The slot naming ``reason``, adding it to the table when new."""
        self.check_open()
        number = self._reason_numbers.get(reason)
        if number is None:
            number = self._reason_numbers[reason] = len(self._reasons)
            self._reasons.append(reason)
        return number.to_bytes(_SLOT, "little")

    def write(self, start: int, codes: bytes | bytearray, slots: bytes | bytearray) -> None:
        """Record the results of the recipients from ``start`` on (one code and one slot each)."""
        self.check_open()
        if len(slots) != len(codes) * _SLOT or start + len(codes) > len(self._codes):
            raise ValueError("result codes and slots do not match the recipients")
        self._codes[start : start + len(codes)] = codes
        self._slots[start * _SLOT : (start + len(codes)) * _SLOT] = slots

    def seal(self) -> None:
        if self._counts is None:
            self._counts = {
                status: sum(self._codes.count(code) for code in codes) for status, codes in _CODES_OF_STATUS.items()
            }

    def check_open(self) -> None:
        if self._counts is not None:
            raise RuntimeError("the send is over: its results can no longer change")

    # reading

    def code(self, index: int) -> int:
        return self._codes[index]

    def count(self, status: Status) -> int:
        if self._counts is not None:
            return self._counts[status]
        return sum(self._codes.count(code) for code in _CODES_OF_STATUS[status])

    def message_id(self, index: int) -> UUID:
        return UUID(bytes=bytes(self._slots[index * _SLOT : (index + 1) * _SLOT]))

    def result(self, index: int) -> RecipientResult:
        code = self._codes[index]
        recipient = self.recipients[index]
        if code == _SENT:
            return RecipientResult(index, recipient, "sent", self.message_id(index))
        if code == _SENT_WITHOUT_ID:
            return RecipientResult(index, recipient, "sent")
        if code == _PENDING:
            return RecipientResult(index, recipient, "not_sent", reason=_STOPPED_BEFORE_IT)
        number = int.from_bytes(self._slots[index * _SLOT : (index + 1) * _SLOT], "little")
        return RecipientResult(index, recipient, _STATUS_OF_CODE[code], reason=self._reasons[number])


class SendResults(Sequence[RecipientResult]):
    """The results of a send, one per recipient in input order: an immutable sequence, like a tuple.

    Each :class:`RecipientResult` is built when read (indexing, iterating), from 17 bytes kept per
    recipient and the caller's own recipients sequence (referenced, not copied: do not change it while you
    still read the report). Slices are views of the same results; ``results[i].index`` stays the position
    in the input. Equal to another ``SendResults`` or a tuple with equal results in the same order.
    """

    __slots__ = ("_indices", "_store")

    def __init__(self, store: _ResultStore, indices: range | None = None) -> None:
        self._store = store
        self._indices = range(len(store)) if indices is None else indices

    def __len__(self) -> int:
        return len(self._indices)

    @overload
    def __getitem__(self, index: int) -> RecipientResult: ...
    @overload
    def __getitem__(self, index: slice) -> SendResults: ...
    def __getitem__(self, index: int | slice) -> RecipientResult | SendResults:
        if isinstance(index, slice):
            return SendResults(self._store, self._indices[index])
        return self._store.result(self._indices[operator.index(index)])

    def __iter__(self) -> Iterator[RecipientResult]:
        return map(self._store.result, self._indices)

    def __reversed__(self) -> Iterator[RecipientResult]:
        return map(self._store.result, reversed(self._indices))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SendResults):
            if other._store is self._store and other._indices == self._indices:
                return True
        elif not isinstance(other, tuple):
            return NotImplemented
        return len(self) == len(other) and all(map(operator.eq, self, other))

    def __hash__(self) -> int:
        return hash(tuple(self))  # as the equal tuple's

    def __repr__(self) -> str:
        counts = ", ".join(f"{self.count_status(status)} {status}" for status in _CODES_OF_STATUS)
        return f"SendResults({len(self)} results: {counts})"

    def _whole(self) -> bool:
        return self._indices == range(len(self._store))

    def count_status(self, status: Status) -> int:
        """How many of these results have ``status`` (counted once per send for the whole report)."""
        if self._whole():
            return self._store.count(status)
        return sum(1 for _ in self._indices_of(status))

    def _indices_of(self, status: Status) -> Iterator[int]:
        codes, code = _CODES_OF_STATUS[status], self._store.code
        return (index for index in self._indices if code(index) in codes)

    def message_ids(self) -> tuple[UUID, ...]:
        """The message ids of the sent recipients, in order."""
        code, message_id = self._store.code, self._store.message_id
        return tuple(message_id(index) for index in self._indices if code(index) == _SENT)

    def recipients_with(self, status: Status) -> tuple[RecipientInput, ...]:
        """The recipients (as given to ``send``) whose result has ``status``, in order."""
        recipients = self._store.recipients
        return tuple(recipients[index] for index in self._indices_of(status))


@frozen
class SendReport:
    """The outcome of ``client.actions.send``: one :class:`RecipientResult` per recipient, in input order."""

    action_id: str
    channel: Channel
    started_at: datetime.datetime
    """When the send started (UTC, timezone-aware)."""
    results: Sequence[RecipientResult]
    """One result per recipient, in input order: an immutable sequence (:class:`SendResults` from ``send``)."""

    def _count(self, status: Status) -> int:
        if isinstance(self.results, SendResults):
            return self.results.count_status(status)
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
        if isinstance(self.results, SendResults):
            return self.results.message_ids()
        return tuple(result.message_id for result in self.results if result.message_id is not None)

    @property
    def reconcile(self) -> ReconcileHint | None:
        """How to find out what happened to the ``unknown`` recipients; None when there are none."""
        if not self.unknown:
            return None
        if isinstance(self.results, SendResults):
            unknown = self.results.recipients_with("unknown")
        else:
            unknown = tuple(result.recipient for result in self.results if result.status == "unknown")
        return ReconcileHint(self.action_id, self.started_at - CLOCK_SKEW_MARGIN, unknown)

    def __str__(self) -> str:
        counts = f"{self.sent} sent, {self.rejected} rejected, {self.unknown} unknown"
        return f"send of action {self.action_id}: {counts}" + (f", {self.not_sent} not sent" if self.not_sent else "")


# -- input ------------------------------------------------------------------------------------------


def check_options(batch_size: int, concurrency: int) -> None:
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or not 1 <= batch_size <= MAX_BATCH_SIZE:
        raise ValueError(f"batch_size must be an int from 1 to {MAX_BATCH_SIZE}, got {batch_size!r}")
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or not 1 <= concurrency <= MAX_CONCURRENCY:
        raise ValueError(f"concurrency must be an int from 1 to {MAX_CONCURRENCY}, got {concurrency!r}")


Identity: TypeAlias = tuple[str, str | tuple[str, ...]]
"""What designates a contact, for the duplicate check: a kind (id, unicity, hash) and the caller's own value(s)."""


def _identities_of(item: object, strings_are: StringsAre, index: int) -> tuple[Identity, ...]:
    """Check one item (ValueError if malformed) and return its identities, built from references to its values.

    Two items are the same recipient when they share an identity: a string and the ``RecipientByUnicity`` (or
    ``RecipientById`` with ``strings_are="id"``, ...) of the same value are, and so is a ``RecipientFootprint``
    with any recipient of its id, its unicity or its hash (a footprint has one identity per part it gives).
    """
    if isinstance(item, str):
        if not item or item.isspace():
            raise ValueError(f"recipient {index} is an empty string")
        return ((strings_are, item),)  # a unicity string is sent as a one-value list: NP6 answers 400 to a bare one
    if isinstance(item, (ExecutionEmailRequest, ExecutionSmsRequest)):
        return _identities_of(item.recipient, strings_are, index)
    if isinstance(item, Mapping):
        return _identities_of(_fitting(item, index)[0], strings_are, index)
    if isinstance(item, RecipientByUnicity):
        values = item.value
        if not isinstance(values, list) or not values or not all(isinstance(value, str) for value in values):
            raise ValueError(
                f"recipient {index}: a unicity value must be a non-empty list of strings "
                f"(NP6 answers 400 otherwise), got {values!r}"
            )
        # One value is the string itself (what a plain unicity string gives); several are a tuple, never equal to it.
        return (("unicity", values[0] if len(values) == 1 else tuple(values)),)
    if isinstance(item, (RecipientById, RecipientByHash)):
        if not isinstance(item.value, str) or not item.value:
            raise ValueError(
                f"recipient {index}: the {item.type_} value must be a non-empty string, got {item.value!r}"
            )
        return ((item.type_, item.value),)
    if isinstance(item, RecipientFootprint):
        parts = (("id", item.id), ("unicity", item.unicity), ("hash", item.hash_))
        given = tuple((kind, value) for kind, value in parts if not isinstance(value, Unset))
        if not given or not all(isinstance(value, str) and value and not value.isspace() for _, value in given):
            raise ValueError(
                f"recipient {index}: a footprint needs at least one of id, unicity and hash, each a non-empty "
                f"string (NP6 cannot tell whom to send an empty one to), got {item!r}"
            )
        return cast("tuple[Identity, ...]", given)
    raise ValueError(
        f"recipient {index} is a {type(item).__name__}: give a unicity string, a Recipient model "
        "(RecipientById, RecipientByUnicity, RecipientByHash, RecipientFootprint), an Execution*Request, "
        "or the dict of one"
    )


# -- recipients given as dicts: checked against the spec, then read as the model they stand for --------

_OPERATION = "actions.send"


@cache
def _recipient_keys() -> frozenset[str]:
    """The keys of the ``Recipient`` variants (``type``, ``value``, ``id``...)."""
    variants = (variant["$ref"].rsplit("/", 1)[1] for variant in schema("Recipient")["oneOf"])
    return frozenset(key for name in variants for key in schema(name)["properties"])


@cache
def _request_keys() -> frozenset[str]:
    """The keys only an execution request has (``recipient``, ``data``...)."""
    # A model class is named like its component schema.
    keys = {key for request_class in _REQUEST_CLASS.values() for key in schema(request_class.__name__)["properties"]}
    return frozenset(keys - _recipient_keys())


def _is_request_dict(item: Mapping[str, Any], index: int) -> bool:
    """Whether a dict is an execution request (True) or a recipient (False), by its keys; TypeError when it
    has neither's keys."""
    if "recipient" in item:
        return True
    if "type" in item:
        return False
    if not _request_keys().isdisjoint(item):
        return True  # an execution request without its recipient: the check says so
    if not _recipient_keys().isdisjoint(item):
        return False  # a recipient without its type: the check says so
    tags = ", ".join(map(repr, schema("Recipient")["discriminator"]["mapping"]))
    keys = ", ".join(map(repr, item)) if item else "none"
    raise TypeError(
        f"{_OPERATION}: recipients[{index}] is neither a recipient (a dict with a 'type': {tags}) nor an "
        f"execution request (a dict with a 'recipient'); its keys: {keys}"
    )


def _request_of_dict(
    item: Mapping[str, Any], index: int, request_class: type[ExecutionEmailRequest] | type[ExecutionSmsRequest]
) -> ExecutionRequest:
    """The execution request of ``request_class`` a dict stands for, once checked against its schema (that of
    ``Recipient`` for a recipient); TypeError or ValueError naming the operation, the item and the field."""
    is_request = _is_request_dict(item, index)
    name = request_class.__name__ if is_request else "Recipient"
    try:
        checked = checked_value(item, {"$ref": f"#/components/schemas/{name}"}, f"recipients[{index}]")
    except (TypeError, ValueError) as error:
        raise type(error)(f"{_OPERATION}: {error}") from None
    return request_class.from_dict(checked if is_request else {"recipient": checked})


def _fitting(
    item: Mapping[str, Any], index: int
) -> tuple[ExecutionRequest, tuple[type[ExecutionEmailRequest] | type[ExecutionSmsRequest], ...]]:
    """A dict's execution request, and the channels' request classes it fits (a recipient fits them all; an
    execution request with, say, a ``subject`` only the email one); when it fits none, the email class's error."""
    classes = tuple(_REQUEST_CLASS.values())
    if not _is_request_dict(item, index):
        return _request_of_dict(item, index, classes[0]), classes
    built: list[tuple[type[ExecutionEmailRequest] | type[ExecutionSmsRequest], ExecutionRequest]] = []
    errors: list[Exception] = []
    for request_class in classes:
        try:
            built.append((request_class, _request_of_dict(item, index, request_class)))
        except (TypeError, ValueError) as error:
            errors.append(error)
    if not built:
        raise errors[0]
    return built[0][1], tuple(request_class for request_class, _ in built)


@frozen
class CheckedRecipients:
    """The caller's recipients, every item checked: no models kept, only what building batches later needs."""

    items: Sequence[RecipientInput]
    strings_are: StringsAre
    count: int
    first_request: Mapping[type[ExecutionRequest], int]
    """The first position of each Execution*Request class among the items (to check the channel); a dict that
    fits one channel's request only counts as that class."""

    def check_channel(self, channel: Channel) -> None:
        """ValueError if an Execution*Request item is of the other channel's class, TypeError or ValueError if
        a dict does not fit this channel's request."""
        request_class = _REQUEST_CLASS[channel]
        wrong = [(index, kind) for kind, index in self.first_request.items() if not issubclass(kind, request_class)]
        if wrong:
            index, kind = min(wrong, key=lambda pair: pair[0])
            item = self.items[index]
            if isinstance(item, Mapping):
                try:
                    _request_of_dict(item, index, request_class)
                except (TypeError, ValueError) as error:
                    raise type(error)(f"{error}, for an {channel} send ({request_class.__name__})") from None
            raise ValueError(f"recipient {index} is a {kind.__name__}, but this is an {channel} send")


def check_recipients(recipients: Sequence[RecipientInput], strings_are: StringsAre) -> CheckedRecipients:
    """Check every item, in order: ValueError on empty input, a malformed item or a duplicate.

    Only a set of references to the items' own values is held, and only while checking (no model is kept: a
    dict's is built to check it, then dropped).
    """
    if isinstance(recipients, (str, bytes)):
        raise ValueError("recipients must be a sequence of recipients, not a single string")
    if not isinstance(recipients, Sequence):  # a dict or a set would be iterated, then indexed wrongly
        raise TypeError(f"recipients must be a sequence (a list or tuple), got {type(recipients).__name__}")
    if strings_are not in ("unicity", "id", "hash"):
        raise ValueError(f"strings_are must be 'unicity', 'id' or 'hash', got {strings_are!r}")
    count = len(recipients)
    if not count:
        raise ValueError("no recipients: give at least one")
    seen: dict[str, set[str | tuple[str, ...]]] = {}
    first_request: dict[type[ExecutionRequest], int] = {}
    for index in range(count):
        item = recipients[index]
        if not isinstance(item, str) and isinstance(item, Mapping):  # str first: the common case, a cheaper check
            request, fits = _fitting(item, index)
            identities = _identities_of(request, strings_are, index)
            if len(fits) == 1:
                first_request.setdefault(fits[0], index)
        else:
            identities = _identities_of(item, strings_are, index)
            if isinstance(item, (ExecutionEmailRequest, ExecutionSmsRequest)):
                first_request.setdefault(type(item), index)
        for kind, value in identities:
            values = seen.get(kind)
            if values is None:
                values = seen[kind] = set()
            elif value in values:
                first = _first_with(recipients, strings_are, (kind, value))
                raise ValueError(
                    f"recipient {index} ({item!r}) repeats recipient {first} (the same {kind} {value!r}): it would "
                    "get one message per occurrence; remove the duplicates"
                )
            values.add(value)
    return CheckedRecipients(recipients, strings_are, count, first_request)


def _first_with(recipients: Sequence[RecipientInput], strings_are: StringsAre, identity: Identity) -> int:
    """The position of the first item with this identity (only looked for when there is a duplicate)."""
    return next(index for index, item in enumerate(recipients) if identity in _identities_of(item, strings_are, index))


def _request_of(
    item: RecipientInput,
    index: int,
    strings_are: StringsAre,
    request_class: type[ExecutionEmailRequest] | type[ExecutionSmsRequest],
) -> ExecutionRequest:
    """The execution request of a checked item, of the channel's class (its media type follows from the class)."""
    if not isinstance(item, str) and isinstance(item, Mapping):  # str first: the common case, a cheaper check
        return _request_of_dict(item, index, request_class)
    if isinstance(item, (ExecutionEmailRequest, ExecutionSmsRequest)):
        if not isinstance(item, request_class):  # checked up front: only if the input changed since
            raise ValueError(f"a {type(item).__name__} in a send by {request_class.__name__}")
        return item
    recipient: Recipient
    if isinstance(item, str):
        if strings_are == "id":
            recipient = RecipientById(type_="id", value=item)
        elif strings_are == "hash":
            recipient = RecipientByHash(type_="hash", value=item)
        else:
            recipient = RecipientByUnicity(type_="unicity", value=[item])  # NP6 answers 400 to a bare string
    elif isinstance(item, (RecipientById, RecipientByUnicity, RecipientByHash, RecipientFootprint)):
        recipient = item
    else:  # checked up front: only if the input changed since
        raise ValueError(f"a {type(item).__name__} is not a recipient")
    return request_class(recipient=recipient)


def state_of(action: Action) -> int | None:
    state = action.informations.state
    return None if state is None else int(state)


def sendable_channel(action_id: str, action: Action, channel: Channel | None) -> Channel:
    """The channel to send on, after checking the action is in state 50 (NP6 would answer a bare 409)."""
    state = state_of(action)
    validated = action_states().validated
    if state != validated:
        raise ActionStateError(
            action_id,
            state,
            f"action {action_id} is in state {state}, but NP6 sends only actions validated for production "
            f"(state {validated}): call client.actions.validate({action_id!r}, test_segments=[...]) first",
        )
    known = channels().get(action.type_)
    natural = cast("Channel | None", known.name if known is not None else None)
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
    """The shared state of one send: the batches still to run, and one result per recipient.

    Workers (threads or tasks) call :meth:`next_batch` then :meth:`record_answer` or :meth:`record_failure`;
    a batch NP6 refused as a whole stops the plan, and so does :meth:`stop` (an interrupt, a cancellation, a
    failing callback): no new batch starts after it. A batch's requests are built when it is taken, so at
    most ``concurrency`` batches of request models exist at a time. The plan knows which batches are in
    flight, so that a send that cannot wait for them (:meth:`give_up_in_flight`) reports them ``unknown``.
    """

    def __init__(
        self,
        action_id: str,
        channel: Channel,
        recipients: CheckedRecipients,
        *,
        batch_size: int,
        started_at: datetime.datetime,
    ) -> None:
        recipients.check_channel(channel)  # an input error: before any request is sent
        self.action_id = action_id
        self.channel = channel
        self.started_at = started_at
        self._recipients = recipients
        self._request_class = _REQUEST_CLASS[channel]
        self._batch_size = batch_size
        self._starts = iter(range(0, recipients.count, batch_size))
        self._store = _ResultStore(recipients.items, recipients.count)
        self._lock = threading.Lock()
        self._in_flight: dict[int, int] = {}
        """Start -> size of each batch taken and not yet recorded."""
        self.stopped_by: BaseException | None = None
        self._stopped_because = ""

    @property
    def batch_count(self) -> int:
        return -(-self._recipients.count // self._batch_size)

    @property
    def in_flight(self) -> int:
        """How many batches were taken and have no result yet."""
        with self._lock:
            return len(self._in_flight)

    def workers(self, concurrency: int) -> int:
        """How many workers to run: no more than there are batches."""
        return min(concurrency, self.batch_count)

    def next_batch(self) -> Batch | None:
        """The next batch to send, its requests built now; None when none is left or the send stopped."""
        with self._lock:
            if self.stopped_by is not None:
                return None
            start = next(self._starts, None)
            if start is None:
                return None
            stop = min(start + self._batch_size, self._recipients.count)
            self._in_flight[start] = stop - start
        items, strings_are = self._recipients.items, self._recipients.strings_are
        try:
            requests = [
                _request_of(items[index], index, strings_are, self._request_class) for index in range(start, stop)
            ]
        except Exception as error:  # only if the recipients changed since they were checked: stop, send nothing more
            self._record_batch(start, _NOT_SENT, f"the recipients changed during the send: {error}")
            self.stop(error, "the recipients changed during the send")
            return None
        return Batch(start, requests)

    def record_answer(self, batch: Batch, answer: Sequence[ExecutionResult]) -> None:
        size = len(batch.requests)
        codes = bytearray(size)
        slots = bytearray(size * _SLOT)
        with self._lock:
            if self._in_flight.pop(batch.start, None) is None:  # given up on (unknown), or recorded already
                self._store.check_open()  # once reported, results never change
                return
            for offset in range(size):
                code, message_id, reason = _interpret(answer[offset] if offset < len(answer) else None)
                codes[offset] = code
                if message_id is not None:
                    slots[offset * _SLOT : (offset + 1) * _SLOT] = message_id.bytes
                elif reason is not None:
                    slots[offset * _SLOT : (offset + 1) * _SLOT] = self._store.reason_slot(reason)
            self._store.write(batch.start, codes, slots)

    def record_failure(self, batch: Batch, error: BaseException) -> None:
        """Classify a failed batch: refused as a whole (stop the send) or fate unknown (carry on)."""
        # An unreadable answer (MalformedResponseError, often a 200) means NP6 may well have sent the batch.
        refused = (
            isinstance(error, APIError) and error.status_code < 500 and not isinstance(error, MalformedResponseError)
        ) or (isinstance(error, APIConnectionError) and not error.sent)
        self._record_batch(batch.start, _NOT_SENT if refused else _UNKNOWN, f"{type(error).__name__}: {error}")
        # 5xx and lost answers concern this batch only; anything else (a refusal, a bug) stops the send.
        if refused:
            self.stop(error, f"NP6 refused a whole batch ({type(error).__name__})")
        elif not isinstance(error, (APIError, APIConnectionError)):
            self.stop(error, f"a batch failed unexpectedly ({type(error).__name__}: {error})")

    def _record_batch(self, start: int, code: int, reason: str) -> None:
        """One outcome for a whole batch in flight: its reason is stored once."""
        with self._lock:
            size = self._in_flight.pop(start, None)
            if size is None:  # given up on (unknown), or recorded already
                self._store.check_open()  # once reported, results never change
                return
            self._store.write(start, bytes((code,)) * size, self._store.reason_slot(reason) * size)

    def stop(self, error: BaseException, because: str, *, interrupt: bool = False) -> None:
        """Start no new batch. The first stop is the one the send reports (``because`` says what happened),
        unless a later one is an ``interrupt`` (Ctrl-C, a cancellation), which must propagate as itself."""
        with self._lock:
            if self.stopped_by is None or interrupt:
                self.stopped_by, self._stopped_because = error, because

    def give_up_in_flight(self, reason: str) -> None:
        """Record every batch still in flight as ``unknown`` (NP6 may have it), ignoring its answer if it comes."""
        with self._lock:
            self._give_up_in_flight(reason)

    def _give_up_in_flight(self, reason: str) -> None:
        for start, size in self._in_flight.items():
            self._store.write(start, bytes((_UNKNOWN,)) * size, self._store.reason_slot(reason) * size)
        self._in_flight.clear()

    def report(self) -> SendReport:
        """The report, once every worker is done or given up on: the results are sealed. A batch taken and
        never recorded (its worker died) is ``unknown``: never ``not_sent``, since its request may have gone."""
        with self._lock:
            self._give_up_in_flight("no outcome was recorded for this batch: NP6 may have sent it")
            self._store.seal()
        return SendReport(self.action_id, self.channel, self.started_at, SendResults(self._store))

    def finish(self, on_report: Callable[[SendReport], object] | None = None) -> SendReport:
        """The report, handed to ``on_report`` first; or, when the send was stopped, the matching exception.

        A refusal, a failing callback or a bug raises :class:`SendError`, a ``KeyboardInterrupt``
        :class:`SendInterrupted`, both carrying the report, with what stopped the send as ``__cause__``. Any
        other ``BaseException`` (a cancellation, ``SystemExit``) is raised again as it is, the report's
        summary added to its notes: ``on_report`` is then the way to the report.
        """
        report = self.report()
        if on_report is not None:
            try:
                on_report(report)
            except Exception as error:
                if self.stopped_by is not None:  # what stopped the send comes first; this one is noted on it
                    self.stopped_by.add_note(f"np6: on_report raised {type(error).__name__}: {error}")
                self.stop(error, f"on_report raised {type(error).__name__}: {error}")
        stopped_by = self.stopped_by
        if stopped_by is None:
            return report
        message = f"the send of action {self.action_id} stopped: {self._stopped_because}"
        if isinstance(stopped_by, KeyboardInterrupt):
            raise SendInterrupted(message, report) from stopped_by
        if not isinstance(stopped_by, Exception):
            stopped_by.add_note(f"np6: {report}; the send stopped: {self._stopped_because}")
            raise stopped_by
        raise SendError(message, report) from stopped_by


def _interpret(result: ExecutionResult | None) -> tuple[int, UUID | None, str | None]:
    """A result's code, message id and reason."""
    if isinstance(result, ExecutionSuccess):
        if isinstance(result.id, Unset):
            return _SENT_WITHOUT_ID, None, None
        return _SENT, result.id, None
    if isinstance(result, ExecutionError):
        kind = None if isinstance(result.value, Unset) else result.value.type_
        return _REJECTED, None, kind if isinstance(kind, str) else "error (NP6 gave no reason)"
    if result is None:
        return _UNKNOWN, None, "NP6 answered fewer results than messages"
    return _UNKNOWN, None, f"unrecognised execution result type {result.type_!r}"


def utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)
