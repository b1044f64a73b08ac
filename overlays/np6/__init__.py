"""np6: the Python SDK for the NP6 CM (Chapsvision) REST API 8.1.0.

``np6.Client`` / ``np6.AsyncClient`` reach every operation through resource namespaces named after the
spec's tags (``client.actions``, ``client.targets``, ...), raise :mod:`np6.errors`, retry safely and add
NP6's multi-step workflows. The generated low-level package is ``np6_client`` (``client.raw``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from np6_client.types import APIResponse

from . import errors
from ._client import NOT_GIVEN, AsyncClient, AsyncRawResponses, Client, NotGiven, RawResponses
from ._http._retry import RateLimit
from ._logs import setup_logging
from ._version import __version__
from .errors import (
    ActionStateError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConfigurationTypeError,
    ConflictError,
    EventWindowError,
    GoneError,
    ImportTimeoutError,
    LengthRequiredError,
    MalformedResponseError,
    NotFoundError,
    NP6Error,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    ResponseTooLargeError,
    SendError,
    SendInterrupted,
    ServerError,
    UnsupportedMediaTypeError,
)

setup_logging()

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APITimeoutError",
    "ActionStateError",
    "AsyncClient",
    "AsyncEventIterator",
    "AsyncRawResponses",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConfigurationError",
    "ConfigurationTypeError",
    "ConflictError",
    "EventCheckpoint",
    "EventCursor",
    "EventFile",
    "EventIterator",
    "EventWindowError",
    "FieldNames",
    "FieldValue",
    "GoneError",
    "ImportResult",
    "ImportTimeoutError",
    "LengthRequiredError",
    "MalformedResponseError",
    "NP6Error",
    "NamedTarget",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RawResponses",
    "RecipientResult",
    "ReconcileHint",
    "RedirectError",
    "ResponseTooLargeError",
    "SendError",
    "SendInterrupted",
    "SendReport",
    "SendResults",
    "ServerError",
    "UnicityField",
    "UnsupportedMediaTypeError",
    "UpsertOutcome",
    "UpsertResult",
    "__version__",
    "errors",
]

if TYPE_CHECKING:
    from .resources._event_files import EventCheckpoint, EventFile
    from .resources._send import RecipientResult, ReconcileHint, SendReport, SendResults
    from .resources.events import AsyncEventIterator, EventCursor, EventIterator
    from .resources.imports import ImportResult
    from .resources.targets import FieldNames, FieldValue, NamedTarget, UnicityField, UpsertOutcome, UpsertResult

_LAZY = {
    "EventCheckpoint": "_event_files",
    "EventFile": "_event_files",
    "RecipientResult": "_send",
    "ReconcileHint": "_send",
    "SendReport": "_send",
    "SendResults": "_send",
    "AsyncEventIterator": "events",
    "EventCursor": "events",
    "EventIterator": "events",
    "ImportResult": "imports",
    **dict.fromkeys(
        ["FieldNames", "FieldValue", "NamedTarget", "UnicityField", "UpsertOutcome", "UpsertResult"], "targets"
    ),
}
"""The names of one namespace's helpers, by the module that defines them: loaded when first used, like the
namespace itself, so that `import np6` (and every `np6` command, which runs it) reads none of them (see
bench/run.py, import time)."""


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".resources.{module}", __name__), name)
    globals()[name] = value  # found at once from now on
    return value
