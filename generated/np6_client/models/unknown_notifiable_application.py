from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, parse_uuid, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.notifiable_application_named_expression import (
        NotifiableApplicationNamedExpression,
    )
    from ..models.notifiable_application_stamp import NotifiableApplicationStamp
    from ..models.push_provider_apns import PushProviderApns
    from ..models.push_provider_firebase import PushProviderFirebase
    from ..models.push_provider_http import PushProviderHttp
    from ..models.unknown_push_provider import UnknownPushProvider


T = TypeVar("T", bound="UnknownNotifiableApplication")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "id",
        "name",
        "description",
        "active",
        "icon",
        "providers",
        "routes",
        "channels",
        "stamp",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class UnknownNotifiableApplication:
    """A notifiable application of a kind this spec does not know, as NP6 returns it (catch-all): `type` and
    `id` are required (see `x-np6-required`).

        Attributes:
            type_ (str):
            id (UUID):
            name (str | Unset):
            description (str | Unset):
            active (bool | Unset): Whether the application is online.
            icon (None | str | Unset):
            providers (list[PushProviderApns | PushProviderFirebase | PushProviderHttp | UnknownPushProvider] | Unset): The
                services used to deliver notifications to the application.
            routes (list[NotifiableApplicationNamedExpression] | Unset): Existing routes used for redirections.
            channels (list[NotifiableApplicationNamedExpression] | None | Unset): Existing channels used to control display.
            stamp (NotifiableApplicationStamp | Unset): `NotifiableApplicationStampRequest` as NP6 returns it: both times
                are required (see `x-np6-required`).
    """

    type_: str
    id: UUID
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    active: bool | Unset = UNSET
    icon: None | str | Unset = UNSET
    providers: (
        list[
            PushProviderApns
            | PushProviderFirebase
            | PushProviderHttp
            | UnknownPushProvider
        ]
        | Unset
    ) = UNSET
    routes: list[NotifiableApplicationNamedExpression] | Unset = UNSET
    channels: list[NotifiableApplicationNamedExpression] | None | Unset = UNSET
    stamp: NotifiableApplicationStamp | Unset = UNSET
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

        id = str(self.id)

        name = self.name

        description = self.description

        active = self.active

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        providers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.providers, Unset):
            providers = []
            for providers_item_data in self.providers:
                providers_item: dict[str, Any]
                if (
                    isinstance(providers_item_data, PushProviderFirebase)
                    or isinstance(providers_item_data, PushProviderApns)
                    or isinstance(providers_item_data, PushProviderHttp)
                ):
                    providers_item = providers_item_data.to_dict()
                else:
                    providers_item = part_json(providers_item_data)

                providers.append(providers_item)

        routes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.routes, Unset):
            routes = []
            for routes_item_data in self.routes:
                routes_item = part_json(routes_item_data)
                routes.append(routes_item)

        channels: list[dict[str, Any]] | None | Unset
        if isinstance(self.channels, Unset):
            channels = UNSET
        elif isinstance(self.channels, list):
            channels = []
            for channels_type_0_item_data in self.channels:
                channels_type_0_item = part_json(channels_type_0_item_data)
                channels.append(channels_type_0_item)

        else:
            channels = self.channels

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = part_json(self.stamp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active
        if icon is not UNSET:
            field_dict["icon"] = icon
        if providers is not UNSET:
            field_dict["providers"] = providers
        if routes is not UNSET:
            field_dict["routes"] = routes
        if channels is not UNSET:
            field_dict["channels"] = channels
        if stamp is not UNSET:
            field_dict["stamp"] = stamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        type_ = src_dict["type"]

        id = parse_uuid(src_dict["id"])

        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        active = src_dict.get("active", UNSET)

        icon = _parse_icon(src_dict.get("icon", UNSET))

        _providers = src_dict.get("providers", UNSET)
        providers: (
            list[
                PushProviderApns
                | PushProviderFirebase
                | PushProviderHttp
                | UnknownPushProvider
            ]
            | Unset
        ) = UNSET
        if _providers is not UNSET:
            providers = []
            for providers_item_data in _providers:

                def _parse_providers_item(
                    data: object,
                ) -> (
                    PushProviderApns
                    | PushProviderFirebase
                    | PushProviderHttp
                    | UnknownPushProvider
                ):
                    type_tag = data.get("type") if isinstance(data, dict) else None
                    if type_tag == "firebase":
                        try:
                            componentsschemas_push_provider_type_0 = (
                                PushProviderFirebase.from_dict(data)
                            )

                            return componentsschemas_push_provider_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "apns":
                        try:
                            componentsschemas_push_provider_type_1 = (
                                PushProviderApns.from_dict(data)
                            )

                            return componentsschemas_push_provider_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "http":
                        try:
                            componentsschemas_push_provider_type_2 = (
                                PushProviderHttp.from_dict(data)
                            )

                            return componentsschemas_push_provider_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_push_provider_type_3 = (
                        UnknownPushProvider.from_dict(data)
                    )

                    return componentsschemas_push_provider_type_3

                providers_item = _parse_providers_item(providers_item_data)

                providers.append(providers_item)

        _routes = src_dict.get("routes", UNSET)
        routes: list[NotifiableApplicationNamedExpression] | Unset = UNSET
        if _routes is not UNSET:
            routes = []
            for routes_item_data in _routes:
                routes_item = NotifiableApplicationNamedExpression.from_dict(
                    routes_item_data
                )

                routes.append(routes_item)

        channels = _parse_channels(src_dict.get("channels", UNSET))

        _stamp = src_dict.get("stamp", UNSET)
        stamp: NotifiableApplicationStamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = NotifiableApplicationStamp.from_dict(_stamp)

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.id = id
        _parsed.name = name
        _parsed.description = description
        _parsed.active = active
        _parsed.icon = icon
        _parsed.providers = providers
        _parsed.routes = routes
        _parsed.channels = channels
        _parsed.stamp = stamp
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


def _parse_icon(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_channels(
    data: object,
) -> list[NotifiableApplicationNamedExpression] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        channels_type_0 = []
        _channels_type_0 = data
        for channels_type_0_item_data in _channels_type_0:
            channels_type_0_item = NotifiableApplicationNamedExpression.from_dict(
                channels_type_0_item_data
            )

            channels_type_0.append(channels_type_0_item)

        return channels_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[NotifiableApplicationNamedExpression] | None | Unset, data)


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global \
        _references_bound, \
        NotifiableApplicationNamedExpression, \
        NotifiableApplicationStamp, \
        PushProviderApns, \
        PushProviderFirebase, \
        PushProviderHttp, \
        UnknownPushProvider
    from ..models.notifiable_application_named_expression import (
        NotifiableApplicationNamedExpression,
    )
    from ..models.notifiable_application_stamp import NotifiableApplicationStamp
    from ..models.push_provider_apns import PushProviderApns
    from ..models.push_provider_firebase import PushProviderFirebase
    from ..models.push_provider_http import PushProviderHttp
    from ..models.unknown_push_provider import UnknownPushProvider

    _references_bound = True
