"""``timeline train-anchoring``: learn the event ranker's weights from a TimeML corpus.

Writes the JSON file :mod:`service.events.ranker` reads (by default the one
shipped in the package, ``service/events/data/anchoring_weights.json``).
Check the result with ``timeline eval CORPUS --events --folds 5`` before
shipping it: in-sample figures on the training corpus flatter the model.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from service.evaluation.corpus import CorpusError, load_corpus

EXIT_BAD_INPUT = 2


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "train-anchoring",
        help="learn the weights that choose which events a time expression dates",
        description="Fit the event ranker (logistic regression) on the gold anchoring links "
        "of a TimeML corpus and write its weights as JSON.",
    )
    parser.add_argument("corpus", metavar="CORPUS", help=".jsonl file, .tml file or directory")
    parser.add_argument("--out", metavar="PATH", default=None,
                        help="where to write the weights (default: the shipped file)")
    parser.add_argument("--threshold", type=float, default=None, metavar="P",
                        help="probability an extra event needs, whatever the rules' pick "
                        "scores (default: two bars, picked by cross-validation inside the "
                        "corpus at 72%% pair precision)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from service.evaluation import anchoring_training
    from service.events.ranker import WEIGHTS_PATH

    try:
        documents = load_corpus(args.corpus)
    except CorpusError as exc:
        print(f"timeline train-anchoring: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    options = {} if args.threshold is None else {"threshold": args.threshold}
    groups = anchoring_training.build_groups(documents)
    if not any(group.labels for group in groups):
        print("timeline train-anchoring: error: no gold event-time links to learn from",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    counts = {n: anchoring_training.word_counts(d) for n, d in enumerate(documents)}
    weights = anchoring_training.train(groups, counts, **options)
    out = Path(args.out) if args.out else WEIGHTS_PATH
    weights.save(out)
    examples = sum(len(group.labels) for group in groups)
    print(f"{len(weights.weights)} weights from {examples} candidates of {len(groups)} "
          f"linked time expressions, threshold {weights.threshold} "
          f"({weights.doubt_threshold} when the rules' pick is doubted), written to {out}")
    return 0
