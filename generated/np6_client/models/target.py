from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.target_fields import TargetFields
    from ..models.target_legacy_bounce import TargetLegacyBounce
    from ..models.target_legacy_redlists import TargetLegacyRedlists


T = TypeVar("T", bound="Target")
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "fields",
        "hash",
        "creationDate",
        "lastUpdateDate",
        "bounce",
        "redList",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class Target:
    """A contact as NP6 returns it (8.1.0 "experimental" read shape; seen). Values are keyed by field
    **id** (as a string) under `fields` — unlike the create/update bodies, which are flat objects
    keyed by field name or id. No property is marked required by NP6. `bounce` and `redList` are
    only in the legacy read shape.

        Attributes:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
            fields (TargetFields): Field values keyed by field id written as a string, e.g. `{"728": "alice@example.com"}`
                (seen).
            hash_ (str | Unset): The contact's hash, 32 lower-case hex characters in real data (seen; typed plain string).
            creation_date (datetime.datetime | Unset): Creation date (seen).
            last_update_date (datetime.datetime | Unset): Last modification date (seen).
            bounce (list[TargetLegacyBounce] | Unset): Bounces recorded on the contact's fields (legacy read shape only).
            red_list (TargetLegacyRedlists | Unset): Redlist state inside the legacy read shape (legacy); `{}` when the
                contact is not redlisted.
    """

    id: str
    fields: TargetFields
    hash_: str | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    last_update_date: datetime.datetime | Unset = UNSET
    bounce: list[TargetLegacyBounce] | Unset = UNSET
    red_list: TargetLegacyRedlists | Unset = UNSET
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

        fields = part_json(self.fields)

        hash_ = self.hash_

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        last_update_date: str | Unset = UNSET
        if not isinstance(self.last_update_date, Unset):
            last_update_date = self.last_update_date.isoformat()

        bounce: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bounce, Unset):
            bounce = []
            for bounce_item_data in self.bounce:
                bounce_item = part_json(bounce_item_data)
                bounce.append(bounce_item)

        red_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.red_list, Unset):
            red_list = part_json(self.red_list)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "fields": fields,
            }
        )
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if last_update_date is not UNSET:
            field_dict["lastUpdateDate"] = last_update_date
        if bounce is not UNSET:
            field_dict["bounce"] = bounce
        if red_list is not UNSET:
            field_dict["redList"] = red_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        id = src_dict["id"]

        fields = TargetFields.from_dict(src_dict["fields"])

        hash_ = src_dict.get("hash", UNSET)

        _creation_date = src_dict.get("creationDate", UNSET)
        creation_date: datetime.datetime | Unset
        if isinstance(_creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        _last_update_date = src_dict.get("lastUpdateDate", UNSET)
        last_update_date: datetime.datetime | Unset
        if isinstance(_last_update_date, Unset):
            last_update_date = UNSET
        else:
            last_update_date = datetime.datetime.fromisoformat(_last_update_date)

        _bounce = src_dict.get("bounce", UNSET)
        bounce: list[TargetLegacyBounce] | Unset = UNSET
        if _bounce is not UNSET:
            bounce = []
            for bounce_item_data in _bounce:
                bounce_item = TargetLegacyBounce.from_dict(bounce_item_data)

                bounce.append(bounce_item)

        _red_list = src_dict.get("redList", UNSET)
        red_list: TargetLegacyRedlists | Unset
        if isinstance(_red_list, Unset):
            red_list = UNSET
        else:
            red_list = TargetLegacyRedlists.from_dict(_red_list)

        _parsed = _new_object(cls)
        _parsed.id = id
        _parsed.fields = fields
        _parsed.hash_ = hash_
        _parsed.creation_date = creation_date
        _parsed.last_update_date = last_update_date
        _parsed.bounce = bounce
        _parsed.red_list = red_list
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
    global _references_bound, TargetFields, TargetLegacyBounce, TargetLegacyRedlists
    from ..models.target_fields import TargetFields
    from ..models.target_legacy_bounce import TargetLegacyBounce
    from ..models.target_legacy_redlists import TargetLegacyRedlists

    _references_bound = True
