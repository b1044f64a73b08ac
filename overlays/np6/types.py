"""Public names for NP6's unions, for annotating code that handles what np6 returns or sends.

A field is one of nine models and an event one of thirteen; these names say which union is meant::

    from np6.types import Event, Field, Segment

    def describe(field: Field) -> str:
        return f"{field.name} ({field.type_}, id {field.id})"

One alias per union of the spec (`oneOf` schema), named like it: the read side (``Action``, ``Field``,
``Segment``, ``Event``, ``ExecutionResult``, ...) and what requests take (``ActionRequest``, ``FieldRequest``,
``SegmentRequest``, ``Recipient``, ...). ``…OrSkeleton`` and ``…OrUnknown`` are the items of the operations
where NP6's reference prints skeletons. Generated from the spec as ``np6_client.unions``; each is built on
first use, so importing this module imports no model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

import np6_client.unions as _unions

if TYPE_CHECKING:
    from np6_client.unions import *  # noqa: F403 (the generated aliases, re-exported)
    from np6_client.unions import Event, HitEventOrUnknown

    ActionEvent: TypeAlias = Event
    ContactHit: TypeAlias = HitEventOrUnknown

_OWN = {"ActionEvent": "Event", "ContactHit": "HitEventOrUnknown"}
"""Names np6's event helpers use: what `client.events.iter_action_events` and `iter_hits` yield."""


def __getattr__(name: str) -> object:
    if name in _unions.__all__ or name in _OWN:
        value = getattr(_unions, _OWN.get(name, name))
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [*_unions.__all__, *_OWN]  # noqa: PLE0604 (the generated names, listed in np6_client.unions)
