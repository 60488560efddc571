"""Two things a story tells on its way that are no part of how it came out: the options the
candidate put to someone ("I gave them two options: we ship half on time, or all of it a week
late") are offers, not what happened; and a realisation dated inside the story ("Three days
before the opening I realised…") is the trouble found, as "I noticed" is, not a lesson."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import Clause


def _at(answer: str, words: str) -> Clause:
    return next(c for c in analyze(answer).clauses if words in c.text)


@pytest.mark.parametrize("answer", [
    "The print run was late. I laid out two options for the venue: we open with half the "
    "catalogues, or we push the opening back a week. They chose half.",
    "I called the patient's daughter and offered her three choices: we keep him in overnight, "
    "we send him home with a nurse visit, or we move him to the day ward.",
])
def test_options_put_to_someone_are_offers_not_outcomes(answer: str) -> None:
    analysis = analyze(answer)
    told = [c for c in analysis.clauses if c.reported and c.owner == "candidate"]
    assert told, "the options are the candidate's words"
    assert all(c.mode == "hypothetical" or c.role != "result" for c in told)
    for clause in told:
        assert not [e for e in analysis.evidence if e.kind in ("result", "quantified_result")
                    and e.strength > 0 and clause.span.start <= e.at < clause.span.end]


def test_what_was_chosen_after_the_options_is_still_told() -> None:
    answer = ("I laid out two options for the venue: we open with half the catalogues, or we push "
              "the opening back a week. They chose half, and we opened on the Friday with 200 "
              "guests.")
    assert _at(answer, "we opened on the Friday").role == "result"


@pytest.mark.parametrize(("answer", "words"), [
    ("I was running the refit. Three days before the opening I realised the fridges wouldn't "
     "arrive in time.", "Three days before the opening I realised"),
    ("That night I realised the backup job had been failing for a week.",
     "That night I realised"),
    ("Halfway through the stocktake I realised we were counting the returns twice.",
     "Halfway through the stocktake I realised"),
])
def test_a_realisation_dated_in_the_story_is_the_trouble_found(answer: str, words: str) -> None:
    assert _at(answer, words).role != "reflection"


@pytest.mark.parametrize(("answer", "words"), [
    ("Looking back, I realised I should have asked for help sooner.", "I realised"),
    ("I realised that listening matters more than having the answer.", "I realised"),
])
def test_a_realisation_about_themselves_stays_a_lesson(answer: str, words: str) -> None:
    assert _at(answer, words).role == "reflection"
