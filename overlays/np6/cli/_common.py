"""What every `np6` API command shares: connection options, client construction, error handling, output.

Conventions (documented in ``np6 --help``): data goes to stdout (JSON with ``--json``), progress bars and
diagnostics to stderr; exit code 0 on success, 1 when NP6 or the network failed (the error names the
``x-request-id``), 2 for usage errors (bad options, unreadable or malformed files). The API key is never
printed: it only travels in the ``X-Key`` header.
"""

from __future__ import annotations

import csv
import datetime
import inspect
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress

    import np6

F = TypeVar("F", bound=Callable[..., Any])

USAGE_ERROR = 2
RUNTIME_ERROR = 1

ApiKeyOption = Annotated[
    str | None,
    typer.Option(
        "--api-key",
        envvar="NP6_API_KEY",
        show_envvar=True,
        help="The NP6 API key (sent as X-Key; never printed). Prefer the environment variable.",
        rich_help_panel="Connection",
    ),
]
BaseUrlOption = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        envvar="NP6_BASE_URL",
        show_envvar=True,
        help="The NP6 API root (default: https://api-cm.np6.com).",
        rich_help_panel="Connection",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON on stdout instead of text.")]


def reflowed(command: F) -> F:
    """Join the lines of each paragraph of ``command``'s docstring, so ``--help`` wraps them to the terminal.

    (typer keeps the source's line breaks after the first paragraph.) Put it under ``@app.command()``.
    """
    paragraphs = inspect.cleandoc(command.__doc__ or "").split("\n\n")
    command.__doc__ = "\n\n".join(" ".join(paragraph.split()) for paragraph in paragraphs)
    return command


def usage_error(message: str) -> NoReturn:
    """Stop with exit code 2 and ``message`` on stderr."""
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(USAGE_ERROR)


def runtime_error(message: str) -> NoReturn:
    """Stop with exit code 1 and ``message`` on stderr."""
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(RUNTIME_ERROR)


@contextmanager
def connect(api_key: str | None, base_url: str | None) -> Iterator[np6.Client]:
    """An :class:`np6.Client` for one command; NP6 and network failures become exit code 1, bad input 2.

    Every APIError message carries the request's ``x-request-id``, which NP6 support asks for.
    """
    import np6

    try:
        client = np6.Client(api_key, base_url=base_url)
    except ValueError as bad_setting:  # no key, not a URL, plain http to a remote host
        text = str(bad_setting).replace("pass api_key=...", "pass --api-key")
        usage_error(text)
    try:
        with client:
            yield client
    except np6.NP6Error as failure:  # APIError (with its x-request-id), connection, action state, send stopped
        cause = failure.__cause__
        runtime_error(f"{failure}\n  because: {cause}" if isinstance(cause, np6.NP6Error) else str(failure))
    except ValueError as invalid:  # the SDK checks arguments before sending anything
        usage_error(str(invalid))


def stderr_console() -> Console:
    """Where progress bars and diagnostics go, so stdout stays clean for data and ``--json``."""
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def stdout_console() -> Console:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


def progress_bar(*, total_label: str = "items") -> Progress:
    """A rich progress bar on stderr: description, bar, count, elapsed, remaining."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn(total_label),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=stderr_console(),
        transient=False,
    )


def print_json(data: Any) -> None:
    """``data`` as indented JSON on stdout (UUIDs, datetimes and other objects as strings)."""
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def json_line(data: Any) -> str:
    """``data`` as one compact JSON line (JSON Lines files)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)


_EPOCH_MS = re.compile(r"^\d+$")


def parse_when(text: str, option: str) -> int:
    """Epoch milliseconds from ``text``: ISO 8601 with a timezone (``2026-05-01T08:00:00Z``) or epoch ms.

    A datetime without a timezone is a usage error: NP6 timestamps are UTC, and reading it in this machine's
    zone would silently shift the range.
    """
    value = text.strip()
    if _EPOCH_MS.match(value):
        return int(value)
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        usage_error(f"{option} {text!r} is neither ISO 8601 (e.g. 2026-05-01T08:00:00+00:00) nor epoch milliseconds")
    if moment.tzinfo is None or moment.utcoffset() is None:
        usage_error(
            f"{option} {text!r} has no timezone: add one (e.g. {value}Z or {value}+02:00), "
            "because NP6 timestamps are UTC and a naive time would be ambiguous"
        )
    return int(moment.timestamp() * 1000)


def iso(epoch_ms: int) -> str:
    """Epoch milliseconds as ISO 8601 UTC, for humans."""
    return datetime.datetime.fromtimestamp(epoch_ms / 1000, datetime.UTC).isoformat(timespec="milliseconds")


def read_values(path: Path, column: str | None, what: str) -> list[str]:
    """The values of ``path``: one per line (blank lines skipped), or the CSV ``column`` when given.

    Shared by the commands that read a list of ids or recipients; an unreadable file, an unknown column or
    an empty list is a usage error.
    """
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            if column is None:
                values = [line.strip() for line in handle if line.strip()]
            else:
                reader = csv.DictReader(handle)
                if column not in (reader.fieldnames or []):
                    usage_error(f"{path} has no column {column!r} (its header: {', '.join(reader.fieldnames or [])})")
                values = [(row.get(column) or "").strip() for row in reader]
                values = [value for value in values if value]
    except (OSError, UnicodeDecodeError, csv.Error) as unreadable:
        usage_error(f"cannot read {path}: {unreadable}")
    if not values:
        usage_error(f"{path} lists no {what}")
    return values
