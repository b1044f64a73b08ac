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

T = TypeVar("T", bound="ImportFeatureSegmentation")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "segmentId",
        "emptyExisitingSegment",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ImportFeatureSegmentation:
    """Put the imported targets into a segment, optionally emptying it first (seen).

    Attributes:
        type_ (Literal['segmentation']):
        segment_id (int | Unset): Segment id (seen).
        empty_exisiting_segment (bool | Unset): Empty the segment before the import. The misspelling "Exisiting" is
            NP6's real wire name (seen).
    """

    type_: Literal["segmentation"] = "segmentation"
    segment_id: int | Unset = UNSET
    empty_exisiting_segment: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        segment_id = self.segment_id

        empty_exisiting_segment = self.empty_exisiting_segment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if segment_id is not UNSET:
            field_dict["segmentId"] = segment_id
        if empty_exisiting_segment is not UNSET:
            field_dict["emptyExisitingSegment"] = empty_exisiting_segment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        type_: Literal["segmentation"] = src_dict["type"]
        if type_ != "segmentation":
            raise ValueError(f"type must match const 'segmentation', got '{type_}'")

        segment_id = src_dict.get("segmentId", UNSET)

        empty_exisiting_segment = src_dict.get("emptyExisitingSegment", UNSET)

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.segment_id = segment_id
        _parsed.empty_exisiting_segment = empty_exisiting_segment
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
