"""Plain-text rendering of evaluation figures for the terminal.

Kept apart from the scorers so that the figures stay plain data (JSON output,
tests) and only the CLI decides how they read.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from service.evaluation.timex_scoring import Timex, TimexError, TimexScores


def timex_report(scores: TimexScores, title: str, errors: int = 0) -> str:
    """The TempEval-3 Task A figures, per-type table and the first ``errors`` mistakes."""
    lines = [
        f"{title}: {scores.documents} documents, {scores.gold} gold timexes, "
        f"{scores.system} system timexes",
        "",
        f"{'':<10}{'precision':>10}{'recall':>8}{'F1':>8}",
    ]
    for name, prf in (("strict", scores.strict), ("relaxed", scores.relaxed)):
        lines.append(
            f"{name:<10}{_pct(prf.precision):>10}{_pct(prf.recall):>8}{_pct(prf.f1):>8}"
        )
    lines += [
        f"{'type F1':<10}{_pct(scores.type_f1):>26}"
        f"   (type right in {_pct(scores.type_accuracy)}% of relaxed matches)",
        f"{'value F1':<10}{_pct(scores.value_f1):>26}"
        f"   (value right in {_pct(scores.value_accuracy)}% of relaxed matches)",
        "",
        f"{'gold type':<10}{'gold':>6}{'strict R':>10}{'relaxed R':>11}{'value acc':>11}"
        f"{'value R':>9}",
    ]
    for row in scores.per_type:
        value_recall = row.value_correct / row.gold if row.gold else 0.0
        lines.append(
            f"{row.type:<10}{row.gold:>6}{_pct(row.strict_recall):>10}"
            f"{_pct(row.relaxed_recall):>11}{_pct(row.value_accuracy):>11}"
            f"{_pct(value_recall):>9}"
        )
    counts = ", ".join(f"{kind} {count}" for kind, count in scores.error_counts.items())
    lines += ["", f"mistakes: {counts}"]
    if errors:
        shown = scores.errors[:errors]
        lines += ["", f"first {len(shown)} mistakes:"]
        for number, error in enumerate(shown, start=1):
            lines += _error_lines(number, error)
    return "\n".join(lines)


def figures_report(figures: Mapping[str, Any], title: str) -> str:
    """Any flat or nested dict of figures, one per line, floats rounded."""
    lines = [title, ""]
    lines += _figure_lines(figures, indent=0)
    return "\n".join(lines)


def _figure_lines(figures: Mapping[str, Any], indent: int) -> list[str]:
    width = max((len(str(key)) for key in figures), default=0)
    lines: list[str] = []
    for key, value in figures.items():
        prefix = " " * indent + f"{str(key):<{width}}"
        if isinstance(value, Mapping):
            lines.append(prefix)
            lines += _figure_lines(value, indent + 2)
        elif isinstance(value, float):
            lines.append(f"{prefix}  {value:.4g}")
        else:
            lines.append(f"{prefix}  {value}")
    return lines


def _error_lines(number: int, error: TimexError) -> list[str]:
    lines = [f"{number:>4}. {error.document}  {', '.join(error.kinds)}"]
    if error.gold:
        lines.append(f"        gold    {_describe(error.gold)}")
    if error.system:
        lines.append(f"        system  {_describe(error.system)}")
    lines.append(f"        ...{error.context}...")
    return lines


def _describe(timex: Timex) -> str:
    return f"{timex.text!r} {timex.type} {timex.value} [{timex.start}:{timex.end}]"


def _pct(fraction: float) -> str:
    return f"{100 * fraction:.1f}"
