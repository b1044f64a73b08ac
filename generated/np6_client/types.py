"""Contains some shared types for properties"""

import difflib
import json
import re
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from contextvars import ContextVar
from datetime import date, datetime, timedelta
from http import HTTPStatus
from importlib import resources
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote
from uuid import UUID, SafeUUID

import attrs
import httpx
from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


def set_fields_repr(model: object) -> str:
    """A model's repr with only the fields that are set: ``SegmentStatic(type_='static', id=41, name='News')``.

    A field left UNSET (absent from NP6's answer, or not given) is left out, and so are empty
    ``additional_properties`` and the fields kept out of reprs (``_request_id``).
    """
    shown = []
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if (
            field.repr
            and value is not UNSET
            and not (field.name == "additional_properties" and not value)
        ):
            shown.append(f"{field.name}={value!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


def path_segment(value: object, name: str) -> str:
    """``value`` as one percent-escaped URL path segment.

    Only a string, an int or a UUID (what ``format: uuid`` parameters are typed as) can be a path parameter
    (bool, None, floats and containers are a TypeError),
    and an empty (or blank) value, ``.`` or ``..`` is a ValueError: the URL would name another route
    (``/targets/..`` is ``/``). Everything else is escaped, ``/`` included, so it stays in its segment.
    """
    if isinstance(value, bool) or not isinstance(value, (str, int, UUID)):
        raise TypeError(
            f"path parameter {name!r} must be a str, an int or a UUID, got {type(value).__name__}: {value!r:.80}"
        )
    text = str(value)
    if not text.strip() or text in (".", ".."):
        raise ValueError(
            f"path parameter {name!r} cannot be {text!r}: the URL would name another route"
        )
    return quote(text, safe="")


_new_object = object.__new__
_set_uuid_int = UUID.__dict__[
    "int"
].__set__  # UUID's slot setters: object.__setattr__(uuid, "int", ...) costs 3x
_set_uuid_safety = UUID.__dict__["is_safe"].__set__
_UNKNOWN_SAFETY = (
    SafeUUID.unknown
)  # read once: an enum member read through its class costs a descriptor call


def parse_uuid(value: str) -> UUID:
    """``UUID(value)``, built directly from its integer when ``value`` is in the canonical 36-character form.

    The result is the same object ``UUID(value)`` makes (same ``int``, ``is_safe`` unknown); other spellings
    and errors are ``UUID``'s own. About 3x faster than ``UUID(value)``, which matters when parsing events
    (three UUIDs each).
    """
    digits = value.replace("-", "")
    if len(digits) == 32 and len(value) == 36:
        uuid = _new_object(UUID)
        _set_uuid_int(uuid, int(digits, 16))
        _set_uuid_safety(uuid, _UNKNOWN_SAFETY)
        return uuid
    return UUID(value)


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class APIResponse(Generic[T]):
    """An operation's answer as received: status, headers, ``request_id`` (NP6's ``x-request-id``, to quote to
    NP6 support), ``elapsed`` and the ``httpx.Response``; :meth:`parse` reads the body into the operation's
    success type (what the typed method returns)."""

    __slots__ = ("_parse", "http_response")

    def __init__(
        self, http_response: httpx.Response, parse: Callable[[httpx.Response], T]
    ) -> None:
        self.http_response = http_response
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The answer's ``x-request-id`` header (every NP6 answer has one)."""
        return self.http_response.headers.get("x-request-id")

    @property
    def elapsed(self) -> timedelta:
        """From sending the request to the end of the answer's body (the last attempt, when retried)."""
        return self.http_response.elapsed

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> T:
        """The body as the operation's success type; raises what the typed method raises for a body it cannot read."""
        return self._parse(self.http_response)

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] x-request-id={self.request_id}>"


# --- Plain request bodies -------------------------------------------------------------------------------------
# Every operation whose body is a model (or a list of models) also takes the body as NP6 documents it: a dict
# (or a list of dicts) with the spec's JSON names. `checked_body` checks it against the operation's request
# schema in the embedded spec before anything is sent, so a typo or a wrong type is a TypeError/ValueError
# naming the operation and the field, not NP6's bare 400. It is stricter than JSON Schema in one respect: a
# key the schema does not declare is refused (a typo would otherwise be sent and ignored by NP6), as is a
# `type` tag the spec does not know; a model (its `additional_properties`, the `Unknown…` variants) sends those.
# Dicts and models mix at any depth: a model inside a dict is sent as its `to_dict()`, and a dict where a model
# holds a nested model (`content={"subject": ...}`) is kept by the model's `to_dict` as a `PlainPart`, which
# the endpoint checks against the schema at its place (`checked_model_json`) before anything is sent. The
# parts that come from models are trusted like a model body (unknown keys and tags allowed), the dicts are
# checked like a dict body.

