"""Alembic, configured in code (no alembic.ini), run safely by racing processes.

Every worker calls :func:`upgrade` at start-up. On PostgreSQL the migration
runs in one transaction holding an advisory lock, so the second worker waits
and then finds the schema at head. On SQLite the transaction begins with
``BEGIN IMMEDIATE``, which serialises writers the same way (with a retry if
the busy timeout still runs out).
"""

from __future__ import annotations

import time
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import OperationalError

MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")
# Arbitrary constant shared by every process of this service: "timeline" in ASCII.
ADVISORY_LOCK_ID = 0x74696D656C696E65
SQLITE_ATTEMPTS = 5


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        url = engine.url.render_as_string(hide_password=False)
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate to ``revision``; a no-op when already there."""
    config = alembic_config(engine)
    sqlite = engine.dialect.name == "sqlite"
    for attempt in range(1, SQLITE_ATTEMPTS + 1):
        try:
            with engine.execution_options(sqlite_immediate=True).begin() as connection:
                if engine.dialect.name == "postgresql":
                    connection.execute(select(func.pg_advisory_xact_lock(ADVISORY_LOCK_ID)))
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
            return
        except OperationalError as exc:
            if not (sqlite and "locked" in str(exc.orig) and attempt < SQLITE_ATTEMPTS):
                raise
            time.sleep(0.2 * attempt)
