"""The import graph of overlays/: no cycle, the SDK never imports the test kit, the test kit's sandbox takes no
NP6 fact from the client it tests (of np6 it uses the spec reader, np6.spec, and where a key may go,
np6.origin), and the test kit uses no private SDK module: what it shares with the SDK is public and documented
(np6.spec, np6.origin, np6.cli.plugins), like what any other user of the SDK would use.

Read from the source with ``ast``: every ``import`` counts, inside functions too (a lazy import is still a
dependency); imports under ``if TYPE_CHECKING:`` count for the SDK/test-kit rule but not for cycles, since they
never run.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

OVERLAYS = Path(__file__).resolve().parents[1] / "overlays"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(OVERLAYS).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in OVERLAYS.rglob("*.py")}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(module: str) -> Iterator[tuple[str, bool]]:
    """(imported module, at run time) for every import in ``module``'s source."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            typing_only.update(id(child) for statement in node.body for child in ast.walk(statement))
    for node in ast.walk(tree):
        runtime = id(node) not in typing_only
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, runtime
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            for alias in node.names:
                submodule = f"{target}.{alias.name}"
                yield (submodule if submodule in MODULES else target), runtime


def _internal(name: str) -> str | None:
    """The overlays module ``name`` is, or is inside; None for other packages."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _graph(*, runtime_only: bool) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {module: set() for module in MODULES}
    for module in MODULES:
        for imported, runtime in _imports(module):
            target = _internal(imported)
            if target is not None and target != module and (runtime or not runtime_only):
                graph[module].add(target)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of ``graph``, as the list of its modules, or None."""
    done: set[str] = set()
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        if module in path:
            return [*path[path.index(module) :], module]
        if module in done:
            return None
        path.append(module)
        for imported in sorted(graph[module]):
            found = visit(imported)
            if found:
                return found
        path.pop()
        done.add(module)
        return None

    return next((found for module in sorted(graph) if (found := visit(module))), None)


def test_the_graph_covers_both_packages() -> None:
    assert {"np6", "np6.errors", "np6.spec", "np6.cli", "np6_testkit.sandbox", "np6_testkit.contract"} <= MODULES.keys()
    assert "np6.errors" in _graph(runtime_only=True)["np6.resources.actions"]  # the reading works


def test_no_import_cycle_in_overlays() -> None:
    cycle = _cycle(_graph(runtime_only=True))
    assert cycle is None, " -> ".join(cycle or [])


def test_the_cycle_check_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


@pytest.mark.parametrize("module", sorted(name for name in MODULES if name.split(".")[0] == "np6"))
def test_the_sdk_never_imports_the_test_kit(module: str) -> None:
    imported = {name for name, _ in _imports(module)}
    assert not {name for name in imported if name.split(".")[0] == "np6_testkit"}


@pytest.mark.parametrize("module", sorted(name for name in MODULES if name.startswith("np6_testkit.sandbox")))
def test_the_sandbox_takes_its_facts_from_the_spec_not_from_the_client(module: str) -> None:
    from_sdk = {name for name, _ in _imports(module) if name.split(".")[0] == "np6"}
    assert from_sdk <= {"np6.spec", "np6.origin"}, from_sdk


def _is_private(module: str) -> bool:
    return any(part.startswith("_") and part != "__init__" for part in module.split("."))


@pytest.mark.parametrize("module", sorted(name for name in MODULES if name.split(".")[0] == "np6_testkit"))
def test_the_test_kit_uses_no_private_sdk_module(module: str) -> None:
    private = {name for name, _ in _imports(module) if name.split(".")[0] == "np6" and _is_private(name)}
    assert not private, private


def test_the_private_module_check_sees_one() -> None:
    assert _is_private("np6.cli._common") and _is_private("np6._http._pipeline")
    assert not _is_private("np6.cli.plugins") and not _is_private("np6.origin")
