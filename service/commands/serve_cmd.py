"""``timeline serve``: migrate the database, then become gunicorn with the project's config.

The config (``service/gunicorn.conf.py``) gives every start a fresh
``PROMETHEUS_MULTIPROC_DIR`` and removes it at exit, for this command and for
the Docker image alike.

Exec rather than a child process, so signals from a terminal, systemd or a
container runtime reach gunicorn's master directly.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import service

GUNICORN_CONFIG = Path(service.__file__).resolve().parent / "gunicorn.conf.py"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve", help="Migrate the database and run the HTTP service under gunicorn."
    )
    parser.add_argument("--host", default="127.0.0.1", help="Interface to bind (127.0.0.1).")
    parser.add_argument("--port", type=int, default=8000, help="Port to bind (8000).")
    parser.set_defaults(func=run)


def gunicorn_argv(host: str, port: int) -> list[str]:
    """The gunicorn command line; the app and everything else come from the config."""
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return [
        sys.executable, "-m", "gunicorn", "--config", str(GUNICORN_CONFIG), "--bind", bind,
    ]  # fmt: skip


def run(args: argparse.Namespace) -> int:
    from service.store import Store

    store = Store()
    try:
        store.upgrade()
    except Exception as exc:  # a clear message instead of a traceback from every worker
        print(f"timeline serve: cannot migrate the database: {exc}", file=sys.stderr)
        return 1
    finally:
        store.dispose()
    argv = gunicorn_argv(args.host, args.port)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(argv[0], argv)
    return 0  # not reached
