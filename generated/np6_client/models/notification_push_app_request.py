from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.notification_settings import NotificationSettings
    from ..models.notification_stamp import NotificationStamp
    from ..models.notification_task import NotificationTask
    from ..models.notification_version import NotificationVersion


T = TypeVar("T", bound="NotificationPushAppRequest")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "id",
        "name",
        "description",
        "active",
        "stamp",
        "settings",
        "task",
        "versions",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class NotificationPushAppRequest:
    """A mobile-application push notification (seen `type`; other fields by description only).

    Attributes:
        type_ (Literal['push-app']):
        id (int | Unset): Notification id (seen; int32).
        name (str | Unset):
        description (str | Unset): Description of the notification (seen; audit 2026-12, C3).
        active (bool | Unset): Online state of the notification (seen, "Defines the online state of the notification").
        stamp (NotificationStamp | Unset): Stamp informations of the notification (seen, page
            `notificationmanagement/02ef1152`: "stampobject ...
            creationstring(date-time) ... modificationstring(date-time)"; audit 2026-12, C3).
        settings (NotificationSettings | Unset): Notification settings (seen, page `notificationmanagement/02ef1152`:
            "settingsobject ... urgentboolean
            Notification urgency, default : false purposeobject Notification purpose : Marketing | Service, default :
            Marketing expirationobject mpobject ... applicationstring(uuid)"; audit 2026-12, C3). The inner fields of
            `purpose`, `expiration` and `mp` are not documented.
        task (NotificationTask | Unset): Task specifying how to trigger the notification (seen, page
            `notificationmanagement/02ef1152`: "taskobject
            ... idstring(uuid) ... namestring ... descriptionstring ... schedulerobject"; audit 2026-12, C3).
        versions (list[NotificationVersion] | Unset): Versions of the notification (seen by description).
    """

    type_: Literal["push-app"] = "push-app"
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    active: bool | Unset = UNSET
    stamp: NotificationStamp | Unset = UNSET
    settings: NotificationSettings | Unset = UNSET
    task: NotificationTask | Unset = UNSET
    versions: list[NotificationVersion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        type_ = self.type_

        id = self.id

        name = self.name

        description = self.description

        active = self.active

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = part_json(self.stamp)

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = part_json(self.settings)

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = part_json(self.task)

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = part_json(versions_item_data)
                versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if settings is not UNSET:
            field_dict["settings"] = settings
        if task is not UNSET:
            field_dict["task"] = task
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        type_: Literal["push-app"] = src_dict["type"]
        if type_ != "push-app":
            raise ValueError(f"type must match const 'push-app', got '{type_}'")

        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        active = src_dict.get("active", UNSET)

        _stamp = src_dict.get("stamp", UNSET)
        stamp: NotificationStamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = NotificationStamp.from_dict(_stamp)

        _settings = src_dict.get("settings", UNSET)
        settings: NotificationSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = NotificationSettings.from_dict(_settings)

        _task = src_dict.get("task", UNSET)
        task: NotificationTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = NotificationTask.from_dict(_task)

        _versions = src_dict.get("versions", UNSET)
        versions: list[NotificationVersion] | Unset = UNSET
        if _versions is not UNSET:
            versions = []
            for versions_item_data in _versions:
                versions_item = NotificationVersion.from_dict(versions_item_data)

                versions.append(versions_item)

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.id = id
        _parsed.name = name
        _parsed.description = description
        _parsed.active = active
        _parsed.stamp = stamp
        _parsed.settings = settings
        _parsed.task = task
        _parsed.versions = versions
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
        NotificationSettings, \
        NotificationStamp, \
        NotificationTask, \
        NotificationVersion
    from ..models.notification_settings import NotificationSettings
    from ..models.notification_stamp import NotificationStamp
    from ..models.notification_task import NotificationTask
    from ..models.notification_version import NotificationVersion

    _references_bound = True
