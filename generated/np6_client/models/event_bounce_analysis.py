from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.event_bounce_subject_address import EventBounceSubjectAddress
    from ..models.event_bounce_subject_other_or_undefined import (
        EventBounceSubjectOtherOrUndefined,
    )
    from ..models.unknown_event_bounce_subject import UnknownEventBounceSubject


T = TypeVar("T", bound="EventBounceAnalysis")
_PROPERTY_NAMES = frozenset(
    {
        "verdict",
        "subject",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class EventBounceAnalysis:
    """NP6's analysis of the bounce (seen).

    Attributes:
        verdict (str): `soft` or `hard` (both seen in examples; the 3rd-party ADR gives the same pair). Kept a string
            because NP6 does not document it as a closed list.
        subject (EventBounceSubjectAddress | EventBounceSubjectOtherOrUndefined | UnknownEventBounceSubject | Unset):
            What the bounce is about, discriminated by `type` (seen: `address`, `other or undefined status`).
            The full list is not documented.
    """

    verdict: str
    subject: (
        EventBounceSubjectAddress
        | EventBounceSubjectOtherOrUndefined
        | UnknownEventBounceSubject
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
        verdict = self.verdict

        subject: dict[str, Any] | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        elif isinstance(self.subject, EventBounceSubjectAddress) or isinstance(
            self.subject, EventBounceSubjectOtherOrUndefined
        ):
            subject = self.subject.to_dict()
        else:
            subject = part_json(self.subject)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verdict": verdict,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        verdict = src_dict["verdict"]

        subject = _parse_subject(src_dict.get("subject", UNSET))

        _parsed = _new_object(cls)
        _parsed.verdict = verdict
        _parsed.subject = subject
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


def _parse_subject(
    data: object,
) -> (
    EventBounceSubjectAddress
    | EventBounceSubjectOtherOrUndefined
    | UnknownEventBounceSubject
    | Unset
):
    if isinstance(data, Unset):
        return data
    type_tag = data.get("type") if isinstance(data, dict) else None
    if type_tag == "address":
        try:
            componentsschemas_event_bounce_subject_type_0 = (
                EventBounceSubjectAddress.from_dict(data)
            )

            return componentsschemas_event_bounce_subject_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "other or undefined status":
        try:
            componentsschemas_event_bounce_subject_type_1 = (
                EventBounceSubjectOtherOrUndefined.from_dict(data)
            )

            return componentsschemas_event_bounce_subject_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_event_bounce_subject_type_2 = UnknownEventBounceSubject.from_dict(
        data
    )

    return componentsschemas_event_bounce_subject_type_2


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global \
        _references_bound, \
        EventBounceSubjectAddress, \
        EventBounceSubjectOtherOrUndefined, \
        UnknownEventBounceSubject
    from ..models.event_bounce_subject_address import EventBounceSubjectAddress
    from ..models.event_bounce_subject_other_or_undefined import (
        EventBounceSubjectOtherOrUndefined,
    )
    from ..models.unknown_event_bounce_subject import UnknownEventBounceSubject

    _references_bound = True
