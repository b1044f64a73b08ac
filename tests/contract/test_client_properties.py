"""Client properties: the generated client agrees with the spec on every schema, request and response.

Data is generated from the spec's own schemas (see `contract_support.strategy_for`), so these properties
hold for every document NP6 may legally send or receive, not only for the published examples.
"""

from __future__ import annotations

import importlib
import inspect
import io
import json
import pkgutil
import re
import types
import typing
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

import httpx
import np6_client.api
import np6_client.models
import pytest
from contract_support import PROPERTY_SETTINGS, embedded_spec, strategy_for
from dateutil.parser import isoparse
from hypothesis import given
from hypothesis import strategies as st
from np6.errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    GoneError,
    LengthRequiredError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnsupportedMediaTypeError,
)
from np6_client import Client
from np6_client.types import File
from np6_testkit.sandbox import ApiSpec, RequestInvalid

DOCUMENT = embedded_spec()
SCHEMAS: dict[str, Any] = DOCUMENT["components"]["schemas"]
SANDBOX_SPEC = ApiSpec(DOCUMENT)
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


# -- documents ------------------------------------------------------------------------------------------


def same_document(sent: Any, received: Any) -> bool:
    """Equality of JSON documents, except one documented generator loss.

    openapi-python-client parses `format: date-time` into `datetime` and writes it back with `isoformat()`:
    `2019-08-24T14:15:22Z` comes back as `2019-08-24T14:15:22+00:00` (the same instant, another spelling).
    So two strings are equal when they are, or when both are ISO 8601 date-times of the same instant.
    """
    if isinstance(sent, dict) and isinstance(received, dict):
        return sent.keys() == received.keys() and all(same_document(sent[k], received[k]) for k in sent)
    if isinstance(sent, list) and isinstance(received, list):
        return len(sent) == len(received) and all(map(same_document, sent, received))
    if isinstance(sent, str) and isinstance(received, str) and sent != received:
        return same_instant(sent, received)
    return type(sent) is type(received) and sent == received


def same_instant(first: str, second: str) -> bool:
    try:
        return isoparse(first) == isoparse(second)
    except ValueError:
        return False


# -- component schemas ----------------------------------------------------------------------------------


def model_class(schema_name: str) -> Any:
    """The generated attrs class of a component schema, or None for aliases (ids, unions, literals, arrays)."""
    module_name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", schema_name).lower()
    try:
        module = importlib.import_module(f"np6_client.models.{module_name}")
    except ModuleNotFoundError:
        return None
    cls = getattr(module, schema_name, None)
    return cls if inspect.isclass(cls) and hasattr(cls, "from_dict") else None


def union_variants(schema: Mapping[str, Any]) -> list[str]:
    variants = schema.get("oneOf") or schema.get("anyOf") or []
    return [variant["$ref"].rsplit("/", 1)[1] for variant in variants if "$ref" in variant]


def parse_union(schema_name: str, data: Any) -> Any:
    """What the generated code does with a union: try each variant's `from_dict` in order, first one wins."""
    for variant in union_variants(SCHEMAS[schema_name]):
        try:
            return model_class(variant).from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            continue
    raise AssertionError(f"no variant of {schema_name} parses {data!r}")


def first_valid_variant(schema_name: str, data: Any) -> str:
    variants = union_variants(SCHEMAS[schema_name])
    return next(v for v in variants if SANDBOX_SPEC.validator(f"/components/schemas/{v}").is_valid(data))


MODEL_SCHEMAS = sorted(name for name in SCHEMAS if model_class(name) is not None)
UNION_SCHEMAS = sorted(
    name
    for name in SCHEMAS
    if union_variants(SCHEMAS[name]) and all(model_class(v) for v in union_variants(SCHEMAS[name]))
)
# Everything else is an alias the generator inlines (ids, timestamps, literal enums, arrays, scalar unions):
# no class of its own, checked through the models and operations that use it.
ALIASES = sorted(set(SCHEMAS) - set(MODEL_SCHEMAS) - set(UNION_SCHEMAS))


