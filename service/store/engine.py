"""Which database, and an engine configured for it.

SQLite gets WAL, foreign keys, a busy timeout and real transactions (the
driver's implicit ones skip DDL and begin too late for a read-then-write); a
connection opened with ``execution_options(sqlite_immediate=True)`` begins
with ``BEGIN IMMEDIATE`` so writers queue on the busy timeout instead of
failing when another process writes first.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool

DEFAULT_URL = "sqlite:///./var/timelines.db"
SQLITE_BUSY_TIMEOUT_S = 30


def resolve_url(url: str | None = None) -> URL:
    """The URL to use: the argument, else ``DATABASE_URL``, else the local SQLite file.

    ``postgresql://`` and ``postgres://`` are rewritten to psycopg 3, the
    driver the project installs.
    """
    raw = url or os.environ.get("DATABASE_URL") or DEFAULT_URL
    parsed = make_url(raw)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def is_memory_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    connect_args: dict[str, object] = {}
    if url.get_backend_name() == "postgresql" and "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = 10
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def _sqlite_engine(url: URL) -> Engine:
    connect_args: dict[str, object] = {"timeout": SQLITE_BUSY_TIMEOUT_S}
    if is_memory_sqlite(url):
        # One shared connection, or every connection would see its own empty database.
        connect_args["check_same_thread"] = False
        engine = create_engine(url, connect_args=connect_args, poolclass=StaticPool)
    else:
        Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args=connect_args)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, see below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if not is_memory_sqlite(url):
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get("sqlite_immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def redacted(url: URL) -> str:
    """The URL without its password, for logs and CLI output."""
    return url.render_as_string(hide_password=True)
