from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.notification_receiver import NotificationReceiver
    from ..models.stamp import Stamp


T = TypeVar("T", bound="NotificationRenderRequest")
_PROPERTY_NAMES = frozenset(
    {
        "receiver",
        "related",
        "stamp",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class NotificationRenderRequest:
    """ "Data used to render the notification" (seen): receiver, related and stamp informations. The sample
    is cut off after `{"receiver": {"id": "string", "unicity": "string", …`.

        Attributes:
            receiver (NotificationReceiver | Unset): Receiver of a notification render, with the contact's keys directly on
                the object (seen `id`,
                `unicity`; the rest of the sample is cut off, `hash` inferred).
            related (NotificationReceiver | Unset): Receiver of a notification render, with the contact's keys directly on
                the object (seen `id`,
                `unicity`; the rest of the sample is cut off, `hash` inferred).
            stamp (Stamp | Unset): Correlation stamp of a message (seen). `time` is epoch milliseconds; `id`, `thread` and
                `set` are
                UUIDs. A caller may supply one at execution time to correlate later events (inferred).
    """

    receiver: NotificationReceiver | Unset = UNSET
    related: NotificationReceiver | Unset = UNSET
    stamp: Stamp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        receiver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receiver, Unset):
            receiver = part_json(self.receiver)

        related: dict[str, Any] | Unset = UNSET
        if not isinstance(self.related, Unset):
            related = part_json(self.related)

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = part_json(self.stamp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if related is not UNSET:
            field_dict["related"] = related
        if stamp is not UNSET:
            field_dict["stamp"] = stamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        _receiver = src_dict.get("receiver", UNSET)
        receiver: NotificationReceiver | Unset
        if isinstance(_receiver, Unset):
            receiver = UNSET
        else:
            receiver = NotificationReceiver.from_dict(_receiver)

        _related = src_dict.get("related", UNSET)
        related: NotificationReceiver | Unset
        if isinstance(_related, Unset):
            related = UNSET
        else:
            related = NotificationReceiver.from_dict(_related)

        _stamp = src_dict.get("stamp", UNSET)
        stamp: Stamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = Stamp.from_dict(_stamp)

        _parsed = _new_object(cls)
        _parsed.receiver = receiver
        _parsed.related = related
        _parsed.stamp = stamp
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
    global _references_bound, NotificationReceiver, Stamp
    from ..models.notification_receiver import NotificationReceiver
    from ..models.stamp import Stamp

    _references_bound = True
