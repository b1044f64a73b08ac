"""The sandbox's in-memory NP6 state and the handlers that implement NP6's semantics on it.

Tests and benchmarks reach a running sandbox's state with ``sandbox.core.state.part(EventLog)`` (or
``Contacts``, ``Segments``) to audit what it received or to seed it faster than through the API; the names
they need are exported here.

:data:`PARTS` lists the part modules, once. Each owns its data (built from the shared :class:`State` on first
use) and the operations it implements (its ``handles``); imports between parts run one way (contacts first:
segments, subscriptions and actions refer to contacts, events to contacts and actions), and where a part must
act on another's data, the owner offers a hook (``Contacts.on_delete``, ``Contacts.groups``, ``State.known``)
instead of being imported back.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from functools import partial
from types import ModuleType

from .._app import Call, Handler, Reply
from .._spec import ApiSpec, Json
from . import _actions, _contacts, _events, _imports, _misc, _notifications, _segments
from ._actions import Actions
from ._contacts import UNICITY_FIELD, Contacts
from ._core import Handlers, State, StateHandler
from ._events import KIND_CODES, EventKind, EventLog, Send, pack_row
from ._segments import Segments

PARTS: tuple[ModuleType, ...] = (_contacts, _segments, _actions, _events, _imports, _misc, _notifications)
"""Every part of the state, in the order its operations are registered."""


def handlers() -> dict[str, StateHandler]:
    """Every operation the parts implement (an operation implemented twice is an error)."""
    found: dict[str, StateHandler] = {}
    for part in PARTS:
        part_handlers: Handlers = part.handles
        twice = found.keys() & part_handlers.keys()
        if twice:
            raise RuntimeError(f"two sandbox handlers for {sorted(twice)}")
        found.update(part_handlers)
    return found


class Core:
    """The state behind one sandbox server, and its handlers, each run under one lock so concurrent clients
    never lose or duplicate an update."""

    def __init__(self, spec: ApiSpec, seed: int = 0) -> None:
        implemented = handlers()
        unknown = set(implemented) - set(spec.operations)
        if unknown:
            raise RuntimeError(f"sandbox handlers for operations the spec does not have: {sorted(unknown)}")
        self.spec = spec
        self.seed = seed
        self.lock = threading.RLock()
        self.state = State(seed)
        self.handlers: Mapping[str, Handler] = {
            operation_id: partial(self._locked, function) for operation_id, function in implemented.items()
        }

    def _locked(self, function: StateHandler, call: Call) -> Reply | Json:
        with self.lock:
            return function(self.state, call)

    def reset(self) -> None:
        with self.lock:
            self.state = State(self.seed)


__all__ = [
    "KIND_CODES",
    "PARTS",
    "UNICITY_FIELD",
    "Actions",
    "Contacts",
    "Core",
    "EventKind",
    "EventLog",
    "Segments",
    "Send",
    "State",
    "handlers",
    "pack_row",
]
