"""``timeline keys create|list|revoke``: manage the API keys of the database at ``DATABASE_URL``.

``create`` prints the new key alone on stdout, once (only its hash is stored),
so that ``KEY=$(timeline keys create --name ingest)`` captures exactly the key;
every message goes to stderr. Each command migrates first, so it works on a
fresh database.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

if TYPE_CHECKING:
    from service.store import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("keys", help="manage API keys (DATABASE_URL)")
    actions = parser.add_subparsers(dest="keys_command", required=True)
    create = actions.add_parser("create", help="create a key and print it (shown only once)")
    create.add_argument("--name", required=True, help="a name to list and revoke the key by")
    create.set_defaults(func=lambda args: _run("create", _create, args))
    listing = actions.add_parser("list", help="list keys: name, prefix, created, revoked")
    listing.set_defaults(func=lambda args: _run("list", _list, args))
    revoke = actions.add_parser("revoke", help="revoke the active key of that name")
    revoke.add_argument("name")
    revoke.set_defaults(func=lambda args: _run("revoke", _revoke, args))


def _create(store: Store, args: argparse.Namespace) -> int:
    from service.store import KeyExists

    try:
        key = store.create_key(args.name)
    except (KeyExists, ValueError) as exc:
        print(f"timeline keys create: {exc}", file=sys.stderr)
        return 1
    print(key)
    return 0


def _list(store: Store, args: argparse.Namespace) -> int:
    rows = [("NAME", "PREFIX", "CREATED", "REVOKED")] + [
        (key["name"], key["prefix"], key["created_at"], key["revoked_at"] or "-")
        for key in store.list_keys()
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        cells = [value.ljust(width) for value, width in zip(row, widths, strict=True)]
        print("  ".join(cells).rstrip())
    return 0


def _revoke(store: Store, args: argparse.Namespace) -> int:
    if store.revoke_key(args.name):
        print(f"revoked {args.name}", file=sys.stderr)
        return 0
    print(f"timeline keys revoke: no active key named {args.name!r}", file=sys.stderr)
    return 1


def _run(
    command: str, action: Callable[[Store, argparse.Namespace], int], args: argparse.Namespace
) -> int:
    from service.store import Store
    from service.store.engine import redacted

    store = Store()
    try:
        store.upgrade()
        return action(store, args)
    except SQLAlchemyError as exc:
        print(f"timeline keys {command}: {redacted(store.url)}: {exc}", file=sys.stderr)
        return 1
    finally:
        store.dispose()
