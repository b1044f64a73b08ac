"""`np6 targets`: look up, create or update, delete and bulk-import contacts."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ._common import (
    ApiKeyOption,
    AtomicOutput,
    BaseUrlOption,
    ForceOption,
    JsonOption,
    connect,
    print_json,
    progress_bar,
    reflowed,
    usage_error,
)

if TYPE_CHECKING:
    from np6_client.models import Target

    import np6

app = typer.Typer(
    name="targets",
    help="Contacts (NP6 'targets'): look up, create or update, delete, bulk import from CSV.",
    no_args_is_help=True,
)


def _target_json(target: Target) -> dict[str, Any]:
    return target.to_dict()


def _print_target(client: np6.Client, target: Target) -> None:
    """The target for humans: its id, hash, dates, and each field by name (NP6 keys values by field id)."""
    data = target.to_dict()
    names = {str(field.to_dict().get("id")): str(field.to_dict().get("name")) for field in client.fields.list_fields()}
    typer.echo(f"id: {data.get('id', '-')}")
    for key, label in (("hash", "hash"), ("creationDate", "created"), ("lastUpdateDate", "updated")):
        if key in data:
            typer.echo(f"{label}: {data[key]}")
    for field_id, value in sorted(data.get("fields", {}).items(), key=lambda item: names.get(item[0], item[0])):
        typer.echo(f"{names.get(field_id, '?')} ({field_id}): {value}")


@app.command("get")
@reflowed
def get(  # noqa: PLR0917 - typer maps parameters to options
    target_id: Annotated[str | None, typer.Argument(metavar="[ID]", help="The target's id, e.g. 000L0A1B.")] = None,
    unicity: Annotated[
        list[str] | None,
        typer.Option(help="Find the target by its unicity value (e.g. its email); repeat for composite unicity."),
    ] = None,
    hash_: Annotated[str | None, typer.Option("--hash", help="Find the target by its hash.")] = None,
    as_json: JsonOption = False,
    api_key: ApiKeyOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Show a target, found by exactly one of: its ID, --unicity, --hash."""
    if sum(given is not None for given in (target_id, unicity, hash_)) != 1:
        usage_error("give exactly one of ID, --unicity and --hash")
    with connect(api_key, base_url) as client:
        if target_id is not None:
            target = client.targets.get_target(target_id)
        elif unicity is not None:
            target = client.targets.get_target_by_identity(unicity=list(unicity))
        else:
            assert hash_ is not None
            target = client.targets.get_target_by_identity(hash_=hash_)
        if as_json:
            print_json(_target_json(target))
        else:
            _print_target(client, target)


def _fields_of(assignments: Sequence[str], json_body: str | None) -> dict[str, object]:
    if json_body is not None and assignments:
        usage_error("give FIELD=VALUE arguments or --json-body, not both")
    if json_body is not None:
        text = json_body
        if json_body == "-":
            text = sys.stdin.read()
        elif json_body.startswith("@"):
            try:
                text = Path(json_body[1:]).read_text(encoding="utf-8")
            except OSError as unreadable:
                usage_error(f"cannot read --json-body file: {unreadable}")
        try:
            fields = json.loads(text)
        except ValueError as invalid:
            usage_error(f"--json-body is not JSON: {invalid}")
        if not isinstance(fields, dict):
            usage_error('--json-body must be a JSON object of field names to values, e.g. {"email": "a@b.c"}')
        return dict(fields)
    fields = {}
    for assignment in assignments:
        name, equals, value = assignment.partition("=")
        if not equals or not name.strip():
            usage_error(f"{assignment!r} is not FIELD=VALUE (e.g. email=alice@example.com)")
        fields[name.strip()] = value
    if not fields:
        usage_error("give the target's fields as FIELD=VALUE arguments (or --json-body), including its unicity field")
    return fields


