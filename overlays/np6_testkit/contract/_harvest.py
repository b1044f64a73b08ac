"""Ids for path parameters, found in the API's own answers, so a read-only run covers the account with no ``--param``.

An answer of ``GET /segments`` holds segment ids; ``/segments/{id}`` needs one. Every id in a 2xx JSON answer is
filed under a noun: the top-level items' ``id`` (or ``uuid``), or the items of a list of bare ids, under the last
fixed segment of the answering path (``/segments/{id}/targets`` files target ids), ``<noun>Id`` / ``<noun>Uuid``
keys anywhere under ``<noun>``, and an object's ``id`` under the key holding it (``{"format": {"id": 3}}``). A
path parameter is then looked up by the fixed segment before it (``/actions/{id}`` wants an action id) or by its
own name (``{target}``, ``{version}``).
The spec's response ``links`` say the same for the operations that have them, and are followed first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

__all__ = ["IdHarvest", "noun"]

_ID_KEY = re.compile(r"^(?P<noun>[A-Za-z]+?)(?:Id|Uuid|ID)$")
_MAX_PER_NOUN = 20


def noun(word: str) -> str:
    """``actions``, ``action``, ``actionId`` -> ``action``; ``categories`` -> ``category``."""
    word = word.lower()
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _is_id(value: object) -> bool:
    return (isinstance(value, int) and not isinstance(value, bool)) or (
        isinstance(value, str) and 0 < len(value) <= 200
    )


class IdHarvest:
    """The ids seen so far, by noun, in the order they were seen (the first one is used)."""

    def __init__(self) -> None:
        self._ids: dict[str, list[str]] = {}
        self._linked: dict[tuple[str, str], list[str]] = {}

    def _add(self, name: str, value: object) -> None:
        if _is_id(value):
            found = self._ids.setdefault(noun(name), [])
            text = str(value)
            if text not in found and len(found) < _MAX_PER_NOUN:
                found.append(text)

    def add(self, path: str, body: object, links: Mapping[str, Any] | None = None) -> None:
        """File the ids of ``body``, the JSON answer of the operation at ``path`` (a spec path template)."""
        fixed = [part for part in path.split("/") if part and not part.startswith("{")]
        owner = fixed[-1] if fixed else ""
        for item in _top_items(body):
            self._add(owner, item.get("id", item.get("uuid")))
        if isinstance(body, list):  # a list of bare ids (``GET /segments/{id}/targets``)
            for value in body:
                if not isinstance(value, (dict, list)):
                    self._add(owner, value)
        self._walk(body, owner)
        for link in (links or {}).values():
            self._follow(link, body)

    def _walk(self, value: object, under: str) -> None:
        if isinstance(value, list):
            for item in value:
                self._walk(item, under)
        elif isinstance(value, dict):
            for key, item in value.items():
                if not isinstance(key, str):
                    continue
                if match := _ID_KEY.match(key):
                    self._add(match["noun"], item)
                elif isinstance(item, dict) and "id" in item and key != under:
                    self._add(key, item["id"])
                self._walk(item, key)

    def _follow(self, link: Mapping[str, Any], body: object) -> None:
        """A spec link ``{operationId, parameters: {name: "$response.body#/pointer"}}``."""
        target = link.get("operationId")
        for name, expression in (link.get("parameters") or {}).items():
            if not (isinstance(target, str) and isinstance(expression, str)):
                continue
            if expression.startswith("$response.body#"):
                value = _pointer(body, expression.removeprefix("$response.body#"))
                if _is_id(value):
                    self._linked.setdefault((target, name.rpartition(".")[2]), []).append(str(value))

    def value_for(self, operation_id: str, path: str, name: str) -> str | None:
        """An id for path parameter ``name`` of ``operation_id`` (at ``path``), or None when no answer had one."""
        if linked := self._linked.get((operation_id, name)):
            return linked[0]
        parts = [part for part in path.split("/") if part]
        position = parts.index(f"{{{name}}}") if f"{{{name}}}" in parts else -1
        before = next((p for p in reversed(parts[:position]) if not p.startswith("{")), "") if position > 0 else ""
        for candidate in (name if name not in ("id", "uuid") else "", before):
            if candidate and (found := self._ids.get(noun(candidate))):
                return found[0]
        return None

    def nouns(self) -> dict[str, int]:
        return {name: len(values) for name, values in self._ids.items()}


def _top_items(body: object) -> Iterator[dict[str, Any]]:
    if isinstance(body, dict):
        yield body
        for value in body.values():
            if isinstance(value, list):
                yield from (item for item in value if isinstance(item, dict))
    elif isinstance(body, list):
        yield from (item for item in body if isinstance(item, dict))


def _pointer(document: object, pointer: str) -> object:
    for escaped in pointer.split("/")[1:] if pointer else []:
        token = escaped.replace("~1", "/").replace("~0", "~")
        if isinstance(document, dict):
            document = document.get(token)
        elif isinstance(document, list) and token.isdigit() and int(token) < len(document):
            document = document[int(token)]
        else:
            return None
    return document
