"""The corpus loader: TimeML and JSONL into one document shape with exact offsets."""

from __future__ import annotations

import json
from xml.sax.saxutils import escape, quoteattr

import pytest

from service.evaluation.corpus import CorpusError, load_corpus, parse_timeml

TIMEML = """<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>NYT20230831.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-08-31" temporalFunction="false" \
functionInDocument="CREATION_TIME">August 31, 2023</TIMEX3></DCT>
<TITLE>Talks &amp; arms</TITLE>
<TEXT>
Shoigu <EVENT eid="e1" class="OCCURRENCE">visited</EVENT> Pyongyang \
<TIMEX3 tid="t1" type="DATE" value="2023-07" mod="END" anchorTimeID="t0" \
temporalFunction="true" functionInDocument="NONE">late July</TIMEX3>, U.S. &amp; allied \
officials <EVENT eid="e2" class="REPORTING">said</EVENT> <TIMEX3 tid="t2" type="DATE" \
value="2023-08-30">Wednesday</TIMEX3>.
Talks lasted <TIMEX3 tid="t3" type="DURATION" value="P3D">three days</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e1" eiid="ei9" tense="PAST" aspect="NONE" polarity="NEG" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="BEFORE" eventInstanceID="ei9" relatedToEventInstance="ei2"/>
<TLINK lid="l3" relType="INCLUDES" timeID="t0" relatedToTime="t2"/>
</TimeML>
"""


def test_timeml_offsets_point_at_the_annotated_text():
    document = parse_timeml(TIMEML)

    assert [(t["text"], t["tid"]) for t in document["timexes"]] == [
        ("late July", "t1"),
        ("Wednesday", "t2"),
        ("three days", "t3"),
    ]
    for annotation in document["timexes"] + document["events"]:
        assert document["text"][annotation["start"] : annotation["end"]] == annotation["text"]
    assert document["text"].startswith("\nShoigu visited Pyongyang late July, U.S. & allied")
    assert document["text"].index("late July") == document["timexes"][0]["start"]


def test_timeml_header_and_attributes():
    document = parse_timeml(TIMEML)

    assert document["id"] == "NYT20230831.0001"
    assert (document["dct"], document["dct_value"]) == ("2023-08-31", "2023-08-31")
    assert document["title"] == "Talks & arms"
    late_july = document["timexes"][0]
    assert late_july["mod"] == "END"
    assert late_july["anchor"] == "t0"  # anchorTimeID, renamed as in the jsonl corpus
    assert "mod" not in document["timexes"][1]
    visited = document["events"][0]
    assert (visited["eid"], visited["class"], visited["eiid"]) == ("e1", "OCCURRENCE", "ei1")
    assert visited["polarity"] == "POS"  # the first MAKEINSTANCE wins


def test_timeml_tlinks_are_mapped_through_makeinstance():
    links = {link["lid"]: link for link in parse_timeml(TIMEML)["tlinks"]}

    assert links["l1"] == {
        "lid": "l1",
        "relType": "IS_INCLUDED",
        "eventID": "e1",
        "eventInstanceID": "ei1",
        "relatedToTime": "t1",
    }
    assert (links["l2"]["eventID"], links["l2"]["relatedToEvent"]) == ("e1", "e2")
    assert links["l3"] == {
        "lid": "l3", "relType": "INCLUDES", "timeID": "t0", "relatedToTime": "t2"
    }


def test_timeml_without_dct_docid_or_attributes_still_loads():
    document = parse_timeml(
        "<TimeML><TEXT>Sales fell <TIMEX3>last year</TIMEX3>.</TEXT></TimeML>", default_id="x"
    )

    assert document["id"] == "x"
    assert document["dct"] is None
    assert document["timexes"] == [
        {"start": 11, "end": 20, "text": "last year", "tid": None, "type": None, "value": None}
    ]
    assert document["events"] == [] and document["tlinks"] == []


def test_creation_time_inside_text_still_gives_the_dct():
    document = parse_timeml(
        "<TimeML><TEXT><TIMEX3 tid='t0' type='DATE' value='1998-02-13' "
        "functionInDocument='CREATION_TIME'>Feb. 13, 1998</TIMEX3> Talks ended.</TEXT></TimeML>"
    )

    assert document["dct"] == "1998-02-13"
    assert document["timexes"][0]["functionInDocument"] == "CREATION_TIME"  # text keeps it


