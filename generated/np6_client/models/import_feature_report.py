from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, set_fields_repr

T = TypeVar("T", bound="ImportFeatureReport")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "sendFinalReport",
        "sendErrorReport",
        "contactGuids",
        "groupIds",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ImportFeatureReport:
    """Who receives the end-of-import and error reports (seen; property types from the examples).

    Attributes:
        type_ (Literal['report']):
        send_final_report (bool | Unset):
        send_error_report (bool | Unset):
        contact_guids (list[str] | Unset): Ids of the NP6 users who receive the reports, e.g. `1C0193AB`.
        group_ids (list[int] | Unset): (legacy) Ids of user groups who receive the reports; absent from the 8.1.0
            examples.
    """

    type_: Literal["report"] = "report"
    send_final_report: bool | Unset = UNSET
    send_error_report: bool | Unset = UNSET
    contact_guids: list[str] | Unset = UNSET
    group_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        send_final_report = self.send_final_report

        send_error_report = self.send_error_report

        contact_guids: list[str] | Unset = UNSET
        if not isinstance(self.contact_guids, Unset):
            contact_guids = self.contact_guids

        group_ids: list[int] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if send_final_report is not UNSET:
            field_dict["sendFinalReport"] = send_final_report
        if send_error_report is not UNSET:
            field_dict["sendErrorReport"] = send_error_report
        if contact_guids is not UNSET:
            field_dict["contactGuids"] = contact_guids
        if group_ids is not UNSET:
            field_dict["groupIds"] = group_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        type_: Literal["report"] = src_dict["type"]
        if type_ != "report":
            raise ValueError(f"type must match const 'report', got '{type_}'")

        send_final_report = src_dict.get("sendFinalReport", UNSET)

        send_error_report = src_dict.get("sendErrorReport", UNSET)

        contact_guids = cast(list[str], src_dict.get("contactGuids", UNSET))

        group_ids = cast(list[int], src_dict.get("groupIds", UNSET))

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.send_final_report = send_final_report
        _parsed.send_error_report = send_error_report
        _parsed.contact_guids = contact_guids
        _parsed.group_ids = group_ids
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
