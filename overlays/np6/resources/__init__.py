"""The resource namespaces of ``np6.Client`` / ``np6.AsyncClient`` (``client.actions``, ``client.targets``, ...):
every generated operation of a tag, plus NP6's multi-step workflows.

The classes load on first use, so ``import np6`` stays light (the client creates each namespace when first used).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .actions import Actions, AsyncActions
    from .events import AsyncEvents, Events
    from .imports import AsyncImports, Imports
    from .segments import AsyncSegments, Segments
    from .targets import AsyncTargets, Targets

_MODULE_OF = {
    "Actions": "actions",
    "AsyncActions": "actions",
    "Events": "events",
    "AsyncEvents": "events",
    "Imports": "imports",
    "AsyncImports": "imports",
    "Segments": "segments",
    "AsyncSegments": "segments",
    "Targets": "targets",
    "AsyncTargets": "targets",
}

__all__ = [
    "Actions",
    "AsyncActions",
    "AsyncEvents",
    "AsyncImports",
    "AsyncSegments",
    "AsyncTargets",
    "Events",
    "Imports",
    "Segments",
    "Targets",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)
