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

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.scripting_settings_v7_environment import (
        ScriptingSettingsV7Environment,
    )
    from ..models.scripting_settings_v7_filters_type_0_item import (
        ScriptingSettingsV7FiltersType0Item,
    )
    from ..models.scripting_settings_v7_imports_type_0_item import (
        ScriptingSettingsV7ImportsType0Item,
    )
    from ..models.scripting_settings_v7_initializers_type_0_item import (
        ScriptingSettingsV7InitializersType0Item,
    )


T = TypeVar("T", bound="ScriptingSettingsV7")
_PROPERTY_NAMES = frozenset(
    {
        "version",
        "environment",
        "imports",
        "initializers",
        "filters",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ScriptingSettingsV7:
    """Script settings, version 7.0.0 (seen). `imports`, `initializers` and `filters` may be null (seen in an example).

    Attributes:
        version (Literal['7.0.0']):
        environment (ScriptingSettingsV7Environment | Unset):
        imports (list[ScriptingSettingsV7ImportsType0Item] | None | Unset):
        initializers (list[ScriptingSettingsV7InitializersType0Item] | None | Unset):
        filters (list[ScriptingSettingsV7FiltersType0Item] | None | Unset):
    """

    version: Literal["7.0.0"] = "7.0.0"
    environment: ScriptingSettingsV7Environment | Unset = UNSET
    imports: list[ScriptingSettingsV7ImportsType0Item] | None | Unset = UNSET
    initializers: list[ScriptingSettingsV7InitializersType0Item] | None | Unset = UNSET
    filters: list[ScriptingSettingsV7FiltersType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        version = self.version

        environment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = part_json(self.environment)

        imports: list[dict[str, Any]] | None | Unset
        if isinstance(self.imports, Unset):
            imports = UNSET
        elif isinstance(self.imports, list):
            imports = []
            for imports_type_0_item_data in self.imports:
                imports_type_0_item = part_json(imports_type_0_item_data)
                imports.append(imports_type_0_item)

        else:
            imports = self.imports

        initializers: list[dict[str, Any]] | None | Unset
        if isinstance(self.initializers, Unset):
            initializers = UNSET
        elif isinstance(self.initializers, list):
            initializers = []
            for initializers_type_0_item_data in self.initializers:
                initializers_type_0_item = part_json(initializers_type_0_item_data)
                initializers.append(initializers_type_0_item)

        else:
            initializers = self.initializers

        filters: list[dict[str, Any]] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, list):
            filters = []
            for filters_type_0_item_data in self.filters:
                filters_type_0_item = part_json(filters_type_0_item_data)
                filters.append(filters_type_0_item)

        else:
            filters = self.filters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
            }
        )
        if environment is not UNSET:
            field_dict["environment"] = environment
        if imports is not UNSET:
            field_dict["imports"] = imports
        if initializers is not UNSET:
            field_dict["initializers"] = initializers
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        version: Literal["7.0.0"] = src_dict["version"]
        if version != "7.0.0":
            raise ValueError(f"version must match const '7.0.0', got '{version}'")

        _environment = src_dict.get("environment", UNSET)
        environment: ScriptingSettingsV7Environment | Unset
        if isinstance(_environment, Unset):
            environment = UNSET
        else:
            environment = ScriptingSettingsV7Environment.from_dict(_environment)

        imports = _parse_imports(src_dict.get("imports", UNSET))

        initializers = _parse_initializers(src_dict.get("initializers", UNSET))

        filters = _parse_filters(src_dict.get("filters", UNSET))

        _parsed = _new_object(cls)
        _parsed.version = version
        _parsed.environment = environment
        _parsed.imports = imports
        _parsed.initializers = initializers
        _parsed.filters = filters
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


def _parse_imports(
    data: object,
) -> list[ScriptingSettingsV7ImportsType0Item] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        imports_type_0 = []
        _imports_type_0 = data
        for imports_type_0_item_data in _imports_type_0:
            imports_type_0_item = ScriptingSettingsV7ImportsType0Item.from_dict(
                imports_type_0_item_data
            )

            imports_type_0.append(imports_type_0_item)

        return imports_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[ScriptingSettingsV7ImportsType0Item] | None | Unset, data)


def _parse_initializers(
    data: object,
) -> list[ScriptingSettingsV7InitializersType0Item] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        initializers_type_0 = []
        _initializers_type_0 = data
        for initializers_type_0_item_data in _initializers_type_0:
            initializers_type_0_item = (
                ScriptingSettingsV7InitializersType0Item.from_dict(
                    initializers_type_0_item_data
                )
            )

            initializers_type_0.append(initializers_type_0_item)

        return initializers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[ScriptingSettingsV7InitializersType0Item] | None | Unset, data)


def _parse_filters(
    data: object,
) -> list[ScriptingSettingsV7FiltersType0Item] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        filters_type_0 = []
        _filters_type_0 = data
        for filters_type_0_item_data in _filters_type_0:
            filters_type_0_item = ScriptingSettingsV7FiltersType0Item.from_dict(
                filters_type_0_item_data
            )

            filters_type_0.append(filters_type_0_item)

        return filters_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[ScriptingSettingsV7FiltersType0Item] | None | Unset, data)


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global \
        _references_bound, \
        ScriptingSettingsV7Environment, \
        ScriptingSettingsV7FiltersType0Item, \
        ScriptingSettingsV7ImportsType0Item, \
        ScriptingSettingsV7InitializersType0Item
    from ..models.scripting_settings_v7_environment import (
        ScriptingSettingsV7Environment,
    )
    from ..models.scripting_settings_v7_filters_type_0_item import (
        ScriptingSettingsV7FiltersType0Item,
    )
    from ..models.scripting_settings_v7_imports_type_0_item import (
        ScriptingSettingsV7ImportsType0Item,
    )
    from ..models.scripting_settings_v7_initializers_type_0_item import (
        ScriptingSettingsV7InitializersType0Item,
    )

    _references_bound = True
