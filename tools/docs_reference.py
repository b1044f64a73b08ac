"""The site's API reference, generated from `spec/np6.yaml` at build time (a mkdocs hook; nothing committed).

`mkdocs.yml` loads this file under `hooks:`. It adds, as generated pages:
- `reference/operations/index.md` and one page per tag, grouped by NP6's tag groups (`x-np6-group`): every
  operation with its method and path, the Python call (sync and async, read from the generated namespaces),
  parameters, request bodies and media types, responses, the `np6.errors` class each error status raises
  (asked of `np6.errors` itself), NP6's notes and `x-np6-provenance`;
- `reference/models.md`: every component schema;
- `reference/spec.md`: the spec's own front matter, with `np6.yaml` / `openapi.json` served beside it.
The nav entry `reference/operations/index.md` in `mkdocs.yml` is expanded into the tag groups.

`python tools/docs_reference.py OUT_DIR` writes the same pages to a directory, to read them without mkdocs.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "np6.yaml"
GENERATED = ROOT / "generated" / "np6_client"
OPERATIONS_DIR = "reference/operations"
OPERATIONS_INDEX = f"{OPERATIONS_DIR}/index.md"
MODELS_PAGE = "reference/models.md"
SPEC_PAGE = "reference/spec.md"
SPEC_FILES = ("reference/np6.yaml", "reference/openapi.json")
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
PROVENANCE = {
    "seen": "read in the NP6 8.1.0 reference",
    "legacy": "a part rests only on pre-8.1 NP6 documentation or drivers",
    "3rd-party": "a part rests only on a production team's published integration guide",
    "inferred": "a part is deduced by the spec's authors, not seen anywhere",
}

Spec = dict[str, Any]
Schema = dict[str, Any]


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    tag: str
    body: dict[str, Any]
    path_parameters: tuple[dict[str, Any], ...]

    @property
    def operation_id(self) -> str:
        return str(self.body["operationId"])


def load_spec(path: Path = SPEC) -> Spec:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it: 16,000 lines
    with path.open(encoding="utf-8") as handle:
        spec: Spec = yaml.load(handle, Loader=loader)
    return spec


def operations(spec: Spec) -> Iterator[Operation]:
    for path, item in spec["paths"].items():
        shared = tuple(item.get("parameters", []))
        for method in HTTP_METHODS:
            if method in item:
                yield Operation(method, path, item[method]["tags"][0], item[method], shared)


def resolve(spec: Spec, node: dict[str, Any]) -> dict[str, Any]:
    """`node`, with a local `$ref` followed (repeatedly)."""
    while "$ref" in node:
        parts = node["$ref"].removeprefix("#/").split("/")
        target: Any = spec
        for part in parts:
            target = target[part]
        node = target
    return node


def ref_name(node: dict[str, Any]) -> str | None:
    ref = node.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


# ---------------------------------------------------------------------------------------------------------------
# What the spec cannot say: the Python side (generated namespaces) and the error classes (np6.errors).


@dataclass(frozen=True)
class PythonCall:
    namespace: str
    sync: str
    asynchronous: str


def python_calls(generated: Path = GENERATED) -> dict[str, PythonCall]:
    """operationId -> the namespace methods the generator wrote for it, read from the source with `ast`.

    The namespaces (`client.<tag>.<operation>`) are generated from the spec, so reading their source gives the
    exact signature users call, with the annotations as written (no import of ~400 model modules)."""
    calls: dict[str, PythonCall] = {}
    for init in sorted((generated / "api").glob("*/__init__.py")):
        tag = init.parent.name
        module = ast.parse(init.read_text(encoding="utf-8"))
        sync: dict[str, str] = {}
        asynchronous: dict[str, str] = {}
        for node in module.body:
            # `Targets` / `AsyncTargets` are `client.targets`; `RawTargets` is `client.with_raw_response.targets`.
            if not isinstance(node, ast.ClassDef) or node.name.removeprefix("Async").startswith("Raw"):
                continue
            for method in node.body:
                if isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef) and not method.name.startswith("_"):
                    parts = _arguments(method.args)
                    arguments = ", ".join(parts)
                    if len(arguments) > 60:  # one parameter per line, as a formatter would
                        arguments = "".join(f"\n    {part}," for part in parts) + "\n"
                    text = f"client.{tag}.{method.name}({arguments})"
                    if method.returns is not None:
                        text += f" -> {ast.unparse(method.returns)}"
                    if isinstance(method, ast.AsyncFunctionDef):
                        asynchronous[method.name] = f"await {text}"
                    else:
                        sync[method.name] = text
        for name, text in sync.items():
            calls[name] = PythonCall(tag, text, asynchronous.get(name, ""))
    return calls


def _arguments(arguments: ast.arguments) -> list[str]:
    """The parameters of a method as written, without `self`."""
    positional = [*arguments.posonlyargs, *arguments.args][1:]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(arguments.defaults)) + list(arguments.defaults)
    parts = [_argument(arg, default) for arg, default in zip(positional, defaults, strict=True)]
    if arguments.kwonlyargs:
        parts.append("*")
        parts += [
            _argument(arg, default) for arg, default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)
        ]
    return parts


def _argument(arg: ast.arg, default: ast.expr | None) -> str:
    text = arg.arg
    if arg.annotation is not None:
        text += f": {ast.unparse(arg.annotation)}"
    if default is not None:
        text += f" = {ast.unparse(default)}"
    return text


def error_classes(statuses: set[int]) -> dict[int, str]:
    """Status -> the `np6.errors` class np6 raises for it, asked of np6 itself (never copied here)."""
    import httpx
    from np6 import errors

    request = httpx.Request("GET", "https://api-cm.np6.com/")
    return {
        status: type(errors.APIError.from_response(httpx.Response(status, request=request), request)).__name__
        for status in sorted(statuses)
        if status >= 400
    }


# ---------------------------------------------------------------------------------------------------------------
# Markdown rendering.


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _indent(text: str, prefix: str = "    ") -> str:
    return "\n".join(prefix + line if line.strip() else "" for line in text.strip("\n").splitlines())


_LIST_ITEM = re.compile(r"\s*(?:[-*+]|\d+\.)\s")


def _text(text: str | None) -> str:
    """A spec description (CommonMark) as Python-Markdown reads it: `<...>` placeholders (`?unicity=<UNICITY>`)
    shown, not parsed as HTML; a list that starts right after a paragraph line gets the blank line
    Python-Markdown needs to see a list there."""
    if not text:
        return ""
    lines: list[str] = []
    for line in re.sub(r"<(?=[A-Za-z/])", "&lt;", text.strip()).splitlines():
        previous = lines[-1] if lines else ""
        if (
            _LIST_ITEM.match(line)
            and previous.strip()
            and not _LIST_ITEM.match(previous)
            and not previous[:1].isspace()
        ):
            lines.append("")
        lines.append(line)
    return "\n".join(lines)


class TypeNamer:
    """Short type descriptions of schemas, with component schemas linked to the models page."""

    def __init__(self, spec: Spec, models_link: str) -> None:
        self.spec = spec
        self.models_link = models_link

    def __call__(self, schema: Schema | None) -> str:
        if not schema:
            return "any"
        name = ref_name(schema)
        if name:
            return f"[`{name}`]({self.models_link}#{name})"
        for union in ("oneOf", "anyOf"):
            if union in schema:
                return " or ".join(self(variant) for variant in schema[union])
        if "allOf" in schema:
            return " and ".join(self(part) for part in schema["allOf"])
        if "const" in schema:
            return f"`{json.dumps(schema['const'])}`"
        if "enum" in schema:
            return "one of " + ", ".join(f"`{json.dumps(value)}`" for value in schema["enum"])
        kind = schema.get("type", "any")
        kinds = kind if isinstance(kind, list) else [kind]
        names = []
        for each in kinds:
            if each == "array":
                names.append(f"array of {self(schema.get('items'))}")
            elif each == "object" and isinstance(schema.get("additionalProperties"), dict):
                names.append(f"object of {self(schema['additionalProperties'])}")
            elif schema.get("format") and each != "null":
                names.append(f"{each} ({schema['format']})")
            else:
                names.append(str(each))
        return " or ".join(names)


def _limits(schema: Schema) -> str:
    words = {
        "minItems": "at least {} items",
        "maxItems": "at most {} items",
        "minLength": "at least {} characters",
        "maxLength": "at most {} characters",
        "minimum": "≥ {}",
        "maximum": "≤ {}",
        "pattern": "pattern `{}`",
    }
    text = ", ".join(text.format(schema[key]) for key, text in words.items() if key in schema)
    return re.sub(r"\b1 (item|character)s\b", r"1 \1", text)


def _is_json(media_type: str) -> bool:
    """NP6's vendor media types carry JSON too (`application/vnd.np6.cm.email`); uploads do not."""
    return not media_type.startswith(("application/octet-stream", "multipart/", "text/"))


