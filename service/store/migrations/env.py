"""Alembic environment: runs on the connection handed over by service.store.migrate.

No alembic.ini: the configuration is built in code so migrations work from an
installed package and any working directory. Offline (SQL script) mode uses
the configured ``sqlalchemy.url``.
"""

from __future__ import annotations

from alembic import context

from service.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
