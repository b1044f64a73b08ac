"""The sandbox's 400 messages, pinned: a faster validator must answer every invalid request exactly as before.

The cases are derived from the spec (for every operation: its parameters given values of the wrong type and
format, its JSON bodies replaced by wrong shapes and mutated one property at a time), sent over HTTP to the
sandbox, and their answers compared with ``validation_messages.json``, recorded with the jsonschema validator
the sandbox used before it had a fast path. ``NP6_PIN_VALIDATION=record`` rewrites that file (only ever with a
reason in the commit message).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import np6.spec
import pytest
from np6_testkit.sandbox import Sandbox

PINNED = Path(__file__).with_name("validation_messages.json")
Case = tuple[str, str, str, dict[str, str], Any, str | None]
"""(case id, method, path, query, JSON body or None, content type)."""

WRONG_VALUES: list[Any] = ["not-a-number", -1, 2**70, "2026-13-45T99:00:00Z", [], {}, True, None]
SAMPLE_PATH_VALUES = {"integer": "1", "string": "000PE4"}


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        found: Any = document
        for part in node["$ref"].lstrip("#/").split("/"):
            found = found[part.replace("~1", "/").replace("~0", "~")]
        node = found
    return node


def _operations() -> Iterator[tuple[str, str, str, list[dict[str, Any]], dict[str, Any]]]:
    """(path, method, operationId, resolved parameters, resolved request body) of every operation."""
    document: dict[str, Any] = dict(np6.spec.document())
    for path, item in sorted(document["paths"].items()):
        for method, operation in sorted(item.items()):
            if method in ("get", "put", "post", "delete", "patch"):
                declared = [*item.get("parameters", []), *operation.get("parameters", [])]
                parameters = [_resolve(document, parameter) for parameter in declared]
                body = _resolve(document, operation.get("requestBody", {}))
                yield path, method.upper(), operation["operationId"], parameters, body


def _json_bodies(body: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(media type, example or None) of each JSON media type of a request body."""
    for media_type, media in sorted(body.get("content", {}).items()):
        if ("json" in media_type or "vnd." in media_type) and media.get("schema", {}).get("format") != "binary":
            yield media_type, media.get("example")


def _cases() -> Iterator[Case]:
    document: dict[str, Any] = dict(np6.spec.document())
    for path, method, operation_id, parameters, body in _operations():
        path_values = {
            p["name"]: SAMPLE_PATH_VALUES.get(str(_resolve(document, p.get("schema", {})).get("type")), "1")
            for p in parameters
            if p["in"] == "path"
        }
        concrete = path.format(**path_values)
        for name in (p["name"] for p in parameters if p["in"] == "query"):
            for index, value in enumerate(["not-a-number", "-1", str(2**70), "2026-13-45T99:00:00Z", ""]):
                yield (f"{operation_id}:query:{name}:{index}", method, concrete, {name: value}, None, None)
        for name, value in path_values.items():
            yield (f"{operation_id}:path:{name}", method, concrete.replace(value, "%20x", 1), {}, None, None)
        for media_type, example in _json_bodies(body):
            prefix = f"{operation_id}:{media_type}"
            for index, value in enumerate(WRONG_VALUES):
                yield (f"{prefix}:whole:{index}", method, concrete, {}, value, media_type)
            if isinstance(example, dict):
                for key in sorted(example):
                    for index, value in enumerate(WRONG_VALUES[:4]):
                        yield (f"{prefix}:{key}:{index}", method, concrete, {}, {**example, key: value}, media_type)
                yield (f"{prefix}:extra", method, concrete, {}, {**example, "zz": 1}, media_type)


def _answer(http: httpx.Client, case: Case) -> str:
    _, method, path, query, body, media_type = case
    headers = {"Content-Type": media_type} if media_type else {}
    content = json.dumps(body).encode() if media_type else None
    response = http.request(method, path, params=query, content=content, headers=headers)
    return f"{response.status_code} {response.text}" if response.status_code == 400 else str(response.status_code)


@pytest.fixture(scope="module")
def answers() -> dict[str, str]:
    with (
        Sandbox() as sandbox,
        httpx.Client(base_url=sandbox.url, headers={"X-Key": sandbox.api_key}, timeout=30) as http,
    ):
        return {case[0]: _answer(http, case) for case in _cases()}


def test_every_400_message_is_the_pinned_one(answers: dict[str, str]) -> None:
    if os.environ.get("NP6_PIN_VALIDATION") == "record":
        PINNED.write_text(json.dumps(answers, indent=0, sort_keys=True) + "\n")
    pinned = json.loads(PINNED.read_text())
    assert sum(answer.startswith("400 ") for answer in pinned.values()) > 1000  # the pins cover real refusals
    changed = {case: (pinned.get(case), answer) for case, answer in answers.items() if pinned.get(case) != answer}
    assert not changed, (
        f"{len(changed)} answers changed, e.g. {list(changed.items())[:5]}; after a deliberate spec change, "
        "re-record with NP6_PIN_VALIDATION=record and review the diff"
    )
    assert set(answers) == set(pinned)