def _example(content: dict[str, Any]) -> Any:
    if "example" in content:
        return content["example"]
    examples = content.get("examples") or {}
    for example in examples.values():
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    return None


def _json_block(value: Any, title: str) -> str:
    text = json.dumps(value, indent=2, ensure_ascii=False)
    return f'??? example "{title}"\n\n    ```json\n{_indent(text, "    ")}\n    ```\n'


class Reference:
    """Every generated page of the reference, as `{path under docs/: markdown}`."""

    def __init__(self, spec: Spec, calls: dict[str, PythonCall], errors: dict[int, str]) -> None:
        self.spec = spec
        self.calls = calls
        self.errors = errors
        self.tags = {tag["name"]: tag for tag in spec.get("tags", [])}
        self.by_tag: dict[str, list[Operation]] = {name: [] for name in self.tags}
        for operation in operations(spec):
            self.by_tag.setdefault(operation.tag, []).append(operation)

    @classmethod
    def build(cls, spec_path: Path = SPEC, generated: Path = GENERATED) -> Reference:
        spec = load_spec(spec_path)
        statuses = {int(status) for op in operations(spec) for status in op.body["responses"] if status.isdigit()}
        return cls(spec, python_calls(generated), error_classes(statuses))

    # -- structure ---------------------------------------------------------------------------------------------

    def group_of(self, tag: str) -> tuple[str, str]:
        """NP6's tag group split into (group, part): `Email & SMS (events)` -> (`Email & SMS`, `events`)."""
        label = str(self.tags.get(tag, {}).get("x-np6-group") or tag)
        match = re.fullmatch(r"(.+?) \((.+)\)", label)
        return (match.group(1), match.group(2)) if match else (label, "")

    def nav(self) -> list[Any]:
        """The Operations section of the nav: the overview, then NP6's tag groups in the spec's order."""
        groups: dict[str, list[tuple[str, str]]] = {}
        for tag in self.by_tag:
            group, part = self.group_of(tag)
            groups.setdefault(group, []).append((part, tag))
        nav: list[Any] = [OPERATIONS_INDEX]
        for group, members in groups.items():
            if len(members) == 1:
                nav.append({group: f"{OPERATIONS_DIR}/{members[0][1]}.md"})
            else:
                nav.append({group: [{part or tag: f"{OPERATIONS_DIR}/{tag}.md"} for part, tag in members]})
        return nav

    def pages(self) -> dict[str, str]:
        pages = {OPERATIONS_INDEX: self.index_page(), MODELS_PAGE: self.models_page(), SPEC_PAGE: self.spec_page()}
        for tag in self.by_tag:
            pages[f"{OPERATIONS_DIR}/{tag}.md"] = self.tag_page(tag)
        return pages

    def files(self) -> dict[str, str]:
        """The spec itself, served beside its page."""
        return {
            SPEC_FILES[0]: SPEC.read_text(encoding="utf-8"),
            SPEC_FILES[1]: json.dumps(self.spec, indent=2, ensure_ascii=False) + "\n",
        }

    # -- pages -------------------------------------------------------------------------------------------------

    def index_page(self) -> str:
        total = sum(len(ops) for ops in self.by_tag.values())
        lines = [
            "# Operations",
            "",
            f"Every one of the spec's {total} operations, generated from `spec/np6.yaml` when the site is built, "
            "grouped by NP6's tag groups. Each entry gives the HTTP method and path, the Python call "
            "(`client.<tag>.<operation>(...)` on `np6.Client`, the same awaited on `np6.AsyncClient`), parameters, "
            "bodies and media types, responses, the `np6.errors` class each error status raises, NP6's notes and "
            "the operation's provenance ([known vs inferred](../../guides/provenance.md)). Every call is also "
            "`client.with_raw_response.<tag>.<operation>(...)`, which returns the answer as received "
            "([raw responses](../../guides/configuration.md#raw-responses)), and `np6 api <operation>` from the "
            "shell ([command line](../../guides/cli.md#any-operation-np6-api)).",
            "",
            "| NP6 group | namespace | operations | " + " | ".join(PROVENANCE) + " | deprecated |",
            "|---|---|---|" + "---|" * len(PROVENANCE) + "---|",
        ]
        for tag, ops in self.by_tag.items():
            marks = Counter(op.body["x-np6-provenance"] for op in ops)
            deprecated = sum(1 for op in ops if op.body.get("deprecated"))
            label = self.tags.get(tag, {}).get("x-np6-group", tag)
            lines.append(
                f"| [{label}]({tag}.md) | `client.{tag}` | {len(ops)} | "
                + " | ".join(str(marks[mark]) for mark in PROVENANCE)
                + f" | {deprecated} |"
            )
        lines += ["", "## Every operation by name", ""]
        lines += ["| operationId | method and path | summary |", "|---|---|---|"]
        everything = sorted((op for ops in self.by_tag.values() for op in ops), key=lambda op: op.operation_id)
        for op in everything:
            lines.append(
                f"| [`{op.operation_id}`]({op.tag}.md#{op.operation_id}) | `{op.method.upper()} {op.path}` | "
                f"{_one_line(_text(op.body.get('summary', '')))} |"
            )
        return "\n".join(lines) + "\n"

    def tag_page(self, tag: str) -> str:
        info = self.tags.get(tag, {})
        group = info.get("x-np6-group", tag)
        ops = self.by_tag[tag]
        lines = [f"# {group}", "", f"Namespace `client.{tag}` · low-level module `np6_client.api.{tag}`", ""]
        if info.get("description"):
            lines += [_text(info["description"]), ""]
        if info.get("externalDocs", {}).get("url"):
            lines += [f"NP6's reference for this group: <{info['externalDocs']['url']}>", ""]
        lines += ["| operation | method and path | summary | provenance |", "|---|---|---|---|"]
        for op in ops:
            flag = " (deprecated)" if op.body.get("deprecated") else ""
            lines.append(
                f"| [`{op.operation_id}`](#{op.operation_id}) | `{op.method.upper()} {op.path}` | "
                f"{_one_line(_text(op.body.get('summary', '')))}{flag} | {op.body['x-np6-provenance']} |"
            )
        lines.append("")
        for op in ops:
            lines.append(self.operation_section(op))
        return "\n".join(lines)

    def operation_section(self, op: Operation) -> str:
        type_of = TypeNamer(self.spec, "../models.md")
        parts = [
            self._operation_header(op),
            self._python_call(op),
            _text(op.body.get("description", "")) + "\n",
            self._parameters(op, type_of),
            self._request_body(op, type_of),
            self._responses(op, type_of),
        ]
        return "\n".join(part for part in parts if part)

    def _operation_header(self, op: Operation) -> str:
        body = op.body
        provenance = body["x-np6-provenance"]
        out = [f"## `{op.operation_id}` {{#{op.operation_id}}}", "", f"**{_text(body.get('summary', ''))}**", ""]
        badges = [f"`{op.method.upper()} {op.path}`", f"provenance **{provenance}** ({PROVENANCE.get(provenance, '')})"]
        if body.get("deprecated"):
            badges.append("**deprecated**")
        if body.get("externalDocs", {}).get("url"):
            badges.append(f"[NP6 reference]({body['externalDocs']['url']})")
        out += [" · ".join(badges), ""]
        if body.get("x-np6-original-operations"):
            originals = ", ".join(f"`{original}`" for original in body["x-np6-original-operations"])
            out += [f"NP6's original operations merged here: {originals}.", ""]
        if isinstance(body.get("x-np6-original-provenance"), dict):
            marks = ", ".join(f"`{key}`: {mark}" for key, mark in body["x-np6-original-provenance"].items())
            out += [f"Provenance of each original operation: {marks}.", ""]
        if isinstance(body.get("x-np6-provenance-detail"), dict):
            out += ["Provenance of each part:", ""]
            out += [f"- {part}: {_text(str(source))}" for part, source in body["x-np6-provenance-detail"].items()]
            out.append("")
        return "\n".join(out)

    def _python_call(self, op: Operation) -> str:
        call = self.calls.get(op.operation_id)
        if call is None:
            return "*No generated namespace method was found for this operation.*\n"
        out = ['=== "Sync"', "", "    ```python", _indent(call.sync, "    "), "    ```", ""]
        if call.asynchronous:
            out += ['=== "Async"', "", "    ```python", _indent(call.asynchronous, "    "), "    ```", ""]
        out += ['=== "Shell"', "", "    ```sh", f"    {self._shell_call(op)}", "    ```", ""]
        return "\n".join(out)

    def _shell_call(self, op: Operation) -> str:
        """The operation from the command line (`np6 api`), with its required parameters and its body."""
        words = ["np6", "api", op.operation_id]
        for parameter in (resolve(self.spec, p) for p in (*op.path_parameters, *op.body.get("parameters", []))):
            if parameter.get("required"):
                words.append(f"--param {parameter['name']}={parameter['name'].upper()}")
        if "requestBody" in op.body:
            request = resolve(self.spec, op.body["requestBody"])
            if any(_is_json(media_type) for media_type in request.get("content", {})):
                words.append("--body @body.json" if request.get("required") else "[--body @body.json]")
        return " ".join(words)

    def _parameters(self, op: Operation, type_of: TypeNamer) -> str:
        parameters = [resolve(self.spec, p) for p in (*op.path_parameters, *op.body.get("parameters", []))]
        if not parameters:
            return ""
        out = ["**Parameters**", ""]
        for parameter in parameters:
            schema = parameter.get("schema", {})
            facts = [parameter["in"], "required" if parameter.get("required") else "optional", type_of(schema)]
            limit = _limits(resolve(self.spec, schema)) if schema else ""
            if limit:
                facts.append(limit)
            out.append(f"- `{parameter['name']}` ({', '.join(facts)})")
            if parameter.get("description"):
                out += ["", _indent(_text(parameter["description"])), ""]
        return "\n".join(out) + "\n"

    def _request_body(self, op: Operation, type_of: TypeNamer) -> str:
        if "requestBody" not in op.body:
            return ""
        request = resolve(self.spec, op.body["requestBody"])
        out = [f"**Request body** ({'required' if request.get('required') else 'optional'})", ""]
        if request.get("description"):
            out += [_text(request["description"]), ""]
        contents = request.get("content", {})
        for media_type, content in contents.items():
            schema = content.get("schema", {})
            limit = _limits(schema)
            out.append(f"- `{media_type}`: {type_of(schema)}" + (f" ({limit})" if limit else ""))
        out.append("")
        for media_type, content in contents.items():
            example = _example(content)
            if example is not None:
                out.append(_json_block(example, f"Request example ({media_type})"))
        return "\n".join(out)

    def _responses(self, op: Operation, type_of: TypeNamer) -> str:
        out = ["**Responses**", "", "| status | meaning | body | raises |", "|---|---|---|---|"]
        success_example: tuple[str, Any] | None = None
        for status, declared in op.body["responses"].items():
            response = resolve(self.spec, declared)
            contents = response.get("content", {})
            body_types = "<br>".join(f"`{mt}`: {type_of(c.get('schema'))}" for mt, c in contents.items()) or "none"
            error = self.errors.get(int(status)) if status.isdigit() else None
            outcome = f"[`{error}`](../python.md#np6.errors.{error})" if error else ""
            if status.startswith("2"):
                outcome = "returns"
            out.append(f"| {status} | {_one_line(_text(response.get('description', '')))} | {body_types} | {outcome} |")
            for media_type, content in contents.items():
                example = _example(content)
                if success_example is None and status.startswith("2") and example is not None:
                    success_example = (f"{status} {media_type}", example)
        out.append("")
        if success_example:
            out.append(_json_block(success_example[1], f"Response example ({success_example[0]})"))
        return "\n".join(out)

    def models_page(self) -> str:
        used_by: dict[str, set[str]] = {}
        for op in operations(self.spec):
            for name in set(re.findall(r"#/components/schemas/([A-Za-z0-9_.-]+)", json.dumps(op.body))):
                used_by.setdefault(name, set()).add(op.operation_id)
        generated_models = (GENERATED / "models" / "__init__.py").read_text(encoding="utf-8")
        lines = [
            "# Models",
            "",
            "Every schema of `spec/np6.yaml` (`components.schemas`). The generated client has an attrs class of the "
            "same name in `np6_client.models` for each object schema; unions are Python unions of their variants.",
            "",
        ]
        for name, schema in self.spec["components"]["schemas"].items():
            lines.append(self._model_section(name, schema, f'"{name}"' in generated_models, used_by.get(name, set())))
        return "\n".join(lines)

    def _model_section(self, name: str, schema: Schema, has_class: bool, used_by: set[str]) -> str:
        type_of = TypeNamer(self.spec, "")
        lines = [f"## `{name}` {{#{name}}}", ""]
        facts = [f"Python: `np6_client.models.{name}`"] if has_class else []
        kind = type_of({key: value for key, value in schema.items() if key != "properties"})
        if kind not in ("object", "any"):
            facts.append(f"type: {kind}")
        if _limits(schema):
            facts.append(_limits(schema))
        if facts:
            lines += [" · ".join(facts), ""]
        if schema.get("description"):
            lines += [_text(schema["description"]), ""]
        if schema.get("discriminator"):
            lines += [f"Discriminated by `{schema['discriminator']['propertyName']}`.", ""]
        required = set(schema.get("required", []))
        for prop, prop_schema in schema.get("properties", {}).items():
            limit = _limits(prop_schema)
            need = "required" if prop in required else "optional"
            lines.append(f"- `{prop}` ({need}, {type_of(prop_schema)}{', ' + limit if limit else ''})")
            if prop_schema.get("description"):
                lines += ["", _indent(_text(prop_schema["description"])), ""]
        if schema.get("properties"):
            lines.append("")
        if used_by:
            uses = ", ".join(f"[`{op}`](operations/{self._tag_of(op)}.md#{op})" for op in sorted(used_by))
            lines += [f"Used by: {uses}", ""]
        return "\n".join(lines)

    def _tag_of(self, operation_id: str) -> str:
        for tag, ops in self.by_tag.items():
            if any(op.operation_id == operation_id for op in ops):
                return tag
        raise KeyError(operation_id)

    def spec_page(self) -> str:
        info = self.spec["info"]
        lines = [
            "# The spec",
            "",
            f"`spec/np6.yaml` describes **{info['title']} {info['version']}** in OpenAPI {self.spec['openapi']}. "
            "It is the single source of truth of this project: the generated client, the sandbox, the tests and "
            "this reference are derived from it.",
            "",
            "- [np6.yaml](np6.yaml): the spec as written (YAML).",
            "- [openapi.json](openapi.json): the same document as JSON, for tools that want it "
            "(the installed package embeds it as `np6_client/openapi.json`).",
            "",
            "## About this description",
            "",
            _text(info.get("description", "")),
            "",
            "## Servers",
            "",
        ]
        lines += [f"- `{server['url']}`: {_one_line(server.get('description', ''))}" for server in self.spec["servers"]]
        lines += ["", "## Authentication", ""]
        for name, scheme in self.spec["components"].get("securitySchemes", {}).items():
            where = f"`{scheme.get('name')}` {scheme.get('in')}" if scheme.get("in") else scheme.get("scheme", "")
            lines += [f"**{name}** ({scheme['type']}, {where})", "", _text(scheme.get("description", "")), ""]
        lines += ["## Shared responses", "", "| name | meaning |", "|---|---|"]
        for name, response in self.spec["components"].get("responses", {}).items():
            lines.append(f"| `{name}` | {_one_line(_text(response.get('description', '')))} |")
        lines += ["", "## Shared headers", ""]
        for name, header in self.spec["components"].get("headers", {}).items():
            lines.append(f"- `{name}`: {_one_line(_text(header.get('description', '')))}")
        lines += ["", "## Tags", "", "| tag | NP6 group | operations |", "|---|---|---|"]
        for tag, ops in self.by_tag.items():
            label = self.tags.get(tag, {}).get("x-np6-group", tag)
            lines.append(f"| [`{tag}`](operations/{tag}.md) | {label} | {len(ops)} |")
        return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------------------------
