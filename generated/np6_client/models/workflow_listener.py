from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.workflow_listener_event import WorkflowListenerEvent


T = TypeVar("T", bound="WorkflowListener")
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "name",
        "description",
        "event",
        "handler",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class WorkflowListener:
    """A listener that hands an event to a node (seen).

    Attributes:
        id (str | Unset):
        name (str | Unset):
        description (str | Unset):
        event (WorkflowListenerEvent | Unset): The event a listener listens to. NP6 renders `type` as a discriminator
            but lists no variant, so this is one
            open object: its other fields are kept as additional properties.
        handler (str | Unset): Id of the node that handles the event.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    event: WorkflowListenerEvent | Unset = UNSET
    handler: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        id = self.id

        name = self.name

        description = self.description

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = part_json(self.event)

        handler = self.handler

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if event is not UNSET:
            field_dict["event"] = event
        if handler is not UNSET:
            field_dict["handler"] = handler

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        _event = src_dict.get("event", UNSET)
        event: WorkflowListenerEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = WorkflowListenerEvent.from_dict(_event)

        handler = src_dict.get("handler", UNSET)

        _parsed = _new_object(cls)
        _parsed.id = id
        _parsed.name = name
        _parsed.description = description
        _parsed.event = event
        _parsed.handler = handler
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
    global _references_bound, WorkflowListenerEvent
    from ..models.workflow_listener_event import WorkflowListenerEvent

    _references_bound = True
