"""Push subscriptions, action categories and campaigns.

Subscriptions: ``PUT /subscriptions`` updates the subscription whose ``id`` exists, or creates one (with
the given ``id``, else a new UUID). A ``contact`` that identifies a stored target (a footprint's ``id``,
``unicity`` or ``hash``, or an ``id``/``unicity``/``hash`` typed ``value``) links the subscription to it:
the target-scoped lists find it, and reads render the target's current footprint. A contact naming no
stored target is kept as sent, unlinked. ``lifecycle`` is set by the sandbox, as NP6 sets it.

Categories: legacy CRUD; names are unique (case-insensitive), a clash answers 409.

Campaigns: ``create_campaign`` stores the campaign under a new UUID with server-set dates; the API has no
read operation, so :class:`Campaigns` is the way to look at them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define

from .._app import Call, Problem, Reply
from .._spec import Json
from ._contacts import Contacts
from ._core import Handlers, State
from ._dates import iso

handles = Handlers()

FIRST_CATEGORY_ID = 1234  # NP6's legacy examples start here


# -- subscriptions ----------------------------------------------------------------------------------


@define
class StoredSubscription:
    data: dict[str, Any]
    """The subscription as sent (plus its id and lifecycle)."""
    target_id: str | None
    """The stored target its contact identifies, if any."""


class Subscriptions:
    def __init__(self, state: State) -> None:
        self.state = state
        self.subscriptions: dict[str, StoredSubscription] = {}
        state.part(Contacts).on_delete.append(self.remove_target)

    def get(self, subscription_id: str) -> StoredSubscription:
        stored = self.subscriptions.get(subscription_id)
        if stored is None:
            raise Problem(404)
        return stored

    def put(self, body: Mapping[str, Json]) -> StoredSubscription:
        """Create the subscription, or update the one whose ``id`` the body names."""
        now = iso(self.state.now_ms())
        changes = {key: value for key, value in body.items() if key not in ("id", "lifecycle")}
        given_id = body.get("id")
        existing = self.subscriptions.get(given_id) if isinstance(given_id, str) else None
        if existing is None:
            subscription_id = given_id if isinstance(given_id, str) and given_id else self.state.new_uuid()
            data = {"id": subscription_id, "lifecycle": {"creation": {"date": now, "user": None}}, **changes}
            existing = self.subscriptions[subscription_id] = StoredSubscription(data, None)
        else:
            existing.data.update(changes)
            existing.data["lifecycle"]["modification"] = {"date": now, "user": None}
        if "contact" in changes:
            existing.target_id = self._linked_target(changes["contact"])
        return existing

    def of_target(self, target_id: str) -> list[StoredSubscription]:
        return [stored for stored in self.subscriptions.values() if stored.target_id == target_id]

    def remove_target(self, target_id: str) -> None:
        for stored in self.of_target(target_id):
            del self.subscriptions[stored.data["id"]]

    def render(self, stored: StoredSubscription) -> dict[str, Json]:
        target = self._contacts().find(target_id=stored.target_id) if stored.target_id else None
        if target is None:  # unlinked, or its target was deleted since: keep the contact as sent
            return dict(stored.data)
        return {**stored.data, "contact": self._contacts().footprint(target)}

    def _contacts(self) -> Contacts:
        return self.state.part(Contacts)

    def _linked_target(self, contact: Json) -> str | None:
        if not isinstance(contact, dict):
            return None
        contacts = self._contacts()
        kind = contact.get("type")
        if kind == "footprint":
            target_id, unicity, digest = contact.get("id"), contact.get("unicity"), contact.get("hash")
        else:  # the single-value variants (inferred): {"type": "id" | "unicity" | "hash", "value": ...}
            value = contact.get("value")
            target_id, unicity, digest = [value if kind == name else None for name in ("id", "unicity", "hash")]
        candidates = (
            contacts.find(target_id=target_id) if isinstance(target_id, str) else None,
            contacts.find(unicity=_unicity_key(contacts, unicity)),
            contacts.find(hash=digest) if isinstance(digest, str) else None,
        )
        target = next((found for found in candidates if found is not None), None)
        return str(target["id"]) if target is not None else None


def _unicity_key(contacts: Contacts, text: Json) -> list[str] | None:
    # A unicity over several fields is written joined with "|" (as in footprints); split it only then.
    if not isinstance(text, str):
        return None
    return text.split("|") if len(contacts.unicity_field_ids()) > 1 else [text]


def _subscriptions(state: State) -> Subscriptions:
    return state.part(Subscriptions)


def _target_by_identity(state: State, query: Mapping[str, Json]) -> str:
    contacts = state.part(Contacts)
    target = contacts.find(unicity=_unicity_key(contacts, query.get("unicity")), hash=query.get("hash"))
    if target is None:
        raise Problem(404)
    return str(target["id"])


@handles("create_or_update_subscription")
def create_or_update_subscription(state: State, call: Call) -> Json:
    subscriptions = _subscriptions(state)
    return subscriptions.render(subscriptions.put(call.body))


@handles("get_subscription")
def get_subscription(state: State, call: Call) -> Json:
    subscriptions = _subscriptions(state)
    return subscriptions.render(subscriptions.get(call.path["id"]))


@handles("delete_subscription")
def delete_subscription(state: State, call: Call) -> Reply:
    subscriptions = _subscriptions(state)
    subscriptions.get(call.path["id"])
    del subscriptions.subscriptions[call.path["id"]]
    return Reply(204)


@handles("list_target_subscriptions")
def list_target_subscriptions(state: State, call: Call) -> Json:
    target = state.part(Contacts).get(call.path["id"])
    subscriptions = _subscriptions(state)
    return [subscriptions.render(stored) for stored in subscriptions.of_target(target["id"])]


@handles("delete_target_subscriptions")
def delete_target_subscriptions(state: State, call: Call) -> Reply:
    target = state.part(Contacts).get(call.path["id"])
    _subscriptions(state).remove_target(target["id"])
    return Reply(204)


@handles("list_subscriptions_by_identity")
def list_subscriptions_by_identity(state: State, call: Call) -> Json:
    subscriptions = _subscriptions(state)
    target_id = _target_by_identity(state, call.query)
    return [subscriptions.render(stored) for stored in subscriptions.of_target(target_id)]


@handles("delete_subscriptions_by_identity")
def delete_subscriptions_by_identity(state: State, call: Call) -> Reply:
    _subscriptions(state).remove_target(_target_by_identity(state, call.query))
    return Reply(204)


# -- categories -------------------------------------------------------------------------------------


class Categories:
    def __init__(self, state: State) -> None:
        self.state = state
        self.categories: dict[int, dict[str, Json]] = {}

    def get(self, category_id: int) -> dict[str, Json]:
        category = self.categories.get(category_id)
        if category is None:
            raise Problem(404)
        return category

    def checked_name(self, body: Mapping[str, Json], except_id: int | None = None) -> str:
        """The body's name, stripped: 400 when empty, 409 when another category has it."""
        name = str(body["name"]).strip()
        if not name:
            raise Problem(400, "a category needs a name", "name")
        clash = any(
            str(category["name"]).casefold() == name.casefold() and category["id"] != except_id
            for category in self.categories.values()
        )
        if clash:
            raise Problem(409)
        return name