# The mkdocs hook.

_built: dict[str, Reference] = {}  # the reference of the current build, from on_config to on_files


def _expand_nav(nav: list[Any], expansion: list[Any]) -> bool:
    """Replaces the entry that points at the operations index with the generated section, in place."""
    for index, item in enumerate(nav):
        if isinstance(item, dict):
            ((title, value),) = item.items()
            if value == OPERATIONS_INDEX:
                nav[index] = {title: expansion}
                return True
            if isinstance(value, list) and _expand_nav(value, expansion):
                return True
    return False


def on_config(config: Any) -> Any:
    reference = _built["reference"] = Reference.build()
    if config.get("nav") and not _expand_nav(config["nav"], reference.nav()):
        raise ValueError(f"mkdocs.yml's nav has no entry for {OPERATIONS_INDEX} (where the operations go)")
    return config


def on_files(files: Any, config: Any) -> Any:
    from mkdocs.structure.files import File

    reference = _built["reference"]
    for path, content in {**reference.pages(), **reference.files()}.items():
        files.append(File.generated(config, path, content=content))
    return files


_SPHINX_ROLE = re.compile(r":(?:class|meth|attr|func|mod|data|exc|obj):<code>~?([\w.]+)</code>")


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Docstrings cross-reference with Sphinx roles (``:class:`Client```): show the name as code, linked when the
    page documents it (``np6.Client`` or ``np6.errors.NotFoundError``)."""
    ids = set(re.findall(r'\bid="([\w.]+)"', html))

    def name(match: re.Match[str]) -> str:
        target = match.group(1)
        candidates = [target, f"np6.{target}", f"np6.errors.{target}", f"np6_testkit.{target}"]
        anchor = next((candidate for candidate in candidates if candidate in ids), None)
        code = f"<code>{target}</code>"
        return f'<a href="#{anchor}">{code}</a>' if anchor else code

    return _SPHINX_ROLE.sub(name, html)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path("reference-preview")
    reference = Reference.build()
    for path, content in {**reference.pages(), **reference.files()}.items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    print(f"wrote {len(reference.pages())} pages under {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
