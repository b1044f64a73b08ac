from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.event_stamp import EventStamp
    from ..models.recipient_by_hash import RecipientByHash
    from ..models.recipient_by_id import RecipientById
    from ..models.recipient_by_unicity import RecipientByUnicity
    from ..models.recipient_footprint import RecipientFootprint


T = TypeVar("T", bound="EventActivation")
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "kind",
        "receiver",
        "stamp",
        "recipient",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class EventActivation:
    """An activation: one message of an action handed over for one recipient (seen). Present in
    activation, bounce and hit events. The required fields are those present in every example
    (inferred). `receiver` is the base `Recipient` union (`id` and `footprint` seen here); a receiver of
    another type makes the whole source fall back to the channel's catch-all variant in the client.

        Attributes:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            kind (str): Kind of the activated object; `message` seen (not documented as a closed list).
            receiver (RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint): Identifies an existing
                target (seen; discriminated by `type`). There is no anonymous send: every
                recipient refers to a provisioned target (3rd-party). Only these four types exist (3rd-party).
            stamp (EventStamp): The correlation stamp (`Stamp`) of the message an event is about, as NP6 answers it: `time`
                and `id` are
                required (see `x-np6-required`).
            recipient (str | Unset): The address the message was actually sent to, e.g. the email address (seen).
    """

    id: str
    kind: str
    receiver: RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint
    stamp: EventStamp
    recipient: str | Unset = UNSET
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

        kind = self.kind

        receiver: dict[str, Any]
        if (
            isinstance(self.receiver, RecipientById)
            or isinstance(self.receiver, RecipientByUnicity)
            or isinstance(self.receiver, RecipientByHash)
        ):
            receiver = self.receiver.to_dict()
        else:
            receiver = part_json(self.receiver)

        stamp = part_json(self.stamp)

        recipient = self.recipient

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "receiver": receiver,
                "stamp": stamp,
            }
        )
        if recipient is not UNSET:
            field_dict["recipient"] = recipient

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        id = src_dict["id"]

        kind = src_dict["kind"]

        receiver = _parse_receiver(src_dict["receiver"])

        stamp = EventStamp.from_dict(src_dict["stamp"])

        recipient = src_dict.get("recipient", UNSET)

        _parsed = _new_object(cls)
        _parsed.id = id
        _parsed.kind = kind
        _parsed.receiver = receiver
        _parsed.stamp = stamp
        _parsed.recipient = recipient
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


def _parse_receiver(
    data: object,
) -> RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint:
    type_tag = data.get("type") if isinstance(data, dict) else None
    if type_tag == "id":
        try:
            componentsschemas_recipient_type_0 = RecipientById.from_dict(data)

            return componentsschemas_recipient_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "unicity":
        try:
            componentsschemas_recipient_type_1 = RecipientByUnicity.from_dict(data)

            return componentsschemas_recipient_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "hash":
        try:
            componentsschemas_recipient_type_2 = RecipientByHash.from_dict(data)

            return componentsschemas_recipient_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_recipient_type_3 = RecipientFootprint.from_dict(data)

    return componentsschemas_recipient_type_3


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global \
        _references_bound, \
        EventStamp, \
        RecipientByHash, \
        RecipientById, \
        RecipientByUnicity, \
        RecipientFootprint
    from ..models.event_stamp import EventStamp
    from ..models.recipient_by_hash import RecipientByHash
    from ..models.recipient_by_id import RecipientById
    from ..models.recipient_by_unicity import RecipientByUnicity
    from ..models.recipient_footprint import RecipientFootprint

    _references_bound = True
