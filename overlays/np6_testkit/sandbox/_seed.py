"""A sandbox seeded like a small real account, over its own HTTP API (so every object is one NP6 could hold).

``seed_small_account(sandbox)`` creates: a test segment and a plain one with five contacts, a category, a value
list, an extra field, mail actions in several states (draft, validated for test, validated, sent to the test
segment, so events exist), an import with its format, a subscription, a notifiable application, a campaign.
Bodies come from the spec's published request examples where it has them.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._spec import load_document

if TYPE_CHECKING:
    from ._server import Sandbox

__all__ = ["SeedError", "seed_small_account"]

CONTACTS = 5
MAIL_ACTION: dict[str, Any] = {
    "type": "mailMessage",
    "name": "Seeded newsletter",
    "content": {
        "headers": {"from": {"prefix": "news", "domain": "example.com", "label": "Example"}},
        "subject": "Hello {{email}}",
        "html": '<p>Hi {{email}}</p><a href="https://example.com/a" tracking="Enabled">a</a>',
    },
}


class SeedError(RuntimeError):
    """The sandbox refused a seeding request (a bug of the sandbox or of the seed)."""


def _example(document: Mapping[str, Any], path: str, method: str) -> Any:
    content = document["paths"][path][method]["requestBody"]["content"]
    media = next(iter(content.values()))
    return copy.deepcopy(next(iter(media["examples"].values()))["value"])


def seed_small_account(sandbox: Sandbox) -> dict[str, Any]:
    """Fill ``sandbox`` like a small account; returns the ids created, by kind."""
    document = load_document()
    created: dict[str, Any] = {}
    with httpx.Client(base_url=sandbox.url, headers={"X-Key": sandbox.api_key}, timeout=10) as http:

        def send(method: str, path: str, body: Any = None, media_type: str = "application/json") -> Any:
            headers = {"content-type": media_type} if body is not None else {}
            response = http.request(method, path, json=body, headers=headers)
            if not response.is_success:
                raise SeedError(f"{method} {path}: {response.status_code} {response.text[:300]}")
            return response.json() if response.content else None

        test_segment = send("POST", "/segments", {"type": "static", "name": "seed testers", "isTest": True})["id"]
        segment = send("POST", "/segments", {"type": "static", "name": "seed customers", "isTest": False})["id"]
        contacts = [send("POST", "/targets", {"email": f"seed{n}@example.com"})["id"] for n in range(CONTACTS)]
        send("PUT", f"/segments/{test_segment}/targets", contacts[:2])
        send("PUT", f"/segments/{segment}/targets", contacts)
        created |= {"segments": [test_segment, segment], "contacts": contacts}
        created["category"] = send("POST", "/categories", _example(document, "/categories", "post"))["id"]
        created["field"] = send("POST", "/fields", _example(document, "/fields", "post"))["id"]
        pastimes = [{"index": 1, "value": "Football"}, {"index": 2, "value": "Tennis"}]
        value_list = {"name": "Pastimes", "ordered": False, "values": pastimes}
        created["value_list"] = send("POST", "/valueLists", value_list)["id"]
        footprint = {
            "id": contacts[0],
            "unicity": "seed0@example.com",
            "hash": send("GET", f"/targets/{contacts[0]}")["hash"],
        }
        subscription = {
            "application": "56c874e9-2f8e-4b60-ab4b-6410c3238352",
            "provider": {"type": "firebase", "token": "seed-device-token"},
            "contact": {"type": "footprint", **footprint},
        }
        created["subscription"] = send("PUT", "/subscriptions", subscription)["id"]
        draft = send("POST", "/actions", MAIL_ACTION)["id"]
        tested = send("POST", "/actions", {**MAIL_ACTION, "name": "Seeded, validated for test"})["id"]
        send("POST", f"/actions/{tested}/validation", {"fortest": True, "testSegments": [test_segment]})
        sent = send("POST", "/actions", {**MAIL_ACTION, "name": "Seeded, sent to testers"})["id"]
        send("POST", f"/actions/{sent}/validation", {"fortest": True, "testSegments": [test_segment]})
        send("POST", f"/actions/{sent}/validation", {"fortest": False})
        send(
            "POST",
            f"/actions/{sent}/executions",
            [{"recipient": {"type": "id", "value": contact}} for contact in contacts[:2]],
            "application/vnd.np6.cm.email",
        )
        created["actions"] = [draft, tested, sent]
        created["import"] = send("POST", "/imports", _example(document, "/imports", "post"))["id"]
        created["campaign"] = send("POST", "/campaigns", _example(document, "/campaigns", "post"))
        created["application"] = send(
            "POST", "/parameters/applications", _example(document, "/parameters/applications", "post")
        )
    return created
