"""``timeline tag``: the time expressions of a text, or of each line of a JSONL file, as JSON."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any

from service.commands.documents import add_input_arguments, run_over_input
from service.temporal import tag


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "tag",
        help="print the time expressions of a text as JSON",
        description="Print the time expressions of a text (or of each line of a JSONL file) "
        "as JSON, resolved against the publication date.",
    )
    add_input_arguments(parser, jsonl_output="{id, timexes}")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    return run_over_input(
        args,
        "tag",
        _expressions,
        lambda doc_id, timexes: {"id": doc_id, "timexes": timexes},
    )


def _expressions(text: str, published: date | datetime) -> list[dict[str, Any]]:
    # ``tag`` is looked up at call time so tests can substitute a fake tagger.
    return [expression.to_dict() for expression in tag(text, published)]
