from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redlist_origin import RedlistOrigin, check_redlist_origin
from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.redlist_detail import RedlistDetail


T = TypeVar("T", bound="RedlistEntry")
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "timestamp",
        "origin",
        "detail",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class RedlistEntry:
    """A redlist entry (seen): body of `POST /targets/{id}/redlist/mail|sms`, and (legacy) item of
    `GET /targets/redlist/mail|sms`. NP6 marks no property required.

        Attributes:
            id (str | Unset): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
            timestamp (datetime.datetime | None | Unset): When the contact was redlisted (seen; nullable).
            origin (RedlistOrigin | Unset): Why or where the contact was redlisted (seen; unchanged since legacy): 0
                unknown, 1 API,
                2 import, 3 form, 4 unsubscribe redlist (List-Unsubscribe), 5 complaint, 6 SMS STOP,
                7 SMS blacklist, 8 SMS administrative, 9 SMS specific.
            detail (RedlistDetail | Unset): Free-form details of the redlisting (seen; no properties documented).
    """

    id: str | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    origin: RedlistOrigin | Unset = UNSET
    detail: RedlistDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        id = self.id

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        origin: int | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = part_json(self.detail)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if origin is not UNSET:
            field_dict["origin"] = origin
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        id = src_dict.get("id", UNSET)

        timestamp = _parse_timestamp(src_dict.get("timestamp", UNSET))

        _origin = src_dict.get("origin", UNSET)
        origin: RedlistOrigin | Unset
        if isinstance(_origin, Unset):
            origin = UNSET
        else:
            origin = check_redlist_origin(_origin)

        _detail = src_dict.get("detail", UNSET)
        detail: RedlistDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = RedlistDetail.from_dict(_detail)

        _parsed = _new_object(cls)
        _parsed.id = id
        _parsed.timestamp = timestamp
        _parsed.origin = origin
        _parsed.detail = detail
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


def _parse_timestamp(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        timestamp_type_0 = datetime.datetime.fromisoformat(data)

        return timestamp_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global _references_bound, RedlistDetail
    from ..models.redlist_detail import RedlistDetail

    _references_bound = True
