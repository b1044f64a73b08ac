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
    from ..models.import_red_list_destination import ImportRedListDestination


T = TypeVar("T", bound="ImportFeatureRedList")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "destination",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ImportFeatureRedList:
    """Put the imported targets on the red list (opt-out) of the chosen channels (seen; property types
    from the example). The legacy cookbook used `email` instead of `mail`.

        Attributes:
            type_ (Literal['redList']):
            destination (ImportRedListDestination | Unset): Channels whose red list receives the imported targets (seen).
    """

    type_: Literal["redList"] = "redList"
    destination: ImportRedListDestination | Unset = UNSET
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

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = part_json(self.destination)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if destination is not UNSET:
            field_dict["destination"] = destination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        type_: Literal["redList"] = src_dict["type"]
        if type_ != "redList":
            raise ValueError(f"type must match const 'redList', got '{type_}'")

        _destination = src_dict.get("destination", UNSET)
        destination: ImportRedListDestination | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            destination = ImportRedListDestination.from_dict(_destination)

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.destination = destination
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
    global _references_bound, ImportRedListDestination
    from ..models.import_red_list_destination import ImportRedListDestination

    _references_bound = True
