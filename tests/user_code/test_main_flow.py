"""The whole main flow as a user writes it (issue 16): the program passes `mypy --strict` with no ``Unset``
handling, and runs against the sandbox.

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
from uuid import UUID

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

    assert result["field"] == (1000, "firstname", False, ["textField", "textField", "numeric"])
    assert result["targets"] == (2, False, "Ada", "Cambridge", 36)  # read by field name after the update
    assert result["raw"] == {"728": "ada@example.com", "1000": "Ada", "1001": "Cambridge", "1002": 36}
    assert result["segment"] == ("Testers", 2)
    assert result["action"] == (True, "mailMessage", 50)  # both validation phases
    assert result["applications"] and all(isinstance(uuid, UUID) for uuid in result["applications"])
    assert result["send"] == (2, 1, 0)  # nobody@example.com is not a contact
    assert result["events"] == {"execution": 2, "activation": 2}
