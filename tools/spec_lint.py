"""Quality rules for spec/np6.yaml beyond what openapi-spec-validator checks.

Each rule is a function taking the loaded spec and returning a list of problems (strings naming
where). The pytest suite runs every rule; `python tools/spec_lint.py [SPEC]` prints all problems and
exits non-zero if there are any, which is what `make lint` runs.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parent.parent / "spec" / "np6.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
PROVENANCE_MARKS = ("seen", "legacy", "3rd-party", "inferred")
OPERATION_ID = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
TAG_NAME = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
SPEC_URI = "urn:np6:spec"

Spec = dict[str, Any]
Problems = list[str]


def load_spec(path: Path = SPEC_PATH) -> Spec:
    with path.open(encoding="utf-8") as handle:
        loaded: Spec = yaml.safe_load(handle)
    return loaded


def iter_operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def _where(path: str, method: str) -> str:
    return f"{method.upper()} {path}"


def _walk(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            escaped = str(key).replace("~", "~0").replace("/", "~1")
            yield from _walk(value, f"{pointer}/{escaped}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{pointer}/{index}")


def _resolve_pointer(spec: Spec, pointer: str) -> Any:
    node: Any = spec
    for raw in pointer.lstrip("/").split("/") if pointer else []:
        part = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def check_operation_ids(spec: Spec) -> Problems:
    problems: Problems = []
    seen: Counter[str] = Counter()
    for path, method, operation in iter_operations(spec):
        operation_id = operation.get("operationId")
        if not operation_id:
            problems.append(f"{_where(path, method)}: no operationId")
            continue
        seen[operation_id] += 1
        if not OPERATION_ID.match(operation_id):
            problems.append(f"{_where(path, method)}: operationId {operation_id!r} is not snake_case")
    problems += [f"operationId {name!r} used {count} times" for name, count in seen.items() if count > 1]
    return problems


def check_operation_metadata(spec: Spec) -> Problems:
    problems: Problems = []
    declared_tags = {tag["name"] for tag in spec.get("tags", [])}
    for path, method, operation in iter_operations(spec):
        where = _where(path, method)
        tags = operation.get("tags") or []
        if len(tags) != 1:
            problems.append(f"{where}: needs exactly one tag, has {tags}")
        elif tags[0] not in declared_tags:
            problems.append(f"{where}: tag {tags[0]!r} is not declared in the top-level tags")
        if not operation.get("summary"):
            problems.append(f"{where}: no summary")
        if operation.get("x-np6-provenance") not in PROVENANCE_MARKS:
            problems.append(f"{where}: x-np6-provenance must be one of {PROVENANCE_MARKS}")
        responses = operation.get("responses", {})
        if not any(str(code).startswith("2") for code in responses):
            problems.append(f"{where}: no 2xx response")
        if "401" not in responses:
            problems.append(f"{where}: no 401 response")
        for parameter in operation.get("parameters", []) + spec["paths"][path].get("parameters", []):
            if parameter.get("in") == "header" and str(parameter.get("name", "")).lower() == "x-key":
                problems.append(f"{where}: X-Key is a security scheme, not a header parameter")
    return problems


PROVENANCE_ELEMENTS = ("summary", "method", "path", "parameters", "request", "response")


def check_provenance_detail(spec: Spec) -> Problems:
    """`x-np6-provenance-detail` says which part of an operation rests on what; each element's text starts
    with its mark, and the operation's mark is the weakest of them (the order of PROVENANCE_MARKS)."""
    problems: Problems = []
    for path, method, operation in iter_operations(spec):
        detail = operation.get("x-np6-provenance-detail")
        if detail is None:
            continue
        where = _where(path, method)
        if not isinstance(detail, dict) or not detail:
            problems.append(f"{where}: x-np6-provenance-detail must be a non-empty mapping")
            continue
        marks = []
        for element, text in detail.items():
            if element == "notes":
                continue
            if element not in PROVENANCE_ELEMENTS:
                problems.append(f"{where}: x-np6-provenance-detail has unknown element {element!r}")
                continue
            mark = str(text).split(" ", 1)[0].rstrip(";,")
            if mark not in PROVENANCE_MARKS:
                problems.append(
                    f"{where}: x-np6-provenance-detail {element!r} must start with one of {PROVENANCE_MARKS}"
                )
                continue
            marks.append(mark)
        if marks:
            weakest = max(marks, key=PROVENANCE_MARKS.index)
            if operation.get("x-np6-provenance") != weakest:
                problems.append(
                    f"{where}: x-np6-provenance is {operation.get('x-np6-provenance')!r} but the weakest element"
                    f" of x-np6-provenance-detail is {weakest!r}"
                )
    return problems


def check_tags(spec: Spec) -> Problems:
    problems: Problems = []
    used = {op.get("tags", [None])[0] for _, _, op in iter_operations(spec)}
    for tag in spec.get("tags", []):
        name = tag.get("name", "")
        if not TAG_NAME.match(name):
            problems.append(f"tag {name!r} does not give a clean module name (snake_case)")
        if not tag.get("x-np6-group"):
            problems.append(f"tag {name!r}: no x-np6-group (NP6's own group name)")
        if not tag.get("description"):
            problems.append(f"tag {name!r}: no description")
        if name not in used:
            problems.append(f"tag {name!r} has no operation")
    return problems


