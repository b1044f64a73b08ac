from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pressure_topic_stamp import PressureTopicStamp


T = TypeVar("T", bound="PressureTopic")


@_attrs_define
class PressureTopic:
    """A marketing-pressure topic (seen). The example is the complete first element of NP6's `list_pressure_topics`
    example (the list itself is truncated).

        Attributes:
            id (UUID | Unset):
            label (str | Unset): The topic's name.
            description (str | Unset):
            stamp (PressureTopicStamp | Unset): Record creation and modification times (seen).
            created_by (str | Unset): Identity that created the topic (e.g. "Connected user").
            modified_by (str | Unset): Identity that last changed the topic.
    """

    id: UUID | Unset = UNSET
    label: str | Unset = UNSET
    description: str | Unset = UNSET
    stamp: PressureTopicStamp | Unset = UNSET
    created_by: str | Unset = UNSET
    modified_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        label = self.label

        description = self.description

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        created_by = self.created_by

        modified_by = self.modified_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
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
        from ..models.pressure_topic_stamp import PressureTopicStamp

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        label = d.pop("label", UNSET)

        description = d.pop("description", UNSET)

        _stamp = d.pop("stamp", UNSET)
        stamp: PressureTopicStamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = PressureTopicStamp.from_dict(_stamp)

        created_by = d.pop("createdBy", UNSET)

        modified_by = d.pop("modifiedBy", UNSET)

        pressure_topic = cls(
            id=id,
            label=label,
            description=description,
            stamp=stamp,
            created_by=created_by,
            modified_by=modified_by,
        )

        pressure_topic.additional_properties = d
        return pressure_topic

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
