from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TargetLegacyBounce")


@_attrs_define
class TargetLegacyBounce:
    """A bounce inside the legacy read shape (legacy): `timestamp` is epoch **seconds** in a string,
    `type` and `reason` are integers.

        Attributes:
            field (int | Unset): Field id; tenant-specific (seen).
            type_ (int | Unset):
            timestamp (str | Unset): Epoch seconds as a string, e.g. `"1465831160"` (legacy).
            reason (int | Unset):
    """

    field: int | Unset = UNSET
    type_: int | Unset = UNSET
    timestamp: str | Unset = UNSET
    reason: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        type_ = self.type_

        timestamp = self.timestamp

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if type_ is not UNSET:
            field_dict["type"] = type_
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = d.pop("field", UNSET)

        type_ = d.pop("type", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        reason = d.pop("reason", UNSET)

        target_legacy_bounce = cls(
            field=field,
            type_=type_,
            timestamp=timestamp,
            reason=reason,
        )

        target_legacy_bounce.additional_properties = d
        return target_legacy_bounce

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
