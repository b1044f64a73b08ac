from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, parse_uuid, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.legacy_conversation_event import LegacyConversationEvent


T = TypeVar("T", bound="LegacyConversation")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "id",
        "media",
        "actionId",
        "target",
        "events",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class LegacyConversation:
    """A legacy conversation (one sent message and its delivery events) (legacy).

    Attributes:
        type_ (str): Always `message` in the legacy docs.
        id (UUID):
        media (str | Unset): Channel, e.g. `mail` (legacy).
        action_id (str | Unset): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
        target (str | Unset): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
        events (list[LegacyConversationEvent] | Unset):
    """

    type_: str
    id: UUID
    media: str | Unset = UNSET
    action_id: str | Unset = UNSET
    target: str | Unset = UNSET
    events: list[LegacyConversationEvent] | Unset = UNSET
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

        id = str(self.id)

        media = self.media

        action_id = self.action_id

        target = self.target

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = part_json(events_item_data)
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if media is not UNSET:
            field_dict["media"] = media
        if action_id is not UNSET:
            field_dict["actionId"] = action_id
        if target is not UNSET:
            field_dict["target"] = target
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        type_ = src_dict["type"]

        id = parse_uuid(src_dict["id"])

        media = src_dict.get("media", UNSET)

        action_id = src_dict.get("actionId", UNSET)

        target = src_dict.get("target", UNSET)

        _events = src_dict.get("events", UNSET)
        events: list[LegacyConversationEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = LegacyConversationEvent.from_dict(events_item_data)

                events.append(events_item)

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.id = id
        _parsed.media = media
        _parsed.action_id = action_id
        _parsed.target = target
        _parsed.events = events
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
    global _references_bound, LegacyConversationEvent
    from ..models.legacy_conversation_event import LegacyConversationEvent

    _references_bound = True
