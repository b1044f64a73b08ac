from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.campaign_items_events_channel import CampaignItemsEventsChannel


T = TypeVar("T", bound="CampaignItemsEventsQuery")
_PROPERTY_NAMES = frozenset(
    {
        "itemsEvents",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class CampaignItemsEventsQuery:
    """Body of `POST /campaigns/{id}/events`: per channel, the event types/subtypes and the items whose
    events are wanted (seen; `itemsEvents` required (inferred)).

        Attributes:
            items_events (list[CampaignItemsEventsChannel]):
    """

    items_events: list[CampaignItemsEventsChannel]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        items_events = []
        for items_events_item_data in self.items_events:
            items_events_item = part_json(items_events_item_data)
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
        if not _references_bound:
            _bind_references()
        items_events = []
        _items_events = src_dict["itemsEvents"]
        for items_events_item_data in _items_events:
            items_events_item = CampaignItemsEventsChannel.from_dict(
                items_events_item_data
            )

            items_events.append(items_events_item)

        _parsed = _new_object(cls)
        _parsed.items_events = items_events
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
    global _references_bound, CampaignItemsEventsChannel
    from ..models.campaign_items_events_channel import CampaignItemsEventsChannel

    _references_bound = True
