from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, set_fields_repr

T = TypeVar("T", bound="LegacyActionStatisticsDispatchRejected")
_PROPERTY_NAMES = frozenset(
    {
        "total",
        "redlist",
        "bounces",
        "blacklist",
        "marketingPressure",
        "emptyAddress",
        "exclusions",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class LegacyActionStatisticsDispatchRejected:
    """
    Attributes:
        total (int | Unset):
        redlist (int | Unset):
        bounces (int | Unset):
        blacklist (int | Unset):
        marketing_pressure (int | Unset):
        empty_address (int | Unset):
        exclusions (int | Unset):
    """

    total: int | Unset = UNSET
    redlist: int | Unset = UNSET
    bounces: int | Unset = UNSET
    blacklist: int | Unset = UNSET
    marketing_pressure: int | Unset = UNSET
    empty_address: int | Unset = UNSET
    exclusions: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        redlist = self.redlist

        bounces = self.bounces

        blacklist = self.blacklist

        marketing_pressure = self.marketing_pressure

        empty_address = self.empty_address

        exclusions = self.exclusions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if redlist is not UNSET:
            field_dict["redlist"] = redlist
        if bounces is not UNSET:
            field_dict["bounces"] = bounces
        if blacklist is not UNSET:
            field_dict["blacklist"] = blacklist
        if marketing_pressure is not UNSET:
            field_dict["marketingPressure"] = marketing_pressure
        if empty_address is not UNSET:
            field_dict["emptyAddress"] = empty_address
        if exclusions is not UNSET:
            field_dict["exclusions"] = exclusions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        total = src_dict.get("total", UNSET)

        redlist = src_dict.get("redlist", UNSET)

        bounces = src_dict.get("bounces", UNSET)

        blacklist = src_dict.get("blacklist", UNSET)

        marketing_pressure = src_dict.get("marketingPressure", UNSET)

        empty_address = src_dict.get("emptyAddress", UNSET)

        exclusions = src_dict.get("exclusions", UNSET)

        _parsed = _new_object(cls)
        _parsed.total = total
        _parsed.redlist = redlist
        _parsed.bounces = bounces
        _parsed.blacklist = blacklist
        _parsed.marketing_pressure = marketing_pressure
        _parsed.empty_address = empty_address
        _parsed.exclusions = exclusions
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
