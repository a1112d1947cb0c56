"""Input handling shared by the commands that read articles (``tag``, ``extract``).

Both read one text file (or standard input) with ``--published``, or a JSONL file of
``{"id", "dct"|"published", "text"}`` lines, and print JSON. Input errors are reported
on stderr with the line and field at fault and exit code 2, because these commands
are meant for scripts and pipelines, where a traceback is noise and a silent skip is
a wrong result.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from datetime import date, datetime
from typing import Any, TextIO

EXIT_BAD_INPUT = 2

Process = Callable[[str, date | datetime], Any]
"""Turns one (text, publication date) into something JSON-serialisable; may raise ValueError."""


class InputError(ValueError):
    """Bad user input; the message says where."""


def add_input_arguments(parser: argparse.ArgumentParser, jsonl_output: str) -> None:
    parser.add_argument(
        "file", nargs="?", default="-", help="UTF-8 text file; '-' or omitted: standard input"
    )
    parser.add_argument(
        "--published", metavar="DATE", help="publication date, YYYY-MM-DD (or ISO datetime)"
    )
    parser.add_argument(
        "--jsonl",
        metavar="IN.jsonl",
        help="one JSON object per line with id, dct (or published) and text; "
        f"prints one line {jsonl_output} per document ('-': standard input)",
    )


def run_over_input(
    args: argparse.Namespace,
    command: str,
    process: Process,
    jsonl_line: Callable[[Any, Any], dict[str, Any]],
) -> int:
    """Apply ``process`` to the file or to every JSONL document and print the results.

    A JSONL file is read and checked whole before anything is printed, so bad input
    never leaves half an output behind.
    """
    try:
        if args.jsonl is not None:
            if args.file != "-":
                raise InputError("give either FILE or --jsonl, not both")
            with open_input(args.jsonl) as handle:
                documents = list(read_requests(handle, display_name(args.jsonl)))
            for doc_id, text, published in documents:
                result = _apply(process, text, published, where=f"document {doc_id!r}")
                print(json.dumps(jsonl_line(doc_id, result), ensure_ascii=False))
            return 0
        if args.published is None:
            raise InputError("--published DATE is required (or use --jsonl)")
        published = parse_published(args.published, field="--published")
        name = display_name(args.file)
        with open_input(args.file) as handle:
            text = read_text(handle, name)
        print(json.dumps(_apply(process, text, published, where=name), ensure_ascii=False,
                         indent=2))
        return 0
    except InputError as exc:
        print(f"timeline {command}: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


def parse_published(value: Any, field: str = "published") -> date | datetime:
    """A publication date from ISO text: ``YYYY-MM-DD`` gives a date, longer forms a datetime."""
    if not isinstance(value, str):
        raise InputError(f"{field}: expected an ISO date string, got {value!r}")
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value)
    except ValueError:
        raise InputError(f"{field}: invalid date {value!r}, expected YYYY-MM-DD") from None


def read_requests(handle: TextIO, name: str) -> Iterator[tuple[Any, str, date | datetime]]:
    """(id, text, publication date) per non-blank line; other keys are ignored."""
    for number, line in enumerate(_lines(handle, name), start=1):
        if not line.strip():
            continue
        where = f"{name}, line {number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: invalid JSON ({exc.msg})") from None
        if not isinstance(data, dict):
            raise InputError(f"{where}: expected a JSON object")
        if not isinstance(data.get("text"), str):
            raise InputError(f"{where}: field 'text' must be a string")
        key = "dct" if "dct" in data else "published"
        if key not in data:
            raise InputError(f"{where}: field 'dct' (or 'published') is missing")
        yield data.get("id"), data["text"], parse_published(data[key], field=f"{where}: '{key}'")


def display_name(name: str) -> str:
    return "standard input" if name == "-" else name


def open_input(name: str) -> AbstractContextManager[TextIO]:
    """The named file, or standard input left open; ``newline=""`` keeps offsets exact."""
    if name == "-":
        return nullcontext(sys.stdin)
    try:
        return open(name, encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None


def read_text(handle: TextIO, name: str) -> str:
    try:
        raw = getattr(handle, "buffer", None)
        return raw.read().decode("utf-8") if raw is not None else handle.read()
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def _apply(process: Process, text: str, published: date | datetime, where: str) -> Any:
    try:
        return process(text, published)
    except ValueError as exc:  # the tagger's own refusal of a date it cannot use
        raise InputError(f"{where}: {exc}") from None


def _lines(handle: TextIO, name: str) -> Iterator[str]:
    read = 0
    try:
        for line in handle:
            read += 1
            yield line
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}, line {read + 1}: not UTF-8 text ({exc.reason})") from None
