"""The search_dates baseline gives spans that index the text and day values."""

from __future__ import annotations

from datetime import date

from service.evaluation.dateparser_baseline import search_dates_timexes


def test_found_strings_become_spans_with_day_values():
    text = "It rained yesterday. It rained yesterday again, and on 2019-05-04."

    timexes = search_dates_timexes(text, date(2023, 8, 31))

    assert all(text[t["start"] : t["end"]] == t["text"] for t in timexes)
    yesterdays = [t for t in timexes if t["text"] == "yesterday"]
    assert [t["start"] for t in yesterdays] == [10, 31]  # located left to right, not twice at 10
    assert {t["value"] for t in yesterdays} == {"2023-08-30"}  # relative to the given date
    assert any(t["value"] == "2019-05-04" for t in timexes)
