"""Events copied to a file exactly once, across interruptions: a JSON Lines file and a cursor file beside it.

The cursor file records, together, where the event stream got to (an :class:`~np6.EventCursor`) and how many
bytes of the output file hold the events before it; it is replaced atomically. Opening the output with that
checkpoint cuts the file back to the recorded size, so events written after the last checkpoint (a crash
between the two writes) are not duplicated: iterating again from the checkpoint's cursor pulls them again::

    resume = np6.EventCheckpoint.load("events.cursor")          # None the first time
    cursor = resume.cursor if resume else np6.EventCursor(start_ms)
    with np6.EventFile("events.jsonl", resume) as out:
        events = client.events.iter_action_events_json(cursor=cursor, end=end)  # NP6's text of each event
        for event in events:
            out.write(event)
            if out.unsaved >= 1000:
                out.checkpoint(events.cursor, "events.cursor")
        out.checkpoint(events.cursor, "events.cursor")

``np6 events pull --cursor-file`` is built on these two classes.
"""

from __future__ import annotations

import json
import os
from types import TracebackType
from typing import IO, Any, Protocol, Self

from attrs import frozen

from .events import EventCursor

CURSOR_FILE_VERSION = 1
MAX_CURSOR_FILE_BYTES = 64 * 1024 * 1024
"""A cursor file holds a position and the ids of the events at its millisecond: far less than this."""

WRITE_BUFFER = 1024 * 1024
"""Bytes of lines held before they are written to the file (a system call per 8 KiB by default: a third of the
cost of writing a line). :meth:`EventFile.checkpoint` writes them out first, so a checkpoint is unaffected."""
PathLike = str | os.PathLike[str]
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str).encode
"""One event as one compact JSON line's text (one encoder for every line: ``json.dumps`` builds one per call)."""


class _Event(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


@frozen
class EventCheckpoint:
    """What a cursor file holds: the stream position, and the output file's size when it was reached."""

    cursor: EventCursor
    out: str
    """The output file's absolute path."""
    out_bytes: int

    def save(self, path: PathLike) -> None:
        """Write the checkpoint to ``path`` atomically: the file is always the old or the new checkpoint."""
        data = {
            "version": CURSOR_FILE_VERSION,
            "cursor": self.cursor.to_dict(),
            "out": self.out,
            "out_bytes": self.out_bytes,
        }
        target = os.fspath(path)
        directory, name = os.path.split(target)
        temporary = os.path.join(directory, f".{name}.tmp")
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(data) + "\n")
            handle.flush()
            os.fsync(handle.fileno())  # else a crash after the rename can leave an empty file: a pull from scratch
        os.replace(temporary, target)

    @classmethod
    def load(cls, path: PathLike) -> EventCheckpoint | None:
        """The checkpoint in ``path``; None when there is none yet (no file, or an empty one).

        Raises ValueError for a file that is not a cursor file of this version (checked before it can cut an
        output file), OSError when it cannot be read.
        """
        try:
            with open(path, "rb") as handle:
                raw = handle.read(MAX_CURSOR_FILE_BYTES + 1)
        except FileNotFoundError:
            return None
        if not raw.strip():
            return None
        if len(raw) > MAX_CURSOR_FILE_BYTES:
            raise ValueError(f"larger than {MAX_CURSOR_FILE_BYTES} bytes")
        try:
            data = json.loads(raw)
        except RecursionError:
            raise ValueError("nested too deeply") from None
        if not isinstance(data, dict):
            raise ValueError(f"a JSON {type(data).__name__}, not an object")
        version = data.get("version")
        if version != CURSOR_FILE_VERSION:
            raise ValueError(f"version {version!r}, this np6 reads version {CURSOR_FILE_VERSION}")
        out, out_bytes = data.get("out"), data.get("out_bytes")
        if not isinstance(out, str) or isinstance(out_bytes, bool) or not isinstance(out_bytes, int):
            raise ValueError("out must be a path and out_bytes a size in bytes")
        if out_bytes < 0:
            raise ValueError(f"out_bytes is negative ({out_bytes})")
        return cls(EventCursor.from_dict(data.get("cursor", {})), out, out_bytes)


class EventFile:
    """A JSON Lines file of events, opened for appending (an existing file is extended, never replaced).

    Given the checkpoint of this same file (``resume``), it is first cut back to the size the checkpoint
    recorded: ``dropped`` says how many bytes were cut.
    """

    def __init__(self, path: PathLike, resume: EventCheckpoint | None = None) -> None:
        self.path = os.path.realpath(path)
        self.dropped = 0
        self.unsaved = 0
        """Events written since the last :meth:`checkpoint`."""
        self._file: IO[bytes] = open(self.path, "ab", buffering=WRITE_BUFFER)  # noqa: SIM115 - closed by close()
        size = self._file.seek(0, os.SEEK_END)
        if resume is not None and resume.out == self.path and size > resume.out_bytes:
            self._file.truncate(resume.out_bytes)
            self.dropped = size - resume.out_bytes
            size = resume.out_bytes
        self.size = size
        """Bytes of the file after the last complete line."""

    def write(self, event: _Event | dict[str, Any] | str) -> None:
        """Append one event as one line: the JSON text NP6 sent for it (a str, as the ``..._json`` iterators
        yield it), written as it is; or a generated event model or its dict, encoded as compact JSON.

        A text is one JSON object (``{...}``, else ValueError); one that spans lines (NP6 answered pretty-printed)
        is encoded compactly instead, so that each line still holds one event.
        """
        if isinstance(event, str):
            if not (event.startswith("{") and event.endswith("}")):
                raise ValueError(f"expected the JSON text of one event object, got {event[:80]!r}")
            # A line break can only be whitespace between tokens: JSON escapes them inside strings.
            text = _encode(json.loads(event)) if "\n" in event or "\r" in event else event
        else:
            text = _encode(event if isinstance(event, dict) else event.to_dict())
        line = (text + "\n").encode("utf-8")
        self._file.write(line)
        self.size += len(line)
        self.unsaved += 1

    def checkpoint(self, cursor: EventCursor, cursor_file: PathLike | None) -> EventCheckpoint:
        """Make what was written durable, then record it with ``cursor`` in ``cursor_file`` (when given)."""
        self._file.flush()
        os.fsync(self._file.fileno())
        checkpoint = EventCheckpoint(cursor, self.path, self.size)
        if cursor_file is not None:
            checkpoint.save(cursor_file)
        self.unsaved = 0
        return checkpoint

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()
