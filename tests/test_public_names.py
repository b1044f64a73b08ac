"""Tests use np6 and its test kit the way a user would: through public modules and public names.

A test module may reach into a private module (a dotted part starting with ``_``) or import a private name only
when it is that module's own test and says so: ``PRIVATE_MODULE_UNDER_TEST = "np6._http._retry"``; then it may
use that module alone. :data:`KNOWN_EXCEPTIONS` lists the other test modules that still do, each with why; it
may only shrink (a listed module that no longer needs it fails here too).

Read from the source with ``ast``: every import (inside functions too), and every ``np6._x`` / ``np6_testkit._x``
attribute path in the code (``monkeypatch.setattr(np6._http._retry.RetryPolicy, ...)`` uses a private module as
surely as an import does); strings and comments are not code.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
PACKAGES = ("np6", "np6_testkit")
KNOWN_EXCEPTIONS: dict[str, str] = {}


def _is_private(part: str) -> bool:
    return part.startswith("_") and not (part.startswith("__") and part.endswith("__"))


def _dotted(node: ast.expr) -> str | None:
    """``a.b.c`` for an attribute chain on a name, else None."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    return ".".join([node.id, *reversed(parts)]) if isinstance(node, ast.Name) else None


def _private_uses(source: str) -> set[str]:
    """The private modules or names ``source`` uses: each dotted path up to its last private part."""
    found: set[str] = set()

    def add(path: str) -> None:
        parts = path.split(".")
        private = [index for index, part in enumerate(parts) if _is_private(part)]
        if parts[0] in PACKAGES and private:
            found.add(".".join(parts[: private[-1] + 1]))

    tree = ast.parse(source)
    inner = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Attribute)}  # a.b of a.b.c
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            for alias in node.names:
                add(f"{node.module}.{alias.name}")
        elif isinstance(node, ast.Attribute) and id(node) not in inner and (path := _dotted(node)) is not None:
            add(path)
    return found


def _declared(source: str) -> str | None:
    for node in ast.parse(source).body:
        if (
            isinstance(node, ast.Assign)
            and [getattr(target, "id", None) for target in node.targets] == ["PRIVATE_MODULE_UNDER_TEST"]
            and isinstance(node.value, ast.Constant)
        ):
            return str(node.value.value)
    return None


def _within(use: str, module: str) -> bool:
    return use == module or use.startswith(f"{module}.")


MODULES = sorted(path.relative_to(TESTS).as_posix() for path in TESTS.rglob("*.py"))


@pytest.mark.parametrize("module", MODULES)
def test_tests_use_public_names_unless_they_test_the_private_module(module: str) -> None:
    source = (TESTS / module).read_text(encoding="utf-8")
    if module == "test_public_names.py":
        return
    uses = _private_uses(source)
    under_test = _declared(source)
    if under_test is not None:
        assert any(part.startswith("_") for part in under_test.split(".")), f"{under_test} is public"
        uses = {use for use in uses if not _within(use, under_test)}
    if module in KNOWN_EXCEPTIONS:
        assert uses, f"{module} uses no private module any more: remove it from KNOWN_EXCEPTIONS"
        return
    assert not uses, f"{module} uses {sorted(uses)}: use the public name, or declare PRIVATE_MODULE_UNDER_TEST"


def test_the_reading_finds_private_uses() -> None:
    source = """
import np6
from np6._http._retry import RetryPolicy
from np6.resources.events import FIRST_WINDOW, _action_of
from np6_testkit.sandbox import Sandbox

def f(monkeypatch):
    monkeypatch.setattr(np6._http._pacing.Pacer, "x", 1)
    return np6.__version__, np6.errors.NP6Error
"""
    assert _private_uses(source) == {"np6._http._retry", "np6._http._pacing", "np6.resources.events._action_of"}
    assert _declared('PRIVATE_MODULE_UNDER_TEST = "np6._http._retry"\n') == "np6._http._retry"
