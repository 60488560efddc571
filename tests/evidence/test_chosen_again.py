"""A relationship told by what the other side chose later, and the one time that choice was made."""

from __future__ import annotations

import pytest

import roundtable
from roundtable.evidence.analysis import analyze

STORY = ("Raj ran field installs and I ran scheduling, and we clashed over missed visits. We sat "
         "down with a week of job sheets and agreed on a two-hour arrival window. {later}")


def _kinds(answer: str) -> set[str]:
    return {e.kind for e in analyze(answer).evidence}


@pytest.mark.parametrize(("later", "shown"), [
    # chosen first for what came next
    ("When Raj put together the crew for the spring rollout, mine was the first name on his "
     "list.", True),
    ("Later that year he asked for me on his next project.", True),
    ("When the next storm hit, I was the first person he called.", True),
    # a list with someone's name on it, or the teller choosing, shows nothing of the other side
    ("His name was on the list for the spring rollout.", False),
    ("I asked for Raj on my next project.", False),
])
def test_being_chosen_later_shows_the_trust_kept(later: str, shown: bool) -> None:
    assert ("trust" in _kinds(STORY.format(later=later))) == shown


@pytest.mark.parametrize(("clause", "mode"), [
    # a bare past after one person or thing tells one time ("put", not "puts")…
    ("When Raj put together the crew for the spring rollout", "fact"),
    ("When the next storm hit", "fact"),
    # …where the present tells whenever it happens
    ("When a client puts in a complaint", "habitual"),
    ("When clients put in a complaint", "habitual"),
])
def test_a_bare_past_after_one_subject_is_one_time(clause: str, mode: str) -> None:
    answer = f"{clause}, I call them back the same day."
    if mode == "fact":
        answer = f"I fixed the rota in March. {clause}, I rang the depot."
    assert next(c.mode for c in analyze(answer).clauses if c.text.startswith(clause)) == mode


LAB = ("A hospital lab was on our top tier but only used two features. My target was upsells. "
       "Instead I told their lab manager they'd save eighteen thousand a year on the middle "
       "tier, and helped move their settings over myself. A year on, {later}")


def _trust(later: str) -> int:
    review = roundtable.review(LAB.format(later=later), competency="customer-obsession")
    return next(c.score for c in review.scores.criteria if c.id == "customer-trust")


@pytest.mark.parametrize(("later", "credited"), [
    ("that same lab referred two of its sister hospitals to us.", True),
    ("their director recommended us to the regional network.", True),
    # what was sent or referred elsewhere vouches for nobody: a later event alone
    ("the lab sent the old tablets back to us.", False),
    ("they referred the billing question to their finance team.", False),
])
def test_vouching_for_the_teller_shows_customer_trust(later: str, credited: bool) -> None:
    # A later event of the customer's is the relationship told (2 of 5); vouching for the
    # teller to others shows the trust itself.
    assert (_trust(later) >= 3) == credited


def test_standing_as_a_reference_shows_more_trust_than_agreeing_to_meet() -> None:
    assert _trust("their lab manager agreed to be our reference customer at the conference.") > (
        _trust("their lab manager agreed to a second meeting at the conference."))
