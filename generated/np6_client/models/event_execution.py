from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.event_execution_data import EventExecutionData
    from ..models.event_stamp import EventStamp
    from ..models.recipient_by_hash import RecipientByHash
    from ..models.recipient_by_id import RecipientById
    from ..models.recipient_by_unicity import RecipientByUnicity
    from ..models.recipient_footprint import RecipientFootprint


T = TypeVar("T", bound="EventExecution")
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "kind",
        "recipient",
        "stamp",
        "data",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class EventExecution:
    """An execution request for one recipient (seen). Present in execution and cancellation events. The
    required fields are those present in every example (inferred).

        Attributes:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            kind (str): Kind of the executed object; `message` seen.
            recipient (RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint): Identifies an existing
                target (seen; discriminated by `type`). There is no anonymous send: every
                recipient refers to a provisioned target (3rd-party). Only these four types exist (3rd-party).
            stamp (EventStamp): The correlation stamp (`Stamp`) of the message an event is about, as NP6 answers it: `time`
                and `id` are
                required (see `x-np6-required`).
            data (EventExecutionData | Unset): The free rendering data sent with the execution, e.g. `{"foo": 1, "bar": 2}`
                (seen).
    """

    id: str
    kind: str
    recipient: RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint
    stamp: EventStamp
    data: EventExecutionData | Unset = UNSET
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

        recipient: dict[str, Any]
        if (
            isinstance(self.recipient, RecipientById)
            or isinstance(self.recipient, RecipientByUnicity)
            or isinstance(self.recipient, RecipientByHash)
        ):
            recipient = self.recipient.to_dict()
        else:
            recipient = part_json(self.recipient)

        stamp = part_json(self.stamp)

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = part_json(self.data)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "recipient": recipient,
                "stamp": stamp,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        id = src_dict["id"]

        kind = src_dict["kind"]

        recipient = _parse_recipient(src_dict["recipient"])

        stamp = EventStamp.from_dict(src_dict["stamp"])

        _data = src_dict.get("data", UNSET)
        data: EventExecutionData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = EventExecutionData.from_dict(_data)

        _parsed = _new_object(cls)
        _parsed.id = id
        _parsed.kind = kind
        _parsed.recipient = recipient
        _parsed.stamp = stamp
        _parsed.data = data
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


def _parse_recipient(
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
        EventExecutionData, \
        EventStamp, \
        RecipientByHash, \
        RecipientById, \
        RecipientByUnicity, \
        RecipientFootprint
    from ..models.event_execution_data import EventExecutionData
    from ..models.event_stamp import EventStamp
    from ..models.recipient_by_hash import RecipientByHash
    from ..models.recipient_by_id import RecipientById
    from ..models.recipient_by_unicity import RecipientByUnicity
    from ..models.recipient_footprint import RecipientFootprint

    _references_bound = True
