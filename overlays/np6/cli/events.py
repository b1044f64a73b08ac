"""`np6 events pull`: copy NP6's action events to a JSON Lines file, resumably, once or continuously.

Exactly-once across interruptions, with the library's :class:`np6.EventFile` and :class:`np6.EventCheckpoint`:
the cursor file is replaced atomically every :data:`CHECKPOINT_EVERY` events and after each
:data:`CHECKPOINT_SPAN` of the stream; on start, the output file is cut back to the checkpoint's size, so
events written after the last checkpoint are pulled again rather than duplicated.
"""

from __future__ import annotations

import datetime
import json
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ._common import (
    ApiKeyOption,
    BaseUrlOption,
    JsonOption,
    connect,
    iso,
    parse_when,
    print_json,
    reflowed,
    refuse_inputs,
    stderr_console,
    usage_error,
)

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    import np6
    from np6 import EventCheckpoint, EventCursor, EventFile

app = typer.Typer(
    name="events", help="Events (sends, opens, clicks, bounces...): pull them to a file.", no_args_is_help=True
)

WINDOW_MINUTES = 24 * 60
"""The default of --window-minutes: the library's ``np6.resources.events.DEFAULT_WINDOW`` (a day), written out so
that `np6 --help` does not import the client (a test checks they agree)."""
CHECKPOINT_EVERY = 1000
"""Events written between two cursor-file updates inside a stretch."""
CHECKPOINT_SPAN = datetime.timedelta(days=1)
"""Stream time read between two cursor-file updates when events are few (each stretch is one iteration, whose
requests adapt their windows to the events, up to --window-minutes each)."""


class Puller:
    """One `events pull`: stretches of the event stream, written to the output, checkpointed as it goes."""

    def __init__(
        self,
        client: np6.Client,
        output: EventFile,
        cursor_file: Path | None,
        *,
        action_id: str | None,
        types: list[str] | None,
        window: datetime.timedelta,
        max_events: int | None,
    ) -> None:
        self.client = client
        self.output = output
        self.cursor_file = cursor_file
        self.action_id = action_id
        self.types = types
        self.window_ms = int(window.total_seconds() * 1000)
        self.span_ms = max(self.window_ms, int(CHECKPOINT_SPAN.total_seconds() * 1000))
        self.max_events = max_events
        self.written = 0
        self.task: TaskID | None = None

    @property
    def full(self) -> bool:
        return self.max_events is not None and self.written >= self.max_events

    def checkpoint(self, cursor: EventCursor) -> None:
        if self.cursor_file is not None:  # without one, nothing could resume from a checkpoint: no fsync
            self.output.checkpoint(cursor, self.cursor_file)

    def pull(self, cursor: EventCursor, end_ms: int, progress: Progress) -> EventCursor:
        """Everything in [cursor, end_ms) (or up to --max-events); the cursor after the last event written."""
        from np6 import EventCursor

        first = cursor.timestamp
        description, total = f"{self.written} events", max(1, end_ms - first)
        if self.task is None:
            self.task = progress.add_task(description, total=total)
        else:  # --follow: one bar, reset at each poll
            progress.reset(self.task, total=total, description=description)
        task = self.task
        while cursor.timestamp < end_ms and not self.full:
            stretch_end = min(cursor.timestamp + self.span_ms, end_ms)
            events = self.client.events.iter_action_events_json(  # the text NP6 sent for each event, as it came
                cursor=cursor,
                end=stretch_end,
                action_id=self.action_id,
                types=self.types,
                window=datetime.timedelta(milliseconds=self.window_ms),
            )
            for event in events:
                self.output.write(event)
                self.written += 1
                if self.full or self.written % CHECKPOINT_EVERY == 0:
                    self.checkpoint(events.cursor)
                    progress.update(
                        task, completed=events.cursor.timestamp - first, description=f"{self.written} events"
                    )
                if self.full:
                    return events.cursor
            cursor = events.cursor
            if cursor.timestamp < stretch_end:  # an empty stretch leaves the cursor where it was
                cursor = EventCursor(stretch_end)
            self.checkpoint(cursor)
            progress.update(task, completed=cursor.timestamp - first, description=f"{self.written} events")
        return cursor


