from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.import_format_bind import ImportFormatBind
    from ..models.import_format_identifier import ImportFormatIdentifier


T = TypeVar("T", bound="ImportFormat")
_PROPERTY_NAMES = frozenset(
    {
        "name",
        "separator",
        "startAt",
        "binds",
        "savedImportFormat",
        "identifier",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ImportFormat:
    """(legacy) An import format (binding): how the columns of an import file map to target fields. The
    legacy docs mark every request property required; `identifier` is server-assigned.

        Attributes:
            name (str): Binding name; unique (legacy; a clash answers 409) and not empty (400).
            separator (int): ASCII code of the column separator, e.g. 59 for `;`.
            start_at (int): First line to read, e.g. 1 to skip a header row.
            binds (list[ImportFormatBind]):
            saved_import_format (bool): Keep the format for reuse.
            identifier (ImportFormatIdentifier | Unset): (legacy) Identifier of an import format; `guid` is what an import's
                `binding` takes.
    """

    name: str
    separator: int
    start_at: int
    binds: list[ImportFormatBind]
    saved_import_format: bool
    identifier: ImportFormatIdentifier | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        name = self.name

        separator = self.separator

        start_at = self.start_at

        binds = []
        for binds_item_data in self.binds:
            binds_item = part_json(binds_item_data)
            binds.append(binds_item)

        saved_import_format = self.saved_import_format

        identifier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifier, Unset):
            identifier = part_json(self.identifier)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "separator": separator,
                "startAt": start_at,
                "binds": binds,
                "savedImportFormat": saved_import_format,
            }
        )
        if identifier is not UNSET:
            field_dict["identifier"] = identifier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        name = src_dict["name"]

        separator = src_dict["separator"]

        start_at = src_dict["startAt"]

        binds = []
        _binds = src_dict["binds"]
        for binds_item_data in _binds:
            binds_item = ImportFormatBind.from_dict(binds_item_data)

            binds.append(binds_item)

        saved_import_format = src_dict["savedImportFormat"]

        _identifier = src_dict.get("identifier", UNSET)
        identifier: ImportFormatIdentifier | Unset
        if isinstance(_identifier, Unset):
            identifier = UNSET
        else:
            identifier = ImportFormatIdentifier.from_dict(_identifier)

        _parsed = _new_object(cls)
        _parsed.name = name
        _parsed.separator = separator
        _parsed.start_at = start_at
        _parsed.binds = binds
        _parsed.saved_import_format = saved_import_format
        _parsed.identifier = identifier
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
    global _references_bound, ImportFormatBind, ImportFormatIdentifier
    from ..models.import_format_bind import ImportFormatBind
    from ..models.import_format_identifier import ImportFormatIdentifier

    _references_bound = True
