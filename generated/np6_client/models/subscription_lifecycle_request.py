from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.subscription_lifecycle_event_request import (
        SubscriptionLifecycleEventRequest,
    )


T = TypeVar("T", bound="SubscriptionLifecycleRequest")
_PROPERTY_NAMES = frozenset(
    {
        "creation",
        "modification",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class SubscriptionLifecycleRequest:
    """Creation and modification audit (seen; `modification` inferred to share the shape). NP6 sets it; a request
    need not send it (the request sample of `PUT /subscriptions` carries none). Answers read it as
    `SubscriptionLifecycle`.

        Attributes:
            creation (SubscriptionLifecycleEventRequest | Unset): When and by whom (seen); answers read it as
                `SubscriptionLifecycleEvent`.
            modification (SubscriptionLifecycleEventRequest | Unset): When and by whom (seen); answers read it as
                `SubscriptionLifecycleEvent`.
    """

    creation: SubscriptionLifecycleEventRequest | Unset = UNSET
    modification: SubscriptionLifecycleEventRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        creation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creation, Unset):
            creation = part_json(self.creation)

        modification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.modification, Unset):
            modification = part_json(self.modification)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creation is not UNSET:
            field_dict["creation"] = creation
        if modification is not UNSET:
            field_dict["modification"] = modification

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        _creation = src_dict.get("creation", UNSET)
        creation: SubscriptionLifecycleEventRequest | Unset
        if isinstance(_creation, Unset):
            creation = UNSET
        else:
            creation = SubscriptionLifecycleEventRequest.from_dict(_creation)

        _modification = src_dict.get("modification", UNSET)
        modification: SubscriptionLifecycleEventRequest | Unset
        if isinstance(_modification, Unset):
            modification = UNSET
        else:
            modification = SubscriptionLifecycleEventRequest.from_dict(_modification)

        _parsed = _new_object(cls)
        _parsed.creation = creation
        _parsed.modification = modification
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
    global _references_bound, SubscriptionLifecycleEventRequest
    from ..models.subscription_lifecycle_event_request import (
        SubscriptionLifecycleEventRequest,
    )

    _references_bound = True
