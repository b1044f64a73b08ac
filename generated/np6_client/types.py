"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote
from uuid import UUID

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


def path_segment(value: object, name: str) -> str:
    """``value`` as one percent-escaped URL path segment.

    Only a string, an int or a UUID (what ``format: uuid`` parameters are typed as) can be a path parameter
    (bool, None, floats and containers are a TypeError),
    and an empty (or blank) value, ``.`` or ``..`` is a ValueError: the URL would name another route
    (``/targets/..`` is ``/``). Everything else is escaped, ``/`` included, so it stays in its segment.
    """
    if isinstance(value, bool) or not isinstance(value, (str, int, UUID)):
        raise TypeError(
            f"path parameter {name!r} must be a str, an int or a UUID, got {type(value).__name__}: {value!r:.80}"
        )
    text = str(value)
    if not text.strip() or text in (".", ".."):
        raise ValueError(
            f"path parameter {name!r} cannot be {text!r}: the URL would name another route"
        )
    return quote(text, safe="")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "path_segment",
]
