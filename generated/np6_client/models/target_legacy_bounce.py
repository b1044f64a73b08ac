from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="TargetLegacyBounce")
_PROPERTY_NAMES = frozenset(
    {
        "field",
        "type",
        "timestamp",
        "reason",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


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
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

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
        field = src_dict.get("field", UNSET)

        type_ = src_dict.get("type", UNSET)

        timestamp = src_dict.get("timestamp", UNSET)

        reason = src_dict.get("reason", UNSET)

        target_legacy_bounce = cls(
            field,
            type_,
            timestamp,
            reason,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            target_legacy_bounce.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
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
