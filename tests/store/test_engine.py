"""Which database a Store opens, and how SQLite is configured."""

from __future__ import annotations

import sqlite3

import pytest

from service.store import Store
from service.store.engine import redacted, resolve_url


def test_default_is_sqlite_under_var_in_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    store = Store()
    store.upgrade()
    store.dispose()
    path = tmp_path / "var" / "timelines.db"
    assert path.exists()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_database_url_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/nested/dir/env.db")
    store = Store()
    store.upgrade()
    store.dispose()
    assert (tmp_path / "nested" / "dir" / "env.db").exists()


@pytest.mark.parametrize("scheme", ["postgresql", "postgres", "postgresql+psycopg"])
def test_postgres_urls_use_psycopg_3(scheme):
    url = resolve_url(f"{scheme}://user:secret@db.example:5432/timelines")
    assert url.drivername == "postgresql+psycopg"
    assert "secret" not in redacted(url)


def test_sqlite_enforces_foreign_keys(tmp_path):
    from sqlalchemy import text

    store = Store(f"sqlite:///{tmp_path}/fk.db")
    store.upgrade()
    with store._engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    store.dispose()


def test_in_memory_sqlite_is_one_database(fakes):
    store = Store("sqlite://")
    store.upgrade()
    saved, _ = store.save_timeline(
        owner=None, article=fakes["article"]("In memory."), timeline=fakes["timeline"]([])
    )
    assert store.get_timeline(saved["id"], None) == saved
    store.dispose()


def test_ping(store):
    assert store.ping() is True


def test_ping_is_false_when_the_database_is_unreachable():
    store = Store("postgresql://nobody@127.0.0.1:1/nothing?connect_timeout=2")
    assert store.ping() is False
    store.dispose()
