from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.action_content_override import ActionContentOverride
    from ..models.action_message_request_data import ActionMessageRequestData
    from ..models.recipient_by_hash import RecipientByHash
    from ..models.recipient_by_id import RecipientById
    from ..models.recipient_by_unicity import RecipientByUnicity
    from ..models.recipient_footprint import RecipientFootprint


T = TypeVar("T", bound="ActionMessageRequest")
_PROPERTY_NAMES = frozenset(
    {
        "data",
        "content",
        "copies",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ActionMessageRequest:
    """ "The message request model" of `send_action_message` (seen). The page text is cut off after
    `{"data": {}, "co…`: only `data` is certain. One field is described as "if the message is an email,
    the content of the message will be replaced by this parameter" (seen), modelled as `content`
    (inferred name). Other properties are allowed.

        Attributes:
            data (ActionMessageRequestData | Unset): Rendering data, free-form (seen).
            content (ActionContentOverride | Unset): Content override of a render or an execution (seen on the render
                request: a discriminated object
                whose `type` values are not documented). Needs a V4.1 template (3rd-party; otherwise 409).
            copies (list[RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint] | Unset): Carbon copies
                (inferred from the `co…` prefix and the execution request).
    """

    data: ActionMessageRequestData | Unset = UNSET
    content: ActionContentOverride | Unset = UNSET
    copies: (
        list[RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint]
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
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = part_json(self.data)

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = part_json(self.content)

        copies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.copies, Unset):
            copies = []
            for copies_item_data in self.copies:
                copies_item: dict[str, Any]
                if (
                    isinstance(copies_item_data, RecipientById)
                    or isinstance(copies_item_data, RecipientByUnicity)
                    or isinstance(copies_item_data, RecipientByHash)
                ):
                    copies_item = copies_item_data.to_dict()
                else:
                    copies_item = part_json(copies_item_data)

                copies.append(copies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if content is not UNSET:
            field_dict["content"] = content
        if copies is not UNSET:
            field_dict["copies"] = copies

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        _data = src_dict.get("data", UNSET)
        data: ActionMessageRequestData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ActionMessageRequestData.from_dict(_data)

        _content = src_dict.get("content", UNSET)
        content: ActionContentOverride | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = ActionContentOverride.from_dict(_content)

        _copies = src_dict.get("copies", UNSET)
        copies: (
            list[
                RecipientByHash
                | RecipientById
                | RecipientByUnicity
                | RecipientFootprint
            ]
            | Unset
        ) = UNSET
        if _copies is not UNSET:
            copies = []
            for copies_item_data in _copies:

                def _parse_copies_item(
                    data: object,
                ) -> (
                    RecipientByHash
                    | RecipientById
                    | RecipientByUnicity
                    | RecipientFootprint
                ):
                    type_tag = data.get("type") if isinstance(data, dict) else None
                    if type_tag == "id":
                        try:
                            componentsschemas_recipient_type_0 = (
                                RecipientById.from_dict(data)
                            )

                            return componentsschemas_recipient_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "unicity":
                        try:
                            componentsschemas_recipient_type_1 = (
                                RecipientByUnicity.from_dict(data)
                            )

                            return componentsschemas_recipient_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "hash":
                        try:
                            componentsschemas_recipient_type_2 = (
                                RecipientByHash.from_dict(data)
                            )

                            return componentsschemas_recipient_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_recipient_type_3 = RecipientFootprint.from_dict(
                        data
                    )

                    return componentsschemas_recipient_type_3

                copies_item = _parse_copies_item(copies_item_data)

                copies.append(copies_item)

        _parsed = _new_object(cls)
        _parsed.data = data
        _parsed.content = content
        _parsed.copies = copies
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
    global \
        _references_bound, \
        ActionContentOverride, \
        ActionMessageRequestData, \
        RecipientByHash, \
        RecipientById, \
        RecipientByUnicity, \
        RecipientFootprint
    from ..models.action_content_override import ActionContentOverride
    from ..models.action_message_request_data import ActionMessageRequestData
    from ..models.recipient_by_hash import RecipientByHash
    from ..models.recipient_by_id import RecipientById
    from ..models.recipient_by_unicity import RecipientByUnicity
    from ..models.recipient_footprint import RecipientFootprint

    _references_bound = True
