from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, parse_uuid, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.notification_event_receiver import NotificationEventReceiver


T = TypeVar("T", bound="NotificationEventActivation")
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "version",
        "kind",
        "receiver",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class NotificationEventActivation:
    """The notification activation the event relates to (seen, truncated example).

    Attributes:
        id (int | Unset): Notification id (seen).
        version (UUID | Unset): Notification version id (seen).
        kind (str | Unset): Activation kind; `application` seen.
        receiver (NotificationEventReceiver | Unset): Receiver of a notification, discriminated by `type` in NP6
            (`contact` seen); `value` is itself a
            discriminated object whose variants are cut off in the source, so it is kept free.
    """

    id: int | Unset = UNSET
    version: UUID | Unset = UNSET
    kind: str | Unset = UNSET
    receiver: NotificationEventReceiver | Unset = UNSET
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

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = str(self.version)

        kind = self.kind

        receiver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receiver, Unset):
            receiver = part_json(self.receiver)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if kind is not UNSET:
            field_dict["kind"] = kind
        if receiver is not UNSET:
            field_dict["receiver"] = receiver

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        id = src_dict.get("id", UNSET)

        _version = src_dict.get("version", UNSET)
        version: UUID | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = parse_uuid(_version)

        kind = src_dict.get("kind", UNSET)

        _receiver = src_dict.get("receiver", UNSET)
        receiver: NotificationEventReceiver | Unset
        if isinstance(_receiver, Unset):
            receiver = UNSET
        else:
            receiver = NotificationEventReceiver.from_dict(_receiver)

        _parsed = _new_object(cls)
        _parsed.id = id
        _parsed.version = version
        _parsed.kind = kind
        _parsed.receiver = receiver
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
    global _references_bound, NotificationEventReceiver
    from ..models.notification_event_receiver import NotificationEventReceiver

    _references_bound = True
