from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_constraint_operator import (
    FieldConstraintOperator,
    check_field_constraint_operator,
)
from ..types import UNSET, Unset, _new_object, set_fields_repr

T = TypeVar("T", bound="FieldConstraint")
_PROPERTY_NAMES = frozenset(
    {
        "operator",
        "value",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class FieldConstraint:
    """A value constraint (seen). `operator` (legacy meanings): 0 none, 1 greater than, 2 smaller than,
    3 greater than or equal, 4 smaller than or equal, 5 equal. Meaningful for numeric and date
    fields (legacy CookBook), but the legacy docs also use it on `textField` as a length limit.

        Attributes:
            operator (FieldConstraintOperator | Unset):
            value (str | Unset):
    """

    operator: FieldConstraintOperator | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        operator: int | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _operator = src_dict.get("operator", UNSET)
        operator: FieldConstraintOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = check_field_constraint_operator(_operator)

        value = src_dict.get("value", UNSET)

        _parsed = _new_object(cls)
        _parsed.operator = operator
        _parsed.value = value
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