_SPEC: dict[str, Any] | None = None


def openapi_document() -> Mapping[str, Any]:
    """The spec this package was generated from (``openapi.json`` beside this module), parsed once; read-only."""
    global _SPEC
    if _SPEC is None:
        text = (
            resources.files(__package__ or "np6_client")
            .joinpath("openapi.json")
            .read_text(encoding="utf-8")
        )
        _SPEC = json.loads(text)
    return _SPEC


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (Mapping,),
    "array": (list, tuple),
    "null": (type(None),),
}
_TYPE_WORDS = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "object": "an object (dict)",
    "array": "an array (list)",
    "null": "null (None)",
}
CHECKED_KEYWORDS = frozenset(
    {
        "$ref",
        "type",
        "const",
        "enum",
        "not",
        "properties",
        "required",
        "additionalProperties",
        "minProperties",
        "maxProperties",
        "items",
        "minItems",
        "maxItems",
        "minLength",
        "maxLength",
        "pattern",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "format",
        "oneOf",
        "anyOf",
        "allOf",
        "discriminator",
    }
)
"""The JSON Schema keywords `checked_body` enforces; annotations (descriptions, examples, ``x-`` notes) aside,
a request schema using any other is a test failure (tests/sdk/test_dict_bodies.py), not an unchecked rule."""


class _Invalid(Exception):
    def __init__(
        self, kind: type[TypeError] | type[ValueError], where: str, problem: str
    ) -> None:
        super().__init__(problem)
        self.kind, self.where, self.problem = kind, where, problem


