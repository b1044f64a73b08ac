from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.execution_attachment_data import ExecutionAttachmentData


T = TypeVar("T", bound="ExecutionAttachment")
_PROPERTY_NAMES = frozenset(
    {
        "name",
        "mime",
        "data",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ExecutionAttachment:
    """An attachment of an email execution (seen).

    Attributes:
        name (str | Unset): File name (seen).
        mime (str | Unset): MIME type (seen).
        data (ExecutionAttachmentData | Unset): Content (seen as an object; encoding not documented).
    """

    name: str | Unset = UNSET
    mime: str | Unset = UNSET
    data: ExecutionAttachmentData | Unset = UNSET
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

        mime = self.mime

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = part_json(self.data)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if mime is not UNSET:
            field_dict["mime"] = mime
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        name = src_dict.get("name", UNSET)

        mime = src_dict.get("mime", UNSET)

        _data = src_dict.get("data", UNSET)
        data: ExecutionAttachmentData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ExecutionAttachmentData.from_dict(_data)

        _parsed = _new_object(cls)
        _parsed.name = name
        _parsed.mime = mime
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


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global _references_bound, ExecutionAttachmentData
    from ..models.execution_attachment_data import ExecutionAttachmentData

    _references_bound = True
