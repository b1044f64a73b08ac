"""`np6 events pull`: copy NP6's action events to a JSON Lines file, resumably, once or continuously.

Exactly-once across interruptions, with the library's :class:`np6.EventFile` and :class:`np6.EventCheckpoint`:
the cursor file is replaced atomically every :data:`CHECKPOINT_EVERY` events and after each
:data:`CHECKPOINT_SPAN` of the stream; on start, the output file is cut back to the checkpoint's size, so
events written after the last checkpoint are pulled again rather than duplicated.
"""

from __future__ import annotations

import datetime
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

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
    import np6
    from np6 import EventCheckpoint, EventCursor, EventFile
    from rich.progress import Progress, TaskID

app = typer.Typer(
    name="events", help="Events (sends, opens, clicks, bounces...): pull them to a file.", no_args_is_help=True
)

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
            events = self.client.events.iter_action_events_raw(  # NP6's events as sent: no models
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
    ] = 60,
    as_json: JsonOption = False,
    api_key: ApiKeyOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Append NP6 action events in [--since, --until) to a JSON Lines file, oldest first, one event per line:
    each line is the event's JSON object as NP6 sent it (no models are built, so a pull goes at the speed of the
    wire).

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
