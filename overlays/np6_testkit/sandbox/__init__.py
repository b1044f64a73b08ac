"""np6 sandbox: a stateful NP6 CM server, driven by the spec, for offline development and tests."""

from __future__ import annotations

from .._extras import missing_extra

try:
    from ._app import Call, Handler, Reply
    from ._faults import Fault, FaultInjector, Faults, RateDecision
    from ._seed import SeedError, seed_small_account
    from ._server import Sandbox
    from ._spec import ApiSpec, Json, Operation, Parameter, RequestInvalid
except ImportError as error:  # without the extra, say which one to install
    if (named := missing_extra(error, "np6_testkit.sandbox", "sandbox")) is None:
        raise
    raise named from error

__all__ = [
    "ApiSpec",
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
    "RequestInvalid",
    "Sandbox",
    "SeedError",
    "seed_small_account",
]
