"""`np6 segments`: static segment membership."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ._common import (
    ApiKeyOption,
    BaseUrlOption,
    JsonOption,
    connect,
    print_json,
    progress_bar,
    read_values,
    reflowed,
)

app = typer.Typer(name="segments", help="Segments: create a static segment, add targets to one.", no_args_is_help=True)


@app.command("create")
@reflowed
def create(
    name: Annotated[str, typer.Argument(metavar="NAME", help="The segment's name (unique in the account).")],
    test: Annotated[
        bool, typer.Option("--test", help="A test segment: usable in an action's test validation.")
    ] = False,
    as_json: JsonOption = False,
    api_key: ApiKeyOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Create a static segment (members are added with np6 segments add); prints its id."""
    from .. import builders

    with connect(api_key, base_url) as client:
        segment = client.segments.create_segment(body=builders.static_segment(name, test=test or None))
    if as_json:
        print_json(segment.to_dict())
    else:
        typer.echo(f"created segment {segment.id} ({segment.name})")


@app.command("add")
@reflowed
def add(  # noqa: PLR0917 - typer maps parameters to options
    segment_id: Annotated[int, typer.Argument(metavar="SEGMENT_ID", help="The static segment's id.")],
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE",
            exists=True,
            dir_okay=False,
            readable=True,
            help="Target ids, one per line; or a CSV file with --column.",
        ),
    ],
    column: Annotated[
        str | None, typer.Option(help="Read the ids from this column of a CSV file (with a header row).")
    ] = None,
    as_json: JsonOption = False,
    api_key: ApiKeyOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Add targets to a static segment, 50 per request (NP6's limit), with a progress bar.

    Each id is sent once. Safe to run again: targets already in the segment (or unknown to NP6) are not
    counted as added. A dynamic segment is refused by NP6 (409, exit 1).
    """
    ids = read_values(file, column, "target ids")
    unique = 0
    with connect(api_key, base_url) as client, progress_bar(total_label="targets") as progress:
        task = progress.add_task(f"segment {segment_id}", total=None)

        def advance(done: int, total: int) -> None:
            nonlocal unique
            unique = total
            progress.update(task, completed=done, total=total)

        added = client.segments.add_targets(segment_id, ids, on_progress=advance)  # bad ids: ValueError, exit 2
    if as_json:
        print_json({"segment_id": segment_id, "ids": len(ids), "unique": unique, "added": added})
    else:
        typer.echo(
            f"segment {segment_id}: {added} targets added, {unique - added} already members or unknown "
            f"({len(ids)} ids read, {unique} distinct)"
        )
