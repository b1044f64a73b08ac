"""The guides' code against the SDK they describe: every Python block parses, and every `np6.<name>`,
`client.<namespace>.<method>` and `np6_testkit` import it names exists, so a rename shows up here."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import np6
import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "docs").rglob("*.md"))
BLOCK = re.compile(r"^```python[^\n]*\n(.*?)^```", re.S | re.M)


def is_submodule(name: str) -> bool:
    """`np6.dlt` is a module the guide imports (`import np6.dlt`), not an attribute of `np6`."""
    try:
        importlib.import_module(name)
    except ModuleNotFoundError:
        return False
    return True


def python_blocks(page: Path) -> list[str]:
    return [block for block in BLOCK.findall(page.read_text(encoding="utf-8")) if "--8<--" not in block]


def test_the_guides_have_python_examples() -> None:
    assert sum(len(python_blocks(page)) for page in PAGES) > 20


@pytest.mark.parametrize("page", PAGES, ids=[page.relative_to(ROOT / "docs").as_posix() for page in PAGES])
def test_every_name_a_guide_uses_exists(page: Path) -> None:
    client = np6.Client("docs-test-key", base_url="http://127.0.0.1:9")  # never used to send
    missing = []
    try:
        for block in python_blocks(page):
            tree = ast.parse(block)  # a SyntaxError names the block's line
            for node in ast.walk(tree):
                if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "np6":
                    if not hasattr(np6, node.attr) and not is_submodule(f"np6.{node.attr}"):
                        missing.append(f"np6.{node.attr}")
                elif (
                    isinstance(node, ast.ImportFrom)
                    and node.module
                    and node.module.split(".")[0]
                    in (
                        "np6",
                        "np6_testkit",
                        "np6_client",
                    )
                ):
                    module = importlib.import_module(node.module)
                    missing += [
                        f"{node.module}.{alias.name}"
                        for alias in node.names
                        if not hasattr(module, alias.name) and not is_submodule(f"{node.module}.{alias.name}")
                    ]
            for namespace, method in re.findall(r"\bclient\.(\w+)\.(\w+)\(", block):
                if namespace in ("with_options", "with_raw_response"):
                    continue
                if not hasattr(getattr(client, namespace, None), method):
                    missing.append(f"client.{namespace}.{method}")
            for namespace, method in re.findall(r"\bclient\.with_raw_response\.(\w+)\.(\w+)\(", block):
                if not hasattr(getattr(client.with_raw_response, namespace, None), method):
                    missing.append(f"client.with_raw_response.{namespace}.{method}")
    finally:
        client.close()
    assert not missing, f"{page.name} uses names np6 does not have: {sorted(set(missing))}"
