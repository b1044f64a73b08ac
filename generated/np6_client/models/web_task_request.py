from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.scripting_settings_v7 import ScriptingSettingsV7
    from ..models.unknown_scripting_settings import UnknownScriptingSettings
    from ..models.web_task_request_settings import WebTaskRequestSettings


T = TypeVar("T", bound="WebTaskRequest")
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "name",
        "description",
        "creationDate",
        "scripting",
        "settings",
        "value",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class WebTaskRequest:
    """A webtask (seen).

    Attributes:
        id (int | Unset):
        name (str | Unset):
        description (str | Unset):
        creation_date (datetime.datetime | Unset):
        scripting (ScriptingSettingsV7 | UnknownScriptingSettings | Unset): Script settings shared by workflows and
            webtasks (seen), discriminated by `version`. Only `7.0.0` is seen
            (webtask example); other versions, including the placeholder `"string"` of the published workflow example,
            fall into `UnknownScriptingSettings`.
        settings (WebTaskRequestSettings | Unset):
        value (str | Unset): Presumably the script source (inferred).
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    scripting: ScriptingSettingsV7 | UnknownScriptingSettings | Unset = UNSET
    settings: WebTaskRequestSettings | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        id = self.id

        name = self.name

        description = self.description

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        scripting: dict[str, Any] | Unset
        if isinstance(self.scripting, Unset):
            scripting = UNSET
        elif isinstance(self.scripting, ScriptingSettingsV7):
            scripting = self.scripting.to_dict()
        else:
            scripting = part_json(self.scripting)

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = part_json(self.settings)

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if scripting is not UNSET:
            field_dict["scripting"] = scripting
        if settings is not UNSET:
            field_dict["settings"] = settings
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        _creation_date = src_dict.get("creationDate", UNSET)
        creation_date: datetime.datetime | Unset
        if isinstance(_creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        scripting = _parse_scripting(src_dict.get("scripting", UNSET))

        _settings = src_dict.get("settings", UNSET)
        settings: WebTaskRequestSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = WebTaskRequestSettings.from_dict(_settings)

        value = src_dict.get("value", UNSET)

        _parsed = _new_object(cls)
        _parsed.id = id
        _parsed.name = name
        _parsed.description = description
        _parsed.creation_date = creation_date
        _parsed.scripting = scripting
        _parsed.settings = settings
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


def _parse_scripting(
    data: object,
) -> ScriptingSettingsV7 | UnknownScriptingSettings | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_scripting_settings_type_0 = ScriptingSettingsV7.from_dict(
            data
        )

        return componentsschemas_scripting_settings_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_scripting_settings_type_1 = UnknownScriptingSettings.from_dict(
        data
    )

    return componentsschemas_scripting_settings_type_1


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global \
        _references_bound, \
        ScriptingSettingsV7, \
        UnknownScriptingSettings, \
        WebTaskRequestSettings
    from ..models.scripting_settings_v7 import ScriptingSettingsV7
    from ..models.unknown_scripting_settings import UnknownScriptingSettings
    from ..models.web_task_request_settings import WebTaskRequestSettings

    _references_bound = True
