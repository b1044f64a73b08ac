from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.event_activation import EventActivation
    from ..models.hit_link import HitLink


T = TypeVar("T", bound="HitEventDetail")
_PROPERTY_NAMES = frozenset(
    {
        "activation",
        "link",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class HitEventDetail:
    """Detail of an email hit event. Only `activation` is visible (seen; every published hit example is
    truncated after it). The rest is not documented and is kept as additional properties: a `link`
    object (3rd-party) and, very probably, robot-classification data (`genericrobot`, `mpp`, `gsr`),
    URL and user agent, under names that are not known (inferred).

        Attributes:
            activation (EventActivation): An activation: one message of an action handed over for one recipient (seen).
                Present in
                activation, bounce and hit events. The required fields are those present in every example
                (inferred). `receiver` is the base `Recipient` union (`id` and `footprint` seen here); a receiver of
                another type makes the whole source fall back to the channel's catch-all variant in the client.
            link (HitLink | Unset): The tracked link that was hit (3rd-party: a production team's ADR places it at
                `source.detail...link.type`; not visible in 8.1.0).
    """

    activation: EventActivation
    link: HitLink | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        activation = part_json(self.activation)

        link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link, Unset):
            link = part_json(self.link)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activation": activation,
            }
        )
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        activation = EventActivation.from_dict(src_dict["activation"])

        _link = src_dict.get("link", UNSET)
        link: HitLink | Unset
        if isinstance(_link, Unset):
            link = UNSET
        else:
            link = HitLink.from_dict(_link)

        _parsed = _new_object(cls)
        _parsed.activation = activation
        _parsed.link = link
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
    global _references_bound, EventActivation, HitLink
    from ..models.event_activation import EventActivation
    from ..models.hit_link import HitLink

    _references_bound = True
