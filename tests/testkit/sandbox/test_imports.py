"""The sandbox's imports over loopback HTTP: definitions, CSV sources, executions and their polling."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

TERMINAL_STATES = (1, 2)
CSV = "application/octet-stream"


def create_import(http: httpx.Client, **definition: Any) -> dict[str, Any]:
    response = http.post("/imports", json={"name": "Manual import", **definition})
    assert response.status_code == 200, response.text
    created: dict[str, Any] = response.json()
    return created


def upload(http: httpx.Client, import_id: int, text: str, encoding: str = "utf-8") -> httpx.Response:
    return http.put(f"/imports/{import_id}/source", content=text.encode(encoding), headers={"Content-Type": CSV})


def start(http: httpx.Client, import_id: int) -> httpx.Response:
    return http.post(f"/imports/{import_id}/executions", json={})


def poll_until_terminal(http: httpx.Client, import_id: int, max_polls: int = 10) -> tuple[dict[str, Any], int]:
    """The terminal state answer and how many polls it took, as a client loop would see them."""
    for polls in range(1, max_polls + 1):
        response = http.get(f"/imports/{import_id}/executions")
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        if body["state"] in TERMINAL_STATES:
            return body, polls
    raise AssertionError(f"import {import_id} still running after {max_polls} polls")


def run_import(http: httpx.Client, import_id: int, text: str) -> dict[str, Any]:
    """Upload, start and poll to completion; answers the sandbox's report of the run."""
    assert upload(http, import_id, text).status_code == 200
    assert start(http, import_id).status_code == 200
    final, _ = poll_until_terminal(http, import_id)
    report: dict[str, Any] = final["sandboxReport"]
    return {"state": final["state"], **report}


def target_by_email(http: httpx.Client, email: str) -> httpx.Response:
    return http.get("/targets", params={"unicity": email})


def create_field(http: httpx.Client, name: str) -> int:
    response = http.post("/fields", json={"type": "textField", "name": name, "isUnicity": False})
    assert response.status_code == 200, response.text
    field_id: int = response.json()["id"]
    return field_id


def create_static_segment(http: httpx.Client, name: str = "Imported") -> int:
    response = http.post("/segments", json={"type": "static", "name": name})
    assert response.status_code == 200, response.text
    segment_id: int = response.json()["id"]
    return segment_id


# -- definitions ------------------------------------------------------------------------------------


def test_definitions_are_stored_listed_updated_and_deleted(http: httpx.Client) -> None:
    created = create_import(http, binding=None)
    import_id = created["id"]
    assert created["source"] == {"type": "file", "creationDate": created["creationDate"], "filename": None}
    assert http.get(f"/imports/{import_id}").json() == created
    assert [item["id"] for item in http.get("/imports").json()] == [import_id]

    updated = http.put(f"/imports/{import_id}", json={"name": "Renamed"})
    assert updated.status_code == 200
    assert updated.json()["name"] == "Renamed"
    assert updated.json()["creationDate"] == created["creationDate"]
    assert updated.headers["content-type"].startswith("application/vnd.mperf.v8.import.v1+json")

    assert http.delete(f"/imports/{import_id}").status_code == 204
    assert http.get(f"/imports/{import_id}").status_code == 404
    assert http.get("/imports").json() == []


def test_unknown_import_answers_404_everywhere(http: httpx.Client) -> None:
    assert http.get("/imports/999").status_code == 404
    assert http.put("/imports/999", json={"name": "x"}).status_code == 404
    assert http.delete("/imports/999").status_code == 404
    assert upload(http, 999, "email\na@example.com\n").status_code == 404
    assert start(http, 999).status_code == 404
    assert http.get("/imports/999/executions").status_code == 404


# -- sources ----------------------------------------------------------------------------------------


def test_upload_answers_the_file_source(http: httpx.Client) -> None:
    import_id = create_import(http)["id"]
    response = upload(http, import_id, "email\nalice@example.com\n")
    assert response.status_code == 200
    source = response.json()
    assert source["type"] == "file"
    assert source["filename"].endswith("_import.csv")
    assert source["updateDate"]
    assert http.get(f"/imports/{import_id}").json()["source"] == source


def test_upload_with_a_wrong_content_type_answers_415(http: httpx.Client) -> None:
    import_id = create_import(http)["id"]
    response = http.put(f"/imports/{import_id}/source", content=b"email\n", headers={"Content-Type": "text/csv"})
    assert response.status_code == 415


