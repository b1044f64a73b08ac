"""Values NP6 always returns are plain types (issue 16, item 1): a user's program passes `mypy --strict` with no
``Unset`` handling, and runs against the sandbox.

`main_flow.py` is that program. The test type-checks it as a user's CI would (``mypy --strict`` on the file,
np6 installed), checks it uses none of the escape hatches that would make the check meaningless, then runs it
against a real sandbox over loopback.
"""

from __future__ import annotations

import ast
import io
import subprocess
import sys
import tokenize
from pathlib import Path

import np6

from . import main_flow

PROGRAM = Path(main_flow.__file__)
REPO_ROOT = Path(__file__).resolve().parents[2]


def test_the_program_needs_no_escape_hatch() -> None:
    source = PROGRAM.read_text(encoding="utf-8")
    names = {node.id for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Name)}
    attributes = {node.attr for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Attribute)}
    assert not {"isinstance", "cast", "Unset", "UNSET"} & (names | attributes)
    comments = [
        token.string
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type == tokenize.COMMENT
    ]
    assert not [comment for comment in comments if "type: ignore" in comment]


def test_the_program_passes_mypy_strict() -> None:
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-color-output", str(PROGRAM)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_program_runs_against_the_sandbox(client: np6.Client) -> None:
    result = main_flow.main(client)

    field_id, name, is_unicity = result["field"]  # type: ignore[misc]
    assert (name, is_unicity) == ("firstname", False)  # the sandbox answers the flags NP6 always returns
    target_id, values = result["target"]  # type: ignore[misc]
    assert values == {"728": "ada@example.com"}
    segment_id, segment_name, added = result["segment"]  # type: ignore[misc]
    assert (segment_name, added) == ("Testers", 1)
    action_id, action_type, state = result["action"]  # type: ignore[misc]
    assert (action_type, state) == ("mailMessage", 38)  # content, then the test validation
    assert isinstance(field_id, int) and isinstance(segment_id, int)
    assert isinstance(target_id, str) and isinstance(action_id, str)
