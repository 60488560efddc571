"""A relationship told by what the other side chose later, and the one time that choice was made."""

from __future__ import annotations

import pytest

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
