"""spec/np6.yaml: validity, quality rules and generator conventions (coverage: tests/spec/test_coverage.py)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import spec_lint
import yaml

ROOT = Path(__file__).resolve().parent.parent

JSON_LIKE = {"application/json", "text/plain", "application/octet-stream", "multipart/form-data"}


@pytest.mark.parametrize("rule", sorted(spec_lint.RULES))
def test_quality_rule(spec: dict[str, Any], rule: str) -> None:
    assert spec_lint.RULES[rule](spec) == []


def test_lint_catches_a_broken_example(spec: dict[str, Any]) -> None:
    """The example rule is live: an example that violates its schema is reported."""
    broken = yaml.safe_load(yaml.safe_dump(spec))
    broken["components"]["schemas"]["RecipientByUnicity"]["examples"] = [{"type": "unicity", "value": "a@b.c"}]
    problems = spec_lint.check_examples(broken)
    assert any("RecipientByUnicity" in problem for problem in problems)


def test_every_vendor_media_type_is_mapped_for_the_generator(spec: dict[str, Any]) -> None:
    overrides = yaml.safe_load((ROOT / "spec/generator.yaml").read_text())["content_type_overrides"]
    body_content = re.compile(r"/(requestBody|responses/\w+)/content$")
    used = Counter(
        media_type
        for pointer, node in spec_lint._walk(spec["paths"])
        if body_content.search(pointer) and isinstance(node, dict)
        for media_type in node
    )
    unmapped = {media_type for media_type in used if media_type not in JSON_LIKE and media_type not in overrides}
    assert unmapped == set()


def test_restructured_operations_say_what_changed(spec: dict[str, Any]) -> None:
    restructured = [
        (path, op) for path, _, op in spec_lint.iter_operations(spec) if op.get("x-np6-original-operations")
    ]
    assert restructured, "NP6's query-keyed operations must be merged and listed"
    for path, operation in restructured:
        assert "Spec note" in operation.get("description", ""), path
        assert all(original.split(" ", 1)[1].startswith(path) for original in operation["x-np6-original-operations"])


def _discriminated_unions(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (pointer, node)
        for pointer, node in spec_lint._walk(spec["components"]["schemas"], "/components/schemas")
        if isinstance(node, dict) and "discriminator" in node and "oneOf" in node
    ]


def _flattened(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """A variant with its `allOf` parts merged (a response variant is its request schema plus `required`)."""
    properties = dict(schema.get("properties", {}))
    required = list(schema.get("required", []))
    for part in schema.get("allOf", []):
        merged = _flattened(spec, spec_lint._resolve_pointer(spec, part["$ref"][1:]) if "$ref" in part else part)
        properties = merged["properties"] | properties
        required += merged["required"]
    return {"properties": properties, "required": required}


def test_discriminated_unions_are_generator_safe(spec: dict[str, Any]) -> None:
    """Each mapped variant pins its discriminator with `const`; catch-all variants come last.

    The generated client tries variants in order, so a variant without a `const` discriminator would
    swallow the ones after it.
    """
    unions = _discriminated_unions(spec)
    assert len(unions) >= 10
    for pointer, union in unions:
        prop = union["discriminator"]["propertyName"]
        mapping = union["discriminator"].get("mapping", {})
        targets = {ref: value for value, ref in mapping.items()}
        variants = [variant["$ref"] for variant in union["oneOf"]]
        catch_alls = [ref for ref in variants if ref not in targets]
        assert variants[len(variants) - len(catch_alls) :] == catch_alls, f"{pointer}: catch-all not last"
        for ref in variants:
            schema = _flattened(spec, spec_lint._resolve_pointer(spec, ref[1:]))
            discriminator = schema["properties"][prop]
            if ref in targets:
                assert prop in schema.get("required", []), f"{ref}: {prop} not required"
                assert discriminator.get("const") == targets[ref], f"{ref}: {prop} must be const {targets[ref]!r}"
            else:
                assert "const" not in discriminator, f"{ref}: catch-all must not pin {prop}"
