from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyActionStatisticsFeedbackRedlistComplaint")


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
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        aol = d.pop("aol", UNSET)

        comcast = d.pop("comcast", UNSET)

        hotmail = d.pop("hotmail", UNSET)

        spamcopauto = d.pop("spamcopauto", UNSET)

        sspam = d.pop("sspam", UNSET)

        yahoo = d.pop("yahoo", UNSET)

        legacy_action_statistics_feedback_redlist_complaint = cls(
            total=total,
            aol=aol,
            comcast=comcast,
            hotmail=hotmail,
            spamcopauto=spamcopauto,
            sspam=sspam,
            yahoo=yahoo,
        )

        legacy_action_statistics_feedback_redlist_complaint.additional_properties = d
        return legacy_action_statistics_feedback_redlist_complaint

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
