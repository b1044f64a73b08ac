from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, parse_uuid, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.subscription_contact_footprint import SubscriptionContactFootprint
    from ..models.subscription_contact_unknown import SubscriptionContactUnknown
    from ..models.subscription_lifecycle_request import SubscriptionLifecycleRequest
    from ..models.subscription_provider_firebase import SubscriptionProviderFirebase
    from ..models.subscription_provider_unknown import SubscriptionProviderUnknown


T = TypeVar("T", bound="SubscriptionRequest")
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "lifecycle",
        "application",
        "provider",
        "contact",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class SubscriptionRequest:
    """A push-notification subscription (seen): a device token at a push provider, for a mobile
    application, bound to a contact. No property is marked required by NP6. `lifecycle` is set by
    NP6 (the request sample of `PUT /subscriptions` carries none).

        Attributes:
            id (str | Unset): Subscription id; a UUID in examples (seen; rendered `uuid`, the .md page says plain string).
                Never empty:
                it is a path segment, and an empty one names another route (spec precision found by the contract tests).
            lifecycle (SubscriptionLifecycleRequest | Unset): Creation and modification audit (seen; `modification` inferred
                to share the shape). NP6 sets it; a request
                need not send it (the request sample of `PUT /subscriptions` carries none). Answers read it as
                `SubscriptionLifecycle`.
            application (UUID | Unset): The mobile application the subscription belongs to (seen).
            provider (SubscriptionProviderFirebase | SubscriptionProviderUnknown | Unset): The push provider and the device
                token (seen; discriminated by `type`). Only `firebase` is seen;
                others (e.g. APNs) fall in the catch-all.
            contact (SubscriptionContactFootprint | SubscriptionContactUnknown | Unset): The contact bound to the
                subscription (seen; discriminated by `type`). Only `footprint` is seen
                in examples; the rendered schema also shows a `value` ("Identifier of the contact"), i.e. other
                variants carrying a single value, probably `id`, `unicity` and `hash` as for recipients
                (inferred); they fall in the catch-all.
    """

    id: str | Unset = UNSET
    lifecycle: SubscriptionLifecycleRequest | Unset = UNSET
    application: UUID | Unset = UNSET
    provider: SubscriptionProviderFirebase | SubscriptionProviderUnknown | Unset = UNSET
    contact: SubscriptionContactFootprint | SubscriptionContactUnknown | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        id = self.id

        lifecycle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lifecycle, Unset):
            lifecycle = part_json(self.lifecycle)

        application: str | Unset = UNSET
        if not isinstance(self.application, Unset):
            application = str(self.application)

        provider: dict[str, Any] | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, SubscriptionProviderFirebase):
            provider = self.provider.to_dict()
        else:
            provider = part_json(self.provider)

        contact: dict[str, Any] | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, SubscriptionContactFootprint):
            contact = self.contact.to_dict()
        else:
            contact = part_json(self.contact)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if lifecycle is not UNSET:
            field_dict["lifecycle"] = lifecycle
        if application is not UNSET:
            field_dict["application"] = application
        if provider is not UNSET:
            field_dict["provider"] = provider
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        id = src_dict.get("id", UNSET)

        _lifecycle = src_dict.get("lifecycle", UNSET)
        lifecycle: SubscriptionLifecycleRequest | Unset
        if isinstance(_lifecycle, Unset):
            lifecycle = UNSET
        else:
            lifecycle = SubscriptionLifecycleRequest.from_dict(_lifecycle)

        _application = src_dict.get("application", UNSET)
        application: UUID | Unset
        if isinstance(_application, Unset):
            application = UNSET
        else:
            application = parse_uuid(_application)

        provider = _parse_provider(src_dict.get("provider", UNSET))

        contact = _parse_contact(src_dict.get("contact", UNSET))

        _parsed = _new_object(cls)
        _parsed.id = id
        _parsed.lifecycle = lifecycle
        _parsed.application = application
        _parsed.provider = provider
        _parsed.contact = contact
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


def _parse_provider(
    data: object,
) -> SubscriptionProviderFirebase | SubscriptionProviderUnknown | Unset:
    if isinstance(data, Unset):
        return data
    type_tag = data.get("type") if isinstance(data, dict) else None
    if type_tag == "firebase":
        try:
            componentsschemas_subscription_provider_type_0 = (
                SubscriptionProviderFirebase.from_dict(data)
            )

            return componentsschemas_subscription_provider_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_subscription_provider_type_1 = (
        SubscriptionProviderUnknown.from_dict(data)
    )

    return componentsschemas_subscription_provider_type_1


def _parse_contact(
    data: object,
) -> SubscriptionContactFootprint | SubscriptionContactUnknown | Unset:
    if isinstance(data, Unset):
        return data
    type_tag = data.get("type") if isinstance(data, dict) else None
    if type_tag == "footprint":
        try:
            componentsschemas_subscription_contact_type_0 = (
                SubscriptionContactFootprint.from_dict(data)
            )

            return componentsschemas_subscription_contact_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_subscription_contact_type_1 = (
        SubscriptionContactUnknown.from_dict(data)
    )

    return componentsschemas_subscription_contact_type_1


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global \
        _references_bound, \
        SubscriptionContactFootprint, \
        SubscriptionContactUnknown, \
        SubscriptionLifecycleRequest, \
        SubscriptionProviderFirebase, \
        SubscriptionProviderUnknown
    from ..models.subscription_contact_footprint import SubscriptionContactFootprint
    from ..models.subscription_contact_unknown import SubscriptionContactUnknown
    from ..models.subscription_lifecycle_request import SubscriptionLifecycleRequest
    from ..models.subscription_provider_firebase import SubscriptionProviderFirebase
    from ..models.subscription_provider_unknown import SubscriptionProviderUnknown

    _references_bound = True
