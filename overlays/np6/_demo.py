"""`make demo`: build a client for NP6 and list every operation it can call, grouped by tag.

No request is sent. Later versions of this demo run the full mail workflow against the embedded sandbox.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

import np6_client
import np6_client.api

DEMO_KEY = "demo-key-not-a-real-key"


def build_client(api_key: str, base_url: str = "https://api-cm.np6.com") -> np6_client.AuthenticatedClient:
    """The generated client; its defaults send the key in NP6's `X-Key` header, with no prefix."""
    return np6_client.AuthenticatedClient(base_url=base_url, token=api_key)


def _summary(module: ModuleType) -> str:
    doc = (module.sync_detailed.__doc__ or "").strip()
    return doc.splitlines()[0] if doc else ""


def operations_by_tag() -> dict[str, list[tuple[str, str]]]:
    """{tag module: [(function module, summary), ...]} for every generated operation."""
    table: dict[str, list[tuple[str, str]]] = {}
    for tag in sorted(pkgutil.iter_modules(np6_client.api.__path__), key=lambda info: info.name):
        package = importlib.import_module(f"np6_client.api.{tag.name}")
        operations = [
            (operation.name, _summary(importlib.import_module(f"{package.__name__}.{operation.name}")))
            for operation in sorted(pkgutil.iter_modules(package.__path__), key=lambda info: info.name)
        ]
        table[tag.name] = operations
    return table


def main() -> None:
    client = build_client(DEMO_KEY)
    table = operations_by_tag()
    total = sum(len(operations) for operations in table.values())
    print(f"np6_client for {client._base_url}: {total} operations in {len(table)} groups")
    print("Call any of them as np6_client.api.<group>.<operation>.sync(client=client, ...)\n")
    for tag, operations in table.items():
        print(f"{tag} ({len(operations)})")
        for name, summary in operations:
            print(f"  {name:<48} {summary}")
    print()


if __name__ == "__main__":
    main()
