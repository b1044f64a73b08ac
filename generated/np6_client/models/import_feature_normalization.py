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
    from ..models.import_normalization_fields import ImportNormalizationFields


T = TypeVar("T", bound="ImportFeatureNormalization")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "fields",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ImportFeatureNormalization:
    """Countries used to normalise phone-number fields (seen; property types from the example).

    Attributes:
        type_ (Literal['normalization']):
        fields (ImportNormalizationFields | Unset): Map from a phone field id (as a string key, e.g. `"233"`) to ISO
            3166-1 alpha-3 country codes
            (e.g. `["FRA", "ESP"]`) (seen).
    """

    type_: Literal["normalization"] = "normalization"
    fields: ImportNormalizationFields | Unset = UNSET
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

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = part_json(self.fields)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        type_: Literal["normalization"] = src_dict["type"]
        if type_ != "normalization":
            raise ValueError(f"type must match const 'normalization', got '{type_}'")

        _fields = src_dict.get("fields", UNSET)
        fields: ImportNormalizationFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = ImportNormalizationFields.from_dict(_fields)

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.fields = fields
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
    global _references_bound, ImportNormalizationFields
    from ..models.import_normalization_fields import ImportNormalizationFields

    _references_bound = True
