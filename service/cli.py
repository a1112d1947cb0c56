"""The ``timeline`` console script.

Each sub-command lives in its own module under :mod:`service.commands` and
exposes ``register(subparsers)``; this module only wires them together, so
commands can be added without touching each other.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

COMMANDS = ("tag", "eval", "extract", "serve", "db", "keys", "openapi", "train_anchoring")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeline", description=__doc__.splitlines()[0])
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"service.commands.{name}_cmd")
        except ModuleNotFoundError as exc:
            if exc.name != f"service.commands.{name}_cmd":
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        # The reader went away (``timeline tag ... | head``): stop quietly, like other
        # Unix filters, instead of printing a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
