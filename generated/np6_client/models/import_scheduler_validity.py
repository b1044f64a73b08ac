from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.import_scheduler_date_time import ImportSchedulerDateTime


T = TypeVar("T", bound="ImportSchedulerValidity")
_PROPERTY_NAMES = frozenset(
    {
        "start",
        "end",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ImportSchedulerValidity:
    """(legacy) Period during which the scheduler runs.

    Attributes:
        start (ImportSchedulerDateTime | Unset): (legacy) A date and time given field by field (`date` is the day of the
            month).
        end (ImportSchedulerDateTime | Unset): (legacy) A date and time given field by field (`date` is the day of the
            month).
    """

    start: ImportSchedulerDateTime | Unset = UNSET
    end: ImportSchedulerDateTime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        start: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = part_json(self.start)

        end: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = part_json(self.end)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        _start = src_dict.get("start", UNSET)
        start: ImportSchedulerDateTime | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = ImportSchedulerDateTime.from_dict(_start)

        _end = src_dict.get("end", UNSET)
        end: ImportSchedulerDateTime | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = ImportSchedulerDateTime.from_dict(_end)

        _parsed = _new_object(cls)
        _parsed.start = start
        _parsed.end = end
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


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global _references_bound, ImportSchedulerDateTime
    from ..models.import_scheduler_date_time import ImportSchedulerDateTime

    _references_bound = True
