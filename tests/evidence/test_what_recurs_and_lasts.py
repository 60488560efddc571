"""What recurs and what lasts, read where the words put it: a recurrence that times someone's
saying ("product said no every quarter"), a routine kept since the story in the present ("Since
that time I check every anchor myself"), and an occasion added after a comma ("I book the room,
pretty much every retro"). Each rule sits beside the near miss it must not take along.
Sentences written for these tests; none is in a data set.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import Clause


def _clause(answer: str, opening: str) -> Clause:
    return next(c for c in analyze(answer).clauses if c.text.lstrip().startswith(opening))


@pytest.mark.parametrize(("sentence", "opening", "mode"), [
    # A recurrence after a speech frame whose object is no clause times the saying itself…
    ("The buyers said no every quarter.", "The buyers said", "habitual"),
    ("The clinics asked for a paper copy every month.", "The clinics asked", "habitual"),
    ("He told me the same thing every week.", "He told me", "habitual"),
    # …one said once stays one event…
    ("The buyers said no in March.", "The buyers said", "fact"),
    # …and a recurrence inside what was said is what was said, not how often it was said.
    ("She said we'd ship every quarter.", "She said", "fact"),
])
def test_a_recurrence_after_a_speech_frame_times_the_saying_when_nothing_else_is_said(
        sentence: str, opening: str, mode: str) -> None:
    answer = ("I ran the loyalty app for a chain of bakeries. " + sentence
              + " I built the export myself over two weekends.")
    assert _clause(answer, opening).mode == mode


# The end of a story told in the past; `{after}` is what the teller does since.
SHELF = ("Last March a shelf collapsed in our warehouse because an anchor was fitted wrong. I "
         "had signed the sheet without checking it. My boss said he made a mistake like this when "
         "he was young, and he kept me on the job. {after}")
# The same end of the story told in the present, as a second-language speaker may tell it.
SHELF_PRESENT = ("My boss tells me he also make mistake like this when he is young, and he keeps "
                 "me on the project. {after}")


@pytest.mark.parametrize("story", [SHELF, SHELF_PRESENT])
@pytest.mark.parametrize(("after", "opening", "mode"), [
    # What the teller does since the story, in the present, is a routine kept since…
    ("Since that time I check every anchor myself before I sign.", "Since that time", "habitual"),
    ("From then on I check every anchor myself.", "From then on", "habitual"),
    # …where the next step of the story, told in the present, happens once.
    ("So I check every anchor on that row myself.", "So I check", "fact"),
])
def test_what_the_teller_does_since_the_story_is_a_routine_however_the_story_is_told(
        story: str, after: str, opening: str, mode: str) -> None:
    assert _clause(story.format(after=after), opening).mode == mode


@pytest.mark.parametrize(("sentence", "opening", "mode"), [
    # An occasion added after a comma says how often the clause goes on…
    ("So I'm the one who books the room and types up the actions, pretty much every retro.",
     "So I'm the one", "habitual"),
    ("I walked the new starters through the handover sheet, every handover.",
     "I walked the new starters", "habitual"),
    # …where "every" counting the things a step was done to tells one step.
    ("I walked the new starters through every handover sheet.", "I walked the new starters",
     "fact"),
])
def test_an_occasion_after_a_comma_makes_the_clause_a_routine(
        sentence: str, opening: str, mode: str) -> None:
    answer = "Our ward had four new nurses that spring. " + sentence
    assert _clause(answer, opening).mode == mode


@pytest.mark.parametrize(("sentence", "opening", "mode"), [
    # Said aloud, "the thing is," frames what follows as "the thing is that" does: the denial
    # after it is the clause's…
    ("And the thing is, stock counts weren't even my job that week.", "And the thing is",
     "negated"),
    ("The truth is, nobody had checked the seals.", "nobody had checked", "negated"),
    # …where a problem that was a thing names it, and the "not" denies another cause, not the
    # clause.
    ("The problem was the seals, not the pump.", "The problem was", "fact"),
])
def test_a_frame_said_with_a_comma_hands_over_to_what_it_frames(
        sentence: str, opening: str, mode: str) -> None:
    answer = "I was covering the warehouse nights in January. " + sentence
    assert _clause(answer, opening).mode == mode


def test_a_job_that_was_not_even_the_candidates_is_taken_on_unasked() -> None:
    """"Weren't even my job" says what "weren't my job" says, with the stress a speaker puts
    on it; the criterion of taking it on unasked reads both."""
    import roundtable

    story = ("Last winter I was on nights on the surgical ward. At two in the morning the "
             "medicine fridge read 14 degrees. {line} I moved the stock to the next ward's "
             "fridge, rang the on-call pharmacist, and had replacements by half five.")

    def took_it_on(line: str) -> int:
        review = roundtable.review(story.format(line=line), competency="ownership")
        return next(c.score for c in review.scores.criteria if c.id == "took-it-on")

    assert took_it_on("Fridge checks weren't even my job that night.") == took_it_on(
        "Fridge checks weren't my job that night.")
    assert took_it_on("Fridge checks weren't even my job that night.") > took_it_on(
        "Fridge checks were due at six.")
