from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.event_bounce_status_code import EventBounceStatusCode


T = TypeVar("T", bound="EventBounceStatus")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "code",
        "diagnostic",
        "mta",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class EventBounceStatus:
    """Status returned by the receiving system (seen).

    Attributes:
        type_ (str | Unset): When the bounce was detected: `sync` (seen, during the SMTP session); `async` (a later
            bounce
            message) is likely (inferred). Not documented as a closed list.
        code (EventBounceStatusCode | Unset): Status codes of the bounce (seen).
        diagnostic (str | Unset): Diagnostic text from the receiving system (seen).
        mta (str | Unset): The MTA that answered; empty in both published examples (seen).
    """

    type_: str | Unset = UNSET
    code: EventBounceStatusCode | Unset = UNSET
    diagnostic: str | Unset = UNSET
    mta: str | Unset = UNSET
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

        code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = part_json(self.code)

        diagnostic = self.diagnostic

        mta = self.mta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if diagnostic is not UNSET:
            field_dict["diagnostic"] = diagnostic
        if mta is not UNSET:
            field_dict["mta"] = mta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        type_ = src_dict.get("type", UNSET)

        _code = src_dict.get("code", UNSET)
        code: EventBounceStatusCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = EventBounceStatusCode.from_dict(_code)

        diagnostic = src_dict.get("diagnostic", UNSET)

        mta = src_dict.get("mta", UNSET)

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.code = code
        _parsed.diagnostic = diagnostic
        _parsed.mta = mta
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
    global _references_bound, EventBounceStatusCode
    from ..models.event_bounce_status_code import EventBounceStatusCode

    _references_bound = True
