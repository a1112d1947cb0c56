"""display_date: the human label dashboards show for an event's time."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.temporal.expression import Interval, TimeExpression
from service.timeline.exports.wording import clock_words, day_words, display_date

PUBLISHED = datetime(2023, 8, 31)


def when(value, interval=None, *, mod=None, granularity=None, type_="DATE", text="then"):
    return TimeExpression(
        0, len(text), text, type_, value, mod=mod, granularity=granularity,
        interval=Interval(*interval) if interval else None,
    ).to_dict()


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        (when("2023-SP", ("2023-03-01", "2023-06-01"), granularity="season"), "Spring 2023"),
        (when("2023-FA", ("2023-09-01", "2023-12-01"), granularity="season"), "Fall 2023"),
        (when("2023-07", ("2023-07-21", "2023-08-01"), mod="END"), "Late July 2023"),
        (when("2023-07", ("2023-07-11", "2023-07-21"), mod="MID"), "Mid-July 2023"),
        (when("2023-08-17", ("2023-08-17", "2023-08-18")), "Aug. 17, 2023"),
        (when("2023-09-05", ("2023-09-05", "2023-09-06")), "Sept. 5, 2023"),
        (when("2023-03-05"), "March 5, 2023"),
        (when("2023-08"), "August 2023"),
        (when("2024", ("2024-01-01", "2024-05-01"), mod="START"), "Early 2024"),
        (when("2023-Q3"), "Q3 2023"),
        (when("199"), "The 1990s"),
        (when("199X"), "The 1990s"),
        (when("199", mod="START"), "Early 1990s"),
        (when("199", mod="BEFORE"), "Before the 1990s"),
        (when("200", mod="MID"), "Mid-2000s"),
        (when("19"), "The 20th century"),
        (when("20"), "The 21st century"),
        (when("2022"), "2022"),
        (when("2022", mod="APPROX"), "Around 2022"),
        (when("2022", mod="AFTER"), "After 2022"),
        (when("2025", (None, "2026-01-01"), mod="ON_OR_BEFORE"), "By 2025"),
        (when("2022", ("2022-01-01", None), mod="ON_OR_AFTER"), "Since 2022"),
        (when("2030", ("2030-01-01", None), mod="ON_OR_AFTER"), "From 2030 on"),
        (when("2023-W34"), "Week 34, 2023"),
        (when("2023-W05"), "Week 5, 2023"),
        (when("2023-W34-WE"), "Weekend of week 34, 2023"),
        (when("2023-H1"), "First half of 2023"),
        (when("2023-H2", mod="END"), "Late second half of 2023"),
        (when("2023-08-17T15:00", type_="TIME"), "Aug. 17, 2023, 3 p.m."),
        (when("2023-08-17T09:30", type_="TIME"), "Aug. 17, 2023, 9:30 a.m."),
        (when("2023-08-17T12:00", type_="TIME"), "Aug. 17, 2023, noon"),
        (when("2023-08-17TEV", type_="TIME"), "Evening of Aug. 17, 2023"),
        (when("2023-08-17TMO", mod="START", type_="TIME"), "Early morning of Aug. 17, 2023"),
    ],
)
def test_value_mod_and_granularity_give_news_style_words(expression, expected):
    assert display_date(expression, PUBLISHED) == expected


def period(value, start, end):
    return when(value, (start, end), type_="DURATION")


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        # durations and references have no calendar reading: the interval speaks
        (period("P3Y", "2020-08-31", "2023-08-31"), "Aug. 31, 2020 – Aug. 30, 2023"),
        (period("P3M", "2023-06-01", "2023-09-01"), "June–August 2023"),
        (period("P2M", "2022-11-01", "2023-02-01"), "November 2022 – January 2023"),
        (period("P3Y", "2020-01-01", "2023-01-01"), "2020–2022"),
        (period("P5D", "2023-08-01", "2023-08-06"), "Aug. 1–5, 2023"),
        (period("P3D", "2023-08-30", "2023-09-02"), "Aug. 30 – Sept. 1, 2023"),
        (period("PT2H", "2023-08-17T13:00", "2023-08-17T15:00"), "Aug. 17, 2023, 1 p.m. – 3 p.m."),
        (period("PT2H", "2023-08-17T23:00", "2023-08-18T01:00"),
         "Aug. 17, 2023, 11 p.m. – Aug. 18, 2023, 1 a.m."),
        (when("FUTURE_REF", ("2023-08-31", None)), "After Aug. 31, 2023"),
        (when("PAST_REF", (None, "2023-08-31")), "Before Aug. 31, 2023"),
        (when("PAST_REF", ("2020-01-01", None), granularity="year"), "Since 2020"),
        (when("XXXX-WXX-1", ("2023-08-28", "2023-08-29"), granularity="day"), "Aug. 28, 2023"),
        # nothing to go on: the reference word, then the text itself
        (when("PAST_REF"), "The past"),
        (when("FUTURE_REF"), "The future"),
        (when("P2Y", type_="DURATION", text="two years"), "Two years"),
        (when("2023-02-30", text="Feb. 30"), "Feb. 30"),
    ],
)  # fmt: skip
def test_values_without_calendar_reading_fall_back_to_the_interval(expression, expected):
    assert display_date(expression, PUBLISHED) == expected


def test_ap_style_abbreviates_months_only_next_to_a_day():
    months = [day_words(datetime(2023, month, 1)).split(" ")[0] for month in range(1, 13)]
    assert months == ["Jan.", "Feb.", "March", "April", "May", "June",
                      "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]  # fmt: skip


@pytest.mark.parametrize(
    ("hour", "minute", "expected"),
    [
        (0, 0, "midnight"),
        (12, 0, "noon"),
        (1, 5, "1:05 a.m."),
        (23, 0, "11 p.m."),
        (12, 30, "12:30 p.m."),
    ],  # fmt: skip
)
def test_clock_words(hour, minute, expected):
    assert clock_words(hour, minute) == expected