def _load_checkpoint(cursor_file: Path) -> EventCheckpoint | None:
    """The cursor file's checkpoint; a file that is not one is a usage error, found before the output is cut."""
    from np6 import EventCheckpoint

    try:
        return EventCheckpoint.load(cursor_file)
    except OSError as unreadable:
        usage_error(f"cannot read the cursor file {cursor_file}: {unreadable}")
    except ValueError as invalid:
        usage_error(
            f"{cursor_file} is not an np6 events cursor file ({invalid}); give another --cursor-file, or "
            "move this one away to start over from --since"
        )


def _open_output(out: Path, resume: EventCheckpoint | None) -> EventFile:
    from np6 import EventFile

    try:
        return EventFile(out, resume)
    except OSError as unwritable:
        usage_error(f"cannot write {out}: {unwritable}")


def _starting_point(
    since: str | None, cursor_file: Path | None, out: Path
) -> tuple[EventCheckpoint | None, EventCursor]:
    """The checkpoint to resume from (when the cursor file has one) and the cursor to start at."""
    from np6 import EventCursor

    if cursor_file is not None:
        refuse_inputs(out, "--out", {"the --cursor-file": cursor_file})
    resume = _load_checkpoint(cursor_file) if cursor_file is not None else None
    if resume is not None:
        if since is not None:
            typer.echo(f"resuming from {cursor_file} at {iso(resume.cursor.timestamp)}; --since is ignored", err=True)
        return resume, resume.cursor
    if since is None:
        usage_error("give --since (or a --cursor-file saved by an earlier pull, to resume it)")
    return None, EventCursor(parse_when(since, "--since"))


