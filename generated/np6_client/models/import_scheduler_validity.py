from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_scheduler_date_time import ImportSchedulerDateTime


T = TypeVar("T", bound="ImportSchedulerValidity")


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

    def to_dict(self) -> dict[str, Any]:
        start: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.to_dict()

        end: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.to_dict()

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
        from ..models.import_scheduler_date_time import ImportSchedulerDateTime

        d = dict(src_dict)
        _start = d.pop("start", UNSET)
        start: ImportSchedulerDateTime | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = ImportSchedulerDateTime.from_dict(_start)

        _end = d.pop("end", UNSET)
        end: ImportSchedulerDateTime | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = ImportSchedulerDateTime.from_dict(_end)

        import_scheduler_validity = cls(
            start=start,
            end=end,
        )

        import_scheduler_validity.additional_properties = d
        return import_scheduler_validity

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
