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
    from ..models.push_provider_apns_p12_certificate import (
        PushProviderApnsP12Certificate,
    )
    from ..models.unknown_push_provider_apns_certificate import (
        UnknownPushProviderApnsCertificate,
    )


T = TypeVar("T", bound="PushProviderApns")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "certificate",
        "bundle",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class PushProviderApns:
    """Apple Push Notification service provider (seen).

    Attributes:
        type_ (Literal['apns']):
        certificate (PushProviderApnsP12Certificate | UnknownPushProviderApnsCertificate | Unset): An APNs certificate,
            discriminated by `type` (seen). Only `p12` is documented; other kinds fall into
            `UnknownPushProviderApnsCertificate`.
        bundle (str | Unset): The application's bundle id.
    """

    type_: Literal["apns"] = "apns"
    certificate: (
        PushProviderApnsP12Certificate | UnknownPushProviderApnsCertificate | Unset
    ) = UNSET
    bundle: str | Unset = UNSET
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

        certificate: dict[str, Any] | Unset
        if isinstance(self.certificate, Unset):
            certificate = UNSET
        elif isinstance(self.certificate, PushProviderApnsP12Certificate):
            certificate = self.certificate.to_dict()
        else:
            certificate = part_json(self.certificate)

        bundle = self.bundle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if certificate is not UNSET:
            field_dict["certificate"] = certificate
        if bundle is not UNSET:
            field_dict["bundle"] = bundle

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        type_: Literal["apns"] = src_dict["type"]
        if type_ != "apns":
            raise ValueError(f"type must match const 'apns', got '{type_}'")

        certificate = _parse_certificate(src_dict.get("certificate", UNSET))

        bundle = src_dict.get("bundle", UNSET)

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.certificate = certificate
        _parsed.bundle = bundle
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


def _parse_certificate(
    data: object,
) -> PushProviderApnsP12Certificate | UnknownPushProviderApnsCertificate | Unset:
    if isinstance(data, Unset):
        return data
    type_tag = data.get("type") if isinstance(data, dict) else None
    if type_tag == "p12":
        try:
            componentsschemas_push_provider_apns_certificate_type_0 = (
                PushProviderApnsP12Certificate.from_dict(data)
            )

            return componentsschemas_push_provider_apns_certificate_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_push_provider_apns_certificate_type_1 = (
        UnknownPushProviderApnsCertificate.from_dict(data)
    )

    return componentsschemas_push_provider_apns_certificate_type_1


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global \
        _references_bound, \
        PushProviderApnsP12Certificate, \
        UnknownPushProviderApnsCertificate
    from ..models.push_provider_apns_p12_certificate import (
        PushProviderApnsP12Certificate,
    )
    from ..models.unknown_push_provider_apns_certificate import (
        UnknownPushProviderApnsCertificate,
    )

    _references_bound = True