@app.command("pull")
@reflowed
def pull(  # noqa: PLR0917 - typer maps parameters to options
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            metavar="FILE",
            dir_okay=False,
            help="The JSON Lines file events are appended to (an existing file is extended, never replaced; with "
            "--cursor-file, lines written after its last checkpoint are cut off and pulled again).",
        ),
    ],
    since: Annotated[
        str | None,
        typer.Option(
            help="Start of the range: ISO 8601 with a timezone (2026-05-01T00:00:00Z) or epoch ms. "
            "Not needed when resuming from --cursor-file."
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(help="End of the range, excluded (default: now minus 30 s, NP6's publication delay)."),
    ] = None,
    cursor_file: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            dir_okay=False,
            help="Resume from FILE when it exists, and record progress in it: an interrupted pull run again with "
            "the same options continues without gaps or duplicates.",
        ),
    ] = None,
    action: Annotated[str | None, typer.Option(metavar="ACTION_ID", help="Only the events of this action.")] = None,
    event_type: Annotated[
        list[str] | None,
        typer.Option("--type", help="Only events of this type (execution, activation, hit, bounce...); repeatable."),
    ] = None,
    follow: Annotated[
        bool, typer.Option("--follow", help="Keep polling for new events until interrupted (Ctrl-C).")
    ] = False,
    interval: Annotated[float, typer.Option(min=0, help="Seconds between two polls with --follow.")] = 60.0,
    max_polls: Annotated[
        int | None, typer.Option(min=1, help="With --follow, stop after this many polls (for scripts and tests).")
    ] = None,
    max_events: Annotated[
        int | None, typer.Option(min=1, help="Stop after writing this many events (resume later from --cursor-file).")
    ] = None,
    window_minutes: Annotated[
        int,
        typer.Option(
            min=1,
            help="Longest span of events asked per NP6 request (NP6 has no pagination); shorter where events are "
            "dense, so that each request holds a bounded number of events.",
        ),
    ] = WINDOW_MINUTES,
    as_json: JsonOption = False,
    api_key: ApiKeyOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Append NP6 action events in [--since, --until) to a JSON Lines file, oldest first, one event per line:
    each line is the event's JSON text exactly as NP6 sent it (nothing is decoded into models or encoded again, so
    a pull goes at the speed of the wire; an event NP6 spread over several lines is written compactly on one).

    With --cursor-file the pull is resumable: the file is read on start (--since is then ignored) and updated
    as events are written, so running the same command again continues exactly where the last run stopped.
    With --follow it keeps polling every --interval seconds for events NP6 has published since.
    """
    from np6.resources.events import COMMIT_LAG

    if follow and until is not None:
        usage_error("--follow polls up to now: it cannot be combined with --until")
    if max_polls is not None and not follow:
        usage_error("--max-polls bounds --follow: give --follow too")
    until_ms = parse_when(until, "--until") if until is not None else None
    resume, cursor = _starting_point(since, cursor_file, out)
    err = stderr_console()
    output = _open_output(out, resume)
    if output.dropped:
        err.print(
            f"{out}: dropped {output.dropped} bytes written after the last checkpoint (pulled again)", markup=False
        )
    polls = 0
    interrupted = False
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

    try:
        with (
            connect(api_key, base_url) as client,
            Progress(
                TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(), TimeElapsedColumn(), console=err
            ) as progress,
        ):
            puller = Puller(
                client,
                output,
                cursor_file,
                action_id=action,
                types=event_type,
                window=datetime.timedelta(minutes=window_minutes),
                max_events=max_events,
            )
            try:
                while True:
                    now_ms = int(datetime.datetime.now(datetime.UTC).timestamp() * 1000)
                    end_ms = until_ms if until_ms is not None else now_ms - int(COMMIT_LAG.total_seconds() * 1000)
                    if cursor.timestamp < end_ms:
                        cursor = puller.pull(cursor, end_ms, progress)
                    polls += 1
                    if not follow or puller.full or (max_polls is not None and polls >= max_polls):
                        break
                    time.sleep(interval)
            except KeyboardInterrupt:
                interrupted = True  # the cursor file holds the last checkpoint; the output is cut back on resume
    finally:
        output.close()
    summary = {
        "events": puller.written,
        "out": str(out),
        "cursor_file": str(cursor_file) if cursor_file else None,
        "until": iso(cursor.timestamp),
        "complete": not puller.full and not interrupted,
        "polls": polls,
    }
    if as_json:
        print_json(summary)
    else:
        state = "stopped at --max-events" if puller.full else "interrupted" if interrupted else "up to"
        typer.echo(f"{puller.written} events written to {out} ({state} {iso(cursor.timestamp)})")
        if cursor_file is not None and (puller.full or interrupted):
            typer.echo(f"run the same command again to resume from {cursor_file}")
    if interrupted:
        raise typer.Exit(130)


LOCAL_PIPELINES_DIR = ".dlt/pipelines"
"""Where `np6 events sync` keeps dlt's pipeline state, under the working directory: dlt's default (~/.dlt) is
one place for every directory, and a pipeline there stays bound to the DuckDB file of the directory it first ran
in, so a sync from another directory failed. Here the state lives with the DuckDB file it describes (a remote
destination's own copy of the state lets a run from a new directory go on where the last one stopped)."""

DUCKDB_LOAD_SETTINGS = {"threads": 1, "memory_limit": "64MB"}
"""DuckDB's settings for a sync's loads, unless configured the dlt way (``destination.duckdb.credentials.
global_config``): with its defaults (a thread per core, up to 80% of the machine's memory) DuckDB's reading of a
chunk and the merge into a growing table took a 1,000,000-event sync to 411 MB; with these, DuckDB stays near
100 MB and spills what does not fit to a temporary file beside the database, for loads a little slower."""
DUCKDB_GLOBAL_CONFIG = "destination.duckdb.credentials.global_config"

SYNC_CHUNK_EVENTS = 100_000
"""Events loaded per dlt load by `np6 events sync`: each load commits the events and the position reached
together, so a stopped sync goes on from the last one."""


@app.command("sync")
@reflowed
def sync(  # noqa: PLR0917 - typer maps parameters to options
    since: Annotated[
        str,
        typer.Option(
            help="Start of the range on the first run: ISO 8601 with a timezone (2026-05-01T00:00:00Z) or epoch ms. "
            "Later runs go on from what the destination holds."
        ),
    ],
    until: Annotated[
        str | None,
        typer.Option(help="End of the range, excluded (default: now minus 30 s, NP6's publication delay)."),
    ] = None,
    destination: Annotated[
        str,
        typer.Option(
            help="A dlt destination name (duckdb, postgres, bigquery, snowflake, filesystem...), configured the dlt "
            "way (.dlt/secrets.toml or environment variables)."
        ),
    ] = "duckdb",
    dataset: Annotated[str, typer.Option(help="The dataset (schema) the tables go to.")] = "np6",
    pipeline_name: Annotated[
        str,
        typer.Option(
            "--pipeline",
            help="The dlt pipeline's name: its state (what was loaded) is kept under it, and DuckDB's file is "
            "NAME.duckdb in the current directory.",
        ),
    ] = "np6_events",
    pipelines_dir: Annotated[
        Path | None,
        typer.Option(
            metavar="DIR",
            file_okay=False,
            help=f"Where dlt keeps the pipeline's working state (default: {LOCAL_PIPELINES_DIR} in the current "
            "directory, beside DuckDB's file: a sync run from another directory is another pipeline).",
        ),
    ] = None,
    contact: Annotated[
        list[str] | None,
        typer.Option(metavar="UNICITY", help="Also load this contact's hits (table contact_hits); repeatable."),
    ] = None,
    reference_tables: Annotated[
        bool, typer.Option(help="Load the actions, segments and fields tables (replaced on each run).")
    ] = True,
    window_minutes: Annotated[
        int, typer.Option(min=1, help="Longest span of events asked per NP6 request (as for events pull).")
    ] = WINDOW_MINUTES,
    chunk_events: Annotated[
        int,
        typer.Option(
            min=1,
            help="Events per dlt load: each load commits its events with the position reached, so a stopped sync "
            "loses at most this much work.",
        ),
    ] = SYNC_CHUNK_EVENTS,
    as_json: JsonOption = False,
    api_key: ApiKeyOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Load NP6's action events (and reference tables) into a warehouse with dlt: DuckDB by default.

    Tables in the dataset: action_events (merged on the event id), actions, segments, fields, and contact_hits
    with --contact. Run it again to load what is new; a run stopped at any point (even killed) is completed by
    the next one, with each event loaded once. Needs the dlt extra: pip install 'np6-sdk[dlt]'.
    """
    from np6.resources.events import COMMIT_LAG

    os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")  # nothing leaves for dlt's servers unless asked
    try:
        import np6.dlt as np6_dlt

        dlt = np6_dlt.require_dlt()
    except ImportError as missing:
        usage_error(str(missing))
    start_ms = parse_when(since, "--since")
    end_ms = parse_when(until, "--until") if until is not None else None
    if end_ms is not None and start_ms > end_ms:
        usage_error("--since is after --until")
    if destination == "duckdb" and dlt.config.get(DUCKDB_GLOBAL_CONFIG) is None:
        os.environ[DUCKDB_GLOBAL_CONFIG.upper().replace(".", "__")] = json.dumps(DUCKDB_LOAD_SETTINGS)
    try:
        pipeline = dlt.pipeline(
            pipeline_name,
            destination=destination,
            dataset_name=dataset,
            pipelines_dir=str((pipelines_dir or Path(LOCAL_PIPELINES_DIR)).absolute()),
        )
        formats = pipeline.destination.capabilities().supported_loader_file_formats
    except Exception as unusable:  # dlt's errors for an unknown or unconfigured destination
        usage_error(f"cannot use the dlt destination {destination!r}: {unusable}")
    file_format = "jsonl" if "jsonl" in formats else None  # far faster than SQL inserts where supported
    err = stderr_console()
    counts = {"action_events": 0, "contact_hits": 0}
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

    with (
        connect(api_key, base_url) as client,
        Progress(
            TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(), TimeElapsedColumn(), console=err
        ) as progress,
    ):
        if pipeline.has_pending_data:  # a stopped run's extracted events: load them before extracting more
            progress.console.print("completing the load a previous run left pending", markup=False)
            _run(pipeline, None, file_format)
        now_ms = int(datetime.datetime.now(datetime.UTC).timestamp() * 1000)
        last_ms = end_ms if end_ms is not None else now_ms - int(COMMIT_LAG.total_seconds() * 1000)
        task = progress.add_task("0 events", total=max(1, last_ms - start_ms))
        finished: set[str] = set()  # the tables read to the end of the range by the last load

        def on_page(table: str, events: int, timestamp: int) -> None:
            counts[table] += events
            if events == 0:
                finished.add(table)
            if table == "action_events":
                progress.update(task, completed=max(0, timestamp - start_ms))
            progress.update(task, description=f"{counts['action_events'] + counts['contact_hits']} events")

        loads = _load_in_chunks(
            pipeline,
            file_format,
            np6_dlt.source,
            on_page,
            finished,
            client=client,
            start=start_ms,
            end=last_ms,
            contacts=contact or [],
            reference_tables=reference_tables,
            window=datetime.timedelta(minutes=window_minutes),
            chunk_events=chunk_events,
        )
        progress.update(task, completed=max(1, last_ms - start_ms))
    summary = {
        "events": counts["action_events"],
        "contact_hits": counts["contact_hits"],
        "destination": destination,
        "dataset": dataset,
        "pipeline": pipeline_name,
        "until": iso(last_ms),
        "loads": loads,
    }
    if as_json:
        print_json(summary)
    else:
        typer.echo(
            f"{counts['action_events']} events extracted and loaded into {destination} dataset {dataset} "
            f"(up to {iso(last_ms)}; each event once: merged on its id)"
        )


def _run(pipeline: Any, source: Any, file_format: str | None) -> None:
    """``pipeline.run``, raising the np6 error (an NP6 or network failure: exit code 1) that made a step fail."""
    from np6.errors import NP6Error

    try:
        pipeline.run(source, loader_file_format=file_format)
    except Exception as failed:
        cause: BaseException | None = failed
        while cause is not None and not isinstance(cause, NP6Error):
            cause = getattr(cause, "exception", None) or cause.__cause__ or cause.__context__
        if cause is None:
            raise
        raise cause from failed


def _load_in_chunks(
    pipeline: Any,
    file_format: str | None,
    make_source: Any,
    on_page: Any,
    finished: set[str],
    *,
    contacts: list[str],
    reference_tables: bool,
    chunk_events: int,
    **options: Any,
) -> int:
    """Run ``pipeline`` on the source until the action events are all loaded, about ``chunk_events`` per load
    (contacts and reference tables in the first); the number of loads."""
    from np6.dlt import PAGE_EVENTS

    page_events = min(PAGE_EVENTS, chunk_events)
    chunk_pages = chunk_events // page_events
    loads = 0
    while True:
        first = loads == 0
        source = make_source(
            contacts=contacts if first else [],
            reference_tables=reference_tables and first,
            progress=on_page,
            page_events=page_events,
            **options,
        )
        source.action_events.add_limit(chunk_pages)
        finished.clear()
        _run(pipeline, source, file_format)
        loads += 1
        if "action_events" in finished:  # read to the end, not stopped at the chunk's limit
            return loads
