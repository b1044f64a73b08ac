"""Import definitions, their uploaded CSV source, and executions that really write targets.

A manual import is: ``create_import`` → ``upload_import_source`` (raw CSV bytes) →
``start_import_execution`` → poll ``get_import_execution_state`` until the state is terminal.

Reading the source:

- UTF-8 (a BOM is tolerated). With a known ``binding`` (an ``/importFormats`` id) its ``separator``,
  ``startAt`` (lines skipped) and ``binds`` (column → field id, ``-10`` = ignored) are used. Without one,
  the first line is a header of field names or ids and the separator is ``;`` or ``,``, whichever the
  header uses more.
- Each data line creates its target, or updates it when its unicity value exists (``database`` feature:
  ``updateExisting`` defaults to true; ``crushData`` lets empty cells blank stored values), then joins the
  ``segmentation`` feature's segment and the ``redList`` feature's red lists. The ``duplicate`` rule
  ``first``/``ignore`` rejects later lines with an already seen unicity value; otherwise the last one wins.
- A line is *rejected*, never silently dropped, when it has no unicity value, has more or fewer cells than
  the header, repeats a unicity value under a keep-first rule, names an existing target while updates are
  off, or is refused by the contact store.

Execution and polling (deterministic):

- The import runs synchronously when it is started, so its targets exist as soon as
  ``start_import_execution`` answers; that answer says state ``0`` (running), as NP6's does.
- The first ``get_import_execution_state`` after a start also answers ``0``; every later poll answers the
  terminal state: ``1`` (finished), or ``2`` (failed: the source is not UTF-8 text, has no header, its
  header names an unknown field, or the segmentation segment is missing or dynamic; then nothing is
  imported and every data line is rejected). So ``start → poll until terminal`` takes two polls.
- Starting again before a poll has seen the terminal state answers 409 (an execution is running), as does
  starting an import with no uploaded source. Polling an import that never ran answers 404.
- Terminal poll answers carry a sandbox-only ``sandboxReport`` property (the schemas allow extra
  properties): ``{"created", "updated", "rejected", "rejections": [{"line", "reason"}], "error"?}``, where
  ``line`` is the 1-based record number in the file (the header is line 1).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from typing import Any

from attrs import define, field, frozen
from np6.spec import import_states

from .._app import Call, Problem, Reply
from .._spec import Json
from ._contacts import Contacts
from ._core import Handlers, State
from ._dates import iso
from ._segments import Segments

FIRST_IMPORT_ID = 12900
FIRST_FORMAT_ID = 8300
UNSET_DATE = "0001-01-01T00:00:00Z"  # NP6's "no date" value in import objects
IGNORED_COLUMN = -10  # the fieldId NP6's binding examples give to a column the import skips
STATES = import_states()
handles = Handlers()
RUNNING_POLLS = 1  # polls answered "running" after a start, so clients really exercise their poll loop
FORMAT_KEYS = ("identifier", "name", "separator", "startAt", "binds", "savedImportFormat")


class ImportFailed(Exception):  # noqa: N818 - an execution outcome, not a sandbox error
    """The source as a whole cannot be imported: the execution ends in state 2 and writes nothing."""


@define
class ImportReport:
    """What an execution did, line by line."""

    created: int = 0
    updated: int = 0
    rejections: list[dict[str, Json]] = field(factory=list)
    error: str | None = None

    def reject(self, line: int, reason: str) -> None:
        self.rejections.append({"line": line, "reason": reason})

    def render(self) -> dict[str, Json]:
        report: dict[str, Json] = {
            "created": self.created,
            "updated": self.updated,
            "rejected": len(self.rejections),
            "rejections": list(self.rejections),
        }
        if self.error is not None:
            report["error"] = self.error
        return report


@define
class Execution:
    """The latest run of an import; it reports "running" for its first ``RUNNING_POLLS`` polls."""

    start_date: str
    report: ImportReport
    running_polls_left: int = RUNNING_POLLS

    @property
    def final_state(self) -> int:
        return STATES.error if self.report.error is not None else STATES.completed

    @property
    def running(self) -> bool:
        return self.running_polls_left > 0

    def poll(self) -> int:
        if self.running:
            self.running_polls_left -= 1
            return STATES.processing
        return self.final_state


@frozen
class Layout:
    """Where the data lines start and which field each column feeds."""

    first_data_line: int
    """1-based number of the first data line (lines before it are a header or skipped)."""
    columns: Mapping[int, int]
    """Column index → field id."""
    width: int | None
    """Cells every line must have (the header's), or None when a binding names the columns."""


@frozen
class ImportOptions:
    """The definition's features, as the row writer needs them."""

    segment_id: int | None = None
    empty_segment: bool = False
    update_existing: bool = True
    crush_data: bool = False
    keep_first_duplicate: bool = False
    redlists: tuple[str, ...] = ()


class Imports:
    """Import definitions, their sources, their latest executions, and the legacy import formats."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.definitions: dict[int, dict[str, Any]] = {}
        self.sources: dict[int, bytes] = {}
        self.executions: dict[int, Execution] = {}
        self.formats: dict[int, dict[str, Any]] = {}

    def get(self, import_id: int) -> dict[str, Any]:
        definition = self.definitions.get(import_id)
        if definition is None:
            raise Problem(404)
        return definition

    def format_of(self, definition: Mapping[str, Any]) -> dict[str, Any] | None:
        """The stored import format the definition's ``binding`` names, if any."""
        binding = definition.get("binding")
        return self.formats.get(binding) if isinstance(binding, int) else None

    def execution(self, import_id: int) -> Execution:
        self.get(import_id)
        execution = self.executions.get(import_id)
        if execution is None:
            raise Problem(404)
        return execution

    def run(self, import_id: int, changes: Mapping[str, Json] | None = None) -> Execution:
        """Apply ``changes`` to the definition and run it now against its uploaded source: 409 when no
        source was uploaded or the previous run has not been seen to finish."""
        definition = self.get(import_id)
        previous = self.executions.get(import_id)
        if import_id not in self.sources or (previous is not None and previous.running):
            raise Problem(409)
        if changes:
            _apply_changes(self.state, definition, changes)
        start_date = iso(self.state.now_ms())
        report = _execute(self.state, definition, self.format_of(definition), self.sources[import_id])
        execution = Execution(start_date, report)
        self.executions[import_id] = execution
        return execution


def _imports(state: State) -> Imports:
    return state.part(Imports)


# -- reading the source -----------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFailed(f"the source is not UTF-8 text (byte {error.start})") from None


def _delimiter(import_format: Mapping[str, Any] | None, text: str) -> str:
    if import_format is not None:
        return chr(import_format["separator"])
    header = text.split("\n", 1)[0]
    return "," if header.count(",") > header.count(";") else ";"


def _records(text: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _layout(contacts: Contacts, import_format: Mapping[str, Any] | None, records: list[list[str]]) -> Layout:
    if import_format is not None:
        columns = {
            bind["columnIndex"]: bind["fieldId"] for bind in import_format["binds"] if bind["fieldId"] != IGNORED_COLUMN
        }
        unknown = sorted(field_id for field_id in columns.values() if field_id not in contacts.fields)
        if unknown:
            raise ImportFailed(f"the binding maps columns to unknown field ids {unknown}")
        return Layout(first_data_line=_first_data_line(import_format), columns=columns, width=None)
    if not records:
        raise ImportFailed("the source has no header line")
    header = records[0]
    return Layout(first_data_line=_first_data_line(None), columns=_header_columns(contacts, header), width=len(header))


def _first_data_line(import_format: Mapping[str, Any] | None) -> int:
    # A binding's startAt counts the lines to skip; without one, line 1 is the header.
    return int(import_format["startAt"]) + 1 if import_format is not None else 2


def _header_columns(contacts: Contacts, header: list[str]) -> dict[int, int]:
    columns: dict[int, int] = {}
    for index, name in enumerate(cell.strip() for cell in header):
        if not name:  # e.g. a trailing separator: an unnamed column carries no data
            continue
        try:
            columns[index] = contacts.field_id(name)
        except Problem:
            raise ImportFailed(f"unknown column {name!r}: the header must use field names or ids") from None
    return columns


def _options(state: State, features: list[Mapping[str, Any]]) -> ImportOptions:
    by_type = {feature.get("type"): feature for feature in features}
    segmentation = by_type.get("segmentation", {})
    database = by_type.get("database", {})
    rules = by_type.get("duplicate", {}).get("rules", {})
    destination = by_type.get("redList", {}).get("destination", {})
    segment_id = segmentation.get("segmentId")
    if segment_id is not None:
        _check_segment(state, segment_id)
    return ImportOptions(
        segment_id=segment_id,
        empty_segment=bool(segmentation.get("emptyExisitingSegment")),
        update_existing=bool(database.get("updateExisting", True)),
        crush_data=bool(database.get("crushData", False)),
        keep_first_duplicate=bool(rules.get("first") or rules.get("ignore")),
        redlists=tuple(channel for channel in ("mail", "sms") if destination.get(channel)),
    )


def _check_segment(state: State, segment_id: int) -> None:
    segment = state.part(Segments).segments.get(segment_id)
    if segment is None:
        raise ImportFailed(f"segment {segment_id} does not exist")
    if segment.get("type") != "static":
        raise ImportFailed(f"segment {segment_id} is not static: targets cannot be added to it")


# -- running ----------------------------------------------------------------------------------------


def _execute(
    state: State, definition: Mapping[str, Any], import_format: Mapping[str, Any] | None, source: bytes
) -> ImportReport:
    report = ImportReport()
    try:
        text = _decode(source)
    except ImportFailed as failure:
        report.error = str(failure)
        return report
    try:
        records = _records(text, _delimiter(import_format, text))
    except (ValueError, OverflowError, csv.Error) as error:
        report.error = f"the source cannot be read as CSV: {error}"
        return report
    contacts = state.part(Contacts)
    try:
        layout = _layout(contacts, import_format, records)
        options = _options(state, definition.get("features") or [])
    except ImportFailed as failure:
        for number, _ in _data_lines(records, _first_data_line(import_format)):
            report.reject(number, str(failure))
        report.error = str(failure)
        return report
    writer = _RowWriter(state, layout, options, report)
    for number, cells in _data_lines(records, layout.first_data_line):
        writer.write(number, cells)
    return report


def _data_lines(records: list[list[str]], first_data_line: int) -> list[tuple[int, list[str]]]:
    # Blank lines carry no record (e.g. a file ending with empty lines), so they are not rejections.
    numbered = enumerate(records, start=1)
    return [
        (number, cells) for number, cells in numbered if number >= first_data_line and any(c.strip() for c in cells)
    ]


class _RowWriter:
    """Writes the data lines of one execution, recording each outcome in the report."""

    def __init__(self, state: State, layout: Layout, options: ImportOptions, report: ImportReport) -> None:
        self.state = state
        self.contacts = state.part(Contacts)
        self.segments = state.part(Segments)
        self.layout = layout
        self.options = options
        self.report = report
        self.seen: dict[tuple[str, ...], int] = {}
        if options.segment_id is not None and options.empty_segment:
            self.segments.memberships.pop(options.segment_id, None)

    def write(self, number: int, cells: list[str]) -> None:
        reason = self._write(number, cells)
        if reason is not None:
            self.report.reject(number, reason)

    def _write(self, number: int, cells: list[str]) -> str | None:
        """Imports one line; answers why it was rejected, or None."""
        width = self.layout.width
        if width is not None and len(cells) != width:
            return f"{len(cells)} cells where the header has {width}"
        values = {
            field_id: cells[index].strip() for index, field_id in self.layout.columns.items() if index < len(cells)
        }
        given = {field_id: value for field_id, value in values.items() if value != ""}
        unicity = self.contacts.unicity_of(given)
        if unicity is None:
            return "no unicity value: target cannot be identified"
        if self.options.keep_first_duplicate and unicity in self.seen:
            return f"duplicate of line {self.seen[unicity]}"
        self.seen.setdefault(unicity, number)
        target = self.contacts.find(unicity=unicity)
        try:
            if target is None:
                target = self.contacts.create(given)
                self.report.created += 1
            elif not self.options.update_existing:
                return "the target exists and the database feature has updateExisting false"
            else:
                # crushData: an empty cell blanks the stored value instead of keeping it.
                changes = {key: value or None for key, value in values.items()} if self.options.crush_data else given
                self.contacts.update(target, changes)
                self.report.updated += 1
        except Problem as problem:
            return problem.message or f"refused by the contact store ({problem.status})"
        self._place(target["id"])
        return None

    def _place(self, target_id: str) -> None:
        if self.options.segment_id is not None:
            self.segments.add(self.options.segment_id, target_id)
        for channel in self.options.redlists:
            entry: dict[str, Json] = {"id": target_id, "timestamp": iso(self.state.now_ms()), "origin": 1}
            self.contacts.redlists[channel].setdefault(target_id, entry)


# -- rendering --------------------------------------------------------------------------------------


def _new_definition(state: State, body: Mapping[str, Json]) -> dict[str, Any]:
    now = iso(state.now_ms())
    import_id = state.next_number("import", FIRST_IMPORT_ID)
    source = {"type": "file", "creationDate": now, "filename": None}  # a manual import until told otherwise
    return {"features": [], "source": source, **body, "id": import_id, "creationDate": now}


def _apply_changes(state: State, definition: dict[str, Any], body: Mapping[str, Json]) -> None:
    # PUT and the start body carry the fields to change; the id and creation date stay NP6's.
    changes = {key: value for key, value in body.items() if key not in ("id", "creationDate")}
    if changes:
        definition.update(changes)
        definition["updateDate"] = iso(state.now_ms())


def _execution_content(definition: Mapping[str, Any], import_format: Mapping[str, Any] | None) -> dict[str, Json]:
    """The legacy docs' execution ``content``: the features with the binding's properties flattened in."""
    content: dict[str, Json] = {"features": list(definition.get("features") or [])}
    if import_format is not None:
        content.update({key: import_format[key] for key in FORMAT_KEYS if key in import_format})
    elif isinstance(definition.get("binding"), int):
        content["identifier"] = {"guid": definition["binding"]}
    return content


# -- handlers: definitions --------------------------------------------------------------------------


@handles("list_imports")
def list_imports(state: State, call: Call) -> Json:
    return list(_imports(state).definitions.values())


@handles("create_import")
def create_import(state: State, call: Call) -> Json:
    definition = _new_definition(state, call.body)
    _imports(state).definitions[definition["id"]] = definition
    return definition


@handles("get_import")
def get_import(state: State, call: Call) -> Json:
    return _imports(state).get(call.path["id"])


@handles("update_import")
def update_import(state: State, call: Call) -> Json:
    definition = _imports(state).get(call.path["id"])
    _apply_changes(state, definition, call.body)
    return definition


@handles("delete_import")
def delete_import(state: State, call: Call) -> Reply:
    imports = _imports(state)
    import_id = call.path["id"]
    imports.get(import_id)
    del imports.definitions[import_id]
    imports.sources.pop(import_id, None)
    imports.executions.pop(import_id, None)
    return Reply(204)


@handles("upload_import_source")
def upload_import_source(state: State, call: Call) -> Json:
    imports = _imports(state)
    import_id = call.path["id"]
    definition = imports.get(import_id)
    previous = definition.get("source") or {}
    # NP6 stores the file under a random-looking prefix; the sandbox's Call carries no headers, so the
    # Content-Disposition file name is not available and a fixed one stands in.
    prefix = f"{state.random.getrandbits(40):010x}"
    definition["source"] = {
        "type": "file",
        "creationDate": previous.get("creationDate") or UNSET_DATE,
        "updateDate": iso(state.now_ms()),
        "filename": f"{prefix}_import.csv",
    }
    imports.sources[import_id] = bytes(call.body)
    return definition["source"]


# -- handlers: executions ---------------------------------------------------------------------------


@handles("start_import_execution")
def start_import_execution(state: State, call: Call) -> Json:
    imports = _imports(state)
    definition = imports.get(call.path["id"])
    execution = imports.run(call.path["id"], call.body if isinstance(call.body, dict) else None)
    return {
        "startDate": execution.start_date,
        "state": STATES.processing,
        "content": _execution_content(definition, imports.format_of(definition)),
        "source": definition["source"],
    }


@handles("get_import_execution_state")
def get_import_execution_state(state: State, call: Call) -> Json:
    execution = _imports(state).execution(call.path["id"])
    current = execution.poll()
    if current == STATES.processing:
        return {"state": STATES.processing}
    return {"state": current, "sandboxReport": execution.report.render()}


# -- handlers: legacy import formats ----------------------------------------------------------------


@handles("create_import_format")
def create_import_format(state: State, call: Call) -> Json:
    formats = _imports(state).formats
    name = str(call.body["name"]).strip()
    if not name:
        raise Problem(400, "an import format needs a name", "name")
    if any(str(existing["name"]).casefold() == name.casefold() for existing in formats.values()):
        raise Problem(409)
    format_id = state.next_number("import_format", FIRST_FORMAT_ID)
    import_format = {**call.body, "name": name, "identifier": {"guid": format_id}}
    formats[format_id] = import_format
    return import_format


@handles("get_import_format")
def get_import_format(state: State, call: Call) -> Json:
    import_format = _imports(state).formats.get(call.path["id"])
    if import_format is None:
        raise Problem(404)
    return import_format
