"""Fields, targets and segments in the sandbox: NP6's semantics, over loopback HTTP."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
from np6_testkit.sandbox import Sandbox


def _create(http: httpx.Client, **fields: object) -> dict[str, object]:
    response = http.post("/targets", json=fields)
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


def test_the_unicity_field_exists_from_the_start(http: httpx.Client) -> None:
    fields = http.get("/fields").json()
    assert [field for field in fields if field["isUnicity"]] == [
        {"type": "email", "id": 728, "name": "email", "isUnicity": True, "isMandatory": True, "isCriterion": True}
    ]


def test_fields_get_ids_and_names_are_unique(http: httpx.Client) -> None:
    created = http.post("/fields", json={"type": "textField", "name": "firstname"}).json()
    assert created["id"] >= 1000
    assert http.get(f"/fields/{created['id']}").json() == created
    assert http.post("/fields", json={"type": "textField", "name": "FirstName"}).status_code == 409


def test_create_by_field_name_read_by_field_id(http: httpx.Client) -> None:
    firstname = http.post("/fields", json={"type": "textField", "name": "firstname"}).json()["id"]
    target = _create(http, email="alice@np6.test", firstname="Alice")
    assert target["fields"] == {"728": "alice@np6.test", str(firstname): "Alice"}
    assert http.get(f"/targets/{target['id']}").json() == target


def test_create_by_field_id_too(http: httpx.Client) -> None:
    assert _create(http, **{"728": "ids@np6.test"})["fields"] == {"728": "ids@np6.test"}


def test_an_existing_unicity_is_409_with_an_empty_body(http: httpx.Client) -> None:
    _create(http, email="dup@np6.test")
    response = http.post("/targets", json={"email": "dup@np6.test"})
    assert response.status_code == 409
    assert response.content == b""
    assert response.headers["x-request-id"]


def test_values_nested_under_fields_are_refused(http: httpx.Client) -> None:
    response = http.post("/targets", json={"fields": {"728": "nested@np6.test"}})
    assert response.status_code == 400


def test_a_target_without_unicity_is_refused(http: httpx.Client) -> None:
    http.post("/fields", json={"type": "textField", "name": "city"})
    response = http.post("/targets", json={"city": "Paris"})
    assert response.status_code == 400
    assert response.json()["message"] == "target cannot be identified - unicity is null"


def test_unknown_fields_are_refused_by_name(http: httpx.Client) -> None:
    response = http.post("/targets", json={"email": "x@np6.test", "shoe_size": "42"})
    assert response.status_code == 400
    assert response.json()["field"] == "shoe_size"


def test_lookup_by_id_unicity_and_hash(http: httpx.Client) -> None:
    target = _create(http, email="find@np6.test")
    by_unicity = http.get("/targets", params={"unicity": "find@np6.test"})
    assert by_unicity.headers["content-type"] == "application/vnd.np6.experimental+json"
    assert by_unicity.json() == target
    assert http.get("/targets", params={"hash": target["hash"]}).json() == target
    assert http.get("/targets", params={"unicity": "nobody@np6.test"}).status_code == 404
    assert http.get("/targets/NOPE0000").status_code == 404


def test_update_keeps_unicity_unique(http: httpx.Client) -> None:
    first = _create(http, email="one@np6.test")
    _create(http, email="two@np6.test")
    assert http.put(f"/targets/{first['id']}", json={"email": "two@np6.test"}).status_code == 409
    moved = http.put(f"/targets/{first['id']}", json={"email": "uno@np6.test"}).json()
    assert moved["fields"]["728"] == "uno@np6.test"
    assert http.get("/targets", params={"unicity": "uno@np6.test"}).json()["id"] == first["id"]
    assert http.get("/targets", params={"unicity": "one@np6.test"}).status_code == 404


def test_update_by_identity_creates_when_unknown(http: httpx.Client) -> None:
    created = http.put("/targets", params={"unicity": "new@np6.test"}, json={"email": "new@np6.test"})
    assert created.status_code == 200
    again = http.put("/targets", params={"unicity": "new@np6.test"}, json={"email": "new@np6.test"})
    assert again.json()["id"] == created.json()["id"]
    assert http.get("/targets/count").json() == {"targetsCount": 1}


def test_delete_count_and_bulk_delete(http: httpx.Client) -> None:
    ids = [_create(http, email=f"bulk{i}@np6.test")["id"] for i in range(4)]
    assert http.delete(f"/targets/{ids[0]}").status_code == 204
    assert http.delete(f"/targets/{ids[0]}").status_code == 404
    response = http.request("DELETE", "/targets", json={"type": "id", "value": ids[1:3]})
    assert response.status_code == 204
    assert http.get("/targets/count").json() == {"targetsCount": 1}


def test_redlist_and_bounces(http: httpx.Client) -> None:
    target = _create(http, email="red@np6.test")
    assert http.post(f"/targets/{target['id']}/redlist/mail", json={"origin": 1}).status_code == 204
    entries = http.get("/targets/redlist/mail").json()
    assert [entry["id"] for entry in entries] == [target["id"]]
    assert http.get("/targets/redlist/mail", params={"endDate": "2000-01-01T00:00:00Z"}).json() == []
    bounce = {"type": "hardDomain", "fieldId": 728, "detail": {"message": "no such domain"}}
    assert http.put(f"/targets/{target['id']}/bounces/728", json=bounce).status_code == 204


def test_segments_static_membership_and_the_50_limit(http: httpx.Client) -> None:
    segment = http.post("/segments", json={"type": "static", "name": "vip", "isTest": True}).json()
    assert http.post("/segments", json={"type": "static", "name": "VIP"}).status_code == 409
    ids = [_create(http, email=f"m{i}@np6.test")["id"] for i in range(3)]
    url = f"/segments/{segment['id']}/targets"
    assert http.put(url, json=ids[:2]).json() == 2
    assert http.put(url, json=ids).json() == 1  # already-present members are not counted twice
    assert http.put(url, json=["NOPE0000"]).json() == 0
    assert http.get(url).json() == ids
    assert http.put(url, json=ids * 17).status_code == 400  # 51 identifiers
    assert http.get(f"/segments/{segment['id']}").json()["targetsCount"] == 3
    assert http.delete(url).status_code == 204
    assert http.get(url).json() == []


def test_dynamic_segments_refuse_membership_changes(http: httpx.Client) -> None:
    segment = http.post("/segments", json={"type": "dynamic", "name": "auto"}).json()
    target = _create(http, email="dyn@np6.test")
    assert http.put(f"/segments/{segment['id']}/targets", json=[target["id"]]).status_code == 409


def test_deleting_a_target_removes_its_memberships(http: httpx.Client) -> None:
    segment = http.post("/segments", json={"type": "static", "name": "gone"}).json()
    target = _create(http, email="gone@np6.test")
    http.put(f"/segments/{segment['id']}/targets", json=[target["id"]])
    http.delete(f"/targets/{target['id']}")
    assert http.get(f"/segments/{segment['id']}/targets").json() == []


def test_parallel_clients_lose_and_duplicate_nothing(sandbox: Sandbox) -> None:
    """8 clients create 400 targets, half of them colliding on purpose: each unicity exists once."""
    emails = [f"p{i % 200}@np6.test" for i in range(400)]
    workers = threading.local()

    def create(email: str) -> int:
        if not hasattr(workers, "client"):
            workers.client = httpx.Client(base_url=sandbox.url, headers={"X-Key": sandbox.api_key})
        status: int = workers.client.post("/targets", json={"email": email}).status_code
        return status

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(create, emails))
    assert statuses.count(200) == 200
    assert statuses.count(409) == 200
    with httpx.Client(base_url=sandbox.url, headers={"X-Key": sandbox.api_key}) as client:
        assert client.get("/targets/count").json() == {"targetsCount": 200}
        found = {client.get("/targets", params={"unicity": f"p{i}@np6.test"}).json()["id"] for i in range(200)}
    assert len(found) == 200