def _resolve(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        schema = openapi_document()["components"]["schemas"][
            schema["$ref"].rsplit("/", 1)[1]
        ]
    return schema


def _ref_name(schema: Mapping[str, Any]) -> str:
    if "$ref" in schema:
        return str(schema["$ref"].rsplit("/", 1)[1])
    if schema.get("type") == "array" and isinstance(schema.get("items"), Mapping):
        return f"list[{_ref_name(schema['items'])}]"
    return "data"


def _is_type(value: object, name: str) -> bool:
    if isinstance(value, bool) and name in ("integer", "number"):
        return False
    return isinstance(value, _JSON_TYPES[name])


def _declared(schema: Mapping[str, Any]) -> set[str] | None:
    """The property names an object may have, through `allOf`; None when any key is allowed."""
    schema = _resolve(schema)
    names: set[str] = set(schema.get("properties", {}))
    extra = schema.get("additionalProperties")
    if extra is not None and extra is not False:
        return None
    if "properties" not in schema and "allOf" not in schema and extra is None:
        return None  # a free-form object ({"type": "object"}): NP6's `data`, `variables`...
    for part in schema.get("allOf", ()):
        more = _declared(part)
        if more is None:
            return None
        names |= more
    return names


def _describe(value: object) -> str:
    shown = repr(value)
    return f"{type(value).__name__} {shown[:60] + '...' if len(shown) > 60 else shown}"


class PlainPart(dict[str, Any]):
    """A dict given where a model holds a nested model, as the model's `to_dict` returns it: the JSON to send,
    with the dict as given in `given`, for the endpoint to check (`checked_model_json`)."""

    __slots__ = ("given",)

    def __init__(self, given: Mapping[Any, Any]) -> None:
        super().__init__(_plain(given))
        self.given = given


_PLAIN_PARTS: ContextVar[int] = ContextVar("np6_client_plain_parts", default=0)


def plain_parts_made() -> int:
    """How many `PlainPart`s `to_dict` calls made so far in this context: an endpoint that sees the count
    change while it serialises a model body has dicts to check."""
    return _PLAIN_PARTS.get()


def part_json(value: Any) -> Any:
    """The JSON of a nested model (`to_dict()`), of a dict given in its place (a `PlainPart`, checked by the
    endpoint), or of any other value (itself)."""
    to_dict = getattr(
        value, "to_dict", None
    )  # a model first: the common case, cheaper than the ABC check
    if to_dict is not None:
        return to_dict()
    if isinstance(value, Mapping):
        _PLAIN_PARTS.set(_PLAIN_PARTS.get() + 1)
        return PlainPart(value)
    return value


def _is_model(value: object) -> bool:
    return attrs.has(type(value)) and callable(getattr(value, "to_dict", None))


def _check(
    value: object,
    schema: Mapping[str, Any],
    where: str,
    *,
    in_all_of: bool = False,
    lenient: bool = False,
) -> None:
    if isinstance(value, PlainPart):
        value, lenient = value.given, False
    elif _is_model(value):
        value, lenient = value.to_dict(), True  # type: ignore[attr-defined]
    schema = _resolve(schema)
    types = schema.get("type")
    if types is not None:
        names = [types] if isinstance(types, str) else list(types)
        if not any(_is_type(value, name) for name in names):
            wanted = " or ".join(_TYPE_WORDS[name] for name in names)
            raise _Invalid(
                TypeError, where, f"must be {wanted}, got {_describe(value)}"
            )
    if "const" in schema and value != schema["const"]:
        raise _Invalid(ValueError, where, f"must be {schema['const']!r}, got {value!r}")
    if "enum" in schema and value not in schema["enum"]:
        raise _Invalid(
            ValueError,
            where,
            f"must be one of {', '.join(map(repr, schema['enum']))}; got {value!r}",
        )
    if "not" in schema:
        try:
            _check(value, schema["not"], where, lenient=lenient)
        except _Invalid:
            pass
        else:
            raise _Invalid(ValueError, where, f"cannot be {value!r} here")
    if isinstance(value, str):
        _check_string(value, schema, where)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        _check_number(value, schema, where)
    elif isinstance(value, Mapping):
        _check_object(value, schema, where, in_all_of=in_all_of, lenient=lenient)
    elif isinstance(value, (list, tuple)):
        if "minItems" in schema and len(value) < schema["minItems"]:
            raise _Invalid(
                ValueError,
                where,
                f"needs at least {schema['minItems']} item(s), got {len(value)}",
            )
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            raise _Invalid(
                ValueError,
                where,
                f"takes at most {schema['maxItems']} items, got {len(value)}",
            )
        if isinstance(schema.get("items"), Mapping):
            for index, item in enumerate(value):
                _check(item, schema["items"], f"{where}[{index}]", lenient=lenient)
    for part in schema.get("allOf", ()):
        _check(value, part, where, in_all_of=True, lenient=lenient)
    if "discriminator" in schema and isinstance(value, Mapping):
        _check_tagged(value, schema, where, lenient=lenient)
    elif "oneOf" in schema or "anyOf" in schema:
        _check_alternatives(
            value,
            schema.get("oneOf", ()) or schema.get("anyOf", ()),
            where,
            lenient=lenient,
        )


def _check_string(value: str, schema: Mapping[str, Any], where: str) -> None:
    if "minLength" in schema and len(value) < schema["minLength"]:
        raise _Invalid(
            ValueError,
            where,
            f"needs at least {schema['minLength']} character(s), got {value!r}",
        )
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        raise _Invalid(
            ValueError,
            where,
            f"takes at most {schema['maxLength']} characters, got {len(value)}",
        )
    if "pattern" in schema and re.search(schema["pattern"], value) is None:
        raise _Invalid(
            ValueError, where, f"must match {schema['pattern']!r}, got {value!r}"
        )
    kind = schema.get("format")
    parse = {
        "date-time": datetime.fromisoformat,
        "date": date.fromisoformat,
        "uuid": UUID,
    }.get(kind or "")
    if parse is not None:
        try:
            parse(value)
        except ValueError:
            raise _Invalid(
                ValueError,
                where,
                f"must be a {kind} string (ISO 8601 for dates), got {value!r}",
            ) from None


def _check_number(value: float, schema: Mapping[str, Any], where: str) -> None:
    if "minimum" in schema and value < schema["minimum"]:
        raise _Invalid(
            ValueError, where, f"must be at least {schema['minimum']}, got {value!r}"
        )
    if "maximum" in schema and value > schema["maximum"]:
        raise _Invalid(
            ValueError, where, f"must be at most {schema['maximum']}, got {value!r}"
        )
    if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
        raise _Invalid(
            ValueError,
            where,
            f"must be more than {schema['exclusiveMinimum']}, got {value!r}",
        )
    if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
        raise _Invalid(
            ValueError,
            where,
            f"must be less than {schema['exclusiveMaximum']}, got {value!r}",
        )


def _check_object(
    value: Mapping[Any, Any],
    schema: Mapping[str, Any],
    where: str,
    *,
    in_all_of: bool,
    lenient: bool,
) -> None:
    for key in value:
        if not isinstance(key, str):
            raise _Invalid(
                TypeError, where, f"keys must be strings, got {_describe(key)}"
            )
    for key in schema.get("required", ()):
        if key not in value:
            raise _Invalid(TypeError, where, f"is missing the required key {key!r}")
    if "minProperties" in schema and len(value) < schema["minProperties"]:
        raise _Invalid(
            ValueError,
            where,
            f"needs at least {schema['minProperties']} key(s), got {len(value)}",
        )
    if "maxProperties" in schema and len(value) > schema["maxProperties"]:
        raise _Invalid(
            ValueError,
            where,
            f"takes at most {schema['maxProperties']} keys, got {len(value)}",
        )
    properties = schema.get("properties", {})
    declared = (
        None
        if lenient or in_all_of or "oneOf" in schema or "anyOf" in schema
        else _declared(schema)
    )
    extra = schema.get("additionalProperties")
    for key, item in value.items():
        if key in properties:
            _check(item, properties[key], f"{where}[{key!r}]", lenient=lenient)
        elif isinstance(extra, Mapping):
            _check(item, extra, f"{where}[{key!r}]", lenient=lenient)
        elif declared is not None and key not in declared:
            close = difflib.get_close_matches(key, sorted(declared), n=1)
            hint = (
                f" (did you mean {close[0]!r}?)"
                if close
                else f" (known keys: {', '.join(sorted(declared))})"
            )
            raise _Invalid(TypeError, where, f"has an unknown key {key!r}{hint}")


def _check_tagged(
    value: Mapping[str, Any], schema: Mapping[str, Any], where: str, *, lenient: bool
) -> None:
    tag_name = schema["discriminator"]["propertyName"]
    mapping: Mapping[str, str] = schema["discriminator"].get("mapping", {})
    known = ", ".join(map(repr, mapping))
    if tag_name not in value:
        raise _Invalid(
            TypeError,
            where,
            f"is missing the required key {tag_name!r} (one of {known})",
        )
    tag = value[tag_name]
    if tag in mapping:
        _check(value, {"$ref": mapping[tag]}, where, lenient=lenient)
        return
    mapped = set(mapping.values())
    if lenient:  # a model of an `Unknown…` variant: checked against the variants the mapping does not name
        unmapped = [
            variant
            for variant in schema.get("oneOf", ())
            if variant.get("$ref") not in mapped
        ]
        _check_alternatives(value, unmapped, where, lenient=True)
        return
    others = [
        _ref_name(variant)
        for variant in schema.get("oneOf", ())
        if variant.get("$ref") not in mapped
    ]
    hint = (
        f"; a {tag_name} the spec does not know is sent with a model ({', '.join(others)})"
        if others
        else ""
    )
    raise _Invalid(
        ValueError,
        f"{where}[{tag_name!r}]",
        f"must be one of {known}, got {tag!r}{hint}",
    )


def _check_alternatives(
    value: object,
    variants: Sequence[Mapping[str, Any]],
    where: str,
    *,
    lenient: bool = False,
) -> None:
    failures: list[_Invalid] = []
    for variant in variants:
        try:
            _check(value, variant, where, lenient=lenient)
            return
        except _Invalid as failure:
            failures.append(failure)
    if all(
        failure.where == where
        and failure.kind is TypeError
        and failure.problem.startswith("must be")
        for failure in failures
    ):
        wanted = " or ".join(
            dict.fromkeys(
                failure.problem.split(", got ")[0].removeprefix("must be ")
                for failure in failures
            )
        )
        raise _Invalid(TypeError, where, f"must be {wanted}, got {_describe(value)}")
    raise max(
        failures, key=lambda failure: len(failure.where)
    )  # the variant that matched furthest


def _plain(value: Any) -> Any:
    """The JSON of a checked value: mappings as dicts, tuples as lists, models as their `to_dict()` (what httpx
    serialises)."""
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if _is_model(value):
        return _plain(value.to_dict())  # type: ignore[attr-defined]
    return value


def is_plain_mapping(body: object) -> bool:
    """Whether a body is given as a dict (NP6's JSON) rather than a model."""
    return isinstance(body, Mapping)


def is_plain_list(body: object) -> bool:
    """Whether a body is given as a list of dicts rather than of models (an empty list names no media type)."""
    return (
        isinstance(body, (list, tuple))
        and bool(body)
        and all(isinstance(item, Mapping) for item in body)
    )


def checked_value(value: object, schema: Mapping[str, Any], where: str) -> Any:
    """Check ``value`` (JSON data) against ``schema`` (a schema of the embedded spec) the way bodies are checked;
    TypeError or ValueError naming ``where`` (``"start"``, ``"body['name']"``) when it does not fit.

    Returns its JSON (mappings as dicts, tuples as lists, models as their ``to_dict()``): what a model's
    ``from_dict`` reads."""
    try:
        _check(value, schema, where)
    except _Invalid as failure:
        raise failure.kind(f"{failure.where} {failure.problem}") from None
    return _plain(value)


def checked_body(
    body: object, method: str, path: str, operation: str, media_type: str | None = None
) -> tuple[str, Any]:
    """The media type and JSON to send for a body given as plain data (a dict, a list of dicts).

    Raises TypeError (a wrong type, a missing or unknown key) or ValueError (a value the spec does not allow),
    naming the operation and the field, e.g. ``create_field: body['name'] must be a string, got int 5``.
    With several JSON media types (NP6's email / SMS vendor types), the one whose schema the data matches is
    used; data that would match more than one is a TypeError: give the model, which names the media type (or
    ``media_type``, which restricts the check to that one).
    """
    content = openapi_document()["paths"][path][method]["requestBody"]["content"]
    if media_type is not None:
        if media_type not in content:
            raise ValueError(
                f"{operation}: the body's media type is one of {', '.join(content)}, not {media_type!r}"
            )
        content = {media_type: content[media_type]}
    candidates = [
        (listed, entry["schema"])
        for listed, entry in content.items()
        if "schema" in entry
        and ("json" in listed or listed.startswith("application/vnd."))
    ]
    if not candidates:
        raise TypeError(
            f"{operation}: the body is not JSON ({', '.join(content)}): give it as the generated type"
        )
    matched: list[str] = []
    failures: list[_Invalid] = []
    for candidate, schema in candidates:
        try:
            _check(body, schema, "body")
        except _Invalid as failure:
            failures.append(failure)
        else:
            matched.append(candidate)
    if len(matched) == 1:
        return matched[0], _plain(body)
    if matched:
        models = " or ".join(
            _ref_name(schema)
            for candidate, schema in candidates
            if candidate in matched
        )
        raise TypeError(
            f"{operation}: body fits more than one media type ({', '.join(matched)}): pass {models}, which names it"
        )
    failure = max(failures, key=lambda failure: len(failure.where))
    raise failure.kind(f"{operation}: {failure.where} {failure.problem}")


def checked_model_json(
    data: Any, method: str, path: str, operation: str, media_type: str
) -> Any:
    """The JSON to send for a model body whose `to_dict()` holds dicts given in place of nested models
    (`PlainPart`s): each is checked against the request schema at its place, like a dict body (TypeError or
    ValueError naming the operation and the field, e.g. ``create_action: body['content'] has an unknown key
    'subjct' (did you mean 'subject'?)``); what the models made is trusted as a model body is."""
    schema = openapi_document()["paths"][path][method]["requestBody"]["content"][
        media_type
    ]["schema"]
    try:
        _check(data, schema, "body", lenient=True)
    except _Invalid as failure:
        raise failure.kind(f"{operation}: {failure.where} {failure.problem}") from None
    return _plain(data)


__all__ = [
    "UNSET",
    "APIResponse",
    "File",
    "FileTypes",
    "PlainPart",
    "RequestFiles",
    "Response",
    "Unset",
    "checked_body",
    "checked_model_json",
    "checked_value",
    "is_plain_list",
    "is_plain_mapping",
    "openapi_document",
    "parse_uuid",
    "part_json",
    "path_segment",
    "plain_parts_made",
    "set_fields_repr",
]
