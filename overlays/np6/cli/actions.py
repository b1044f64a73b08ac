"""`np6 actions`: list, inspect, validate and send actions (email/SMS messages)."""

from __future__ import annotations

import contextlib
import csv
import datetime
import json
import os
import re
import signal
import tempfile
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer

from ._common import (
    ApiKeyOption,
    AtomicOutput,
    BaseUrlOption,
    ForceOption,
    JsonOption,
    connect,
    json_line,
    parse_when,
    print_json,
    progress_bar,
    read_values,
    reflowed,
    stdout_console,
    usage_error,
)

if TYPE_CHECKING:
    from .. import RecipientResult
    from ..errors import SendError, SendInterrupted
    from ..resources._send import SendReport
    from ..types import ActionOrSkeleton

app = typer.Typer(
    name="actions",
    help="Actions (email/SMS messages): list, show, validate for production, send to a list of recipients.",
    no_args_is_help=True,
)

REPORT_COLUMNS = ("recipient", "status", "message_id", "reason")
STATUSES = frozenset({"sent", "rejected", "unknown", "not_sent"})
SKIPPED_ON_RESUME = frozenset({"sent", "unknown"})
"""Statuses a resumed send skips: sent, or perhaps sent (unknown). Rejected and not_sent recipients got nothing."""
INTERRUPTED = 130
"""The exit code of a command stopped by Ctrl-C (128 + SIGINT), as a shell reports it."""


def _summary(action: ActionOrSkeleton) -> dict[str, Any]:
    data = action.to_dict()
    informations = data.get("informations") or {}
    return {
        "id": data.get("id"),
        "type": data.get("type"),
        "state": informations.get("state"),
        "name": data.get("name"),
    }


