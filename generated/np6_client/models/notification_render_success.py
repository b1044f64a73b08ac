from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.notification_render_meta import NotificationRenderMeta


T = TypeVar("T", bound="NotificationRenderSuccess")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "meta",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class NotificationRenderSuccess:
    """A rendered notification (seen up to `meta.subscription`; the rest is not visible).

    Attributes:
        type_ (Literal['success']):
        meta (NotificationRenderMeta | Unset): What was rendered (seen; cut off after `subscription`).
    """

    type_: Literal["success"] = "success"
    meta: NotificationRenderMeta | Unset = UNSET
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

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = part_json(self.meta)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        type_: Literal["success"] = src_dict["type"]
        if type_ != "success":
            raise ValueError(f"type must match const 'success', got '{type_}'")

        _meta = src_dict.get("meta", UNSET)
        meta: NotificationRenderMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = NotificationRenderMeta.from_dict(_meta)

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.meta = meta
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
    global _references_bound, NotificationRenderMeta
    from ..models.notification_render_meta import NotificationRenderMeta

    _references_bound = True
