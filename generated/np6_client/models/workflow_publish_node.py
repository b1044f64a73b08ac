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
    from ..models.scripting_literal_expression import ScriptingLiteralExpression
    from ..models.unknown_scripting_expression import UnknownScriptingExpression
    from ..models.workflow_node_flow import WorkflowNodeFlow
    from ..models.workflow_publish_node_settings import WorkflowPublishNodeSettings


T = TypeVar("T", bound="WorkflowPublishNode")
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
        "event",
        "data",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class WorkflowPublishNode:
    """Node that publishes an event (`type: publish`). The documented node fields (id, name, description,
    default, settings, next, event, data, flow) were seen on the first variant of the node union,
    which is probably this one (inferred). `event` is the event to emit, `data` the evaluated data sent
    with it.

        Attributes:
            type_ (Literal['publish']):
            id (str | Unset): Node id, referenced by `next`, listener and task `handler` and capping `nodes`.
            name (str | Unset):
            description (str | Unset):
            default (bool | Unset): Whether the node is the workflow's entry point.
            settings (WorkflowPublishNodeSettings | Unset): The node's settings (free-form; per-type settings are not
                documented).
            next_ (str | Unset): Id of the next node to run.
            flow (WorkflowNodeFlow | Unset): Deprecated (seen): the old control-flow object of a node, discriminated by
                `type` (values not documented);
                `value` is the id of the next node. Use the node's `next` instead.
            event (ScriptingLiteralExpression | UnknownScriptingExpression | Unset): An expression, discriminated by `type`
                (seen). The `literal` variant is seen in notifiable-application routes
                and channels; using the same expression model for workflow capping keys and node events is inferred.
            data (ScriptingLiteralExpression | UnknownScriptingExpression | Unset): An expression, discriminated by `type`
                (seen). The `literal` variant is seen in notifiable-application routes
                and channels; using the same expression model for workflow capping keys and node events is inferred.
    """

    type_: Literal["publish"] = "publish"
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    default: bool | Unset = UNSET
    settings: WorkflowPublishNodeSettings | Unset = UNSET
    next_: str | Unset = UNSET
    flow: WorkflowNodeFlow | Unset = UNSET
    event: ScriptingLiteralExpression | UnknownScriptingExpression | Unset = UNSET
    data: ScriptingLiteralExpression | UnknownScriptingExpression | Unset = UNSET
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

        event: dict[str, Any] | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        elif isinstance(self.event, ScriptingLiteralExpression):
            event = self.event.to_dict()
        else:
            event = part_json(self.event)

        data: dict[str, Any] | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ScriptingLiteralExpression):
            data = self.data.to_dict()
        else:
            data = part_json(self.data)

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
        if event is not UNSET:
            field_dict["event"] = event
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        type_: Literal["publish"] = src_dict["type"]
        if type_ != "publish":
            raise ValueError(f"type must match const 'publish', got '{type_}'")

        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        default = src_dict.get("default", UNSET)

        _settings = src_dict.get("settings", UNSET)
        settings: WorkflowPublishNodeSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = WorkflowPublishNodeSettings.from_dict(_settings)

        next_ = src_dict.get("next", UNSET)

        _flow = src_dict.get("flow", UNSET)
        flow: WorkflowNodeFlow | Unset
        if isinstance(_flow, Unset):
            flow = UNSET
        else:
            flow = WorkflowNodeFlow.from_dict(_flow)

        event = _parse_event(src_dict.get("event", UNSET))

        data = _parse_data(src_dict.get("data", UNSET))

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.id = id
        _parsed.name = name
        _parsed.description = description
        _parsed.default = default
        _parsed.settings = settings
        _parsed.next_ = next_
        _parsed.flow = flow
        _parsed.event = event
        _parsed.data = data
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


def _parse_event(
    data: object,
) -> ScriptingLiteralExpression | UnknownScriptingExpression | Unset:
    if isinstance(data, Unset):
        return data
    type_tag = data.get("type") if isinstance(data, dict) else None
    if type_tag == "literal":
        try:
            componentsschemas_scripting_expression_type_0 = (
                ScriptingLiteralExpression.from_dict(data)
            )

            return componentsschemas_scripting_expression_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_scripting_expression_type_1 = (
        UnknownScriptingExpression.from_dict(data)
    )

    return componentsschemas_scripting_expression_type_1


def _parse_data(
    data: object,
) -> ScriptingLiteralExpression | UnknownScriptingExpression | Unset:
    if isinstance(data, Unset):
        return data
    type_tag = data.get("type") if isinstance(data, dict) else None
    if type_tag == "literal":
        try:
            componentsschemas_scripting_expression_type_0 = (
                ScriptingLiteralExpression.from_dict(data)
            )

            return componentsschemas_scripting_expression_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_scripting_expression_type_1 = (
        UnknownScriptingExpression.from_dict(data)
    )

    return componentsschemas_scripting_expression_type_1


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global \
        _references_bound, \
        ScriptingLiteralExpression, \
        UnknownScriptingExpression, \
        WorkflowNodeFlow, \
        WorkflowPublishNodeSettings
    from ..models.scripting_literal_expression import ScriptingLiteralExpression
    from ..models.unknown_scripting_expression import UnknownScriptingExpression
    from ..models.workflow_node_flow import WorkflowNodeFlow
    from ..models.workflow_publish_node_settings import WorkflowPublishNodeSettings

    _references_bound = True
