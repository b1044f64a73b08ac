"""np6_testkit: the NP6 sandbox server, fault injection, contract checks and the pytest plugin, for testing
code that uses np6. It imports the SDK (``np6``) and the spec; the SDK never imports it."""

from __future__ import annotations
