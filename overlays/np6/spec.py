"""The OpenAPI spec np6 was generated from, and the NP6 facts np6 reads from it.

``spec/np6.yaml`` is the single source of truth; the generated package embeds it as ``np6_client/openapi.json``.
This module is its one loader. The client's helpers, the test kit's sandbox and the contract checker all read
NP6's facts (action states, channels and their media types, limits, robot classes, import states) from the
spec through it, so no fact is written twice, and the sandbox, the test oracle, never takes a fact from the
client it tests.

The spec is parsed on first use (not at ``import np6``) and shared: treat what this module returns as read-only
(``copy.deepcopy`` before changing it).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from attrs import frozen
from np6_client.types import openapi_document

__all__ = [
    "ActionStates",
    "Channel",
    "ImportStates",
    "action_states",
    "channels",
    "document",
    "import_states",
    "max_segment_targets_per_call",
    "robot_classes",
    "schema",
]


def document() -> Mapping[str, Any]:
    """The embedded spec (``np6_client/openapi.json``), parsed once (by the generated package, which checks
    bodies given as dicts against it)."""
    return openapi_document()


def schema(name: str) -> Mapping[str, Any]:
    """The component schema ``name``."""
    found: Mapping[str, Any] = document()["components"]["schemas"][name]
    return found


@frozen
class ActionStates:
    """The action states whose meaning NP6 documents (``KnownActionState``'s ``x-np6-state-names``)."""

    draft: int
    """A draft without content (NP6's "Creation")."""
    with_content: int
    """A draft with content: the test validation phase is next."""
    test_validated: int
    """Validated for test: the production validation phase is next."""
    validated: int
    """Validated for production: the only state NP6 sends from."""
    archived: int
    """Archived, read-only."""


@cache
def action_states() -> ActionStates:
    names = schema("KnownActionState")["x-np6-state-names"]
    return ActionStates(**{name.replace("-", "_"): int(value) for name, value in names.items()})


@frozen
class ImportStates:
    """The states of an import execution (``ImportExecutionStateValue``)."""

    processing: int
    completed: int
    error: int
    terminal: frozenset[int]
    """The states polling stops at."""


@cache
def import_states() -> ImportStates:
    states = schema("ImportExecutionStateValue")
    names = {name: int(value) for name, value in states["x-np6-state-names"].items()}
    return ImportStates(**names, terminal=frozenset(int(value) for value in states["x-np6-terminal-values"]))


@frozen
class Channel:
    """How actions of one type are sent: NP6's channel name and the vendor media type of their executions."""

    action_type: str
    """The ``type`` of the action (``mailMessage``)."""
    name: str
    """``email`` or ``sms``."""
    media_type: str
    """The ``Content-Type`` of the action's execution requests (``application/vnd.np6.cm.email``)."""


def _lookup(definition: Mapping[str, Any], *path: str) -> Any:
    """The value at ``path`` in a schema, or in a schema it extends (``allOf``, ``$ref``); None when absent."""
    if "$ref" in definition:
        return _lookup(schema(definition["$ref"].rsplit("/", 1)[1]), *path)
    value: Any = definition
    for key in path:
        value = value.get(key) if isinstance(value, Mapping) else None
    if value is not None:
        return value
    return next(
        (found for part in definition.get("allOf", []) if (found := _lookup(part, *path)) is not None),
        None,
    )


@cache
def channels() -> Mapping[str, Channel]:
    """Every sendable action type's channel, by action type (the action schemas' ``x-np6-channel``)."""
    found: dict[str, Channel] = {}
    for variant in schema("Action")["oneOf"]:
        name = _lookup(variant, "x-np6-channel")
        if name is not None:
            action_type = _lookup(variant, "properties", "type", "const")
            found[action_type] = Channel(action_type, name, _lookup(variant, "x-np6-execution-media-type"))
    return found


@cache
def max_segment_targets_per_call() -> int:
    """How many targets one ``PUT /segments/{id}/targets`` takes (the request schema's ``maxItems``)."""
    return int(_lookup(schema("SegmentTargetIdentifiers"), "maxItems"))


@cache
def robot_classes() -> tuple[str, ...]:
    """The robot classes a hit may be classified as, in the spec's order (``genericrobot``, ``mpp``, ``gsr``)."""
    parameter = document()["components"]["parameters"]["HitClassification"]
    return tuple(parameter["schema"]["x-np6-robot-classes"])
