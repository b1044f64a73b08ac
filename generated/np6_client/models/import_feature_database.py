from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, set_fields_repr

T = TypeVar("T", bound="ImportFeatureDatabase")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "updateExisting",
        "crushData",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ImportFeatureDatabase:
    """How imported lines are written to the contact database (seen; property types from the examples).

    Attributes:
        type_ (Literal['database']):
        update_existing (bool | Unset): Update targets that already exist.
        crush_data (bool | Unset): Let empty file values overwrite stored data (meaning inferred).
    """

    type_: Literal["database"] = "database"
    update_existing: bool | Unset = UNSET
    crush_data: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        update_existing = self.update_existing

        crush_data = self.crush_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if update_existing is not UNSET:
            field_dict["updateExisting"] = update_existing
        if crush_data is not UNSET:
            field_dict["crushData"] = crush_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        type_: Literal["database"] = src_dict["type"]
        if type_ != "database":
            raise ValueError(f"type must match const 'database', got '{type_}'")

        update_existing = src_dict.get("updateExisting", UNSET)

        crush_data = src_dict.get("crushData", UNSET)

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.update_existing = update_existing
        _parsed.crush_data = crush_data
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
