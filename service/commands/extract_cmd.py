"""``timeline extract``: the timeline of a text, or of each line of a JSONL file, as JSON.

Reads input exactly as ``timeline tag`` does (:mod:`service.commands.documents`), so
both commands accept the same files and fail the same way.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any

from service.commands.documents import add_input_arguments, run_over_input


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="print the timeline of dated events of a text as JSON",
        description="Print the timeline of a text (or of each line of a JSONL file): "
        "its time expressions linked to the events they date, in time order.",
    )
    add_input_arguments(parser, jsonl_output="{id, events, undated}")
    parser.add_argument("--title", help="article title to carry into the timeline")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    def timeline(text: str, published: date | datetime) -> dict[str, Any]:
        from service.timeline import build  # loads spaCy: only when there is work to do

        return build(text, published, title=args.title).to_dict()

    return run_over_input(
        args,
        "extract",
        timeline,
        lambda doc_id, built: {"id": doc_id, "events": built["events"],
                               "undated": built["undated"]},
    )
