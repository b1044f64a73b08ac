from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.render_context_display import (
    RenderContextDisplay,
    check_render_context_display,
)
from ..types import UNSET, Unset, _new_object, set_fields_repr

T = TypeVar("T", bound="RenderContext")
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "display",
        "render",
        "recipient",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class RenderContext:
    """Render context, "views overrides" (seen).

    Attributes:
        id (str | Unset): Message id (seen).
        display (RenderContextDisplay | Unset): Display configuration (seen; looks like bit flags, meanings not
            documented).
        render (int | Unset): Id of the content to render (seen).
        recipient (str | Unset): Email address overriding the recipient's (seen).
    """

    id: str | Unset = UNSET
    display: RenderContextDisplay | Unset = UNSET
    render: int | Unset = UNSET
    recipient: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display: int | Unset = UNSET
        if not isinstance(self.display, Unset):
            display = self.display

        render = self.render

        recipient = self.recipient

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if display is not UNSET:
            field_dict["display"] = display
        if render is not UNSET:
            field_dict["render"] = render
        if recipient is not UNSET:
            field_dict["recipient"] = recipient

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = src_dict.get("id", UNSET)

        _display = src_dict.get("display", UNSET)
        display: RenderContextDisplay | Unset
        if isinstance(_display, Unset):
            display = UNSET
        else:
            display = check_render_context_display(_display)

        render = src_dict.get("render", UNSET)

        recipient = src_dict.get("recipient", UNSET)

        _parsed = _new_object(cls)
        _parsed.id = id
        _parsed.display = display
        _parsed.render = render
        _parsed.recipient = recipient
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
