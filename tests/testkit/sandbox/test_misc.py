"""The sandbox's subscriptions, categories and campaigns over loopback HTTP."""

from __future__ import annotations

from typing import Any

import httpx

APPLICATION = "56c874e9-2f8e-4b60-ab4b-6410c3238352"
PROVIDER = {"type": "firebase", "token": "d4FAelIfREOTW2TPig-f9r:APA91b"}


def create_target(http: httpx.Client, email: str) -> dict[str, Any]:
    response = http.post("/targets", json={"email": email})
    assert response.status_code == 200, response.text
    target: dict[str, Any] = response.json()
    return target


def put_subscription(http: httpx.Client, **subscription: Any) -> httpx.Response:
    return http.put("/subscriptions", json={"application": APPLICATION, "provider": PROVIDER, **subscription})


# -- subscriptions ----------------------------------------------------------------------------------


def test_subscription_is_created_read_and_deleted(http: httpx.Client) -> None:
    created = put_subscription(http)
    assert created.status_code == 200
    subscription = created.json()
    assert subscription["lifecycle"]["creation"]["user"] is None
    assert subscription["provider"] == PROVIDER

    assert http.get(f"/subscriptions/{subscription['id']}").json() == subscription
    assert http.delete(f"/subscriptions/{subscription['id']}").status_code == 204
    assert http.get(f"/subscriptions/{subscription['id']}").status_code == 404
    assert http.delete(f"/subscriptions/{subscription['id']}").status_code == 404


def test_put_with_a_known_id_updates(http: httpx.Client) -> None:
    subscription_id = "0581e259-9039-487c-a94e-ff8c3944f956"
    created = put_subscription(http, id=subscription_id).json()
    assert created["id"] == subscription_id

    new_provider = {"type": "firebase", "token": "another-token"}
    updated = put_subscription(http, id=subscription_id, provider=new_provider).json()
    assert updated["provider"] == new_provider
    assert updated["lifecycle"]["creation"] == created["lifecycle"]["creation"]
    assert "modification" in updated["lifecycle"]


def test_subscriptions_follow_the_contact_they_identify(http: httpx.Client) -> None:
    alice = create_target(http, "alice@example.com")
    bob = create_target(http, "bob@example.com")
    by_unicity = put_subscription(http, contact={"type": "footprint", "unicity": "alice@example.com"}).json()
    by_value = put_subscription(http, contact={"type": "id", "value": alice["id"]}).json()
    put_subscription(http, contact={"type": "footprint", "id": bob["id"]})

    # The stored contact is the target's full footprint.
    assert by_unicity["contact"] == {
        "type": "footprint",
        "id": alice["id"],
        "unicity": "alice@example.com",
        "hash": alice["hash"],
    }
    alice_ids = {by_unicity["id"], by_value["id"]}
    assert {item["id"] for item in http.get(f"/targets/{alice['id']}/subscriptions").json()} == alice_ids
    by_email = http.get("/targets/subscriptions", params={"unicity": "alice@example.com"}).json()
    assert {item["id"] for item in by_email} == alice_ids
    by_hash = http.get("/targets/subscriptions", params={"hash": alice["hash"]}).json()
    assert {item["id"] for item in by_hash} == alice_ids

    assert http.delete(f"/targets/{alice['id']}/subscriptions").status_code == 204
    assert http.get(f"/targets/{alice['id']}/subscriptions").json() == []
    assert len(http.get(f"/targets/{bob['id']}/subscriptions").json()) == 1

    assert http.delete("/targets/subscriptions", params={"hash": bob["hash"]}).status_code == 204
    assert http.get("/targets/subscriptions", params={"unicity": "bob@example.com"}).json() == []


def test_a_contact_naming_no_target_is_kept_unlinked(http: httpx.Client) -> None:
    contact = {"type": "footprint", "id": "000ZZZZZ", "unicity": "ghost@example.com"}
    subscription = put_subscription(http, contact=contact).json()
    assert subscription["contact"] == contact


def test_subscriptions_of_unknown_contacts_answer_404(http: httpx.Client) -> None:
    assert http.get("/targets/000ZZZZZ/subscriptions").status_code == 404
    assert http.delete("/targets/000ZZZZZ/subscriptions").status_code == 404
    assert http.get("/targets/subscriptions", params={"unicity": "ghost@example.com"}).status_code == 404
    assert http.delete("/targets/subscriptions", params={"unicity": "ghost@example.com"}).status_code == 404


def test_identity_lookup_needs_exactly_one_key(http: httpx.Client) -> None:
    response = http.get("/targets/subscriptions")
    assert response.status_code == 400


# -- categories -------------------------------------------------------------------------------------


def test_category_crud(http: httpx.Client) -> None:
    created = http.post("/categories", json={"name": "New", "description": "Category for new campaign"})
    assert created.status_code == 200
    category = created.json()
    assert category["name"] == "New"
    assert category["creationDate"]
    category_id = category["id"]

    assert http.get(f"/categories/{category_id}").json() == category
    assert http.get("/categories").json() == [category]

    updated = http.put(f"/categories/{category_id}", json={"name": "Updated"})
    assert updated.status_code == 200
    assert updated.json() == {**category, "name": "Updated"}

    assert http.delete(f"/categories/{category_id}").status_code == 204
    assert http.get(f"/categories/{category_id}").status_code == 404
    assert http.get("/categories").json() == []


def test_category_without_description_reads_null(http: httpx.Client) -> None:
    assert http.post("/categories", json={"name": "Old"}).json()["description"] is None


def test_category_name_clash_answers_409(http: httpx.Client) -> None:
    first = http.post("/categories", json={"name": "Promo"}).json()
    second = http.post("/categories", json={"name": "Newsletter"}).json()
    clash = http.post("/categories", json={"name": "promo"})
    assert (clash.status_code, clash.content) == (409, b"")
    assert http.put(f"/categories/{second['id']}", json={"name": "PROMO"}).status_code == 409
    # Keeping its own name is no clash.
    assert http.put(f"/categories/{first['id']}", json={"name": "Promo", "description": "x"}).status_code == 200


def test_unknown_category_answers_404(http: httpx.Client) -> None:
    assert http.get("/categories/99").status_code == 404
    assert http.put("/categories/99", json={"name": "x"}).status_code == 404
    assert http.delete("/categories/99").status_code == 404


def test_category_needs_a_name(http: httpx.Client) -> None:
    assert http.post("/categories", json={"description": "nameless"}).status_code == 400
    blank = http.post("/categories", json={"name": "  "})
    assert blank.status_code == 400
    assert blank.json()["field"] == "name"


# -- campaigns --------------------------------------------------------------------------------------


def test_campaign_is_stored_with_server_id_and_dates(http: httpx.Client) -> None:
    body = {"name": "Spring", "startDate": "2026-03-01T00:00:00Z", "items": [{"type": "action", "id": 12}]}
    first = http.post("/campaigns", json=body)
    second = http.post("/campaigns", json=body)
    assert first.status_code == 200
    campaign = first.json()
    assert {key: campaign[key] for key in body} == body
    assert campaign["creationDate"] == campaign["updateDate"]
    assert campaign["id"] != second.json()["id"]