def test_timeml_namespaces_and_crlf_are_normalised():
    xml = (
        '<TimeML xmlns="http://timeml.org"><DOCID>d</DOCID><TEXT>a\r\nb '
        '<TIMEX3 tid="t1" type="DATE" value="2020">2020</TIMEX3></TEXT></TimeML>'
    )
    document = parse_timeml(xml)

    assert document["text"] == "a\nb 2020"
    assert document["timexes"][0]["start"] == 4


def test_malformed_timeml_names_the_file(tmp_path):
    path = tmp_path / "broken.tml"
    path.write_text("<TimeML><TEXT>unclosed</TimeML>")

    with pytest.raises(CorpusError, match="broken.tml"):
        load_corpus(path)


def _to_timeml(document: dict) -> str:
    """A minimal exporter, to check that export + load gives the document back."""
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    for timex in document["timexes"]:
        attributes = " ".join(
            f"{key}={quoteattr(timex[key])}" for key in ("tid", "type", "value")
        )
        opens.setdefault(timex["start"], []).append(f"<TIMEX3 {attributes}>")
        closes.setdefault(timex["end"], []).append("</TIMEX3>")
    text = document["text"]
    parts = []
    for position in range(len(text) + 1):
        parts += closes.get(position, []) + opens.get(position, [])
        if position < len(text):
            parts.append(escape(text[position]))
    return (
        f"<TimeML><DOCID>{document['id']}</DOCID><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" "
        f"value=\"{document['dct']}\" functionInDocument=\"CREATION_TIME\"/></DCT>"
        f"<TEXT>{''.join(parts)}</TEXT></TimeML>"
    )


def test_export_then_load_round_trips_offsets():
    text = "\nOn Aug. 30 <they> met & agreed; talks ran for three days, until Sept. 2.\n"
    timexes = [
        {"start": start, "end": start + len(phrase), "text": phrase, "tid": f"t{n}",
         "type": kind, "value": value}
        for n, (phrase, kind, value) in enumerate(
            [("Aug. 30", "DATE", "2023-08-30"), ("three days", "DURATION", "P3D"),
             ("Sept. 2", "DATE", "2023-09-02")], start=1
        )
        for start in [text.index(phrase)]
    ]
    document = {"id": "rt", "dct": "2023-08-31", "text": text, "timexes": timexes}

    loaded = parse_timeml(_to_timeml(document))

    assert loaded["text"] == text
    assert loaded["timexes"] == timexes
    assert loaded["dct"] == "2023-08-31"


def test_directory_of_timeml_files_in_name_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.tml").write_text(TIMEML.replace("NYT20230831.0001", "B"))
    (tmp_path / "sub" / "a.xml").write_text(TIMEML.replace("NYT20230831.0001", "A"))
    (tmp_path / "._b.tml").write_bytes(b"\x00\x05macOS resource fork")
    (tmp_path / "notes.txt").write_text("not a corpus file")

    documents = load_corpus(tmp_path)

    assert [d["id"] for d in documents] == ["B", "A"]  # b.tml sorts before sub/a.xml
    assert load_corpus(tmp_path / "b.tml")[0]["id"] == "B"


def test_empty_directory_is_an_error(tmp_path):
    with pytest.raises(CorpusError, match="no .tml"):
        load_corpus(tmp_path)


def test_jsonl_corpus_with_published_alias_and_defaults(tmp_path):
    path = tmp_path / "docs.jsonl"
    lines = [
        {"id": "a", "dct": "2023-08-31", "text": "x", "timexes": [], "extra": 1},
        {"published": "2023-01-02", "text": "y"},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n")

    first, second = load_corpus(path)

    assert first["extra"] == 1
    assert second["dct"] == "2023-01-02"
    assert second["id"] == "docs:2"
    assert second["timexes"] == second["events"] == second["tlinks"] == []


@pytest.mark.parametrize(
    ("line", "message"),
    [("{not json", "line 2: invalid JSON"), ('{"id": "b"}', "line 2: expected an object")],
)
def test_bad_jsonl_line_is_named(tmp_path, line, message):
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "a", "dct": "2023-08-31", "text": "x"}\n' + line + "\n")

    with pytest.raises(CorpusError, match=message):
        load_corpus(path)


def test_missing_corpus_is_an_error(tmp_path):
    with pytest.raises(CorpusError, match="no such file"):
        load_corpus(tmp_path / "absent.jsonl")
