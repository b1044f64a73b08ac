"""What every `np6` API command shares: connection options, client construction, error handling, output.

Conventions (documented in ``np6 --help``): data goes to stdout (JSON with ``--json``), progress bars and
diagnostics to stderr; exit code 0 on success, 1 when NP6 or the network failed (the error names the
``x-request-id``), 2 for usage errors (bad options, unreadable or malformed files). The API key is never
printed: it only travels in the ``X-Key`` header.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import inspect
import json
import os
import re
import secrets
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TextIO, TypeVar

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
ForceOption = Annotated[
    bool, typer.Option("--force", help="Replace the output file if it exists (an input file is never replaced).")
]


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


HEADER_NAMES = frozenset(
    {
        "email",
        "emails",
        "mail",
        "emailaddress",
        "mailaddress",
        "unicity",
        "phone",
        "mobile",
        "msisdn",
        "sms",
        "recipient",
        "recipients",
        "contact",
        "contacts",
        "target",
        "targets",
        "targetid",
        "targetids",
        "id",
        "ids",
        "hash",
        "hashes",
        "targethash",
        "value",
        "values",
    }
)
"""First lines read as a column name, not a value, in a file of ids or recipients (compared lowercased, without
spaces, ``_`` or ``-``)."""
_SHAPE_SAMPLE = 50
_OTHER_DELIMITERS = (";", "\t")


def _is_header(first: str, following: list[str]) -> bool:
    """Whether ``first``, the first line of a one-column file, names the column rather than being a value.

    It does when it is a usual column name (:data:`HEADER_NAMES`), or when it is unlike every value after it:
    they all hold an ``@`` (emails) and it does not, they are all digits (phones, numeric ids) and it is not,
    or they all have one length (hashes, target ids) and it has another.
    """
    if re.sub(r"[\s_\-]", "", first).lower() in HEADER_NAMES:
        return True
    rest = following[:_SHAPE_SAMPLE]
    if not rest:
        return False
    if all("@" in value for value in rest) and "@" not in first:
        return True
    if all(value.lstrip("+").isdigit() for value in rest) and not first.lstrip("+").isdigit():
        return True
    lengths = {len(value) for value in rest}
    return len(rest) >= 2 and len(lengths) == 1 and len(first) not in lengths


def _columns(line: str) -> list[str]:
    """The cells of a CSV line, for the first of comma, semicolon and tab that splits it; one cell otherwise."""
    for delimiter in (",", *_OTHER_DELIMITERS):
        cells = next(csv.reader([line], delimiter=delimiter), [])
        if len(cells) > 1:
            return [cell.strip() for cell in cells]
    return [line]


def read_values(path: Path, column: str | None, what: str) -> list[str]:
    """The values of ``path``: one per line (blank lines skipped), or the CSV ``column`` when given.

    Without ``column``, a first line that names the column (see :func:`_is_header`) is skipped, with a note on
    stderr: a header is never taken for a value. A file with several columns needs ``column``. Shared by the
    commands that read a list of ids or recipients; an unreadable file, an unknown column or an empty list is a
    usage error.
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
    if column is None and values:
        if len(cells := _columns(values[0])) > 1:
            usage_error(
                f"{path} has several columns ({', '.join(cells)}): name the one that holds the {what} with "
                "--column NAME (the file's first line must name its columns)"
            )
        if _is_header(values[0], values[1:]):
            typer.echo(f"{path}: line 1 ({values[0]!r}) is a column name, not one of the {what}: skipped", err=True)
            values = values[1:]
    if not values:
        usage_error(f"{path} lists no {what}")
    return values


# -- output files: an input is never an output, an existing file is replaced only with --force ---------------


def same_file(first: Path, second: Path) -> bool:
    """Whether two paths name one file: the same inode when both exist (hard and symbolic links, ``..``),
    else the same absolute path once symbolic links are followed."""
    try:
        if first.exists() and second.exists():
            return os.path.samefile(first, second)
        return first.resolve() == second.resolve()
    except (OSError, RuntimeError):  # a symbolic link loop: it cannot be written through anyway
        return False


def refuse_inputs(output: Path, option: str, inputs: Mapping[str, Path | None]) -> None:
    """Stop (usage error) when ``output`` names the same file as one of ``inputs`` (what each is called -> path)."""
    for name, path in inputs.items():
        if path is not None and same_file(output, path):
            usage_error(f"{option} {output} is {name}: an input file is never overwritten; choose another {option}")


class AtomicOutput:
    """An output file written in full or not at all, and replacing an existing file only with ``--force``.

    Everything is checked when it is created, before any request is sent: the path is not one of the
    command's inputs, it does not exist (unless ``force``), and its directory is writable. Rows go to a
    temporary file beside it; :meth:`commit` moves that over the path in one step (``os.replace``), and
    :meth:`discard` drops it, leaving whatever was at the path untouched.
    """

    def __init__(self, path: Path, option: str, *, force: bool, inputs: Mapping[str, Path | None]) -> None:
        refuse_inputs(path, option, inputs)
        if path.is_dir():
            usage_error(f"{option} {path} is a directory")
        if (path.exists() or path.is_symlink()) and not force:
            usage_error(f"{option} {path} already exists: give --force to replace it, or choose another file")
        self.path = path
        try:
            self._target = path.resolve()  # through a symbolic link: replace the file it names, not the link
        except (OSError, RuntimeError) as unresolvable:  # a symbolic link loop
            usage_error(f"cannot write {option} {path}: {unresolvable}")
        # Created like open(path, "w") would (permissions from the umask), under a name no one else uses.
        self._temporary = self._target.with_name(f".{self._target.name}.{secrets.token_hex(4)}.tmp")
        try:
            descriptor = os.open(self._temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except OSError as unwritable:
            usage_error(f"cannot write {option} {path}: {unwritable}")
        self.handle: TextIO = os.fdopen(descriptor, "w", newline="", encoding="utf-8")

    def commit(self) -> None:
        """Put the written file in place (a reader sees the old file or the complete new one, never a part)."""
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        with contextlib.suppress(FileNotFoundError):
            os.chmod(self._temporary, self._target.stat().st_mode & 0o7777)  # a replaced file keeps its permissions
        os.replace(self._temporary, self._target)

    def discard(self) -> None:
        """Drop what was written: the path keeps whatever it held before."""
        self.handle.close()
        self._temporary.unlink(missing_ok=True)
