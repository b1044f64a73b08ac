"""Each operation's documentation is where the user looks (issue 16, item 6).

`help(client.segments.add_segment_targets)` and IDE hovers show NP6's summary, description and behaviour notes, the
parameters, and the `np6.errors` classes the call raises, all generated from the spec.
"""

from __future__ import annotations

import importlib
import inspect
import pydoc
import re
from collections.abc import Iterator
from typing import Any

import httpx
import np6
import pytest
import spec_lint  # tools/, on pytest's pythonpath


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                yield operation["tags"][0], operation["operationId"], operation


def _words(text: str) -> str:
    return " ".join(text.split())


def _documented_errors(operation: dict[str, Any]) -> dict[int, str]:
    """The np6.errors class np6 raises for each error status the operation documents (np6.errors' own choice)."""
    request = httpx.Request("GET", "http://127.0.0.1/")
    return {
        int(status): type(np6.APIError.from_response(httpx.Response(int(status)), request)).__name__
        for status in operation["responses"]
        if status.isdigit() and int(status) >= 400
    }


def _namespace_methods(spec: dict[str, Any]) -> Iterator[Any]:
    for tag, operation_id, operation in _operations(spec):
        package = importlib.import_module(f"np6_client.api.{tag}")
        for namespace in (tag, f"async_{tag}"):
            class_name = "".join(part.title() for part in namespace.split("_"))
            yield pytest.param(
                getattr(getattr(package, class_name), operation_id), operation, id=f"{class_name}.{operation_id}"
            )


@pytest.mark.parametrize(("method", "operation"), list(_namespace_methods(spec_lint.load_spec())))
def test_each_namespace_method_documents_its_operation(method: Any, operation: dict[str, Any]) -> None:
    doc = inspect.getdoc(method) or ""
    flat = _words(doc)
    assert doc.startswith(_words(operation.get("summary") or operation["operationId"]))
    description = _words(operation.get("description", ""))
    assert description[:60] in flat, "the operation's description (NP6's behaviour notes)"
    for name in inspect.signature(method).parameters:
        if name != "self":
            assert re.search(rf"^\s+{name} \(", doc, re.M), f"parameter {name} documented"
    raises = doc.split("Raises:", 1)[1].split("Returns:", 1)[0]
    for status, error_class in _documented_errors(operation).items():
        assert f"np6.errors.{error_class}: {status}" in raises
    assert "np6.errors.APIConnectionError" in raises
    assert "UnexpectedStatus" not in doc and "httpx" not in raises


def test_the_low_level_functions_say_what_np6_raises(spec: dict[str, Any]) -> None:
    for tag, operation_id, _ in _operations(spec):
        module = importlib.import_module(f"np6_client.api.{tag}.{operation_id}")
        for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):  # no sync/asyncio without a body
            function = getattr(module, name, None)
            if function is None:
                continue
            doc = function.__doc__ or ""
            assert "errors.UnexpectedStatus" not in doc and "httpx.TimeoutException" not in doc, operation_id
            assert "np6.errors.APIConnectionError" in doc, operation_id


def test_help_shows_np6_behaviour_and_errors(client: np6.Client) -> None:
    text = _words(pydoc.render_doc(client.segments.add_segment_targets, renderer=pydoc.plaintext))
    assert "Add targets to a static segment" in text
    assert "At most **50 target identifiers per call**" in text  # NP6's limit, from the operation's description
    assert "body (list[str]): Targets to add to a static segment" in text
    assert "np6.errors.ConflictError: 409. (legacy; meanings partly inferred) The segment is not static" in text
    assert "Returns: int" in text
