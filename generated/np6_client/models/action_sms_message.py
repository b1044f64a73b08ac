from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.action_informations import ActionInformations
    from ..models.action_monitor import ActionMonitor
    from ..models.action_scheduler_asap import ActionSchedulerAsap
    from ..models.action_scheduler_scheduled import ActionSchedulerScheduled
    from ..models.action_scheduler_time_zone import ActionSchedulerTimeZone
    from ..models.action_sms_content import ActionSmsContent
    from ..models.action_sms_settings import ActionSmsSettings
    from ..models.unknown_action_scheduler import UnknownActionScheduler


T = TypeVar("T", bound="ActionSmsMessage")
_PROPERTY_NAMES = frozenset(
    {
        "informations",
        "type",
        "id",
        "name",
        "description",
        "creationDate",
        "settings",
        "content",
        "scheduler",
        "monitor",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ActionSmsMessage:
    """`ActionSmsMessageRequest` as NP6 returns it: the fields NP6 always returns are required (see
    `x-np6-required`).

        Attributes:
            informations (ActionInformations): General information of the action (seen), as a request sends it (no field
                required); answers read it as
                `ActionInformations`.
            type_ (Literal['smsMessage']):
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            name (str | Unset): Name of the action (seen).
            description (None | str | Unset): Description of the action (seen). Nullable: the legacy `GET /actions/{id}`
                answer has
                `"description": null` (NP6/Driver `mocks/actions/created.json`; audit 2026-12, M1).
            creation_date (datetime.datetime | Unset): Creation date, UTC (seen).
            settings (ActionSmsSettings | Unset): Settings of an SMS action (legacy).
            content (ActionSmsContent | Unset): Content of an SMS action (legacy).
            scheduler (ActionSchedulerAsap | ActionSchedulerScheduled | ActionSchedulerTimeZone | UnknownActionScheduler |
                Unset): Scheduler of an action (NP6 `ActionSchedulerModel` (3rd-party name)), discriminated by `type`:
                `asap`, `scheduled` (3rd-party, legacy) and `timeZoneSchedule` (3rd-party). There is no recurring
                scheduler on actions (recurrence belongs to workflows; 3rd-party). 8.1.0 shows `type`, `startDate`
                and `endDate` before its page text stops; `segments` and `speed` are legacy.
            monitor (ActionMonitor | Unset): Sending monitor (seen as a list-summary field; its fields are legacy).
    """

    informations: ActionInformations
    id: str
    type_: Literal["smsMessage"] = "smsMessage"
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    settings: ActionSmsSettings | Unset = UNSET
    content: ActionSmsContent | Unset = UNSET
    scheduler: (
        ActionSchedulerAsap
        | ActionSchedulerScheduled
        | ActionSchedulerTimeZone
        | UnknownActionScheduler
        | Unset
    ) = UNSET
    monitor: ActionMonitor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        informations = part_json(self.informations)

        type_ = self.type_

        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = part_json(self.settings)

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = part_json(self.content)

        scheduler: dict[str, Any] | Unset
        if isinstance(self.scheduler, Unset):
            scheduler = UNSET
        elif (
            isinstance(self.scheduler, ActionSchedulerAsap)
            or isinstance(self.scheduler, ActionSchedulerScheduled)
            or isinstance(self.scheduler, ActionSchedulerTimeZone)
        ):
            scheduler = self.scheduler.to_dict()
        else:
            scheduler = part_json(self.scheduler)

        monitor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monitor, Unset):
            monitor = part_json(self.monitor)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "informations": informations,
                "type": type_,
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if settings is not UNSET:
            field_dict["settings"] = settings
        if content is not UNSET:
            field_dict["content"] = content
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if monitor is not UNSET:
            field_dict["monitor"] = monitor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        informations = ActionInformations.from_dict(src_dict["informations"])

        type_: Literal["smsMessage"] = src_dict["type"]
        if type_ != "smsMessage":
            raise ValueError(f"type must match const 'smsMessage', got '{type_}'")

        id = src_dict["id"]

        name = src_dict.get("name", UNSET)

        description = _parse_description(src_dict.get("description", UNSET))

        _creation_date = src_dict.get("creationDate", UNSET)
        creation_date: datetime.datetime | Unset
        if isinstance(_creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        _settings = src_dict.get("settings", UNSET)
        settings: ActionSmsSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = ActionSmsSettings.from_dict(_settings)

        _content = src_dict.get("content", UNSET)
        content: ActionSmsContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = ActionSmsContent.from_dict(_content)

        scheduler = _parse_scheduler(src_dict.get("scheduler", UNSET))

        _monitor = src_dict.get("monitor", UNSET)
        monitor: ActionMonitor | Unset
        if isinstance(_monitor, Unset):
            monitor = UNSET
        else:
            monitor = ActionMonitor.from_dict(_monitor)

        _parsed = _new_object(cls)
        _parsed.informations = informations
        _parsed.type_ = type_
        _parsed.id = id
        _parsed.name = name
        _parsed.description = description
        _parsed.creation_date = creation_date
        _parsed.settings = settings
        _parsed.content = content
        _parsed.scheduler = scheduler
        _parsed.monitor = monitor
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


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_scheduler(
    data: object,
) -> (
    ActionSchedulerAsap
    | ActionSchedulerScheduled
    | ActionSchedulerTimeZone
    | UnknownActionScheduler
    | Unset
):
    if isinstance(data, Unset):
        return data
    type_tag = data.get("type") if isinstance(data, dict) else None
    if type_tag == "asap":
        try:
            componentsschemas_action_scheduler_type_0 = ActionSchedulerAsap.from_dict(
                data
            )

            return componentsschemas_action_scheduler_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "scheduled":
        try:
            componentsschemas_action_scheduler_type_1 = (
                ActionSchedulerScheduled.from_dict(data)
            )

            return componentsschemas_action_scheduler_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "timeZoneSchedule":
        try:
            componentsschemas_action_scheduler_type_2 = (
                ActionSchedulerTimeZone.from_dict(data)
            )

            return componentsschemas_action_scheduler_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_action_scheduler_type_3 = UnknownActionScheduler.from_dict(data)

    return componentsschemas_action_scheduler_type_3


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global \
        _references_bound, \
        ActionInformations, \
        ActionMonitor, \
        ActionSchedulerAsap, \
        ActionSchedulerScheduled, \
        ActionSchedulerTimeZone, \
        ActionSmsContent, \
        ActionSmsSettings, \
        UnknownActionScheduler
    from ..models.action_informations import ActionInformations
    from ..models.action_monitor import ActionMonitor
    from ..models.action_scheduler_asap import ActionSchedulerAsap
    from ..models.action_scheduler_scheduled import ActionSchedulerScheduled
    from ..models.action_scheduler_time_zone import ActionSchedulerTimeZone
    from ..models.action_sms_content import ActionSmsContent
    from ..models.action_sms_settings import ActionSmsSettings
    from ..models.unknown_action_scheduler import UnknownActionScheduler

    _references_bound = True
