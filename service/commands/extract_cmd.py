"""``timeline extract``: the timeline of a text, or of each line of a JSONL file, as JSON.

Reads input the same way as ``timeline tag`` (shared helpers in
:mod:`service.commands.tag_cmd`), so both commands accept the same files and
fail the same way: a message on stderr naming the line or field at fault,
exit code 2, no traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from typing import Any

from service.commands.tag_cmd import (
    EXIT_BAD_INPUT,
    InputError,
    _display,
    _open,
    _read,
    parse_published,
    read_requests,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="print the timeline of dated events of a text as JSON",
        description="Print the timeline of a text (or of each line of a JSONL file): "
        "its time expressions linked to the events they date, in time order.",
    )
    parser.add_argument(
        "file", nargs="?", default="-", help="UTF-8 text file; '-' or omitted: standard input"
    )
    parser.add_argument(
        "--published", metavar="DATE", help="publication date, YYYY-MM-DD (or ISO datetime)"
    )
    parser.add_argument("--title", help="article title to carry into the timeline")
    parser.add_argument(
        "--jsonl",
        metavar="IN.jsonl",
        help="one JSON object per line with id, dct (or published) and text; "
        "prints one line {id, events, undated} per document ('-': standard input)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        if args.jsonl is not None:
            if args.file != "-":
                raise InputError("give either FILE or --jsonl, not both")
            with _open(args.jsonl) as handle:
                documents = list(read_requests(handle, _display(args.jsonl)))
            for doc_id, text, published in documents:
                timeline = _build(text, published, None, where=f"document {doc_id!r}")
                line = {"id": doc_id, "events": timeline["events"],
                        "undated": timeline["undated"]}
                print(json.dumps(line, ensure_ascii=False))
            return 0
        if args.published is None:
            raise InputError("--published DATE is required (or use --jsonl)")
        published = parse_published(args.published, field="--published")
        with _open(args.file) as handle:
            text = _read(handle, _display(args.file))
        timeline = _build(text, published, args.title, where=_display(args.file))
        print(json.dumps(timeline, ensure_ascii=False, indent=2))
        return 0
    except InputError as exc:
        print(f"timeline extract: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _build(
    text: str, published: date | datetime, title: str | None, where: str
) -> dict[str, Any]:
    from service.timeline import build  # loads spaCy: only when there is work to do

    try:
        return build(text, published, title=title).to_dict()
    except ValueError as exc:  # the tagger's refusal of a date it cannot use
        raise InputError(f"{where}: {exc}") from None
