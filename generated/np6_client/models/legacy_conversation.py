from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.legacy_conversation_event import LegacyConversationEvent


T = TypeVar("T", bound="LegacyConversation")


@_attrs_define
class LegacyConversation:
    """A legacy conversation (one sent message and its delivery events) (legacy).

    Attributes:
        type_ (str | Unset): Always `message` in the legacy docs.
        media (str | Unset): Channel, e.g. `mail` (legacy).
        id (UUID | Unset):
        action_id (str | Unset): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
        target (str | Unset): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
        events (list[LegacyConversationEvent] | Unset):
    """

    type_: str | Unset = UNSET
    media: str | Unset = UNSET
    id: UUID | Unset = UNSET
    action_id: str | Unset = UNSET
    target: str | Unset = UNSET
    events: list[LegacyConversationEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        media = self.media

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        action_id = self.action_id

        target = self.target

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if media is not UNSET:
            field_dict["media"] = media
        if id is not UNSET:
            field_dict["id"] = id
        if action_id is not UNSET:
            field_dict["actionId"] = action_id
        if target is not UNSET:
            field_dict["target"] = target
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.legacy_conversation_event import LegacyConversationEvent

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        media = d.pop("media", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        action_id = d.pop("actionId", UNSET)

        target = d.pop("target", UNSET)

        _events = d.pop("events", UNSET)
        events: list[LegacyConversationEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = LegacyConversationEvent.from_dict(events_item_data)

                events.append(events_item)

        legacy_conversation = cls(
            type_=type_,
            media=media,
            id=id,
            action_id=action_id,
            target=target,
            events=events,
        )

        legacy_conversation.additional_properties = d
        return legacy_conversation

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
