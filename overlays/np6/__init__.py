"""np6: the Python SDK for the NP6 CM (Chapsvision) REST API 8.1.0.

``np6.Client`` / ``np6.AsyncClient`` reach every operation through resource namespaces named after the
spec's tags (``client.actions``, ``client.targets``, ...), raise :mod:`np6.errors`, retry safely and add
NP6's multi-step workflows. The generated low-level package is ``np6_client`` (``client.raw``).
"""

from __future__ import annotations

from . import errors
from ._client import AsyncClient, Client
from ._http._retry import RateLimit
from ._version import __version__
from .errors import (
    ActionStateError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
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
    SendError,
    ServerError,
    UnsupportedMediaTypeError,
)
from .resources._send import RecipientResult, ReconcileHint, SendReport, SendResults
from .resources.events import EventCursor
from .resources.imports import ImportResult

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "ActionStateError",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "EventCursor",
    "EventWindowError",
    "GoneError",
    "ImportResult",
    "ImportTimeoutError",
    "LengthRequiredError",
    "MalformedResponseError",
    "NP6Error",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RecipientResult",
    "ReconcileHint",
    "SendError",
    "SendReport",
    "SendResults",
    "ServerError",
    "UnsupportedMediaTypeError",
    "__version__",
    "errors",
]
