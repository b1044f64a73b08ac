from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.action_mail_from import ActionMailFrom


T = TypeVar("T", bound="ActionMailHeaders")
_PROPERTY_NAMES = frozenset(
    {
        "from",
        "reply",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ActionMailHeaders:
    """Mail headers of an action, or their overrides at render or execution time (seen).

    Attributes:
        from_ (ActionMailFrom | Unset): Sender (seen). Must be an object: a plain string gives 400 (3rd-party).
        reply (None | str | Unset): Reply-to address (seen). Nullable: the legacy action answer has `"content":
            {"headers": {...,
            "reply": null}}` (NP6/Driver `mocks/actions/created.json`; audit 2026-12, M1).
    """

    from_: ActionMailFrom | Unset = UNSET
    reply: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = part_json(self.from_)

        reply: None | str | Unset
        if isinstance(self.reply, Unset):
            reply = UNSET
        else:
            reply = self.reply

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if reply is not UNSET:
            field_dict["reply"] = reply

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        _from_ = src_dict.get("from", UNSET)
        from_: ActionMailFrom | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = ActionMailFrom.from_dict(_from_)

        reply = _parse_reply(src_dict.get("reply", UNSET))

        _parsed = _new_object(cls)
        _parsed.from_ = from_
        _parsed.reply = reply
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


def _parse_reply(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global _references_bound, ActionMailFrom
    from ..models.action_mail_from import ActionMailFrom

    _references_bound = True
