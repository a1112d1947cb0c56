"""The tagger on news it was not written for: probe sets, one per genre and round.

Run: ``.venv/bin/python bench/probes.py [--misses] [FILE.tsv|FILE.jsonl ...]`` (default:
every ``bench/probes/round*.tsv`` and ``articles*.jsonl``).

Each set was written before its round ran the tagger on it, so the score a round
first measured estimates how the rules generalise; the sets are kept here as a
regression check for later work, no longer blind. Columns: sentence, published,
phrase, type, value (mod and interval columns are informative). A row is right
when the exact phrase is tagged with that value; a value of ``?`` (no single TIMEX3
value, e.g. "Ramadan") checks the phrase only; a type of ``-``, ``NONE`` or ``NEG`` means the
phrase must not overlap any expression. The ``*.jsonl`` sets are whole articles with every
time expression annotated the TimeML way, also written before their round ran the tagger;
they are scored as ``timeline eval`` scores a corpus (strict, relaxed and value F1), the
nearest this repository comes to the held-out news the tagger is judged on. Prints
figures only; it asserts nothing.
"""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from service.evaluation.corpus import load_corpus  # noqa: E402
from service.evaluation.timex_scoring import score as score_timexes  # noqa: E402
from service.temporal import tag  # noqa: E402

PROBES = Path(__file__).with_name("probes")
NEGATIVE_TYPES = ("-", "NONE", "NEG", "")


def _right(row: dict[str, str]) -> tuple[bool, str]:
    sentence, phrase = row["sentence"], row["phrase"]
    found = tag(sentence, date.fromisoformat(row["published"]))
    if (row.get("type") or "").strip() in NEGATIVE_TYPES:
        start = sentence.find(phrase)
        end = start + len(phrase)
        hits = [e for e in found if start >= 0 and e.start < end and e.end > start]
        return not hits, "; ".join(f"{e.text!r} {e.value}" for e in hits)
    same = [e for e in found if e.text == phrase]
    if row.get("value") == "?":
        return bool(same), ""
    got = same or [e for e in found if phrase in e.text or e.text in phrase]
    return any(e.value == row["value"] for e in same), \
        "; ".join(f"{e.text!r} {e.value}" for e in got) or "nothing"


def score(path: Path, misses: bool) -> tuple[int, int]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    right = 0
    for row in rows:
        ok, got = _right(row)
        right += ok
        if misses and not ok:
            print(f"  miss {row['phrase']!r} want {row['type']} {row['value']} got {got}"
                  f" | {row['sentence'][:100]}")
    return right, len(rows)


def score_articles(path: Path) -> None:
    documents = load_corpus(path)
    predictions = [[e.to_dict() for e in tag(d["text"], date.fromisoformat(d["dct"][:10]))]
                   for d in documents]
    scores = score_timexes(documents, predictions)
    print(f"{path.name:40} {len(documents):3} articles {scores.gold:4} timexes  strict F1 "
          f"{100 * scores.strict.f1:5.1f}  relaxed F1 {100 * scores.relaxed.f1:5.1f}  value F1 "
          f"{100 * scores.value_f1:5.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--misses", action="store_true", help="list the rows not right")
    args = parser.parse_args()
    # events*.tsv are the linker's, scored by probes_events.py
    files = args.files or sorted(PROBES.glob("round*.tsv")) + sorted(PROBES.glob("articles*.jsonl"))
    total = right_all = 0
    for path in (f for f in files if f.suffix == ".jsonl"):
        score_articles(path)
    for path in (f for f in files if f.suffix != ".jsonl"):
        right, rows = score(path, args.misses)
        total += rows
        right_all += right
        print(f"{path.name:40} {right:4} / {rows:4}  {100 * right / rows:5.1f}%")
    if total:
        print(f"{'all':40} {right_all:4} / {total:4}  {100 * right_all / total:5.1f}%")


if __name__ == "__main__":
    main()
