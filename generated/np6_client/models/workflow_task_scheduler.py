from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.workflow_task_scheduler_time_zone import WorkflowTaskSchedulerTimeZone


T = TypeVar("T", bound="WorkflowTaskScheduler")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "id",
        "name",
        "timeZone",
        "minute",
        "hour",
        "dayOfMonth",
        "month",
        "dayOfWeek",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class WorkflowTaskScheduler:
    """A scheduler (seen). NP6 renders `type` as a discriminator but the variant values are not documented; the
    fields below were seen on one variant, probably a cron-like one (inferred).

        Attributes:
            type_ (str): Scheduler kind (discriminator; values not documented).
            id (str | Unset):
            name (str | Unset):
            time_zone (WorkflowTaskSchedulerTimeZone | Unset): Time zone of the schedule (free-form object as documented).
            minute (str | Unset):
            hour (str | Unset):
            day_of_month (str | Unset):
            month (str | Unset):
            day_of_week (str | Unset):
    """

    type_: str
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    time_zone: WorkflowTaskSchedulerTimeZone | Unset = UNSET
    minute: str | Unset = UNSET
    hour: str | Unset = UNSET
    day_of_month: str | Unset = UNSET
    month: str | Unset = UNSET
    day_of_week: str | Unset = UNSET
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

        time_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_zone, Unset):
            time_zone = part_json(self.time_zone)

        minute = self.minute

        hour = self.hour

        day_of_month = self.day_of_month

        month = self.month

        day_of_week = self.day_of_week

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
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if minute is not UNSET:
            field_dict["minute"] = minute
        if hour is not UNSET:
            field_dict["hour"] = hour
        if day_of_month is not UNSET:
            field_dict["dayOfMonth"] = day_of_month
        if month is not UNSET:
            field_dict["month"] = month
        if day_of_week is not UNSET:
            field_dict["dayOfWeek"] = day_of_week

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        type_ = src_dict["type"]

        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        _time_zone = src_dict.get("timeZone", UNSET)
        time_zone: WorkflowTaskSchedulerTimeZone | Unset
        if isinstance(_time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = WorkflowTaskSchedulerTimeZone.from_dict(_time_zone)

        minute = src_dict.get("minute", UNSET)

        hour = src_dict.get("hour", UNSET)

        day_of_month = src_dict.get("dayOfMonth", UNSET)

        month = src_dict.get("month", UNSET)

        day_of_week = src_dict.get("dayOfWeek", UNSET)

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.id = id
        _parsed.name = name
        _parsed.time_zone = time_zone
        _parsed.minute = minute
        _parsed.hour = hour
        _parsed.day_of_month = day_of_month
        _parsed.month = month
        _parsed.day_of_week = day_of_week
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
    global _references_bound, WorkflowTaskSchedulerTimeZone
    from ..models.workflow_task_scheduler_time_zone import WorkflowTaskSchedulerTimeZone

    _references_bound = True
