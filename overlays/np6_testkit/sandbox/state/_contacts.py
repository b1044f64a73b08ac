"""Fields, value lists and targets (contacts), with NP6's create/read asymmetry.

`POST /targets` takes field *names* (or ids) as top-level keys; reads return values keyed by field *id*
under `fields`; a unicity value that already exists answers 409 with an empty body.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .._app import Call, Problem, Reply
from .._spec import Json
from ._core import Handlers, State, base36
from ._dates import filter_ms, iso, ms_from_filter

handles = Handlers()

UNICITY_FIELD = {
    "type": "email",
    "id": 728,
    "name": "email",
    "isUnicity": True,
    "isMandatory": True,
    "isCriterion": True,
}
FIRST_TARGET_NUMBER = 36**5 * 21  # ids look like NP6's: "000L0000"
FIRST_FIELD_ID = 1000
FIELD_DEFAULTS = {"isUnicity": False, "isMandatory": False}
"""What NP6 answers for the flags a field was created without (every field it returns carries them)."""


class Contacts:
    def __init__(self, state: State) -> None:
        self.state = state
        self.fields: dict[int, dict[str, Json]] = {UNICITY_FIELD["id"]: dict(UNICITY_FIELD)}  # type: ignore[dict-item]
        self.targets: dict[str, dict[str, Any]] = {}
        self.by_unicity: dict[tuple[str, ...], str] = {}
        self.by_hash: dict[str, str] = {}
        self.redlists: dict[str, dict[str, dict[str, Json]]] = {"mail": {}, "sms": {}}
        self.bounces: dict[str, dict[int, dict[str, Json]]] = {}
        self.value_lists: dict[int, dict[str, Json]] = {}
        self.on_delete: list[Callable[[str], None]] = []
        """Called with each deleted target's id: the parts that refer to targets (segments, subscriptions)
        register here to forget it, so this part needs none of them."""
        self.groups: dict[str, Callable[[Json], Iterable[str]]] = {}
        """Target ids by group, per group kind, for bulk deletion (``{"type": "segment", "value": [...]}``)."""

    # -- fields -------------------------------------------------------------------------------------

    def unicity_field_ids(self) -> list[int]:
        return sorted(field_id for field_id, field in self.fields.items() if field.get("isUnicity"))

    def field_id(self, key: str) -> int:
        """The field a create/update body key names: a field name (case-insensitive) or a field id."""
        for field_id, field in self.fields.items():
            if str(field.get("name", "")).lower() == key.lower():
                return field_id
        if key.isdigit() and int(key) in self.fields:
            return int(key)
        raise Problem(400, f"unknown field {key!r}: use a field name or id from GET /fields", key)

    # -- targets ------------------------------------------------------------------------------------

    def unicity_of(self, values: Mapping[int, Json]) -> tuple[str, ...] | None:
        key = tuple(
            str(values[field_id]) for field_id in self.unicity_field_ids() if values.get(field_id) not in (None, "")
        )
        return key if key and len(key) == len(self.unicity_field_ids()) else None

    def values_from_body(self, body: Mapping[str, Json]) -> dict[int, Json]:
        if isinstance(body.get("fields"), dict):
            raise Problem(400, "target cannot be identified - unicity is null", "fields")
        return {self.field_id(key): value for key, value in body.items()}

    def create(self, values: dict[int, Json]) -> dict[str, Any]:
        unicity = self.unicity_of(values)
        if unicity is None:
            raise Problem(400, "target cannot be identified - unicity is null", "unicity")
        if unicity in self.by_unicity:
            raise Problem(409)
        number = self.state.next_number("target", FIRST_TARGET_NUMBER)
        target_id = base36(number, 8)
        now = iso(self.state.now_ms())
        digest = hashlib.md5(f"{self.state.seed}:{target_id}".encode(), usedforsecurity=False).hexdigest()
        target = {"id": target_id, "hash": digest, "creationDate": now, "lastUpdateDate": now, "values": values}
        self.targets[target_id] = target
        self.by_unicity[unicity] = target_id
        self.by_hash[digest] = target_id
        return target

    def update(self, target: dict[str, Any], changes: Mapping[int, Json]) -> dict[str, Any]:
        merged = {**target["values"], **changes}
        old, new = self.unicity_of(target["values"]), self.unicity_of(merged)
        if new is None:
            raise Problem(400, "target cannot be identified - unicity is null", "unicity")
        if new != old and new in self.by_unicity:
            raise Problem(409)
        if old is not None:
            self.by_unicity.pop(old, None)
        self.by_unicity[new] = target["id"]
        target["values"] = merged
        target["lastUpdateDate"] = iso(self.state.now_ms())
        return target

    def delete(self, target_id: str) -> None:
        target = self.targets.pop(target_id, None)
        if target is None:
            raise Problem(404)
        unicity = self.unicity_of(target["values"])
        if unicity is not None:
            self.by_unicity.pop(unicity, None)
        self.by_hash.pop(target["hash"], None)
        for forget in self.on_delete:
            forget(target_id)

    def get(self, target_id: str) -> dict[str, Any]:
        target = self.targets.get(target_id)
        if target is None:
            raise Problem(404)
        return target

    def find(
        self, *, target_id: str | None = None, unicity: Iterable[str] | None = None, hash: str | None = None
    ) -> dict[str, Any] | None:
        if target_id is not None:
            return self.targets.get(target_id)
        if unicity is not None:
            found = self.by_unicity.get(tuple(unicity))
            return self.targets.get(found) if found else None
        if hash is not None:
            found = self.by_hash.get(hash)
            return self.targets.get(found) if found else None
        return None

    def by_identity(self, query: Mapping[str, Json]) -> dict[str, Any]:
        target = self.find(target_id=query.get("id"), unicity=_as_list(query.get("unicity")), hash=query.get("hash"))
        if target is None:
            raise Problem(404)
        return target

    def unicity_text(self, target: Mapping[str, Any]) -> str:
        unicity = self.unicity_of(target["values"]) or ("",)
        return "|".join(unicity)

    def footprint(self, target: Mapping[str, Any]) -> dict[str, Json]:
        return {"type": "footprint", "id": target["id"], "unicity": self.unicity_text(target), "hash": target["hash"]}

    def address(self, target: Mapping[str, Any]) -> str:
        """The address a message to this target goes to: its first email-typed field's value."""
        for field_id, field in sorted(self.fields.items()):
            if field.get("type") == "email" and target["values"].get(field_id):
                return str(target["values"][field_id])
        return self.unicity_text(target)

    @staticmethod
    def render(target: Mapping[str, Any]) -> dict[str, Json]:
        return {
            "id": target["id"],
            "hash": target["hash"],
            "creationDate": target["creationDate"],
            "lastUpdateDate": target["lastUpdateDate"],
            "fields": {str(field_id): value for field_id, value in target["values"].items()},
        }


