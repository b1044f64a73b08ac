from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.workflow_execution_debug_nodes_item import (
        WorkflowExecutionDebugNodesItem,
    )


T = TypeVar("T", bound="WorkflowExecutionDebug")
_PROPERTY_NAMES = frozenset(
    {
        "version",
        "id",
        "ttl",
        "nodes",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class WorkflowExecutionDebug:
    """Debug settings of an execution (seen). NP6 discriminates it by `version` but documents no version value, so
    it is one open object here.

        Attributes:
            version (str): Debug format version (discriminator; values not documented).
            id (str | Unset):
            ttl (int | Unset): Maximum number of nodes to run.
            nodes (list[WorkflowExecutionDebugNodesItem] | Unset): The debugged nodes.
    """

    version: str
    id: str | Unset = UNSET
    ttl: int | Unset = UNSET
    nodes: list[WorkflowExecutionDebugNodesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        version = self.version

        id = self.id

        ttl = self.ttl

        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = part_json(nodes_item_data)
                nodes.append(nodes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if nodes is not UNSET:
            field_dict["nodes"] = nodes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        version = src_dict["version"]

        id = src_dict.get("id", UNSET)

        ttl = src_dict.get("ttl", UNSET)

        _nodes = src_dict.get("nodes", UNSET)
        nodes: list[WorkflowExecutionDebugNodesItem] | Unset = UNSET
        if _nodes is not UNSET:
            nodes = []
            for nodes_item_data in _nodes:
                nodes_item = WorkflowExecutionDebugNodesItem.from_dict(nodes_item_data)

                nodes.append(nodes_item)

        _parsed = _new_object(cls)
        _parsed.version = version
        _parsed.id = id
        _parsed.ttl = ttl
        _parsed.nodes = nodes
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
    global _references_bound, WorkflowExecutionDebugNodesItem
    from ..models.workflow_execution_debug_nodes_item import (
        WorkflowExecutionDebugNodesItem,
    )

    _references_bound = True
