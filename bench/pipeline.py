"""Milliseconds per document for text -> timeline on a TimeML jsonl corpus, and peak memory.

Usage: python bench/pipeline.py [CORPUS.jsonl]   (default ../shared/corpora/tbaq.jsonl)

The model is loaded (and each path warmed on one document) before timing.
The peer is spaCy's full small pipeline on each whole document, which is
what a naive implementation would pay before doing any linking.  One
process, one thread; figures are printed, nothing is asserted.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "corpora" / "tbaq.jsonl"
# Sibling bench scripts must not shadow standard modules (bench/http.py vs http).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    if not path.is_file():
        print(f"corpus not found: {path} (pass the path of tbaq.jsonl)", file=sys.stderr)
        return 1
    documents = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]

    import spacy

    from service.timeline import build, warm_up

    warm_up()
    inputs = [(d["text"], date.fromisoformat(d["dct"][:10])) for d in documents]
    ours = _time(lambda text, published: build(text, published), inputs)
    ours_mb = _peak_mb()
    full = spacy.load(_installed_model_name())
    peer = _time(lambda text, published: full(text), inputs)

    print(f"corpus: {path.name}, {len(documents)} documents, "
          f"{sum(len(t) for t, _ in inputs) / len(inputs):.0f} characters on average")
    _report("text -> timeline (service.timeline.build)", ours)
    _report("full spaCy small pipeline, whole document", peer)
    ratio = statistics.median(peer) / statistics.median(ours)
    print(f"ratio (median, full pipeline / ours): {ratio:.2f}x")
    print(f"peak memory (ru_maxrss): {ours_mb:.0f} MB after the timeline pass, "
          f"{_peak_mb():.0f} MB with the full pipeline loaded as well")
    return 0


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _installed_model_name() -> str:
    import spacy.util

    from service.events.model import MODEL_NAMES

    for name in MODEL_NAMES:
        if spacy.util.is_package(name):
            return name
    return MODEL_NAMES[-1]


def _time(run: Callable[[str, date], object], inputs: list[tuple[str, date]]) -> list[float]:
    run(*inputs[0])  # warm caches outside the measurement
    timings = []
    for text, published in inputs:
        started = time.perf_counter()
        run(text, published)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def _report(name: str, timings: list[float]) -> None:
    ordered = sorted(timings)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    print(f"{name}: median {statistics.median(timings):.1f} ms, mean "
          f"{statistics.mean(timings):.1f} ms, p95 {p95:.1f} ms per document")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
