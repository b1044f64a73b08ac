"""Safe writes: write operations checked through scenarios on objects the run creates itself, never on others.

A random ``POST`` against a production account may mail real people or delete real contacts, so
:func:`check_safe_writes` never generates bodies. It creates its own fixtures, each named after the run
(``np6 contract <run>``): a test segment, contacts under the reserved address pattern
``np6-contract+<run>-<n>@example.invalid`` (``.invalid`` never resolves: nothing can be delivered) added to that
segment, a category, a text field, a draft mail action, an import definition (a manual one, never scheduled or
started) and a push subscription of one of its contacts. It runs the write operations on them only (every id in a
request path must be one the run created, or the request is not sent), checks every answer against the spec
(status documented, body matches the response schema), and deletes everything it created; the deletions are
checked too.

The only message it causes is NP6's test send: the draft action's test phase (``validate_action`` with
``fortest: true``) to the run's test segment, after reading the segment back and finding only the run's own
contacts in it. The action is never validated for production, so it can never be executed. Operations that send
to contacts, write what cannot be deleted again, or act on the whole account are never run: the report says
why for each (:data:`NOT_RUN`).

Every object is written to the state file as soon as its id is known, and announced there (by kind and by the
run's marker) *before* the request that creates it, so a run stopped at any point (an exception, Ctrl-C, a killed
process, even in the middle of a create) leaves a list of what to delete: :func:`cleanup_safe_writes` deletes it,
finding announced objects by their marker (re-runnable: an object already gone counts as deleted), and removes the
file once nothing is left. The file holds the API's origin and object ids, never the key; it is refused for another
origin.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ._check import ContractUsageError

if TYPE_CHECKING:
    from ._check import ContractReport

__all__ = ["NOT_RUN", "SafeWriteResult", "add_safe_writes", "check_safe_writes", "cleanup_safe_writes"]

ADDRESS_PATTERN = "np6-contract+{run}-{n}@example.invalid"
"""The reserved address pattern of the contacts a run creates (``.invalid`` never resolves: nothing is delivered)."""
MARKER = "np6 contract {run}"
"""In the name of every named object a run creates: how a cleanup finds an object whose create was interrupted."""
FIELD_NAME = "np6_contract_{run}"
STATE_FORMAT = 2

_DELETE = {
    # kind: (operationId, path of its deletion, where the objects of that kind are listed with their names)
    "action": ("delete_action", "/actions/{id}", "/actions"),
    "import": ("delete_import", "/imports/{id}", "/imports"),
    "subscription": ("delete_subscription", "/subscriptions/{id}", None),
    "contact": ("delete_target", "/targets/{id}", None),
    "segment": ("delete_segment", "/segments/{id}", "/segments"),
    "category": ("delete_category", "/categories/{id}", "/categories"),
    "field": ("delete_field", "/fields/{id}", "/fields"),
}
"""In the order of deletion: what refers to something goes before it (actions name the segment, contacts the field)."""

_SENDS = "sends to contacts: never run by safe writes (only the test phase to the run's own test segment is)"
_NO_DELETE = "creates what no operation deletes: never run by safe writes (it would stay in the account)"
_ACCOUNT_WIDE = "acts on objects or settings the run did not create: never run by safe writes"
_NOT_UNDONE = "cannot be undone (no operation removes it): never run by safe writes"
NOT_RUN: Mapping[str, str] = {
    **dict.fromkeys(
        (
            "execute_action", "execute_action_batch", "send_action_message", "send_action_to_targets",
            "execute_notification", "execute_notification_batch", "test_notification", "test_notification_version",
            "execute_workflow", "execute_compilable", "start_import_execution", "activate_notification",
        ),
        _SENDS,
    ),
    **dict.fromkeys(
        ("create_value_list", "update_value_list", "create_import_format", "create_campaign", "create_compilable",
         "duplicate_compilable", "create_notifiable_application"),
        _NO_DELETE,
    ),
    **dict.fromkeys(
        ("add_target_to_mail_redlist", "add_target_to_sms_redlist", "set_target_bounce"), _NOT_UNDONE
    ),
    **dict.fromkeys(
        ("delete_targets", "update_target_by_identity", "delete_subscriptions_by_identity",
         "set_mandatory_topic_option", "patch_webtask", "list_campaign_item_events"),
        _ACCOUNT_WIDE,
    ),
}  # fmt: skip
"""Write operations safe writes never run, with the reason the report gives; the others not in their scenarios are
"not covered by the safe-write scenarios yet" (notifications, workflows)."""


@dataclass
class SafeWriteResult:
    """One write request of the scenarios and whether its answer matched the spec."""

    operation_id: str
    request: str
    status_code: int
    problems: list[str] = field(default_factory=list)
    method: str = ""
    path: str = ""
    """The spec's path template (``/segments/{id}``)."""
    skipped: str = ""
    """Why the request was not sent (the account lacks what the scenario needs), when it was not."""

    @property
    def ok(self) -> bool:
        return not self.problems