def test_every_component_schema_is_a_model_a_union_or_an_inlined_alias() -> None:
    for name in ALIASES:
        schema = SCHEMAS[name]
        assert "properties" not in schema, f"{name} has properties but no generated model"


@pytest.mark.parametrize("schema_name", MODEL_SCHEMAS)
def test_models_round_trip_every_instance_of_their_schema(schema_name: str) -> None:
    cls = model_class(schema_name)

    @PROPERTY_SETTINGS
    @given(strategy_for(ref(schema_name), DOCUMENT))
    def round_trip(document: Any) -> None:
        parsed = cls.from_dict(document)
        assert same_document(document, parsed.to_dict())

    round_trip()


@pytest.mark.parametrize("schema_name", UNION_SCHEMAS)
def test_unions_parse_to_the_variant_the_schema_chooses(schema_name: str) -> None:
    @PROPERTY_SETTINGS
    @given(strategy_for(ref(schema_name), DOCUMENT))
    def round_trip(document: Any) -> None:
        parsed = parse_union(schema_name, document)
        assert type(parsed).__name__ == first_valid_variant(schema_name, document)
        assert same_document(document, parsed.to_dict())

    round_trip()


def test_round_trip_keeps_unknown_properties_and_date_time_instants() -> None:
    """Regression for the two losses `same_document` allows or forbids."""
    cls = model_class("UnknownActionRequest")
    document = {"type": "newChannelMessage", "creationDate": "2019-08-24T14:15:22Z", "np6Later": {"a": [1]}}
    written = cls.from_dict(document).to_dict()
    assert written["np6Later"] == {"a": [1]}
    assert written["creationDate"] == "2019-08-24T14:15:22+00:00"
    assert same_document(document, written)
    assert not same_document(document, {**written, "creationDate": "2019-08-24T14:15:23+00:00"})


# -- operations -----------------------------------------------------------------------------------------


def endpoint_modules() -> dict[str, types.ModuleType]:
    modules = {}
    for package in pkgutil.iter_modules(np6_client.api.__path__):
        tag = importlib.import_module(f"np6_client.api.{package.name}")
        for module in pkgutil.iter_modules(tag.__path__):
            modules[module.name] = importlib.import_module(f"np6_client.api.{package.name}.{module.name}")
    return modules


MODULES = endpoint_modules()
OPERATIONS = {
    operation["operationId"]: (path, method, operation, item.get("parameters", []))
    for path, item in DOCUMENT["paths"].items()
    for method, operation in item.items()
    if method in HTTP_METHODS
}


def test_every_operation_has_a_generated_module() -> None:
    assert set(OPERATIONS) <= set(MODULES)


