from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.import_scheduler_occurs import ImportSchedulerOccurs
    from ..models.import_scheduler_periodicity import ImportSchedulerPeriodicity


T = TypeVar("T", bound="ImportSchedulerFrequency")
_PROPERTY_NAMES = frozenset(
    {
        "occurs",
        "periodicity",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ImportSchedulerFrequency:
    """(legacy) On which days (`occurs`) and at what time (`periodicity`) the import runs.

    Attributes:
        occurs (ImportSchedulerOccurs | Unset): (legacy) Recurrence.
        periodicity (ImportSchedulerPeriodicity | Unset): (legacy) Time of day of the run.
    """

    occurs: ImportSchedulerOccurs | Unset = UNSET
    periodicity: ImportSchedulerPeriodicity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        occurs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.occurs, Unset):
            occurs = part_json(self.occurs)

        periodicity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.periodicity, Unset):
            periodicity = part_json(self.periodicity)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if occurs is not UNSET:
            field_dict["occurs"] = occurs
        if periodicity is not UNSET:
            field_dict["periodicity"] = periodicity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        _occurs = src_dict.get("occurs", UNSET)
        occurs: ImportSchedulerOccurs | Unset
        if isinstance(_occurs, Unset):
            occurs = UNSET
        else:
            occurs = ImportSchedulerOccurs.from_dict(_occurs)

        _periodicity = src_dict.get("periodicity", UNSET)
        periodicity: ImportSchedulerPeriodicity | Unset
        if isinstance(_periodicity, Unset):
            periodicity = UNSET
        else:
            periodicity = ImportSchedulerPeriodicity.from_dict(_periodicity)

        _parsed = _new_object(cls)
        _parsed.occurs = occurs
        _parsed.periodicity = periodicity
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
    global _references_bound, ImportSchedulerOccurs, ImportSchedulerPeriodicity
    from ..models.import_scheduler_occurs import ImportSchedulerOccurs
    from ..models.import_scheduler_periodicity import ImportSchedulerPeriodicity

    _references_bound = True
