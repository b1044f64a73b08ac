"""The OpenAPI spec compiled for serving: route matching, parameter coercion, request validation and
schema-valid sample bodies.

The spec is the one the generated client was built from (``np6_client/openapi.json``), so the sandbox,
the client and the contract tests can never disagree about the API.
"""

from __future__ import annotations

import contextlib
import copy
import re
from collections.abc import Iterator, Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any
from urllib.parse import quote, unquote

import jsonschema_rs
import np6.spec
from attrs import field, frozen
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError, relevance
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_URI = "urn:np6:spec"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
JSON_MEDIA = re.compile(r"^application/(json|vnd\.[^ ;]+)$")

Json = Any

# The formats the spec uses, asserted like NP6 asserts them (jsonschema only annotates formats by default, and
# its own date-time check needs an optional package): a timestamp beyond int64 or a malformed date is a 400.
FORMATS = FormatChecker(formats=())
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


@FORMATS.checks("date-time")
def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _RFC3339.match(value):
        return False
    try:
        datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


@FORMATS.checks("int32")
def _is_int32(value: object) -> bool:
    return not isinstance(value, int) or -(2**31) <= value < 2**31


@FORMATS.checks("int64")
def _is_int64(value: object) -> bool:
    return not isinstance(value, int) or -(2**63) <= value < 2**63


@FORMATS.checks("uuid")
def _is_uuid(value: object) -> bool:
    return not isinstance(value, str) or bool(_UUID.match(value))


_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


class _Checker:
    """One schema's check. jsonschema-rs tells whether an instance is valid, about 20x faster than jsonschema; only
    an instance it refuses goes through jsonschema, whose first error words the 400 (the messages users' tests
    see, pinned by tests/testkit/sandbox/test_validation_messages.py). jsonschema-rs is never looser: where the
    two could differ (formats, integers beyond 64 bits) its document is made stricter, and jsonschema decides."""

    def __init__(
        self, spec: ApiSpec, schema: Mapping[str, Json], fast_schema: Mapping[str, Json] | None = None
    ) -> None:
        self.python = Draft202012Validator(dict(schema), registry=spec._registry, format_checker=FORMATS)
        self._fast: Any = None
        with contextlib.suppress(ValueError, jsonschema_rs.ReferencingError):  # else jsonschema alone
            self._fast = jsonschema_rs.Draft202012Validator(
                dict(fast_schema or schema),
                registry=spec._fast_registry,
                formats=spec._fast_formats,
                validate_formats=True,
            )

    def iter_errors(self, instance: Json) -> Iterator[ValidationError]:
        if self._fast is not None:
            try:
                if self._fast.is_valid(instance):
                    return iter(())
            except (ValueError, TypeError, OverflowError):  # e.g. an integer jsonschema-rs cannot read
                pass
        return self.python.iter_errors(instance)


def _stricter_formats(node: Json, seen: set[str]) -> Json:
    """A copy of the spec for jsonschema-rs: int32/int64 as bounds (jsonschema-rs checks formats of strings only),
    and the name of every format used collected in ``seen``."""
    if isinstance(node, list):
        return [_stricter_formats(item, seen) for item in node]
    if not isinstance(node, dict):
        return node
    copied = {key: _stricter_formats(value, seen) for key, value in node.items()}
    name = node.get("format")
    if isinstance(name, str):
        seen.add(name)
        if name in _BOUNDS:
            low, high = _BOUNDS[name]
            copied["minimum"] = max(low, copied.get("minimum", low))
            copied["maximum"] = min(high, copied.get("maximum", high))
    return copied


def _any_string(value: str) -> bool:
    return True