def test_start_without_a_source_answers_409_with_an_empty_body(http: httpx.Client) -> None:
    import_id = create_import(http)["id"]
    response = start(http, import_id)
    assert response.status_code == 409
    assert response.content == b""


def test_polling_an_import_that_never_ran_answers_404(http: httpx.Client) -> None:
    import_id = create_import(http)["id"]
    assert http.get(f"/imports/{import_id}/executions").status_code == 404


# -- executions -------------------------------------------------------------------------------------


def test_import_creates_targets_and_fills_the_segment(http: httpx.Client) -> None:
    segment_id = create_static_segment(http)
    firstname = create_field(http, "firstname")
    import_id = create_import(http, features=[{"type": "segmentation", "segmentId": segment_id}])["id"]
    assert upload(http, import_id, "email;firstname\nalice@example.com;Alice\nbob@example.com;Bob\n").status_code == 200

    started = start(http, import_id)
    assert started.status_code == 200
    execution = started.json()
    assert execution["state"] == 0
    assert execution["source"]["type"] == "file"
    assert execution["content"]["features"][0]["segmentId"] == segment_id

    final, polls = poll_until_terminal(http, import_id)
    assert polls == 2  # the first poll still sees the run as running
    assert final["state"] == 1
    assert final["sandboxReport"] == {"created": 2, "updated": 0, "rejected": 0, "rejections": []}

    alice = target_by_email(http, "alice@example.com")
    assert alice.status_code == 200
    assert alice.json()["fields"] == {"728": "alice@example.com", str(firstname): "Alice"}
    bob_id = target_by_email(http, "bob@example.com").json()["id"]
    members = http.get(f"/segments/{segment_id}/targets").json()
    assert members == [alice.json()["id"], bob_id]


def test_a_second_run_updates_instead_of_duplicating(http: httpx.Client) -> None:
    create_field(http, "firstname")
    import_id = create_import(http)["id"]
    first = run_import(http, import_id, "email,firstname\nalice@example.com,Alice\n")
    assert (first["created"], first["updated"]) == (1, 0)
    alice_id = target_by_email(http, "alice@example.com").json()["id"]

    second = run_import(http, import_id, "email,firstname\nalice@example.com,Alicia\ncarol@example.com,Carol\n")
    assert (second["created"], second["updated"], second["rejected"]) == (1, 1, 0)
    alice = target_by_email(http, "alice@example.com").json()
    assert alice["id"] == alice_id
    assert "Alicia" in alice["fields"].values()
    assert http.get("/targets/count").json() == {"targetsCount": 2}


def test_unimportable_lines_are_counted_as_rejected(http: httpx.Client) -> None:
    create_field(http, "city")
    import_id = create_import(http)["id"]
    text = "\ufeffemail;city\nalice@example.com;Paris\n;Lyon\nbob@example.com;Nice;extra\n\ncarol@example.com;\n"
    report = run_import(http, import_id, text)
    assert report["state"] == 1
    assert (report["created"], report["updated"], report["rejected"]) == (2, 0, 2)
    assert [rejection["line"] for rejection in report["rejections"]] == [3, 4]
    assert "unicity" in report["rejections"][0]["reason"]
    assert target_by_email(http, "bob@example.com").status_code == 404


def test_an_unknown_column_fails_the_run_and_rejects_every_line(http: httpx.Client) -> None:
    import_id = create_import(http)["id"]
    report = run_import(http, import_id, "email;shoe_size\nalice@example.com;42\nbob@example.com;44\n")
    assert report["state"] == 2
    assert report["rejected"] == 2
    assert "shoe_size" in report["error"]
    assert target_by_email(http, "alice@example.com").status_code == 404


def test_a_source_that_is_not_utf8_fails_the_run(http: httpx.Client) -> None:
    import_id = create_import(http)["id"]
    assert upload(http, import_id, "email;city\nzoé@example.com;Orléans\n", encoding="latin-1").status_code == 200
    assert start(http, import_id).status_code == 200
    final, _ = poll_until_terminal(http, import_id)
    assert final["state"] == 2
    assert "UTF-8" in final["sandboxReport"]["error"]


def test_restarting_before_the_run_is_seen_finished_answers_409(http: httpx.Client) -> None:
    import_id = create_import(http)["id"]
    assert upload(http, import_id, "email\nalice@example.com\n").status_code == 200
    assert start(http, import_id).status_code == 200
    assert start(http, import_id).status_code == 409
    poll_until_terminal(http, import_id)
    assert start(http, import_id).status_code == 200


