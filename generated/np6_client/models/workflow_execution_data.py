from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.stamp import Stamp
    from ..models.workflow_execution_data_data import WorkflowExecutionDataData
    from ..models.workflow_execution_data_event import WorkflowExecutionDataEvent
    from ..models.workflow_execution_data_state import WorkflowExecutionDataState
    from ..models.workflow_execution_data_variables_item import (
        WorkflowExecutionDataVariablesItem,
    )
    from ..models.workflow_execution_debug import WorkflowExecutionDebug
    from ..models.workflow_execution_receiver import WorkflowExecutionReceiver
    from ..models.workflow_execution_resolution import WorkflowExecutionResolution


T = TypeVar("T", bound="WorkflowExecutionData")
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "receiver",
        "node",
        "event",
        "state",
        "data",
        "variables",
        "resolutions",
        "debug",
        "stamp",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class WorkflowExecutionData:
    """One execution of a workflow, element of the `execute_workflow` body (seen).

    Attributes:
        id (str | Unset): Id of the underlying execution.
        receiver (WorkflowExecutionReceiver | Unset): Who the execution is for (seen; discriminated by `type`, values
            not documented). `value` is a target id.
        node (str | Unset): Id of the node to start from.
        event (WorkflowExecutionDataEvent | Unset): The underlying workflow event.
        state (WorkflowExecutionDataState | Unset): Internal state.
        data (WorkflowExecutionDataData | Unset): The underlying data.
        variables (list[WorkflowExecutionDataVariablesItem] | Unset): Extra variables.
        resolutions (list[WorkflowExecutionResolution] | Unset):
        debug (WorkflowExecutionDebug | Unset): Debug settings of an execution (seen). NP6 discriminates it by `version`
            but documents no version value, so
            it is one open object here.
        stamp (Stamp | Unset): Correlation stamp of a message (seen). `time` is epoch milliseconds; `id`, `thread` and
            `set` are
            UUIDs. A caller may supply one at execution time to correlate later events (inferred).
    """

    id: str | Unset = UNSET
    receiver: WorkflowExecutionReceiver | Unset = UNSET
    node: str | Unset = UNSET
    event: WorkflowExecutionDataEvent | Unset = UNSET
    state: WorkflowExecutionDataState | Unset = UNSET
    data: WorkflowExecutionDataData | Unset = UNSET
    variables: list[WorkflowExecutionDataVariablesItem] | Unset = UNSET
    resolutions: list[WorkflowExecutionResolution] | Unset = UNSET
    debug: WorkflowExecutionDebug | Unset = UNSET
    stamp: Stamp | Unset = UNSET
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

        receiver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receiver, Unset):
            receiver = part_json(self.receiver)

        node = self.node

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = part_json(self.event)

        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = part_json(self.state)

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = part_json(self.data)

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = part_json(variables_item_data)
                variables.append(variables_item)

        resolutions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resolutions, Unset):
            resolutions = []
            for resolutions_item_data in self.resolutions:
                resolutions_item = part_json(resolutions_item_data)
                resolutions.append(resolutions_item)

        debug: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug, Unset):
            debug = part_json(self.debug)

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = part_json(self.stamp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if node is not UNSET:
            field_dict["node"] = node
        if event is not UNSET:
            field_dict["event"] = event
        if state is not UNSET:
            field_dict["state"] = state
        if data is not UNSET:
            field_dict["data"] = data
        if variables is not UNSET:
            field_dict["variables"] = variables
        if resolutions is not UNSET:
            field_dict["resolutions"] = resolutions
        if debug is not UNSET:
            field_dict["debug"] = debug
        if stamp is not UNSET:
            field_dict["stamp"] = stamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        id = src_dict.get("id", UNSET)

        _receiver = src_dict.get("receiver", UNSET)
        receiver: WorkflowExecutionReceiver | Unset
        if isinstance(_receiver, Unset):
            receiver = UNSET
        else:
            receiver = WorkflowExecutionReceiver.from_dict(_receiver)

        node = src_dict.get("node", UNSET)

        _event = src_dict.get("event", UNSET)
        event: WorkflowExecutionDataEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = WorkflowExecutionDataEvent.from_dict(_event)

        _state = src_dict.get("state", UNSET)
        state: WorkflowExecutionDataState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = WorkflowExecutionDataState.from_dict(_state)

        _data = src_dict.get("data", UNSET)
        data: WorkflowExecutionDataData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = WorkflowExecutionDataData.from_dict(_data)

        _variables = src_dict.get("variables", UNSET)
        variables: list[WorkflowExecutionDataVariablesItem] | Unset = UNSET
        if _variables is not UNSET:
            variables = []
            for variables_item_data in _variables:
                variables_item = WorkflowExecutionDataVariablesItem.from_dict(
                    variables_item_data
                )

                variables.append(variables_item)

        _resolutions = src_dict.get("resolutions", UNSET)
        resolutions: list[WorkflowExecutionResolution] | Unset = UNSET
        if _resolutions is not UNSET:
            resolutions = []
            for resolutions_item_data in _resolutions:
                resolutions_item = WorkflowExecutionResolution.from_dict(
                    resolutions_item_data
                )

                resolutions.append(resolutions_item)

        _debug = src_dict.get("debug", UNSET)
        debug: WorkflowExecutionDebug | Unset
        if isinstance(_debug, Unset):
            debug = UNSET
        else:
            debug = WorkflowExecutionDebug.from_dict(_debug)

        _stamp = src_dict.get("stamp", UNSET)
        stamp: Stamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = Stamp.from_dict(_stamp)

        _parsed = _new_object(cls)
        _parsed.id = id
        _parsed.receiver = receiver
        _parsed.node = node
        _parsed.event = event
        _parsed.state = state
        _parsed.data = data
        _parsed.variables = variables
        _parsed.resolutions = resolutions
        _parsed.debug = debug
        _parsed.stamp = stamp
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
        Stamp, \
        WorkflowExecutionDataData, \
        WorkflowExecutionDataEvent, \
        WorkflowExecutionDataState, \
        WorkflowExecutionDataVariablesItem, \
        WorkflowExecutionDebug, \
        WorkflowExecutionReceiver, \
        WorkflowExecutionResolution
    from ..models.stamp import Stamp
    from ..models.workflow_execution_data_data import WorkflowExecutionDataData
    from ..models.workflow_execution_data_event import WorkflowExecutionDataEvent
    from ..models.workflow_execution_data_state import WorkflowExecutionDataState
    from ..models.workflow_execution_data_variables_item import (
        WorkflowExecutionDataVariablesItem,
    )
    from ..models.workflow_execution_debug import WorkflowExecutionDebug
    from ..models.workflow_execution_receiver import WorkflowExecutionReceiver
    from ..models.workflow_execution_resolution import WorkflowExecutionResolution

    _references_bound = True
