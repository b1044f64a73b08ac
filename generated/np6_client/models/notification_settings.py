from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, parse_uuid, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.notification_settings_expiration import NotificationSettingsExpiration
    from ..models.notification_settings_mp import NotificationSettingsMp
    from ..models.notification_settings_purpose import NotificationSettingsPurpose


T = TypeVar("T", bound="NotificationSettings")
_PROPERTY_NAMES = frozenset(
    {
        "urgent",
        "purpose",
        "expiration",
        "mp",
        "application",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class NotificationSettings:
    """Notification settings (seen, page `notificationmanagement/02ef1152`: "settingsobject ... urgentboolean
    Notification urgency, default : false purposeobject Notification purpose : Marketing | Service, default :
    Marketing expirationobject mpobject ... applicationstring(uuid)"; audit 2026-12, C3). The inner fields of
    `purpose`, `expiration` and `mp` are not documented.

        Attributes:
            urgent (bool | Unset): Notification urgency, default false (seen).
            purpose (NotificationSettingsPurpose | Unset): Notification purpose: Marketing or Service, default Marketing
                (seen; typed object, fields not documented).
            expiration (NotificationSettingsExpiration | Unset): Expiration settings (seen; fields not documented).
            mp (NotificationSettingsMp | Unset): Marketing-pressure settings (seen as `mp`; the expansion and the fields are
                not documented).
            application (UUID | Unset): Mobile application id (seen).
    """

    urgent: bool | Unset = UNSET
    purpose: NotificationSettingsPurpose | Unset = UNSET
    expiration: NotificationSettingsExpiration | Unset = UNSET
    mp: NotificationSettingsMp | Unset = UNSET
    application: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        urgent = self.urgent

        purpose: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = part_json(self.purpose)

        expiration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiration, Unset):
            expiration = part_json(self.expiration)

        mp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mp, Unset):
            mp = part_json(self.mp)

        application: str | Unset = UNSET
        if not isinstance(self.application, Unset):
            application = str(self.application)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if urgent is not UNSET:
            field_dict["urgent"] = urgent
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if mp is not UNSET:
            field_dict["mp"] = mp
        if application is not UNSET:
            field_dict["application"] = application

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        urgent = src_dict.get("urgent", UNSET)

        _purpose = src_dict.get("purpose", UNSET)
        purpose: NotificationSettingsPurpose | Unset
        if isinstance(_purpose, Unset):
            purpose = UNSET
        else:
            purpose = NotificationSettingsPurpose.from_dict(_purpose)

        _expiration = src_dict.get("expiration", UNSET)
        expiration: NotificationSettingsExpiration | Unset
        if isinstance(_expiration, Unset):
            expiration = UNSET
        else:
            expiration = NotificationSettingsExpiration.from_dict(_expiration)

        _mp = src_dict.get("mp", UNSET)
        mp: NotificationSettingsMp | Unset
        if isinstance(_mp, Unset):
            mp = UNSET
        else:
            mp = NotificationSettingsMp.from_dict(_mp)

        _application = src_dict.get("application", UNSET)
        application: UUID | Unset
        if isinstance(_application, Unset):
            application = UNSET
        else:
            application = parse_uuid(_application)

        _parsed = _new_object(cls)
        _parsed.urgent = urgent
        _parsed.purpose = purpose
        _parsed.expiration = expiration
        _parsed.mp = mp
        _parsed.application = application
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
    global \
        _references_bound, \
        NotificationSettingsExpiration, \
        NotificationSettingsMp, \
        NotificationSettingsPurpose
    from ..models.notification_settings_expiration import NotificationSettingsExpiration
    from ..models.notification_settings_mp import NotificationSettingsMp
    from ..models.notification_settings_purpose import NotificationSettingsPurpose

    _references_bound = True
