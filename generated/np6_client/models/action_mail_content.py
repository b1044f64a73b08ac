from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.action_mail_headers import ActionMailHeaders


T = TypeVar("T", bound="ActionMailContent")
_PROPERTY_NAMES = frozenset(
    {
        "headers",
        "subject",
        "html",
        "text",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ActionMailContent:
    """Content of the email action (seen).

    Attributes:
        headers (ActionMailHeaders | Unset): Mail headers of an action, or their overrides at render or execution time
            (seen).
        subject (str | Unset):
        html (str | Unset): HTML body; see `ActionMailMessage` for the link-tracking attributes.
        text (str | Unset):
    """

    headers: ActionMailHeaders | Unset = UNSET
    subject: str | Unset = UNSET
    html: str | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = part_json(self.headers)

        subject = self.subject

        html = self.html

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if headers is not UNSET:
            field_dict["headers"] = headers
        if subject is not UNSET:
            field_dict["subject"] = subject
        if html is not UNSET:
            field_dict["html"] = html
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        _headers = src_dict.get("headers", UNSET)
        headers: ActionMailHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ActionMailHeaders.from_dict(_headers)

        subject = src_dict.get("subject", UNSET)

        html = src_dict.get("html", UNSET)

        text = src_dict.get("text", UNSET)

        _parsed = _new_object(cls)
        _parsed.headers = headers
        _parsed.subject = subject
        _parsed.html = html
        _parsed.text = text
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
    global _references_bound, ActionMailHeaders
    from ..models.action_mail_headers import ActionMailHeaders

    _references_bound = True
