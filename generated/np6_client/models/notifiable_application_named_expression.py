from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.scripting_literal_expression import ScriptingLiteralExpression
    from ..models.unknown_scripting_expression import UnknownScriptingExpression


T = TypeVar("T", bound="NotifiableApplicationNamedExpression")
_PROPERTY_NAMES = frozenset(
    {
        "name",
        "value",
        "default",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class NotifiableApplicationNamedExpression:
    """A named route or channel (seen). The example is a complete route from NP6's list example (the list itself is
    truncated).

        Attributes:
            name (str | Unset):
            value (ScriptingLiteralExpression | UnknownScriptingExpression | Unset): An expression, discriminated by `type`
                (seen). The `literal` variant is seen in notifiable-application routes
                and channels; using the same expression model for workflow capping keys and node events is inferred.
            default (bool | Unset):
    """

    name: str | Unset = UNSET
    value: ScriptingLiteralExpression | UnknownScriptingExpression | Unset = UNSET
    default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        name = self.name

        value: dict[str, Any] | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, ScriptingLiteralExpression):
            value = self.value.to_dict()
        else:
            value = part_json(self.value)

        default = self.default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if default is not UNSET:
            field_dict["default"] = default

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        name = src_dict.get("name", UNSET)

        value = _parse_value(src_dict.get("value", UNSET))

        default = src_dict.get("default", UNSET)

        _parsed = _new_object(cls)
        _parsed.name = name
        _parsed.value = value
        _parsed.default = default
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


def _parse_value(
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
    global _references_bound, ScriptingLiteralExpression, UnknownScriptingExpression
    from ..models.scripting_literal_expression import ScriptingLiteralExpression
    from ..models.unknown_scripting_expression import UnknownScriptingExpression

    _references_bound = True
