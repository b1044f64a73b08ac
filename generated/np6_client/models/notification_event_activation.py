from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_event_receiver import NotificationEventReceiver


T = TypeVar("T", bound="NotificationEventActivation")


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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = str(self.version)

        kind = self.kind

        receiver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receiver, Unset):
            receiver = self.receiver.to_dict()

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
        from ..models.notification_event_receiver import NotificationEventReceiver

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _version = d.pop("version", UNSET)
        version: UUID | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = UUID(_version)

        kind = d.pop("kind", UNSET)

        _receiver = d.pop("receiver", UNSET)
        receiver: NotificationEventReceiver | Unset
        if isinstance(_receiver, Unset):
            receiver = UNSET
        else:
            receiver = NotificationEventReceiver.from_dict(_receiver)

        notification_event_activation = cls(
            id=id,
            version=version,
            kind=kind,
            receiver=receiver,
        )

        notification_event_activation.additional_properties = d
        return notification_event_activation

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
