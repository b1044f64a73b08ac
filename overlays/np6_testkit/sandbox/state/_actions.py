"""Actions (email and SMS messages): CRUD, NP6's two-phase validation, sends, renders and archives.

The state machine follows the spec's ``ActionState`` (`x-np6-transitions`): created in 10 (no content)
or 20 (content); ``POST /validation {fortest: true, testSegments}`` 20 -> 38; ``{fortest: false}``
38 -> 50; ``DELETE /validation`` 38/50 -> 20. Sends need state 50 and answer 409 with an empty body
otherwise. Every successful send is recorded in the event log (:mod:`._events`), which also answers
the archive and legacy statistics operations.
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from np6.spec import action_states, channels

from .._app import Call, Problem, Reply
from .._spec import Json
from ._contacts import Contacts
from ._core import Handlers, State, base36
from ._dates import filter_ms, iso, ms_from_filter
from ._events import EventLog, Send, event_log, record_send, stable_uuid, unpack_row
from ._segments import Segments

FIRST_ACTION_NUMBER = 25 * 36**2 + 14 * 36 + 4  # the first id is "000PE4", NP6's documentation id
handles = Handlers()
STATES = action_states()
"""The action states, by name, as the spec defines them (the sandbox takes its facts from the spec, never from
the client it tests)."""
MEDIA_TYPES = {action_type: channel.media_type for action_type, channel in channels().items()}
"""The vendor media type an action type's executions take."""
STREAMED_BATCH = 1000
ARCHIVE_LIFETIME_MS = 32 * 24 * 3600 * 1000
PLACEHOLDER = re.compile(r"\{\{\s*([^}\s]+)\s*\}\}")
HREF = re.compile(r"""<a\b[^>]*\bhref\s*=\s*["']([^"']*)["']""", re.IGNORECASE)


class Actions:
    def __init__(self, state: State) -> None:
        self.state = state
        self.actions: dict[str, dict[str, Any]] = {}
        state.known["action"] = self.actions.__contains__

    def get(self, action_id: str) -> dict[str, Any]:
        action = self.actions.get(action_id)
        if action is None:
            raise Problem(404)
        return action

    def create(self, body: Mapping[str, Json]) -> dict[str, Any]:
        action_id = base36(self.state.next_number("action", FIRST_ACTION_NUMBER), 6)
        action: dict[str, Any] = copy.deepcopy(dict(body))
        informations = dict(action.get("informations") or {})
        informations["state"] = STATES.with_content if _has_content(action) else STATES.draft
        action |= {"id": action_id, "creationDate": iso(self.state.now_ms()), "informations": informations}
        self.actions[action_id] = action
        return action

    def replace(self, action: dict[str, Any], body: Mapping[str, Json]) -> dict[str, Any]:
        """A PUT: the body replaces the action; identity, creation date and validation state are kept, and
        changing the type answers 409."""
        if body.get("type", action["type"]) != action["type"]:
            raise Problem(409)
        state = action["informations"].get("state")
        if state == STATES.draft and _has_content(body):
            state = STATES.with_content
        informations = {**dict(body.get("informations") or {}), "state": state}
        kept = {"id": action["id"], "creationDate": action["creationDate"], "informations": informations}
        action.clear()
        action.update(copy.deepcopy(dict(body)) | kept)
        return action

    @staticmethod
    def state_of(action: Mapping[str, Any]) -> int | None:
        state = action["informations"].get("state")
        return int(state) if state is not None else None

    @staticmethod
    def move(action: dict[str, Any], allowed_from: Iterable[int], to: int) -> None:
        """Apply one state-machine transition, or answer 409 (empty body) as NP6 does."""
        if Actions.state_of(action) not in set(allowed_from):
            raise Problem(409)
        action["informations"]["state"] = to


def _has_content(action: Mapping[str, Json]) -> bool:
    return bool(action.get("content"))


def _actions(state: State) -> Actions:
    return state.part(Actions)


def _action(state: State, call: Call) -> dict[str, Any]:
    return _actions(state).get(str(call.path["id"]))


# -- CRUD -------------------------------------------------------------------------------------------


@handles("create_action")
def create_action(state: State, call: Call) -> Json:
    return _actions(state).create(call.body)


