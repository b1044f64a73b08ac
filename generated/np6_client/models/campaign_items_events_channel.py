from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.campaign_items_events_type import CampaignItemsEventsType


T = TypeVar("T", bound="CampaignItemsEventsChannel")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "events",
        "items",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class CampaignItemsEventsChannel:
    """The event types/subtypes and the items, for one channel (seen). NP6 renders `type` as a
    discriminator, but only `email` is known, so `type` is a plain string here.

        Attributes:
            type_ (str): Channel; known value `email` (seen). `sms` and `notification` are likely (inferred).
            events (list[CampaignItemsEventsType] | Unset):
            items (list[int | str] | Unset): Ids of the campaign items (actions) whose events are wanted. NP6's schema says
                `array of integer(int32)` while its example sends strings (`"actionId1"`), and action ids
                elsewhere are strings such as `000PE4`; both forms are accepted here.
    """

    type_: str
    events: list[CampaignItemsEventsType] | Unset = UNSET
    items: list[int | str] | Unset = UNSET
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

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = part_json(events_item_data)
                events.append(events_item)

        items: list[int | str] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item: int | str
                items_item = items_item_data
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if events is not UNSET:
            field_dict["events"] = events
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        type_ = src_dict["type"]

        _events = src_dict.get("events", UNSET)
        events: list[CampaignItemsEventsType] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = CampaignItemsEventsType.from_dict(events_item_data)

                events.append(events_item)

        _items = src_dict.get("items", UNSET)
        items: list[int | str] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:

                def _parse_items_item(data: object) -> int | str:
                    return cast(int | str, data)

                items_item = _parse_items_item(items_item_data)

                items.append(items_item)

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.events = events
        _parsed.items = items
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
    global _references_bound, CampaignItemsEventsType
    from ..models.campaign_items_events_type import CampaignItemsEventsType

    _references_bound = True
