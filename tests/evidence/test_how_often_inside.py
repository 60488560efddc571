"""How often something happens bears on the verb it is told with: in a relative clause it says
how often the thing named does something, not how often the clause's own step happened."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import read_mode


@pytest.mark.parametrize(("clause", "mode"), [
    # the recurrence is the colleague's, the supplier's, the check's…
    ("I had one colleague who was always changing the handover sheet", "fact"),
    ("We had a supplier that was constantly late", "fact"),
    ("I worked with a manager who often rewrote my emails", "fact"),
    ("I was so frustrated that the team was always waiting for approvals", "fact"),
    # …unless the clause's own verb carries it, or the teller portrays themselves by it
    ("Every week we had a meeting that always ran over", "habitual"),
    ("she always changes the sheet", "habitual"),
    ("I'm the person who always reads the footnotes", "habitual"),
    ("I'm just someone who always speaks up", "habitual"),
])
def test_how_often_bears_on_the_verb_it_is_told_with(clause: str, mode: str) -> None:
    assert read_mode(clause, "candidate") == mode


@pytest.mark.parametrize("clause", [
    # what a copula or a frame hands over is the claim itself
    "The feedback I've had is that people always know where they stand with me",
    "The lesson for me was that people always need a room",
])
def test_a_claim_handed_over_keeps_its_how_often(clause: str) -> None:
    assert read_mode(clause, "candidate") != "fact"


@pytest.mark.parametrize(("clause", "mode"), [
    # what was said or done as a rule is a standing state…
    ("and the usual explanation was timing differences", "habitual"),
    ("Our standard reply was that the bank was slow", "habitual"),
    # …where the one explanation given, or the usual answer given once, is a fact
    ("The explanation was timing differences", "fact"),
    ("I gave the usual answer", "fact"),
    # a note's routine since the story, with no subject
    ("- now: reconfirm every booking at 72h and 48h", "habitual"),
    ("Now checked every booking by hand that week", "fact"),
])
def test_a_rule_told_as_one_is_a_standing_state(clause: str, mode: str) -> None:
    assert read_mode(clause, "candidate") == mode


@pytest.mark.parametrize(("sentence", "opening", "mode"), [
    # a refusal then, as "he wouldn't sign" is his…
    ("I refused to sign the pour permit and I wouldn't call the concrete trucks that day.",
     "and I wouldn't call", "negated"),
    # …the other half of a habit, not done…
    ("Some parents would reply and some wouldn't, which was fine.", "and some wouldn't",
     "negated"),
    # …where what the teller would not do next time, or at all, is imagined
    ("Next time I wouldn't call them that day.", "Next time", "hypothetical"),
    ("I wouldn't do it any differently.", "I wouldn't", "hypothetical"),
])
def test_wouldnt_then_is_a_refusal(sentence: str, opening: str, mode: str) -> None:
    from roundtable.evidence.analysis import analyze

    clauses = analyze(sentence).clauses
    assert next(c.mode for c in clauses if c.text.startswith(opening)) == mode


@pytest.mark.parametrize(("sentence", "opening", "mode"), [
    # what came out, or was told with nobody as its subject, is its own clause and its denial
    ("It came out that he wasn't hiding anything.", "that he wasn't", "negated"),
    ("I told her nobody expects a first-year to know this.", "nobody expects", "negated"),
    # the frame itself happened
    ("It came out that he wasn't hiding anything.", "It came out", "fact"),
    ("I told her nobody expects a first-year to know this.", "I told her", "fact"),
])
def test_what_came_out_keeps_its_own_denial(sentence: str, opening: str, mode: str) -> None:
    from roundtable.evidence.analysis import analyze

    clauses = analyze(sentence).clauses
    assert next(c.mode for c in clauses if c.text.startswith(opening)) == mode


@pytest.mark.parametrize(("clause", "mode"), [
    # a rate in fortnights or in minutes written short is a rate like any other…
    ("she was retyping forty rows by hand every fortnight", "habitual"),
    ("the uptime check ran every 20 min", "habitual"),
    ("the uptime check ran every 20 mins", "habitual"),
    # …and a step repeated within one bounded episode stays one step of it
    ("I sent her an update every fortnight until it was fixed", "fact"),
])
def test_rates_written_short_are_rates(clause: str, mode: str) -> None:
    assert read_mode(clause, "other") == mode


@pytest.mark.parametrize(("text", "mode"), [
    # the teller's job, or the team's size, told in the present: who tells the story, its
    # setting (LABELS.md), as "I was the night supervisor" is
    ("I manage a small print shop", "fact"),
    ("I'm a pharmacy technician", "fact"),
    ("I am head chef in a hotel kitchen in Bangkok", "fact"),
    ("I work as dispatcher in a parcel company", "fact"),
    ("So I drive for a parcel company", "fact"),
    ("we are twelve agents on the night shift", "fact"),
    # …where a portrait, a routine or how long it has gone on is a habit
    ("I'm a real team player", "habitual"),
    ("I'm a very hands-on manager", "habitual"),
    ("I'm a careful planner", "habitual"),
    ("I'm a good manager", "habitual"),
    ("I'm a manager who always listens", "habitual"),
    ("I run a retro every sprint", "habitual"),
    ("I am working as backend developer in a payments company since 2019", "habitual"),
])
def test_a_job_held_now_is_the_setting_not_a_habit(text: str, mode: str) -> None:
    assert read_mode(text, "candidate") == mode


def test_a_job_held_now_stays_the_setting_in_the_answer() -> None:
    # (the learned layer reads a bare present alone; an answer with no past keeps it a habit,
    # but not the teller's job)
    clauses = analyze("I edit a small magazine. Every issue goes to a proofreader before "
                      "print.").clauses
    assert clauses[0].mode == "fact"
