from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RenderReceiver")


@_attrs_define
class RenderReceiver:
    """Receiver identification of the render-links request, as 8.1.0 types it there: `type` (a
    discriminator) and `value` (a string target id) (seen). Spec note: it is not the `Recipient` union
    because the published sample sends `{"type": "string"}` (a Redocly placeholder); use the
    `Recipient` types `id` or `hash` in practice.

        Attributes:
            type_ (str | Unset): Identification type, e.g. `id` or `hash` (see `Recipient`).
            value (str | Unset): Target id (seen) or hash.
    """

    type_: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

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
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        value = d.pop("value", UNSET)

        render_receiver = cls(
            type_=type_,
            value=value,
        )

        render_receiver.additional_properties = d
        return render_receiver

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
