from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.legacy_action_statistics_feedback_redlist_complaint import (
        LegacyActionStatisticsFeedbackRedlistComplaint,
    )
    from ..models.legacy_action_statistics_feedback_redlist_unsubscribe import (
        LegacyActionStatisticsFeedbackRedlistUnsubscribe,
    )


T = TypeVar("T", bound="LegacyActionStatisticsFeedbackRedlist")


@_attrs_define
class LegacyActionStatisticsFeedbackRedlist:
    """
    Attributes:
        unsubscribe (LegacyActionStatisticsFeedbackRedlistUnsubscribe | Unset):
        complaint (LegacyActionStatisticsFeedbackRedlistComplaint | Unset):
    """

    unsubscribe: LegacyActionStatisticsFeedbackRedlistUnsubscribe | Unset = UNSET
    complaint: LegacyActionStatisticsFeedbackRedlistComplaint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unsubscribe: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unsubscribe, Unset):
            unsubscribe = self.unsubscribe.to_dict()

        complaint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.complaint, Unset):
            complaint = self.complaint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unsubscribe is not UNSET:
            field_dict["unsubscribe"] = unsubscribe
        if complaint is not UNSET:
            field_dict["complaint"] = complaint

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.legacy_action_statistics_feedback_redlist_complaint import (
            LegacyActionStatisticsFeedbackRedlistComplaint,
        )
        from ..models.legacy_action_statistics_feedback_redlist_unsubscribe import (
            LegacyActionStatisticsFeedbackRedlistUnsubscribe,
        )

        d = dict(src_dict)
        _unsubscribe = d.pop("unsubscribe", UNSET)
        unsubscribe: LegacyActionStatisticsFeedbackRedlistUnsubscribe | Unset
        if isinstance(_unsubscribe, Unset):
            unsubscribe = UNSET
        else:
            unsubscribe = LegacyActionStatisticsFeedbackRedlistUnsubscribe.from_dict(
                _unsubscribe
            )

        _complaint = d.pop("complaint", UNSET)
        complaint: LegacyActionStatisticsFeedbackRedlistComplaint | Unset
        if isinstance(_complaint, Unset):
            complaint = UNSET
        else:
            complaint = LegacyActionStatisticsFeedbackRedlistComplaint.from_dict(
                _complaint
            )

        legacy_action_statistics_feedback_redlist = cls(
            unsubscribe=unsubscribe,
            complaint=complaint,
        )

        legacy_action_statistics_feedback_redlist.additional_properties = d
        return legacy_action_statistics_feedback_redlist

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
