from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.target_legacy_redlist_state import TargetLegacyRedlistState


T = TypeVar("T", bound="TargetLegacyRedlists")
_PROPERTY_NAMES = frozenset(
    {
        "mail",
        "sms",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class TargetLegacyRedlists:
    """Redlist state inside the legacy read shape (legacy); `{}` when the contact is not redlisted.

    Attributes:
        mail (TargetLegacyRedlistState | Unset): One redlist entry of the legacy read shape (legacy).
        sms (TargetLegacyRedlistState | Unset): One redlist entry of the legacy read shape (legacy).
    """

    mail: TargetLegacyRedlistState | Unset = UNSET
    sms: TargetLegacyRedlistState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        mail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mail, Unset):
            mail = part_json(self.mail)

        sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = part_json(self.sms)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mail is not UNSET:
            field_dict["mail"] = mail
        if sms is not UNSET:
            field_dict["sms"] = sms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        _mail = src_dict.get("mail", UNSET)
        mail: TargetLegacyRedlistState | Unset
        if isinstance(_mail, Unset):
            mail = UNSET
        else:
            mail = TargetLegacyRedlistState.from_dict(_mail)

        _sms = src_dict.get("sms", UNSET)
        sms: TargetLegacyRedlistState | Unset
        if isinstance(_sms, Unset):
            sms = UNSET
        else:
            sms = TargetLegacyRedlistState.from_dict(_sms)

        _parsed = _new_object(cls)
        _parsed.mail = mail
        _parsed.sms = sms
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
    global _references_bound, TargetLegacyRedlistState
    from ..models.target_legacy_redlist_state import TargetLegacyRedlistState

    _references_bound = True
