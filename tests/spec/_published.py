"""Finds every JSON snippet NP6's public sources print: the fact inventories and the audit
(`shared/np6-api/*.md`) and the seed extracts (`shared/seeds/*`).

A candidate is a fenced block, an inline code span that opens with `{` or `[`, the body of a curl
`-d '...'`, or, in a seed, the line after "Response" / "application/json". Each is named by its file and a
fingerprint of its whitespace-normalised text, so line shifts in the sources do not matter but any new or
changed snippet does. `tests/spec/examples/published_examples.json` says what each candidate is: an example
of an operation's request or response (with its value copied, so the test runs without `shared/`), or not an
example, and why.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = REPO_ROOT.parent / "shared"
EXAMPLES_FILE = Path(__file__).resolve().parent / "examples" / "published_examples.json"

_FENCE = re.compile(r"```[^\n]*\n(.*?)```", re.S)
_INLINE = re.compile(r"(?<!`)`([^`\n]*(?:\n[^`\n]+)*)`(?!`)")
_CURL_DATA = re.compile(r"-d '([^']*)'?")  # an unclosed quote: the sample is cut


@dataclass(frozen=True)
class Candidate:
    file: str
    line: int
    kind: str
    text: str

    occurrence: int = 1

    @property
    def key(self) -> str:
        """File, fingerprint and, when the same text appears several times in one file, which occurrence."""
        suffix = f"#{self.occurrence}" if self.occurrence > 1 else ""
        return f"{self.file}#{fingerprint(self.text)}{suffix}"

    def value(self) -> Any:
        """The JSON value, or raises ValueError when the text is not complete JSON (cut, pseudo-JSON)."""
        return json.loads(self.text)


def fingerprint(text: str) -> str:
    return hashlib.sha1(" ".join(text.split()).encode()).hexdigest()[:12]


def source_files(shared: Path = SHARED) -> list[Path]:
    return sorted((shared / "np6-api").glob("*.md")) + sorted(
        path for path in (shared / "seeds").glob("*") if path.is_file()
    )


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _curl_bodies(text: str) -> Iterator[tuple[int, str]]:
    for match in _CURL_DATA.finditer(text):
        yield match.start(1), match.group(1)


def candidates_of(path: Path) -> Iterator[Candidate]:
    text = path.read_text(encoding="utf-8")
    name = path.name
    if path.suffix != ".md":
        yield from _seed_candidates(name, text)
        return
    for match in _FENCE.finditer(text):
        block = match.group(1)
        if "curl " in block:
            for offset, body in _curl_bodies(block):
                yield Candidate(name, _line(text, match.start(1) + offset), "curl-body", body.strip())
        else:
            yield Candidate(name, _line(text, match.start(1)), "fence", block.strip())
    outside_fences = _FENCE.sub(lambda m: " " * len(m.group(0)), text)
    for match in _INLINE.finditer(outside_fences):
        span = match.group(1).strip()
        if span.startswith(("{", "[")):
            yield Candidate(name, _line(text, match.start(1)), "inline", span)
        elif "-d '" in span:
            for offset, body in _curl_bodies(span):
                yield Candidate(name, _line(text, match.start(1) + offset), "curl-body", body.strip())


def _seed_candidates(name: str, text: str) -> Iterator[Candidate]:
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if line.strip() == "application/json" and index > 0 and lines[index - 1].strip() == "Response":
            following = lines[index + 1].strip() if index + 1 < len(lines) else ""
            if following.startswith(("{", "[")):
                yield Candidate(name, index + 2, "seed-response", following)
    offset = 0
    for offset, body in _curl_bodies(text):
        yield Candidate(name, _line(text, offset), "curl-body", body.strip())


def all_candidates(shared: Path = SHARED) -> list[Candidate]:
    numbered: list[Candidate] = []
    for path in source_files(shared):
        seen: dict[str, int] = {}
        for candidate in sorted(candidates_of(path), key=lambda found: found.line):
            name = fingerprint(candidate.text)
            seen[name] = seen.get(name, 0) + 1
            numbered.append(dataclasses.replace(candidate, occurrence=seen[name]))
    return numbered


def load_catalogue() -> dict[str, Any]:
    catalogue: dict[str, Any] = json.loads(EXAMPLES_FILE.read_text(encoding="utf-8"))
    return catalogue
