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
    from ..models.customer_identity import CustomerIdentity
    from ..models.event_source_email import EventSourceEmail
    from ..models.event_source_notification import EventSourceNotification
    from ..models.unknown_event_identity import UnknownEventIdentity
    from ..models.unknown_event_source import UnknownEventSource


T = TypeVar("T", bound="ComplaintEvent")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "id",
        "timestamp",
        "identity",
        "source",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ComplaintEvent:
    """A `complaint` event, e.g. a spam complaint (type seen; meaning and detail not visible (inferred), so
    `source.detail` is permissive).

        Attributes:
            type_ (Literal['complaint']):
            id (UUID): Event id, a UUID (seen). Unique per event: de-duplicate polled events on it.
            timestamp (int): Milliseconds elapsed since 1970-01-01T00:00:00Z (seen).
            identity (CustomerIdentity | UnknownEventIdentity | Unset): The underlying identity (tenant) that produced the
                event, discriminated by `type` (seen). Only
                `customer` is documented.
            source (EventSourceEmail | EventSourceNotification | UnknownEventSource | Unset): Channel that produced the
                event and its `detail`, discriminated by `type` (seen: `email`,
                `notification`). Used by event types whose detail is not visible: `detail` is a free object. SMS and
                display sources are not documented and land in `UnknownEventSource`.
    """

    id: UUID
    timestamp: int
    type_: Literal["complaint"] = "complaint"
    identity: CustomerIdentity | UnknownEventIdentity | Unset = UNSET
    source: EventSourceEmail | EventSourceNotification | UnknownEventSource | Unset = (
        UNSET
    )
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

        id = str(self.id)

        timestamp = self.timestamp

        identity: dict[str, Any] | Unset
        if isinstance(self.identity, Unset):
            identity = UNSET
        elif isinstance(self.identity, CustomerIdentity):
            identity = self.identity.to_dict()
        else:
            identity = part_json(self.identity)

        source: dict[str, Any] | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, EventSourceEmail) or isinstance(
            self.source, EventSourceNotification
        ):
            source = self.source.to_dict()
        else:
            source = part_json(self.source)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "timestamp": timestamp,
            }
        )
        if identity is not UNSET:
            field_dict["identity"] = identity
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        type_: Literal["complaint"] = src_dict["type"]
        if type_ != "complaint":
            raise ValueError(f"type must match const 'complaint', got '{type_}'")

        id = parse_uuid(src_dict["id"])

        timestamp = src_dict["timestamp"]

        identity = _parse_identity(src_dict.get("identity", UNSET))

        source = _parse_source(src_dict.get("source", UNSET))

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.id = id
        _parsed.timestamp = timestamp
        _parsed.identity = identity
        _parsed.source = source
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


def _parse_identity(data: object) -> CustomerIdentity | UnknownEventIdentity | Unset:
    if isinstance(data, Unset):
        return data
    type_tag = data.get("type") if isinstance(data, dict) else None
    if type_tag == "customer":
        try:
            componentsschemas_event_identity_type_0 = CustomerIdentity.from_dict(data)

            return componentsschemas_event_identity_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_event_identity_type_1 = UnknownEventIdentity.from_dict(data)

    return componentsschemas_event_identity_type_1


def _parse_source(
    data: object,
) -> EventSourceEmail | EventSourceNotification | UnknownEventSource | Unset:
    if isinstance(data, Unset):
        return data
    type_tag = data.get("type") if isinstance(data, dict) else None
    if type_tag == "email":
        try:
            componentsschemas_event_source_type_0 = EventSourceEmail.from_dict(data)

            return componentsschemas_event_source_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "notification":
        try:
            componentsschemas_event_source_type_1 = EventSourceNotification.from_dict(
                data
            )

            return componentsschemas_event_source_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_event_source_type_2 = UnknownEventSource.from_dict(data)

    return componentsschemas_event_source_type_2


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global \
        _references_bound, \
        CustomerIdentity, \
        EventSourceEmail, \
        EventSourceNotification, \
        UnknownEventIdentity, \
        UnknownEventSource
    from ..models.customer_identity import CustomerIdentity
    from ..models.event_source_email import EventSourceEmail
    from ..models.event_source_notification import EventSourceNotification
    from ..models.unknown_event_identity import UnknownEventIdentity
    from ..models.unknown_event_source import UnknownEventSource

    _references_bound = True
