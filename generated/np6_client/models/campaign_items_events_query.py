from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.campaign_items_events_channel import CampaignItemsEventsChannel


T = TypeVar("T", bound="CampaignItemsEventsQuery")


@_attrs_define
class CampaignItemsEventsQuery:
    """Body of `POST /campaigns/{id}/events`: per channel, the event types/subtypes and the items whose
    events are wanted (seen; `itemsEvents` required (inferred)).

        Attributes:
            items_events (list[CampaignItemsEventsChannel]):
    """

    items_events: list[CampaignItemsEventsChannel]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items_events = []
        for items_events_item_data in self.items_events:
            items_events_item = items_events_item_data.to_dict()
            items_events.append(items_events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "itemsEvents": items_events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_items_events_channel import CampaignItemsEventsChannel

        d = dict(src_dict)
        items_events = []
        _items_events = d.pop("itemsEvents")
        for items_events_item_data in _items_events:
            items_events_item = CampaignItemsEventsChannel.from_dict(
                items_events_item_data
            )

            items_events.append(items_events_item)

        campaign_items_events_query = cls(
            items_events=items_events,
        )

        campaign_items_events_query.additional_properties = d
        return campaign_items_events_query

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
