"""The `np6` command line (``pip install 'np6-sdk[cli]'``).

The console script ``np6`` runs :func:`main`, which needs the ``cli`` extra (typer, rich); without it, ``np6``
says which extra to install and exits 2, like httpx's own ``httpx`` command. ``np6.cli.app`` is the typer app.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import app as app

CLI_DEPENDENCIES = frozenset({"typer", "click", "rich", "shellingham"})
MISSING_EXTRA = (
    "np6's command line needs the 'cli' extra, which is not installed: pip install 'np6-sdk[cli]'\n"
    "(the SDK itself, `import np6`, works without it)"
)


def main() -> None:
    try:
        from ._app import main as run
    except ImportError as error:
        if (error.name or "").partition(".")[0] not in CLI_DEPENDENCIES:
            raise
        print(MISSING_EXTRA, file=sys.stderr)
        raise SystemExit(2) from None
    run()


def __getattr__(name: str) -> Any:
    if name == "app":
        from ._app import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