class RequestInvalid(Exception):  # noqa: N818 - a signal to answer 400, not an error of the sandbox
    """The request does not match the spec; answered 400 with a JSON body naming the field."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


@frozen
class Parameter:
    name: str
    location: str
    required: bool
    schema: Mapping[str, Json]


@frozen
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    parameters: tuple[Parameter, ...]
    body_media_types: Mapping[str, str]
    """Media type -> JSON pointer of its schema."""
    body_required: bool
    responses: Mapping[str, Mapping[str, str]]
    """Status -> {media type -> JSON pointer of its schema}."""
    exclusive_query: tuple[str, ...]
    """Query keys of NP6 operations merged into this one: exactly one must be given."""
    # Derived once (they are read on every request):
    success_status: int = field(init=False, eq=False, repr=False)
    query_names: frozenset[str] = field(init=False, eq=False, repr=False)
    """The query parameters declared; any other is refused."""
    _media: Mapping[int, tuple[str, str] | None] = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        derived = {
            "success_status": int(min(status for status in self.responses if status.startswith("2"))),
            "query_names": frozenset(p.name for p in self.parameters if p.location == "query"),
            "_media": {
                int(status): next(iter(content.items()), None)
                for status, content in self.responses.items()
                if status.isdigit()
            },
        }
        for name, value in derived.items():
            object.__setattr__(self, name, value)

    def response_media(self, status: int) -> tuple[str, str] | None:
        return self._media.get(status)


@frozen
class _Route:
    pattern: re.Pattern[str]
    literal_segments: int
    depth: int
    """The number of ``/`` in its paths."""
    first: str | None
    """Its first segment, None when that is a parameter."""
    last: str | None
    """Its last segment, None when that is a parameter."""
    operations: Mapping[str, Operation]


def load_document() -> dict[str, Json]:
    """The spec embedded in the generated package: a copy of np6's, this sandbox's to change."""
    document: dict[str, Json] = copy.deepcopy(dict(np6.spec.document()))
    return document


class ApiSpec:
    """The spec as the sandbox reads it: its operations (``operations`` by operationId, ``match(method, path)``),
    checks of requests and answers against their schemas (``check`` raises :class:`RequestInvalid`, which the
    sandbox answers 400; ``validator(pointer)`` for a schema such as ``/components/schemas/Segment``), and
    values made up from schemas (``sample``, ``synthesize``): ``ApiSpec(np6.spec.document())``. It never
    changes the document it reads."""

    def __init__(self, document: Mapping[str, Json]) -> None:
        self.document = document
        self._registry: Registry[Json] = Registry().with_resource(
            SPEC_URI, Resource.from_contents(document, default_specification=DRAFT202012)
        )
        formats: set[str] = set()
        self._fast_registry = jsonschema_rs.Registry([(SPEC_URI, _stricter_formats(document, formats))])
        # jsonschema-rs checks the formats jsonschema checks here, the same way; the others jsonschema only
        # annotates, so neither refuses them.
        self._fast_formats = {name: _any_string for name in formats} | {"date-time": _is_date_time, "uuid": _is_uuid}
        self._parameter_checkers: dict[int, _Checker] = {}
        self.operations: dict[str, Operation] = {}
        routes: list[_Route] = []
        for path, item in document["paths"].items():
            operations = {}
            for method in HTTP_METHODS:
                if method in item:
                    operation = self._compile(path, method, item[method], item.get("parameters", []))
                    operations[method.upper()] = operation
                    self.operations[operation.operation_id] = operation
            regex = re.sub(r"\\{([^}]+)\\}", r"(?P<\1>[^/]+)", re.escape(path))
            literal = sum(1 for segment in path.split("/") if segment and not segment.startswith("{"))
            first, last = (
                None if part.startswith("{") else part for part in (path[1:].partition("/")[0], path.rpartition("/")[2])
            )
            routes.append(_Route(re.compile(f"^{regex}$"), literal, path.count("/"), first, last, operations))
        # Literal segments win over templated ones: /actions/events before /actions/{id}. A parameter matches
        # one segment, so only routes of the path's depth can match it, and of those only the ones whose first
        # and last segments are the path's (or parameters): the candidates, in order, for each depth, first and
        # last segment the spec has (any other is None), made on first use.
        self._routes: dict[int, list[_Route]] = {}
        for route in sorted(routes, key=lambda route: -route.literal_segments):
            self._routes.setdefault(route.depth, []).append(route)
        self._literal_ends = {
            depth: ({r.first for r in same} - {None}, {r.last for r in same} - {None})
            for depth, same in self._routes.items()
        }
        self._candidates: dict[tuple[int, str | None, str | None], list[_Route]] = {}

    def resolve(self, node: Mapping[str, Json]) -> Mapping[str, Json]:
        while "$ref" in node:
            node = self.pointer(node["$ref"][1:])
        return node

    def pointer(self, pointer: str) -> Json:
        node: Json = self.document
        for raw in pointer.lstrip("/").split("/"):
            part = raw.replace("~1", "/").replace("~0", "~")
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node

    def _compile(self, path: str, method: str, raw: Mapping[str, Json], shared: list[Json]) -> Operation:
        base = f"/paths/{path.replace('~', '~0').replace('/', '~1')}/{method}"
        parameters = tuple(
            Parameter(p["name"], p["in"], bool(p.get("required")), self.resolve(p.get("schema", {})))
            for p in (self.resolve(p) for p in [*shared, *raw.get("parameters", [])])
        )
        request_body = raw.get("requestBody", {})
        body = self.resolve(request_body)
        body_pointer = request_body["$ref"][1:] if "$ref" in request_body else f"{base}/requestBody"
        body_media_types = {
            media_type: f"{body_pointer}/content/{media_type.replace('/', '~1')}/schema"
            for media_type in body.get("content", {})
        }
        responses: dict[str, dict[str, str]] = {}
        for status, response in raw.get("responses", {}).items():
            pointer = response["$ref"][1:] if "$ref" in response else f"{base}/responses/{status}"
            resolved = self.resolve(response)
            responses[str(status)] = {
                media_type: f"{pointer}/content/{media_type.replace('/', '~1')}/schema"
                for media_type in resolved.get("content", {})
            }
        exclusive = tuple(
            dict.fromkeys(
                key
                for original in raw.get("x-np6-original-operations", [])
                for key in re.findall(r"[?&]([A-Za-z_]+)=", original)
            )
        )
        return Operation(
            operation_id=raw["operationId"],
            method=method.upper(),
            path=path,
            tag=raw["tags"][0],
            parameters=parameters,
            body_media_types=body_media_types,
            body_required=bool(body.get("required")),
            responses=responses,
            exclusive_query=exclusive if len(exclusive) > 1 else (),
        )

    def match(self, method: str, raw_path: str) -> tuple[Operation, dict[str, str]] | str | None:
        """(operation, decoded path parameters); None when no path matches; "method" when only the method is wrong.

        ``raw_path`` is the path as sent, still percent-encoded: decoding it first would turn an escaped
        ``/`` inside an id (``/targets/a%2Fb``) into a separator and route it elsewhere.
        """
        wrong_method = False
        for route in self._candidates_for(raw_path):
            found = route.pattern.match(raw_path)
            if not found:
                continue
            operation = route.operations.get(method)
            if operation is None:
                wrong_method = True
                continue
            return operation, {name: unquote(value) for name, value in found.groupdict().items()}
        return "method" if wrong_method else None

    def _candidates_for(self, raw_path: str) -> list[_Route]:
        depth = raw_path.count("/")
        if depth not in self._literal_ends:
            return []
        firsts, lasts = self._literal_ends[depth]
        first, last = raw_path[1:].partition("/")[0], raw_path.rpartition("/")[2]
        key = (depth, first if first in firsts else None, last if last in lasts else None)
        candidates = self._candidates.get(key)
        if candidates is None:  # keys come from the spec, not from requests: the cache stays small
            candidates = self._candidates[key] = [
                route for route in self._routes[depth] if route.first in (key[1], None) and route.last in (key[2], None)
            ]
        return candidates

    # -- validation -------------------------------------------------------------------------------

    def validator(self, pointer: str) -> Draft202012Validator:
        return _checker(self, pointer).python

    def _parameter_checker(self, schema: Mapping[str, Json]) -> _Checker:
        # Parameter schemas live as long as the document: their identity is their key.
        checker = self._parameter_checkers.get(id(schema))
        if checker is None:
            fast_schema = _stricter_formats(schema, set())
            checker = self._parameter_checkers[id(schema)] = _Checker(self, schema, fast_schema)
        return checker

    def check(self, pointer: str, instance: Json, where: str) -> None:
        errors = sorted(_checker(self, pointer).iter_errors(instance), key=relevance)
        if errors:
            error = _most_specific(errors[0])
            field = ".".join(str(part) for part in [where, *error.absolute_path] if part != "") or "body"
            raise RequestInvalid(f"{field}: {_describe(error)}", field)

    def coerce_parameters(
        self, operation: Operation, path_params: Mapping[str, str], query: Mapping[str, list[str]]
    ) -> tuple[dict[str, Json], dict[str, Json]]:
        """Typed path and query values, validated against their schemas."""
        typed_path: dict[str, Json] = {}
        typed_query: dict[str, Json] = {}
        for parameter in operation.parameters:
            if parameter.location == "path":
                raw: list[str] | None = [path_params[parameter.name]]
                target = typed_path
            elif parameter.location == "query":
                raw = query.get(parameter.name)
                target = typed_query
            else:
                continue
            if not raw:
                if parameter.required:
                    raise RequestInvalid(
                        f"missing required {parameter.location} parameter {parameter.name!r}", parameter.name
                    )
                continue
            value = self._coerce(parameter.schema, raw)
            error = next(self._parameter_checker(parameter.schema).iter_errors(value), None)
            if error is not None:
                raise RequestInvalid(f"{parameter.name}: {error.message[:200]}", parameter.name)
            target[parameter.name] = value
        unknown = sorted(query.keys() - operation.query_names) if query else []
        if unknown:
            # Stricter than an HTTP server needs to be, on purpose: a misspelt filter is a bug to report,
            # not a filter to drop silently.
            raise RequestInvalid(f"unknown query parameter {unknown[0]!r}", unknown[0])
        if operation.exclusive_query:
            given = [key for key in operation.exclusive_query if key in typed_query]
            if len(given) != 1:
                keys = ", ".join(operation.exclusive_query)
                raise RequestInvalid(
                    f"exactly one of {keys} is required, got {len(given)}", operation.exclusive_query[0]
                )
        return typed_path, typed_query

    def _coerce(self, schema: Mapping[str, Json], raw: list[str]) -> Json:
        schema = self.resolve(schema)
        types = schema.get("type")
        if isinstance(types, list):
            types = next((t for t in types if t != "null"), None)
        if types == "array":
            items = [part for value in raw for part in value.split(",")]
            return [self._coerce(schema.get("items", {}), [item]) for item in items]
        value = raw[-1]
        variants = schema.get("anyOf") or schema.get("oneOf")
        if variants:
            # Typed variants first: "1614089582000" is a timestamp before it is a string.
            by_strictness = sorted(variants, key=lambda variant: self.resolve(variant).get("type") == "string")
            for variant in by_strictness:
                candidate = self._coerce(variant, [value])
                if next(self._parameter_checker(self.resolve(variant)).iter_errors(candidate), None) is None:
                    return candidate
            return value
        try:
            if types == "integer":
                return _integer(value)
            if types == "number":
                return float(value)
        except ValueError:
            return value
        if types == "boolean":
            return {"true": True, "false": False}.get(value.lower(), value)
        return value

    # -- sample bodies ----------------------------------------------------------------------------

    def sample(self, pointer: str) -> Json:
        """A schema-valid instance: the schema's first example, else a minimal synthesized one."""
        return copy.deepcopy(_sample(self, pointer))

    def media_example(self, pointer: str) -> Json | None:
        """The first published example of the media type whose schema is at ``pointer``."""
        media = self.pointer(pointer.rsplit("/", 1)[0])
        if "example" in media:
            return copy.deepcopy(media["example"])
        for example in (media.get("examples") or {}).values():
            resolved = self.resolve(example)
            if "value" in resolved:
                return copy.deepcopy(resolved["value"])
        return None

    def synthesize(self, schema: Mapping[str, Json], depth: int = 0) -> Json:
        schema = self.resolve(schema)
        if schema.get("examples"):
            return schema["examples"][0]
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return schema["enum"][0]
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self.synthesize(schema[key][0], depth + 1)
        if "allOf" in schema:
            merged: dict[str, Json] = {}
            for part in schema["allOf"]:
                value = self.synthesize(part, depth + 1)
                if isinstance(value, dict):
                    _merge(merged, value)
            # A part synthesized alone (deep down only its own required properties, or its example) lacks what
            # another part or the schema itself requires (`allOf: [{$ref: FieldRequest}, {required: [id]}]`).
            for name in self._required(schema) - merged.keys():
                declared = self._property(schema, name)
                if declared is not None:
                    merged[name] = self.synthesize(declared, depth + 1)
            return merged
        types = schema.get("type", "object")
        if isinstance(types, list):
            types = next((t for t in types if t != "null"), "null")
        return self._synthesize_type(schema, types, depth)

    def _required(self, schema: Mapping[str, Json]) -> set[str]:
        """The property names a schema requires, its ``allOf`` parts' included."""
        schema = self.resolve(schema)
        names = set(schema.get("required", []))
        for part in schema.get("allOf", []):
            names |= self._required(part)
        return names

    def _property(self, schema: Mapping[str, Json], name: str) -> Mapping[str, Json] | None:
        """The schema of property ``name``, declared by the schema or one of its ``allOf`` parts; None if none."""
        schema = self.resolve(schema)
        if name in schema.get("properties", {}):
            declared: Mapping[str, Json] = schema["properties"][name]
            return declared
        return next(
            (found for part in schema.get("allOf", []) if (found := self._property(part, name)) is not None), None
        )

    def _synthesize_type(self, schema: Mapping[str, Json], types: str, depth: int) -> Json:
        if types == "object":
            properties = schema.get("properties", {})
            wanted = (
                properties if depth < 4 else {k: v for k, v in properties.items() if k in schema.get("required", [])}
            )
            return {name: self.synthesize(sub, depth + 1) for name, sub in wanted.items()}
        if types == "array":
            count = max(int(schema.get("minItems", 1 if depth < 4 else 0)), 0)
            return [self.synthesize(schema.get("items", {}), depth + 1) for _ in range(count)]
        if types == "integer":
            return int(
                schema.get("minimum", 1 if schema.get("exclusiveMinimum") is None else schema["exclusiveMinimum"] + 1)
            )
        if types == "number":
            return float(schema.get("minimum", 0))
        if types == "boolean":
            return False
        if types == "null":
            return None
        return _sample_string(schema)


