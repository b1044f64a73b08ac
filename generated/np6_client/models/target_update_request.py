from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _new_object, set_fields_repr

T = TypeVar("T", bound="TargetUpdateRequest")
_PROPERTY_NAMES: frozenset[str] = frozenset()
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class TargetUpdateRequest:
    """Body of `PUT /targets/{id}` and `PUT /targets` (inferred; from legacy: the 8.1.0 body is not
    shown): a flat object whose keys are field ids written as strings (legacy) or field names (as
    for `POST /targets` (inferred)), and whose values are the new values; `null` blanks a field.

    """

    additional_properties: dict[str, float | list[str] | None | str] = _attrs_field(
        init=False, factory=dict
    )
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _parsed = _new_object(cls)
        _parsed.additional_properties = {}
        _parsed._request_id = None

        if not _PROPERTY_NAMES.issuperset(src_dict):
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in _PROPERTY_NAMES:
                    continue

                def _parse_additional_property(
                    data: object,
                ) -> float | list[str] | None | str:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        componentsschemas_target_field_value_type_2 = cast(
                            list[str], data
                        )

                        return componentsschemas_target_field_value_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(float | list[str] | None | str, data)

                additional_property = _parse_additional_property(prop_dict)

                additional_properties[prop_name] = additional_property

            _parsed.additional_properties = additional_properties
        return _parsed

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float | list[str] | None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float | list[str] | None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
