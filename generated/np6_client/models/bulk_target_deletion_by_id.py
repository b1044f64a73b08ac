from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BulkTargetDeletionById")


@_attrs_define
class BulkTargetDeletionById:
    """Delete the contacts with the given ids (legacy).

    Attributes:
        type_ (Literal['id']):
        value (list[str]): Contact ids (legacy; the legacy text shows both `["12345","12345"]` and
            `[["12345"],["12345"]]`;
            the flat form is modelled).
    """

    type_: Literal["id"]
    value: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast("Literal['id']", d.pop("type"))
        if type_ != "id":
            raise ValueError(f"type must match const 'id', got '{type_}'")

        value = cast(list[str], d.pop("value"))

        bulk_target_deletion_by_id = cls(
            type_=type_,
            value=value,
        )

        bulk_target_deletion_by_id.additional_properties = d
        return bulk_target_deletion_by_id

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