@handles("get_action")
def get_action(state: State, call: Call) -> Json:
    return _action(state, call)


@handles("update_action")
def update_action(state: State, call: Call) -> Json:
    return _actions(state).replace(_action(state, call), call.body)


@handles("delete_action")
def delete_action(state: State, call: Call) -> Reply:
    _action(state, call)
    del _actions(state).actions[str(call.path["id"])]
    return Reply(204)


@handles("list_actions")
def list_actions(state: State, call: Call) -> Json:
    """Actions created in [creation_start, creation_end)."""
    low, high = filter_ms(call.query, "creation_start"), filter_ms(call.query, "creation_end")
    return [
        action
        for action in _actions(state).actions.values()
        if (low is None or ms_from_filter(action["creationDate"]) >= low)
        and (high is None or ms_from_filter(action["creationDate"]) < high)
    ]


@handles("duplicate_action")
def duplicate_action(state: State, call: Call) -> Json:
    """A copy under a new id, back to draft (20 with content, 10 without); `folder` moves the copy."""
    source = copy.deepcopy(_action(state, call))
    if call.query.get("folder") is not None:
        source["informations"]["folder"] = call.query["folder"]
    return _actions(state).create(source)


# -- validation -------------------------------------------------------------------------------------


@handles("validate_action")
def validate_action(state: State, call: Call) -> Reply:
    """`fortest: true` runs the test phase (20 -> 38); anything else validates for production (38 -> 50)."""
    action = _action(state, call)
    if call.body.get("fortest"):
        segment_ids = call.body.get("testSegments") or []
        if not segment_ids:
            raise Problem(400, "the test phase needs testSegments", "testSegments")
        for segment_id in segment_ids:
            state.part(Segments).get(int(segment_id))
        Actions.move(action, [STATES.with_content], STATES.test_validated)
    else:
        Actions.move(action, [STATES.test_validated], STATES.validated)
    return Reply(204)


@handles("unvalidate_action")
def unvalidate_action(state: State, call: Call) -> Reply:
    Actions.move(_action(state, call), [STATES.test_validated, STATES.validated], STATES.with_content)
    return Reply(204)


# -- recipients -------------------------------------------------------------------------------------


def resolve(contacts: Contacts, recipient: Mapping[str, Json]) -> dict[str, Any] | None:
    """The target a `Recipient` designates (by id, unicity array, hash or footprint), if it exists."""
    kind, value = recipient.get("type"), recipient.get("value")
    if kind == "id":
        return contacts.find(target_id=str(value))
    if kind == "unicity" and isinstance(value, list):
        return contacts.find(unicity=[str(item) for item in value])
    if kind == "hash":
        return contacts.find(hash=str(value))
    if kind == "footprint":
        if recipient.get("id") is not None:
            return contacts.find(target_id=str(recipient["id"]))
        if recipient.get("unicity") is not None:
            return contacts.find(unicity=str(recipient["unicity"]).split("|"))
        if recipient.get("hash") is not None:
            return contacts.find(hash=str(recipient["hash"]))
    return None


def _channel_action(state: State, call: Call) -> dict[str, Any]:
    """The action, after checking the body's media type is its channel's (415 otherwise)."""
    action = _action(state, call)
    if MEDIA_TYPES.get(action["type"]) != call.media_type:
        expected = MEDIA_TYPES.get(action["type"], "(no channel for this action type)")
        raise Problem(415, f"a {action['type']} action takes {expected}")
    return action


# -- sends ------------------------------------------------------------------------------------------


def _send_one(state: State, action: Mapping[str, Any], request: Mapping[str, Json], sent_ms: int) -> dict[str, Json]:
    """One message: a success (message id and footprint) or a `recipient not found` error."""
    contacts = state.part(Contacts)
    recipient = request["recipient"]
    target = resolve(contacts, recipient)
    if target is None:
        return {"type": "error", "value": {"type": "recipient not found", "recipient": recipient}}
    footprint = contacts.footprint(target)
    send = Send(
        message_id=state.new_uuid(),
        action_id=action["id"],
        target_id=target["id"],
        unicity=str(footprint["unicity"]),
        hash=target["hash"],
        address=contacts.address(target),
        sent_ms=sent_ms,
        stamp=request.get("stamp"),
        data=request.get("data"),
    )
    record_send(state, send)
    return {"type": "success", "id": send.message_id, "recipient": footprint}


