from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, parse_uuid, set_fields_repr

T = TypeVar("T", bound="NotificationRenderMeta")
_PROPERTY_NAMES = frozenset(
    {
        "notification",
        "version",
        "application",
        "subscription",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class NotificationRenderMeta:
    """What was rendered (seen; cut off after `subscription`).

    Attributes:
        notification (int | Unset): Notification id (seen; int32).
        version (UUID | Unset): Notification version id, a UUID (seen on page `notificationmanagement/02ef1152`,
            `versions[].id` "string(uuid)", and as `meta.version` in a render response).
        application (UUID | Unset): Mobile application id (seen).
        subscription (UUID | Unset): Push subscription id (seen).
    """

    notification: int | Unset = UNSET
    version: UUID | Unset = UNSET
    application: UUID | Unset = UNSET
    subscription: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        notification = self.notification

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = str(self.version)

        application: str | Unset = UNSET
        if not isinstance(self.application, Unset):
            application = str(self.application)

        subscription: str | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = str(self.subscription)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification is not UNSET:
            field_dict["notification"] = notification
        if version is not UNSET:
            field_dict["version"] = version
        if application is not UNSET:
            field_dict["application"] = application
        if subscription is not UNSET:
            field_dict["subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        notification = src_dict.get("notification", UNSET)

        _version = src_dict.get("version", UNSET)
        version: UUID | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = parse_uuid(_version)

        _application = src_dict.get("application", UNSET)
        application: UUID | Unset
        if isinstance(_application, Unset):
            application = UNSET
        else:
            application = parse_uuid(_application)

        _subscription = src_dict.get("subscription", UNSET)
        subscription: UUID | Unset
        if isinstance(_subscription, Unset):
            subscription = UNSET
        else:
            subscription = parse_uuid(_subscription)

        _parsed = _new_object(cls)
        _parsed.notification = notification
        _parsed.version = version
        _parsed.application = application
        _parsed.subscription = subscription
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
