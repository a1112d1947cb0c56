"""API keys: open with no keys, closed with any; timelines are per key."""

from __future__ import annotations

import logging

import pytest

from service.api import log_startup


def test_open_without_keys(client, article):
    assert client.post("/v1/timelines", json=article).status_code == 201


@pytest.fixture
def keys(store):
    return store.create_key("alice"), store.create_key("bob")


def test_every_v1_call_needs_a_key_once_one_exists(client, keys, article):
    for method, path in (
        ("post", "/v1/timelines"),
        ("post", "/v1/extract"),
        ("get", "/v1/timelines"),
        ("get", "/v1/timelines/abc"),
        ("delete", "/v1/timelines/abc"),
    ):
        response = getattr(client, method)(path, json=article)
        assert response.status_code == 401, path
        assert response.content_type == "application/problem+json"
        assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_bad_key_is_401(client, keys, article):
    for headers in (
        {"Authorization": "Bearer nope"},
        {"X-API-Key": "nope"},
        {"Authorization": f"Basic {keys[0]}"},
    ):
        response = client.post("/v1/extract", json=article, headers=headers)
        assert response.status_code == 401, headers
        assert response.get_json()["status"] == 401


def test_401_comes_before_body_checks(client, keys):
    response = client.post("/v1/timelines", data="not json", content_type="text/plain")
    assert response.status_code == 401


def test_either_header_works(client, keys, article):
    alice, _ = keys
    bearer = client.post("/v1/extract", json=article, headers={"Authorization": f"Bearer {alice}"})
    header = client.post("/v1/extract", json=article, headers={"X-API-Key": alice})
    assert bearer.status_code == header.status_code == 200


def test_operational_endpoints_stay_open(client, keys):
    for path in ("/livez", "/readyz", "/metrics", "/openapi.json"):
        assert client.get(path).status_code == 200, path


def test_timelines_belong_to_their_key(client, keys, article):
    alice = {"Authorization": f"Bearer {keys[0]}"}
    bob = {"X-API-Key": keys[1]}
    created = client.post("/v1/timelines", json=article, headers=alice)
    assert created.status_code == 201
    path = created.headers["Location"]
    assert client.get(path, headers=alice).status_code == 200
    assert client.get(path, headers=bob).status_code == 404
    assert client.delete(path, headers=bob).status_code == 404
    assert client.get("/v1/timelines", headers=bob).get_json()["items"] == []
    assert len(client.get("/v1/timelines", headers=alice).get_json()["items"]) == 1
    # Bob posting the same article gets his own copy, not Alice's.
    bobs = client.post("/v1/timelines", json=article, headers=bob)
    assert bobs.status_code == 201
    assert bobs.get_json()["id"] != created.get_json()["id"]
    assert client.get(path, headers=alice).status_code == 200


def test_revoked_key_is_refused(client, store, keys, article):
    alice = {"X-API-Key": keys[0]}
    assert client.post("/v1/extract", json=article, headers=alice).status_code == 200
    assert store.revoke_key("alice")
    assert client.post("/v1/extract", json=article, headers=alice).status_code == 401


def test_startup_log_says_whether_the_service_is_open(app, store, caplog):
    logger = logging.getLogger("service")
    logger.propagate = True
    try:
        with caplog.at_level(logging.INFO, logger="service.api"):
            log_startup(app)
            assert "OPEN" in caplog.text
            caplog.clear()
            store.create_key("carol")
            log_startup(app)
            assert "OPEN" not in caplog.text and "need" in caplog.text
    finally:
        logger.propagate = False