def python_name(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def to_python(value: Any, annotation: Any) -> Any:
    """A generated JSON value as the generated signature wants it (datetimes, models, lists of them)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        errors = []
        for option in typing.get_args(annotation):
            try:
                return to_python(value, option)
            except (TypeError, ValueError, KeyError, AttributeError) as error:
                errors.append(error)
        raise TypeError(f"{value!r} fits none of {annotation}: {errors}")
    if origin is list:
        if not isinstance(value, list):
            raise TypeError(value)
        (item,) = typing.get_args(annotation)
        return [to_python(v, item) for v in value]
    if origin is typing.Literal:
        if value not in typing.get_args(annotation):
            raise ValueError(value)
        return value
    return scalar_to_python(value, annotation)


def scalar_to_python(value: Any, annotation: Any) -> Any:
    if annotation is Any:
        return value
    if annotation is datetime:
        if not isinstance(value, str):
            raise TypeError(value)
        return isoparse(value)
    if annotation is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)  # JSON Schema's number includes integers
    if annotation in (bool, str, int, float, type(None)):
        # bool is an int to Python, not to JSON Schema.
        if type(value) is not annotation:
            raise TypeError(value)
        return value
    if annotation is uuid.UUID:
        return uuid.UUID(value)
    if annotation is File:
        return File(payload=io.BytesIO(value if isinstance(value, bytes) else str(value).encode()))
    if inspect.isclass(annotation) and hasattr(annotation, "from_dict"):
        if not isinstance(value, dict):
            raise TypeError(value)
        return annotation.from_dict(value)
    raise TypeError(f"unsupported annotation {annotation!r}")


def body_annotation(annotation: Any, schema: Mapping[str, Any]) -> Any:
    """The option of a body's union type that the media type's schema names.

    Several media types with look-alike schemas (`ExecutionEmailRequest` / `ExecutionSmsRequest`) are told
    apart by the body's class, so a document must become the class of its own media type, not the first
    class that happens to parse it.
    """
    reference = schema.get("$ref") or schema.get("items", {}).get("$ref")
    if reference is None:
        return annotation
    name = reference.rsplit("/", 1)[1]
    union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    for option in typing.get_args(annotation) if union else (annotation,):
        inner = typing.get_args(option)[0] if typing.get_origin(option) is list else option
        if getattr(inner, "__name__", None) == name:
            return option
    return annotation


def addressable(path_value: Any) -> bool:
    return not isinstance(path_value, str) or (bool(path_value.strip()) and path_value not in (".", ".."))


Drawn = tuple[dict[tuple[str, str], Any], dict[str, Any]]


def parameter_strategy(operation_id: str) -> Callable[[st.DataObject], Drawn]:
    """Draw spec-valid path/query parameters (one identity key for the merged operations) and a body."""
    _, _, operation, shared = OPERATIONS[operation_id]
    parameters = [SANDBOX_SPEC.resolve(p) for p in [*shared, *operation.get("parameters", [])]]
    exclusive = SANDBOX_SPEC.operations[operation_id].exclusive_query
    body_content = operation.get("requestBody", {}).get("content", {})

    def draw(data: st.DataObject) -> Drawn:
        chosen_key = data.draw(st.sampled_from(exclusive)) if exclusive else None
        values: dict[tuple[str, str], Any] = {}
        for parameter in parameters:
            if parameter["in"] not in ("path", "query"):
                continue
            is_key = parameter["in"] == "query" and parameter["name"] in exclusive
            if is_key and parameter["name"] != chosen_key:
                continue
            wanted = parameter.get("required") or is_key or data.draw(st.booleans())
            if wanted:
                values[parameter["in"], parameter["name"]] = data.draw(strategy_for(parameter["schema"], DOCUMENT))
        body: dict[str, Any] = {}
        if body_content:
            media_type = data.draw(st.sampled_from(sorted(body_content)))
            schema = body_content[media_type]["schema"]
            if schema.get("format") == "binary":
                body = {"media_type": media_type, "schema": schema, "value": data.draw(st.binary(max_size=64))}
            else:
                body = {"media_type": media_type, "schema": schema, "value": data.draw(strategy_for(schema, DOCUMENT))}
        return values, body

    return draw


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_requests_built_by_the_client_validate_against_the_spec(operation_id: str) -> None:
    module = MODULES[operation_id]
    method = OPERATIONS[operation_id][1]
    signature = inspect.signature(module._get_kwargs)
    hints = typing.get_type_hints(module._get_kwargs, vars(module))
    by_spec_name = {python_name(name): name for name in signature.parameters}

    def argument(location: str, name: str) -> str:
        # A path and a query parameter of the same name become `<name>_path` and `<name>_query`.
        return by_spec_name.get(python_name(f"{name}_{location}")) or by_spec_name[python_name(name)]

    draw = parameter_strategy(operation_id)
    compiled = SANDBOX_SPEC.operations[operation_id]

    @PROPERTY_SETTINGS
    @given(st.data())
    def build_request(data: st.DataObject) -> None:
        values, body = draw(data)
        kwargs = {
            argument(location, name): to_python(v, hints[argument(location, name)])
            for (location, name), v in values.items()
        }
        if body:
            kwargs["body"] = to_python(body["value"], body_annotation(hints["body"], body["schema"]))
        unaddressable = [
            value for (location, _), value in values.items() if location == "path" and not addressable(value)
        ]
        if unaddressable:
            # No URL can name them (`/targets/..` is `/`): the client refuses them before sending.
            with pytest.raises(ValueError, match="path parameter"):
                module._get_kwargs(**kwargs)
            return
        request_kwargs = module._get_kwargs(**kwargs)
        request = httpx.Client(base_url="http://np6.test").build_request(**request_kwargs)
        assert request.method == method.upper()
        matched = SANDBOX_SPEC.match(request.method, request.url.raw_path.decode("ascii").partition("?")[0])
        assert matched is not None and not isinstance(matched, str), request.url
        assert matched[0].operation_id == operation_id, request.url
        assert matched[1] == {name: str(value) for (location, name), value in values.items() if location == "path"}, (
            request.url
        )
        query: dict[str, list[str]] = {}
        for key, value in request.url.params.multi_items():
            query.setdefault(key, []).append(value)
        try:
            SANDBOX_SPEC.coerce_parameters(compiled, matched[1], query)
        except RequestInvalid as invalid:
            raise AssertionError(f"{request.url}: {invalid.message}") from None
        if body:
            media_type = request.headers.get("content-type", "").split(";")[0]
            assert media_type == body["media_type"]
            if media_type != "application/octet-stream":
                SANDBOX_SPEC.check(compiled.body_media_types[media_type], json.loads(request.content), "body")

    build_request()


# -- responses ------------------------------------------------------------------------------------------

ERROR_CLASSES = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    410: GoneError,
    411: LengthRequiredError,
    415: UnsupportedMediaTypeError,
    429: RateLimitError,
    500: ServerError,
    503: ServerError,
}

RESPONSES = sorted(
    (operation_id, int(status))
    for operation_id, (_, _, operation, _) in OPERATIONS.items()
    for status in operation["responses"]
)
CLIENT = Client(base_url="http://np6.test", raise_on_unexpected_status=True)


def response_content(operation_id: str, status: int) -> tuple[str, Any] | None:
    response = SANDBOX_SPEC.resolve(OPERATIONS[operation_id][2]["responses"][str(status)])
    content = response.get("content") or {}
    return next(iter(content.items())) if content else None


@pytest.mark.parametrize(("operation_id", "status"), RESPONSES)
def test_documented_responses_parse_and_errors_map_to_their_class(operation_id: str, status: int) -> None:
    module = MODULES[operation_id]
    path, method, _, _ = OPERATIONS[operation_id]
    request = httpx.Request(method.upper(), "http://np6.test" + path)
    content = response_content(operation_id, status)
    if status >= 400:
        error = APIError.from_response(httpx.Response(status, request=request), request)
        assert type(error) is ERROR_CLASSES[status]
        assert error.status_code == status
    if content is None:
        module._parse_response(client=CLIENT, response=httpx.Response(status, request=request))
        return
    media_type, media = content

    @PROPERTY_SETTINGS
    @given(strategy_for(media["schema"], DOCUMENT))
    def parse(body: Any) -> None:
        if media.get("schema", {}).get("format") == "binary" or not isinstance(
            body, (dict, list, int, float, str, bool)
        ):
            raw = body if isinstance(body, bytes) else str(body).encode()
            response = httpx.Response(status, content=raw, headers={"content-type": media_type}, request=request)
        else:
            response = httpx.Response(
                status, content=json.dumps(body).encode(), headers={"content-type": media_type}, request=request
            )
        module._parse_response(client=CLIENT, response=response)

    parse()