class SafeWriteStateError(ContractUsageError):
    """The state file cannot be used: another API's, another format, or objects a cleanup could not delete."""


class _State:
    """The state file: what the run created and what it is creating, rewritten (atomically) on every change."""

    def __init__(self, path: Path, origin: str) -> None:
        self.path = path
        self.origin = origin
        self.created: dict[str, list[str]] = {}
        self.pending: list[dict[str, str]] = []
        if path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                self.created = {kind: [str(i) for i in ids] for kind, ids in data["created"].items()}
                self.pending = [dict(entry) for entry in data.get("pending", [])]
            except (ValueError, KeyError, TypeError, AttributeError) as bad:
                raise SafeWriteStateError(f"{path} is not a safe-writes state file ({bad})") from None
            if data.get("origin", origin) != origin:
                raise SafeWriteStateError(
                    f"{path} lists objects of {data['origin']}, not {origin}: clean it up against that API"
                )
            if unknown := set(self.created) - set(_DELETE):
                raise SafeWriteStateError(f"{path} lists objects of unknown kinds: {sorted(unknown)}")

    def owns(self, object_id: object) -> bool:
        return any(str(object_id) in ids for ids in self.created.values())

    def announce(self, kind: str, marker: str, **where: str) -> dict[str, str]:
        """Before a create: a kind and a marker by which the object can be found if its answer never comes."""
        entry = {"kind": kind, "marker": marker, **where}
        self.pending.append(entry)
        self._save()
        return entry

    def settle(self, entry: dict[str, str], object_id: object | None) -> None:
        """The create answered: the object's id (``None``: it was refused) replaces its announcement."""
        self.pending.remove(entry)
        if object_id is not None:
            self.created.setdefault(entry["kind"], []).append(str(object_id))
        self._save()

    def adopt(self, entry: dict[str, str], found: list[str]) -> None:
        """An announcement a stopped run left: the objects found by its marker are the run's."""
        self.pending.remove(entry)
        if found:
            self.created.setdefault(entry["kind"], []).extend(found)
        self._save()

    def remove(self, kind: str, object_id: str) -> None:
        self.created[kind].remove(object_id)
        if not self.created[kind]:
            del self.created[kind]
        self._save()

    def _save(self) -> None:
        if not self.created and not self.pending:
            self.path.unlink(missing_ok=True)
            return
        data = {"format": STATE_FORMAT, "origin": self.origin, "created": self.created, "pending": self.pending}
        temporary = self.path.with_name(f".{self.path.name}.{secrets.token_hex(4)}.tmp")
        temporary.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        os.replace(temporary, self.path)


def _client(url: str, key: str, timeout: float) -> httpx.Client:
    # No redirect is followed: the key goes to the given origin only.
    return httpx.Client(base_url=url, headers={"X-Key": key}, timeout=timeout, follow_redirects=False)


