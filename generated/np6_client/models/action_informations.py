from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_action_state import KnownActionState, check_known_action_state
from ..types import UNSET, Unset, _new_object, set_fields_repr

T = TypeVar("T", bound="ActionInformations")
_PROPERTY_NAMES = frozenset(
    {
        "state",
        "folder",
        "category",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ActionInformations:
    """`ActionInformationsRequest` as NP6 returns it, inside every action it answers: `state` is required (see
    `x-np6-required`).

        Attributes:
            state (int | KnownActionState | None): Validation state of the action (seen; nullable). See `ActionState`.
            folder (int | None | Unset): Folder holding the action (seen).
            category (int | None | Unset): Category of the action (seen).
    """

    state: int | KnownActionState | None
    folder: int | None | Unset = UNSET
    category: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        state: int | None
        if isinstance(self.state, int):
            state = self.state
        else:
            state = self.state

        folder: int | None | Unset
        if isinstance(self.folder, Unset):
            folder = UNSET
        else:
            folder = self.folder

        category: int | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
            }
        )
        if folder is not UNSET:
            field_dict["folder"] = folder
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        state = _parse_state(src_dict["state"])

        folder = _parse_folder(src_dict.get("folder", UNSET))

        category = _parse_category(src_dict.get("category", UNSET))

        _parsed = _new_object(cls)
        _parsed.state = state
        _parsed.folder = folder
        _parsed.category = category
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


def _parse_state(data: object) -> int | KnownActionState | None:
    if data is None:
        return data
    try:
        if not isinstance(data, int):
            raise TypeError()
        componentsschemas_action_state_type_0 = check_known_action_state(data)

        return componentsschemas_action_state_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(int | KnownActionState | None, data)


def _parse_folder(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_category(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)
