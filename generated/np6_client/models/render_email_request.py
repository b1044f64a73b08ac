from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.action_content_override import ActionContentOverride
    from ..models.action_mail_headers import ActionMailHeaders
    from ..models.recipient_by_hash import RecipientByHash
    from ..models.recipient_by_id import RecipientById
    from ..models.recipient_by_unicity import RecipientByUnicity
    from ..models.recipient_footprint import RecipientFootprint
    from ..models.render_context import RenderContext
    from ..models.render_email_request_blocks_item import RenderEmailRequestBlocksItem
    from ..models.render_email_request_data import RenderEmailRequestData
    from ..models.render_email_request_variables_item import (
        RenderEmailRequestVariablesItem,
    )
    from ..models.stamp import Stamp


T = TypeVar("T", bound="RenderEmailRequest")
_PROPERTY_NAMES = frozenset(
    {
        "receiver",
        "related",
        "data",
        "blocks",
        "variables",
        "stamp",
        "headers",
        "subject",
        "content",
        "context",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class RenderEmailRequest:
    """A render definition for an email action, media type `application/vnd.np6.cm.email` (seen; the
    docs call it "render definition"). Used by `/render` and `/renders`; `context` is listed for
    `/renders` only. No field is marked required.

        Attributes:
            receiver (RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | Unset): Identifies an
                existing target (seen; discriminated by `type`). There is no anonymous send: every
                recipient refers to a provisioned target (3rd-party). Only these four types exist (3rd-party).
            related (RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | Unset): Identifies an
                existing target (seen; discriminated by `type`). There is no anonymous send: every
                recipient refers to a provisioned target (3rd-party). Only these four types exist (3rd-party).
            data (RenderEmailRequestData | Unset): Render data, free-form (seen).
            blocks (list[RenderEmailRequestBlocksItem] | Unset): Blocks of extra data (seen; item shape not documented).
            variables (list[RenderEmailRequestVariablesItem] | Unset): Additional variables (seen; item shape not
                documented).
            stamp (Stamp | Unset): Correlation stamp of a message (seen). `time` is epoch milliseconds; `id`, `thread` and
                `set` are
                UUIDs. A caller may supply one at execution time to correlate later events (inferred).
            headers (ActionMailHeaders | Unset): Mail headers of an action, or their overrides at render or execution time
                (seen).
            subject (str | Unset): Subject override (seen).
            content (ActionContentOverride | Unset): Content override of a render or an execution (seen on the render
                request: a discriminated object
                whose `type` values are not documented). Needs a V4.1 template (3rd-party; otherwise 409).
            context (RenderContext | Unset): Render context, "views overrides" (seen).
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
    data: RenderEmailRequestData | Unset = UNSET
    blocks: list[RenderEmailRequestBlocksItem] | Unset = UNSET
    variables: list[RenderEmailRequestVariablesItem] | Unset = UNSET
    stamp: Stamp | Unset = UNSET
    headers: ActionMailHeaders | Unset = UNSET
    subject: str | Unset = UNSET
    content: ActionContentOverride | Unset = UNSET
    context: RenderContext | Unset = UNSET
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

        blocks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.blocks, Unset):
            blocks = []
            for blocks_item_data in self.blocks:
                blocks_item = part_json(blocks_item_data)
                blocks.append(blocks_item)

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = part_json(variables_item_data)
                variables.append(variables_item)

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = part_json(self.stamp)

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = part_json(self.headers)

        subject = self.subject

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = part_json(self.content)

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = part_json(self.context)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if related is not UNSET:
            field_dict["related"] = related
        if data is not UNSET:
            field_dict["data"] = data
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if variables is not UNSET:
            field_dict["variables"] = variables
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if headers is not UNSET:
            field_dict["headers"] = headers
        if subject is not UNSET:
            field_dict["subject"] = subject
        if content is not UNSET:
            field_dict["content"] = content
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        receiver = _parse_receiver(src_dict.get("receiver", UNSET))

        related = _parse_related(src_dict.get("related", UNSET))

        _data = src_dict.get("data", UNSET)
        data: RenderEmailRequestData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = RenderEmailRequestData.from_dict(_data)

        _blocks = src_dict.get("blocks", UNSET)
        blocks: list[RenderEmailRequestBlocksItem] | Unset = UNSET
        if _blocks is not UNSET:
            blocks = []
            for blocks_item_data in _blocks:
                blocks_item = RenderEmailRequestBlocksItem.from_dict(blocks_item_data)

                blocks.append(blocks_item)

        _variables = src_dict.get("variables", UNSET)
        variables: list[RenderEmailRequestVariablesItem] | Unset = UNSET
        if _variables is not UNSET:
            variables = []
            for variables_item_data in _variables:
                variables_item = RenderEmailRequestVariablesItem.from_dict(
                    variables_item_data
                )

                variables.append(variables_item)

        _stamp = src_dict.get("stamp", UNSET)
        stamp: Stamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = Stamp.from_dict(_stamp)

        _headers = src_dict.get("headers", UNSET)
        headers: ActionMailHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ActionMailHeaders.from_dict(_headers)

        subject = src_dict.get("subject", UNSET)

        _content = src_dict.get("content", UNSET)
        content: ActionContentOverride | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = ActionContentOverride.from_dict(_content)

        _context = src_dict.get("context", UNSET)
        context: RenderContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = RenderContext.from_dict(_context)

        _parsed = _new_object(cls)
        _parsed.receiver = receiver
        _parsed.related = related
        _parsed.data = data
        _parsed.blocks = blocks
        _parsed.variables = variables
        _parsed.stamp = stamp
        _parsed.headers = headers
        _parsed.subject = subject
        _parsed.content = content
        _parsed.context = context
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
        ActionContentOverride, \
        ActionMailHeaders, \
        RecipientByHash, \
        RecipientById, \
        RecipientByUnicity, \
        RecipientFootprint, \
        RenderContext, \
        RenderEmailRequestBlocksItem, \
        RenderEmailRequestData, \
        RenderEmailRequestVariablesItem, \
        Stamp
    from ..models.action_content_override import ActionContentOverride
    from ..models.action_mail_headers import ActionMailHeaders
    from ..models.recipient_by_hash import RecipientByHash
    from ..models.recipient_by_id import RecipientById
    from ..models.recipient_by_unicity import RecipientByUnicity
    from ..models.recipient_footprint import RecipientFootprint
    from ..models.render_context import RenderContext
    from ..models.render_email_request_blocks_item import RenderEmailRequestBlocksItem
    from ..models.render_email_request_data import RenderEmailRequestData
    from ..models.render_email_request_variables_item import (
        RenderEmailRequestVariablesItem,
    )
    from ..models.stamp import Stamp

    _references_bound = True
