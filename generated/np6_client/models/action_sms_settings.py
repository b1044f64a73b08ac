from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, set_fields_repr

T = TypeVar("T", bound="ActionSmsSettings")
_PROPERTY_NAMES = frozenset(
    {
        "field",
        "smsFormat",
        "smsType",
        "countries",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ActionSmsSettings:
    """Settings of an SMS action (legacy).

    Attributes:
        field (int | Unset): Field id; tenant-specific (seen).
        sms_format (int | Unset): SMS format (legacy; e.g. 3).
        sms_type (int | Unset): SMS type (legacy; e.g. 1).
        countries (list[Any] | Unset): Countries (legacy; item type not documented).
    """

    field: int | Unset = UNSET
    sms_format: int | Unset = UNSET
    sms_type: int | Unset = UNSET
    countries: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        sms_format = self.sms_format

        sms_type = self.sms_type

        countries: list[Any] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = self.countries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if sms_format is not UNSET:
            field_dict["smsFormat"] = sms_format
        if sms_type is not UNSET:
            field_dict["smsType"] = sms_type
        if countries is not UNSET:
            field_dict["countries"] = countries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        field = src_dict.get("field", UNSET)

        sms_format = src_dict.get("smsFormat", UNSET)

        sms_type = src_dict.get("smsType", UNSET)

        countries = cast(list[Any], src_dict.get("countries", UNSET))

        _parsed = _new_object(cls)
        _parsed.field = field
        _parsed.sms_format = sms_format
        _parsed.sms_type = sms_type
        _parsed.countries = countries
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
