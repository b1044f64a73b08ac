"""`make api-diff`: the breaking changes of the public Python API (np6, np6_client) since a git ref.

    python tools/api_diff.py [REF] [--repo DIR] [--package NAME]... [--search PATH]...

REF defaults to the latest release tag (`v*`, highest version first). With no such tag and no REF there is
nothing to compare against: the tool says so and exits 0. The API at REF (read from a temporary git worktree)
is compared with the working tree's by griffe, statically (nothing is imported): removed or renamed public
names, parameters removed, renamed, reordered or made required, changed defaults; and, checked here since griffe
leaves annotations aside, parameters that accept fewer types and return values or attributes that may hold more.
Exit code 1 when there is any breaking change, so CI can run it against the previous tag.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import griffe

PACKAGES = ("np6", "np6_client")
ANSI_ESCAPES = re.compile(r"\x1b\[[0-9;]*m")
SEARCH_PATHS = ("overlays", "generated")


def latest_release_tag(repo: Path) -> str | None:
    tags = subprocess.run(
        ["git", "tag", "--list", "v*", "--sort=-v:refname"], cwd=repo, capture_output=True, text=True, check=True
    ).stdout.split()
    return tags[0] if tags else None


def union_members(annotation: object) -> set[str]:
    """The top-level members of a union annotation as written: `str | list[int] | None` -> {str, list[int], None}."""
    text = str(annotation).replace(" ", "")
    members, depth, start = set(), 0, 0
    for index, char in enumerate(text):
        depth += char in "[("
        depth -= char in "])"
        if char == "|" and depth == 0:
            members.add(text[start:index])
            start = index + 1
    members.add(text[start:])
    return members


def retyped(old: griffe.Object, new: griffe.Object) -> Iterator[str]:
    """Type changes griffe does not check (it leaves annotations aside): a parameter that accepts fewer types,
    a return value or attribute that may hold more. Compared as written, member by member of top-level unions,
    so a renamed or re-spelled type counts as a change: review each one."""
    if new.is_alias or old.is_alias:
        return
    if isinstance(new, griffe.Function) and isinstance(old, griffe.Function):
        for parameter in new.parameters:
            if parameter.name in old.parameters and parameter.annotation is not None:
                before = old.parameters[parameter.name].annotation
                if before is not None and union_members(before) - union_members(parameter.annotation):
                    yield f"{new.path}({parameter.name}): parameter type narrowed: {before} -> {parameter.annotation}"
        if (
            old.returns is not None
            and new.returns is not None
            and union_members(new.returns) - union_members(old.returns)
        ):
            yield f"{new.path}: return type changed: {old.returns} -> {new.returns}"
    elif isinstance(new, griffe.Attribute) and isinstance(old, griffe.Attribute):
        if (
            old.annotation is not None
            and new.annotation is not None
            and union_members(new.annotation) - union_members(old.annotation)
        ):
            yield f"{new.path}: attribute type changed: {old.annotation} -> {new.annotation}"
    elif isinstance(new, griffe.Module | griffe.Class):
        for name, member in new.members.items():
            if name in old.members and member.is_public:
                yield from retyped(old.members[name], member)


def breaking_changes(repo: Path, ref: str, package: str, search_paths: list[str]) -> list[str]:
    """One line per breaking change of ``package`` between ``ref`` and the working tree."""
    try:
        old = griffe.load_git(package, ref=ref, repo=repo, search_paths=search_paths)
    except ImportError:
        return []  # the package is new since ref: nothing of it can break
    new = griffe.load(package, search_paths=[repo / path for path in search_paths])
    found = [
        ANSI_ESCAPES.sub("", breakage.explain(style=griffe.ExplanationStyle.ONE_LINE))
        for breakage in griffe.find_breaking_changes(old, new)
    ]
    return found + list(retyped(old, new))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("ref", nargs="?", help="git ref to compare with (default: the latest v* tag)")
    parser.add_argument("--repo", type=Path, default=Path.cwd(), help="the git repository (default: here)")
    parser.add_argument("--package", action="append", help=f"package to check (default: {', '.join(PACKAGES)})")
    parser.add_argument("--search", action="append", help=f"where packages live (default: {', '.join(SEARCH_PATHS)})")
    args = parser.parse_args(argv)
    repo = args.repo.resolve()

    ref = args.ref or latest_release_tag(repo)
    if ref is None:
        print("api-diff: no release tag (v*) yet, so nothing to compare against;", end=" ")
        print("give a ref: make api-diff API_DIFF_REF=<ref>")
        return 0
    search_paths = args.search or list(SEARCH_PATHS)
    total = 0
    for package in args.package or PACKAGES:
        changes = breaking_changes(repo, ref, package, search_paths)
        total += len(changes)
        for line in changes:
            print(line)
    print(f"api-diff: {total} breaking change(s) of the public API since {ref}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
