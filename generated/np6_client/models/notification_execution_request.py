from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_channel_override import NotificationChannelOverride
    from ..models.recipient_by_hash import RecipientByHash
    from ..models.recipient_by_id import RecipientById
    from ..models.recipient_by_unicity import RecipientByUnicity
    from ..models.recipient_footprint import RecipientFootprint
    from ..models.stamp import Stamp


T = TypeVar("T", bound="NotificationExecutionRequest")


@_attrs_define
class NotificationExecutionRequest:
    """One execution of a notification (seen by description: a recipient identification, an override of
    the underlying channel used to display the notification, and stamp data for tracking the
    conversation flow). The property names are inferred.

        Attributes:
            recipient (RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | Unset): Identifies an
                existing target (seen; discriminated by `type`). There is no anonymous send: every
                recipient refers to a provisioned target (3rd-party). Only these four types exist (3rd-party).
            channel (NotificationChannelOverride | Unset): Override of the underlying channel used to display the
                notification (seen by description; fields not documented).
            stamp (Stamp | Unset): Correlation stamp of a message (seen). `time` is epoch milliseconds; `id`, `thread` and
                `set` are
                UUIDs. A caller may supply one at execution time to correlate later events (inferred).
    """

    recipient: (
        RecipientByHash
        | RecipientById
        | RecipientByUnicity
        | RecipientFootprint
        | Unset
    ) = UNSET
    channel: NotificationChannelOverride | Unset = UNSET
    stamp: Stamp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.recipient_by_hash import RecipientByHash
        from ..models.recipient_by_id import RecipientById
        from ..models.recipient_by_unicity import RecipientByUnicity

        recipient: dict[str, Any] | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        elif (
            isinstance(self.recipient, RecipientById)
            or isinstance(self.recipient, RecipientByUnicity)
            or isinstance(self.recipient, RecipientByHash)
        ):
            recipient = self.recipient.to_dict()
        else:
            recipient = self.recipient.to_dict()

        channel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.to_dict()

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if channel is not UNSET:
            field_dict["channel"] = channel
        if stamp is not UNSET:
            field_dict["stamp"] = stamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notification_channel_override import NotificationChannelOverride
        from ..models.recipient_by_hash import RecipientByHash
        from ..models.recipient_by_id import RecipientById
        from ..models.recipient_by_unicity import RecipientByUnicity
        from ..models.recipient_footprint import RecipientFootprint
        from ..models.stamp import Stamp

        d = dict(src_dict)

        def _parse_recipient(
            data: object,
        ) -> (
            RecipientByHash
            | RecipientById
            | RecipientByUnicity
            | RecipientFootprint
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict) and data.get("type") == "id":
                try:
                    componentsschemas_recipient_type_0 = RecipientById.from_dict(data)

                    return componentsschemas_recipient_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict) and data.get("type") == "unicity":
                try:
                    componentsschemas_recipient_type_1 = RecipientByUnicity.from_dict(
                        data
                    )

                    return componentsschemas_recipient_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict) and data.get("type") == "hash":
                try:
                    componentsschemas_recipient_type_2 = RecipientByHash.from_dict(data)

                    return componentsschemas_recipient_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_recipient_type_3 = RecipientFootprint.from_dict(data)

            return componentsschemas_recipient_type_3

        recipient = _parse_recipient(d.pop("recipient", UNSET))

        _channel = d.pop("channel", UNSET)
        channel: NotificationChannelOverride | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = NotificationChannelOverride.from_dict(_channel)

        _stamp = d.pop("stamp", UNSET)
        stamp: Stamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = Stamp.from_dict(_stamp)

        notification_execution_request = cls(
            recipient=recipient,
            channel=channel,
            stamp=stamp,
        )

        notification_execution_request.additional_properties = d
        return notification_execution_request

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