def _sendable(state: State, call: Call) -> dict[str, Any]:
    action = _channel_action(state, call)
    if Actions.state_of(action) != STATES.validated:
        raise Problem(409)
    return action


@handles("execute_action")
def execute_action(state: State, call: Call) -> Json:
    action = _sendable(state, call)
    return _send_one(state, action, call.body, state.now_ms())


@handles("execute_action_batch")
def execute_action_batch(state: State, call: Call) -> Reply | Json:
    """One result per message definition, in request order; big batches (100k) are streamed."""
    action = _sendable(state, call)
    sent_ms = state.now_ms()
    results = [_send_one(state, action, request, sent_ms) for request in call.body]
    if len(results) > STREAMED_BATCH:
        return Reply(200, stream=_json_array(results))
    return results


@handles("send_action_message")
def send_action_message(state: State, call: Call) -> Reply:
    """The legacy single send to a target id: same rules as an execution, 204 without a body."""
    action = _action(state, call)
    if Actions.state_of(action) != STATES.validated:
        raise Problem(409)
    state.part(Contacts).get(str(call.path["targetId"]))
    request = {"recipient": {"type": "id", "value": call.path["targetId"]}, "data": call.body.get("data")}
    _send_one(state, action, {key: value for key, value in request.items() if value is not None}, state.now_ms())
    return Reply(204)


def _json_array(items: Iterable[Json], chunk: int = 512) -> Iterable[bytes]:
    batch: list[str] = []
    yield b"["
    first = True
    for item in items:
        batch.append(json.dumps(item, separators=(",", ":")))
        if len(batch) == chunk:
            yield (("" if first else ",") + ",".join(batch)).encode()
            first, batch = False, []
    if batch:
        yield (("" if first else ",") + ",".join(batch)).encode()
    yield b"]"


# -- renders ----------------------------------------------------------------------------------------


def substitute(text: str, target: Mapping[str, Any] | None, contacts: Contacts, data: Mapping[str, Json]) -> str:
    """Replace `{{name}}` placeholders: a key of the request's `data`, else a field name or id of the target."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in data:
            return str(data[name])
        if target is not None:
            for field_id, field in contacts.fields.items():
                if name in (str(field_id), str(field.get("name", ""))):
                    return str(target["values"].get(field_id, ""))
        return ""

    return PLACEHOLDER.sub(value, text)


def _render(state: State, action: Mapping[str, Any], request: Mapping[str, Json]) -> dict[str, Json]:
    contacts = state.part(Contacts)
    receiver = request.get("receiver")
    target = resolve(contacts, receiver) if isinstance(receiver, dict) else None
    if isinstance(receiver, dict) and target is None:
        raise Problem(404)
    data = request.get("data") or {}
    content = {**(action.get("content") or {}), **(request.get("content") or {})}
    rendered: dict[str, Json] = {"type": "success", "recipient": contacts.address(target) if target else ""}
    if action["type"] == "smsMessage":
        rendered["text"] = substitute(str(content.get("textContent", "")), target, contacts, data)
        return rendered
    subject = request.get("subject") or content.get("subject") or ""
    rendered["subject"] = substitute(str(subject), target, contacts, data)
    for view in ("html", "text", "amp"):
        if content.get(view):
            rendered[view] = substitute(str(content[view]), target, contacts, data)
    rendered["sender"] = _sender(action)
    return rendered


def _sender(action: Mapping[str, Any]) -> dict[str, Json]:
    headers: dict[str, Any] = (action.get("content") or {}).get("headers") or {}
    given = headers.get("from")
    sender: dict[str, Any] = given if isinstance(given, dict) else {}
    address = f"{sender.get('prefix', 'news')}@{sender.get('domain', 'sandbox.invalid')}"
    return {
        "value": address,
        "label": str(sender.get("label", "")),
        "reply": str(headers.get("reply") or address),
        "bounce": address,
    }


@handles("render_action_message")
def render_action_message(state: State, call: Call) -> Json:
    return _render(state, _channel_action(state, call), call.body)


@handles("render_action_messages")
def render_action_messages(state: State, call: Call) -> Json:
    action = _channel_action(state, call)
    return [_render(state, action, request) for request in call.body]


@handles("render_action_links")
def render_action_links(state: State, call: Call) -> Json:
    """The `href`s of the action's HTML `<a>` elements, in document order."""
    html = str((_action(state, call).get("content") or {}).get("html", ""))
    return {"type": "success", "links": HREF.findall(html)}


