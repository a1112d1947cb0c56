"""Participants with roles, locations, and mentions merged across the article."""

from __future__ import annotations

from service.events import link
from tests.events.conftest import PUBLISHED, expression


def _roles(event):
    return {(p.text, p.label, p.role) for p in event.participants}


def test_subject_is_agent_and_object_patient(event_at):
    event = event_at("Russia attacked Ukraine on Monday.", "Monday")
    assert _roles(event) == {("Russia", "GPE", "agent"), ("Ukraine", "GPE", "patient")}


def test_passive_subject_is_patient_and_by_phrase_agent(event_at):
    event = event_at("Three Iranian firms were sanctioned by the United States on Aug. 17.",
                     "Aug. 17")
    roles = _roles(event)
    assert ("the United States", "GPE", "agent") in roles or (
        "United States", "GPE", "agent") in roles


def test_a_name_compounded_onto_the_subject_noun_is_agent(event_at):
    event = event_at("U.S. intelligence reported in late July that China sold drones.",
                     "late July")
    assert ("U.S.", "GPE", "agent") in _roles(event)


def test_a_shared_subject_is_a_participant_of_both_verbs(event_at):
    event = event_at("Shoigu arrived in Pyongyang and met Kim Jong Un on Tuesday.", "Tuesday")
    assert event.trigger.text == "met"
    roles = {(p.text, p.role) for p in event.participants}
    assert ("Shoigu", "agent") in roles
    assert ("Kim Jong Un", "patient") in roles
    assert "Pyongyang" not in {p.text for p in event.participants}  # the other verb's


def test_a_nationality_before_a_named_person_is_a_title_not_a_participant(event_at):
    event = event_at("Orban met Russian President Vladimir Putin in Moscow in July.", "July")
    names = {p.text for p in event.participants}
    assert "Vladimir Putin" in names and "Russian" not in names
    event = event_at("Russian drones struck an energy facility on Monday.", "Monday")
    assert "Russian" in {p.text for p in event.participants}  # whose drones: kept


def test_a_ministers_portfolio_is_not_an_organisation_taking_part(event_at):
    event = event_at("Russian Defense Minister Sergei Shoigu visited Pyongyang in August.",
                     "August")
    names = {p.text for p in event.participants}
    assert "Sergei Shoigu" in names and "Defense" not in names


def test_other_entities_of_the_clause_are_other(event_at):
    event = event_at("North Korea provided rockets to Russia in 2022.", "2022")
    assert ("North Korea", "GPE", "agent") in _roles(event)
    assert ("Russia", "GPE", "other") in _roles(event)


def test_entities_of_other_clauses_are_left_out(event_at):
    event = event_at("Kirby said on Monday that North Korea provided rockets to Russia.",
                     "Monday")
    assert {p.text for p in event.participants} == {"Kirby"}


def test_participant_offsets_point_into_the_article(event_at):
    text = "Prices fell. Russia attacked Ukraine on Monday."
    event = event_at(text, "Monday")
    for participant in event.participants:
        assert text[participant.start:participant.end] == participant.text


def test_surname_merges_with_the_full_name_from_a_parsed_sentence():
    text = ("National Security Council spokesperson John Kirby spoke on Aug. 30. "
            "Kirby met reporters on Wednesday.")
    events = link(text, [expression(text, "Aug. 30"), expression(text, "Wednesday")],
                  PUBLISHED)
    kirby = [p for p in events[1].participants if p.text == "Kirby"]
    assert kirby and kirby[0].entity == "John Kirby"


def test_surname_merges_with_a_full_name_in_an_unparsed_sentence():
    text = "Spokesperson John Kirby spoke to reporters. Kirby met Kim on Wednesday."
    event = link(text, [expression(text, "Wednesday")], PUBLISHED)[0]
    kirby = [p for p in event.participants if p.text == "Kirby"]
    assert kirby and kirby[0].entity == "John Kirby"


def test_titles_are_not_part_of_the_merged_name():
    text = "President Joe Biden spoke. On Monday, Biden visited Kyiv."
    event = link(text, [expression(text, "Monday")], PUBLISHED)[0]
    assert [p.entity for p in event.participants if p.text == "Biden"] == ["Joe Biden"]


def test_distinct_people_with_distinct_surnames_stay_apart():
    text = "John Kirby spoke. On Monday, Secretary of State Antony Blinken met Kirby."
    event = link(text, [expression(text, "Monday")], PUBLISHED)[0]
    entities = {p.text: p.entity for p in event.participants if p.label == "PERSON"}
    assert entities == {"Antony Blinken": "Antony Blinken", "Kirby": "John Kirby"}


def test_location_from_a_locative_phrase(event_at):
    event = event_at("Russian forces deployed drones in Ukraine on Monday.", "Monday")
    assert event.location == "Ukraine"


def test_destination_is_not_a_location(event_at):
    event = event_at("The officials traveled to North Korea on Monday.", "Monday")
    assert event.location is None
