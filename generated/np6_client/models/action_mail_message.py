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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_informations import ActionInformations
    from ..models.action_mail_content import ActionMailContent
    from ..models.action_mail_settings import ActionMailSettings
    from ..models.action_monitor import ActionMonitor
    from ..models.action_scheduler_asap import ActionSchedulerAsap
    from ..models.action_scheduler_scheduled import ActionSchedulerScheduled
    from ..models.action_scheduler_time_zone import ActionSchedulerTimeZone
    from ..models.unknown_action_scheduler import UnknownActionScheduler


T = TypeVar("T", bound="ActionMailMessage")


@_attrs_define
class ActionMailMessage:
    """An email action (seen). Minimal create body that works in production (3rd-party):
    `{type, name, settings, content: {headers: {from: {prefix, domain, label}}, subject, html}}`.
    HTML links are tracked with attributes on `<a>` (seen, "Good to know"): external link
    `tracking="Enabled" dataminingname="label"`; NP6 form `href="form_id" tracking="Enabled"
    dataminingname="label" linktype="Form"`; mirror page `href="MirrorPage" tracking="Enabled"
    dataminingname="label" linktype="System"`.

        Attributes:
            type_ (Literal['mailMessage']):
            id (str | Unset): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            name (str | Unset): Name of the action (seen).
            description (None | str | Unset): Description of the action (seen). Nullable: the legacy `GET /actions/{id}`
                answer has
                `"description": null` (NP6/Driver `mocks/actions/created.json`; audit 2026-12, M1).
            creation_date (datetime.datetime | Unset): Creation date, UTC (seen).
            informations (ActionInformations | Unset): General information of the action (seen).
            settings (ActionMailSettings | Unset): General settings of the email action (seen). No field is marked required.
            content (ActionMailContent | Unset): Content of the email action (seen).
            scheduler (ActionSchedulerAsap | ActionSchedulerScheduled | ActionSchedulerTimeZone | UnknownActionScheduler |
                Unset): Scheduler of an action (NP6 `ActionSchedulerModel` (3rd-party name)), discriminated by `type`:
                `asap`, `scheduled` (3rd-party, legacy) and `timeZoneSchedule` (3rd-party). There is no recurring
                scheduler on actions (recurrence belongs to workflows; 3rd-party). 8.1.0 shows `type`, `startDate`
                and `endDate` before its page text stops; `segments` and `speed` are legacy.
            monitor (ActionMonitor | Unset): Sending monitor (seen as a list-summary field; its fields are legacy).
    """

    type_: Literal["mailMessage"]
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    informations: ActionInformations | Unset = UNSET
    settings: ActionMailSettings | Unset = UNSET
    content: ActionMailContent | Unset = UNSET
    scheduler: (
        ActionSchedulerAsap
        | ActionSchedulerScheduled
        | ActionSchedulerTimeZone
        | UnknownActionScheduler
        | Unset
    ) = UNSET
    monitor: ActionMonitor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.action_scheduler_asap import ActionSchedulerAsap
        from ..models.action_scheduler_scheduled import ActionSchedulerScheduled
        from ..models.action_scheduler_time_zone import ActionSchedulerTimeZone

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

        informations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.informations, Unset):
            informations = self.informations.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

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
            scheduler = self.scheduler.to_dict()

        monitor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monitor, Unset):
            monitor = self.monitor.to_dict()

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
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if informations is not UNSET:
            field_dict["informations"] = informations
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
        from ..models.action_informations import ActionInformations
        from ..models.action_mail_content import ActionMailContent
        from ..models.action_mail_settings import ActionMailSettings
        from ..models.action_monitor import ActionMonitor
        from ..models.action_scheduler_asap import ActionSchedulerAsap
        from ..models.action_scheduler_scheduled import ActionSchedulerScheduled
        from ..models.action_scheduler_time_zone import ActionSchedulerTimeZone
        from ..models.unknown_action_scheduler import UnknownActionScheduler

        d = dict(src_dict)
        type_ = cast("Literal['mailMessage']", d.pop("type"))
        if type_ != "mailMessage":
            raise ValueError(f"type must match const 'mailMessage', got '{type_}'")

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _creation_date = d.pop("creationDate", UNSET)
        creation_date: datetime.datetime | Unset
        if isinstance(_creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        _informations = d.pop("informations", UNSET)
        informations: ActionInformations | Unset
        if isinstance(_informations, Unset):
            informations = UNSET
        else:
            informations = ActionInformations.from_dict(_informations)

        _settings = d.pop("settings", UNSET)
        settings: ActionMailSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = ActionMailSettings.from_dict(_settings)

        _content = d.pop("content", UNSET)
        content: ActionMailContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = ActionMailContent.from_dict(_content)

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
            if isinstance(data, dict) and data.get("type") == "asap":
                try:
                    componentsschemas_action_scheduler_type_0 = (
                        ActionSchedulerAsap.from_dict(data)
                    )

                    return componentsschemas_action_scheduler_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict) and data.get("type") == "scheduled":
                try:
                    componentsschemas_action_scheduler_type_1 = (
                        ActionSchedulerScheduled.from_dict(data)
                    )

                    return componentsschemas_action_scheduler_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict) and data.get("type") == "timeZoneSchedule":
                try:
                    componentsschemas_action_scheduler_type_2 = (
                        ActionSchedulerTimeZone.from_dict(data)
                    )

                    return componentsschemas_action_scheduler_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_action_scheduler_type_3 = (
                UnknownActionScheduler.from_dict(data)
            )

            return componentsschemas_action_scheduler_type_3

        scheduler = _parse_scheduler(d.pop("scheduler", UNSET))

        _monitor = d.pop("monitor", UNSET)
        monitor: ActionMonitor | Unset
        if isinstance(_monitor, Unset):
            monitor = UNSET
        else:
            monitor = ActionMonitor.from_dict(_monitor)

        action_mail_message = cls(
            type_=type_,
            id=id,
            name=name,
            description=description,
            creation_date=creation_date,
            informations=informations,
            settings=settings,
            content=content,
            scheduler=scheduler,
            monitor=monitor,
        )

        action_mail_message.additional_properties = d
        return action_mail_message

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
