"""np6: the Python SDK for the NP6 CM (Chapsvision) REST API 8.1.0.

``np6.Client`` / ``np6.AsyncClient`` reach every operation through resource namespaces named after the
spec's tags (``client.actions``, ``client.targets``, ...), raise :mod:`np6.errors`, retry safely and add
NP6's multi-step workflows. The generated low-level package is ``np6_client`` (``client.raw``).
"""

from __future__ import annotations

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
from .resources._event_files import EventCheckpoint, EventFile
from .resources._send import RecipientResult, ReconcileHint, SendReport, SendResults
from .resources.events import AsyncEventIterator, EventCursor, EventIterator
from .resources.imports import ImportResult

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
    from .resources.targets import FieldNames, FieldValue, NamedTarget, UnicityField, UpsertOutcome, UpsertResult


def __getattr__(name: str) -> object:
    # The targets helpers' results load with their namespace, not with `import np6` (see bench/run.py).
    if name in {"FieldNames", "FieldValue", "NamedTarget", "UnicityField", "UpsertOutcome", "UpsertResult"}:
        from .resources import targets

        return getattr(targets, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
