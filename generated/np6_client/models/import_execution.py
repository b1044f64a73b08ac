from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_execution_state_value import (
    ImportExecutionStateValue,
    check_import_execution_state_value,
)
from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.import_execution_content import ImportExecutionContent
    from ..models.import_source_file import ImportSourceFile
    from ..models.import_source_ftp import ImportSourceFtp
    from ..models.unknown_import_source import UnknownImportSource


T = TypeVar("T", bound="ImportExecution")
_PROPERTY_NAMES = frozenset(
    {
        "startDate",
        "state",
        "content",
        "source",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ImportExecution:
    """(legacy) An execution started by `start_import_execution`: its start date, state, the definition
    content it runs with (features and binding) and its source. Not seen in 8.1.0.

        Attributes:
            start_date (datetime.datetime):
            state (ImportExecutionStateValue): State of an import execution (seen, `import/400b1699`: "stateinteger(int32)
                The execution state
                • 0 : processing • 1 : completed • 2 : error Enum012"; audit 2026-12, C6): `0` processing (not terminal:
                keep polling), `1` completed (terminal), `2` error (terminal). NP6 documents no other value.
            content (ImportExecutionContent | Unset): (legacy) The features and the binding (import format) an execution
                runs with. The legacy docs
                flatten the binding's properties (`identifier`, `name`, `separator`, ...) into this object; a
                legacy driver mock nests them under `bindings` and adds `source`. Both shapes are accepted.
            source (ImportSourceFile | ImportSourceFtp | UnknownImportSource | Unset): Where an import's data comes from,
                discriminated by `type` (seen): `file` (manual upload through
                `upload_import_source`; name from the legacy docs) and `ftp` (seen; automatic imports). Unknown
                values are read as UnknownImportSource.
    """

    start_date: datetime.datetime
    state: ImportExecutionStateValue
    content: ImportExecutionContent | Unset = UNSET
    source: ImportSourceFile | ImportSourceFtp | UnknownImportSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        start_date = self.start_date.isoformat()

        state: int = self.state

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = part_json(self.content)

        source: dict[str, Any] | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, ImportSourceFile) or isinstance(
            self.source, ImportSourceFtp
        ):
            source = self.source.to_dict()
        else:
            source = part_json(self.source)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startDate": start_date,
                "state": state,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        start_date = datetime.datetime.fromisoformat(src_dict["startDate"])

        state = check_import_execution_state_value(src_dict["state"])

        _content = src_dict.get("content", UNSET)
        content: ImportExecutionContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = ImportExecutionContent.from_dict(_content)

        source = _parse_source(src_dict.get("source", UNSET))

        _parsed = _new_object(cls)
        _parsed.start_date = start_date
        _parsed.state = state
        _parsed.content = content
        _parsed.source = source
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


def _parse_source(
    data: object,
) -> ImportSourceFile | ImportSourceFtp | UnknownImportSource | Unset:
    if isinstance(data, Unset):
        return data
    type_tag = data.get("type") if isinstance(data, dict) else None
    if type_tag == "file":
        try:
            componentsschemas_import_source_type_0 = ImportSourceFile.from_dict(data)

            return componentsschemas_import_source_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "ftp":
        try:
            componentsschemas_import_source_type_1 = ImportSourceFtp.from_dict(data)

            return componentsschemas_import_source_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_import_source_type_2 = UnknownImportSource.from_dict(data)

    return componentsschemas_import_source_type_2


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global \
        _references_bound, \
        ImportExecutionContent, \
        ImportSourceFile, \
        ImportSourceFtp, \
        UnknownImportSource
    from ..models.import_execution_content import ImportExecutionContent
    from ..models.import_source_file import ImportSourceFile
    from ..models.import_source_ftp import ImportSourceFtp
    from ..models.unknown_import_source import UnknownImportSource

    _references_bound = True