def _categories(state: State) -> Categories:
    return state.part(Categories)


@handles("list_categories")
def list_categories(state: State, call: Call) -> Json:
    return list(_categories(state).categories.values())


@handles("create_category")
def create_category(state: State, call: Call) -> Json:
    categories = _categories(state)
    name = categories.checked_name(call.body)
    category_id = state.next_number("category", FIRST_CATEGORY_ID)
    category: dict[str, Json] = {
        "id": category_id,
        "name": name,
        "description": call.body.get("description"),
        "creationDate": iso(state.now_ms()),
    }
    categories.categories[category_id] = category
    return category


@handles("get_category")
def get_category(state: State, call: Call) -> Json:
    return _categories(state).get(call.path["id"])


@handles("update_category")
def update_category(state: State, call: Call) -> Json:
    categories = _categories(state)
    category = categories.get(call.path["id"])
    category["name"] = categories.checked_name(call.body, except_id=call.path["id"])
    if "description" in call.body:
        category["description"] = call.body["description"]
    return category


@handles("delete_category")
def delete_category(state: State, call: Call) -> Reply:
    categories = _categories(state)
    categories.get(call.path["id"])
    del categories.categories[call.path["id"]]
    return Reply(204)


# -- campaigns --------------------------------------------------------------------------------------


class Campaigns:
    def __init__(self, state: State) -> None:
        self.state = state
        self.campaigns: dict[str, dict[str, Json]] = {}


@handles("create_campaign")
def create_campaign(state: State, call: Call) -> Json:
    now = iso(state.now_ms())
    # The id and the creation/update dates are the server's, whatever the body says.
    campaign: dict[str, Json] = {**call.body, "id": state.new_uuid(), "creationDate": now, "updateDate": now}
    state.part(Campaigns).campaigns[campaign["id"]] = campaign
    return campaign
