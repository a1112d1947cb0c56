"""``timeline eval``: score the tagger (or a baseline) on an annotated corpus, TempEval-3 style.

The corpus is a JSONL file in the format of the shared corpora, a TimeML file,
or a directory of TimeML files. ``--events`` scores event anchoring instead,
through :mod:`service.evaluation.anchoring`, which the events layer provides;
with ``--folds K`` the event ranker is cross-validated by document (each fold
linked with weights trained on the others, see
:mod:`service.evaluation.anchoring_training`), the honest figure, since the
shipped weights were trained on the development corpus itself.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from service.commands.documents import InputError, parse_published
from service.evaluation.corpus import CorpusError, load_corpus
from service.evaluation.report import figures_report, timex_report
from service.evaluation.timex_scoring import score

EXIT_BAD_INPUT = 2
ANCHORING_MODULE = "service.evaluation.anchoring"
TRAINING_MODULE = "service.evaluation.anchoring_training"

Tagger = Callable[[str, date | datetime], list[dict[str, Any]]]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score time expressions (or event anchoring) against a TimeML corpus",
        description="Score the tagger (or a baseline) on an annotated corpus the TempEval-3 "
        "Task A way, or with --events score event anchoring.",
    )
    parser.add_argument("corpus", metavar="CORPUS", help=".jsonl file, .tml file or directory")
    parser.add_argument(
        "--errors", type=_count, default=0, metavar="N", help="list the first N mistakes"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--events", action="store_true", help="score event anchoring instead of time expressions"
    )
    parser.add_argument(
        "--folds", type=_count, default=None, metavar="K",
        help="with --events: K-fold cross-validate the event ranker by document",
    )
    parser.add_argument(
        "--limit", type=_count, default=None, metavar="N", help="use only the first N documents"
    )
    parser.add_argument(
        "--baseline",
        choices=("dateparser",),
        help="score dateparser's search_dates instead of our tagger",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        documents = load_corpus(args.corpus)
    except CorpusError as exc:
        return _fail(str(exc))
    if args.limit is not None:
        documents = documents[: args.limit]
    if args.folds is not None and not args.events:
        return _fail("--folds goes with --events")
    if args.folds is not None and args.folds < 2:
        return _fail("--folds needs at least 2 folds")
    if args.events:
        return _run_anchoring(documents, args)

    tagger, system_name = _tagger(args.baseline)
    try:
        predictions = [_run_tagger(tagger, document) for document in documents]
    except InputError as exc:
        return _fail(str(exc))
    scores = score(documents, predictions)
    if args.json:
        print(json.dumps({"tagger": system_name, **scores.to_dict(errors=args.errors)}, indent=2))
    else:
        title = f"{system_name} on {Path(args.corpus).name}"
        print(timex_report(scores, title=title, errors=args.errors))
    return 0


def _run_anchoring(documents: list[dict[str, Any]], args: argparse.Namespace) -> int:
    try:
        anchoring = importlib.import_module(ANCHORING_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name != ANCHORING_MODULE:
            raise
        return _fail(
            f"--events needs {ANCHORING_MODULE}, which is not there yet "
            "(the events layer provides it)"
        )
    title = f"event anchoring on {Path(args.corpus).name}"
    if args.folds is None:
        figures = anchoring.evaluate(documents)
    else:
        training = importlib.import_module(TRAINING_MODULE)
        figures = training.cross_validate(documents, args.folds)
        title += f", {args.folds}-fold cross-validated by document"
    if args.json:
        print(json.dumps(figures, indent=2, default=str))
    else:
        print(figures_report(figures, title=title))
    return 0


def _tagger(baseline: str | None) -> tuple[Tagger, str]:
    if baseline == "dateparser":
        from service.evaluation.dateparser_baseline import search_dates_timexes

        return search_dates_timexes, "dateparser search_dates"
    from service.temporal import tag

    def tag_dicts(text: str, published: date | datetime) -> list[dict[str, Any]]:
        return [expression.to_dict() for expression in tag(text, published)]

    return tag_dicts, "timeline tagger"


def _run_tagger(tagger: Tagger, document: dict[str, Any]) -> list[dict[str, Any]]:
    published = _document_date(document)
    try:
        return tagger(document["text"], published)
    except Exception as exc:
        exc.add_note(f"while tagging document {document.get('id')!r} (dct {published})")
        raise


def _document_date(document: dict[str, Any]) -> date | datetime:
    where = f"document {document.get('id')!r}: 'dct'"
    if document.get("dct") is None:
        raise InputError(f"{where} is missing (a creation time is needed to resolve dates)")
    return parse_published(document["dct"], field=where)


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"expected a number >= 0, got {value}")
    return number


def _fail(message: str) -> int:
    print(f"timeline eval: error: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT
