"""NP6 as a `dlt <https://dlthub.com>`_ source: events and the reference tables a report needs, into any warehouse.

Needs the ``dlt`` extra (``pip install 'np6-sdk[dlt]'``, which brings DuckDB too)::

    import dlt, np6, np6.dlt

    pipeline = dlt.pipeline("np6_events", destination="duckdb", dataset_name="np6")  # ./np6_events.duckdb
    pipeline.run(np6.dlt.source(np6.Client(), start=datetime(2026, 5, 1, tzinfo=UTC)), loader_file_format="jsonl")

Tables: ``action_events`` (every action event, incremental on ``timestamp``, merged on ``id``: a run that is
stopped at any point and run again loads each event once), ``contact_hits`` (the hits of the contacts named
with ``contacts=``, merged on ``id``, each contact resumed from its own cursor), and ``actions``, ``segments``,
``fields`` (replaced on each run). Events are loaded as NP6 sent them (nested objects become columns such as
``source__detail__execution__id``), without building models. Every table is created on the first run, empty if
NP6 has nothing for it yet, with the columns the spec says NP6 always sends (an event's ``type``, ``id`` and
``timestamp``): a query of them works on a fresh account. With DuckDB, load JSON Lines
(``loader_file_format="jsonl"``): with dlt's default for it, SQL INSERT statements, loading 20,000 events took
15x longer and 2.4 GB of memory. ``np6 events sync`` does all this from the command line, checkpointing
every 100,000 events.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from itertools import islice
from typing import TYPE_CHECKING, Any, Literal

from . import spec
from .resources.events import COMMIT_LAG, DEFAULT_WINDOW, EventCursor, EventIterator, RawEvent, When, to_ms

if TYPE_CHECKING:
    from ._client import Client

PAGE_EVENTS = 5_000
"""Events handed to dlt at once: dlt works fastest on lists, and a page is about the size of an NP6 window."""
Progress = Callable[[str, int, int], None]
"""Called after each page with the table's name, the events in the page and the position reached (epoch ms), and
once more with 0 events when the table's range was read to its end."""


def require_dlt() -> Any:
    """The ``dlt`` module; an ImportError naming the extra when it is not installed."""
    try:
        import dlt
    except ImportError as missing:
        raise ImportError("np6.dlt needs dlt, which the dlt extra installs: pip install 'np6-sdk[dlt]'") from missing
    return dlt


def source(
    client: Client,
    *,
    start: When,
    end: When | None = None,
    contacts: Iterable[str] = (),
    contacts_by: Literal["unicity", "target_id", "hash"] = "unicity",
    reference_tables: bool = True,
    window: datetime.timedelta = DEFAULT_WINDOW,
    page_events: int = PAGE_EVENTS,
    progress: Progress | None = None,
) -> Any:
    """A dlt source of NP6's events from ``start`` (the first run; later runs go on from what was loaded) to
    ``end`` (default: now minus :data:`np6.resources.events.COMMIT_LAG`, fixed now), through ``client``.

    ``start``/``end`` are timezone-aware datetimes or epoch ms. ``contacts`` (unicity values, e.g. emails; or
    target ids or hashes with ``contacts_by``) adds their hits as ``contact_hits``. ``reference_tables=False``
    leaves out ``actions``, ``segments`` and ``fields``. Events go to dlt in lists of ``page_events``;
    ``progress`` is called after each. Errors are np6's (:mod:`np6.errors`), raised from ``pipeline.run``
    (wrapped by dlt's ``PipelineStepFailed``).
    """
    dlt = require_dlt()
    start_ms = to_ms(start, "start")
    end_ms = to_ms(end, "end") if end is not None else to_ms(_now_minus_lag(), "end")
    if start_ms > end_ms:
        raise ValueError(f"start ({start_ms}) is after end ({end_ms})")
    contact_list = _contacts(contacts)
    if isinstance(page_events, bool) or not isinstance(page_events, int) or page_events < 1:
        raise ValueError(f"page_events must be a positive int, got {page_events!r}")
    if contacts_by not in ("unicity", "target_id", "hash"):
        raise ValueError(f"contacts_by must be 'unicity', 'target_id' or 'hash', got {contacts_by!r}")

    def action_events(
        timestamp: Any = dlt.sources.incremental(  # noqa: B008 - dlt reads its incremental from the default
            "timestamp", initial_value=start_ms, on_cursor_value_missing="include", range_start="closed"
        ),
    ) -> Iterator[list[RawEvent]]:
        # From the last timestamp loaded (closed: events of that millisecond not yet loaded come again, and
        # those loaded are dropped by dlt's incremental and the merge on id).
        events = client.events.iter_action_events_raw(start=timestamp.start_value, end=end_ms, window=window)
        if not (yield from _pages(events, page_events, "action_events", progress)):
            yield _empty_table(dlt)  # no event yet: the table all the same

    def contact_hits() -> Iterator[list[RawEvent]]:
        cursors: dict[str, str] = dlt.current.resource_state().setdefault("cursors", {})
        loaded = False
        for contact in contact_list:
            key = f"{contacts_by}:{contact}"
            cursor = EventCursor.from_string(cursors[key]) if key in cursors else None
            hits = client.events.iter_hits_raw(
                **{contacts_by: contact}, start=None if cursor else start_ms, cursor=cursor, end=end_ms, window=window
            )
            loaded = (yield from _pages(hits, page_events, "contact_hits", progress)) or loaded
            cursors[key] = hits.cursor.to_string()  # saved with the data it covers, when dlt commits the load
        if not loaded:
            yield _empty_table(dlt)

    def listed(raw_call: Callable[[], Any]) -> Callable[[], Iterator[list[Any]]]:
        def rows() -> Iterator[list[Any]]:
            yield json.loads(raw_call().content) or _empty_table(dlt)

        return rows

    raw = client.with_raw_response
    events_columns = _columns("list_all_action_events")
    resources = [
        dlt.resource(
            action_events, name="action_events", primary_key="id", write_disposition="merge", columns=events_columns
        )
    ]
    if contact_list:
        hit_columns = _columns("list_contact_hit_events_by_identity")
        resources.append(
            dlt.resource(
                contact_hits, name="contact_hits", primary_key="id", write_disposition="merge", columns=hit_columns
            )
        )
    if reference_tables:
        for name, call, operation in (
            ("actions", raw.actions.list_actions, "list_actions"),
            ("segments", raw.segments.list_segments, "list_segments"),
            ("fields", raw.fields.list_fields, "list_fields"),
        ):
            resources.append(
                dlt.resource(listed(call), name=name, write_disposition="replace", columns=_columns(operation))
            )

    @dlt.source(name="np6")  # type: ignore[untyped-decorator]
    def np6() -> list[Any]:
        return resources

    return np6()


def _empty_table(dlt: Any) -> Any:
    """What makes dlt create a table that has no row yet. Its empty file goes in the destination's preferred
    format: DuckDB reads an empty JSON Lines file as one column named ``json`` and fails the load."""
    return dlt.mark.with_hints(dlt.mark.materialize_table_schema(), dlt.mark.make_hints(file_format="preferred"))


def _now_minus_lag() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC) - COMMIT_LAG


def _contacts(contacts: Iterable[str]) -> list[str]:
    if isinstance(contacts, str):
        raise ValueError("contacts must be a collection of contacts (e.g. emails), not one string")
    listed = list(dict.fromkeys(contacts))
    if not all(isinstance(unicity, str) and unicity for unicity in listed):
        raise ValueError("contacts must be non-empty strings (e.g. emails)")
    return listed


def _pages(
    events: EventIterator[RawEvent], size: int, table: str, progress: Progress | None
) -> Generator[list[RawEvent], None, bool]:
    """The events in lists of ``size``; whether there was any."""
    any_event = False
    while page := list(islice(events, size)):
        any_event = True
        if progress is not None:
            progress(table, len(page), events.cursor.timestamp)
        yield page
    if progress is not None:
        progress(table, 0, events.cursor.timestamp)  # read to the end of the range
    return any_event


_DLT_TYPES = {"string": "text", "integer": "bigint", "number": "double", "boolean": "bool"}
"""dlt's data type of each scalar JSON Schema type."""


def _columns(operation_id: str) -> dict[str, dict[str, Any]]:
    """The columns of the table of an operation's list items: the scalar properties the spec says every item
    has (every variant of a union that requires anything), as dlt column hints. Rows bring the rest."""
    item = next(
        operation["responses"]["200"]["content"]["application/json"]["schema"]["items"]
        for path in spec.document()["paths"].values()
        for operation in path.values()
        if isinstance(operation, Mapping) and operation.get("operationId") == operation_id
    )
    return {name: {"data_type": _DLT_TYPES[kind]} for name, kind in _required_scalars(item).items()}


def _required_scalars(schema: Mapping[str, Any]) -> dict[str, str]:
    """``{property: JSON type}`` of the scalar properties ``schema`` requires (through $ref, allOf and oneOf)."""
    schema = _resolved(schema)
    variants = schema.get("oneOf") or schema.get("anyOf")
    if variants:
        found = [columns for columns in map(_required_scalars, variants) if columns]
        return {
            name: kind
            for name, kind in (found[0].items() if found else ())
            if all(columns.get(name) == kind for columns in found)
        }
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in [schema, *map(_resolved, schema.get("allOf", []))]:
        properties.update(part.get("properties", {}))
        required.extend(part.get("required", []))
    scalars = {}
    for name in dict.fromkeys(required):
        kinds = _resolved(properties.get(name, {})).get("type")
        kind = next((k for k in kinds if k != "null"), None) if isinstance(kinds, list) else kinds
        if kind in _DLT_TYPES:
            scalars[name] = kind
    return scalars


def _resolved(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        schema = spec.schema(schema["$ref"].rsplit("/", 1)[-1])
    return schema
