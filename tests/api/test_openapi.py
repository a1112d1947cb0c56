"""The committed openapi.yaml is what the app serves, and real answers conform to it."""

from __future__ import annotations

import json
from pathlib import Path

import flask
import pytest
import schemathesis
import yaml
from schemathesis.core.failures import Failure, FailureGroup

from service.api.openapi import openapi_yaml

SPEC_FILE = Path(__file__).resolve().parents[2] / "openapi.yaml"


@pytest.fixture(scope="module")
def committed():
    return yaml.safe_load(SPEC_FILE.read_text(encoding="utf-8"))


def test_openapi_yaml_has_not_drifted_from_the_code():
    assert SPEC_FILE.read_text(encoding="utf-8") == openapi_yaml(), (
        "openapi.yaml is stale: run `timeline openapi > openapi.yaml`"
    )


def test_served_document_is_the_committed_one(client, committed):
    assert client.get("/openapi.json").get_json() == committed


def test_every_input_and_header_is_documented(committed):
    paths = committed["paths"]

    def names(path, method):
        return {parameter["name"] for parameter in paths[path][method].get("parameters", [])}

    assert names("/v1/timelines", "get") == {
        "since", "until", "q", "entity", "limit", "cursor", "If-None-Match",
    }  # fmt: skip
    assert names("/v1/timelines/{timeline_id}", "get") == {"format", "If-None-Match"}
    assert names("/v1/timelines", "post") == {"Idempotency-Key"}
    for path, item in paths.items():
        if "get" in item:
            assert "ETag" in item["get"]["responses"]["200"]["headers"], path
            assert "304" in item["get"]["responses"], path
    assert "Link" in paths["/v1/timelines"]["get"]["responses"]["200"]["headers"]
    for status in ("200", "201"):
        assert "Location" in paths["/v1/timelines"]["post"]["responses"][status]["headers"]
    problem = committed["components"]["responses"]["UNPROCESSABLE_ENTITY"]["content"]
    assert list(problem) == ["application/problem+json"]


def test_cli_prints_the_document(capsys, committed):
    from service.cli import main

    assert main(["openapi"]) == 0
    assert yaml.safe_load(capsys.readouterr().out) == committed
    assert main(["openapi", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == committed


@pytest.fixture(scope="module")
def operations(committed):
    return schemathesis.openapi.from_dict(committed)


def _exchanges(client, article, store):
    """One request of every kind the API answers, paired with its documented operation."""
    created = client.post("/v1/timelines", json=article)
    path = created.headers["Location"]
    timeline_id = path.rsplit("/", 1)[1]
    item = ("/v1/timelines/{timeline_id}", "GET")
    yield ("/v1/timelines", "POST"), created
    yield ("/v1/timelines", "POST"), client.post("/v1/timelines", json=article)
    yield ("/v1/timelines", "POST"), client.post("/v1/timelines", json={"text": ""})
    yield (
        ("/v1/timelines", "POST"),
        client.post("/v1/timelines", data="{", content_type="application/json"),
    )
    yield (
        ("/v1/timelines", "POST"),
        client.post("/v1/timelines", data="x", content_type="text/plain"),
    )
    yield ("/v1/extract", "POST"), client.post("/v1/extract", json=article)
    yield ("/v1/extract", "POST"), client.post("/v1/extract", json={**article, "language": "de"})
    for fmt in ("json", "timelinejs", "rows", "csv", "timeml"):
        yield item, client.get(f"{path}?format={fmt}")
    yield item, client.get(path, headers={"Accept": "text/csv"})
    yield item, client.get(path, headers={"Accept": "image/png"})
    yield item, client.get("/v1/timelines/nope")
    yield ("/v1/timelines", "GET"), client.get("/v1/timelines?limit=1")
    yield ("/v1/timelines", "GET"), client.get("/v1/timelines?limit=0")
    for ops_path in ("/livez", "/readyz", "/metrics"):
        yield (ops_path, "GET"), client.get(ops_path)
    yield ("/v1/timelines/{timeline_id}", "DELETE"), client.delete(path)
    yield ("/v1/timelines/{timeline_id}", "DELETE"), client.delete(f"/v1/timelines/{timeline_id}")
    store.create_key("someone")
    yield ("/v1/extract", "POST"), client.post("/v1/extract", json=article)


def test_real_responses_conform_to_the_document(client, article, store, operations):
    statuses = set()
    for (path, method), response in _exchanges(client, article, store):
        operations[path][method].validate_response(response)
        statuses.add(response.status_code)
    assert statuses >= {200, 201, 204, 400, 401, 404, 406, 415, 422}


def test_the_conformance_check_can_fail(operations, article):
    """A timeline missing its events must be caught, or the test above proves nothing."""
    broken = {
        "article": {**article, "characters": 3, "language": "en"},
        "undated": [],
        "expressions": [],
    }
    liar = flask.Flask("liar")
    liar.add_url_rule("/v1/extract", "extract", lambda: broken, methods=["POST"])
    response = liar.test_client().post("/v1/extract", json=article)
    assert response.status_code == 200
    with pytest.raises((Failure, FailureGroup)):
        operations["/v1/extract"]["POST"].validate_response(response)
