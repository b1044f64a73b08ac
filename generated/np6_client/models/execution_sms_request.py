from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.execution_sms_request_data import ExecutionSmsRequestData
    from ..models.execution_sms_request_variables_item import (
        ExecutionSmsRequestVariablesItem,
    )
    from ..models.recipient_by_hash import RecipientByHash
    from ..models.recipient_by_id import RecipientById
    from ..models.recipient_by_unicity import RecipientByUnicity
    from ..models.recipient_footprint import RecipientFootprint
    from ..models.stamp import Stamp


T = TypeVar("T", bound="ExecutionSmsRequest")
_PROPERTY_NAMES = frozenset(
    {
        "recipient",
        "related",
        "data",
        "variables",
        "stamp",
        "urgent",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ExecutionSmsRequest:
    """One SMS message definition, media type `application/vnd.np6.cm.sms`. The 8.1.0 page has the tab but
    its tree is not visible: every field here is inferred from the email definition.

        Attributes:
            recipient (RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint): Identifies an existing
                target (seen; discriminated by `type`). There is no anonymous send: every
                recipient refers to a provisioned target (3rd-party). Only these four types exist (3rd-party).
            related (RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | Unset): Identifies an
                existing target (seen; discriminated by `type`). There is no anonymous send: every
                recipient refers to a provisioned target (3rd-party). Only these four types exist (3rd-party).
            data (ExecutionSmsRequestData | Unset): Rendering data, free-form (inferred).
            variables (list[ExecutionSmsRequestVariablesItem] | Unset): Additional variables (inferred).
            stamp (Stamp | Unset): Correlation stamp of a message (seen). `time` is epoch milliseconds; `id`, `thread` and
                `set` are
                UUIDs. A caller may supply one at execution time to correlate later events (inferred).
            urgent (bool | Unset): Priority of this single message (inferred).
    """

    recipient: RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint
    related: (
        RecipientByHash
        | RecipientById
        | RecipientByUnicity
        | RecipientFootprint
        | Unset
    ) = UNSET
    data: ExecutionSmsRequestData | Unset = UNSET
    variables: list[ExecutionSmsRequestVariablesItem] | Unset = UNSET
    stamp: Stamp | Unset = UNSET
    urgent: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        recipient: dict[str, Any]
        if (
            isinstance(self.recipient, RecipientById)
            or isinstance(self.recipient, RecipientByUnicity)
            or isinstance(self.recipient, RecipientByHash)
        ):
            recipient = self.recipient.to_dict()
        else:
            recipient = part_json(self.recipient)

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

        urgent = self.urgent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient": recipient,
            }
        )
        if related is not UNSET:
            field_dict["related"] = related
        if data is not UNSET:
            field_dict["data"] = data
        if variables is not UNSET:
            field_dict["variables"] = variables
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if urgent is not UNSET:
            field_dict["urgent"] = urgent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        recipient = _parse_recipient(src_dict["recipient"])

        related = _parse_related(src_dict.get("related", UNSET))

        _data = src_dict.get("data", UNSET)
        data: ExecutionSmsRequestData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ExecutionSmsRequestData.from_dict(_data)

        _variables = src_dict.get("variables", UNSET)
        variables: list[ExecutionSmsRequestVariablesItem] | Unset = UNSET
        if _variables is not UNSET:
            variables = []
            for variables_item_data in _variables:
                variables_item = ExecutionSmsRequestVariablesItem.from_dict(
                    variables_item_data
                )

                variables.append(variables_item)

        _stamp = src_dict.get("stamp", UNSET)
        stamp: Stamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = Stamp.from_dict(_stamp)

        urgent = src_dict.get("urgent", UNSET)

        _parsed = _new_object(cls)
        _parsed.recipient = recipient
        _parsed.related = related
        _parsed.data = data
        _parsed.variables = variables
        _parsed.stamp = stamp
        _parsed.urgent = urgent
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
        ExecutionSmsRequestData, \
        ExecutionSmsRequestVariablesItem, \
        RecipientByHash, \
        RecipientById, \
        RecipientByUnicity, \
        RecipientFootprint, \
        Stamp
    from ..models.execution_sms_request_data import ExecutionSmsRequestData
    from ..models.execution_sms_request_variables_item import (
        ExecutionSmsRequestVariablesItem,
    )
    from ..models.recipient_by_hash import RecipientByHash
    from ..models.recipient_by_id import RecipientById
    from ..models.recipient_by_unicity import RecipientByUnicity
    from ..models.recipient_footprint import RecipientFootprint
    from ..models.stamp import Stamp

    _references_bound = True
