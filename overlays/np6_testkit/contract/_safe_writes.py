"""Safe writes: write operations checked through scenarios on objects the run creates itself, never on others.

A random ``POST`` against a production account may mail real people or delete real contacts, so
:func:`check_safe_writes` never generates bodies. It creates its own fixtures (a test segment, contacts under the
reserved address pattern ``np6-contract+<run>-<n>@example.invalid`` added to that segment, a category, a draft mail
action validated for test only — to the test segment — and never for production, an import definition), runs the
write operations on them only, checks every answer against the spec (status documented, body matches the response
schema), and deletes everything it created. Nothing is ever executed (sent).

Every created object is written to the state file *before* the next request, so a run stopped at any point (an
exception, Ctrl-C, a killed process) leaves a list of what to delete; :func:`cleanup_safe_writes` deletes it
(re-runnable: an object already gone counts as deleted) and removes the file once nothing is left.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ._check import ContractReport

__all__ = ["SafeWriteResult", "add_safe_writes", "check_safe_writes", "cleanup_safe_writes"]

ADDRESS_PATTERN = "np6-contract+{run}-{n}@example.invalid"
"""The reserved address pattern of the contacts a run creates (``.invalid`` never resolves: nothing is delivered)."""

_DELETE_PATH = {
    "action": "/actions/{id}",
    "contact": "/targets/{id}",
    "segment": "/segments/{id}",
    "category": "/categories/{id}",
    "import": "/imports/{id}",
}
_DELETE_ORDER = ("action", "import", "contact", "segment", "category")


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

    @property
    def ok(self) -> bool:
        return not self.problems


class _State:
    """The state file: what this run created, rewritten (atomically) after each creation and deletion."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.created: dict[str, list[str]] = (
            json.loads(path.read_text(encoding="utf-8"))["created"] if path.exists() else {}
        )

    def add(self, kind: str, object_id: object) -> None:
        self.created.setdefault(kind, []).append(str(object_id))
        self._save()

    def remove(self, kind: str, object_id: str) -> None:
        self.created[kind].remove(object_id)
        if not self.created[kind]:
            del self.created[kind]
        self._save()

    def _save(self) -> None:
        if not self.created:
            self.path.unlink(missing_ok=True)
            return
        temporary = self.path.with_name(f".{self.path.name}.{secrets.token_hex(4)}.tmp")
        temporary.write_text(json.dumps({"created": self.created}, indent=2), encoding="utf-8")
        os.replace(temporary, self.path)


def cleanup_safe_writes(
    base_url: str | None, api_key: str | None, state_file: str | Path, *, timeout: float = 30.0
) -> int:
    """Delete every object the state file lists (actions first, categories last); returns how many were deleted.

    An object the API no longer has (404) counts as deleted. The state file is removed once it lists nothing.
    """
    from ._check import resolve_target

    url, key = resolve_target(base_url, api_key)
    state = _State(Path(state_file))
    deleted = 0
    with httpx.Client(base_url=url, headers={"X-Key": key}, timeout=timeout, follow_redirects=False) as http:
        for kind in _DELETE_ORDER:
            for object_id in list(state.created.get(kind, [])):
                response = http.delete(_DELETE_PATH[kind].format(id=object_id))
                if response.is_success or response.status_code == 404:
                    state.remove(kind, object_id)
                    deleted += response.is_success
    return deleted


def check_safe_writes(
    base_url: str | None,
    api_key: str | None,
    state_file: str | Path,
    *,
    timeout: float = 30.0,
    on_request: Callable[[SafeWriteResult], None] | None = None,
) -> list[SafeWriteResult]:
    """Run the write scenarios on fixtures of their own, then delete the fixtures (see the module docs).

    A state file left by a stopped run is cleaned up first. ``on_request`` is called after each request.
    """
    from ._check import load_spec, resolve_target

    url, key = resolve_target(base_url, api_key)
    path = Path(state_file)
    if path.exists():
        cleanup_safe_writes(url, key, path, timeout=timeout)
    document = load_spec()
    state = _State(path)
    run = secrets.token_hex(4)
    results: list[SafeWriteResult] = []

    with httpx.Client(base_url=url, headers={"X-Key": key}, timeout=timeout, follow_redirects=False) as http:

        def call(
            operation_id: str, method: str, template: str, body: Any = None, creates: str = "", **ids: object
        ) -> Any:
            target = template.format(**ids)
            response = http.request(method, target, json=body)
            if creates and response.is_success:
                state.add(creates, response.json()["id"])  # recorded before anything else can stop the run
            result = SafeWriteResult(operation_id, f"{method} {target}", response.status_code, [], method, template)
            result.problems = _conformance(document, template, method, response)
            if not response.is_success:
                result.problems.append(f"answered {response.status_code}")
            results.append(result)
            if on_request is not None:
                on_request(result)
            if not response.is_success:
                raise _ScenarioStoppedError(result)
            return response.json() if response.content else None

        try:
            segment = call(
                "create_segment", "POST", "/segments",
                {"type": "static", "name": f"np6 contract {run}", "isTest": True}, creates="segment",
            )["id"]  # fmt: skip
            contacts = []
            for n in range(2):
                address = {"email": ADDRESS_PATTERN.format(run=run, n=n)}
                contacts.append(call("create_target", "POST", "/targets", address, creates="contact")["id"])
            call("add_segment_targets", "PUT", "/segments/{id}/targets", contacts, id=segment)
            renamed = {"type": "static", "name": f"np6 contract {run} (renamed)", "isTest": True}
            call("update_segment", "PUT", "/segments/{id}", renamed, id=segment)
            call("create_category", "POST", "/categories", {"name": f"np6 contract {run}"}, creates="category")
            action = call("create_action", "POST", "/actions", _draft_action(run), creates="action")["id"]
            # Validated for test only: the proof goes to the test segment, production validation never happens.
            call(
                "validate_action", "POST", "/actions/{id}/validation",
                {"fortest": True, "testSegments": [segment]}, id=action,
            )  # fmt: skip
        except _ScenarioStoppedError:
            pass  # the failed request is in the results; the cleanup below still runs
        finally:
            cleanup_safe_writes(url, key, path, timeout=timeout)
    return results


class _ScenarioStoppedError(Exception):
    def __init__(self, result: SafeWriteResult) -> None:
        super().__init__(result.request)
        self.result = result


def _draft_action(run: str) -> dict[str, Any]:
    return {
        "type": "mailMessage",
        "name": f"np6 contract {run} (draft, never validated for production)",
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
    matched or deviated (replacing its "write operation" skip), each problem a deviation."""
    from ._check import Deviation, OperationResult, load_spec

    document = load_spec()
    by_operation: dict[str, list[SafeWriteResult]] = {}
    for result in results:
        by_operation.setdefault(result.operation_id, []).append(result)
    merged = {r.operation_id: r for r in report.operations}
    for operation_id, requests in by_operation.items():
        first = requests[0]
        provenance = str(document["paths"][first.path][first.method.lower()].get("x-np6-provenance", "unknown"))
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
    report.operations = list(merged.values())
