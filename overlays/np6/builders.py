"""Builders for NP6's nested request bodies: the generated request models, assembled from a few plain arguments.

::

    from np6 import builders

    client.fields.create_field(body=builders.text_field("firstname"))
    client.segments.create_segment(body=builders.static_segment("Testers", test=True))
    client.actions.create_action(
        body=builders.mail_action("Spring sale", sender="news@example.com", subject="Hi", html="<p>Hi</p>")
    )

Each returns the request model the operation takes (``FieldTextFieldRequest``, ``SegmentStaticRequest``,
``ActionMailMessageRequest``...), so what a builder leaves out can still be set on the model before sending.
An argument left as ``None`` is not sent: NP6 applies its default. Bad input (an empty name, a sender that is
not one address) is a ValueError before anything is sent.
"""

from __future__ import annotations

from typing import TypeVar

from np6_client.models import (
    ActionMailContent,
    ActionMailFrom,
    ActionMailHeaders,
    ActionMailMessageRequest,
    ActionSmsContent,
    ActionSmsMessageRequest,
    FieldDateRequest,
    FieldEmailRequest,
    FieldMultipleSelectListRequest,
    FieldNumericRequest,
    FieldPhoneRequest,
    FieldSingleSelectListRequest,
    FieldTextAreaRequest,
    FieldTextFieldRequest,
    SegmentStaticRequest,
)
from np6_client.types import UNSET, Unset

__all__ = [
    "date_field",
    "email_field",
    "mail_action",
    "multiple_select_field",
    "numeric_field",
    "phone_field",
    "single_select_field",
    "sms_action",
    "static_segment",
    "text_area_field",
    "text_field",
]


def _name(name: object, what: str) -> str:
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"a {what} needs a non-empty name, got {name!r}")
    return name


_FieldT = TypeVar(
    "_FieldT",
    FieldDateRequest,
    FieldEmailRequest,
    FieldMultipleSelectListRequest,
    FieldNumericRequest,
    FieldPhoneRequest,
    FieldSingleSelectListRequest,
    FieldTextAreaRequest,
    FieldTextFieldRequest,
)


def _optional(value: bool | None) -> bool | Unset:
    return UNSET if value is None else value


def _field(
    model: type[_FieldT], name: object, unicity: bool | None, mandatory: bool | None, criterion: bool | None
) -> _FieldT:
    return model(
        name=_name(name, "field"),
        is_unicity=_optional(unicity),
        is_mandatory=_optional(mandatory),
        is_criterion=_optional(criterion),
    )


def text_field(
    name: str, *, unicity: bool | None = None, mandatory: bool | None = None, criterion: bool | None = None
) -> FieldTextFieldRequest:
    """A single-line text field (``textField``)."""
    return _field(FieldTextFieldRequest, name, unicity, mandatory, criterion)


def text_area_field(
    name: str, *, unicity: bool | None = None, mandatory: bool | None = None, criterion: bool | None = None
) -> FieldTextAreaRequest:
    """A multi-line text field (``textArea``)."""
    return _field(FieldTextAreaRequest, name, unicity, mandatory, criterion)


def email_field(
    name: str, *, unicity: bool | None = None, mandatory: bool | None = None, criterion: bool | None = None
) -> FieldEmailRequest:
    """An email address field (``email``)."""
    return _field(FieldEmailRequest, name, unicity, mandatory, criterion)


def phone_field(
    name: str, *, unicity: bool | None = None, mandatory: bool | None = None, criterion: bool | None = None
) -> FieldPhoneRequest:
    """A phone number field (``phone``), what SMS actions send to."""
    return _field(FieldPhoneRequest, name, unicity, mandatory, criterion)


def numeric_field(
    name: str, *, unicity: bool | None = None, mandatory: bool | None = None, criterion: bool | None = None
) -> FieldNumericRequest:
    """A numeric field (``numeric``)."""
    return _field(FieldNumericRequest, name, unicity, mandatory, criterion)


def date_field(
    name: str, *, unicity: bool | None = None, mandatory: bool | None = None, criterion: bool | None = None
) -> FieldDateRequest:
    """A date field (``date``)."""
    return _field(FieldDateRequest, name, unicity, mandatory, criterion)


def single_select_field(
    name: str, value_list_id: int, *, mandatory: bool | None = None, criterion: bool | None = None
) -> FieldSingleSelectListRequest:
    """A one-choice field (``singleSelectList``) whose choices are the value list ``value_list_id``."""
    field = _field(FieldSingleSelectListRequest, name, None, mandatory, criterion)
    field.value_list_id = _value_list(value_list_id)
    return field


def multiple_select_field(
    name: str, value_list_id: int, *, mandatory: bool | None = None, criterion: bool | None = None
) -> FieldMultipleSelectListRequest:
    """A several-choice field (``multipleSelectList``) whose choices are the value list ``value_list_id``."""
    field = _field(FieldMultipleSelectListRequest, name, None, mandatory, criterion)
    field.value_list_id = _value_list(value_list_id)
    return field


def _value_list(value_list_id: object) -> int:
    if isinstance(value_list_id, bool) or not isinstance(value_list_id, int):
        raise ValueError(f"value_list_id is a value list's id (an int), got {value_list_id!r}")
    return value_list_id


def static_segment(name: str, *, test: bool | None = None, description: str | None = None) -> SegmentStaticRequest:
    """A static segment (members added with ``client.segments.add_targets``); ``test=True`` makes it usable in
    an action's test validation (``test_segments=``)."""
    return SegmentStaticRequest(
        name=_name(name, "segment"),
        is_test=UNSET if test is None else test,
        description=UNSET if description is None else description,
    )


def _sender(sender: object, label: str | None) -> ActionMailFrom:
    if not isinstance(sender, str) or sender.count("@") != 1 or not all(sender.split("@")) or " " in sender:
        raise ValueError(f"sender is one address such as 'news@example.com', got {sender!r}")
    prefix, domain = sender.split("@")
    return ActionMailFrom(prefix=prefix, domain=domain, label=UNSET if label is None else label)


def mail_action(
    name: str,
    *,
    sender: str,
    subject: str,
    html: str,
    text: str | None = None,
    sender_label: str | None = None,
    reply_to: str | None = None,
    description: str | None = None,
) -> ActionMailMessageRequest:
    """An email action (``mailMessage``) with its content: ``sender`` is the From address (``news@example.com``,
    NP6's ``prefix`` and ``domain``), ``sender_label`` its display name; ``html`` and ``subject`` may use
    NP6's ``{{field}}`` personalisation. Validate it (``client.actions.validate``) before sending."""
    headers = ActionMailHeaders(from_=_sender(sender, sender_label), reply=UNSET if reply_to is None else reply_to)
    content = ActionMailContent(headers=headers, subject=subject, html=html, text=UNSET if text is None else text)
    return ActionMailMessageRequest(
        name=_name(name, "mail action"), content=content, description=UNSET if description is None else description
    )


def sms_action(name: str, *, text: str, description: str | None = None) -> ActionSmsMessageRequest:
    """An SMS action (``smsMessage``) whose message is ``text`` (NP6's ``textContent``)."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"an SMS action needs a non-empty text, got {text!r}")
    return ActionSmsMessageRequest(
        name=_name(name, "SMS action"),
        content=ActionSmsContent(text_content=text),
        description=UNSET if description is None else description,
    )
