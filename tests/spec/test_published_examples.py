"""Every published example parses (issue 15, item 3).

`examples/published_examples.json` holds every JSON snippet of NP6's public sources that `_published.py`
finds in `shared/np6-api/*.md` and `shared/seeds/*`: the examples, with the operation (request or response)
or component schema each illustrates and its value, and the snippets that are not examples, each with its
reason. Responses go through the generated parser of their operation (`_parse_response`), placeholders
included: an unknown or skeleton shape must land in a catch-all `Unknown…` variant, never raise. Requests go
through the generated request models and must validate against the spec, as the sandbox checks them.

The catalogue is self-contained; `test_the_catalogue_lists_every_published_snippet` re-reads the sources when
`shared/` is beside the clone (as in CI) and fails on any snippet the catalogue does not account for.
"""

from __future__ import annotations

import importlib
import json
import re
from typing import Any

import httpx
import np6_client
import pytest
from np6_client import models

from ._published import SHARED, all_candidates, load_catalogue
from ._schema import body_pointer, operation, schema_errors

CATALOGUE = load_catalogue()
USES = [
    pytest.param(
        example,
        use,
        id=f"{example['source']}->{use.get('operation') or use.get('schema')}:{use.get('direction', 'schema')}",
    )
    for example in CATALOGUE["examples"]
    for use in example["uses"]
]


def _client() -> np6_client.Client:
    return np6_client.Client(base_url="http://127.0.0.1:9", raise_on_unexpected_status=True)


def _endpoint(spec: dict[str, Any], operation_id: str) -> Any:
    _, _, op = operation(spec, operation_id)
    return importlib.import_module(f"np6_client.api.{op['tags'][0]}.{operation_id}")


