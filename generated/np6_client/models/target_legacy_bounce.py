from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, set_fields_repr

T = TypeVar("T", bound="TargetLegacyBounce")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "timestamp",
        "field",
        "reason",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class TargetLegacyBounce:
    """A bounce inside the legacy read shape (legacy): `timestamp` is epoch **seconds** in a string,
    `type` and `reason` are integers.

        Attributes:
            type_ (int):
            timestamp (str): Epoch seconds as a string, e.g. `"1465831160"` (legacy).
            field (int | Unset): Field id; tenant-specific (seen).
            reason (int | Unset):
    """

    type_: int
    timestamp: str
    field: int | Unset = UNSET
    reason: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        timestamp = self.timestamp

        field = self.field

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "timestamp": timestamp,
            }
        )
        if field is not UNSET:
            field_dict["field"] = field
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        type_ = src_dict["type"]

        timestamp = src_dict["timestamp"]

        field = src_dict.get("field", UNSET)

        reason = src_dict.get("reason", UNSET)

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.timestamp = timestamp
        _parsed.field = field
        _parsed.reason = reason
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
