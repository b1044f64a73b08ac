from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.render_mail_success_headers import RenderMailSuccessHeaders
    from ..models.render_sender import RenderSender


T = TypeVar("T", bound="RenderMailSuccess")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "recipient",
        "sender",
        "subject",
        "html",
        "text",
        "amp",
        "headers",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class RenderMailSuccess:
    """A rendered message (seen).

    Attributes:
        type_ (Literal['success']):
        recipient (str | Unset): Recipient address (seen).
        sender (RenderSender | Unset): Rendered sender (seen).
        subject (str | Unset):
        html (str | Unset):
        text (str | Unset):
        amp (str | Unset):
        headers (RenderMailSuccessHeaders | Unset): Mail headers (seen; string values).
    """

    type_: Literal["success"] = "success"
    recipient: str | Unset = UNSET
    sender: RenderSender | Unset = UNSET
    subject: str | Unset = UNSET
    html: str | Unset = UNSET
    text: str | Unset = UNSET
    amp: str | Unset = UNSET
    headers: RenderMailSuccessHeaders | Unset = UNSET
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

        recipient = self.recipient

        sender: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sender, Unset):
            sender = part_json(self.sender)

        subject = self.subject

        html = self.html

        text = self.text

        amp = self.amp

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = part_json(self.headers)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if sender is not UNSET:
            field_dict["sender"] = sender
        if subject is not UNSET:
            field_dict["subject"] = subject
        if html is not UNSET:
            field_dict["html"] = html
        if text is not UNSET:
            field_dict["text"] = text
        if amp is not UNSET:
            field_dict["amp"] = amp
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        type_: Literal["success"] = src_dict["type"]
        if type_ != "success":
            raise ValueError(f"type must match const 'success', got '{type_}'")

        recipient = src_dict.get("recipient", UNSET)

        _sender = src_dict.get("sender", UNSET)
        sender: RenderSender | Unset
        if isinstance(_sender, Unset):
            sender = UNSET
        else:
            sender = RenderSender.from_dict(_sender)

        subject = src_dict.get("subject", UNSET)

        html = src_dict.get("html", UNSET)

        text = src_dict.get("text", UNSET)

        amp = src_dict.get("amp", UNSET)

        _headers = src_dict.get("headers", UNSET)
        headers: RenderMailSuccessHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = RenderMailSuccessHeaders.from_dict(_headers)

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.recipient = recipient
        _parsed.sender = sender
        _parsed.subject = subject
        _parsed.html = html
        _parsed.text = text
        _parsed.amp = amp
        _parsed.headers = headers
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
    global _references_bound, RenderMailSuccessHeaders, RenderSender
    from ..models.render_mail_success_headers import RenderMailSuccessHeaders
    from ..models.render_sender import RenderSender

    _references_bound = True
