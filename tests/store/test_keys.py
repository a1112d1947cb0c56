"""API keys: created once in plaintext, stored as a hash, listed by prefix, revoked by name."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from service.store import KeyExists
from service.store.engine import make_engine, resolve_url
from service.store.models import ApiKey


def test_open_store_has_no_keys(store):
    assert store.has_keys() is False
    assert store.list_keys() == []
    assert store.authenticate("anything") is None
    assert store.authenticate("") is None


def test_created_key_authenticates_and_is_stored_only_as_a_hash(store, database_url):
    key = store.create_key("ingest")
    other = store.create_key("dashboard")
    assert key != other and len(key) >= 40
    assert store.has_keys() is True
    key_id = store.authenticate(key)
    assert isinstance(key_id, int) and key_id != store.authenticate(other)
    assert store.authenticate(key[:-1]) is None

    engine = make_engine(resolve_url(database_url))
    with engine.connect() as connection:
        rows = connection.execute(select(ApiKey)).mappings().all()
    engine.dispose()
    stored = " ".join(str(value) for row in rows for value in row.values())
    assert key not in stored and other not in stored
    assert hashlib.sha256(key.encode()).hexdigest() in stored


def test_list_shows_name_and_prefix_never_the_key(store):
    key = store.create_key("ingest")
    [listed] = store.list_keys()
    assert listed["name"] == "ingest"
    assert listed["prefix"] == key[:8]
    assert listed["revoked_at"] is None
    assert listed["created_at"].endswith("Z")
    assert key not in str(listed)


def test_one_active_key_per_name(store):
    store.create_key("ingest")
    with pytest.raises(KeyExists):
        store.create_key("ingest")
    with pytest.raises(ValueError):
        store.create_key("  ")


def test_revoke(store):
    old = store.create_key("ingest")
    keeper = store.create_key("keeper")
    assert store.revoke_key("ingest") is True
    assert store.revoke_key("ingest") is False
    assert store.revoke_key("never-existed") is False
    assert store.authenticate(old) is None
    assert store.authenticate(keeper) is not None
    assert store.has_keys() is True

    new = store.create_key("ingest")  # the name is free again
    assert store.authenticate(new) is not None
    listed = [(k["name"], k["revoked_at"] is None) for k in store.list_keys()]
    assert listed == [("ingest", False), ("keeper", True), ("ingest", True)]

    store.revoke_key("ingest")
    store.revoke_key("keeper")
    assert store.has_keys() is False
