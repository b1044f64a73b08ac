from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, set_fields_repr

T = TypeVar("T", bound="PushProviderApnsP12Certificate")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "value",
        "password",
        "expiration",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class PushProviderApnsP12Certificate:
    """A PKCS#12 certificate (seen).

    Attributes:
        type_ (Literal['p12']):
        value (str | Unset): The certificate (encoding not documented).
        password (str | Unset):
        expiration (datetime.datetime | Unset):
    """

    type_: Literal["p12"] = "p12"
    value: str | Unset = UNSET
    password: str | Unset = UNSET
    expiration: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        password = self.password

        expiration: str | Unset = UNSET
        if not isinstance(self.expiration, Unset):
            expiration = self.expiration.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if password is not UNSET:
            field_dict["password"] = password
        if expiration is not UNSET:
            field_dict["expiration"] = expiration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        type_: Literal["p12"] = src_dict["type"]
        if type_ != "p12":
            raise ValueError(f"type must match const 'p12', got '{type_}'")

        value = src_dict.get("value", UNSET)

        password = src_dict.get("password", UNSET)

        _expiration = src_dict.get("expiration", UNSET)
        expiration: datetime.datetime | Unset
        if isinstance(_expiration, Unset):
            expiration = UNSET
        else:
            expiration = datetime.datetime.fromisoformat(_expiration)

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.value = value
        _parsed.password = password
        _parsed.expiration = expiration
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
