from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.scripting_literal_expression import ScriptingLiteralExpression
    from ..models.unknown_scripting_expression import UnknownScriptingExpression
    from ..models.workflow_capping_period import WorkflowCappingPeriod


T = TypeVar("T", bound="WorkflowCapping")
_PROPERTY_NAMES = frozenset(
    {
        "key",
        "increment",
        "threshold",
        "period",
        "nodes",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class WorkflowCapping:
    """A capping rule limiting how often nodes run (seen).

    Attributes:
        key (ScriptingLiteralExpression | UnknownScriptingExpression | Unset): An expression, discriminated by `type`
            (seen). The `literal` variant is seen in notifiable-application routes
            and channels; using the same expression model for workflow capping keys and node events is inferred.
        increment (int | Unset): Amount added to the running count per pass.
        threshold (int | Unset): Limit at which the capping decision triggers.
        period (WorkflowCappingPeriod | Unset): The capping period (seen). NP6 renders `type` as a discriminator but
            lists no variant; `unit` and `value`
            were seen on the one variant shown.
        nodes (list[str] | Unset): Ids of the workflow nodes the capping applies to.
    """

    key: ScriptingLiteralExpression | UnknownScriptingExpression | Unset = UNSET
    increment: int | Unset = UNSET
    threshold: int | Unset = UNSET
    period: WorkflowCappingPeriod | Unset = UNSET
    nodes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        key: dict[str, Any] | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        elif isinstance(self.key, ScriptingLiteralExpression):
            key = self.key.to_dict()
        else:
            key = part_json(self.key)

        increment = self.increment

        threshold = self.threshold

        period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = part_json(self.period)

        nodes: list[str] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = self.nodes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if increment is not UNSET:
            field_dict["increment"] = increment
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if period is not UNSET:
            field_dict["period"] = period
        if nodes is not UNSET:
            field_dict["nodes"] = nodes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        key = _parse_key(src_dict.get("key", UNSET))

        increment = src_dict.get("increment", UNSET)

        threshold = src_dict.get("threshold", UNSET)

        _period = src_dict.get("period", UNSET)
        period: WorkflowCappingPeriod | Unset
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = WorkflowCappingPeriod.from_dict(_period)

        nodes = cast(list[str], src_dict.get("nodes", UNSET))

        _parsed = _new_object(cls)
        _parsed.key = key
        _parsed.increment = increment
        _parsed.threshold = threshold
        _parsed.period = period
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


def _parse_key(
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
        WorkflowCappingPeriod
    from ..models.scripting_literal_expression import ScriptingLiteralExpression
    from ..models.unknown_scripting_expression import UnknownScriptingExpression
    from ..models.workflow_capping_period import WorkflowCappingPeriod

    _references_bound = True