def test_existing_targets_are_kept_when_updates_are_off(http: httpx.Client) -> None:
    features = [{"type": "database", "updateExisting": False, "crushData": False}]
    import_id = create_import(http, features=features)["id"]
    assert run_import(http, import_id, "email\nalice@example.com\n")["created"] == 1
    report = run_import(http, import_id, "email\nalice@example.com\n")
    assert (report["created"], report["updated"], report["rejected"]) == (0, 0, 1)


def test_keep_first_duplicate_rule_rejects_later_lines(http: httpx.Client) -> None:
    create_field(http, "city")
    import_id = create_import(http, features=[{"type": "duplicate", "rules": {"first": True}}])["id"]
    report = run_import(http, import_id, "email;city\nalice@example.com;Paris\nalice@example.com;Lyon\n")
    assert (report["created"], report["rejected"]) == (1, 1)
    assert report["rejections"][0]["reason"] == "duplicate of line 2"
    assert "Paris" in target_by_email(http, "alice@example.com").json()["fields"].values()


def test_import_into_a_missing_segment_fails(http: httpx.Client) -> None:
    import_id = create_import(http, features=[{"type": "segmentation", "segmentId": 4242}])["id"]
    report = run_import(http, import_id, "email\nalice@example.com\n")
    assert report["state"] == 2
    assert "4242" in report["error"]


def test_a_binding_gives_separator_and_columns(http: httpx.Client) -> None:
    city = create_field(http, "city")
    binding = {
        "name": "Two columns",
        "separator": ord("|"),
        "startAt": 0,
        "binds": [
            {"columnIndex": 0, "fieldId": -10},
            {"columnIndex": 1, "fieldId": 728},
            {"columnIndex": 2, "fieldId": city},
        ],
        "savedImportFormat": True,
    }
    created = http.post("/importFormats", json=binding)
    assert created.status_code == 200
    guid = created.json()["identifier"]["guid"]
    assert http.get(f"/importFormats/{guid}").json() == created.json()

    import_id = create_import(http, binding=guid)["id"]
    report = run_import(http, import_id, "ignored|alice@example.com|Paris\n")
    assert (report["state"], report["created"]) == (1, 1)
    assert target_by_email(http, "alice@example.com").json()["fields"] == {
        "728": "alice@example.com",
        str(city): "Paris",
    }


def test_import_formats_refuse_a_name_clash_and_unknown_ids(http: httpx.Client) -> None:
    binding = {"name": "Mine", "separator": 59, "startAt": 1, "binds": [], "savedImportFormat": True}
    assert http.post("/importFormats", json=binding).status_code == 200
    clash = http.post("/importFormats", json={**binding, "name": "MINE"})
    assert (clash.status_code, clash.content) == (409, b"")
    assert http.get("/importFormats/1").status_code == 404


@pytest.mark.parametrize("delimiter", [";", ","])
def test_the_separator_is_detected(http: httpx.Client, delimiter: str) -> None:
    create_field(http, "city")
    import_id = create_import(http)["id"]
    report = run_import(http, import_id, f"email{delimiter}city\nalice@example.com{delimiter}Paris\n")
    assert (report["created"], report["rejected"]) == (1, 0)


def test_crush_data_lets_empty_cells_blank_stored_values(http: httpx.Client) -> None:
    city = str(create_field(http, "city"))
    keep = create_import(http)["id"]
    crush = create_import(http, features=[{"type": "database", "updateExisting": True, "crushData": True}])["id"]
    run_import(http, keep, "email;city\nalice@example.com;Paris\n")

    assert run_import(http, keep, "email;city\nalice@example.com;\n")["updated"] == 1
    assert target_by_email(http, "alice@example.com").json()["fields"][city] == "Paris"
    assert run_import(http, crush, "email;city\nalice@example.com;\n")["updated"] == 1
    assert target_by_email(http, "alice@example.com").json()["fields"][city] is None


def test_red_list_feature_redlists_imported_targets(http: httpx.Client) -> None:
    features = [{"type": "redList", "destination": {"mail": True, "sms": False}}]
    import_id = create_import(http, features=features)["id"]
    run_import(http, import_id, "email\nalice@example.com\n")
    alice_id = target_by_email(http, "alice@example.com").json()["id"]
    assert [entry["id"] for entry in http.get("/targets/redlist/mail").json()] == [alice_id]
    assert http.get("/targets/redlist/sms").json() == []
