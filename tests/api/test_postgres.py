"""The whole API flow on PostgreSQL, wherever TEST_DATABASE_URL is set (CI sets it).

Runs in a schema of its own (through the connection's search_path), dropped
afterwards, so concurrent runs never see each other's rows.
"""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import text

from service.api import create_app
from service.store import Store
from service.store.engine import make_engine, resolve_url


@pytest.fixture
def pg_store():
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        pytest.skip("TEST_DATABASE_URL is not set")
    schema = f"api_test_{uuid.uuid4().hex[:16]}"
    admin = make_engine(resolve_url(base))
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = resolve_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    store = Store(url.render_as_string(hide_password=False))
    try:
        store.upgrade()
        yield store
    finally:
        store.dispose()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def test_flow_on_postgresql(pg_store, fake_builder, article):
    client = create_app({"STORE": pg_store, "TESTING": True}).test_client()
    created = client.post("/v1/timelines", json=article, headers={"Idempotency-Key": "k1"})
    assert created.status_code == 201
    path = created.headers["Location"]
    assert client.post("/v1/timelines", json=article).status_code == 200
    conflict = client.post(
        "/v1/timelines",
        json={**article, "text": "Other in 1990."},
        headers={"Idempotency-Key": "k1"},
    )
    assert conflict.status_code == 422
    fetched = client.get(path)
    assert fetched.get_json() == created.get_json()
    assert client.get(path, headers={"If-None-Match": fetched.headers["ETag"]}).status_code == 304
    assert client.get(f"{path}?format=csv").status_code == 200
    listed = client.get("/v1/timelines?entity=kirby&since=2022-01-01").get_json()["items"]
    assert [item["id"] for item in listed] == [created.get_json()["id"]]
    # NUL is the one character PostgreSQL text cannot hold: refused before it gets there.
    assert client.post("/v1/timelines", json={**article, "title": "a\x00b"}).status_code == 422
    key = pg_store.create_key("ci")
    assert client.get(path).status_code == 401
    assert client.get(path, headers={"X-API-Key": key}).status_code == 404  # not this key's
    assert client.delete(path).status_code == 401
    assert client.get("/readyz").status_code == 200