def _as_list(value: Json) -> list[str] | None:
    if value is None:
        return None
    return [str(item) for item in value] if isinstance(value, list) else [str(value)]


def _contacts(state: State) -> Contacts:
    return state.part(Contacts)


# -- fields -----------------------------------------------------------------------------------------


@handles("list_fields")
def list_fields(state: State, call: Call) -> Json:
    return list(_contacts(state).fields.values())


@handles("create_field")
def create_field(state: State, call: Call) -> Json:
    contacts = _contacts(state)
    name = str(call.body.get("name", "")).strip()
    if not name:
        raise Problem(400, "a field needs a name", "name")
    if any(str(field.get("name", "")).lower() == name.lower() for field in contacts.fields.values()):
        raise Problem(409)
    field_id = state.next_number("field", FIRST_FIELD_ID)
    field = {**FIELD_DEFAULTS, **call.body, "id": field_id, "name": name}
    contacts.fields[field_id] = field
    return field


def _field(state: State, call: Call) -> dict[str, Json]:
    field = _contacts(state).fields.get(int(call.path["id"]))
    if field is None:
        raise Problem(404)
    return field


@handles("get_field")
def get_field(state: State, call: Call) -> Json:
    return _field(state, call)


@handles("update_field")
def update_field(state: State, call: Call) -> Json:
    field = _field(state, call)
    contacts = _contacts(state)
    name = str(call.body.get("name", field.get("name", "")))
    if any(
        other is not field and str(other.get("name", "")).lower() == name.lower() for other in contacts.fields.values()
    ):
        raise Problem(409)
    field.clear()
    field.update({**FIELD_DEFAULTS, **call.body, "id": int(call.path["id"]), "name": name})
    return field


@handles("delete_field")
def delete_field(state: State, call: Call) -> Reply:
    field = _field(state, call)
    contacts = _contacts(state)
    if field.get("isUnicity") and contacts.targets:
        raise Problem(409)
    del contacts.fields[int(call.path["id"])]
    return Reply(204)


# -- targets ----------------------------------------------------------------------------------------


@handles("create_target")
def create_target(state: State, call: Call) -> Json:
    contacts = _contacts(state)
    return contacts.render(contacts.create(contacts.values_from_body(call.body)))


@handles("get_target")
def get_target(state: State, call: Call) -> Json:
    contacts = _contacts(state)
    return contacts.render(contacts.get(call.path["id"]))


@handles("get_target_by_identity")
def get_target_by_identity(state: State, call: Call) -> Json:
    contacts = _contacts(state)
    return contacts.render(contacts.by_identity(call.query))


@handles("update_target")
def update_target(state: State, call: Call) -> Json:
    contacts = _contacts(state)
    target = contacts.get(call.path["id"])
    return contacts.render(contacts.update(target, contacts.values_from_body(call.body)))


