from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.legacy_action_statistics_feedback_bounce import (
        LegacyActionStatisticsFeedbackBounce,
    )
    from ..models.legacy_action_statistics_feedback_click import (
        LegacyActionStatisticsFeedbackClick,
    )
    from ..models.legacy_action_statistics_feedback_opening import (
        LegacyActionStatisticsFeedbackOpening,
    )
    from ..models.legacy_action_statistics_feedback_reactive import (
        LegacyActionStatisticsFeedbackReactive,
    )
    from ..models.legacy_action_statistics_feedback_redlist import (
        LegacyActionStatisticsFeedbackRedlist,
    )
    from ..models.legacy_action_statistics_feedback_roi import (
        LegacyActionStatisticsFeedbackRoi,
    )
    from ..models.legacy_action_statistics_feedback_social import (
        LegacyActionStatisticsFeedbackSocial,
    )


T = TypeVar("T", bound="LegacyActionStatisticsFeedback")
_PROPERTY_NAMES = frozenset(
    {
        "reactive",
        "opening",
        "click",
        "roi",
        "social",
        "bounce",
        "redlist",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class LegacyActionStatisticsFeedback:
    """
    Attributes:
        reactive (LegacyActionStatisticsFeedbackReactive | Unset):
        opening (LegacyActionStatisticsFeedbackOpening | Unset):
        click (LegacyActionStatisticsFeedbackClick | Unset):
        roi (LegacyActionStatisticsFeedbackRoi | Unset):
        social (LegacyActionStatisticsFeedbackSocial | Unset):
        bounce (LegacyActionStatisticsFeedbackBounce | Unset):
        redlist (LegacyActionStatisticsFeedbackRedlist | Unset):
    """

    reactive: LegacyActionStatisticsFeedbackReactive | Unset = UNSET
    opening: LegacyActionStatisticsFeedbackOpening | Unset = UNSET
    click: LegacyActionStatisticsFeedbackClick | Unset = UNSET
    roi: LegacyActionStatisticsFeedbackRoi | Unset = UNSET
    social: LegacyActionStatisticsFeedbackSocial | Unset = UNSET
    bounce: LegacyActionStatisticsFeedbackBounce | Unset = UNSET
    redlist: LegacyActionStatisticsFeedbackRedlist | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        reactive: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reactive, Unset):
            reactive = part_json(self.reactive)

        opening: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opening, Unset):
            opening = part_json(self.opening)

        click: dict[str, Any] | Unset = UNSET
        if not isinstance(self.click, Unset):
            click = part_json(self.click)

        roi: dict[str, Any] | Unset = UNSET
        if not isinstance(self.roi, Unset):
            roi = part_json(self.roi)

        social: dict[str, Any] | Unset = UNSET
        if not isinstance(self.social, Unset):
            social = part_json(self.social)

        bounce: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bounce, Unset):
            bounce = part_json(self.bounce)

        redlist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redlist, Unset):
            redlist = part_json(self.redlist)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reactive is not UNSET:
            field_dict["reactive"] = reactive
        if opening is not UNSET:
            field_dict["opening"] = opening
        if click is not UNSET:
            field_dict["click"] = click
        if roi is not UNSET:
            field_dict["roi"] = roi
        if social is not UNSET:
            field_dict["social"] = social
        if bounce is not UNSET:
            field_dict["bounce"] = bounce
        if redlist is not UNSET:
            field_dict["redlist"] = redlist

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        _reactive = src_dict.get("reactive", UNSET)
        reactive: LegacyActionStatisticsFeedbackReactive | Unset
        if isinstance(_reactive, Unset):
            reactive = UNSET
        else:
            reactive = LegacyActionStatisticsFeedbackReactive.from_dict(_reactive)

        _opening = src_dict.get("opening", UNSET)
        opening: LegacyActionStatisticsFeedbackOpening | Unset
        if isinstance(_opening, Unset):
            opening = UNSET
        else:
            opening = LegacyActionStatisticsFeedbackOpening.from_dict(_opening)

        _click = src_dict.get("click", UNSET)
        click: LegacyActionStatisticsFeedbackClick | Unset
        if isinstance(_click, Unset):
            click = UNSET
        else:
            click = LegacyActionStatisticsFeedbackClick.from_dict(_click)

        _roi = src_dict.get("roi", UNSET)
        roi: LegacyActionStatisticsFeedbackRoi | Unset
        if isinstance(_roi, Unset):
            roi = UNSET
        else:
            roi = LegacyActionStatisticsFeedbackRoi.from_dict(_roi)

        _social = src_dict.get("social", UNSET)
        social: LegacyActionStatisticsFeedbackSocial | Unset
        if isinstance(_social, Unset):
            social = UNSET
        else:
            social = LegacyActionStatisticsFeedbackSocial.from_dict(_social)

        _bounce = src_dict.get("bounce", UNSET)
        bounce: LegacyActionStatisticsFeedbackBounce | Unset
        if isinstance(_bounce, Unset):
            bounce = UNSET
        else:
            bounce = LegacyActionStatisticsFeedbackBounce.from_dict(_bounce)

        _redlist = src_dict.get("redlist", UNSET)
        redlist: LegacyActionStatisticsFeedbackRedlist | Unset
        if isinstance(_redlist, Unset):
            redlist = UNSET
        else:
            redlist = LegacyActionStatisticsFeedbackRedlist.from_dict(_redlist)

        _parsed = _new_object(cls)
        _parsed.reactive = reactive
        _parsed.opening = opening
        _parsed.click = click
        _parsed.roi = roi
        _parsed.social = social
        _parsed.bounce = bounce
        _parsed.redlist = redlist
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
        LegacyActionStatisticsFeedbackBounce, \
        LegacyActionStatisticsFeedbackClick, \
        LegacyActionStatisticsFeedbackOpening, \
        LegacyActionStatisticsFeedbackReactive, \
        LegacyActionStatisticsFeedbackRedlist, \
        LegacyActionStatisticsFeedbackRoi, \
        LegacyActionStatisticsFeedbackSocial
    from ..models.legacy_action_statistics_feedback_bounce import (
        LegacyActionStatisticsFeedbackBounce,
    )
    from ..models.legacy_action_statistics_feedback_click import (
        LegacyActionStatisticsFeedbackClick,
    )
    from ..models.legacy_action_statistics_feedback_opening import (
        LegacyActionStatisticsFeedbackOpening,
    )
    from ..models.legacy_action_statistics_feedback_reactive import (
        LegacyActionStatisticsFeedbackReactive,
    )
    from ..models.legacy_action_statistics_feedback_redlist import (
        LegacyActionStatisticsFeedbackRedlist,
    )
    from ..models.legacy_action_statistics_feedback_roi import (
        LegacyActionStatisticsFeedbackRoi,
    )
    from ..models.legacy_action_statistics_feedback_social import (
        LegacyActionStatisticsFeedbackSocial,
    )

    _references_bound = True
