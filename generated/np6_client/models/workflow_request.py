from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_state import WorkflowState, check_workflow_state
from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.scripting_settings_v7 import ScriptingSettingsV7
    from ..models.unknown_scripting_settings import UnknownScriptingSettings
    from ..models.unknown_workflow_node import UnknownWorkflowNode
    from ..models.workflow_capping import WorkflowCapping
    from ..models.workflow_conditional_time_slots_node import (
        WorkflowConditionalTimeSlotsNode,
    )
    from ..models.workflow_data_explorer_v2_match_node import (
        WorkflowDataExplorerV2MatchNode,
    )
    from ..models.workflow_data_manager_pipeline_node import (
        WorkflowDataManagerPipelineNode,
    )
    from ..models.workflow_data_table_pipeline_node import WorkflowDataTablePipelineNode
    from ..models.workflow_if_node import WorkflowIfNode
    from ..models.workflow_listener import WorkflowListener
    from ..models.workflow_match_node import WorkflowMatchNode
    from ..models.workflow_multiple_slots_node import WorkflowMultipleSlotsNode
    from ..models.workflow_notification_execution_node import (
        WorkflowNotificationExecutionNode,
    )
    from ..models.workflow_publish_node import WorkflowPublishNode
    from ..models.workflow_request_node import WorkflowRequestNode
    from ..models.workflow_request_settings import WorkflowRequestSettings
    from ..models.workflow_sample_node import WorkflowSampleNode
    from ..models.workflow_script_node import WorkflowScriptNode
    from ..models.workflow_send_mail_node import WorkflowSendMailNode
    from ..models.workflow_send_push_app_node import WorkflowSendPushAppNode
    from ..models.workflow_send_sms_node import WorkflowSendSmsNode
    from ..models.workflow_sleep_node import WorkflowSleepNode
    from ..models.workflow_sms_node import WorkflowSmsNode
    from ..models.workflow_split_node import WorkflowSplitNode
    from ..models.workflow_switch_node import WorkflowSwitchNode
    from ..models.workflow_task import WorkflowTask
    from ..models.workflow_terminal_node import WorkflowTerminalNode
    from ..models.workflow_update_target_node import WorkflowUpdateTargetNode
    from ..models.workflow_wait_all_node import WorkflowWaitAllNode
    from ..models.workflow_wait_kill_node import WorkflowWaitKillNode
    from ..models.workflow_wait_node import WorkflowWaitNode
    from ..models.workflow_wait_race_node import WorkflowWaitRaceNode