def _merge(into: dict[str, Json], value: Mapping[str, Json]) -> None:
    """Add the sample of one ``allOf`` part to those of the others: an object two parts declare is the union of
    both samples (each part may require its own properties in it), any other value the later part's."""
    for key, item in value.items():
        if isinstance(item, Mapping):
            already = into.get(key)
            if not isinstance(already, dict):
                already = into[key] = {}  # a new dict: a part's sample may be the spec's own example object
            _merge(already, item)
        else:
            into[key] = item


def _integer(text: str) -> int:
    """An integer parameter's value: JSON Schema's integers include the integral numbers (``1.0``, ``1e3``)."""
    try:
        return int(text)
    except ValueError:
        try:
            number = Decimal(text)  # exact, unlike float
        except InvalidOperation:
            raise ValueError(text) from None
        if not number.is_finite() or number != number.to_integral_value():
            raise
        return int(number)


def _sample_string(schema: Mapping[str, Json]) -> str:
    formats = {
        "date-time": "2019-08-24T14:15:22Z",
        "date": "2019-08-24",
        "uuid": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
        "email": "example@np6.com",
        "uri": "https://example.com/",
        "binary": "",
    }
    value: str = formats.get(str(schema.get("format")), "string")
    min_length = int(schema.get("minLength", 0))
    return value + "x" * max(0, min_length - len(value))


