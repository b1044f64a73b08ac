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
    from ..models.field_constraint import FieldConstraint


T = TypeVar("T", bound="FieldMultipleSelectList")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "id",
        "name",
        "isUnicity",
        "isMandatory",
        "isCriterion",
        "constraint",
        "valueListId",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class FieldMultipleSelectList:
    """`FieldMultipleSelectListRequest` as NP6 returns it: the fields NP6 always returns are required (see
    `x-np6-required`).

        Attributes:
            type_ (Literal['multipleSelectList']):
            id (int): Field id; tenant-specific (seen).
            name (str): Field name (seen).
            is_unicity (bool): The field is (part of) the contact's unicity key (seen).
            is_mandatory (bool): A value is required (seen).
            is_criterion (bool | Unset): Usable as a segmentation criterion (seen; new in 8.1.0).
            constraint (FieldConstraint | Unset): A value constraint (seen). `operator` (legacy meanings): 0 none, 1 greater
                than, 2 smaller than,
                3 greater than or equal, 4 smaller than or equal, 5 equal. Meaningful for numeric and date
                fields (legacy CookBook), but the legacy docs also use it on `textField` as a length limit.
            value_list_id (int | Unset): Value list id (seen).
    """

    id: int
    name: str
    is_unicity: bool
    is_mandatory: bool
    type_: Literal["multipleSelectList"] = "multipleSelectList"
    is_criterion: bool | Unset = UNSET
    constraint: FieldConstraint | Unset = UNSET
    value_list_id: int | Unset = UNSET
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

        is_unicity = self.is_unicity

        is_mandatory = self.is_mandatory

        is_criterion = self.is_criterion

        constraint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.constraint, Unset):
            constraint = part_json(self.constraint)

        value_list_id = self.value_list_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "name": name,
                "isUnicity": is_unicity,
                "isMandatory": is_mandatory,
            }
        )
        if is_criterion is not UNSET:
            field_dict["isCriterion"] = is_criterion
        if constraint is not UNSET:
            field_dict["constraint"] = constraint
        if value_list_id is not UNSET:
            field_dict["valueListId"] = value_list_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        type_: Literal["multipleSelectList"] = src_dict["type"]
        if type_ != "multipleSelectList":
            raise ValueError(
                f"type must match const 'multipleSelectList', got '{type_}'"
            )

        id = src_dict["id"]

        name = src_dict["name"]

        is_unicity = src_dict["isUnicity"]

        is_mandatory = src_dict["isMandatory"]

        is_criterion = src_dict.get("isCriterion", UNSET)

        _constraint = src_dict.get("constraint", UNSET)
        constraint: FieldConstraint | Unset
        if isinstance(_constraint, Unset):
            constraint = UNSET
        else:
            constraint = FieldConstraint.from_dict(_constraint)

        value_list_id = src_dict.get("valueListId", UNSET)

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.id = id
        _parsed.name = name
        _parsed.is_unicity = is_unicity
        _parsed.is_mandatory = is_mandatory
        _parsed.is_criterion = is_criterion
        _parsed.constraint = constraint
        _parsed.value_list_id = value_list_id
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
    global _references_bound, FieldConstraint
    from ..models.field_constraint import FieldConstraint

    _references_bound = True
