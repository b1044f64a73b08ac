from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.legacy_action_statistics_feedback_social_facebook import (
        LegacyActionStatisticsFeedbackSocialFacebook,
    )


T = TypeVar("T", bound="LegacyActionStatisticsFeedbackSocial")


@_attrs_define
class LegacyActionStatisticsFeedbackSocial:
    """
    Attributes:
        facebook (LegacyActionStatisticsFeedbackSocialFacebook | Unset):
    """

    facebook: LegacyActionStatisticsFeedbackSocialFacebook | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        facebook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facebook, Unset):
            facebook = self.facebook.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if facebook is not UNSET:
            field_dict["facebook"] = facebook

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.legacy_action_statistics_feedback_social_facebook import (
            LegacyActionStatisticsFeedbackSocialFacebook,
        )

        d = dict(src_dict)
        _facebook = d.pop("facebook", UNSET)
        facebook: LegacyActionStatisticsFeedbackSocialFacebook | Unset
        if isinstance(_facebook, Unset):
            facebook = UNSET
        else:
            facebook = LegacyActionStatisticsFeedbackSocialFacebook.from_dict(_facebook)

        legacy_action_statistics_feedback_social = cls(
            facebook=facebook,
        )

        legacy_action_statistics_feedback_social.additional_properties = d
        return legacy_action_statistics_feedback_social

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
