"""``timeline eval``: the report, JSON figures, options and input errors, with a fake tagger."""

from __future__ import annotations

import argparse
import json
import re
import sys
import types
from datetime import date, datetime

import pytest

import service.temporal
from service.commands import eval_cmd
from service.temporal.expression import TimeExpression

TEXT = "Sales rose on Aug. 3 and again Aug. 30, then fell for 3 days."


def fake_tag(text: str, published: date | datetime) -> list[TimeExpression]:
    """Finds 'Aug. N' only: right on the first, wrong year on the second, misses '3 days'."""
    return [
        TimeExpression(m.start(), m.end(), m.group(), "DATE",
                       f"{published.year}-08-{int(m.group(1)):02d}")
        for m in re.finditer(r"Aug\. (\d+)", text)
    ]


def gold(phrase: str, type_: str, value: str) -> dict:
    start = TEXT.index(phrase)
    return {"start": start, "end": start + len(phrase), "text": phrase, "tid": "t",
            "type": type_, "value": value}


DOCUMENTS = [
    {"id": "d1", "dct": "2023-08-31", "text": TEXT, "timexes": [
        gold("Aug. 3", "DATE", "2023-08-03"),
        gold("Aug. 30", "DATE", "2022-08-30"),
        gold("3 days", "DURATION", "P3D"),
    ]},
    {"id": "d2", "dct": "2023-08-31", "text": "Nothing here.", "timexes": []},
]


@pytest.fixture()
def corpus(tmp_path, monkeypatch):
    monkeypatch.setattr(service.temporal, "tag", fake_tag)
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in DOCUMENTS) + "\n", encoding="utf-8")
    return path


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="timeline")
    eval_cmd.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["eval", *argv])
    return args.func(args)


def test_json_figures(corpus, capsys):
    assert run([str(corpus), "--json"]) == 0

    figures = json.loads(capsys.readouterr().out)
    assert figures["tagger"] == "timeline tagger"
    assert (figures["documents"], figures["gold"], figures["system"]) == (2, 3, 2)
    assert figures["strict"] == {"precision": 100.0, "recall": 66.67, "f1": 80.0}
    assert figures["value_f1"] == 40.0  # relaxed F1 80 x half the values right
    assert figures["per_type"]["DURATION"]["relaxed_recall"] == 0.0
    assert figures["error_counts"]["missed"] == 1
    assert "errors" not in figures


def test_text_report_with_errors(corpus, capsys):
    assert run([str(corpus), "--errors", "1"]) == 0

    report = capsys.readouterr().out
    assert "timeline tagger on gold.jsonl: 2 documents, 3 gold timexes, 2 system timexes" in report
    assert re.search(r"value F1\s+40\.0", report)
    assert "first 1 mistakes:" in report
    assert "gold    'Aug. 30' DATE 2022-08-30" in report
    assert "'3 days'" not in report


def test_json_with_errors_lists_them(corpus, capsys):
    assert run([str(corpus), "--json", "--errors", "5"]) == 0

    errors = json.loads(capsys.readouterr().out)["errors"]
    assert [e["kinds"] for e in errors] == [["value"], ["missed"]]


def test_limit_takes_the_first_documents(corpus, capsys):
    assert run([str(corpus), "--json", "--limit", "1"]) == 0

    assert json.loads(capsys.readouterr().out)["documents"] == 1


def test_timeml_directory_corpus(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(service.temporal, "tag", fake_tag)
    (tmp_path / "a.tml").write_text(
        "<TimeML><DOCID>a</DOCID><DCT><TIMEX3 tid='t0' type='DATE' value='2023-08-31' "
        "functionInDocument='CREATION_TIME'/></DCT><TEXT>Met "
        "<TIMEX3 tid='t1' type='DATE' value='2023-08-03'>Aug. 3</TIMEX3> again.</TEXT></TimeML>",
        encoding="utf-8",
    )

    assert run([str(tmp_path), "--json"]) == 0

    assert json.loads(capsys.readouterr().out)["strict"]["f1"] == 100.0


def test_dateparser_baseline_is_scored_the_same_way(corpus, capsys):
    assert run([str(corpus), "--json", "--baseline", "dateparser"]) == 0

    figures = json.loads(capsys.readouterr().out)
    assert figures["tagger"] == "dateparser search_dates"
    assert figures["gold"] == 3
    assert figures["system"] > 0  # it finds "Aug. 3" and "Aug. 30" at least


def test_events_prints_the_anchoring_figures(corpus, capsys, monkeypatch):
    seen = []
    module = types.ModuleType(eval_cmd.ANCHORING_MODULE)

    def evaluate(documents):
        seen.extend(d["id"] for d in documents)
        return {"anchoring_accuracy": 0.8125, "gold_links": 16, "by_rel": {"INCLUDES": 3}}

    module.evaluate = evaluate
    monkeypatch.setitem(sys.modules, eval_cmd.ANCHORING_MODULE, module)

    assert run([str(corpus), "--events", "--limit", "1"]) == 0
    report = capsys.readouterr().out
    assert seen == ["d1"]
    assert re.search(r"anchoring_accuracy\s+0\.8125", report)
    assert re.search(r"\n\s+INCLUDES\s+3", report)

    assert run([str(corpus), "--events", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["gold_links"] == 16


def test_events_without_the_anchoring_module_exits_2(corpus, capsys, monkeypatch):
    monkeypatch.setattr(eval_cmd, "ANCHORING_MODULE", "service.evaluation.no_such_module")

    assert run([str(corpus), "--events"]) == 2

    assert "needs service.evaluation.no_such_module" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "a", "text": "x"}\n', "document 'a': 'dct' is missing"),
        ('{"id": "a", "dct": "1998-02-30", "text": "x"}\n', "invalid date '1998-02-30'"),
        ("{broken\n", "line 1: invalid JSON"),
    ],
)
def test_bad_corpus_exits_2(tmp_path, capsys, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")

    assert run([str(path)]) == 2

    captured = capsys.readouterr()
    assert message in captured.err and "Traceback" not in captured.err


def test_missing_corpus_exits_2(tmp_path, capsys):
    assert run([str(tmp_path / "absent.jsonl")]) == 2

    assert "no such file" in capsys.readouterr().err


def test_negative_counts_are_refused(corpus):
    with pytest.raises(SystemExit) as exit_info:
        run([str(corpus), "--errors", "-1"])
    assert exit_info.value.code == 2


def test_a_tagger_crash_names_the_document(corpus, monkeypatch):
    def crashing_tag(text, published):
        raise RuntimeError("boom")

    monkeypatch.setattr(service.temporal, "tag", crashing_tag)

    with pytest.raises(RuntimeError) as crash:
        run([str(corpus)])
    assert "while tagging document 'd1'" in "".join(crash.value.__notes__)
