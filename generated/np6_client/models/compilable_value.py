from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.compilable_value_cursors_item import CompilableValueCursorsItem
    from ..models.compilable_value_parameters_item import CompilableValueParametersItem
    from ..models.compilable_value_preview import CompilableValuePreview
    from ..models.compilable_value_source import CompilableValueSource


T = TypeVar("T", bound="CompilableValue")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "source",
        "cursors",
        "parameters",
        "preview",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class CompilableValue:
    """The scriptable definition of a compilable (seen). NP6 renders `type` as a discriminator but lists no variant;
    the fields below were seen on the one variant shown (the page text stops after `preview`).

        Attributes:
            type_ (str): Definition kind (discriminator; values not documented).
            source (CompilableValueSource | Unset): The data source.
            cursors (list[CompilableValueCursorsItem] | Unset): The transformation cursors.
            parameters (list[CompilableValueParametersItem] | Unset): The expected parameters.
            preview (CompilableValuePreview | Unset): Arguments used for previews.
    """

    type_: str
    source: CompilableValueSource | Unset = UNSET
    cursors: list[CompilableValueCursorsItem] | Unset = UNSET
    parameters: list[CompilableValueParametersItem] | Unset = UNSET
    preview: CompilableValuePreview | Unset = UNSET
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

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = part_json(self.source)

        cursors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cursors, Unset):
            cursors = []
            for cursors_item_data in self.cursors:
                cursors_item = part_json(cursors_item_data)
                cursors.append(cursors_item)

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = part_json(parameters_item_data)
                parameters.append(parameters_item)

        preview: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preview, Unset):
            preview = part_json(self.preview)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if cursors is not UNSET:
            field_dict["cursors"] = cursors
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if preview is not UNSET:
            field_dict["preview"] = preview

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        type_ = src_dict["type"]

        _source = src_dict.get("source", UNSET)
        source: CompilableValueSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = CompilableValueSource.from_dict(_source)

        _cursors = src_dict.get("cursors", UNSET)
        cursors: list[CompilableValueCursorsItem] | Unset = UNSET
        if _cursors is not UNSET:
            cursors = []
            for cursors_item_data in _cursors:
                cursors_item = CompilableValueCursorsItem.from_dict(cursors_item_data)

                cursors.append(cursors_item)

        _parameters = src_dict.get("parameters", UNSET)
        parameters: list[CompilableValueParametersItem] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = CompilableValueParametersItem.from_dict(
                    parameters_item_data
                )

                parameters.append(parameters_item)

        _preview = src_dict.get("preview", UNSET)
        preview: CompilableValuePreview | Unset
        if isinstance(_preview, Unset):
            preview = UNSET
        else:
            preview = CompilableValuePreview.from_dict(_preview)

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.source = source
        _parsed.cursors = cursors
        _parsed.parameters = parameters
        _parsed.preview = preview
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
    global \
        _references_bound, \
        CompilableValueCursorsItem, \
        CompilableValueParametersItem, \
        CompilableValuePreview, \
        CompilableValueSource
    from ..models.compilable_value_cursors_item import CompilableValueCursorsItem
    from ..models.compilable_value_parameters_item import CompilableValueParametersItem
    from ..models.compilable_value_preview import CompilableValuePreview
    from ..models.compilable_value_source import CompilableValueSource

    _references_bound = True
