"""np6 sandbox: a stateful NP6 CM server, driven by the spec, for offline development and tests."""

from __future__ import annotations

from ._app import Call, Reply
from ._faults import Faults
from ._server import Sandbox

__all__ = ["Call", "Faults", "Reply", "Sandbox"]
