from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, set_fields_repr

T = TypeVar("T", bound="RenderSender")
_PROPERTY_NAMES = frozenset(
    {
        "bounce",
        "label",
        "reply",
        "value",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class RenderSender:
    """Rendered sender (seen).

    Attributes:
        bounce (str | Unset): Bounce (return-path) address (seen).
        label (str | Unset):
        reply (str | Unset):
        value (str | Unset): Sender address (seen).
    """

    bounce: str | Unset = UNSET
    label: str | Unset = UNSET
    reply: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        bounce = self.bounce

        label = self.label

        reply = self.reply

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bounce is not UNSET:
            field_dict["bounce"] = bounce
        if label is not UNSET:
            field_dict["label"] = label
        if reply is not UNSET:
            field_dict["reply"] = reply
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        bounce = src_dict.get("bounce", UNSET)

        label = src_dict.get("label", UNSET)

        reply = src_dict.get("reply", UNSET)

        value = src_dict.get("value", UNSET)

        _parsed = _new_object(cls)
        _parsed.bounce = bounce
        _parsed.label = label
        _parsed.reply = reply
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
