"""Tagger speed and memory on the TempEval-3 training corpus, against dateparser.

Run: ``.venv/bin/python bench/tagger.py [CORPUS.jsonl] [--repeat N]``.

Both taggers run in this one process over the same documents, after a warm-up,
so the ratio is not skewed by imports or caches. Each document is timed
``--repeat`` times and its fastest run kept: on a shared machine the minimum is
the least noisy estimate of the work itself. The scaling check tags 100 KB,
500 KB and 1 MB of concatenated news text, to show time linear in length.
Prints figures only; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tbaq.jsonl"
WARM_UP_DOCUMENTS = 20
SCALING_SIZES = (100_000, 500_000, 1_000_000)

Document = tuple[str, date]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS), help="tbaq.jsonl")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per document")
    args = parser.parse_args(argv)

    path = Path(args.corpus)
    if not path.is_file():
        print(f"bench/tagger.py: corpus not found: {path} (pass its path)", file=sys.stderr)
        return 2
    documents = load(path)
    chars = sum(len(text) for text, _ in documents)
    print(f"corpus: {path} ({len(documents)} documents, {chars:,} characters)")
    print(f"timing: fastest of {args.repeat} runs per document, one process, after warm-up\n")

    from service.temporal import tag

    ours = measure("timeline tagger", lambda text, dct: tag(text, dct), documents, args.repeat)
    rss_after_ours = max_rss_mb()

    from dateparser.search import search_dates

    def baseline(text: str, dct: date) -> list[Any]:
        return search_dates(text, languages=["en"]) or []

    theirs = measure("dateparser search_dates", baseline, documents, args.repeat)

    ratio = theirs["median_ms"] / ours["median_ms"] if ours["median_ms"] else float("inf")
    print(f"\nratio of medians: search_dates takes {ratio:.1f}x the time of ours")
    print(f"peak RSS (ru_maxrss): {rss_after_ours:.0f} MB after our tagger, "
          f"{max_rss_mb():.0f} MB after search_dates too\n")

    scaling(tag, documents)
    return 0


def load(path: Path) -> list[Document]:
    documents = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                data = json.loads(line)
                documents.append((data["text"], date.fromisoformat(data["dct"][:10])))
    return documents


def measure(
    name: str,
    run: Callable[[str, date], list[Any]],
    documents: list[Document],
    repeat: int,
) -> dict[str, float]:
    for text, dct in documents[:WARM_UP_DOCUMENTS]:
        run(text, dct)

    fastest = [float("inf")] * len(documents)
    found = 0
    for _ in range(max(1, repeat)):
        found = 0
        for index, (text, dct) in enumerate(documents):
            started = time.perf_counter()
            result = run(text, dct)
            fastest[index] = min(fastest[index], time.perf_counter() - started)
            found += len(result)

    tracemalloc.start()
    for text, dct in documents:
        run(text, dct)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    ms = sorted(1000 * seconds for seconds in fastest)
    figures = {
        "median_ms": statistics.median(ms),
        "mean_ms": statistics.fmean(ms),
        "p95_ms": ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))],
        "max_ms": ms[-1],
        "docs_per_s": len(ms) / (sum(ms) / 1000) if sum(ms) else float("inf"),
        "peak_alloc_kb": peak / 1024,
        "found": found,
    }
    print(
        f"{name:<24} median {figures['median_ms']:7.2f} ms  mean {figures['mean_ms']:7.2f} ms  "
        f"p95 {figures['p95_ms']:7.2f} ms  max {figures['max_ms']:7.1f} ms  "
        f"{figures['docs_per_s']:7.1f} docs/s  tracemalloc peak {figures['peak_alloc_kb']:.0f} KB"
        f"  ({found} found)"
    )
    return figures


def scaling(tag: Callable[[str, date], list[Any]], documents: list[Document]) -> None:
    """Tag ever longer concatenations: seconds per MB should stay flat if time is linear."""
    news = "\n\n".join(text.strip() for text, _ in documents)
    while len(news) < max(SCALING_SIZES):
        news = news + "\n\n" + news
    dct = documents[0][1]
    print("scaling (concatenated news text, one call each, fastest of 2):")
    for size in SCALING_SIZES:
        cut = news.rfind(" ", 0, size)
        text = news[: cut if cut > 0 else size]
        best = min(_timed(tag, text, dct) for _ in range(2))
        megabytes = len(text) / 1_000_000
        print(f"  {len(text) / 1000:7.0f} KB  {best:7.3f} s  {best / megabytes:7.3f} s per MB")


def _timed(run: Callable[[str, date], list[Any]], text: str, dct: date) -> float:
    started = time.perf_counter()
    run(text, dct)
    return time.perf_counter() - started


def max_rss_mb() -> float:
    """Peak resident set of this process (ru_maxrss is KB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    sys.exit(main())
