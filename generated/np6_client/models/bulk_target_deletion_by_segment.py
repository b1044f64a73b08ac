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

from ..types import UNSET, Unset, _new_object, set_fields_repr

T = TypeVar("T", bound="BulkTargetDeletionBySegment")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "value",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class BulkTargetDeletionBySegment:
    """Delete every contact of the given segment(s) (`type` seen; `value` legacy).

    Attributes:
        type_ (Literal['segment']):
        value (int | list[int] | Unset): The segment id, or several (legacy; the legacy docs show both a scalar and an
            array; they
            also print placeholder strings `"XXXXXX"` where 8.1.0 segment ids are int32).
    """

    type_: Literal["segment"] = "segment"
    value: int | list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value: int | list[int] | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        type_: Literal["segment"] = src_dict["type"]
        if type_ != "segment":
            raise ValueError(f"type must match const 'segment', got '{type_}'")

        value = _parse_value(src_dict.get("value", UNSET))

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.value = value
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


def _parse_value(data: object) -> int | list[int] | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        value_type_1 = cast(list[int], data)

        return value_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(int | list[int] | Unset, data)
