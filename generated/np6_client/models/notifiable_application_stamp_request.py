from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, set_fields_repr

T = TypeVar("T", bound="NotifiableApplicationStampRequest")
_PROPERTY_NAMES = frozenset(
    {
        "creation",
        "modification",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class NotifiableApplicationStampRequest:
    """Record creation and modification times (seen; fractional seconds vary, e.g. `.1Z`, `.423Z`). The example is
    the complete `stamp` of the first element of NP6's list example (the list itself is truncated). Requests
    send `null` (the create example); answers read it as `NotifiableApplicationStamp`.

        Attributes:
            creation (datetime.datetime | Unset):
            modification (datetime.datetime | Unset):
    """

    creation: datetime.datetime | Unset = UNSET
    modification: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        creation: str | Unset = UNSET
        if not isinstance(self.creation, Unset):
            creation = self.creation.isoformat()

        modification: str | Unset = UNSET
        if not isinstance(self.modification, Unset):
            modification = self.modification.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creation is not UNSET:
            field_dict["creation"] = creation
        if modification is not UNSET:
            field_dict["modification"] = modification

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _creation = src_dict.get("creation", UNSET)
        creation: datetime.datetime | Unset
        if isinstance(_creation, Unset):
            creation = UNSET
        else:
            creation = datetime.datetime.fromisoformat(_creation)

        _modification = src_dict.get("modification", UNSET)
        modification: datetime.datetime | Unset
        if isinstance(_modification, Unset):
            modification = UNSET
        else:
            modification = datetime.datetime.fromisoformat(_modification)

        _parsed = _new_object(cls)
        _parsed.creation = creation
        _parsed.modification = modification
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
