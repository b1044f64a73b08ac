from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.target_bounce_detail import TargetBounceDetail


T = TypeVar("T", bound="UnknownTargetBounce")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "fieldId",
        "detail",
        "timestamp",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class UnknownTargetBounce:
    """Any other bounce type NP6 knows (the discriminator is documented open, with no enum; seen). The
    fields are those of the seen body.

        Attributes:
            type_ (str):
            field_id (int | Unset): Field id; tenant-specific (seen).
            detail (TargetBounceDetail | Unset): Bounce Detail (seen).
            timestamp (datetime.datetime | None | Unset): Insertion date of the bounce (seen; nullable).
    """

    type_: str
    field_id: int | Unset = UNSET
    detail: TargetBounceDetail | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        type_ = self.type_

        field_id = self.field_id

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = part_json(self.detail)

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if field_id is not UNSET:
            field_dict["fieldId"] = field_id
        if detail is not UNSET:
            field_dict["detail"] = detail
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        type_ = src_dict["type"]

        field_id = src_dict.get("fieldId", UNSET)

        _detail = src_dict.get("detail", UNSET)
        detail: TargetBounceDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = TargetBounceDetail.from_dict(_detail)

        timestamp = _parse_timestamp(src_dict.get("timestamp", UNSET))

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.field_id = field_id
        _parsed.detail = detail
        _parsed.timestamp = timestamp
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


def _parse_timestamp(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        timestamp_type_0 = datetime.datetime.fromisoformat(data)

        return timestamp_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global _references_bound, TargetBounceDetail
    from ..models.target_bounce_detail import TargetBounceDetail

    _references_bound = True
