from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.notification_channel_override import NotificationChannelOverride
    from ..models.notification_execution_request_data import (
        NotificationExecutionRequestData,
    )
    from ..models.notification_execution_request_variables_item import (
        NotificationExecutionRequestVariablesItem,
    )
    from ..models.notification_recipient import NotificationRecipient
    from ..models.notification_redirection import NotificationRedirection
    from ..models.stamp import Stamp


T = TypeVar("T", bound="NotificationExecutionRequest")
_PROPERTY_NAMES = frozenset(
    {
        "recipient",
        "title",
        "body",
        "icon",
        "thumbnail",
        "image",
        "data",
        "variables",
        "redirection",
        "channel",
        "stamp",
        "urgent",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class NotificationExecutionRequest:
    """Data used to execute the notification (seen, 8.1.0 `notificationmanagement/a754f7ab-1b8e-da33-e56d-7c5c589d4d61`,
    "Execute the specified notification"; the batch page `notificationmanagement/9e71a056` lists the same
    item parts; audit 2026-12, B1): "recipient object Defines the recipient identification / type string
    Discriminator / value object Defines the identifiable contact used as recipient / title string Defines
    the title override of the notifcation's content / body string ... icon string ... thumbnail string ...
    image string ... data object Defines data used to render views / variables Array of objects ...
    redirection object Defines the overriden default redirection / type string Discriminator / channel object
    ... stamp object ... urgent boolean". No field is marked required. The recipient is not the email
    `Recipient` union: its `value` is an object (the identifiable contact), as in the `receiver` of a
    published notification event (`"receiver": {"type": "contact", "value": {"type": "foo...`, cut).

        Attributes:
            recipient (NotificationRecipient | Unset): "Defines the recipient identification" (seen): a `type` discriminator
                and the identifiable contact as
                `value` (an object). `contact` is the only `type` value seen, in the `receiver` of a published
                notification event; the page lists no values, so `type` is an open string.
            title (str | Unset): Title override of the notification's content (seen).
            body (str | Unset): Body override of the notification's content (seen).
            icon (str | Unset): Icon override (seen).
            thumbnail (str | Unset): Thumbnail override (seen).
            image (str | Unset): Image override (seen).
            data (NotificationExecutionRequestData | Unset): Data used to render views (seen; free-form).
            variables (list[NotificationExecutionRequestVariablesItem] | Unset): Variables (seen as "Array of objects"; the
                items' fields are not documented).
            redirection (NotificationRedirection | Unset): "Defines the overriden default redirection" (seen), discriminated
                by `type` (seen; values and other
                fields not documented, any property is kept).
            channel (NotificationChannelOverride | Unset): Override of the underlying channel used to display the
                notification (seen by description; fields not documented).
            stamp (Stamp | Unset): Correlation stamp of a message (seen). `time` is epoch milliseconds; `id`, `thread` and
                `set` are
                UUIDs. A caller may supply one at execution time to correlate later events (inferred).
            urgent (bool | Unset): Urgency override (seen).
    """

    recipient: NotificationRecipient | Unset = UNSET
    title: str | Unset = UNSET
    body: str | Unset = UNSET
    icon: str | Unset = UNSET
    thumbnail: str | Unset = UNSET
    image: str | Unset = UNSET
    data: NotificationExecutionRequestData | Unset = UNSET
    variables: list[NotificationExecutionRequestVariablesItem] | Unset = UNSET
    redirection: NotificationRedirection | Unset = UNSET
    channel: NotificationChannelOverride | Unset = UNSET
    stamp: Stamp | Unset = UNSET
    urgent: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipient, Unset):
            recipient = part_json(self.recipient)

        title = self.title

        body = self.body

        icon = self.icon

        thumbnail = self.thumbnail

        image = self.image

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = part_json(self.data)

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = part_json(variables_item_data)
                variables.append(variables_item)

        redirection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redirection, Unset):
            redirection = part_json(self.redirection)

        channel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = part_json(self.channel)

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = part_json(self.stamp)

        urgent = self.urgent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if title is not UNSET:
            field_dict["title"] = title
        if body is not UNSET:
            field_dict["body"] = body
        if icon is not UNSET:
            field_dict["icon"] = icon
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if image is not UNSET:
            field_dict["image"] = image
        if data is not UNSET:
            field_dict["data"] = data
        if variables is not UNSET:
            field_dict["variables"] = variables
        if redirection is not UNSET:
            field_dict["redirection"] = redirection
        if channel is not UNSET:
            field_dict["channel"] = channel
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if urgent is not UNSET:
            field_dict["urgent"] = urgent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        _recipient = src_dict.get("recipient", UNSET)
        recipient: NotificationRecipient | Unset
        if isinstance(_recipient, Unset):
            recipient = UNSET
        else:
            recipient = NotificationRecipient.from_dict(_recipient)

        title = src_dict.get("title", UNSET)

        body = src_dict.get("body", UNSET)

        icon = src_dict.get("icon", UNSET)

        thumbnail = src_dict.get("thumbnail", UNSET)

        image = src_dict.get("image", UNSET)

        _data = src_dict.get("data", UNSET)
        data: NotificationExecutionRequestData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = NotificationExecutionRequestData.from_dict(_data)

        _variables = src_dict.get("variables", UNSET)
        variables: list[NotificationExecutionRequestVariablesItem] | Unset = UNSET
        if _variables is not UNSET:
            variables = []
            for variables_item_data in _variables:
                variables_item = NotificationExecutionRequestVariablesItem.from_dict(
                    variables_item_data
                )

                variables.append(variables_item)

        _redirection = src_dict.get("redirection", UNSET)
        redirection: NotificationRedirection | Unset
        if isinstance(_redirection, Unset):
            redirection = UNSET
        else:
            redirection = NotificationRedirection.from_dict(_redirection)

        _channel = src_dict.get("channel", UNSET)
        channel: NotificationChannelOverride | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = NotificationChannelOverride.from_dict(_channel)

        _stamp = src_dict.get("stamp", UNSET)
        stamp: Stamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = Stamp.from_dict(_stamp)

        urgent = src_dict.get("urgent", UNSET)

        _parsed = _new_object(cls)
        _parsed.recipient = recipient
        _parsed.title = title
        _parsed.body = body
        _parsed.icon = icon
        _parsed.thumbnail = thumbnail
        _parsed.image = image
        _parsed.data = data
        _parsed.variables = variables
        _parsed.redirection = redirection
        _parsed.channel = channel
        _parsed.stamp = stamp
        _parsed.urgent = urgent
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
        NotificationChannelOverride, \
        NotificationExecutionRequestData, \
        NotificationExecutionRequestVariablesItem, \
        NotificationRecipient, \
        NotificationRedirection, \
        Stamp
    from ..models.notification_channel_override import NotificationChannelOverride
    from ..models.notification_execution_request_data import (
        NotificationExecutionRequestData,
    )
    from ..models.notification_execution_request_variables_item import (
        NotificationExecutionRequestVariablesItem,
    )
    from ..models.notification_recipient import NotificationRecipient
    from ..models.notification_redirection import NotificationRedirection
    from ..models.stamp import Stamp

    _references_bound = True
