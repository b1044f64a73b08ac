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
    from ..models.import_scheduler_frequency import ImportSchedulerFrequency
    from ..models.import_scheduler_validity import ImportSchedulerValidity


T = TypeVar("T", bound="ImportSchedulerPeriodic")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "id",
        "name",
        "creationDate",
        "description",
        "enabled",
        "frequency",
        "validity",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ImportSchedulerPeriodic:
    """(legacy) A periodic scheduler: `frequency` says on which days and at what time, `validity` between
    which dates. The common properties (`id`, `name`, `creationDate`, `description`, `enabled`) are
    8.1.0's.

        Attributes:
            type_ (Literal['periodic']):
            id (int | Unset): Scheduler id (seen).
            name (str | Unset): Scheduler name.
            creation_date (datetime.datetime | Unset):
            description (str | Unset):
            enabled (bool | None | Unset): True when the scheduler is active (seen; description cut in 8.1.0).
            frequency (ImportSchedulerFrequency | Unset): (legacy) On which days (`occurs`) and at what time (`periodicity`)
                the import runs.
            validity (ImportSchedulerValidity | Unset): (legacy) Period during which the scheduler runs.
    """

    type_: Literal["periodic"] = "periodic"
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    frequency: ImportSchedulerFrequency | Unset = UNSET
    validity: ImportSchedulerValidity | Unset = UNSET
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

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        description = self.description

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        frequency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = part_json(self.frequency)

        validity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validity, Unset):
            validity = part_json(self.validity)

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
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if validity is not UNSET:
            field_dict["validity"] = validity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        type_: Literal["periodic"] = src_dict["type"]
        if type_ != "periodic":
            raise ValueError(f"type must match const 'periodic', got '{type_}'")

        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        _creation_date = src_dict.get("creationDate", UNSET)
        creation_date: datetime.datetime | Unset
        if isinstance(_creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        description = src_dict.get("description", UNSET)

        enabled = _parse_enabled(src_dict.get("enabled", UNSET))

        _frequency = src_dict.get("frequency", UNSET)
        frequency: ImportSchedulerFrequency | Unset
        if isinstance(_frequency, Unset):
            frequency = UNSET
        else:
            frequency = ImportSchedulerFrequency.from_dict(_frequency)

        _validity = src_dict.get("validity", UNSET)
        validity: ImportSchedulerValidity | Unset
        if isinstance(_validity, Unset):
            validity = UNSET
        else:
            validity = ImportSchedulerValidity.from_dict(_validity)

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.id = id
        _parsed.name = name
        _parsed.creation_date = creation_date
        _parsed.description = description
        _parsed.enabled = enabled
        _parsed.frequency = frequency
        _parsed.validity = validity
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


def _parse_enabled(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global _references_bound, ImportSchedulerFrequency, ImportSchedulerValidity
    from ..models.import_scheduler_frequency import ImportSchedulerFrequency
    from ..models.import_scheduler_validity import ImportSchedulerValidity

    _references_bound = True
