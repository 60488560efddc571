"""Others' view set aside in polite words, and a plan dropped told as a step, not a fall."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


def _flags(answer: str) -> set[str]:
    return {f.kind for f in analyze(answer).flags}


def _role(answer: str, opening: str) -> str:
    return next(c.role for c in analyze(answer).clauses if c.text.startswith(opening))


@pytest.mark.parametrize(("answer", "flagged"), [
    # Their concern waved off as not seeing far enough…
    ("The night nurses kept raising the handover times. They're new and don't really see the "
     "bigger picture, so I left the rota as it was.", True),
    ("The drivers didn't get the wider picture, so we kept the routes.", True),
    # …where the teller's own blind spot is candour, and showing them is teaching.
    ("Honestly I didn't see the bigger picture back then, so I asked my lead.", False),
    ("The new hires didn't see the bigger picture, so I walked them through the roadmap.",
     False),
    ("The workshop helped them see the bigger picture.", False),
])
def test_a_view_waved_off_as_short_sighted_is_dismissed(answer: str, flagged: bool) -> None:
    assert ("dismissive" in _flags(answer)) == flagged


@pytest.mark.parametrize(("answer", "flagged"), [
    ("They meant well, but I spent most of the meetings patiently correcting them.", True),
    ("I spent the calls correcting the residents on how decibels work.", True),
    # Setting a thing right is work, not condescension.
    ("I spent the afternoon correcting the data before the audit.", False),
    ("I spent an hour correcting my own estimate.", False),
])
def test_meetings_spent_correcting_people_are_condescension(answer: str, flagged: bool) -> None:
    assert ("contempt" in _flags(answer)) == flagged


STORY = ("We were three months into a new booking app for the clinic's tablets. Then, in one "
         "week, {change} I re-planned the sprint with the team that Friday.")


@pytest.mark.parametrize(("change", "role"), [
    # a plan given up is the change the story turns on…
    ("we dropped the rewrite and started a web version.", "action"),
    ("we dropped our tablet build to go web-only.", "action"),
    # …and an amount makes it what changed.
    ("we dropped the no-show rate by a third.", "result"),
    ("we dropped the wait from 40 minutes to 12.", "result"),
])
def test_a_plan_dropped_is_a_step_and_a_measure_dropped_a_result(change: str, role: str) -> None:
    assert _role(STORY.format(change=change), "we dropped") == role


def _reading(answer: str, opening: str) -> tuple[str, bool]:
    clause = next(c for c in analyze(answer).clauses if c.text.startswith(opening))
    return clause.owner, clause.reported


@pytest.mark.parametrize(("answer", "opening", "owner", "reported"), [
    # A quote speaks on past its first sentence: her words are hers to the closing mark…
    ('Then Dana came over and said, "Can we grab a room? I think we both want the same thing, '
     'which is orders out on time." So we talked it through.', "I think we both want",
     "other", True),
    ('My lead wrote back: "Not this sprint. We have two launches. Ask me in March." I waited.',
     "We have two launches", "other", True),
    # …and the story goes on after it.
    ('Then Dana came over and said, "Can we grab a room?" I agreed straight away.',
     "I agreed", "candidate", False),
    # The teller's own words stay the teller's; an unclosed mark carries nothing.
    ('I told her, "Let\'s grab a room. I think we both want the same thing." She agreed.',
     "I think we both want", "candidate", False),
    ('He said "no. I went to his boss anyway. We shipped on time.', "We shipped", "team", False),
])
def test_a_quote_speaks_on_to_its_closing_mark(answer: str, opening: str, owner: str,
                                               reported: bool) -> None:
    assert _reading(answer, opening) == (owner, reported)


@pytest.mark.parametrize(("answer", "opening", "role"), [
    # What someone else said is no outcome of the story: before it turns, it is the dispute…
    ('Dana and I kept clashing over the handoffs. Then she came over and said, "I think we '
     'both want the same thing, which is orders out the door on time." She booked a room, and '
     "I mostly listened. We agreed to try her board.", "which is orders out", "dispute"),
    # …and after it, the bond it left.
    ("Pia and I clashed over the budget. I sat down with her and we split the cost. We shipped "
     "in May. Months later her director told me that was the moment she stopped checking our "
     "numbers.", "that was the moment", "relationship"),
    # The story's own outcome stays its outcome.
    ("Pia and I clashed over the budget. I sat down with her and we split the cost. We shipped "
     "in May, and orders went out on time.", "and orders went out on time", "result"),
])
def test_someone_elses_words_are_no_outcome(answer: str, opening: str, role: str) -> None:
    assert next(c.role for c in analyze(answer).clauses if c.text.startswith(opening)) == role