@app.command("list")
@reflowed
def list_(
    created_after: Annotated[
        str | None, typer.Option(help="Only actions created at or after this time (ISO 8601 with zone, or epoch ms).")
    ] = None,
    created_before: Annotated[
        str | None, typer.Option(help="Only actions created before this time (ISO 8601 with zone, or epoch ms).")
    ] = None,
    as_json: JsonOption = False,
    api_key: ApiKeyOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """List actions: id, type, state (50 = validated for production) and name."""
    from np6_client.types import UNSET

    start = UNSET if created_after is None else parse_when(created_after, "--created-after")
    end = UNSET if created_before is None else parse_when(created_before, "--created-before")
    with connect(api_key, base_url) as client:
        actions = client.actions.list_actions(creation_start=start, creation_end=end)
    if as_json:
        print_json([action.to_dict() for action in actions])
        return
    if not actions:
        typer.echo("0 actions")
        return
    from rich.markup import escape
    from rich.table import Table

    table = Table("id", "type", "state", "name", box=None, pad_edge=False)
    for action in actions:
        row = _summary(action)
        table.add_row(
            *(escape(str(row[key] if row[key] is not None else "-")) for key in ("id", "type", "state", "name"))
        )
    stdout_console().print(table)
    typer.echo(f"{len(actions)} actions")


@app.command("get")
@reflowed
def get(
    action_id: Annotated[str, typer.Argument(metavar="ID", help="The action's id, e.g. 000PE4.")],
    as_json: JsonOption = False,
    api_key: ApiKeyOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Show an action (--json: all of it, as NP6 returns it)."""
    with connect(api_key, base_url) as client:
        action = client.actions.get_action(action_id)
    if as_json:
        print_json(action.to_dict())
        return
    for key, value in _summary(action).items():
        typer.echo(f"{key}: {value if value is not None else '-'}")


def _text_or_file(value: str, option: str) -> str:
    if not value.startswith("@"):
        return value
    try:
        return Path(value[1:]).read_text(encoding="utf-8")
    except OSError as unreadable:
        usage_error(f"cannot read {option} file: {unreadable}")


@app.command("create")
@reflowed
def create(  # noqa: PLR0917 - typer maps parameters to options
    name: Annotated[str, typer.Argument(metavar="NAME", help="The action's name.")],
    sender: Annotated[str | None, typer.Option(help="An email's From address, e.g. news@example.com.")] = None,
    sender_label: Annotated[str | None, typer.Option(help="The From display name.")] = None,
    subject: Annotated[str | None, typer.Option(help="An email's subject; may use {{field}}.")] = None,
    html: Annotated[str | None, typer.Option(help="An email's HTML body; @FILE reads it from a file.")] = None,
    sms: Annotated[str | None, typer.Option(help="An SMS action's text, instead of an email; @FILE reads it.")] = None,
    as_json: JsonOption = False,
    api_key: ApiKeyOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Create an email action (--sender, --subject, --html) or an SMS action (--sms); prints its id.

    Then validate it (np6 actions validate ID --test-segment SEGMENT) and send it (np6 actions send).
    """
    mail_options = {"--sender": sender, "--subject": subject, "--html": html}
    try:
        body = _action_body(name, sender, sender_label, subject, html, sms, mail_options)
    except ValueError as invalid:  # an empty name, a sender that is not one address
        usage_error(str(invalid))
    with connect(api_key, base_url) as client:
        action = client.actions.create_action(body=body)
    if as_json:
        print_json(action.to_dict())
    else:
        typer.echo(f"created action {action.id} ({action.type_} {action.name})")


def _action_body(  # noqa: PLR0917 - the create command's options
    name: str,
    sender: str | None,
    sender_label: str | None,
    subject: str | None,
    html: str | None,
    sms: str | None,
    mail_options: Mapping[str, str | None],
) -> Any:
    from .. import builders

    if sms is not None:
        if any(value is not None for value in (*mail_options.values(), sender_label)):
            usage_error("--sms makes an SMS action: give it without --sender, --sender-label, --subject, --html")
        return builders.sms_action(name, text=_text_or_file(sms, "--sms"))
    missing = [option for option, value in mail_options.items() if value is None]
    if missing:
        usage_error(f"an email action needs {', '.join(missing)} (or --sms TEXT for an SMS action)")
    assert sender is not None and subject is not None and html is not None
    return builders.mail_action(
        name, sender=sender, sender_label=sender_label, subject=subject, html=_text_or_file(html, "--html")
    )


@app.command("validate")
@reflowed
def validate(
    action_id: Annotated[str, typer.Argument(metavar="ID", help="The action's id.")],
    test_segment: Annotated[
        list[int] | None,
        typer.Option(help="A test segment for the test phase (repeat for several); needed from state 20."),
    ] = None,
    as_json: JsonOption = False,
    api_key: ApiKeyOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Validate an action for production (state 50), running the phases it still needs. Safe to run again.

    From state 20 (with content), NP6 first sends the test phase to the --test-segment segments (-> 38),
    then validates for production (-> 50). An action already in state 50 is left as is.
    """
    with connect(api_key, base_url) as client:
        action = client.actions.validate(action_id, test_segments=test_segment or [])
    if as_json:
        print_json(action.to_dict())
    else:
        typer.echo(f"action {action_id} is validated for production (state {_summary(action)['state']})")


class ReportWriter:
    """The per-recipient report: CSV or JSON Lines, chosen by the file's suffix. Checked and opened (as a
    temporary file, see :class:`AtomicOutput`) before anything is sent; in place only once written in full."""

    def __init__(self, path: Path, *, force: bool, recipients: Path, resume_from: Path | None = None) -> None:
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".jsonl", ".ndjson"):
            usage_error(f"--report {path}: the name must end in .csv or .jsonl (the report's format)")
        self.path = path
        self.format: Literal["csv", "jsonl"] = "csv" if suffix == ".csv" else "jsonl"
        inputs = {"the --to file": recipients, "the --resume-from report": resume_from}
        self._output = AtomicOutput(path, "--report", force=force, inputs=inputs)

    def write(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Write the rows (see :func:`_rows`) and put the file in place."""
        with _uninterruptible():  # a report half written would lose who was sent
            handle = self._output.handle
            if self.format == "csv":
                writer = csv.DictWriter(handle, fieldnames=REPORT_COLUMNS)
                writer.writeheader()
                writer.writerows(rows)
            else:
                handle.writelines(json_line(row) + "\n" for row in rows)
            self._output.commit()

    def discard(self) -> None:
        """Nothing was sent: no report, and a file that was at the path stays as it was."""
        self._output.discard()


def _rows(
    report: SendReport | None, recipients: Sequence[str] = (), skipped: Mapping[str, Mapping[str, str]] | None = None
) -> Iterator[Mapping[str, Any]]:
    """One row per recipient, in input order. For a resumed send (``skipped``, the earlier report's rows of
    the recipients it skipped), the skipped recipients keep their earlier rows among ``recipients``."""
    results = iter(report.results if report is not None else ())
    if skipped is not None:
        for recipient in recipients:
            row = skipped.get(recipient)
            yield row if row is not None else _row(next(results))
    yield from map(_row, results)


def _row(result: RecipientResult) -> Mapping[str, Any]:
    return {
        "recipient": result.recipient,
        "status": result.status,
        "message_id": str(result.message_id) if result.message_id else "",
        "reason": result.reason or "",
    }


@contextlib.contextmanager
def _uninterruptible() -> Iterator[None]:
    """Ctrl-C ignored while the block runs (in the main thread; elsewhere signals cannot be changed)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _previous_report(path: Path) -> list[dict[str, str]]:
    """The rows of a report this command wrote (CSV or JSON Lines, by suffix); a malformed one is a usage error."""
    where = f"--resume-from {path}"
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            if path.suffix.lower() == ".csv":
                reader = csv.DictReader(handle)
                if not set(REPORT_COLUMNS) <= set(reader.fieldnames or []):
                    usage_error(f"{where} is not a send report: its header must name {', '.join(REPORT_COLUMNS)}")
                rows = [{key: row.get(key) or "" for key in REPORT_COLUMNS} for row in reader]
            elif path.suffix.lower() in (".jsonl", ".ndjson"):
                rows = []
                for number, line in enumerate(handle, 1):
                    if not line.strip():
                        continue
                    row = json.loads(line)
                    if not isinstance(row, dict) or not {"recipient", "status"} <= row.keys():
                        usage_error(f"{where}: line {number} is not a recipient's result")
                    rows.append({key: str(row.get(key) or "") for key in REPORT_COLUMNS})
            else:
                usage_error(f"{where}: the name must end in .csv or .jsonl (the report's format)")
    except (OSError, UnicodeDecodeError, csv.Error, ValueError) as unreadable:
        usage_error(f"cannot read {where}: {unreadable}")
    if bad := next((row for row in rows if row["status"] not in STATUSES), None):
        known = ", ".join(sorted(STATUSES))
        usage_error(f"{where}: {bad['recipient']!r} has status {bad['status']!r}, not one of {known}")
    return rows


def _resume(path: Path | None, recipients: list[str]) -> tuple[dict[str, dict[str, str]], list[str]]:
    """The recipients the report at ``path`` lists as sent or unknown (recipient -> its row), and the others."""
    if path is None:
        return {}, recipients
    listed = set(recipients)
    skipped = {
        row["recipient"]: row
        for row in _previous_report(path)
        if row["status"] in SKIPPED_ON_RESUME and row["recipient"] in listed
    }
    pending = [recipient for recipient in recipients if recipient not in skipped]
    typer.echo(
        f"--resume-from {path}: {len(skipped)} of the {len(recipients)} recipients are sent or unknown there and "
        f"are skipped; {len(pending)} to send",
        err=True,
    )
    return skipped, pending


def _fallback_report_path(action_id: str) -> Path:
    """Where the report of a send that did not finish goes when no --report was given: a new file here, or in
    the temporary directory when this one cannot be written."""
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    base = f"np6-send-{re.sub(r'[^A-Za-z0-9_-]', '_', action_id)}-{stamp}"
    directory = Path() if os.access(".", os.W_OK) else Path(tempfile.gettempdir())
    path = directory / f"{base}.csv"
    number = 1
    while path.exists():
        number += 1
        path = directory / f"{base}-{number}.csv"
    return path


def _resume_advice(report_path: Path) -> str:
    return (
        f"To send to the others without mailing anyone twice, run the same command again with --resume-from "
        f"{report_path} (and another --report): it skips every recipient this report lists as sent or unknown."
    )


def _record_stopped_send(
    stopped: SendError | SendInterrupted,
    writer: ReportWriter,
    recipients: Sequence[str],
    skipped: Mapping[str, Mapping[str, str]],
    *,
    as_json: bool,
) -> None:
    """Write the report of a send that did not finish, and say how to resume it. Ctrl-C: exit code 130."""
    import np6

    outcome = stopped.report
    writer.write(_rows(outcome, recipients, skipped))
    if isinstance(stopped, np6.SendError):
        typer.echo(f"Report: {writer.path}. {_resume_advice(writer.path)}", err=True)
        return  # the caller raises it again: exit code 1, with NP6's reason
    if as_json:
        print_json(_send_summary(outcome, writer.path) | {"skipped": len(skipped), "interrupted": True})
    typer.echo(
        f"Interrupted: {outcome.sent} sent, {outcome.rejected} rejected, {outcome.unknown} unknown, "
        f"{outcome.not_sent} not sent, of {len(outcome.results)} recipients. Report: {writer.path}\n"
        + _resume_advice(writer.path),
        err=True,
    )
    if outcome.reconcile is not None:
        typer.echo(_reconcile_advice(outcome), err=True)
    raise typer.Exit(INTERRUPTED)


def _reconcile_advice(report: SendReport) -> str:
    hint = report.reconcile
    assert hint is not None
    return (
        f"{len(hint.recipients)} recipient(s) have an unknown fate: NP6's answer for their batch was lost, so they "
        "may or may not have been sent (status 'unknown' in the report). Do not resend them blindly: once a few "
        "minutes have passed, look for their execution events with\n"
        f"  np6 events pull --since {hint.since.isoformat()} --action {hint.action_id} --type execution "
        "--out executions.jsonl\n"
        "and resend only those without one."
    )


def _send_summary(report: SendReport, report_path: Path | None) -> dict[str, Any]:
    hint = report.reconcile
    return {
        "action_id": report.action_id,
        "channel": report.channel,
        "recipients": len(report.results),
        "sent": report.sent,
        "rejected": report.rejected,
        "unknown": report.unknown,
        "not_sent": report.not_sent,
        "report": str(report_path) if report_path else None,
        "reconcile_since": hint.since.isoformat() if hint else None,
    }


@app.command("send")
@reflowed
def send(  # noqa: PLR0917 - typer maps parameters to options
    action_id: Annotated[str, typer.Argument(metavar="ACTION_ID", help="The action, validated for production.")],
    to: Annotated[
        Path,
        typer.Option(
            "--to",
            metavar="FILE",
            exists=True,
            dir_okay=False,
            readable=True,
            help="The recipients, one per line (or a CSV column with --column).",
        ),
    ],
    column: Annotated[
        str | None,
        typer.Option(
            help="Read the recipients from this column of a CSV --to file (needed when it has several columns; "
            "without it, a first line naming the column, e.g. email, is skipped)."
        ),
    ] = None,
    by: Annotated[
        Literal["unicity", "id", "hash"],
        typer.Option(help="What the recipients are: unicity values (e.g. emails), target ids, or hashes."),
    ] = "unicity",
    channel: Annotated[
        Literal["email", "sms"] | None, typer.Option(help="The channel (default: the action's own).")
    ] = None,
    report: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help="Write one line per recipient (recipient, status sent/rejected/unknown/not_sent, message_id, "
            "reason) to FILE: CSV for *.csv, JSON Lines for *.jsonl. FILE must not exist (or give --force); it "
            "appears once complete, and not at all when nothing was sent.",
        ),
    ] = None,
    force: ForceOption = False,
    resume_from: Annotated[
        Path | None,
        typer.Option(
            metavar="REPORT",
            exists=True,
            dir_okay=False,
            readable=True,
            help="The report of an earlier, unfinished send of this list: skip every recipient it lists as sent "
            "or unknown, send to the others. The new --report lists the skipped recipients too, as REPORT had them.",
        ),
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, max=1000, help="Recipients per NP6 request.")] = 100,
    concurrency: Annotated[int, typer.Option(min=1, max=32, help="Requests in flight at once.")] = 4,
    as_json: JsonOption = False,
    api_key: ApiKeyOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Send a validated action (state 50) to the recipients listed in a file, with a progress bar.

    Every recipient gets one result: sent (with NP6's message id), rejected (NP6's reason, e.g. recipient
    not found) or unknown (the answer was lost: never resent automatically; the command says how to check).
    A recipient listed twice is refused before anything is sent. Exit code 0 when the send ran to the end,
    whatever each recipient's result; 1 when it stopped (e.g. the action is not in state 50); 130 on Ctrl-C.

    Ctrl-C stops the send at once: no new batch starts, the batches in flight are given 10 s to be answered (a
    second Ctrl-C stops the wait; they are then unknown), and the report is written. When a send stops or is
    interrupted without --report, the report is saved as np6-send-ACTION-TIME.csv here. Run the command again
    with --resume-from REPORT to send to the others: nobody the report lists as sent or unknown is sent again.
    """
    import np6

    recipients = read_values(to, column, "recipients")
    skipped, pending = _resume(resume_from, recipients)
    writer = ReportWriter(report, force=force, recipients=to, resume_from=resume_from) if report else None
    if not pending:
        if writer is not None:
            writer.write(_rows(None, recipients, skipped))
        if as_json:
            print_json({"action_id": action_id, "recipients": len(recipients), "skipped": len(skipped), "sent": 0})
        return
    lock = threading.Lock()
    outcome: SendReport | None = None
    try:
        with connect(api_key, base_url) as client, progress_bar(total_label="recipients") as progress:
            task = progress.add_task(f"sending {action_id}", total=len(pending))

            def advance(done: int) -> None:
                with lock:
                    progress.advance(task, done)

            try:
                outcome = client.actions.send(
                    action_id,
                    pending,
                    channel=channel,
                    strings_are=by,
                    batch_size=batch_size,
                    concurrency=concurrency,
                    on_batch_done=advance,
                )
            except (np6.SendError, np6.SendInterrupted) as stopped:
                outcome = stopped.report
                progress.stop()
                # Who was sent must be on record for --resume-from, even without --report.
                record = writer or ReportWriter(_fallback_report_path(action_id), force=False, recipients=to)
                writer = None
                _record_stopped_send(stopped, record, recipients, skipped, as_json=as_json)  # exits 130 on Ctrl-C
                raise
    except KeyboardInterrupt:  # before the send began: nothing was sent
        if outcome is not None:
            raise
        typer.echo("Interrupted before anything was sent.", err=True)
        raise typer.Exit(INTERRUPTED) from None
    finally:
        if writer is not None and outcome is None:
            writer.discard()  # nothing was sent: no report
    if writer is not None:
        writer.write(_rows(outcome, recipients, skipped))
    _print_outcome(outcome, report, skipped=len(skipped), as_json=as_json)


def _print_outcome(outcome: SendReport, report: Path | None, *, skipped: int, as_json: bool) -> None:
    if as_json:
        print_json(_send_summary(outcome, report) | {"skipped": skipped})
    else:
        typer.echo(f"{outcome}" + (f"; report: {report}" if report else ""))
    if outcome.reconcile is not None:
        typer.echo(_reconcile_advice(outcome), err=True)
    if (outcome.rejected or outcome.unknown) and report is None:
        typer.echo("give --report FILE to see each recipient's result", err=True)
