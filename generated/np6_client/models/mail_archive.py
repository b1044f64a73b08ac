from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, set_fields_repr

T = TypeVar("T", bound="MailArchive")
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "action",
        "target",
        "sendingDate",
        "url",
        "expiresOn",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class MailArchive:
    """An archived mail (seen), returned with the media type `application/vnd.np6.cm.mail.archive`.

    Attributes:
        id (str): Archive id (seen: "idstring The id of the archive", no format, on `actionarchives` and
            `actionarchives/3715badd`; audit 2026-12, C5). The samples are UUIDs, which this spec does not require.
        action (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
        target (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
        sending_date (datetime.datetime): When the target received the mail (seen; fractional seconds vary).
        url (str | Unset): Time-limited download URL of the `.eml` file (an Azure blob URL with a SAS query) (seen). Not
            typed `format: uri` because one published sample holds blanks (`"    "`).
        expires_on (datetime.datetime | Unset): When `url` stops working (seen).
    """

    id: str
    action: str
    target: str
    sending_date: datetime.datetime
    url: str | Unset = UNSET
    expires_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        action = self.action

        target = self.target

        sending_date = self.sending_date.isoformat()

        url = self.url

        expires_on: str | Unset = UNSET
        if not isinstance(self.expires_on, Unset):
            expires_on = self.expires_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "action": action,
                "target": target,
                "sendingDate": sending_date,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if expires_on is not UNSET:
            field_dict["expiresOn"] = expires_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = src_dict["id"]

        action = src_dict["action"]

        target = src_dict["target"]

        sending_date = datetime.datetime.fromisoformat(src_dict["sendingDate"])

        url = src_dict.get("url", UNSET)

        _expires_on = src_dict.get("expiresOn", UNSET)
        expires_on: datetime.datetime | Unset
        if isinstance(_expires_on, Unset):
            expires_on = UNSET
        else:
            expires_on = datetime.datetime.fromisoformat(_expires_on)

        _parsed = _new_object(cls)
        _parsed.id = id
        _parsed.action = action
        _parsed.target = target
        _parsed.sending_date = sending_date
        _parsed.url = url
        _parsed.expires_on = expires_on
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
