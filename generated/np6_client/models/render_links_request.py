from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.render_context import RenderContext
    from ..models.render_link import RenderLink
    from ..models.render_links_request_data import RenderLinksRequestData
    from ..models.render_links_request_variables_item import (
        RenderLinksRequestVariablesItem,
    )
    from ..models.render_receiver import RenderReceiver
    from ..models.stamp import Stamp


T = TypeVar("T", bound="RenderLinksRequest")
_PROPERTY_NAMES = frozenset(
    {
        "receiver",
        "data",
        "variables",
        "context",
        "stamp",
        "links",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class RenderLinksRequest:
    """A render definition for `render_action_links` (seen).

    Attributes:
        receiver (RenderReceiver | Unset): Receiver identification of the render-links request, as 8.1.0 types it there:
            `type` (a
            discriminator) and `value` (a string target id) (seen). Spec note: it is not the `Recipient` union
            because the published sample sends `{"type": "string"}` (a Redocly placeholder); use the
            `Recipient` types `id` or `hash` in practice.
        data (RenderLinksRequestData | Unset): Render data, free-form (seen).
        variables (list[RenderLinksRequestVariablesItem] | Unset): Additional variables (seen).
        context (RenderContext | Unset): Render context, "views overrides" (seen).
        stamp (Stamp | Unset): Correlation stamp of a message (seen). `time` is epoch milliseconds; `id`, `thread` and
            `set` are
            UUIDs. A caller may supply one at execution time to correlate later events (inferred).
        links (list[RenderLink] | Unset): Links to render (seen).
    """

    receiver: RenderReceiver | Unset = UNSET
    data: RenderLinksRequestData | Unset = UNSET
    variables: list[RenderLinksRequestVariablesItem] | Unset = UNSET
    context: RenderContext | Unset = UNSET
    stamp: Stamp | Unset = UNSET
    links: list[RenderLink] | Unset = UNSET
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

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = part_json(self.data)

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = part_json(variables_item_data)
                variables.append(variables_item)

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = part_json(self.context)

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = part_json(self.stamp)

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = part_json(links_item_data)
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if data is not UNSET:
            field_dict["data"] = data
        if variables is not UNSET:
            field_dict["variables"] = variables
        if context is not UNSET:
            field_dict["context"] = context
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        _receiver = src_dict.get("receiver", UNSET)
        receiver: RenderReceiver | Unset
        if isinstance(_receiver, Unset):
            receiver = UNSET
        else:
            receiver = RenderReceiver.from_dict(_receiver)

        _data = src_dict.get("data", UNSET)
        data: RenderLinksRequestData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = RenderLinksRequestData.from_dict(_data)

        _variables = src_dict.get("variables", UNSET)
        variables: list[RenderLinksRequestVariablesItem] | Unset = UNSET
        if _variables is not UNSET:
            variables = []
            for variables_item_data in _variables:
                variables_item = RenderLinksRequestVariablesItem.from_dict(
                    variables_item_data
                )

                variables.append(variables_item)

        _context = src_dict.get("context", UNSET)
        context: RenderContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = RenderContext.from_dict(_context)

        _stamp = src_dict.get("stamp", UNSET)
        stamp: Stamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = Stamp.from_dict(_stamp)

        _links = src_dict.get("links", UNSET)
        links: list[RenderLink] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = RenderLink.from_dict(links_item_data)

                links.append(links_item)

        _parsed = _new_object(cls)
        _parsed.receiver = receiver
        _parsed.data = data
        _parsed.variables = variables
        _parsed.context = context
        _parsed.stamp = stamp
        _parsed.links = links
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
        RenderContext, \
        RenderLink, \
        RenderLinksRequestData, \
        RenderLinksRequestVariablesItem, \
        RenderReceiver, \
        Stamp
    from ..models.render_context import RenderContext
    from ..models.render_link import RenderLink
    from ..models.render_links_request_data import RenderLinksRequestData
    from ..models.render_links_request_variables_item import (
        RenderLinksRequestVariablesItem,
    )
    from ..models.render_receiver import RenderReceiver
    from ..models.stamp import Stamp

    _references_bound = True
