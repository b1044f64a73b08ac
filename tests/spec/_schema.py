"""Helpers for the spec-fidelity tests: validate a body against an operation's schema in spec/np6.yaml."""

from __future__ import annotations

from typing import Any

import spec_lint


def operation(spec: dict[str, Any], operation_id: str) -> tuple[str, str, dict[str, Any]]:
    """(path, method, operation object) of the operation with this operationId."""
    for path, method, op in spec_lint.iter_operations(spec):
        if op.get("operationId") == operation_id:
            return path, method, op
    raise LookupError(operation_id)


def body_pointer(spec: dict[str, Any], operation_id: str, status: str | None = None) -> str:
    """JSON pointer to the schema of the operation's request body (status None) or of a response.

    Takes the first media type: the operations checked here have one, or one per channel with the same
    schema shape per media type."""
    path, method, op = operation(spec, operation_id)
    escaped = path.replace("~", "~0").replace("/", "~1")
    if status is None:
        content = op["requestBody"]["content"]
        where = f"/paths/{escaped}/{method}/requestBody/content"
    else:
        content = op["responses"][status]["content"]
        where = f"/paths/{escaped}/{method}/responses/{status}/content"
    media_type = next(iter(content)).replace("~", "~0").replace("/", "~1")
    return f"{where}/{media_type}/schema"


def schema_errors(spec: dict[str, Any], pointer: str, value: Any) -> list[str]:
    """Every JSON Schema error of `value` against the schema at `pointer` (Draft 2020-12, formats checked)."""
    validator = spec_lint._validator(spec, pointer)
    return [
        f"{'/'.join(str(part) for part in error.absolute_path) or '(root)'}: {error.message[:200]}"
        for error in validator.iter_errors(value)
    ]
