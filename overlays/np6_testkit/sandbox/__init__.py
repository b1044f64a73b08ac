"""np6 sandbox: a stateful NP6 CM server, driven by the spec, for offline development and tests."""

from __future__ import annotations

from ._app import Call, Handler, Reply
from ._faults import Fault, FaultInjector, Faults, RateDecision
from ._server import Sandbox
from ._spec import Json, Operation, Parameter

__all__ = [
    "Call",
    "Fault",
    "FaultInjector",
    "Faults",
    "Handler",
    "Json",
    "Operation",
    "Parameter",
    "RateDecision",
    "Reply",
    "Sandbox",
]
