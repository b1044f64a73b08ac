from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.recipient_by_hash import RecipientByHash
    from ..models.recipient_by_id import RecipientById
    from ..models.recipient_by_unicity import RecipientByUnicity
    from ..models.recipient_footprint import RecipientFootprint
    from ..models.render_sms_request_data import RenderSmsRequestData
    from ..models.render_sms_request_variables_item import RenderSmsRequestVariablesItem
    from ..models.stamp import Stamp


T = TypeVar("T", bound="RenderSmsRequest")
_PROPERTY_NAMES = frozenset(
    {
        "receiver",
        "related",
        "data",
        "variables",
        "stamp",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class RenderSmsRequest:
    """A render definition for an SMS action, media type `application/vnd.np6.cm.sms`. The tab exists in
    8.1.0 but its tree is not visible: every field here is inferred from the email definition.

        Attributes:
            receiver (RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | Unset): Identifies an
                existing target (seen; discriminated by `type`). There is no anonymous send: every
                recipient refers to a provisioned target (3rd-party). Only these four types exist (3rd-party).
            related (RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | Unset): Identifies an
                existing target (seen; discriminated by `type`). There is no anonymous send: every
                recipient refers to a provisioned target (3rd-party). Only these four types exist (3rd-party).
            data (RenderSmsRequestData | Unset): Render data, free-form (inferred).
            variables (list[RenderSmsRequestVariablesItem] | Unset):
            stamp (Stamp | Unset): Correlation stamp of a message (seen). `time` is epoch milliseconds; `id`, `thread` and
                `set` are
                UUIDs. A caller may supply one at execution time to correlate later events (inferred).
    """

    receiver: (
        RecipientByHash
        | RecipientById
        | RecipientByUnicity
        | RecipientFootprint
        | Unset
    ) = UNSET
    related: (
        RecipientByHash
        | RecipientById
        | RecipientByUnicity
        | RecipientFootprint
        | Unset
    ) = UNSET
    data: RenderSmsRequestData | Unset = UNSET
    variables: list[RenderSmsRequestVariablesItem] | Unset = UNSET
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
        receiver: dict[str, Any] | Unset
        if isinstance(self.receiver, Unset):
            receiver = UNSET
        elif (
            isinstance(self.receiver, RecipientById)
            or isinstance(self.receiver, RecipientByUnicity)
            or isinstance(self.receiver, RecipientByHash)
        ):
            receiver = self.receiver.to_dict()
        else:
            receiver = part_json(self.receiver)

        related: dict[str, Any] | Unset
        if isinstance(self.related, Unset):
            related = UNSET
        elif (
            isinstance(self.related, RecipientById)
            or isinstance(self.related, RecipientByUnicity)
            or isinstance(self.related, RecipientByHash)
        ):
            related = self.related.to_dict()
        else:
            related = part_json(self.related)

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = part_json(self.data)

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = part_json(variables_item_data)
                variables.append(variables_item)

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
        if data is not UNSET:
            field_dict["data"] = data
        if variables is not UNSET:
            field_dict["variables"] = variables
        if stamp is not UNSET:
            field_dict["stamp"] = stamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        receiver = _parse_receiver(src_dict.get("receiver", UNSET))

        related = _parse_related(src_dict.get("related", UNSET))

        _data = src_dict.get("data", UNSET)
        data: RenderSmsRequestData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = RenderSmsRequestData.from_dict(_data)

        _variables = src_dict.get("variables", UNSET)
        variables: list[RenderSmsRequestVariablesItem] | Unset = UNSET
        if _variables is not UNSET:
            variables = []
            for variables_item_data in _variables:
                variables_item = RenderSmsRequestVariablesItem.from_dict(
                    variables_item_data
                )

                variables.append(variables_item)

        _stamp = src_dict.get("stamp", UNSET)
        stamp: Stamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = Stamp.from_dict(_stamp)

        _parsed = _new_object(cls)
        _parsed.receiver = receiver
        _parsed.related = related
        _parsed.data = data
        _parsed.variables = variables
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


def _parse_receiver(
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


def _parse_related(
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
        RecipientFootprint, \
        RenderSmsRequestData, \
        RenderSmsRequestVariablesItem, \
        Stamp
    from ..models.recipient_by_hash import RecipientByHash
    from ..models.recipient_by_id import RecipientById
    from ..models.recipient_by_unicity import RecipientByUnicity
    from ..models.recipient_footprint import RecipientFootprint
    from ..models.render_sms_request_data import RenderSmsRequestData
    from ..models.render_sms_request_variables_item import RenderSmsRequestVariablesItem
    from ..models.stamp import Stamp

    _references_bound = True
