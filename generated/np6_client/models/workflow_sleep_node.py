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
    from ..models.workflow_node_flow import WorkflowNodeFlow
    from ..models.workflow_sleep_node_settings import WorkflowSleepNodeSettings


T = TypeVar("T", bound="WorkflowSleepNode")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "id",
        "name",
        "description",
        "default",
        "settings",
        "next",
        "flow",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class WorkflowSleepNode:
    """Workflow node of type `sleep` (type value seen). Its own fields are not documented; the common
    node fields are assumed (inferred) and other fields are kept as additional properties.

        Attributes:
            type_ (Literal['sleep']):
            id (str | Unset): Node id, referenced by `next`, listener and task `handler` and capping `nodes`.
            name (str | Unset):
            description (str | Unset):
            default (bool | Unset): Whether the node is the workflow's entry point.
            settings (WorkflowSleepNodeSettings | Unset): The node's settings (free-form; per-type settings are not
                documented).
            next_ (str | Unset): Id of the next node to run.
            flow (WorkflowNodeFlow | Unset): Deprecated (seen): the old control-flow object of a node, discriminated by
                `type` (values not documented);
                `value` is the id of the next node. Use the node's `next` instead.
    """

    type_: Literal["sleep"] = "sleep"
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    default: bool | Unset = UNSET
    settings: WorkflowSleepNodeSettings | Unset = UNSET
    next_: str | Unset = UNSET
    flow: WorkflowNodeFlow | Unset = UNSET
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

        default = self.default

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = part_json(self.settings)

        next_ = self.next_

        flow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flow, Unset):
            flow = part_json(self.flow)

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
        if default is not UNSET:
            field_dict["default"] = default
        if settings is not UNSET:
            field_dict["settings"] = settings
        if next_ is not UNSET:
            field_dict["next"] = next_
        if flow is not UNSET:
            field_dict["flow"] = flow

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        type_: Literal["sleep"] = src_dict["type"]
        if type_ != "sleep":
            raise ValueError(f"type must match const 'sleep', got '{type_}'")

        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        default = src_dict.get("default", UNSET)

        _settings = src_dict.get("settings", UNSET)
        settings: WorkflowSleepNodeSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = WorkflowSleepNodeSettings.from_dict(_settings)

        next_ = src_dict.get("next", UNSET)

        _flow = src_dict.get("flow", UNSET)
        flow: WorkflowNodeFlow | Unset
        if isinstance(_flow, Unset):
            flow = UNSET
        else:
            flow = WorkflowNodeFlow.from_dict(_flow)

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.id = id
        _parsed.name = name
        _parsed.description = description
        _parsed.default = default
        _parsed.settings = settings
        _parsed.next_ = next_
        _parsed.flow = flow
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
    global _references_bound, WorkflowNodeFlow, WorkflowSleepNodeSettings
    from ..models.workflow_node_flow import WorkflowNodeFlow
    from ..models.workflow_sleep_node_settings import WorkflowSleepNodeSettings

    _references_bound = True
