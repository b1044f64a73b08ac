"""What every part of the sandbox's state builds on: the shared :class:`State` and :class:`Handlers`.

Each part module (``_contacts``, ``_segments``, ``_actions``, ...) owns one part of the state (a class built
from the shared :class:`State`) and lists the operations it implements in its own ``handles`` (a
:class:`Handlers`); ``state/__init__.py`` lists the part modules, once. This module imports none of them.
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from .._app import Call, Reply
from .._spec import Json

T = TypeVar("T")
StateHandler = Callable[["State", Call], "Reply | Json"]
_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class Handlers(dict[str, StateHandler]):
    """The operations one part module implements, by operationId: ``handles = Handlers()``, then
    ``@handles("list_fields")`` on each handler."""

    def __call__(self, operation_id: str) -> Callable[[StateHandler], StateHandler]:
        def register(function: StateHandler) -> StateHandler:
            if operation_id in self:
                raise RuntimeError(f"two sandbox handlers for {operation_id}")
            self[operation_id] = function
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
        self.known: dict[str, Callable[[str], bool]] = {}
        """Whether an id of a kind (``"action"``) exists, answered by the part that owns that kind: parts that
        only refer to another's ids ask here rather than import it."""

    def knows(self, kind: str, identifier: str) -> bool:
        """Whether the part owning ``kind`` has ``identifier`` (False when that part holds nothing yet)."""
        exists = self.known.get(kind)
        return exists is not None and exists(identifier)

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
