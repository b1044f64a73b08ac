"""The sandbox's stateful core: in-memory NP6 state and the handlers that implement its semantics.

Each resource module (``_contacts``, ``_segments``, ``_actions``, ...) owns one part of the state (a class
built from the shared :class:`State`) and registers its handlers by operationId with :func:`handles`.
Every handler runs under one lock, so concurrent clients never lose or duplicate an update.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

from .._app import Call, Handler, Reply
from .._spec import ApiSpec, Json

T = TypeVar("T")
StateHandler = Callable[["State", Call], "Reply | Json"]
_HANDLERS: dict[str, StateHandler] = {}
_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def handles(operation_id: str) -> Callable[[StateHandler], StateHandler]:
    """Register the decorated function as the sandbox's implementation of ``operation_id``."""

    def register(function: StateHandler) -> StateHandler:
        if operation_id in _HANDLERS:
            raise RuntimeError(f"two sandbox handlers for {operation_id}")
        _HANDLERS[operation_id] = function
        return function

    return register


def base36(number: int, width: int) -> str:
    digits = ""
    while number:
        number, remainder = divmod(number, 36)
        digits = _DIGITS[remainder] + digits
    return digits.rjust(width, "0")


class State:
    """Everything the sandbox stores. Parts are created on first use and share one seeded generator."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.random = random.Random(seed)
        self._parts: dict[Callable[[State], Any], Any] = {}
        self._counters: dict[str, int] = {}

    def part(self, cls: Callable[[State], T]) -> T:
        """The state part built by ``cls`` (a class taking the State), created on first use."""
        if cls not in self._parts:
            self._parts[cls] = cls(self)
        part: T = self._parts[cls]
        return part

    def next_number(self, name: str, start: int = 1) -> int:
        number = self._counters.get(name, start - 1) + 1
        self._counters[name] = number
        return number

    def new_uuid(self) -> str:
        return str(uuid.UUID(int=self.random.getrandbits(128), version=4))

    @staticmethod
    def now_ms() -> int:
        return time.time_ns() // 1_000_000


class Core:
    def __init__(self, spec: ApiSpec, seed: int = 0) -> None:
        _load_resource_modules()
        unknown = set(_HANDLERS) - set(spec.operations)
        if unknown:
            raise RuntimeError(f"sandbox handlers for operations the spec does not have: {sorted(unknown)}")
        self.spec = spec
        self.seed = seed
        self.lock = threading.RLock()
        self.state = State(seed)
        self.handlers: dict[str, Handler] = {
            operation_id: partial(self._locked, function) for operation_id, function in _HANDLERS.items()
        }

    def _locked(self, function: StateHandler, call: Call) -> Reply | Json:
        with self.lock:
            return function(self.state, call)

    def reset(self) -> None:
        with self.lock:
            self.state = State(self.seed)


def _load_resource_modules() -> None:
    # Imported for their @handles registrations.
    from . import _actions, _contacts, _events, _imports, _misc, _notifications, _segments  # noqa: F401