# -- archives ---------------------------------------------------------------------------------------


def _archive(state: State, send: Send) -> dict[str, Json]:
    archive_id = stable_uuid(state.seed, send.message_id, "archive")
    return {
        "id": archive_id,
        "action": send.action_id,
        "target": send.target_id,
        "sendingDate": iso(send.sent_ms),
        "url": f"https://archives.sandbox.invalid/{send.action_id}/{archive_id}.eml?sig=sandbox",
        "expiresOn": iso(send.sent_ms + ARCHIVE_LIFETIME_MS),
    }


def _archives(state: State, call: Call, sends: Iterable[Send]) -> Reply:
    """Archives sent in [startDate, endDate); the media type is not a JSON suffix, so the array is streamed."""
    low, high = filter_ms(call.query, "startDate"), filter_ms(call.query, "endDate")
    chosen = (send for send in sends if (low is None or send.sent_ms >= low) and (high is None or send.sent_ms < high))
    return Reply(200, stream=_json_array(_archive(state, send) for send in chosen))


@handles("list_archives")
def list_archives(state: State, call: Call) -> Reply:
    return _archives(state, call, list(event_log(state).sends))


@handles("list_action_target_archives")
def list_action_target_archives(state: State, call: Call) -> Reply:
    action_id, target_id = str(call.path["id"]), str(call.path["target"])
    log = event_log(state)
    if action_id not in _actions(state).actions and not log.knows_action(action_id):
        raise Problem(404)
    return _archives(state, call, [send for send in log.sends_to(target_id) if send.action_id == action_id])


# -- legacy statistics ------------------------------------------------------------------------------


def _kind_counts(log: EventLog, action_id: str) -> tuple[Counter[tuple[str, str | None]], Counter[str]]:
    """How many events of each (type, subtype) an action has, and how many distinct messages had each."""
    events: Counter[tuple[str, str | None]] = Counter()
    messages: dict[str, set[int]] = {}
    for _, index, kind, _ in map(unpack_row, log.action_rows(action_id)):
        if log.sends[index].action_id != action_id:
            continue
        events[kind.type, kind.subtype] += 1
        messages.setdefault(kind.subtype or kind.type, set()).add(index)
    return events, Counter({name: len(indexes) for name, indexes in messages.items()})


@handles("get_action_statistics")
def get_action_statistics(state: State, call: Call) -> Json:
    action = _action(state, call)
    events, unique = _kind_counts(event_log(state), action["id"])
    clicks = events["hit", "redirection"]
    hits = sum(count for (kind, _), count in events.items() if kind == "hit")
    return {
        "type": "sms" if action["type"] == "smsMessage" else "mail",
        "dispatch": {"sent": events["activation", None], "rejected": {"total": events["cancellation", None]}},
        "feedback": {
            "reactive": {"total": hits, "unique": unique["open"]},
            "opening": {"total": events["hit", "open"], "opener": {"total": unique["open"]}},
            "click": {"total": clicks, "clicker": {"total": unique["redirection"], "effective": unique["redirection"]}},
            "bounce": {"soft": events["bounce", "soft"], "hard": events["bounce", "hard"], "spam": 0},
            "redlist": {"unsubscribe": {"total": events["hit", "unsubscribe"], "form": 0, "list": 0}},
        },
    }


@handles("list_action_bounce_feedbacks")
def list_action_bounce_feedbacks(state: State, call: Call) -> Json:
    """Bounced targets of the action, with the legacy codes 4 (soft) and 52 (hard, user)."""
    action = _action(state, call)
    log = event_log(state)
    feedbacks: list[Json] = []
    for timestamp, index, kind, _ in map(unpack_row, log.action_rows(action["id"])):
        send = log.sends[index]
        if kind.type == "bounce" and send.action_id == action["id"]:
            code = 52 if kind.subtype == "hard" else 4
            feedbacks.append({"target": send.target_id, "timestamp": iso(timestamp), "bounceType": code})
    return feedbacks
