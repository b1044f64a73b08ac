from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.subscription_user import SubscriptionUser


T = TypeVar("T", bound="SubscriptionLifecycleEvent")
_PROPERTY_NAMES = frozenset(
    {
        "date",
        "user",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class SubscriptionLifecycleEvent:
    """`SubscriptionLifecycleEventRequest` as NP6 returns it: `date` and `user` (nullable) are required (see
    `x-np6-required`).

        Attributes:
            date (datetime.datetime): ISO 8601 date, e.g. `2023-05-22T08:20:05.215Z` (seen; date-time format inferred).
            user (None | SubscriptionUser): The UI user, or null (seen; null in the example, perhaps for an API call
                (inferred)).
    """

    date: datetime.datetime
    user: None | SubscriptionUser
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        date = self.date.isoformat()

        user: dict[str, Any] | None
        if isinstance(self.user, SubscriptionUser):
            user = self.user.to_dict()
        else:
            user = part_json(self.user)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        date = datetime.datetime.fromisoformat(src_dict["date"])

        user = _parse_user(src_dict["user"])

        _parsed = _new_object(cls)
        _parsed.date = date
        _parsed.user = user
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


def _parse_user(data: object) -> None | SubscriptionUser:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        user_type_0 = SubscriptionUser.from_dict(data)

        return user_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | SubscriptionUser, data)


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global _references_bound, SubscriptionUser
    from ..models.subscription_user import SubscriptionUser

    _references_bound = True
