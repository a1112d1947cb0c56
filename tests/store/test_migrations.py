"""The shipped Alembic migrations build exactly the models' schema, safely and repeatedly."""

from __future__ import annotations

import threading

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from service.store import Store, migrate
from service.store.engine import make_engine, resolve_url
from service.store.models import Base


def test_migrations_create_exactly_the_models_schema(fresh_database_url):
    database_url = fresh_database_url
    store = Store(database_url)
    store.upgrade()
    store.dispose()
    engine = make_engine(resolve_url(database_url))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "compare_server_default": True}
            )
            assert compare_metadata(context, Base.metadata) == []
            tables = set(inspect(connection).get_table_names())
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()
    assert tables == set(Base.metadata.tables) | {"alembic_version"}


def test_upgrade_twice_is_a_no_op(store, fakes):
    saved, _ = store.save_timeline(
        owner=None, article=fakes["article"]("Kept."), timeline=fakes["timeline"]([])
    )
    store.upgrade()
    assert store.get_timeline(saved["id"], None) == saved


def test_racing_upgrades_all_succeed(fresh_database_url):
    database_url = fresh_database_url
    """Every gunicorn worker migrates at start-up; on a fresh database they race."""
    workers = [Store(database_url) for _ in range(4)]
    barrier = threading.Barrier(len(workers))
    errors = []

    def start(worker):
        try:
            barrier.wait()
            worker.upgrade()
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=start, args=(worker,)) for worker in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert workers[0].create_key("after-race")
    for worker in workers:
        worker.dispose()


def test_migrations_are_found_from_any_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert migrate.MIGRATIONS_DIR.is_absolute()
    assert migrate.head_revision() == "0001"
