from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, parse_uuid, set_fields_repr

T = TypeVar("T", bound="EventStamp")
_PROPERTY_NAMES = frozenset(
    {
        "time",
        "id",
        "thread",
        "set",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class EventStamp:
    """The correlation stamp (`Stamp`) of the message an event is about, as NP6 answers it: `time` and `id` are
    required (see `x-np6-required`).

        Attributes:
            time (int): Milliseconds elapsed since 1970-01-01T00:00:00Z (seen).
            id (UUID):
            thread (UUID | Unset):
            set_ (UUID | Unset):
    """

    time: int
    id: UUID
    thread: UUID | Unset = UNSET
    set_: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        id = str(self.id)

        thread: str | Unset = UNSET
        if not isinstance(self.thread, Unset):
            thread = str(self.thread)

        set_: str | Unset = UNSET
        if not isinstance(self.set_, Unset):
            set_ = str(self.set_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "id": id,
            }
        )
        if thread is not UNSET:
            field_dict["thread"] = thread
        if set_ is not UNSET:
            field_dict["set"] = set_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        time = src_dict["time"]

        id = parse_uuid(src_dict["id"])

        _thread = src_dict.get("thread", UNSET)
        thread: UUID | Unset
        if isinstance(_thread, Unset):
            thread = UNSET
        else:
            thread = parse_uuid(_thread)

        _set_ = src_dict.get("set", UNSET)
        set_: UUID | Unset
        if isinstance(_set_, Unset):
            set_ = UNSET
        else:
            set_ = parse_uuid(_set_)

        _parsed = _new_object(cls)
        _parsed.time = time
        _parsed.id = id
        _parsed.thread = thread
        _parsed.set_ = set_
        _parsed.additional_properties = {}
        _parsed._request_id = None

        if not _PROPERTY_NAMES.issuperset(src_dict):
            _parsed.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return _parsed

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