def _find_announced(http: httpx.Client, entry: Mapping[str, str]) -> list[str]:
    """The ids of the objects an interrupted create may have made, found by the marker it announced."""
    kind, marker = entry["kind"], entry["marker"]
    if kind == "contact":
        response = http.get("/targets", params={"unicity": marker})
        return [str(response.json()["id"])] if response.is_success else []
    if kind == "subscription":
        response = http.get(f"/targets/{entry['contact']}/subscriptions")
        if not response.is_success:
            return []
        return [
            str(item["id"])
            for item in response.json()
            if isinstance(item, dict) and (item.get("provider") or {}).get("token") == marker
        ]
    response = http.get(_DELETE[kind][2] or "")
    if not response.is_success:
        raise SafeWriteStateError(f"cannot look for the {kind} a stopped run announced: {response.status_code}")
    listed = response.json()
    return [
        str(item["id"])
        for item in (listed if isinstance(listed, list) else [])
        if isinstance(item, dict) and marker in str(item.get("name", "")) and "id" in item
    ]


def cleanup_safe_writes(
    base_url: str | None,
    api_key: str | None,
    state_file: str | Path,
    *,
    timeout: float = 30.0,
    on_request: Callable[[httpx.Response, str, str], object] | None = None,
) -> int:
    """Delete every object the state file lists or announces (actions first, fields last); returns how many
    were deleted.

    An object the API no longer has (404) counts as deleted. The state file is removed once it lists nothing;
    an object whose deletion is refused stays listed (the next cleanup tries again). ``on_request`` is called
    with each deletion's response, its operationId and path template.
    """
    from ._check import resolve_target

    url, key = resolve_target(base_url, api_key)
    path = Path(state_file)
    if not path.exists():
        return 0
    state = _State(path, url)
    deleted = 0
    with _client(url, key, timeout) as http:
        for entry in list(state.pending):  # creates that never answered: the object may exist all the same
            state.adopt(entry, [i for i in _find_announced(http, entry) if not state.owns(i)])
        for kind, (operation_id, template, _) in _DELETE.items():
            for object_id in list(state.created.get(kind, [])):
                response = http.delete(template.format(id=object_id))
                if on_request is not None:
                    on_request(response, operation_id, template)
                if response.is_success or response.status_code == 404:
                    state.remove(kind, object_id)
                    deleted += response.is_success
    return deleted


def clean_leftovers(url: str, key: str, path: Path, *, timeout: float) -> None:
    """Delete what a stopped run left in the state file, or raise :class:`SafeWriteStateError` (a file of another
    API, objects that could not be deleted): before anything else, so a run that cannot start fails fast."""
    if path.exists():
        cleanup_safe_writes(url, key, path, timeout=timeout)
        if path.exists():
            left = _State(path, url).created
            raise SafeWriteStateError(f"{path}: a previous run's objects could not be deleted: {left}")


class _ScenarioStoppedError(Exception):
    def __init__(self, result: SafeWriteResult) -> None:
        super().__init__(result.request)
        self.result = result