def check_path_parameters(spec: Spec) -> Problems:
    problems: Problems = []
    for path, method, operation in iter_operations(spec):
        if "?" in path:
            problems.append(f"{_where(path, method)}: query string in a path key")
        in_template = set(re.findall(r"{([^}]+)}", path))
        parameters = operation.get("parameters", []) + spec["paths"][path].get("parameters", [])
        declared = set()
        for raw in parameters:
            parameter = _resolve_pointer(spec, raw["$ref"][1:]) if "$ref" in raw else raw
            if parameter.get("in") == "path":
                declared.add(parameter["name"])
        if in_template != declared:
            problems.append(
                f"{_where(path, method)}: path parameters {sorted(in_template)} != declared {sorted(declared)}"
            )
    return problems


def check_refs_resolve(spec: Spec) -> Problems:
    problems: Problems = []
    for pointer, node in _walk(spec):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#/"):
                problems.append(f"{pointer}: external $ref {ref!r}")
                continue
            try:
                _resolve_pointer(spec, ref[1:])
            except (KeyError, IndexError, ValueError):
                problems.append(f"{pointer}: $ref {ref!r} does not resolve")
        if isinstance(node, dict) and "discriminator" in node:
            mapping = node["discriminator"].get("mapping", {})
            for value, target in mapping.items():
                try:
                    _resolve_pointer(spec, target[1:])
                except (KeyError, IndexError, ValueError):
                    problems.append(f"{pointer}: discriminator mapping {value!r} -> {target!r} does not resolve")
    return problems


def check_no_30_nullable(spec: Spec) -> Problems:
    return [
        f"{pointer}: `nullable` is OpenAPI 3.0; use a 3.1 type array"
        for pointer, node in _walk(spec.get("components", {}).get("schemas", {}), "/components/schemas")
        if isinstance(node, dict) and "nullable" in node and isinstance(node.get("nullable"), bool)
    ]


def check_named_body_schemas(spec: Spec) -> Problems:
    """Request and response bodies use named component schemas, never anonymous objects."""
    problems: Problems = []

    def anonymous_object(schema: dict[str, Any]) -> bool:
        if "$ref" in schema:
            return False
        if schema.get("type") == "array":
            return anonymous_object(schema.get("items", {}))
        return schema.get("type") == "object" or "properties" in schema or "oneOf" in schema or "allOf" in schema

    for path, method, operation in iter_operations(spec):
        bodies = [("request", operation.get("requestBody", {}).get("content", {}))]
        bodies += [
            (f"response {code}", response.get("content", {}))
            for code, response in operation.get("responses", {}).items()
        ]
        for label, content in bodies:
            for media_type, media in content.items():
                if anonymous_object(media.get("schema", {})):
                    problems.append(f"{_where(path, method)}: {label} {media_type} uses an anonymous object schema")
    return problems


def _validator(spec: Spec, pointer: str) -> Draft202012Validator:
    registry: Registry = Registry().with_resource(
        SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    return Draft202012Validator(
        {"$ref": f"{SPEC_URI}#{pointer}"}, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def _example_error(validator: Draft202012Validator, example: Any) -> str | None:
    errors = sorted(validator.iter_errors(example), key=lambda error: list(error.absolute_path))
    if not errors:
        return None
    first = errors[0]
    location = "/".join(str(part) for part in first.absolute_path) or "(root)"
    return f"{location}: {first.message[:300]}"


def iter_examples(spec: Spec) -> Iterator[tuple[str, str, Any]]:
    """Yield (where, schema pointer, example) for every example in the spec."""
    for pointer, node in _walk(spec):
        if not isinstance(node, dict):
            continue
        parent = pointer.rsplit("/", 1)[-1]
        is_media_or_parameter = "schema" in node and isinstance(node["schema"], dict)
        if is_media_or_parameter:
            schema_pointer = f"{pointer}/schema"
            if "example" in node:
                yield f"{pointer}/example", schema_pointer, node["example"]
            for name, raw in (node.get("examples") or {}).items():
                example = _resolve_pointer(spec, raw["$ref"][1:]) if isinstance(raw, dict) and "$ref" in raw else raw
                if isinstance(example, dict) and "value" in example:
                    yield f"{pointer}/examples/{name}", schema_pointer, example["value"]
        looks_like_schema = parent != "properties" and (
            "type" in node or "oneOf" in node or "anyOf" in node or "allOf" in node or "$ref" in node
        )
        if looks_like_schema and isinstance(node.get("examples"), list) and "/examples/" not in pointer:
            for index, example in enumerate(node["examples"]):
                yield f"{pointer}/examples/{index}", pointer, example


def check_examples(spec: Spec) -> Problems:
    problems: Problems = []
    for where, schema_pointer, example in iter_examples(spec):
        error = _example_error(_validator(spec, schema_pointer), example)
        if error:
            problems.append(f"{where}: example does not validate: {error}")
    return problems


def check_openapi_valid(spec: Spec) -> Problems:
    try:
        validate(spec)
    except OpenAPIValidationError as error:
        return [f"openapi-spec-validator: {str(error)[:2000]}"]
    return []


RULES: dict[str, Callable[[Spec], Problems]] = {
    "openapi_valid": check_openapi_valid,
    "operation_ids": check_operation_ids,
    "operation_metadata": check_operation_metadata,
    "provenance_detail": check_provenance_detail,
    "tags": check_tags,
    "path_parameters": check_path_parameters,
    "refs_resolve": check_refs_resolve,
    "no_30_nullable": check_no_30_nullable,
    "named_body_schemas": check_named_body_schemas,
    "examples": check_examples,
}


def lint(spec: Spec) -> Problems:
    return [f"[{name}] {problem}" for name, rule in RULES.items() for problem in rule(spec)]


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else SPEC_PATH
    problems = lint(load_spec(path))
    for problem in problems:
        print(problem)
    operations = sum(1 for _ in iter_operations(load_spec(path)))
    print(f"{path}: {operations} operations, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
