from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, parse_uuid, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.compilable_stamp import CompilableStamp
    from ..models.compilable_value import CompilableValue


T = TypeVar("T", bound="CompilableRequest")
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "name",
        "description",
        "state",
        "stamp",
        "value",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class CompilableRequest:
    """A compilable scripting definition (seen). Compilable ids are uuids.

    Attributes:
        id (UUID | Unset):
        name (str | Unset):
        description (str | Unset):
        state (str | Unset): The compilable's state (values not documented).
        stamp (CompilableStamp | Unset): Record creation and modification times (seen).
        value (CompilableValue | Unset): The scriptable definition of a compilable (seen). NP6 renders `type` as a
            discriminator but lists no variant;
            the fields below were seen on the one variant shown (the page text stops after `preview`).
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    state: str | Unset = UNSET
    stamp: CompilableStamp | Unset = UNSET
    value: CompilableValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        description = self.description

        state = self.state

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = part_json(self.stamp)

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = part_json(self.value)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if state is not UNSET:
            field_dict["state"] = state
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        _id = src_dict.get("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = parse_uuid(_id)

        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        state = src_dict.get("state", UNSET)

        _stamp = src_dict.get("stamp", UNSET)
        stamp: CompilableStamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = CompilableStamp.from_dict(_stamp)

        _value = src_dict.get("value", UNSET)
        value: CompilableValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = CompilableValue.from_dict(_value)

        _parsed = _new_object(cls)
        _parsed.id = id
        _parsed.name = name
        _parsed.description = description
        _parsed.state = state
        _parsed.stamp = stamp
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


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global _references_bound, CompilableStamp, CompilableValue
    from ..models.compilable_stamp import CompilableStamp
    from ..models.compilable_value import CompilableValue

    _references_bound = True
