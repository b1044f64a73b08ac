from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_constraint import FieldConstraint


T = TypeVar("T", bound="FieldEmail")


@_attrs_define
class FieldEmail:
    """An email field (legacy type value; properties seen).

    Attributes:
        type_ (Literal['email']):
        id (int | Unset): Field id; tenant-specific (seen).
        name (str | Unset): Field name (seen).
        is_unicity (bool | Unset): The field is (part of) the contact's unicity key (seen).
        is_mandatory (bool | Unset): A value is required (seen).
        is_criterion (bool | Unset): Usable as a segmentation criterion (seen; new in 8.1.0).
        constraint (FieldConstraint | Unset): A value constraint (seen). `operator` (legacy meanings): 0 none, 1 greater
            than, 2 smaller than,
            3 greater than or equal, 4 smaller than or equal, 5 equal. Meaningful for numeric and date
            fields (legacy CookBook), but the legacy docs also use it on `textField` as a length limit.
    """

    type_: Literal["email"]
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    is_unicity: bool | Unset = UNSET
    is_mandatory: bool | Unset = UNSET
    is_criterion: bool | Unset = UNSET
    constraint: FieldConstraint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name = self.name

        is_unicity = self.is_unicity

        is_mandatory = self.is_mandatory

        is_criterion = self.is_criterion

        constraint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.constraint, Unset):
            constraint = self.constraint.to_dict()

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
        if is_unicity is not UNSET:
            field_dict["isUnicity"] = is_unicity
        if is_mandatory is not UNSET:
            field_dict["isMandatory"] = is_mandatory
        if is_criterion is not UNSET:
            field_dict["isCriterion"] = is_criterion
        if constraint is not UNSET:
            field_dict["constraint"] = constraint

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.field_constraint import FieldConstraint

        d = dict(src_dict)
        type_ = cast("Literal['email']", d.pop("type"))
        if type_ != "email":
            raise ValueError(f"type must match const 'email', got '{type_}'")

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        is_unicity = d.pop("isUnicity", UNSET)

        is_mandatory = d.pop("isMandatory", UNSET)

        is_criterion = d.pop("isCriterion", UNSET)

        _constraint = d.pop("constraint", UNSET)
        constraint: FieldConstraint | Unset
        if isinstance(_constraint, Unset):
            constraint = UNSET
        else:
            constraint = FieldConstraint.from_dict(_constraint)

        field_email = cls(
            type_=type_,
            id=id,
            name=name,
            is_unicity=is_unicity,
            is_mandatory=is_mandatory,
            is_criterion=is_criterion,
            constraint=constraint,
        )

        field_email.additional_properties = d
        return field_email

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
