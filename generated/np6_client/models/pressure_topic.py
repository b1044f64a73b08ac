from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, parse_uuid, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.pressure_topic_stamp import PressureTopicStamp


T = TypeVar("T", bound="PressureTopic")
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "label",
        "description",
        "stamp",
        "createdBy",
        "modifiedBy",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class PressureTopic:
    """A marketing-pressure topic (seen). The example is the complete first element of NP6's `list_pressure_topics`
    example (the list itself is truncated).

        Attributes:
            id (UUID):
            label (str | Unset): The topic's name.
            description (str | Unset):
            stamp (PressureTopicStamp | Unset): Record creation and modification times (seen).
            created_by (str | Unset): Identity that created the topic (e.g. "Connected user").
            modified_by (str | Unset): Identity that last changed the topic.
    """

    id: UUID
    label: str | Unset = UNSET
    description: str | Unset = UNSET
    stamp: PressureTopicStamp | Unset = UNSET
    created_by: str | Unset = UNSET
    modified_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        id = str(self.id)

        label = self.label

        description = self.description

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = part_json(self.stamp)

        created_by = self.created_by

        modified_by = self.modified_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if modified_by is not UNSET:
            field_dict["modifiedBy"] = modified_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        id = parse_uuid(src_dict["id"])

        label = src_dict.get("label", UNSET)

        description = src_dict.get("description", UNSET)

        _stamp = src_dict.get("stamp", UNSET)
        stamp: PressureTopicStamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = PressureTopicStamp.from_dict(_stamp)

        created_by = src_dict.get("createdBy", UNSET)

        modified_by = src_dict.get("modifiedBy", UNSET)

        _parsed = _new_object(cls)
        _parsed.id = id
        _parsed.label = label
        _parsed.description = description
        _parsed.stamp = stamp
        _parsed.created_by = created_by
        _parsed.modified_by = modified_by
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
    global _references_bound, PressureTopicStamp
    from ..models.pressure_topic_stamp import PressureTopicStamp

    _references_bound = True
