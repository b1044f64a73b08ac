"""Segments: static ones take members explicitly (at most 50 per call, enforced by the spec's
`maxItems`); dynamic ones are computed by NP6 and refuse membership changes with 409."""

from __future__ import annotations

from typing import Any

from .._app import Call, Problem, Reply
from .._spec import Json
from ._contacts import Contacts
from ._core import Handlers, State
from ._dates import iso

handles = Handlers()

FIRST_SEGMENT_ID = 1300
YEAR_MS = 365 * 24 * 3600 * 1000


class Segments:
    def __init__(self, state: State) -> None:
        self.state = state
        self.segments: dict[int, dict[str, Any]] = {}
        self.memberships: dict[int, dict[str, None]] = {}
        contacts = state.part(Contacts)
        contacts.on_delete.append(self.forget_target)
        contacts.groups["segment"] = lambda segment_id: self.members(int(segment_id))

    def get(self, segment_id: int) -> dict[str, Any]:
        segment = self.segments.get(segment_id)
        if segment is None:
            raise Problem(404)
        return segment

    def members(self, segment_id: int) -> list[str]:
        return list(self.memberships.get(segment_id, {}))

    def add(self, segment_id: int, target_id: str) -> bool:
        members = self.memberships.setdefault(segment_id, {})
        if target_id in members:
            return False
        members[target_id] = None
        return True

    def forget_target(self, target_id: str) -> None:
        for members in self.memberships.values():
            members.pop(target_id, None)

    def render(self, segment: dict[str, Any]) -> dict[str, Json]:
        rendered = dict(segment)
        if segment.get("type") == "static":
            rendered["targetsCount"] = len(self.memberships.get(segment["id"], {}))
        return rendered

    def check_name_free(self, name: str, except_id: int | None = None) -> None:
        clash = any(
            str(s.get("name", "")).lower() == name.lower() and s["id"] != except_id for s in self.segments.values()
        )
        if clash:
            raise Problem(409)


def _segments(state: State) -> Segments:
    return state.part(Segments)


def _static(segments: Segments, segment_id: int) -> dict[str, Any]:
    segment = segments.get(segment_id)
    if segment.get("type") != "static":
        raise Problem(409)
    return segment


@handles("list_segments")
def list_segments(state: State, call: Call) -> Json:
    segments = _segments(state)
    return [segments.render(segment) for segment in segments.segments.values()]


@handles("create_segment")
def create_segment(state: State, call: Call) -> Json:
    segments = _segments(state)
    name = str(call.body.get("name", "")).strip()
    if not name:
        raise Problem(400, "a segment needs a name", "name")
    segments.check_name_free(name)
    now = state.now_ms()
    segment_id = state.next_number("segment", FIRST_SEGMENT_ID)
    segment = {
        "expiration": iso(now + YEAR_MS),
        "isTest": False,
        **call.body,
        "id": segment_id,
        "name": name,
        "creation": iso(now),
    }
    segment.pop("targetsCount", None)
    segments.segments[segment_id] = segment
    return segments.render(segment)


@handles("get_segment")
def get_segment(state: State, call: Call) -> Json:
    segments = _segments(state)
    return segments.render(segments.get(int(call.path["id"])))


@handles("update_segment")
def update_segment(state: State, call: Call) -> Json:
    segments = _segments(state)
    segment_id = int(call.path["id"])
    segment = segments.get(segment_id)
    if call.body.get("type", segment["type"]) != segment["type"]:
        raise Problem(409)
    name = str(call.body.get("name", segment.get("name", "")))
    segments.check_name_free(name, except_id=segment_id)
    segment.update({**call.body, "id": segment_id, "name": name, "creation": segment.get("creation")})
    segment.pop("targetsCount", None)
    return segments.render(segment)


@handles("delete_segment")
def delete_segment(state: State, call: Call) -> Reply:
    segments = _segments(state)
    segment_id = int(call.path["id"])
    segments.get(segment_id)
    del segments.segments[segment_id]
    segments.memberships.pop(segment_id, None)
    return Reply(204)


@handles("list_segment_targets")
def list_segment_targets(state: State, call: Call) -> Json:
    segments = _segments(state)
    segment_id = int(call.path["id"])
    segments.get(segment_id)
    return segments.members(segment_id)


@handles("add_segment_targets")
def add_segment_targets(state: State, call: Call) -> Json:
    """Adds target ids (or unicity values); returns how many were not members yet. Unknown targets are
    not added, so the count tells the caller."""
    segments = _segments(state)
    segment_id = int(call.path["id"])
    _static(segments, segment_id)
    contacts = state.part(Contacts)
    added = 0
    for identifier in call.body:
        target = contacts.find(target_id=identifier) or contacts.find(unicity=[identifier])
        if target is not None and segments.add(segment_id, target["id"]):
            added += 1
    return added


@handles("remove_segment_targets")
def remove_segment_targets(state: State, call: Call) -> Reply:
    segments = _segments(state)
    segment_id = int(call.path["id"])
    _static(segments, segment_id)
    segments.memberships.pop(segment_id, None)
    return Reply(204)


@handles("list_target_segments")
def list_target_segments(state: State, call: Call) -> Json:
    state.part(Contacts).get(call.path["id"])
    segments = _segments(state)
    return [
        segment_id for segment_id in segments.segments if call.path["id"] in segments.memberships.get(segment_id, {})
    ]


@handles("add_target_to_segment")
def add_target_to_segment(state: State, call: Call) -> Reply:
    state.part(Contacts).get(call.path["id"])
    segments = _segments(state)
    segment_id = int(call.path["segmentId"])
    _static(segments, segment_id)
    if not segments.add(segment_id, call.path["id"]):
        raise Problem(409)
    return Reply(204)


@handles("remove_target_from_segment")
def remove_target_from_segment(state: State, call: Call) -> Reply:
    state.part(Contacts).get(call.path["id"])
    segments = _segments(state)
    segment_id = int(call.path["segmentId"])
    _static(segments, segment_id)
    if segments.memberships.get(segment_id, {}).pop(call.path["id"], "absent") == "absent":
        raise Problem(404)
    return Reply(204)
