"""`np6 api`: every operation of the spec from the shell, by its operationId (stripe's CLI is the model).

The operations, their parameters, their bodies and media types are read from the embedded spec: a spec change
reaches the command with no hand edits. Parameters are typed from the spec (``--param limit=10`` is an
integer), bodies checked against it before anything is sent (the same check as a dict body in Python), and the
request goes through np6's client (retries, typed errors with the x-request-id, exit code 1).
"""

from __future__ import annotations

import difflib
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from ._common import ApiKeyOption, BaseUrlOption, connect, usage_error

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def _operations() -> dict[str, tuple[str, str, Mapping[str, Any]]]:
    """Every operation of the spec by operationId: (method, path, operation)."""
    from np6_client.types import openapi_document

    found = {}
    for path, item in openapi_document()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                found[item[method]["operationId"]] = (method, path, item[method])
    return found


def _parameters(path: str, method: str) -> list[Mapping[str, Any]]:
    from np6_client.types import openapi_document

    document = openapi_document()
    item = document["paths"][path]
    listed = [*item.get("parameters", []), *item[method].get("parameters", [])]
    resolved = []
    for entry in listed:
        parameter = entry
        while "$ref" in parameter:
            parameter = document["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
        resolved.append(parameter)
    return resolved


def _listing() -> str:
    """The operations by tag, for ``np6 api --help``."""
    by_tag: dict[str, list[str]] = {}
    for operation_id, (method, path, operation) in sorted(_operations().items()):
        tag = (operation.get("tags") or ["other"])[0]
        summary = operation.get("summary", "")
        deprecated = " (deprecated)" if operation.get("deprecated") else ""
        by_tag.setdefault(tag, []).append(f"  {operation_id:<34} {method.upper():<6} {path}  {summary}{deprecated}")
    return "\n".join(f"{tag}:\n" + "\n".join(lines) for tag, lines in sorted(by_tag.items()))


def _describe(operation_id: str) -> str:
    method, path, operation = _operations()[operation_id]
    lines = [f"{method.upper()} {path}", "", operation.get("summary", "")]
    parameters = _parameters(path, method)
    if parameters:
        lines += ["", "Parameters (--param NAME=VALUE):"]
        for parameter in parameters:
            schema = parameter.get("schema", {})
            kind = schema.get("type", "value")
            if kind == "array":
                kind = f"{schema.get('items', {}).get('type', 'value')}, repeatable"
            required = ", required" if parameter.get("required") else ""
            lines.append(f"  {parameter['name']:<24} {parameter['in']}, {kind}{required}")
    body = operation.get("requestBody")
    if body:
        required = "required" if body.get("required") else "optional"
        lines += ["", f"Body (--body JSON, @FILE or -; {required}): {', '.join(body['content'])}"]
    return "\n".join(lines)


USAGE = """Usage: np6 api [OPERATION] [--param NAME=VALUE]... [--body JSON|@FILE|-] [--media-type TYPE]

Call any operation of the NP6 API by its operationId and print NP6's answer (JSON) on stdout.

Options:
  -p, --param NAME=VALUE  A path or query parameter (typed from the spec); repeat for each, and for lists.
  -d, --body JSON         The request body as JSON; @FILE reads a file, - stdin. Checked against the spec.
  --media-type TYPE       The body's media type, where the operation takes several (email or SMS).
  --api-key KEY           The NP6 API key [env var: NP6_API_KEY] (never printed).
  --base-url URL          The NP6 API root [env var: NP6_BASE_URL].
  -h, --help              This help; with OPERATION, that operation's parameters and body.

Exit codes: 0 success, 1 NP6 or network failure (with the x-request-id), 2 usage error (before any request).
"""


def _kinds(schema: Mapping[str, Any]) -> list[str]:
    """The JSON types a schema allows (through ``$ref``, ``anyOf`` and ``oneOf``)."""
    from np6_client.types import openapi_document

    while "$ref" in schema:
        schema = openapi_document()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    declared = schema.get("type")
    if declared is not None:
        return [declared] if isinstance(declared, str) else list(declared)
    alternatives = [*schema.get("anyOf", []), *schema.get("oneOf", [])]
    return [kind for alternative in alternatives for kind in _kinds(alternative)]


def _coerced(text: str, schema: Mapping[str, Any], name: str) -> Any:
    """A parameter's value from its text, typed by its schema (``10`` for an integer, ``true`` for a boolean)."""
    kinds = _kinds(schema)
    if "integer" in kinds:
        try:
            return int(text)
        except ValueError:
            pass
    if "number" in kinds:
        try:
            return float(text)
        except ValueError:
            pass
    if "boolean" in kinds and text.lower() in {"true", "false"}:
        return text.lower() == "true"
    if "string" in kinds or not kinds:
        return text
    words = {"integer": "an integer", "number": "a number", "boolean": "true or false", "string": "a string"}
    usage_error(f"--param {name}={text}: must be {' or '.join(words.get(kind, kind) for kind in kinds)}")


def _value(name: str, schema: Mapping[str, Any], texts: list[str]) -> Any:
    """A parameter's value from its texts (several for a list), typed and checked against its schema."""
    from np6_client.types import checked_value

    if schema.get("type") == "array":
        value: Any = [_coerced(text, schema.get("items", {}), name) for text in texts]
    elif len(texts) > 1:
        usage_error(f"--param {name} is given {len(texts)} times; it takes one value")
    else:
        value = _coerced(texts[0], schema, name)
    try:
        checked_value(value, schema, name)
    except (TypeError, ValueError) as invalid:
        usage_error(f"--param {invalid}")
    return value


def _query_and_path(
    operation_id: str, method: str, path: str, given: Sequence[str]
) -> tuple[str, dict[str, Any], list[str]]:
    from np6_client.types import path_segment

    parameters = {parameter["name"]: parameter for parameter in _parameters(path, method)}
    values: dict[str, list[str]] = {}
    for assignment in given:
        name, equals, value = assignment.partition("=")
        if not equals or not name:
            usage_error(f"--param {assignment!r} is not NAME=VALUE")
        if name not in parameters:
            close = difflib.get_close_matches(name, list(parameters), n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"it takes: {', '.join(parameters) or 'none'}"
            usage_error(f"{operation_id} has no parameter {name!r} ({hint})")
        values.setdefault(name, []).append(value)
    url, query, headers = path, {}, []
    for name, parameter in parameters.items():
        if name not in values:
            if parameter.get("required"):
                usage_error(f"{operation_id} needs --param {name}=... (see np6 api {operation_id} --help)")
            continue
        value = _value(name, parameter.get("schema", {}), values[name])
        if parameter["in"] == "path":
            url = url.replace("{" + name + "}", path_segment(value, name))
        elif parameter["in"] == "query":
            query[name] = value
        elif parameter["in"] == "header":
            headers.append(f"{name}: {value}")
    return url, query, headers


def _body_text(body: str) -> str:
    if body == "-":
        return sys.stdin.read()
    if body.startswith("@"):
        try:
            return Path(body[1:]).read_text(encoding="utf-8")
        except OSError as unreadable:
            usage_error(f"cannot read --body file: {unreadable}")
    return body


def _print_answer(content: bytes) -> None:
    if not content:
        return
    try:
        typer.echo(json.dumps(json.loads(content), indent=2, ensure_ascii=False))
    except ValueError:
        typer.echo(content.decode("utf-8", errors="replace"))


def api(  # noqa: PLR0917 - typer maps parameters to options
    operation_id: Annotated[
        str | None, typer.Argument(metavar="OPERATION", help="The operationId, e.g. get_target (see the list below).")
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", help="A path or query parameter, NAME=VALUE; repeat for each (and for lists)."),
    ] = None,
    body: Annotated[
        str | None, typer.Option("--body", "-d", help="The request body as JSON; @FILE reads a file, - stdin.")
    ] = None,
    media_type: Annotated[
        str | None,
        typer.Option(
            "--media-type",
            help="The body's media type, where the operation takes several (application/vnd.np6.cm.sms ...).",
        ),
    ] = None,
    api_key: ApiKeyOption = None,
    base_url: BaseUrlOption = None,
    show_help: Annotated[
        bool, typer.Option("--help", "-h", help="Show the operations, or OPERATION's parameters.")
    ] = False,
) -> None:
    """Call any operation of the NP6 API by its operationId and print NP6's answer (JSON) on stdout.

    Parameters are typed and checked from the spec, the body is checked against the operation's request
    schema (exit 2 naming the field, before anything is sent); NP6 and network failures exit 1 with the
    x-request-id. Example: np6 api get_target --param id=00L00000; np6 api create_segment --body
    '{"type": "static", "name": "Testers"}'.
    """
    operations = _operations()
    if show_help or operation_id is None:
        if operation_id is not None and operation_id in operations:
            typer.echo(USAGE + "\n" + _describe(operation_id))
        else:
            typer.echo(USAGE + "\nOperations, by tag:\n\n" + _listing())
        raise typer.Exit(0)
    if operation_id not in operations:
        close = difflib.get_close_matches(operation_id, list(operations), n=3)
        usage_error(f"no operation {operation_id!r}" + (f" (did you mean {', '.join(close)}?)" if close else ""))
    method, path, operation = operations[operation_id]
    url, query, header_lines = _query_and_path(operation_id, method, path, param or [])
    arguments: dict[str, Any] = {"params": query} if query else {}
    headers = dict(line.split(": ", 1) for line in header_lines)
    if body is not None:
        if "requestBody" not in operation:
            usage_error(f"{operation_id} takes no body")
        try:
            data = json.loads(_body_text(body))
        except ValueError as invalid:
            usage_error(f"--body is not JSON: {invalid}")
        from np6_client.types import checked_body

        try:
            content_type, arguments["json"] = checked_body(data, method, path, operation_id, media_type)
        except (TypeError, ValueError) as invalid:
            hint = " (choose one with --media-type)" if "more than one media type" in str(invalid) else ""
            usage_error(f"{invalid}{hint}")
        headers["Content-Type"] = content_type
    elif operation.get("requestBody", {}).get("required"):
        usage_error(f"{operation_id} needs a body: --body JSON (see np6 api {operation_id} --help)")
    if headers:
        arguments["headers"] = headers
    with connect(api_key, base_url) as client:
        response = client.raw.get_requester().request(method, url, **arguments)
    _print_answer(response.content)


CONTEXT_SETTINGS: dict[str, Any] = {"help_option_names": []}
"""`--help` is the command's own option: it lists the operations, or describes one (click's cannot)."""
