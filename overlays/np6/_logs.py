"""np6's logger: silent unless the application configures logging or sets ``NP6_LOG``.

Like openai-python's ``OPENAI_LOG`` and stripe's ``STRIPE_LOG``: ``NP6_LOG=info`` prints retries, error answers
and slow decisions to stderr, ``NP6_LOG=debug`` every request too. Nothing np6 logs contains the API key or any
header.
"""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("np6")
# A library never prints by itself: without this, Python's last-resort handler writes np6's warnings (retries)
# to the application's stderr when it has not configured logging.
logger.addHandler(logging.NullHandler())

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def setup_logging() -> None:
    """Honour ``NP6_LOG`` (``debug`` or ``info``): a stderr handler on the ``np6`` logger at that level."""
    level = _LEVELS.get(os.environ.get("NP6_LOG", "").strip().lower())
    if level is None or any(getattr(handler, "_np6_log", False) for handler in logger.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(
        logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s", datefmt="%Y-%m-%d %H:%M:%S")
    )
    handler._np6_log = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(level)
