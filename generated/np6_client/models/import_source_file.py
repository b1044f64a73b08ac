from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, set_fields_repr

T = TypeVar("T", bound="ImportSourceFile")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "id",
        "creationDate",
        "updateDate",
        "filename",
        "data",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ImportSourceFile:
    """A file uploaded through `upload_import_source` (the `file` value is legacy; its properties are the
    8.1.0 default variant's).

        Attributes:
            type_ (Literal['file']):
            id (int | None | Unset): Source id.
            creation_date (datetime.datetime | Unset): Creation date; `0001-01-01T00:00:00Z` when unset.
            update_date (datetime.datetime | None | Unset): Date of the last upload.
            filename (None | str | Unset): Stored file name (NP6 adds a prefix); `null` before any upload (legacy).
            data (list[Any] | Unset): File content; 8.1.0 types it "Array of objects", probably a generator artefact for a
                byte array
                (inferred). Never seen in an example.
    """

    type_: Literal["file"] = "file"
    id: int | None | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    update_date: datetime.datetime | None | Unset = UNSET
    filename: None | str | Unset = UNSET
    data: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        update_date: None | str | Unset
        if isinstance(self.update_date, Unset):
            update_date = UNSET
        elif isinstance(self.update_date, datetime.datetime):
            update_date = self.update_date.isoformat()
        else:
            update_date = self.update_date

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        data: list[Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if update_date is not UNSET:
            field_dict["updateDate"] = update_date
        if filename is not UNSET:
            field_dict["filename"] = filename
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        type_: Literal["file"] = src_dict["type"]
        if type_ != "file":
            raise ValueError(f"type must match const 'file', got '{type_}'")

        id = _parse_id(src_dict.get("id", UNSET))

        _creation_date = src_dict.get("creationDate", UNSET)
        creation_date: datetime.datetime | Unset
        if isinstance(_creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        update_date = _parse_update_date(src_dict.get("updateDate", UNSET))

        filename = _parse_filename(src_dict.get("filename", UNSET))

        data = cast(list[Any], src_dict.get("data", UNSET))

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.id = id
        _parsed.creation_date = creation_date
        _parsed.update_date = update_date
        _parsed.filename = filename
        _parsed.data = data
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


def _parse_id(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_update_date(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        update_date_type_0 = datetime.datetime.fromisoformat(data)

        return update_date_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


def _parse_filename(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