def _describe(error: ValidationError) -> str:
    if error.validator in ("maxItems", "minItems") and isinstance(error.instance, list):
        return f"{error.validator} is {error.validator_value}, got {len(error.instance)} items"
    if len(error.message) <= 200:
        return error.message
    return f"does not satisfy {error.validator} {str(error.validator_value)[:120]}"


def _most_specific(error: ValidationError) -> ValidationError:
    """Descend into union errors through the branch the instance was meant for: branches whose `const`
    (discriminator) failed are the wrong ones."""
    while error.context:
        branches: dict[object, list[ValidationError]] = {}
        for sub in error.context:
            branches.setdefault(sub.schema_path[0], []).append(sub)
        plausible = [errors for errors in branches.values() if not any(e.validator == "const" for e in errors)]
        candidates = [e for errors in (plausible or list(branches.values())) for e in errors]
        error = max(candidates, key=lambda e: len(e.absolute_path))
    return error


@cache
def _checker(spec: ApiSpec, pointer: str) -> _Checker:
    # jsonschema-rs wants a strict URI: the pointer's braces (/paths/~1actions~1{id}) percent-encoded.
    return _Checker(spec, {"$ref": f"{SPEC_URI}#{pointer}"}, {"$ref": f"{SPEC_URI}#{quote(pointer, safe='/~')}"})


@cache
def _sample(spec: ApiSpec, pointer: str) -> Json:
    return spec.synthesize(spec.pointer(pointer))


def iter_json_media(operation: Operation) -> Iterator[str]:
    yield from (media_type for media_type in operation.body_media_types if JSON_MEDIA.match(media_type))
