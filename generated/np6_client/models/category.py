from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _new_object, set_fields_repr

T = TypeVar("T", bound="Category")
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "name",
        "description",
        "creationDate",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class Category:
    """An action category (legacy). The 8.1.0 shape may differ (e.g. a `stamp` object); unknown.

    Attributes:
        id (int): Category id (legacy "integer"; int32 inferred).
        name (str):
        description (None | str):
        creation_date (datetime.datetime):
    """

    id: int
    name: str
    description: None | str
    creation_date: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        creation_date = self.creation_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "creationDate": creation_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = src_dict["id"]

        name = src_dict["name"]

        description = _parse_description(src_dict["description"])

        creation_date = datetime.datetime.fromisoformat(src_dict["creationDate"])

        _parsed = _new_object(cls)
        _parsed.id = id
        _parsed.name = name
        _parsed.description = description
        _parsed.creation_date = creation_date
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


def _parse_description(data: object) -> None | str:
    if data is None:
        return data
    return cast(None | str, data)