@handles("update_target_by_identity")
def update_target_by_identity(state: State, call: Call) -> Json:
    """Legacy semantics: update the target, or create it when the unicity value is unknown."""
    contacts = _contacts(state)
    values = contacts.values_from_body(call.body)
    target = contacts.find(unicity=_as_list(call.query.get("unicity")), hash=call.query.get("hash"))
    if target is not None:
        return contacts.render(contacts.update(target, values))
    if call.query.get("hash") is not None:
        raise Problem(404)
    unicity_ids = contacts.unicity_field_ids()
    given = _as_list(call.query.get("unicity")) or []
    values = {**dict(zip(unicity_ids, given, strict=False)), **values}
    return contacts.render(contacts.create(values))


@handles("delete_target")
def delete_target(state: State, call: Call) -> Reply:
    _contacts(state).delete(call.path["id"])
    return Reply(204)


@handles("delete_targets")
def delete_targets(state: State, call: Call) -> Reply:
    contacts = _contacts(state)
    kind, value = call.body["type"], call.body.get("value")
    if value is None:
        raise Problem(400, f"a {kind} bulk deletion needs a value", "value")
    values = value if isinstance(value, list) else [value]
    if kind in contacts.groups:
        ids = [target_id for group in values for target_id in contacts.groups[kind](group)]
    elif kind == "id":
        ids = [str(item) for item in values]
    else:
        found = (contacts.find(unicity=_as_list(item)) for item in values)
        ids = [target["id"] for target in found if target is not None]
    for target_id in dict.fromkeys(ids):
        if target_id in contacts.targets:
            contacts.delete(target_id)
    return Reply(204)


@handles("count_targets")
def count_targets(state: State, call: Call) -> Json:
    return {"targetsCount": len(_contacts(state).targets)}


# -- redlists and bounces ---------------------------------------------------------------------------


def _redlist(state: State, call: Call, channel: str) -> Reply:
    contacts = _contacts(state)
    target = contacts.get(call.path["id"])
    entry = {**call.body, "id": target["id"]}
    entry.setdefault("timestamp", iso(state.now_ms()))
    entry.setdefault("origin", 1)
    contacts.redlists[channel][target["id"]] = entry
    return Reply(204)


@handles("add_target_to_mail_redlist")
def add_target_to_mail_redlist(state: State, call: Call) -> Reply:
    return _redlist(state, call, "mail")


@handles("add_target_to_sms_redlist")
def add_target_to_sms_redlist(state: State, call: Call) -> Reply:
    return _redlist(state, call, "sms")


def _in_timeline(timestamp: Json, query: Mapping[str, Json]) -> bool:
    if timestamp is None:
        return "startDate" not in query and "endDate" not in query
    moment = ms_from_filter(timestamp)
    start, end = filter_ms(query, "startDate"), filter_ms(query, "endDate")
    return (start is None or moment >= start) and (end is None or moment < end)


def _list_redlist(state: State, call: Call, channel: str) -> Json:
    entries = _contacts(state).redlists[channel].values()
    return [entry for entry in entries if _in_timeline(entry.get("timestamp"), call.query)]


@handles("list_mail_redlist")
def list_mail_redlist(state: State, call: Call) -> Json:
    return _list_redlist(state, call, "mail")


@handles("list_sms_redlist")
def list_sms_redlist(state: State, call: Call) -> Json:
    return _list_redlist(state, call, "sms")


@handles("set_target_bounce")
def set_target_bounce(state: State, call: Call) -> Reply:
    contacts = _contacts(state)
    target = contacts.get(call.path["id"])
    field_id = int(call.path["fieldId"])
    if field_id not in contacts.fields:
        raise Problem(404)
    bounce = {**call.body, "fieldId": field_id}
    bounce.setdefault("timestamp", iso(state.now_ms()))
    contacts.bounces.setdefault(target["id"], {})[field_id] = bounce
    return Reply(204)


@handles("list_bounced_targets")
def list_bounced_targets(state: State, call: Call) -> Json:
    contacts = _contacts(state)
    return [
        {"id": target_id, "bounces": [b for b in bounces.values() if _in_timeline(b.get("timestamp"), call.query)]}
        for target_id, bounces in contacts.bounces.items()
    ]


# -- value lists ------------------------------------------------------------------------------------


@handles("list_value_lists")
def list_value_lists(state: State, call: Call) -> Json:
    return list(_contacts(state).value_lists.values())


@handles("create_value_list")
def create_value_list(state: State, call: Call) -> Json:
    value_list = {**call.body, "id": state.next_number("value_list", 1)}
    _contacts(state).value_lists[value_list["id"]] = value_list
    return value_list


@handles("get_value_list")
def get_value_list(state: State, call: Call) -> Json:
    value_list = _contacts(state).value_lists.get(int(call.path["id"]))
    if value_list is None:
        raise Problem(404)
    return value_list


@handles("update_value_list")
def update_value_list(state: State, call: Call) -> Json:
    value_lists = _contacts(state).value_lists
    value_list_id = int(call.path["id"])
    if value_list_id not in value_lists:
        raise Problem(404)
    value_lists[value_list_id] = {**call.body, "id": value_list_id}
    return value_lists[value_list_id]
