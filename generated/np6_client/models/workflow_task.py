from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.workflow_task_provider import WorkflowTaskProvider
    from ..models.workflow_task_scheduler import WorkflowTaskScheduler


T = TypeVar("T", bound="WorkflowTask")
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "name",
        "description",
        "schedulers",
        "provider",
        "handler",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class WorkflowTask:
    """A scheduler task, saying when to run (schedulers), on which data (provider) and from which node (seen).

    Attributes:
        id (str | Unset):
        name (str | Unset):
        description (str | Unset):
        schedulers (list[WorkflowTaskScheduler] | Unset):
        provider (WorkflowTaskProvider | Unset): The task's data provider (seen; discriminated by `type`, values not
            documented).
        handler (str | Unset): Id of the node that handles the task.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    schedulers: list[WorkflowTaskScheduler] | Unset = UNSET
    provider: WorkflowTaskProvider | Unset = UNSET
    handler: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        id = self.id

        name = self.name

        description = self.description

        schedulers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedulers, Unset):
            schedulers = []
            for schedulers_item_data in self.schedulers:
                schedulers_item = part_json(schedulers_item_data)
                schedulers.append(schedulers_item)

        provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = part_json(self.provider)

        handler = self.handler

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if schedulers is not UNSET:
            field_dict["schedulers"] = schedulers
        if provider is not UNSET:
            field_dict["provider"] = provider
        if handler is not UNSET:
            field_dict["handler"] = handler

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        _schedulers = src_dict.get("schedulers", UNSET)
        schedulers: list[WorkflowTaskScheduler] | Unset = UNSET
        if _schedulers is not UNSET:
            schedulers = []
            for schedulers_item_data in _schedulers:
                schedulers_item = WorkflowTaskScheduler.from_dict(schedulers_item_data)

                schedulers.append(schedulers_item)

        _provider = src_dict.get("provider", UNSET)
        provider: WorkflowTaskProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = WorkflowTaskProvider.from_dict(_provider)

        handler = src_dict.get("handler", UNSET)

        _parsed = _new_object(cls)
        _parsed.id = id
        _parsed.name = name
        _parsed.description = description
        _parsed.schedulers = schedulers
        _parsed.provider = provider
        _parsed.handler = handler
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
    global _references_bound, WorkflowTaskProvider, WorkflowTaskScheduler
    from ..models.workflow_task_provider import WorkflowTaskProvider
    from ..models.workflow_task_scheduler import WorkflowTaskScheduler

    _references_bound = True
