from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.legacy_bounce_feedback_bounce_type import (
    LegacyBounceFeedbackBounceType,
    check_legacy_bounce_feedback_bounce_type,
)
from ..types import UNSET, Unset, _new_object, set_fields_repr

T = TypeVar("T", bound="LegacyBounceFeedback")
_PROPERTY_NAMES = frozenset(
    {
        "target",
        "timestamp",
        "bounceType",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class LegacyBounceFeedback:
    """A bounced target of an action (legacy).

    Attributes:
        target (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).
        timestamp (datetime.datetime | Unset):
        bounce_type (LegacyBounceFeedbackBounceType | Unset): Target state (legacy CibleState enum): 3 validated, 4 soft
            bounce, 51 hard (domain), 52 hard
            (user), 53 hard (other), 54 hard (rules), 6 reported as spam.
    """

    target: str
    timestamp: datetime.datetime | Unset = UNSET
    bounce_type: LegacyBounceFeedbackBounceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        bounce_type: int | Unset = UNSET
        if not isinstance(self.bounce_type, Unset):
            bounce_type = self.bounce_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target": target,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if bounce_type is not UNSET:
            field_dict["bounceType"] = bounce_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        target = src_dict["target"]

        _timestamp = src_dict.get("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        _bounce_type = src_dict.get("bounceType", UNSET)
        bounce_type: LegacyBounceFeedbackBounceType | Unset
        if isinstance(_bounce_type, Unset):
            bounce_type = UNSET
        else:
            bounce_type = check_legacy_bounce_feedback_bounce_type(_bounce_type)

        _parsed = _new_object(cls)
        _parsed.target = target
        _parsed.timestamp = timestamp
        _parsed.bounce_type = bounce_type
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
