"""``timeline openapi``: print the OpenAPI document (``timeline openapi > openapi.yaml``)."""

from __future__ import annotations

import argparse
import json
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("openapi", help="Print the HTTP API's OpenAPI document.")
    parser.add_argument(
        "--format", choices=("yaml", "json"), default="yaml", help="Output format (yaml)."
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from service.api.openapi import openapi_document, openapi_yaml

    if args.format == "json":
        sys.stdout.write(json.dumps(openapi_document(), indent=2, sort_keys=True) + "\n")
    else:
        sys.stdout.write(openapi_yaml())
    return 0
