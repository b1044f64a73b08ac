from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, parse_uuid, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.recipient_by_hash import RecipientByHash
    from ..models.recipient_by_id import RecipientById
    from ..models.recipient_by_unicity import RecipientByUnicity
    from ..models.recipient_footprint import RecipientFootprint


T = TypeVar("T", bound="ExecutionSuccess")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "id",
        "recipient",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ExecutionSuccess:
    """The message was accepted for sending (seen). `id` and `recipient` are in every published answer but stay
    optional on purpose: a success NP6 answers without its message id must still read as a success (np6's
    send counts it as sent), not fail to parse and turn a sent message into an unknown one.

        Attributes:
            type_ (Literal['success']):
            id (UUID | Unset): Message id (seen; the "NP6 message_id" (3rd-party)). Whether it equals the `stamp.id` of
                later
                events is not documented.
            recipient (RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | Unset): Identifies an
                existing target (seen; discriminated by `type`). There is no anonymous send: every
                recipient refers to a provisioned target (3rd-party). Only these four types exist (3rd-party).
    """

    type_: Literal["success"] = "success"
    id: UUID | Unset = UNSET
    recipient: (
        RecipientByHash
        | RecipientById
        | RecipientByUnicity
        | RecipientFootprint
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        type_ = self.type_

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        recipient: dict[str, Any] | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        elif (
            isinstance(self.recipient, RecipientById)
            or isinstance(self.recipient, RecipientByUnicity)
            or isinstance(self.recipient, RecipientByHash)
        ):
            recipient = self.recipient.to_dict()
        else:
            recipient = part_json(self.recipient)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if recipient is not UNSET:
            field_dict["recipient"] = recipient

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        type_: Literal["success"] = src_dict["type"]
        if type_ != "success":
            raise ValueError(f"type must match const 'success', got '{type_}'")

        _id = src_dict.get("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = parse_uuid(_id)

        recipient = _parse_recipient(src_dict.get("recipient", UNSET))

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.id = id
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


def _parse_recipient(
    data: object,
) -> RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | Unset:
    if isinstance(data, Unset):
        return data
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
        RecipientByHash, \
        RecipientById, \
        RecipientByUnicity, \
        RecipientFootprint
    from ..models.recipient_by_hash import RecipientByHash
    from ..models.recipient_by_id import RecipientById
    from ..models.recipient_by_unicity import RecipientByUnicity
    from ..models.recipient_footprint import RecipientFootprint

    _references_bound = True