@dataclass
class _Run:
    """One safe-writes run: its requests, each checked, recorded and refused when it names a foreign object."""

    http: httpx.Client
    state: _State
    document: Mapping[str, Any]
    run: str
    results: list[SafeWriteResult]
    on_request: Callable[[SafeWriteResult], None] | None
    operations: Mapping[str, tuple[str, str]]
    """operationId -> (HTTP method, path template), from the spec."""
    scrub: Callable[[str], str]
    """Removes the key from a text (in every form an answer may carry it): results never hold it."""

    @property
    def marker(self) -> str:
        return MARKER.format(run=self.run)

    def not_sent(
        self, operation_id: str, *, skipped: str = "", problem: str = "", request: str = "not sent"
    ) -> SafeWriteResult:
        """A request of the scenarios with no answer: skipped for a reason, refused, or unanswered (a problem)."""
        method, template = self.operations[operation_id]
        result = SafeWriteResult(operation_id, request, 0, [problem] if problem else [], method, template, skipped)
        self.results.append(result)
        return result

    def record(self, response: httpx.Response, operation_id: str, template: str) -> SafeWriteResult:
        method = response.request.method
        request = self.scrub(f"{method} {response.request.url.raw_path.decode('ascii', 'replace')}")
        result = SafeWriteResult(operation_id, request, response.status_code, [], method, template)
        result.problems = [self.scrub(p) for p in _conformance(self.document, template, method, response)]
        if not response.is_success and response.status_code != 404:
            result.problems.append(f"answered {response.status_code}")
        self.results.append(result)
        if self.on_request is not None:
            self.on_request(result)
        return result

    def call(
        self,
        operation_id: str,
        template: str,
        body: Any = None,
        *,
        creates: tuple[str, str] | None = None,
        media_type: str = "application/json",
        where: Mapping[str, str] | None = None,
        **ids: object,
    ) -> Any:
        """Send one request of a scenario; ``creates=(kind, marker)`` announces the object it makes first."""
        if foreign := [str(value) for value in ids.values() if not self.state.owns(value)]:
            raise RuntimeError(f"safe writes refused to send {operation_id} on objects it did not create: {foreign}")
        method = self.operations[operation_id][0]
        if body is None:
            content = b"{}" if method in ("POST", "PUT") else None
        elif isinstance(body, bytes):
            content = body
        else:
            content = json.dumps(body).encode()
        headers = {"content-type": media_type} if content is not None else {}
        entry = self.state.announce(creates[0], creates[1], **(where or {})) if creates else None
        try:
            response = self.http.request(method, template.format(**ids), content=content, headers=headers)
        except httpx.HTTPError as error:  # the object may exist all the same: its announcement stays
            problem = self.scrub(f"the API did not answer ({type(error).__name__}: {error})")[:300]
            request = self.scrub(f"{method} {template.format(**ids)} (no answer)")
            raise _ScenarioStoppedError(self.not_sent(operation_id, problem=problem, request=request)) from None
        answer = response.json() if response.content and "json" in response.headers.get("content-type", "") else None
        new_id = answer.get("id") if response.is_success and isinstance(answer, dict) else None
        if new_id is not None and self.scrub(str(new_id)) != str(new_id):
            new_id = None  # never written down: the state file must not hold the key
            result = self.record(response, operation_id, template)
            result.problems.append(
                f"the new {creates[0] if creates else 'object'}'s id holds the API key: not recorded, so not deleted; "
                f"delete the one named {creates[1] if creates else '?'!r} by hand"
            )
            if entry is not None:
                self.state.settle(entry, None)
            raise _ScenarioStoppedError(result)
        if entry is not None:
            self.state.settle(entry, new_id)  # recorded before anything else can stop the run
        result = self.record(response, operation_id, template)
        if not response.is_success:
            result.problems = result.problems or [f"answered {response.status_code}"]
            raise _ScenarioStoppedError(result)
        return answer


def _contacts_and_test_segment(run: _Run) -> dict[str, Any]:
    marker = run.marker
    segment = run.call(
        "create_segment", "/segments", {"type": "static", "name": marker, "isTest": True}, creates=("segment", marker)
    )["id"]
    contacts = []
    for n in range(2):
        address = ADDRESS_PATTERN.format(run=run.run, n=n)
        contacts.append(run.call("create_target", "/targets", {"email": address}, creates=("contact", address))["id"])
    run.call("add_segment_targets", "/segments/{id}/targets", contacts, id=segment)
    renamed = {"type": "static", "name": f"{marker} (test segment)", "isTest": True}
    run.call("update_segment", "/segments/{id}", renamed, id=segment)
    run.call("remove_target_from_segment", "/targets/{id}/segments/{segmentId}", id=contacts[1], segmentId=segment)
    run.call("add_target_to_segment", "/targets/{id}/segments/{segmentId}", id=contacts[1], segmentId=segment)
    return {"segment": segment, "contacts": contacts}


