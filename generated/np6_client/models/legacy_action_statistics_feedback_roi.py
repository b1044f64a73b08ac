from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyActionStatisticsFeedbackRoi")


@_attrs_define
class LegacyActionStatisticsFeedbackRoi:
    """
    Attributes:
        revenue (float | Unset):
        commands (int | Unset):
        products (int | Unset):
    """

    revenue: float | Unset = UNSET
    commands: int | Unset = UNSET
    products: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        revenue = self.revenue

        commands = self.commands

        products = self.products

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if revenue is not UNSET:
            field_dict["revenue"] = revenue
        if commands is not UNSET:
            field_dict["commands"] = commands
        if products is not UNSET:
            field_dict["products"] = products

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        revenue = d.pop("revenue", UNSET)

        commands = d.pop("commands", UNSET)

        products = d.pop("products", UNSET)

        legacy_action_statistics_feedback_roi = cls(
            revenue=revenue,
            commands=commands,
            products=products,
        )

        legacy_action_statistics_feedback_roi.additional_properties = d
        return legacy_action_statistics_feedback_roi

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
