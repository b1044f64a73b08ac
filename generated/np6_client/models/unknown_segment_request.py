from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, set_fields_repr

T = TypeVar("T", bound="UnknownSegmentRequest")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "id",
        "name",
        "description",
        "creation",
        "expiration",
        "isTest",
        "targetsCount",
        "parentId",
        "searchId",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class UnknownSegmentRequest:
    """A segment whose `type` this spec does not know (inferred catch-all); its other fields as for the known types.

    Attributes:
        type_ (str):
        id (int | Unset): Segment id (seen).
        name (str | Unset):
        description (str | Unset):
        creation (datetime.datetime | None | Unset):
        expiration (datetime.datetime | None | Unset):
        is_test (bool | None | Unset):
        targets_count (int | None | Unset):
        parent_id (int | None | Unset):
        search_id (int | None | Unset):
    """

    type_: str
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    creation: datetime.datetime | None | Unset = UNSET
    expiration: datetime.datetime | None | Unset = UNSET
    is_test: bool | None | Unset = UNSET
    targets_count: int | None | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    search_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name = self.name

        description = self.description

        creation: None | str | Unset
        if isinstance(self.creation, Unset):
            creation = UNSET
        elif isinstance(self.creation, datetime.datetime):
            creation = self.creation.isoformat()
        else:
            creation = self.creation

        expiration: None | str | Unset
        if isinstance(self.expiration, Unset):
            expiration = UNSET
        elif isinstance(self.expiration, datetime.datetime):
            expiration = self.expiration.isoformat()
        else:
            expiration = self.expiration

        is_test: bool | None | Unset
        if isinstance(self.is_test, Unset):
            is_test = UNSET
        else:
            is_test = self.is_test

        targets_count: int | None | Unset
        if isinstance(self.targets_count, Unset):
            targets_count = UNSET
        else:
            targets_count = self.targets_count

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        search_id: int | None | Unset
        if isinstance(self.search_id, Unset):
            search_id = UNSET
        else:
            search_id = self.search_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if creation is not UNSET:
            field_dict["creation"] = creation
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if is_test is not UNSET:
            field_dict["isTest"] = is_test
        if targets_count is not UNSET:
            field_dict["targetsCount"] = targets_count
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if search_id is not UNSET:
            field_dict["searchId"] = search_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        type_ = src_dict["type"]

        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        creation = _parse_creation(src_dict.get("creation", UNSET))

        expiration = _parse_expiration(src_dict.get("expiration", UNSET))

        is_test = _parse_is_test(src_dict.get("isTest", UNSET))

        targets_count = _parse_targets_count(src_dict.get("targetsCount", UNSET))

        parent_id = _parse_parent_id(src_dict.get("parentId", UNSET))

        search_id = _parse_search_id(src_dict.get("searchId", UNSET))

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.id = id
        _parsed.name = name
        _parsed.description = description
        _parsed.creation = creation
        _parsed.expiration = expiration
        _parsed.is_test = is_test
        _parsed.targets_count = targets_count
        _parsed.parent_id = parent_id
        _parsed.search_id = search_id
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


def _parse_creation(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        creation_type_0 = datetime.datetime.fromisoformat(data)

        return creation_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


def _parse_expiration(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        expiration_type_0 = datetime.datetime.fromisoformat(data)

        return expiration_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


def _parse_is_test(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)


def _parse_targets_count(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_parent_id(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_search_id(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)
