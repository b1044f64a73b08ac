"""What each part of the test kit needs installed, and the error that says so."""

from __future__ import annotations

EXTRAS = {"sandbox": frozenset({"starlette", "uvicorn", "jsonschema", "referencing"})}


def missing_extra(error: ImportError, part: str, extra: str) -> ImportError | None:
    """The ImportError naming ``extra`` when ``error`` is about one of its dependencies, else None."""
    if (error.name or "").partition(".")[0] not in EXTRAS[extra]:
        return None
    return ImportError(
        f"{part} needs the '{extra}' extra, which is not (fully) installed ({error.name} is missing): "
        f"pip install 'np6-sdk[{extra}]'",
        name=error.name,
    )