def _category(run: _Run, fixtures: Mapping[str, Any]) -> None:
    marker = run.marker
    category = run.call("create_category", "/categories", {"name": marker}, creates=("category", marker))["id"]
    run.call("update_category", "/categories/{id}", {"name": f"{marker} (renamed)"}, id=category)


def _field(run: _Run, fixtures: Mapping[str, Any]) -> None:
    name = FIELD_NAME.format(run=run.run)
    body = {"type": "textField", "name": name, "isUnicity": False, "isMandatory": False}
    field_id = run.call("create_field", "/fields", body, creates=("field", name))["id"]
    run.call("update_field", "/fields/{id}", {**body, "isCriterion": False}, id=field_id)
    run.call("update_target", "/targets/{id}", {name: "np6 contract"}, id=fixtures["contacts"][0])


def _draft_action(run: _Run, fixtures: Mapping[str, Any]) -> None:
    marker = run.marker
    segment, contacts = fixtures["segment"], fixtures["contacts"]
    body = _draft_action_body(marker)
    action = run.call("create_action", "/actions", body, creates=("action", marker))["id"]
    run.call("update_action", "/actions/{id}", {**body, "name": f"{marker} (draft, updated)"}, id=action)
    render = {"receiver": {"type": "id", "value": contacts[0]}}
    run.call("render_action_message", "/actions/{id}/render", render, media_type="application/vnd.np6.cm.email",
             id=action)  # fmt: skip
    renders = [render, {"receiver": {"type": "id", "value": contacts[1]}}]
    run.call("render_action_messages", "/actions/{id}/renders", renders, media_type="application/vnd.np6.cm.email",
             id=action)  # fmt: skip
    run.call("render_action_links", "/actions/{id}/render/links", {"receiver": {"type": "id", "value": contacts[0]}},
             id=action)  # fmt: skip
    run.call("duplicate_action", "/actions/{id}/duplication", creates=("action", marker), id=action)
    # The test send goes to the test segment: only once it holds nothing but this run's contacts.
    members = run.http.get(f"/segments/{segment}/targets")
    strangers = [m for m in members.json() if str(m) not in contacts] if members.is_success else ["(unreadable)"]
    if strangers:
        problem = f"the test segment holds contacts the run did not create ({strangers}): the test send was not sent"
        raise _ScenarioStoppedError(run.not_sent("validate_action", problem=problem))
    run.call("validate_action", "/actions/{id}/validation", {"fortest": True, "testSegments": [segment]}, id=action)
    run.call("unvalidate_action", "/actions/{id}/validation", {}, id=action)
    run.call("remove_segment_targets", "/segments/{id}/targets", id=segment)


def _import_definition(run: _Run, fixtures: Mapping[str, Any]) -> None:
    marker = run.marker
    # A manual import (no scheduler, no FTP source): it runs only if started, which safe writes never do.
    body = {"name": marker, "features": [{"type": "segmentation", "segmentId": fixtures["segment"],
                                          "emptyExisitingSegment": False}]}  # fmt: skip
    import_id = run.call("create_import", "/imports", body, creates=("import", marker))["id"]
    run.call("update_import", "/imports/{id}", {"name": f"{marker} (updated)"}, id=import_id)
    csv = "email\n" + ADDRESS_PATTERN.format(run=run.run, n=9) + "\n"
    run.call("upload_import_source", "/imports/{id}/source", csv.encode(), media_type="application/octet-stream",
             id=import_id)  # fmt: skip


