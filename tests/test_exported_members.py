"""np6's public surface: every name in ``__all__`` exists, and every np6 type a user meets in a public signature
(an argument, a return value, an attribute of a returned object) can be imported from ``np6`` by name.

Modelled on httpx's tests/test_exported_members.py, plus the signature walk: starting from what ``np6``
exports, follow the annotations of public functions, methods, properties and attributes to the np6 types they
name (the generated ``np6_client`` types are that package's public surface, not checked here).
"""

from __future__ import annotations

import functools
import inspect
import sys
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any

import np6
import np6.cli.plugins
import np6.origin
import np6.resources
import np6_testkit
import np6_testkit.contract
import np6_testkit.sandbox
import pytest

PACKAGES = [
    np6,
    np6.errors,
    np6.resources,
    np6.spec,
    np6.origin,
    np6.cli.plugins,
    np6_testkit.sandbox,
    np6_testkit.contract,
]
UNRESOLVED: set[str] = set()
"""Annotations naming a type none of the packages exports (found while walking)."""


@pytest.mark.parametrize("package", PACKAGES, ids=lambda package: package.__name__)
def test_every_name_in_all_exists(package: types.ModuleType) -> None:
    assert package.__all__, package.__name__
    assert sorted(set(package.__all__)) == sorted(package.__all__), "names listed twice"
    missing = [name for name in package.__all__ if not hasattr(package, name)]
    assert not missing, f"{package.__name__}.__all__ names what it does not have: {missing}"


def _hints(obj: Any) -> dict[str, Any]:
    """The resolved annotations of a function, class (attributes) or property getter."""
    module = sys.modules.get(getattr(obj, "__module__", "") or "")
    namespace = {**vars(typing), **(vars(module) if module else {})}
    for package in PACKAGES:  # names imported only under TYPE_CHECKING
        namespace.update({name: getattr(package, name) for name in package.__all__})
    try:
        return typing.get_type_hints(obj, globalns=namespace, localns=namespace)
    except NameError as unresolved:
        UNRESOLVED.add(f"{getattr(obj, '__module__', '?')}.{getattr(obj, '__qualname__', obj)}: {unresolved}")
        return {}


def _types_in(annotation: Any) -> Iterator[type]:
    """Every class an annotation names (inside unions, generics, Callable, Literal excluded)."""
    if isinstance(annotation, type) and not typing.get_args(annotation):
        yield annotation
        return
    origin = typing.get_origin(annotation)
    if origin is typing.Literal:
        return
    if isinstance(origin, type):
        yield origin
    for argument in typing.get_args(annotation):
        if isinstance(argument, list):  # Callable[[...], R]
            for item in argument:
                yield from _types_in(item)
        else:
            yield from _types_in(argument)


def _members(cls: type) -> Iterator[Callable[..., Any]]:
    """The public methods and properties of ``cls`` that np6 defines (inherited generated ones are np6_client's)."""
    for name, member in inspect.getmembers(cls):
        if name.startswith("_") and name not in {"__init__", "__call__", "__iter__", "__next__", "__aiter__"}:
            continue
        defined_in = next((base for base in cls.__mro__ if name in vars(base)), cls)
        if not _is_ours(defined_in):
            continue
        if isinstance(member, property) and member.fget is not None:
            yield member.fget
        elif isinstance(member, functools.cached_property):
            yield member.func
        elif inspect.isfunction(member) or inspect.ismethod(member):
            yield member


def _is_ours(cls: type) -> bool:
    """An np6 or test kit class meant to be met (a leading underscore marks one only np6 itself handles)."""
    return cls.__module__.split(".")[0] in {"np6", "np6_testkit"} and not cls.__name__.startswith("_")


def _signature_types(obj: Any) -> Iterator[type]:
    """The classes named by a function's annotations, or by a class's public attribute annotations."""
    for name, annotation in _hints(obj).items():
        if not name.startswith("_"):
            yield from _types_in(annotation)


def _reachable() -> dict[type, str]:
    """np6 / np6_testkit classes reachable from the exported names, each with where it was met."""
    exported = [getattr(package, name) for package in PACKAGES for name in package.__all__]
    seen: dict[type, str] = {}
    queue: list[tuple[type, str]] = [(obj, "exported") for obj in exported if isinstance(obj, type)]
    for obj in exported:
        if inspect.isfunction(obj):
            queue += [(cls, f"{obj.__module__}.{obj.__qualname__}") for cls in _signature_types(obj)]
    while queue:
        cls, where = queue.pop()
        if cls in seen or not _is_ours(cls):
            continue
        seen[cls] = where
        if issubclass(cls, BaseException):
            continue
        members = list(_members(cls))
        found = [
            (found, f"{cls.__qualname__}.{getattr(m, '__name__', '?')}")
            for m in members
            for found in _signature_types(m)
        ]
        if not inspect.isabstract(cls) and "__annotations__" in vars(cls):
            found += [(found, f"{cls.__qualname__} attribute") for found in _signature_types(cls)]
        queue += found
    return seen


def test_every_type_in_a_public_signature_is_exported() -> None:
    exported = {id(getattr(package, name)) for package in PACKAGES for name in package.__all__}
    missing = sorted(
        f"{cls.__module__}.{cls.__qualname__} (from {where})"
        for cls, where in _reachable().items()
        if id(cls) not in exported
    )
    missing += sorted(f"unresolved annotation in {text}" for text in UNRESOLVED)
    assert not missing, "types in public signatures that np6 does not export:\n" + "\n".join(missing)


def test_the_walk_reaches_the_namespaces_and_their_results() -> None:
    reached = _reachable()
    assert np6.SendReport in reached
    assert any(cls.__name__ == "Targets" for cls in reached)  # client.targets
    assert any(cls.__name__ == "UpsertResult" for cls in reached)  # client.targets.upsert_detailed(...)
