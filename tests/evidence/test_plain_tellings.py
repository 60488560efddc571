"""Stories told plainly, in the present or in a second language, read as the same stories told
in polished prose: a miss named as a heading is a lesson, an hour said as people say it dates
the story, a slur denied is no contempt, a captain is someone, a refusal said "clearly" is a
stand, a change brought about mid-story is an outcome, and "Next peak" is a later time."""

from __future__ import annotations

import pytest

import roundtable
from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import read_actor

SITE = ("I am site supervisor for a fit-out company, we do a hotel refurbishment in Lisbon, 80 "
        "rooms. The plumbers and the electricians fight every day, because plumbers make holes "
        "where electricians already put their cables. Both foremen come to me to complain, every "
        "day. First I think it is just personality. But I go to the rooms and look, and I see "
        "the real problem is the drawings: plumbers have rev C and electricians have rev B. I "
        "bring the two foremen with me to one room, together, 7 in the morning before the teams "
        "start. I show them the two drawings on the wall. They stop shouting quite quickly. And "
        "I ask the designer to issue rev D and take back all old copies. After this, much "
        "better. {last}")


def _flags(text: str) -> set[str]:
    return {f.kind for f in analyze(text).flags}


def test_a_story_in_the_present_dated_by_its_hour_is_no_hypothetical() -> None:
    story = SITE.format(last="And my mistake: I should go and look at the rooms in the first "
                             "week, not after three weeks of complaints.")
    assert "hypothetical" not in _flags(story)
    clauses = analyze(story).clauses
    assert next(c for c in clauses if "my mistake" in c.text).role == "reflection"
    vote = roundtable.review(story, competency="conflict").verdict.vote
    assert vote != "strong_no_hire"


@pytest.mark.parametrize("said", [
    # the hour of a habit is no date
    "Every day at 7 in the morning I check the rota and I call the agency.",
])
def test_the_hour_of_a_habit_dates_nothing(said: str) -> None:
    habit = (f"{said} I always ask the team what is missing, and I usually fix it before lunch. "
             "I would say this is how I lead.")
    assert _flags(habit) & {"hypothetical", "no_story"}


@pytest.mark.parametrize(("said", "flagged"), [
    ("Honestly the other shift are just lazy.", True),
    ("The other shift says we are lazy. I looked at it and I saw it is not lazy.", False),
    ("They were not incompetent, just new to the locations.", False),
])
def test_a_word_of_contempt_denied_is_no_contempt(said: str, flagged: bool) -> None:
    story = (f"In peak our twelve pickers missed target every evening. {said} I paired each new "
             "picker with an experienced one for two hours and got IT to swap two of the old "
             "scanners. After two weeks the team made target.")
    assert ("contempt" in _flags(story)) is flagged


@pytest.mark.parametrize("text", [
    "On the approach the captain wanted to continue below minimums",
    "The chair said no to the second budget line",
    "The foremen stopped shouting",
])
def test_people_named_by_their_trade_are_someone_else(text: str) -> None:
    assert read_actor(text) == "other"


@pytest.mark.parametrize("said", [
    'I said clearly, "I\'m not comfortable, we don\'t have the visual reference."',
    "I said clearly, “I’m not comfortable releasing this.”",
    "I told him I was not comfortable with it.",
])
def test_a_refusal_said_plainly_is_a_stand(said: str) -> None:
    story = f"The captain wanted to continue below minimums. {said} He pushed back once."
    assert "disagreement" in {e.kind for e in analyze(story).evidence}


def _role(text: str, start: str) -> str:
    return next(c.role for c in analyze(text).clauses if c.text.startswith(start))


NURSES = ("I'm a community nurse in a team of nine, and the morning allocation off a printed "
          "list took the team lead over an hour. So I made a magnetic map of our patch with a "
          "magnet for each patient and a colour for each type of visit. {change} I didn't think "
          "about continuity at first, and a family complained. We added a rule that palliative "
          "patients keep a named nurse. We're still using it.")


@pytest.mark.parametrize("change", [
    "But it got allocation down to about 20 minutes.",
    "Mileage claims went from about 1,400 miles a week to about 1,100.",
])
def test_a_change_brought_about_mid_story_is_an_outcome(change: str) -> None:
    assert _role(NURSES.format(change=change), change[:10]) == "result"


def test_a_change_in_the_opening_scene_is_no_outcome() -> None:
    story = ("Our churn went from 5% to 12% in a year. " + NURSES.format(change=""))
    assert _role(story, "Our churn") != "result"


def test_next_season_late_in_the_story_is_what_came_of_it() -> None:
    story = ("In peak our twelve pickers missed target every evening. I paired each new picker "
             "with an experienced one and swapped my own scanner with the new guy. After two "
             "weeks the new people were almost as fast. Next peak they use the pair system in "
             "all the teams.")
    assert _role(story, "Next peak") == "result"