def _subscription(run: _Run, fixtures: Mapping[str, Any]) -> None:
    applications = run.http.get("/parameters/applications")
    found = applications.json() if applications.is_success else []
    application = next((a.get("id") for a in found if isinstance(a, dict) and a.get("id")), None)
    contact = fixtures["contacts"][0]
    target = run.http.get(f"/targets/{contact}")
    if application is None or not target.is_success:
        why = "the account has no notifiable application" if application is None else "its contact could not be read"
        for operation_id in ("create_or_update_subscription", "delete_subscription", "delete_target_subscriptions"):
            run.not_sent(operation_id, skipped=f"not run by safe writes: {why}")
        return
    address = ADDRESS_PATTERN.format(run=run.run, n=0)
    footprint = {"type": "footprint", "id": contact, "unicity": address, "hash": target.json().get("hash", "")}
    token = f"np6-contract-{run.run}"
    body = {"application": application, "provider": {"type": "firebase", "token": token}, "contact": footprint}
    subscription = run.call(
        "create_or_update_subscription", "/subscriptions", body, creates=("subscription", token),
        where={"contact": contact},
    )["id"]  # fmt: skip
    run.call("delete_subscription", "/subscriptions/{id}", id=subscription)
    run.state.remove("subscription", str(subscription))
    run.call(
        "create_or_update_subscription", "/subscriptions", body, creates=("subscription", token),
        where={"contact": contact},
    )  # fmt: skip
    run.call("delete_target_subscriptions", "/targets/{id}/subscriptions", id=contact)
    for left in list(run.state.created.get("subscription", [])):
        run.state.remove("subscription", left)  # the contact's subscriptions are gone with it


_SCENARIOS: tuple[Callable[[_Run, Mapping[str, Any]], None], ...] = (
    _category, _field, _draft_action, _import_definition, _subscription,
)  # fmt: skip
"""Each runs on the test segment and contacts; one stopping (an unexpected answer) does not stop the others."""


def check_safe_writes(
    base_url: str | None,
    api_key: str | None,
    state_file: str | Path,
    *,
    timeout: float = 30.0,
    on_request: Callable[[SafeWriteResult], None] | None = None,
) -> list[SafeWriteResult]:
    """Run the write scenarios on fixtures of their own, then delete the fixtures (see the module docs).

    A state file left by a stopped run is cleaned up first; if that cleanup cannot delete everything, nothing is
    run (:class:`SafeWriteStateError`). ``on_request`` is called after each request.
    """
    from ._check import _Scrubber, load_spec, resolve_target

    url, key = resolve_target(base_url, api_key)
    path = Path(state_file)
    clean_leftovers(url, key, path, timeout=timeout)
    document = load_spec()
    operations = {
        str(operation["operationId"]): (method.upper(), path)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    }
    results: list[SafeWriteResult] = []
    with _client(url, key, timeout) as http:
        run = _Run(
            http, _State(path, url), document, secrets.token_hex(4), results, on_request, operations, _Scrubber(key)
        )
        try:
            fixtures = _contacts_and_test_segment(run)
            for scenario in _SCENARIOS:
                try:
                    scenario(run, fixtures)
                except _ScenarioStoppedError as stopped:
                    if stopped.result not in results:
                        results.append(stopped.result)
        except _ScenarioStoppedError:
            pass  # no test segment or contacts: no scenario can run; the failed request is in the results
        finally:
            try:
                cleanup_safe_writes(url, key, path, timeout=timeout, on_request=run.record)
            except httpx.HTTPError as error:  # what is left stays listed in the state file for the next run
                results.append(
                    SafeWriteResult("cleanup", "cleanup", 0, [run.scrub(f"{type(error).__name__}: {error}")])
                )
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        left = {**data["created"], **({"announced": data["pending"]} if data.get("pending") else {})}
        results.append(
            SafeWriteResult("cleanup", "cleanup", 0, [f"could not delete {left}: listed in {path} for the next run"])
        )
    return results


def _draft_action_body(marker: str) -> dict[str, Any]:
    return {
        "type": "mailMessage",
        "name": f"{marker} (draft, never validated for production)",
        "content": {
            "headers": {"from": {"prefix": "contract", "domain": "example.invalid", "label": "np6 contract"}},
            "subject": "np6 contract check",
            "html": "<p>np6 contract check</p>",
        },
    }


