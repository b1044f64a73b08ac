"""The `np6` command line itself: the typer app (needs the `cli` extra; np6.cli.main says so when it is missing)."""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Annotated

import typer

from .._version import __version__
from ._common import reflowed
from .actions import app as actions_app
from .api import CONTEXT_SETTINGS as API_CONTEXT_SETTINGS
from .api import api
from .events import app as events_app
from .fields import app as fields_app
from .segments import app as segments_app
from .targets import app as targets_app

app = typer.Typer(
    name="np6",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # locals would include API keys
)
# One module per command group; they share connection options, client construction and error handling
# (np6.cli._common).
app.add_typer(targets_app)
app.add_typer(segments_app)
app.add_typer(actions_app)
app.add_typer(events_app)
app.add_typer(fields_app)
app.command("api", context_settings=API_CONTEXT_SETTINGS)(api)


def _print_version(wanted: bool) -> None:
    if wanted:
        typer.echo(f"np6 {__version__}")
        raise typer.Exit()


@app.callback()
@reflowed
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help="Print np6's version and exit.")
    ] = False,
) -> None:
    """The NP6 CM SDK command line: contacts, segments, actions and events of an NP6 CM account, and a sandbox.

    Every API command takes the key from $NP6_API_KEY (or --api-key; never printed) and the API root from
    $NP6_BASE_URL (or --base-url; default https://api-cm.np6.com). Data goes to stdout (JSON with --json),
    progress and diagnostics to stderr. Exit codes: 0 success, 1 NP6 or network failure (the message names the
    x-request-id to give NP6 support), 2 usage error (bad option, unreadable or malformed file). Times are
    ISO 8601 with a timezone (2026-05-01T08:00:00Z) or epoch milliseconds.
    """


def main() -> None:
    app()


# The test kit (np6-sdk[sandbox] / [contract]) adds `np6 sandbox` and `np6 contract` through this entry-point
# group, so the SDK never imports it. Last, so that a command module may import from this one.
for _command in entry_points(group="np6.cli"):
    app.command(name=_command.name)(_command.load())
