from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, parse_uuid, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.notification_task_scheduler import NotificationTaskScheduler


T = TypeVar("T", bound="NotificationTask")
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "name",
        "description",
        "scheduler",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class NotificationTask:
    """Task specifying how to trigger the notification (seen, page `notificationmanagement/02ef1152`: "taskobject
    ... idstring(uuid) ... namestring ... descriptionstring ... schedulerobject"; audit 2026-12, C3).

        Attributes:
            id (UUID | Unset): Task id (seen).
            name (str | Unset): Task name (seen).
            description (str | Unset): Task description (seen).
            scheduler (NotificationTaskScheduler | Unset): When the task triggers (seen; fields not documented).
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    scheduler: NotificationTaskScheduler | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        description = self.description

        scheduler: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = part_json(self.scheduler)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        _id = src_dict.get("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = parse_uuid(_id)

        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        _scheduler = src_dict.get("scheduler", UNSET)
        scheduler: NotificationTaskScheduler | Unset
        if isinstance(_scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = NotificationTaskScheduler.from_dict(_scheduler)

        _parsed = _new_object(cls)
        _parsed.id = id
        _parsed.name = name
        _parsed.description = description
        _parsed.scheduler = scheduler
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
    global _references_bound, NotificationTaskScheduler
    from ..models.notification_task_scheduler import NotificationTaskScheduler

    _references_bound = True