def _conformance(document: Mapping[str, Any], template: str, method: str, response: httpx.Response) -> list[str]:
    """What in this answer the spec does not document: its status, or its body against the response schema."""
    from ._check import _escape, _pinpoint

    responses = document["paths"][template][method.lower()].get("responses", {})
    status = str(response.status_code)
    key = status if status in responses else f"{status[0]}XX" if f"{status[0]}XX" in responses else "default"
    if key not in responses:
        return [f"status {status} not documented"]
    answer = responses[key]
    pointer = f"/paths/{_escape(template)}/{method.lower()}/responses/{key}"
    if "$ref" in answer:
        pointer = answer["$ref"][1:]
        answer = document["components"]["responses"][pointer.rsplit("/", 1)[1]]
    content = answer.get("content", {})
    media_type = (response.headers.get("content-type") or "").split(";", 1)[0].strip().lower()
    if not content or not response.content:
        return []
    if media_type not in content:
        return [f"content type {media_type or '(none)'} not documented"]
    if "schema" not in content[media_type]:
        return []
    try:
        body = response.json()
    except ValueError:
        return ["body is not JSON"]
    mismatch = _pinpoint(document, f"{pointer}/content/{_escape(media_type)}/schema", body)
    return [f"body does not match the schema at {mismatch[0]}: {mismatch[1]}"] if mismatch else []


def add_safe_writes(report: ContractReport, results: list[SafeWriteResult]) -> None:
    """Put the results of :func:`check_safe_writes` in ``report``: each write operation they exercised becomes
    matched or deviated (replacing its "write operation" skip), each problem a deviation; the write operations
    safe writes never run say why (:data:`NOT_RUN`)."""
    from ._check import Deviation, OperationResult, load_spec

    document = load_spec()
    by_operation: dict[str, list[SafeWriteResult]] = {}
    for result in results:
        by_operation.setdefault(result.operation_id, []).append(result)
    merged = {r.operation_id: r for r in report.operations}
    for operation_id, all_requests in by_operation.items():
        first = all_requests[0]
        if not first.path:  # not an operation of the spec: objects the cleanup could not delete
            merged[operation_id] = OperationResult(
                operation_id, "", "", "unknown", "error", 0, "; ".join(first.problems)
            )  # fmt: skip
            continue
        provenance = str(document["paths"][first.path][first.method.lower()].get("x-np6-provenance", "unknown"))
        requests = [r for r in all_requests if not r.skipped]
        refused = [problem for r in requests if not r.status_code for problem in r.problems]
        if not requests or refused:  # skipped for a reason, refused by safe writes themselves, or unanswered
            outcome: Literal["skipped", "error"] = "error" if refused else "skipped"
            note = "; ".join(refused) or first.skipped
            merged[operation_id] = OperationResult(
                operation_id, first.method, first.path, provenance, outcome, len(requests) - len(refused), note
            )  # fmt: skip
            continue
        statuses: dict[str, int] = {}
        for request in requests:
            statuses[str(request.status_code)] = statuses.get(str(request.status_code), 0) + 1
        problems = [(request, problem) for request in requests for problem in request.problems]
        merged[operation_id] = OperationResult(
            operation_id, first.method, first.path, provenance, "deviated" if problems else "matched",
            len(requests), "safe-write scenario", len(problems), statuses,
        )  # fmt: skip
        report.deviations += [
            Deviation(
                operation_id,
                first.method,
                first.path,
                provenance,
                "response_schema_conformance" if "schema" in problem else "status_code_conformance",
                "Safe-write scenario",
                problem,
                request.status_code,
                None,
                request.request,
            )
            for request, problem in problems
        ]
    for operation_id, merged_result in merged.items():
        if merged_result.outcome == "skipped" and merged_result.note.startswith("write operation"):
            merged_result.note = NOT_RUN.get(operation_id, "not covered by the safe-write scenarios yet")
    report.operations = list(merged.values())
