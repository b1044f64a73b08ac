"""The generated package: every operation exists and imports, and what it sends over the wire is what
NP6 expects (auth header, vendor media types, restructured query keys), against the sandbox on loopback."""

from __future__ import annotations

import importlib
import json
import pkgutil
from collections.abc import Iterator
from typing import Any

import httpx
import np6_client
import np6_client.api
import pytest
import spec_lint
from np6_client.api.actions import execute_action_batch
from np6_client.api.contact_events import list_contact_hit_events_by_identity
from np6_client.api.notifications import render_notification_for_contact
from np6_client.api.targets import create_target, get_target
from np6_client.models import (
    ExecutionEmailRequest,
    ExecutionSmsRequest,
    RecipientById,
    RecipientByUnicity,
    Target,
    TargetCreateRequest,
)
from np6_testkit.sandbox import Sandbox


def test_every_generated_module_imports() -> None:
    names = [module.name for module in pkgutil.walk_packages(np6_client.__path__, "np6_client.")]
    for name in names:
        importlib.import_module(name)
    assert len(names) > 500


def test_every_spec_operation_has_a_typed_function(spec: dict[str, Any]) -> None:
    for _, _, operation in spec_lint.iter_operations(spec):
        module = importlib.import_module(f"np6_client.api.{operation['tags'][0]}.{operation['operationId']}")
        for function in ("sync_detailed", "asyncio_detailed"):
            assert callable(getattr(module, function)), f"{module.__name__}.{function}"


def test_the_package_ships_the_spec_it_was_generated_from(spec: dict[str, Any]) -> None:
    import np6.spec

    assert np6.spec.document() == spec


class Wire:
    """Records the requests a client sends."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> None:
        self.requests.append(request)


@pytest.fixture
def wire() -> Wire:
    return Wire()


@pytest.fixture
def client(sandbox: Sandbox, wire: Wire) -> Iterator[np6_client.AuthenticatedClient]:
    with np6_client.AuthenticatedClient(
        base_url=sandbox.url, token=sandbox.api_key, httpx_args={"event_hooks": {"request": [wire]}}
    ) as authenticated:
        yield authenticated


def test_the_key_goes_in_x_key_and_never_in_repr(
    sandbox: Sandbox, client: np6_client.AuthenticatedClient, wire: Wire
) -> None:
    created = create_target.sync_detailed(client=client, body=TargetCreateRequest.from_dict({"email": "a@np6.test"}))
    assert created.status_code == 200
    assert wire.requests[0].headers["X-Key"] == sandbox.api_key
    assert "authorization" not in wire.requests[0].headers
    assert sandbox.api_key not in repr(client)


def test_create_by_field_name_read_by_field_id(client: np6_client.AuthenticatedClient) -> None:
    created = create_target.sync(client=client, body=TargetCreateRequest.from_dict({"email": "b@np6.test"}))
    assert isinstance(created, Target)
    assert isinstance(created.id, str)
    fetched = get_target.sync(created.id, client=client)
    assert isinstance(fetched, Target)
    assert fetched.fields is not np6_client.types.UNSET
    assert fetched.fields.to_dict() == {"728": "b@np6.test"}


def test_an_empty_409_parses_without_crashing(client: np6_client.AuthenticatedClient) -> None:
    body = TargetCreateRequest.from_dict({"email": "c@np6.test"})
    create_target.sync(client=client, body=body)
    again = create_target.sync_detailed(client=client, body=body)
    assert again.status_code == 409
    assert again.content == b""
    assert again.parsed is None


@pytest.mark.parametrize(
    ("request_class", "media_type"),
    [(ExecutionEmailRequest, "application/vnd.np6.cm.email"), (ExecutionSmsRequest, "application/vnd.np6.cm.sms")],
)
def test_batch_sends_use_the_vendor_media_type_of_their_channel(
    client: np6_client.AuthenticatedClient, wire: Wire, request_class: Any, media_type: str
) -> None:
    recipients = [request_class(recipient=RecipientByUnicity(type_="unicity", value=["d@np6.test"]))]
    response = execute_action_batch.sync_detailed("000AAA", client=client, body=recipients)
    assert response.status_code == 404  # the action does not exist; the request itself was accepted
    sent = wire.requests[-1]
    assert sent.headers["Content-Type"] == media_type
    assert json.loads(sent.content) == [{"recipient": {"type": "unicity", "value": ["d@np6.test"]}}]


def test_query_keyed_operations_take_one_key(client: np6_client.AuthenticatedClient, wire: Wire) -> None:
    created = create_target.sync(client=client, body=TargetCreateRequest.from_dict({"email": "e@np6.test"}))
    assert isinstance(created, Target)
    response = list_contact_hit_events_by_identity.sync_detailed(client=client, unicity="e@np6.test", sort="asc")
    assert response.status_code == 200
    assert wire.requests[-1].url.params["unicity"] == "e@np6.test"
    assert "id" not in wire.requests[-1].url.params


def test_a_path_and_a_query_parameter_of_one_name_get_suffixed_arguments(
    client: np6_client.AuthenticatedClient, wire: Wire
) -> None:
    """`/notifications/{id}/render/contact?id=...`: the generator names them `id_path` and `id_query`."""
    render_notification_for_contact.sync_detailed(1234, client=client, id_query="000TARGET")
    sent = wire.requests[-1]
    assert sent.url.path == "/notifications/1234/render/contact"
    assert sent.url.params["id"] == "000TARGET"


def test_recipient_models_serialise_np6_shapes() -> None:
    assert RecipientById(type_="id", value="000PIZ76").to_dict() == {"type": "id", "value": "000PIZ76"}
    assert RecipientByUnicity(type_="unicity", value=["a@b.c"]).to_dict() == {"type": "unicity", "value": ["a@b.c"]}
