from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, set_fields_repr

T = TypeVar("T", bound="ActionPerformance")
_PROPERTY_NAMES = frozenset(
    {
        "openingRate",
        "clickRate",
        "unsubscribedRate",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ActionPerformance:
    """Performance thresholds (seen). The legacy docs spelled the last one `unsubscribeRate`.

    Attributes:
        opening_rate (float | Unset):
        click_rate (float | Unset):
        unsubscribed_rate (float | Unset):
    """

    opening_rate: float | Unset = UNSET
    click_rate: float | Unset = UNSET
    unsubscribed_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        opening_rate = self.opening_rate

        click_rate = self.click_rate

        unsubscribed_rate = self.unsubscribed_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if opening_rate is not UNSET:
            field_dict["openingRate"] = opening_rate
        if click_rate is not UNSET:
            field_dict["clickRate"] = click_rate
        if unsubscribed_rate is not UNSET:
            field_dict["unsubscribedRate"] = unsubscribed_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        opening_rate = src_dict.get("openingRate", UNSET)

        click_rate = src_dict.get("clickRate", UNSET)

        unsubscribed_rate = src_dict.get("unsubscribedRate", UNSET)

        _parsed = _new_object(cls)
        _parsed.opening_rate = opening_rate
        _parsed.click_rate = click_rate
        _parsed.unsubscribed_rate = unsubscribed_rate
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
