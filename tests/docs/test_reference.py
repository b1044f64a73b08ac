"""The site's generated reference against the spec and the SDK it documents (read from the built HTML)."""

from __future__ import annotations

import html
import inspect
import json
import re
from pathlib import Path
from typing import Any

import httpx
import np6
import pytest
from np6 import errors

from .conftest import load_spec

ROOT = Path(__file__).resolve().parents[2]
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_spec()


def spec_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]


def page_text(site_dir: Path, page: str) -> str:
    file = site_dir / page / "index.html"
    assert file.is_file(), f"the site has no page {page}/"
    return html.unescape(re.sub(r"<[^>]+>", "", file.read_text(encoding="utf-8")))


def section(site_dir: Path, page: str, anchor: str) -> str:
    """The text of the `<h2 id=anchor>` section of a page, up to the next h2."""
    source = (site_dir / page / "index.html").read_text(encoding="utf-8")
    match = re.search(rf'<h2 id="{re.escape(anchor)}">(.*?)(?=<h2 |</article>)', source, re.S)
    assert match, f"{page}/ has no section #{anchor}"
    return html.unescape(re.sub(r"<[^>]+>", "", match.group(1)))


def type_names(annotation: str) -> set[str]:
    """The names in a type annotation, without module paths: `list[np6_client.models.target.Target | None]` ->
    {list, Target, None}."""
    return set(re.findall(r"\w+", re.sub(r"(?:\w+\.)+(?=\w)", "", annotation)))


def test_every_operation_of_the_spec_has_its_reference_entry(site_dir: Path, spec: dict[str, Any]) -> None:
    missing = []
    client = np6.Client("docs-test-key", base_url="http://127.0.0.1:9")  # never used to send
    for method, path, operation in spec_operations(spec):
        operation_id, tag = operation["operationId"], operation["tags"][0]
        text = section(site_dir, f"reference/operations/{tag}", operation_id)
        expected = [
            f"{method.upper()} {path}",
            f"provenance {operation['x-np6-provenance']}",
            f"client.{tag}.{operation_id}(",
            f"await client.{tag}.{operation_id}(",
            f"np6 api {operation_id}",
            " ".join(operation["summary"].split()),
        ]
        missing += [f"{operation_id}: {wanted!r}" for wanted in expected if wanted not in " ".join(text.split())]
        # The documented call exists on the client, and returns what the reference says.
        bound = getattr(getattr(client, tag), operation_id)
        returns = inspect.signature(bound).return_annotation
        documented = re.search(rf"client\.{tag}\.{operation_id}\((?:.|\n)*?\)(?: -> (.+))?\n", text)
        if returns is not inspect.Signature.empty and documented and documented.group(1):
            actual = returns.__name__ if isinstance(returns, type) else str(returns)
            if type_names(actual) != type_names(documented.group(1)):
                missing.append(f"{operation_id}: returns {actual}, the reference says {documented.group(1)}")
    client.close()
    assert not missing, "\n".join(missing)


def test_error_statuses_name_the_class_np6_raises_for_them(site_dir: Path, spec: dict[str, Any]) -> None:
    request = httpx.Request("GET", "https://api-cm.np6.com/")
    for _, _, operation in spec_operations(spec)[:20]:
        rows = section(site_dir, f"reference/operations/{operation['tags'][0]}", operation["operationId"])
        for status in operation["responses"]:
            if int(status) < 400:
                continue
            raised = type(errors.APIError.from_response(httpx.Response(int(status), request=request), request))
            assert re.search(rf"\n{status}\s.*?{raised.__name__}", rows, re.S), (operation["operationId"], status)


def test_operations_are_grouped_by_np6_tag_groups(site_dir: Path, spec: dict[str, Any]) -> None:
    overview = page_text(site_dir, "reference/operations")
    for tag in spec["tags"]:
        assert tag["x-np6-group"] in overview, tag["name"]
        title = re.search(
            r"<h1[^>]*>(.*?)</h1>", (site_dir / "reference/operations" / tag["name"] / "index.html").read_text()
        )
        assert title and html.unescape(title.group(1)).startswith(tag["x-np6-group"]), tag["name"]


def test_every_schema_has_its_model_entry(site_dir: Path, spec: dict[str, Any]) -> None:
    models = (site_dir / "reference" / "models" / "index.html").read_text(encoding="utf-8")
    missing = [name for name in spec["components"]["schemas"] if f'id="{name}"' not in models]
    assert not missing, missing


def test_the_spec_is_served_beside_its_page(site_dir: Path) -> None:
    assert (site_dir / "reference" / "np6.yaml").read_bytes() == (ROOT / "spec" / "np6.yaml").read_bytes()
    served = json.loads((site_dir / "reference" / "openapi.json").read_text(encoding="utf-8"))
    assert served == load_spec()
    page = (site_dir / "reference" / "spec" / "index.html").read_text(encoding="utf-8")
    assert 'href="../np6.yaml"' in page and 'href="../openapi.json"' in page


def test_the_python_api_reference_documents_the_public_names(site_dir: Path) -> None:
    page = (site_dir / "reference" / "python" / "index.html").read_text(encoding="utf-8")
    missing = [
        name
        for name in np6.__all__
        if not name.startswith("_") and f'id="np6.{name}"' not in page and f'id="np6.errors.{name}"' not in page
    ]
    assert not missing, f"np6 names with no entry in reference/python/: {missing}"


def test_the_cli_reference_has_every_command_and_option(site_dir: Path) -> None:
    import typer
    from np6.cli import app

    page = (site_dir / "reference" / "cli" / "index.html").read_text(encoding="utf-8")
    missing = []

    def walk(command: Any, path: list[str]) -> None:
        if f'id="{"-".join(path)}"' not in page:
            missing.append(" ".join(path))
        # A hidden option (np6 contract's removed --include-writes, kept to say what replaced it) is not documented.
        for option in (p for p in command.params if p.param_type_name == "option" and not getattr(p, "hidden", False)):
            if f"<code>{option.opts[0]}</code>" not in page:
                missing.append(f"{' '.join(path)} {option.opts[0]}")
        for name, sub in (getattr(command, "commands", None) or {}).items():
            walk(sub, [*path, name])

    walk(typer.main.get_command(app), ["np6"])
    assert not missing, missing