def _resolve(spec: dict[str, Any], schema: dict[str, Any], value: Any) -> list[tuple[str, Any]]:
    """The generated model classes that read `value` under `schema`, with the value each gets: a union
    picks its variant by the discriminator mapping, else its catch-all. Empty for schemas with no model
    (primitives, free-form objects), which JSON Schema checks instead."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        component = spec["components"]["schemas"][name]
        if "oneOf" in component and "discriminator" in component:
            prop = component["discriminator"]["propertyName"]
            mapping = component["discriminator"].get("mapping", {})
            variants = [variant["$ref"] for variant in component["oneOf"]]
            tag = value.get(prop) if isinstance(value, dict) else None
            chosen = mapping.get(tag) if isinstance(tag, str) else None
            if chosen is None:
                chosen = next(ref for ref in variants if ref not in mapping.values())
            return _resolve(spec, {"$ref": chosen}, value)
        if hasattr(models, name) and isinstance(getattr(models, name), type):
            return [(name, value)]
        return _resolve(spec, component, value)
    if schema.get("type") == "array" and isinstance(value, list):
        return [found for item in value for found in _resolve(spec, schema.get("items", {}), item)]
    return []


@pytest.mark.parametrize(("example", "use"), USES)
def test_every_published_example_parses(spec: dict[str, Any], example: dict[str, Any], use: dict[str, Any]) -> None:
    value = example["value"]
    if "schema" in use:
        found = _resolve(spec, {"$ref": f"#/components/schemas/{use['schema']}"}, value)
        assert found, f"{use['schema']} has no generated model"
        for name, part in found:
            getattr(models, name).from_dict(part)
        return
    operation_id = use["operation"]
    if use["direction"] == "response":
        body = [value] if use.get("element") else value
        status = int(use["status"])
        response = httpx.Response(
            status, content=json.dumps(body).encode(), headers={"content-type": "application/json"}
        )
        parsed = _endpoint(spec, operation_id)._parse_response(client=_client(), response=response)
        assert parsed is not None, f"{operation_id} documents no {status} body"
        return
    _, _, op = operation(spec, operation_id)
    content = op["requestBody"]["content"]
    media_type = use.get("media_type") or next(iter(content))
    schema = content[media_type]["schema"]
    for name, part in _resolve(spec, schema, value):
        getattr(models, name).from_dict(part).to_dict()
    pointer = body_pointer(spec, operation_id)
    if media_type != next(iter(content)):
        pointer = pointer.rsplit("/", 2)[0] + "/" + media_type.replace("/", "~1") + "/schema"
    assert schema_errors(spec, pointer, value) == [], "a published request must validate against the spec"


def test_the_catalogue_covers_every_kind_of_example() -> None:
    """The catalogue is not trivially small: requests, responses, placeholders and seeds are all in it."""
    uses = [use for example in CATALOGUE["examples"] for use in example["uses"]]
    assert sum(use.get("direction") == "request" for use in uses) >= 30
    assert sum(use.get("direction") == "response" for use in uses) >= 50
    sources = {example["source"].split(":")[0] for example in CATALOGUE["examples"]}
    assert {"000_849b3f35024e68e1.txt", "001_02f2856b41bea110.txt", "audit-2026-12.md"} <= sources
    placeholders = [example for example in CATALOGUE["examples"] if example["value"] == [{"type": "string"}]]
    assert len(placeholders) >= 5


def test_every_not_example_says_why() -> None:
    for entry in CATALOGUE["not_examples"]:
        assert len(entry["reason"]) > 15, entry


@pytest.mark.skipif(not (SHARED / "np6-api").is_dir(), reason=f"the public sources are not beside the clone ({SHARED})")
def test_the_catalogue_lists_every_published_snippet() -> None:
    """Nothing is silently skipped: every snippet the extractor finds is an example or a listed non-example,
    and the catalogue names nothing the sources no longer print."""
    found = {candidate.key: candidate for candidate in all_candidates()}
    listed = {entry["key"] for entry in CATALOGUE["examples"]} | {entry["key"] for entry in CATALOGUE["not_examples"]}
    unaccounted = sorted(f"{found[key].file}:{found[key].line} {found[key].text[:80]!r}" for key in set(found) - listed)
    assert unaccounted == [], "new published snippets: add them to tests/spec/examples/published_examples.json"
    assert sorted(listed - set(found)) == [], "the catalogue lists snippets the sources no longer print"
    for example in CATALOGUE["examples"]:
        text = found[example["key"]].text
        if "//" in text and any("//" in use.get("note", "") for use in example["uses"]):
            text = re.sub(r"//[^\n]*", "", text)  # published with comments; the note says they were removed
        assert json.loads(text) == example["value"], example["source"]


SEED_SKELETON = [
    {
        "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
        "timestamp": 0,
        "identity": {"type": "string"},
        "source": {"type": "string"},
    }
]
NO_ID_PLACEHOLDER = [{"type": "string"}]


def test_published_skeletons_come_through_the_sdk_over_http() -> None:
    """A sandbox answering NP6's published skeletons (checked against the spec on the way out): the generated
    client reads them as ``UnknownEvent``, and ``iter_hits`` delivers each once, even without id or timestamp."""
    import np6
    from np6_client.models import UnknownEvent
    from np6_testkit.sandbox import Call, Sandbox

    answer: dict[str, Any] = {"hits": SEED_SKELETON}

    def hits(call: Call) -> Any:
        start = call.query.get("start")
        return answer["hits"] if start in (None, 0, "0") else []

    sandbox = Sandbox(check_responses=True, overrides={"list_contact_hit_events_by_identity": hits})
    with sandbox, np6.Client(sandbox.api_key, base_url=sandbox.url, max_retries=0) as client:
        for published in (SEED_SKELETON, NO_ID_PLACEHOLDER):
            answer["hits"] = published
            events = list(client.events.iter_hits(unicity="alice@example.com", start=0, end=10_000))
            assert len(events) == 1
            assert isinstance(events[0], UnknownEvent)
            assert events[0].to_dict() == published[0]
