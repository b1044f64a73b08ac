from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.push_provider_apns_p12_certificate import (
        PushProviderApnsP12Certificate,
    )
    from ..models.unknown_push_provider_apns_certificate import (
        UnknownPushProviderApnsCertificate,
    )


T = TypeVar("T", bound="PushProviderApns")


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

    type_: Literal["apns"]
    certificate: (
        PushProviderApnsP12Certificate | UnknownPushProviderApnsCertificate | Unset
    ) = UNSET
    bundle: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.push_provider_apns_p12_certificate import (
            PushProviderApnsP12Certificate,
        )

        type_ = self.type_

        certificate: dict[str, Any] | Unset
        if isinstance(self.certificate, Unset):
            certificate = UNSET
        elif isinstance(self.certificate, PushProviderApnsP12Certificate):
            certificate = self.certificate.to_dict()
        else:
            certificate = self.certificate.to_dict()

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
        from ..models.push_provider_apns_p12_certificate import (
            PushProviderApnsP12Certificate,
        )
        from ..models.unknown_push_provider_apns_certificate import (
            UnknownPushProviderApnsCertificate,
        )

        d = dict(src_dict)
        type_ = cast("Literal['apns']", d.pop("type"))
        if type_ != "apns":
            raise ValueError(f"type must match const 'apns', got '{type_}'")

        def _parse_certificate(
            data: object,
        ) -> (
            PushProviderApnsP12Certificate | UnknownPushProviderApnsCertificate | Unset
        ):
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict) and data.get("type") == "p12":
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

        certificate = _parse_certificate(d.pop("certificate", UNSET))

        bundle = d.pop("bundle", UNSET)

        push_provider_apns = cls(
            type_=type_,
            certificate=certificate,
            bundle=bundle,
        )

        push_provider_apns.additional_properties = d
        return push_provider_apns

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
