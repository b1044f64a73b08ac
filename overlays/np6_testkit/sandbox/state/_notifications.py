"""Notification executions: the documented body (page ``notificationmanagement/a754f7ab``) executed against the
sandbox's contacts.

An item names its recipient as ``{"type": "contact", "value": <the identifiable contact>}``. NP6 does not show
the contact's own fields, so the sandbox reads the two shapes NP6 uses for a contact elsewhere: a recipient
identification (``{"type": "id" | "unicity" | "hash", "value": ...}``, as in the email executions) or the
contact's keys (``{"id": ...}``, ``{"unicity": ...}``, ``{"hash": ...}``, as in a notification render's
``receiver``). The content overrides (``title``, ``body``, ``icon``, ``redirection``, ...) are validated by the
spec and accepted as they are. Each item gets one result, in request order: a success with a new message id and
the contact's footprint, or a ``recipient not found`` error (without the recipient: which shape NP6 echoes for a
notification is not published).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._app import Call
from .._spec import Json
from ._actions import resolve
from ._contacts import Contacts
from ._core import Handlers, State

handles = Handlers()

CONTACT_KEYS = ("id", "unicity", "hash")


def _contact(contacts: Contacts, recipient: Json) -> dict[str, Any] | None:
    """The target a notification recipient designates, if the sandbox knows it."""
    if not isinstance(recipient, Mapping) or recipient.get("type") != "contact":
        return None
    value = recipient.get("value")
    if not isinstance(value, Mapping):
        return None
    if value.get("type") in CONTACT_KEYS:
        identification = dict(value)
        if identification["type"] == "unicity" and isinstance(identification.get("value"), str):
            identification["value"] = [identification["value"]]
        return resolve(contacts, identification)
    if isinstance(value.get("id"), str):
        return contacts.find(target_id=value["id"])
    if isinstance(value.get("unicity"), str):
        return contacts.find(unicity=value["unicity"].split("|"))
    if isinstance(value.get("hash"), str):
        return contacts.find(hash=value["hash"])
    return None


def _execute(state: State, request: Mapping[str, Json]) -> dict[str, Json]:
    contacts = state.part(Contacts)
    target = _contact(contacts, request.get("recipient"))
    if target is None:
        return {"type": "error", "value": {"type": "recipient not found"}}
    return {"type": "success", "id": state.new_uuid(), "recipient": contacts.footprint(target)}


@handles("execute_notification")
def execute_notification(state: State, call: Call) -> Json:
    return _execute(state, call.body)


@handles("execute_notification_batch")
def execute_notification_batch(state: State, call: Call) -> Json:
    """One result per item, in request order."""
    return [_execute(state, request) for request in call.body]