@app.command("upsert")
@reflowed
def upsert(
    assignments: Annotated[
        list[str] | None,
        typer.Argument(metavar="[FIELD=VALUE]...", help="Field values by field name, e.g. email=alice@example.com."),
    ] = None,
    json_body: Annotated[
        str | None,
        typer.Option(
            help='The fields as a JSON object instead (typed values: {"email": "a@b.c", "age": 42}); '
            "@FILE reads it from a file, - from stdin."
        ),
    ] = None,
    as_json: JsonOption = False,
    api_key: ApiKeyOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Create a target, or update the one with the same unicity value (e.g. email). Safe to run again.

    Values given as FIELD=VALUE are strings; use --json-body for numbers or other JSON types.
    """
    fields = _fields_of(assignments or [], json_body)
    with connect(api_key, base_url) as client:
        result = client.targets.upsert_detailed(fields)
        if as_json:
            print_json({"created": result.created, "target": _target_json(result.target)})
        else:
            typer.echo(f"{'created' if result.created else 'updated'} target {result.target.id}")


@app.command("delete")
@reflowed
def delete(
    target_id: Annotated[str, typer.Argument(metavar="ID", help="The target's id.")],
    as_json: JsonOption = False,
    api_key: ApiKeyOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Delete a target."""
    with connect(api_key, base_url) as client:
        client.targets.delete_target(target_id)
    if as_json:
        print_json({"deleted": target_id})
    else:
        typer.echo(f"deleted target {target_id}")


# -- import -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    line: int
    """The file line the row ends on (1 is the header)."""
    cells: list[str]


def _rows(path: Path, delimiter: str) -> tuple[list[str], Iterator[Row], int]:
    """The header, the data rows (lazily), and how many there are (a first quick pass, for the progress bar).

    A file that cannot be read as CSV, or whose header is empty or names a field twice, is a usage error.
    """
    try:
        handle = path.open(newline="", encoding="utf-8-sig")  # utf-8-sig: spreadsheets write a BOM
        reader = csv.reader(handle, delimiter=delimiter)
        header = [name.strip() for name in next(reader, [])]
        total = sum(1 for cells in reader if cells)
        handle.seek(0)
        reader = csv.reader(handle, delimiter=delimiter)
        next(reader, None)  # the header
    except (OSError, UnicodeDecodeError, csv.Error) as unreadable:
        usage_error(f"cannot read {path}: {unreadable}")
    problem = None
    if not any(header):
        problem = "has no header row: its first line must name the fields (e.g. email,firstname)"
    elif "" in header:
        problem = f"column {header.index('') + 1} of the header has no field name"
    elif duplicates := sorted({name for name in header if header.count(name) > 1}):
        problem = f"the header names {', '.join(duplicates)} more than once"
    if problem:
        handle.close()
        usage_error(f"{path}: {problem}")

    def rows() -> Iterator[Row]:
        with handle:
            for cells in reader:
                if cells:  # blank lines
                    yield Row(reader.line_num, cells)

    return header, rows(), total


def _fields_of_row(header: list[str], row: Row) -> dict[str, object]:
    """The row's field values by header name; empty cells are left out (the target keeps its value)."""
    if len(row.cells) != len(header):
        raise ValueError(f"{len(row.cells)} values for {len(header)} columns")
    return {name: value for name, value in zip(header, row.cells, strict=True) if value != ""}


@app.command("import")
@reflowed
def import_(  # noqa: PLR0917 - typer maps parameters to options
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE.csv",
            exists=True,
            dir_okay=False,
            readable=True,
            help="CSV whose header row names the fields (e.g. email,firstname); one target per row.",
        ),
    ],
    rejected: Annotated[
        Path | None,
        typer.Option(
            help="Where to write the rejected rows with their line and reason (default: FILE.rejected.csv, "
            "next to the input). Always written, with just the header when nothing was rejected; it must not exist "
            "(or give --force) and appears once the import ends (with the rows processed, if it stops early)."
        ),
    ] = None,
    force: ForceOption = False,
    delimiter: Annotated[str, typer.Option(help="The CSV field separator.")] = ",",
    concurrency: Annotated[int, typer.Option(min=1, max=32, help="Rows upserted in parallel.")] = 4,
    as_json: JsonOption = False,
    api_key: ApiKeyOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Create or update one target per CSV row (like `np6 targets upsert`), with a progress bar and a summary.

    Empty cells are left out (the target's value is kept). A row NP6 refuses, or that lacks the unicity
    field, is rejected and written to the rejected file; the others go on. Running the same file again is
    safe: existing targets are updated. Stops (exit 1) only when the key is refused (401/403).
    """
    if len(delimiter) != 1:
        usage_error("--delimiter must be one character")
    header, rows, total = _rows(file, delimiter)
    rejected_path = rejected or file.with_name(f"{file.stem}.rejected.csv")
    counts = {"created": 0, "updated": 0, "rejected": 0}
    rejected_file = AtomicOutput(rejected_path, "--rejected", force=force, inputs={"the file imported": file})
    started = False
    try:
        with connect(api_key, base_url) as client, progress_bar(total_label="rows") as progress:
            outcomes = client.targets.upsert_many(
                rows, fields=lambda row: _fields_of_row(header, row), concurrency=concurrency
            )
            rejected_rows = csv.writer(rejected_file.handle)
            rejected_rows.writerow(["line", "reason", *header])
            task = progress.add_task(f"importing {file.name}", total=total)
            for outcome in outcomes:  # the first row's upsert is sent here (a refused key stops before it)
                started = True
                counts[outcome.status] += 1
                if outcome.status == "rejected":
                    rejected_rows.writerow([outcome.row.line, str(outcome.error), *outcome.row.cells])
                progress.advance(task)
            started = True  # also when the file has no data row: the rejected file then has its header only
    finally:
        # Rows processed are done at NP6 (importing them again is safe): keep the rejected ones even when the
        # import stopped; when it stopped before the first row, leave the path as it was.
        if started:
            rejected_file.commit()
        else:
            rejected_file.discard()
    processed = sum(counts.values())
    if as_json:
        print_json({"file": str(file), "rows": processed, **counts, "rejected_file": str(rejected_path)})
        return
    typer.echo(
        f"{processed} rows from {file}: {counts['created']} created, {counts['updated']} updated, "
        f"{counts['rejected']} rejected"
    )
    if counts["rejected"]:
        typer.echo(f"rejected rows and their reasons: {rejected_path}")
