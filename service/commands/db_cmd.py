"""``timeline db upgrade``: migrate the database named by ``DATABASE_URL`` to the latest schema.

The server migrates at start-up too; this command is for deployments that
migrate in a separate step, before rolling out workers.
"""

from __future__ import annotations

import argparse
import sys

from sqlalchemy.exc import SQLAlchemyError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("db", help="manage the database schema (DATABASE_URL)")
    actions = parser.add_subparsers(dest="db_command", required=True)
    upgrade = actions.add_parser("upgrade", help="migrate to the latest schema (idempotent)")
    upgrade.set_defaults(func=run_upgrade)


def run_upgrade(args: argparse.Namespace) -> int:
    from service.store import migrate
    from service.store.engine import make_engine, redacted, resolve_url

    url = resolve_url()
    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
        revision = migrate.current_revision(engine)
    except SQLAlchemyError as exc:
        print(f"timeline db upgrade: {redacted(url)}: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    print(f"{redacted(url)}: schema at revision {revision}")
    return 0
