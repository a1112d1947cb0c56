"""Event linking on news it was not written for: which event each time expression dates.

Run: ``.venv/bin/python bench/probes_events.py [--misses] [FILE.tsv ...]`` (default:
every ``bench/probes/events*.tsv``).

Columns: text, published, phrase (the time expression as the tagger marks it),
trigger (the word of the event the time dates, TimeBank style: "said" in "Kirby said
on Wednesday that ...", "talks" in "held talks on Tuesday") and modality (asserted,
reported, planned, expected, possible, negated, hypothetical). The text goes through
``service.timeline.build`` as an article. A row's trigger is right when an event
dated by that phrase has that trigger word; its modality is right when that event
also has that modality. Each set was written before the linker ran on it, so the
score first measured estimates how the rules generalise. Prints figures only.
"""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parents[1])  # not bench/: its http.py would shadow http

from service.timeline import build  # noqa: E402

PROBES = Path(__file__).with_name("probes")


def _check(row: dict[str, str]) -> tuple[bool, bool, str]:
    text, phrase = row["text"], row["phrase"]
    start = text.find(phrase)
    timeline = build(text, date.fromisoformat(row["published"]))
    dated = [
        e for e in (*timeline.events, *timeline.undated)
        if e.when.text == phrase and e.when.start == start
    ]
    if not dated:
        return False, False, "no event"
    want = row["trigger"].lower()
    hit = [e for e in dated if e.trigger.text.lower() == want]
    modality_ok = any(e.modality == row["modality"] for e in hit)
    got = "; ".join(f"{e.trigger.text!r} {e.modality}" for e in dated)
    return bool(hit), modality_ok, got


def score(path: Path, misses: bool) -> tuple[int, int, int]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    triggers = modalities = 0
    for row in rows:
        trigger_ok, modality_ok, got = _check(row)
        triggers += trigger_ok
        modalities += modality_ok
        if misses and not (trigger_ok and modality_ok):
            kind = "modality" if trigger_ok else "trigger"
            print(f"  miss {kind:8} {row['phrase']!r} want {row['trigger']!r} {row['modality']}"
                  f" got {got} | {row['text'][:110]}")
    return triggers, modalities, len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--misses", action="store_true", help="list the rows not right")
    args = parser.parse_args()
    files = args.files or sorted(PROBES.glob("events*.tsv"))
    for path in files:
        triggers, modalities, rows = score(path, args.misses)
        print(f"{path.name:24} trigger {triggers:3} / {rows:3} {100 * triggers / rows:5.1f}%"
              f"   trigger+modality {modalities:3} / {rows:3} {100 * modalities / rows:5.1f}%")


if __name__ == "__main__":
    main()
