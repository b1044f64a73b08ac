from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.action_monitor_last_sent import ActionMonitorLastSent


T = TypeVar("T", bound="ActionMonitor")
_PROPERTY_NAMES = frozenset(
    {
        "lastSent",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ActionMonitor:
    """Sending monitor (seen as a list-summary field; its fields are legacy).

    Attributes:
        last_sent (ActionMonitorLastSent | Unset): Last sending (legacy).
    """

    last_sent: ActionMonitorLastSent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        last_sent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_sent, Unset):
            last_sent = part_json(self.last_sent)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_sent is not UNSET:
            field_dict["lastSent"] = last_sent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        _last_sent = src_dict.get("lastSent", UNSET)
        last_sent: ActionMonitorLastSent | Unset
        if isinstance(_last_sent, Unset):
            last_sent = UNSET
        else:
            last_sent = ActionMonitorLastSent.from_dict(_last_sent)

        _parsed = _new_object(cls)
        _parsed.last_sent = last_sent
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
    global _references_bound, ActionMonitorLastSent
    from ..models.action_monitor_last_sent import ActionMonitorLastSent

    _references_bound = True
