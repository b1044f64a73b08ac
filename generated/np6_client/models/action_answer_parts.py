from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.action_informations import ActionInformations


T = TypeVar("T", bound="ActionAnswerParts")
_PROPERTY_NAMES = frozenset(
    {
        "informations",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ActionAnswerParts:
    """The nested parts of an action that an answer types more strictly than a request: `informations` is an
    `ActionInformations` (with its `state`), not an `ActionInformationsRequest`. Each response variant lists
    this schema before its request schema in `allOf`: a validator applies both (the stricter wins), and the
    generator, which takes a property's class from the first `allOf` reference that declares it, types
    `action.informations.state` plainly (spec/CONVENTIONS.md, "Required in responses").

        Attributes:
            informations (ActionInformations | Unset): `ActionInformationsRequest` as NP6 returns it, inside every action it
                answers: `state` is required (see
                `x-np6-required`).
    """

    informations: ActionInformations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        informations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.informations, Unset):
            informations = part_json(self.informations)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if informations is not UNSET:
            field_dict["informations"] = informations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        _informations = src_dict.get("informations", UNSET)
        informations: ActionInformations | Unset
        if isinstance(_informations, Unset):
            informations = UNSET
        else:
            informations = ActionInformations.from_dict(_informations)

        _parsed = _new_object(cls)
        _parsed.informations = informations
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
    global _references_bound, ActionInformations
    from ..models.action_informations import ActionInformations

    _references_bound = True
