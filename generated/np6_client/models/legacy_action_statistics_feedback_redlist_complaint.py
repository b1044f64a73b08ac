from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, set_fields_repr

T = TypeVar("T", bound="LegacyActionStatisticsFeedbackRedlistComplaint")
_PROPERTY_NAMES = frozenset(
    {
        "total",
        "aol",
        "comcast",
        "hotmail",
        "spamcopauto",
        "sspam",
        "yahoo",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class LegacyActionStatisticsFeedbackRedlistComplaint:
    """
    Attributes:
        total (int | Unset):
        aol (int | Unset):
        comcast (int | Unset):
        hotmail (int | Unset):
        spamcopauto (int | Unset):
        sspam (int | Unset):
        yahoo (int | Unset):
    """

    total: int | Unset = UNSET
    aol: int | Unset = UNSET
    comcast: int | Unset = UNSET
    hotmail: int | Unset = UNSET
    spamcopauto: int | Unset = UNSET
    sspam: int | Unset = UNSET
    yahoo: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        aol = self.aol

        comcast = self.comcast

        hotmail = self.hotmail

        spamcopauto = self.spamcopauto

        sspam = self.sspam

        yahoo = self.yahoo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if aol is not UNSET:
            field_dict["aol"] = aol
        if comcast is not UNSET:
            field_dict["comcast"] = comcast
        if hotmail is not UNSET:
            field_dict["hotmail"] = hotmail
        if spamcopauto is not UNSET:
            field_dict["spamcopauto"] = spamcopauto
        if sspam is not UNSET:
            field_dict["sspam"] = sspam
        if yahoo is not UNSET:
            field_dict["yahoo"] = yahoo

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        total = src_dict.get("total", UNSET)

        aol = src_dict.get("aol", UNSET)

        comcast = src_dict.get("comcast", UNSET)

        hotmail = src_dict.get("hotmail", UNSET)

        spamcopauto = src_dict.get("spamcopauto", UNSET)

        sspam = src_dict.get("sspam", UNSET)

        yahoo = src_dict.get("yahoo", UNSET)

        _parsed = _new_object(cls)
        _parsed.total = total
        _parsed.aol = aol
        _parsed.comcast = comcast
        _parsed.hotmail = hotmail
        _parsed.spamcopauto = spamcopauto
        _parsed.sspam = sspam
        _parsed.yahoo = yahoo
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
