"""Shared settings of the contract suite: one seeded, bounded example budget that `make fuzz` raises."""

from __future__ import annotations

import copy
import json
import os
from functools import cache
from typing import Any

import np6.spec
from hypothesis import HealthCheck, settings
from hypothesis.strategies import SearchStrategy

# `make fuzz` sets NP6_CONTRACT_EXAMPLES much higher; the default keeps `tests/contract/` within CI's budget.
MAX_EXAMPLES = int(os.environ.get("NP6_CONTRACT_EXAMPLES", "6"))
# A fixed seed makes every run generate the same requests, so a CI failure reproduces locally.
SEED = int(os.environ.get("NP6_CONTRACT_SEED", "6081"))

CONTRACT_SETTINGS = settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    # Schemas such as the workflow documents are large; generation speed is not what this suite measures.
    suppress_health_check=list(HealthCheck),
    print_blob=True,
)


def embedded_spec() -> dict[str, Any]:
    """The spec as the client and the sandbox see it, through np6.spec (a copy, the tests' to change)."""
    document: dict[str, Any] = copy.deepcopy(dict(np6.spec.document()))
    return document


@cache
def _format_strategies() -> dict[str, SearchStrategy[Any]]:
    """One dict for the whole run: schemathesis' builder caches strategies by the identity of this map."""
    from schemathesis.specs.openapi.formats import get_default_format_strategies

    return get_default_format_strategies()


def strategy_for(schema: dict[str, Any], document: dict[str, Any]) -> SearchStrategy[Any]:
    """Instances of `schema` (which may `$ref` the spec's components), generated the way schemathesis does.

    schemathesis' JSON Schema engine handles draft 2020-12 (`const`, type arrays, `not`) and recursive
    references, which hypothesis-jsonschema does not; its builder is internal, so it is reached only here.
    """
    return _strategy(json.dumps(schema, sort_keys=True), json.dumps(document["components"], sort_keys=True))


@cache
def _strategy(schema: str, components: str) -> SearchStrategy[Any]:
    from schemathesis.generation.jsonschema.builder import build

    strategy: SearchStrategy[Any] = build(
        {**with_integer_bounds(json.loads(schema)), "components": _bounded_components(components)},
        draft=20,
        formats=_format_strategies(),
    )
    return strategy


@cache
def _bounded_components(components: str) -> Any:
    return with_integer_bounds(json.loads(components))


INTEGER_FORMAT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def with_integer_bounds(node: Any) -> Any:
    """`format: int32/int64` as the bounds they mean, as schemathesis reads them for requests (and NP6's
    Java backend enforces); JSON Schema itself leaves integer formats unchecked."""
    if isinstance(node, list):
        return [with_integer_bounds(item) for item in node]
    if not isinstance(node, dict):
        return node
    bounded = {key: with_integer_bounds(value) for key, value in node.items()}
    bounds = INTEGER_FORMAT_BOUNDS.get(node.get("format")) if isinstance(node.get("format"), str) else None
    if bounds is not None:
        bounded.setdefault("minimum", bounds[0])
        bounded.setdefault("maximum", bounds[1])
    return bounded


# The client properties run one hypothesis test per schema, operation and response (1,816): half the budget
# each (about 5,400 cases, ~1.5 min on 2 cores) keeps them within CI's time; `make fuzz` raises both.
PROPERTY_SETTINGS = settings(CONTRACT_SETTINGS, max_examples=max(1, MAX_EXAMPLES // 2))