T = TypeVar("T", bound="WorkflowRequest")
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "name",
        "description",
        "state",
        "creationDate",
        "updateDate",
        "scripting",
        "settings",
        "listeners",
        "capping",
        "nodes",
        "tasks",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class WorkflowRequest:
    """A scripted workflow (seen): script settings, free-form settings, event listeners, capping rules, nodes and
    scheduler tasks. No field is marked required in 8.1.0; `id`, `creationDate` and `updateDate` are set by NP6
    (inferred). `tasks` appears in the published example but not in the visible field list.

        Attributes:
            id (int | Unset): Workflow id (int32, seen).
            name (str | Unset):
            description (str | Unset):
            state (WorkflowState | Unset): Workflow state (seen, enum 0/1). NP6 does not say what each value means.
            creation_date (datetime.datetime | Unset): Creation date.
            update_date (datetime.datetime | Unset): Last update date (NP6's text says "creation date", a copy error).
            scripting (ScriptingSettingsV7 | UnknownScriptingSettings | Unset): Script settings shared by workflows and
                webtasks (seen), discriminated by `version`. Only `7.0.0` is seen
                (webtask example); other versions, including the placeholder `"string"` of the published workflow example,
                fall into `UnknownScriptingSettings`.
            settings (WorkflowRequestSettings | Unset): The workflow's settings (free-form).
            listeners (list[WorkflowListener] | Unset): The workflow's listeners.
            capping (list[WorkflowCapping] | Unset): The workflow's capping definition.
            nodes (list[UnknownWorkflowNode | WorkflowConditionalTimeSlotsNode | WorkflowDataExplorerV2MatchNode |
                WorkflowDataManagerPipelineNode | WorkflowDataTablePipelineNode | WorkflowIfNode | WorkflowMatchNode |
                WorkflowMultipleSlotsNode | WorkflowNotificationExecutionNode | WorkflowPublishNode | WorkflowRequestNode |
                WorkflowSampleNode | WorkflowScriptNode | WorkflowSendMailNode | WorkflowSendPushAppNode | WorkflowSendSmsNode |
                WorkflowSleepNode | WorkflowSmsNode | WorkflowSplitNode | WorkflowSwitchNode | WorkflowTerminalNode |
                WorkflowUpdateTargetNode | WorkflowWaitAllNode | WorkflowWaitKillNode | WorkflowWaitNode | WorkflowWaitRaceNode]
                | Unset): The workflow's nodes.
            tasks (list[WorkflowTask] | Unset): The workflow's scheduler tasks (seen in the example only).
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    state: WorkflowState | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    update_date: datetime.datetime | Unset = UNSET
    scripting: ScriptingSettingsV7 | UnknownScriptingSettings | Unset = UNSET
    settings: WorkflowRequestSettings | Unset = UNSET
    listeners: list[WorkflowListener] | Unset = UNSET
    capping: list[WorkflowCapping] | Unset = UNSET
    nodes: (
        list[
            UnknownWorkflowNode
            | WorkflowConditionalTimeSlotsNode
            | WorkflowDataExplorerV2MatchNode
            | WorkflowDataManagerPipelineNode
            | WorkflowDataTablePipelineNode
            | WorkflowIfNode
            | WorkflowMatchNode
            | WorkflowMultipleSlotsNode
            | WorkflowNotificationExecutionNode
            | WorkflowPublishNode
            | WorkflowRequestNode
            | WorkflowSampleNode
            | WorkflowScriptNode
            | WorkflowSendMailNode
            | WorkflowSendPushAppNode
            | WorkflowSendSmsNode
            | WorkflowSleepNode
            | WorkflowSmsNode
            | WorkflowSplitNode
            | WorkflowSwitchNode
            | WorkflowTerminalNode
            | WorkflowUpdateTargetNode
            | WorkflowWaitAllNode
            | WorkflowWaitKillNode
            | WorkflowWaitNode
            | WorkflowWaitRaceNode
        ]
        | Unset
    ) = UNSET
    tasks: list[WorkflowTask] | Unset = UNSET
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

        state: int | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        update_date: str | Unset = UNSET
        if not isinstance(self.update_date, Unset):
            update_date = self.update_date.isoformat()

        scripting: dict[str, Any] | Unset
        if isinstance(self.scripting, Unset):
            scripting = UNSET
        elif isinstance(self.scripting, ScriptingSettingsV7):
            scripting = self.scripting.to_dict()
        else:
            scripting = part_json(self.scripting)

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = part_json(self.settings)

        listeners: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.listeners, Unset):
            listeners = []
            for listeners_item_data in self.listeners:
                listeners_item = part_json(listeners_item_data)
                listeners.append(listeners_item)

        capping: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capping, Unset):
            capping = []
            for capping_item_data in self.capping:
                capping_item = part_json(capping_item_data)
                capping.append(capping_item)

        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item: dict[str, Any]
                if (
                    isinstance(nodes_item_data, WorkflowPublishNode)
                    or isinstance(nodes_item_data, WorkflowRequestNode)
                    or isinstance(nodes_item_data, WorkflowScriptNode)
                    or isinstance(nodes_item_data, WorkflowSendMailNode)
                    or isinstance(nodes_item_data, WorkflowSendSmsNode)
                    or isinstance(nodes_item_data, WorkflowSmsNode)
                    or isinstance(nodes_item_data, WorkflowSleepNode)
                    or isinstance(nodes_item_data, WorkflowWaitNode)
                    or isinstance(nodes_item_data, WorkflowWaitKillNode)
                    or isinstance(nodes_item_data, WorkflowUpdateTargetNode)
                    or isinstance(nodes_item_data, WorkflowMultipleSlotsNode)
                    or isinstance(nodes_item_data, WorkflowSendPushAppNode)
                    or isinstance(nodes_item_data, WorkflowDataManagerPipelineNode)
                    or isinstance(nodes_item_data, WorkflowDataTablePipelineNode)
                    or isinstance(nodes_item_data, WorkflowNotificationExecutionNode)
                    or isinstance(nodes_item_data, WorkflowIfNode)
                    or isinstance(nodes_item_data, WorkflowMatchNode)
                    or isinstance(nodes_item_data, WorkflowSampleNode)
                    or isinstance(nodes_item_data, WorkflowSplitNode)
                    or isinstance(nodes_item_data, WorkflowSwitchNode)
                    or isinstance(nodes_item_data, WorkflowWaitRaceNode)
                    or isinstance(nodes_item_data, WorkflowWaitAllNode)
                    or isinstance(nodes_item_data, WorkflowConditionalTimeSlotsNode)
                    or isinstance(nodes_item_data, WorkflowDataExplorerV2MatchNode)
                    or isinstance(nodes_item_data, WorkflowTerminalNode)
                ):
                    nodes_item = nodes_item_data.to_dict()
                else:
                    nodes_item = part_json(nodes_item_data)

                nodes.append(nodes_item)

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = part_json(tasks_item_data)
                tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if state is not UNSET:
            field_dict["state"] = state
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if update_date is not UNSET:
            field_dict["updateDate"] = update_date
        if scripting is not UNSET:
            field_dict["scripting"] = scripting
        if settings is not UNSET:
            field_dict["settings"] = settings
        if listeners is not UNSET:
            field_dict["listeners"] = listeners
        if capping is not UNSET:
            field_dict["capping"] = capping
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        _state = src_dict.get("state", UNSET)
        state: WorkflowState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_workflow_state(_state)

        _creation_date = src_dict.get("creationDate", UNSET)
        creation_date: datetime.datetime | Unset
        if isinstance(_creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        _update_date = src_dict.get("updateDate", UNSET)
        update_date: datetime.datetime | Unset
        if isinstance(_update_date, Unset):
            update_date = UNSET
        else:
            update_date = datetime.datetime.fromisoformat(_update_date)

        scripting = _parse_scripting(src_dict.get("scripting", UNSET))

        _settings = src_dict.get("settings", UNSET)
        settings: WorkflowRequestSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = WorkflowRequestSettings.from_dict(_settings)

        _listeners = src_dict.get("listeners", UNSET)
        listeners: list[WorkflowListener] | Unset = UNSET
        if _listeners is not UNSET:
            listeners = []
            for listeners_item_data in _listeners:
                listeners_item = WorkflowListener.from_dict(listeners_item_data)

                listeners.append(listeners_item)

        _capping = src_dict.get("capping", UNSET)
        capping: list[WorkflowCapping] | Unset = UNSET
        if _capping is not UNSET:
            capping = []
            for capping_item_data in _capping:
                capping_item = WorkflowCapping.from_dict(capping_item_data)

                capping.append(capping_item)

        _nodes = src_dict.get("nodes", UNSET)
        nodes: (
            list[
                UnknownWorkflowNode
                | WorkflowConditionalTimeSlotsNode
                | WorkflowDataExplorerV2MatchNode
                | WorkflowDataManagerPipelineNode
                | WorkflowDataTablePipelineNode
                | WorkflowIfNode
                | WorkflowMatchNode
                | WorkflowMultipleSlotsNode
                | WorkflowNotificationExecutionNode
                | WorkflowPublishNode
                | WorkflowRequestNode
                | WorkflowSampleNode
                | WorkflowScriptNode
                | WorkflowSendMailNode
                | WorkflowSendPushAppNode
                | WorkflowSendSmsNode
                | WorkflowSleepNode
                | WorkflowSmsNode
                | WorkflowSplitNode
                | WorkflowSwitchNode
                | WorkflowTerminalNode
                | WorkflowUpdateTargetNode
                | WorkflowWaitAllNode
                | WorkflowWaitKillNode
                | WorkflowWaitNode
                | WorkflowWaitRaceNode
            ]
            | Unset
        ) = UNSET
        if _nodes is not UNSET:
            nodes = []
            for nodes_item_data in _nodes:

                def _parse_nodes_item(
                    data: object,
                ) -> (
                    UnknownWorkflowNode
                    | WorkflowConditionalTimeSlotsNode
                    | WorkflowDataExplorerV2MatchNode
                    | WorkflowDataManagerPipelineNode
                    | WorkflowDataTablePipelineNode
                    | WorkflowIfNode
                    | WorkflowMatchNode
                    | WorkflowMultipleSlotsNode
                    | WorkflowNotificationExecutionNode
                    | WorkflowPublishNode
                    | WorkflowRequestNode
                    | WorkflowSampleNode
                    | WorkflowScriptNode
                    | WorkflowSendMailNode
                    | WorkflowSendPushAppNode
                    | WorkflowSendSmsNode
                    | WorkflowSleepNode
                    | WorkflowSmsNode
                    | WorkflowSplitNode
                    | WorkflowSwitchNode
                    | WorkflowTerminalNode
                    | WorkflowUpdateTargetNode
                    | WorkflowWaitAllNode
                    | WorkflowWaitKillNode
                    | WorkflowWaitNode
                    | WorkflowWaitRaceNode
                ):
                    type_tag = data.get("type") if isinstance(data, dict) else None
                    if type_tag == "publish":
                        try:
                            componentsschemas_workflow_node_type_0 = (
                                WorkflowPublishNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "request":
                        try:
                            componentsschemas_workflow_node_type_1 = (
                                WorkflowRequestNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "script":
                        try:
                            componentsschemas_workflow_node_type_2 = (
                                WorkflowScriptNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "sendMail":
                        try:
                            componentsschemas_workflow_node_type_3 = (
                                WorkflowSendMailNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "sendSms":
                        try:
                            componentsschemas_workflow_node_type_4 = (
                                WorkflowSendSmsNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "sms":
                        try:
                            componentsschemas_workflow_node_type_5 = (
                                WorkflowSmsNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "sleep":
                        try:
                            componentsschemas_workflow_node_type_6 = (
                                WorkflowSleepNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "wait":
                        try:
                            componentsschemas_workflow_node_type_7 = (
                                WorkflowWaitNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "wait.kill":
                        try:
                            componentsschemas_workflow_node_type_8 = (
                                WorkflowWaitKillNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "updateTarget":
                        try:
                            componentsschemas_workflow_node_type_9 = (
                                WorkflowUpdateTargetNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "multipleslots":
                        try:
                            componentsschemas_workflow_node_type_10 = (
                                WorkflowMultipleSlotsNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "sendpushapp":
                        try:
                            componentsschemas_workflow_node_type_11 = (
                                WorkflowSendPushAppNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "data-manager/pipeline":
                        try:
                            componentsschemas_workflow_node_type_12 = (
                                WorkflowDataManagerPipelineNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "data-table/pipeline":
                        try:
                            componentsschemas_workflow_node_type_13 = (
                                WorkflowDataTablePipelineNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "np6.notification/execution":
                        try:
                            componentsschemas_workflow_node_type_14 = (
                                WorkflowNotificationExecutionNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_14
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "if":
                        try:
                            componentsschemas_workflow_node_type_15 = (
                                WorkflowIfNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_15
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "match":
                        try:
                            componentsschemas_workflow_node_type_16 = (
                                WorkflowMatchNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_16
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "sample":
                        try:
                            componentsschemas_workflow_node_type_17 = (
                                WorkflowSampleNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_17
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "split":
                        try:
                            componentsschemas_workflow_node_type_18 = (
                                WorkflowSplitNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_18
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "switch":
                        try:
                            componentsschemas_workflow_node_type_19 = (
                                WorkflowSwitchNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_19
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "wait.race":
                        try:
                            componentsschemas_workflow_node_type_20 = (
                                WorkflowWaitRaceNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_20
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "wait.all":
                        try:
                            componentsschemas_workflow_node_type_21 = (
                                WorkflowWaitAllNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_21
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "conditionaltimeslots":
                        try:
                            componentsschemas_workflow_node_type_22 = (
                                WorkflowConditionalTimeSlotsNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_22
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "data-explorer-v2.match":
                        try:
                            componentsschemas_workflow_node_type_23 = (
                                WorkflowDataExplorerV2MatchNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_23
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "terminal":
                        try:
                            componentsschemas_workflow_node_type_24 = (
                                WorkflowTerminalNode.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_24
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_25 = (
                        UnknownWorkflowNode.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_25

                nodes_item = _parse_nodes_item(nodes_item_data)

                nodes.append(nodes_item)

        _tasks = src_dict.get("tasks", UNSET)
        tasks: list[WorkflowTask] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = WorkflowTask.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        _parsed = _new_object(cls)
        _parsed.id = id
        _parsed.name = name
        _parsed.description = description
        _parsed.state = state
        _parsed.creation_date = creation_date
        _parsed.update_date = update_date
        _parsed.scripting = scripting
        _parsed.settings = settings
        _parsed.listeners = listeners
        _parsed.capping = capping
        _parsed.nodes = nodes
        _parsed.tasks = tasks
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


def _parse_scripting(
    data: object,
) -> ScriptingSettingsV7 | UnknownScriptingSettings | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_scripting_settings_type_0 = ScriptingSettingsV7.from_dict(
            data
        )

        return componentsschemas_scripting_settings_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_scripting_settings_type_1 = UnknownScriptingSettings.from_dict(
        data
    )

    return componentsschemas_scripting_settings_type_1


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global \
        _references_bound, \
        ScriptingSettingsV7, \
        UnknownScriptingSettings, \
        UnknownWorkflowNode, \
        WorkflowCapping, \
        WorkflowConditionalTimeSlotsNode, \
        WorkflowDataExplorerV2MatchNode, \
        WorkflowDataManagerPipelineNode, \
        WorkflowDataTablePipelineNode, \
        WorkflowIfNode, \
        WorkflowListener, \
        WorkflowMatchNode, \
        WorkflowMultipleSlotsNode, \
        WorkflowNotificationExecutionNode, \
        WorkflowPublishNode, \
        WorkflowRequestNode, \
        WorkflowRequestSettings, \
        WorkflowSampleNode, \
        WorkflowScriptNode, \
        WorkflowSendMailNode, \
        WorkflowSendPushAppNode, \
        WorkflowSendSmsNode, \
        WorkflowSleepNode, \
        WorkflowSmsNode, \
        WorkflowSplitNode, \
        WorkflowSwitchNode, \
        WorkflowTask, \
        WorkflowTerminalNode, \
        WorkflowUpdateTargetNode, \
        WorkflowWaitAllNode, \
        WorkflowWaitKillNode, \
        WorkflowWaitNode, \
        WorkflowWaitRaceNode
    from ..models.scripting_settings_v7 import ScriptingSettingsV7
    from ..models.unknown_scripting_settings import UnknownScriptingSettings
    from ..models.unknown_workflow_node import UnknownWorkflowNode
    from ..models.workflow_capping import WorkflowCapping
    from ..models.workflow_conditional_time_slots_node import (
        WorkflowConditionalTimeSlotsNode,
    )
    from ..models.workflow_data_explorer_v2_match_node import (
        WorkflowDataExplorerV2MatchNode,
    )
    from ..models.workflow_data_manager_pipeline_node import (
        WorkflowDataManagerPipelineNode,
    )
    from ..models.workflow_data_table_pipeline_node import WorkflowDataTablePipelineNode
    from ..models.workflow_if_node import WorkflowIfNode
    from ..models.workflow_listener import WorkflowListener
    from ..models.workflow_match_node import WorkflowMatchNode
    from ..models.workflow_multiple_slots_node import WorkflowMultipleSlotsNode
    from ..models.workflow_notification_execution_node import (
        WorkflowNotificationExecutionNode,
    )
    from ..models.workflow_publish_node import WorkflowPublishNode
    from ..models.workflow_request_node import WorkflowRequestNode
    from ..models.workflow_request_settings import WorkflowRequestSettings
    from ..models.workflow_sample_node import WorkflowSampleNode
    from ..models.workflow_script_node import WorkflowScriptNode
    from ..models.workflow_send_mail_node import WorkflowSendMailNode
    from ..models.workflow_send_push_app_node import WorkflowSendPushAppNode
    from ..models.workflow_send_sms_node import WorkflowSendSmsNode
    from ..models.workflow_sleep_node import WorkflowSleepNode
    from ..models.workflow_sms_node import WorkflowSmsNode
    from ..models.workflow_split_node import WorkflowSplitNode
    from ..models.workflow_switch_node import WorkflowSwitchNode
    from ..models.workflow_task import WorkflowTask
    from ..models.workflow_terminal_node import WorkflowTerminalNode
    from ..models.workflow_update_target_node import WorkflowUpdateTargetNode
    from ..models.workflow_wait_all_node import WorkflowWaitAllNode
    from ..models.workflow_wait_kill_node import WorkflowWaitKillNode
    from ..models.workflow_wait_node import WorkflowWaitNode
    from ..models.workflow_wait_race_node import WorkflowWaitRaceNode

    _references_bound = True
