"""`client.imports.run`: upload, execute and poll an import to its end."""

from __future__ import annotations

import io
import pickle
from pathlib import Path

import np6
import pytest
from factories import first_request_faults
from np6_client.models import ImportDefinitionRequest, SegmentStaticRequest
from np6_client.types import File
from np6_testkit.sandbox import Faults, Sandbox

BOTH_CLIENTS = True

CSV = b"email;firstname\nada@example.com;Ada\nalan@example.com;Alan\n;Nobody\n"
FAST = 0.01  # poll interval: the sandbox finishes after two polls


@pytest.fixture
def import_id(client: np6.Client) -> int:
    """An import definition feeding a static segment, with the `firstname` field it needs."""
    client.raw.get_requester().request("POST", "/fields", json={"type": "textField", "name": "firstname"})
    segment = client.segments.create_segment(body=SegmentStaticRequest("static", name="Imported"))
    definition = ImportDefinitionRequest.from_dict(
        {"name": "Contacts", "features": [{"type": "segmentation", "segmentId": segment.id}]}
    )
    return int(client.imports.create_import(body=definition).id)


def test_run_uploads_executes_and_returns_the_final_state(client: np6.Client, import_id: int) -> None:
    result = client.imports.run(import_id, CSV, poll_interval=FAST)

    assert (result.import_id, result.state, result.succeeded) == (import_id, 1, True)
    assert result.polls == 2  # the sandbox answers "running" once, like a real import that takes a while
    assert result.report is not None
    assert (result.report["created"], result.report["updated"], result.report["rejected"]) == (2, 0, 1)
    assert client.targets.count_targets().targets_count == 2


@pytest.mark.parametrize("kind", ["str path", "Path", "file object"])
def test_run_reads_a_path_or_a_binary_file(client: np6.Client, import_id: int, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes(CSV)
    source = {"str path": str(path), "Path": path, "file object": io.BytesIO(CSV)}[kind]

    result = client.imports.run(import_id, source, poll_interval=FAST)

    assert result.succeeded
    assert result.report is not None
    assert result.report["created"] == 2


def test_a_failed_import_is_returned_not_raised(client: np6.Client, import_id: int) -> None:
    result = client.imports.run(import_id, b"no_such_field\nvalue\n", poll_interval=FAST)

    assert (result.state, result.succeeded) == (2, False)
    assert result.report is not None
    assert "error" in result.report


def test_run_times_out_with_the_import_id_and_the_import_goes_on(client: np6.Client, import_id: int) -> None:
    with pytest.raises(np6.ImportTimeoutError) as caught:
        client.imports.run(import_id, CSV, timeout=1e-9, poll_interval=FAST)

    error = caught.value
    assert isinstance(error, TimeoutError)
    assert error.import_id == import_id
    assert f"import {import_id} was still running" in str(error)
    assert pickle.loads(pickle.dumps(error)).import_id == import_id
    assert client.imports.get_import_execution_state(import_id).state == 1  # it went on at NP6


def test_run_while_an_execution_is_running_is_a_conflict_with_the_reason(client: np6.Client, import_id: int) -> None:
    client.imports.upload_import_source(import_id, body=File(io.BytesIO(CSV)))
    client.imports.start_import_execution(import_id, body=ImportDefinitionRequest())

    with pytest.raises(np6.ConflictError) as conflict:
        client.imports.run(import_id, CSV, poll_interval=FAST)

    assert "an execution is still running" in "".join(conflict.value.__notes__)


class _Pipe:
    """A binary source httpx could neither measure nor send twice: ``read()`` gives it once; no seek, no fileno."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def read(self, size: int = -1) -> bytes:
        data, self._data = self._data, b""
        return data


def test_a_direct_upload_from_a_file_object_is_sent_whole_again_on_retry(
    client: np6.Client, sandbox: Sandbox, import_id: int
) -> None:
    # The first upload is answered 503: the retry must send the same bytes, with a Content-Length (NP6
    # answers 411 to a chunked body), from the sync and the async client alike.
    sandbox.set_faults(
        Faults(
            seed=first_request_faults(0.5),
            error_rate=0.5,
            error_statuses=(503,),
            operations=frozenset({"upload_import_source"}),
        )
    )
    uploaded = client.imports.upload_import_source(import_id, body=File(_Pipe(CSV)))  # type: ignore[arg-type]

    assert sandbox.faults.injected == {"error/before": 1}
    assert uploaded.to_dict()["type"] == "file"
    sandbox.set_faults(Faults())
    client.imports.start_import_execution(import_id, body=ImportDefinitionRequest())
    while (execution := client.imports.get_import_execution_state(import_id)).state == 0:
        pass
    report = execution.additional_properties["sandboxReport"]
    assert (execution.state, report["created"], report["rejected"]) == (1, 2, 1)  # every line arrived


def test_a_text_mode_upload_is_refused_before_any_request(client: np6.Client, import_id: int) -> None:
    with pytest.raises(TypeError, match="text mode: open it with 'rb'"):
        client.imports.upload_import_source(import_id, body=File(io.StringIO("email\n")))  # type: ignore[arg-type]
    with pytest.raises(np6.ConflictError):  # no source was uploaded
        client.imports.start_import_execution(import_id, body=ImportDefinitionRequest())


def test_run_polls_through_transient_server_errors(client: np6.Client, sandbox: Sandbox, import_id: int) -> None:
    sandbox.set_faults(
        Faults(seed=3, error_rate=0.5, error_statuses=(500,), operations=frozenset({"get_import_execution_state"}))
    )

    result = client.imports.run(import_id, CSV, poll_interval=FAST)

    assert result.succeeded


def test_run_refuses_bad_arguments_before_any_request(client: np6.Client, import_id: int) -> None:
    with pytest.raises(ValueError, match="timeout must be positive"):
        client.imports.run(import_id, CSV, timeout=0)
    with pytest.raises(ValueError, match="poll_interval must be positive"):
        client.imports.run(import_id, CSV, poll_interval=-1)
    with pytest.raises(ValueError, match="source is empty"):
        client.imports.run(import_id, b"")
    with pytest.raises(TypeError, match="text mode"):
        client.imports.run(import_id, io.StringIO("email\n"))  # type: ignore[arg-type]
    with pytest.raises(FileNotFoundError):
        client.imports.run(import_id, "no/such/contacts.csv")
    with pytest.raises(np6.NotFoundError):  # never executed
        client.imports.get_import_execution_state(import_id)


@pytest.mark.anyio
async def test_async_run_matches_the_sync_one(sandbox: Sandbox, client: np6.Client, tmp_path: Path) -> None:
    definition = client.imports.create_import(body=ImportDefinitionRequest.from_dict({"name": "Async"}))
    path = tmp_path / "contacts.csv"
    one_contact = b"email\nada@example.com\n"
    path.write_bytes(one_contact)
    async with np6.AsyncClient(sandbox.api_key, base_url=sandbox.url, retry_delay=0.01) as async_client:
        first = await async_client.imports.run(int(definition.id), path, poll_interval=FAST)
        second = await async_client.imports.run(int(definition.id), io.BytesIO(one_contact), poll_interval=FAST)
        with pytest.raises(np6.ImportTimeoutError):
            await async_client.imports.run(int(definition.id), one_contact, timeout=1e-9, poll_interval=FAST)
        uploaded = await async_client.imports.upload_import_source(int(definition.id), body=File(io.BytesIO(CSV)))

    assert (first.state, first.polls) == (1, 2)
    assert first.report is not None
    assert first.report["created"] == 1
    assert second.report is not None
    assert second.report["updated"] == 1
    assert uploaded.to_dict()["type"] == "file"
