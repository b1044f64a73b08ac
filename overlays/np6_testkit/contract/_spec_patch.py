"""The spec learns from a contract run: the report's suggested changes as a patch to ``spec/np6.yaml``.

:func:`suggest_spec_patch` turns :meth:`ContractReport.suggested_spec_changes` into a unified diff the maintainer
reviews and applies (``git apply`` or ``patch -p1`` from the repository root):

- a confirmed operation (``legacy`` / ``inferred`` / ``3rd-party``, every successful answer matched) gets its
  ``x-np6-provenance`` raised to ``seen``, the elements of its ``x-np6-provenance-detail`` with it (each keeps
  what it rested on: ``seen (np6 contract 2026-12-02; was legacy) (the legacy docs ...)``), and a comment with
  the evidence;
- a deviation (a schema, a status code, a content type, a header) becomes a comment above the place the spec says
  it (the response, or the operation's ``responses``), naming the operation, the check, the JSON path and what
  was found: what to change there is the maintainer's call, so the patch notes it and changes nothing else.

Only lines are inserted or edited, so the rest of the file (its comments, quoting and order) stays as written.
The texts come from the report, which never holds the key.
"""

from __future__ import annotations

import difflib
import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._check import ContractReport

__all__ = ["suggest_spec_patch"]

_RAISED_TO = "seen"
_MARK = re.compile(r"(?P<quote>['\"]?)(?P<mark>legacy|inferred|3rd-party)\b")


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _locate(root: Any, pointer: str) -> tuple[Any, Any] | None:
    """(key node, value node) of the deepest mapping entry on ``pointer`` that the YAML holds."""
    found = None
    node = root
    for token in (_unescape(t) for t in pointer.strip("/").split("/")):
        if getattr(node, "id", "") != "mapping":
            break
        entry = next(((key, value) for key, value in node.value if str(key.value) == token), None)
        if entry is None:
            break
        found = entry
        node = entry[1]
    return found


def suggest_spec_patch(
    report: ContractReport, spec_text: str, *, label: str = "spec/np6.yaml", when: datetime | None = None
) -> str:
    """A unified diff of ``spec_text`` (the text of ``spec/np6.yaml``) applying the report's suggested changes;
    empty when there is nothing to suggest. ``label`` is the file's path in the diff headers (``a/<label>``)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    root = yaml.compose(spec_text, Loader=loader)
    lines = spec_text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    new = list(lines)
    comments: dict[int, list[str]] = {}
    run = f"np6 contract {(when or datetime.now(UTC)):%Y-%m-%d}"
    stamp = f"{run} ({report.base_url})"

    def note(key: Any, text: str) -> None:
        indent = " " * key.start_mark.column
        comment = f"{indent}# {' '.join(f'{stamp}: {text}'.split())}\n"
        if comment not in comments.setdefault(key.start_mark.line, []):
            comments[key.start_mark.line].append(comment)

    def raise_mark(value: Any) -> str | None:
        """Rewrite the mark a one-line scalar starts with; returns the old mark."""
        line = value.start_mark.line
        if value.end_mark.line != line or getattr(value, "id", "") != "scalar":
            return None
        text = new[line]
        match = _MARK.match(text, value.start_mark.column)
        if match is None:
            return None
        old = match["mark"]
        start = match.start("mark")
        replacement = _RAISED_TO if text[value.start_mark.column :].rstrip("\n") == old else None
        if replacement is None:  # a detail element: it keeps what it rested on
            replacement = f"{_RAISED_TO} ({run}; was {old})"
        new[line] = text[:start] + replacement + text[match.end("mark") :]
        return old

    for suggestion in report.suggested_spec_changes():
        located = _locate(root, suggestion.where)
        if located is None:
            continue
        key, value = located
        if suggestion.kind == "raise-mark":
            old = raise_mark(value)
            if old is None:
                continue
            evidence = suggestion.change.partition(": ")[2] or suggestion.change
            note(key, f"{suggestion.operation_id} {old} -> {_RAISED_TO}: {evidence}")
            detail = _locate(root, suggestion.where.rsplit("/", 1)[0] + "/x-np6-provenance-detail")
            if detail is not None and getattr(detail[1], "id", "") == "mapping":
                for element, text in detail[1].value:
                    if element.value != "notes":
                        raise_mark(text)
        else:
            note(key, f"{suggestion.operation_id} {suggestion.kind}: {suggestion.change}")
    for line in sorted(comments, reverse=True):
        new[line:line] = comments[line]
    if new == lines:
        return ""
    return "".join(difflib.unified_diff(lines, new, fromfile=f"a/{label}", tofile=f"b/{label}"))
