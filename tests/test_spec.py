"""spec/np6.yaml: validity, quality rules, coverage of NP6 API 8.1.0 and generator-facing conventions."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import spec_coverage
import spec_lint
import yaml

ROOT = Path(__file__).resolve().parent.parent

# NP6 operations per tag group and provenance, from shared/np6-api/README.md (169 in all).
NP6_REFERENCE: dict[str, dict[str, int]] = {
    "actions": {"seen": 16, "inferred": 1},
    "notifications": {"seen": 5, "inferred": 15},
    "archives": {"seen": 2},
    "action_events": {"seen": 6, "inferred": 1},
    "notification_events": {"seen": 3},
    "display_events": {"seen": 2, "inferred": 1},
    "action_reactivities": {"seen": 5, "inferred": 4},
    "notification_reactivities": {"seen": 4, "inferred": 4},
    "workflows": {"seen": 8, "inferred": 4},
    "campaigns": {"seen": 1},
    "campaign_events": {"seen": 1},
    "targets": {"seen": 10, "legacy": 4, "3rd-party": 1, "inferred": 2},
    "fields": {"seen": 2, "legacy": 3},
    "enumerations": {"seen": 2, "inferred": 2},
    "segments": {"seen": 7, "legacy": 2},
    "imports": {"seen": 6, "legacy": 2, "inferred": 2},
    "subscriptions": {"seen": 9},
    "contact_events": {"seen": 10, "inferred": 1},
    "webtasks": {"seen": 1},
    "compilables": {"seen": 3, "inferred": 2},
    "applications": {"seen": 3},
    "categories": {"legacy": 5},
    "marketing_pressure": {"seen": 3},
    "legacy": {"legacy": 4},
}
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


def test_every_np6_operation_is_covered(spec: dict[str, Any]) -> None:
    table = spec_coverage.coverage(spec)
    assert set(table) == set(NP6_REFERENCE)
    totals = {tag: sum(counts.values()) for tag, counts in table.items()}
    assert totals == {tag: sum(counts.values()) for tag, counts in NP6_REFERENCE.items()}
    assert sum(totals.values()) == 169


def test_no_operation_claims_stronger_provenance_than_the_reference(spec: dict[str, Any]) -> None:
    """The spec may mark an operation weaker than NP6's method+path provenance (its shapes rest on
    inference), never stronger."""
    for tag, counts in spec_coverage.coverage(spec).items():
        assert counts["seen"] <= NP6_REFERENCE[tag].get("seen", 0), tag


def test_coverage_report_renders(spec: dict[str, Any]) -> None:
    report = spec_coverage.render(spec)
    assert "Email & SMS (management)" in report
    assert report.splitlines()[-4].split()[1:6] == [
        str(sum(c.get(m, 0) for c in NP6_REFERENCE.values())) for m in spec_lint.PROVENANCE_MARKS
    ] + ["169"]


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
            schema = spec_lint._resolve_pointer(spec, ref[1:])
            discriminator = schema["properties"][prop]
            if ref in targets:
                assert prop in schema.get("required", []), f"{ref}: {prop} not required"
                assert discriminator.get("const") == targets[ref], f"{ref}: {prop} must be const {targets[ref]!r}"
            else:
                assert "const" not in discriminator, f"{ref}: catch-all must not pin {prop}"
