from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cancellation_reason_value import CancellationReasonValue


T = TypeVar("T", bound="CancellationReason")


@_attrs_define
class CancellationReason:
    """Why an execution was cancelled (seen). NP6 renders `type` as a discriminator, but only one value is
    known (`user defined policy`), so this is a plain object whose `type` is a string.

        Attributes:
            type_ (str | Unset): Known value `user defined policy` (seen); not a closed list.
            value (CancellationReasonValue | Unset): The policy outcome that cancelled the execution (seen).
    """

    type_: str | Unset = UNSET
    value: CancellationReasonValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cancellation_reason_value import CancellationReasonValue

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _value = d.pop("value", UNSET)
        value: CancellationReasonValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = CancellationReasonValue.from_dict(_value)

        cancellation_reason = cls(
            type_=type_,
            value=value,
        )

        cancellation_reason.additional_properties = d
        return cancellation_reason

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
