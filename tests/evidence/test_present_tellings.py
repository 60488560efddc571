"""A story told in the present reads as the same story told in the past (round 62).

Spoken English tells a story in the historical present ("so I go to my manager and I say…"), and
a second-language speaker often tells the whole of one in the present simple ("Before one year I
work as agent… I write proposal of one page"). Read as habits, such a story earns nothing and is
flagged as no story at all: in `voices-present.yaml` and `voices-present2.yaml` (written for this
round by a writer who saw no code) the present tellings of one story scored up to 2.3 points
below its plain telling. Each reading below is pinned beside a near miss that must not move.
"""

from __future__ import annotations

import re
import statistics
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_voices_and_unseen import spread

import roundtable
from roundtable.catalog import competencies
from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import read_actor, read_mode

PROBES = Path(__file__).parents[1] / "data" / "probes"


def _clause(answer: str, opening: str) -> Any:
    return next(c for c in analyze(answer).clauses if c.text.startswith(opening))


# A story told step by step in the present, placed in time by no date at all: its time passing
# ("Two weeks in,"), a named person's turn and a number that changed tell one occasion.
SPOKEN = (
    "So I'm running the pass at a busy bistro, and the tickets keep coming out wrong. So I start "
    "writing down each wrong ticket, which table, which server. Two weeks in, it's obvious: it's "
    "the new tablet's modifier screen. I sit with the vendor, Dominik, and he moves the "
    "modifiers to the first page. I show the servers the change at the lineup. Wrong tickets go "
    "from about fifteen a night to two."
)
# A second-language telling with its own words for when: "before two years", "after some days".
SECOND_LANGUAGE = (
    "Before two years I work as nurse in children ward. The infusion pump show alarm on night "
    "shift, again and again. I check the log and I see it is always pump number four. I take the "
    "pump out of use and I call the technician, Marek. He open it and he find the battery is "
    "old. After some days he change the battery and I add battery check in our handover sheet. "
    "The alarms go down to zero."
)
# The same steps as a habit: how the teller works whenever it happens, with no one occasion.
HABIT = (
    "Usually when a customer is angry, I listen first. I always apologise, and I check their "
    "account. Then I offer a refund or a discount. I think customers just want to feel heard, "
    "and that's how I work every day."
)


@pytest.mark.parametrize(("answer", "step"), [
    (SPOKEN, "I sit with the vendor"),
    (SPOKEN, "I show the servers the change"),
    (SECOND_LANGUAGE, "I take the pump out of use"),
    (SECOND_LANGUAGE, "and I call the technician"),
])
def test_a_step_of_a_story_told_in_the_present_is_told(answer: str, step: str) -> None:
    assert _clause(answer, step).mode == "fact"


def test_the_same_steps_told_as_a_habit_stay_one() -> None:
    assert _clause(HABIT, "and I check their account").mode == "habitual"
    assert "hypothetical" in {e.kind for e in analyze(HABIT).evidence}


@pytest.mark.parametrize(("text", "actor"), [
    # the subject after a time phrase with no comma
    ("After school one day I asked Helen if she had a few minutes", "candidate"),
    ("So one time after school I ask Helen if she have few minutes", "candidate"),
    ("Usually I try to think people have good intention", "candidate"),
    # near misses: the pronoun is someone else's, or belongs to a clause joined to the phrase
    ("After that meeting she changed the plan", "other"),
    ("After a week my manager signed it off", "other"),
])
def test_whose_step_a_time_phrase_opens(text: str, actor: str) -> None:
    assert read_actor(text) == actor


@pytest.mark.parametrize(("text", "actor", "mode"), [
    ("Think things got better", "candidate", "hedged"),
    ("Always believed customer is king.", "candidate", "habitual"),
    ("Thought it was fine.", "candidate", "fact"),
    # a note's "think" before its object is a step, and "hope" before a verb names the hope
    ("Think about it.", "candidate", "fact"),
    ("Hope is not a plan.", "other", "negated"),
])
def test_a_note_that_opens_on_a_thought_is_the_tellers(text: str, actor: str, mode: str) -> None:
    read = read_actor(text)
    assert (read, read_mode(text, read)) == (actor, mode)


@pytest.mark.parametrize(("answer", "opening", "mode"), [
    # what they would do next time, told in the present
    ("It was hard, but I got through it. If it happen again, I ask buddy from first day.",
     "I ask buddy", "hypothetical"),
    ("It was hard, but I got through it. When I think back, I must speak with her first.",
     "I must speak", "hypothetical"),
    # near misses: a condition that recurs, and a look back that tells what happened
    ("If a customer calls, I answer within the hour.", "I answer", "habitual"),
    ("When I think back, I remember how tired everyone was.", "I remember", "fact"),
    # …and the same thing coming round again in the story, told in the past
    ("The first delivery was late. When it happened again, I called the supplier straight away.",
     "I called the supplier", "fact"),
])
def test_a_lesson_told_in_the_present(answer: str, opening: str, mode: str) -> None:
    assert _clause(answer, opening).mode == mode


def test_the_lesson_for_next_time_is_a_reflection() -> None:
    answer = "It was hard, but I got through it. If it happen again, I ask buddy from first day."
    assert _clause(answer, "I ask buddy").role == "reflection"


@pytest.mark.parametrize(("answer", "kind", "raised"), [
    ("They moved me to the respiratory ward because they had not enough staff.", "blame", False),
    ("We missed the date because they had not sent the files.", "blame", True),
    ("I showed strong leadership because I was honest with the team and didn't hide the numbers.",
     "concealment", False),
    ("I was worried about the review, so I hid the numbers from the client.", "concealment", True),
])
def test_a_flag_in_a_shortage_or_a_denial(answer: str, kind: str, raised: bool) -> None:
    assert (kind in {e.kind for e in analyze(answer).evidence}) is raised


STANDARDS_STORY = (
    "I was the pharmacist manager in a community pharmacy. Our near-miss log ran at about 12 a "
    "month, and I went through six months of it by cause. Two causes came out: look-alike packs "
    "shelved together, and labels printed before picking. I moved the packs apart and made "
    "scanning each pack before printing the label the rule. Near misses went down from 12 a "
    "month to 3. "
)


def _reflection(ending: str) -> int:
    review = roundtable.review(STANDARDS_STORY + ending,
                               competency="insist-on-the-highest-standards")
    return next(c.score for c in review.scores.criteria if c.id == "standards-reflection")


@pytest.mark.parametrize("lesson", [
    "What I took from it is to read the log by cause, not by count.",
    "The thing I took away from it is to read the log by cause, not by count.",
])
def test_a_lesson_taken_counts_as_one_learned(lesson: str) -> None:
    assert _reflection(lesson) == _reflection(
        "What I learned is to read the log by cause, not by count.") > _reflection(
        "I learned a lot from it.")


SALES_STORY = (
    "In my previous company I was regional sales manager for industrial pumps. Our target was "
    "up 18% on the year before. I went on visits to our top twenty accounts, and we found many "
    "customers had pumps near end of life, so we made a replacement offer with a service "
    "contract. "
)


def _customer_outcome(ending: str) -> int:
    review = roundtable.review(SALES_STORY + ending, competency="customer-obsession")
    return next(c.score for c in review.scores.criteria if c.id == "customer-outcome")


def test_a_target_beaten_and_a_prize_are_no_outcome_for_the_customer() -> None:
    won = "We finished the year at 121% of target, and I received an award from the director."
    for_them = "Unplanned breakdowns at those customers fell from nine a quarter to two."
    assert _customer_outcome(won) < _customer_outcome(for_them)


def _mean_spread(name: str, split: str) -> float:
    stories = [s for s in yaml.safe_load((PROBES / name).read_text("utf-8"))
               if s["split"] == split]
    return statistics.fmean(map(spread, stories))


SPREADS = {
    ("voices-present.yaml", "tune"): 0.33,
    ("voices-present.yaml", "heldout"): 0.55,
    ("voices-present2.yaml", "tune"): 0.19,
    ("voices-present2.yaml", "heldout"): 0.74,
}
"""The mean spread of each half, held where round 67 left it (the aim is 0.25), but for
voices-present.yaml's held-out half, which round 73 took from 0.483 to 0.526 by one story alone
(its scores only, never its text): its spoken-present telling went 1.76 -> 4.05 beside its
plain, mixed and terse tellings at 3.89, 3.74 and 4.05, and its second-language present one
stayed at 1.68 (1.76 before), so four tellings agree where two did and the one left out sits
further from their mean. voices-present2.yaml's held-out half went 0.730 -> 0.699.

Round 75's last change (someone else's steps told with the third person's -s, "She applies",
counted toward a story told in the present) took voices-present.yaml's held-out half 0.536 ->
0.546 (bound 0.54 -> 0.55) by one weak story alone (scores only, its text unread): its spoken
telling went 1.35 -> 2.28, to where its plain and mixed-tense tellings are (2.12), away from its
second-language present and terse ones (1.36, 1.53). The same change took a strong kept-aside
answer of the tuning sets off Strong No Hire (nine votes, ps28) and the fresh batch's studied
tellings 0.414 -> 0.381.

Round 75 let voices-present.yaml's studied half rise 0.309 -> 0.321 (its bound 0.32 -> 0.33) by
one weak story: its spoken-present telling says "you've got to be firm or people take
advantage", now read as the rule of life "you have to" is, and went 1.33 -> 1.06 beside its
second-language tellings at 2.18, which still draw no denial of failing from "Probably I do same
again" where the spoken "I'd probably do the same again" draws one. The same change took weak
answers' Hire votes on the tuning sets 473 -> 459 and on blind19-29 377 -> 366.

Round 74 took voices-present.yaml's studied half 0.319 -> 0.309 (its bound 0.36 -> 0.32),
voices-present2.yaml's 0.225 -> 0.187 (0.23 -> 0.19), and voices-present.yaml's held-out half
0.526 -> 0.536, again by one story alone (scores only): its plain telling went
3.05 -> 3.25 once "If I did it again I would probably…" was read as the lesson it is, not as a
claim about the teller (its last criterion 4 -> 5), beside its spoken-present telling at 2.08;
another story's spoken-present telling came nearer its plain one (3.44 -> 3.62).

Round 67 (a scene of how things stood before one occasion, `test_scene_creed_and_fault.py`):
studied halves 0.418 -> 0.351 and 0.427 -> 0.221; held-out halves 0.501 -> 0.494 and 0.737.
Looser scene rules (any "then" or weekday after the first step ending the scene, or "every" on a
thing counted as no habit) took the held-out halves to 0.400 and 0.654, but read the routines of
`test_reading_rules.PRESENT_HABITS` as stories: left out. Two held-out tellings' scores (never
their text) were seen while comparing those rules, so these held-out figures are less clean.

Round 62:

- voices-present.yaml (20 stories in five tellings: plain, spoken present, second-language
  present, second-language mixed tenses, terse notes): studied half 0.750 at the round's start
  code, 0.440 at its end; held-out half 0.513 -> 0.504, never read.
- voices-present2.yaml (24 stories in three tellings: plain, spoken present, second-language
  present): studied half 0.516 -> 0.427; held-out half 0.739 -> 0.737, never read, though its
  numbers (which tellings were read as a present story, and how many steps each told) were
  looked at while the whole-answer rule was built. A looser rule took the studied half to
  0.221 and the held-out half to 0.587, and read six weak answers of the tuning sets that
  describe a way of working ("I start by capturing everything in a single backlog, then I use
  the Eisenhower matrix…") as stories: left out."""


@pytest.mark.parametrize(("name", "split"), list(SPREADS))
def test_present_tellings_stay_together(name: str, split: str) -> None:
    assert _mean_spread(name, split) <= SPREADS[name, split]


@pytest.mark.parametrize(("sentence", "kept"), [
    ("And I still review ours that way every month.", True),
    ("We still go through the log by cause every Friday.", True),
    ("I still remember how cross the dispensers were.", False),
])
def test_a_practice_kept_since_is_cued(sentence: str, kept: bool) -> None:
    criterion = next(c for c in competencies()["insist-on-the-highest-standards"].criteria
                     if c.id == "standards-reflection")
    assert any(re.search(cue, sentence, re.IGNORECASE) for cue in criterion.cues) is kept


_SET_UP = ("The system was making us scan a 40-line checklist in start of every delivery, and "
           "customers find it slow, specially when they ordered something small. ")
_PAST_STEPS = ("I didn't have authority for change checklist, so I started with timing 30 of my "
               "own stops. I wrote proposal of one page: count only pallets. ")
_DOUBTED = "Olga was sceptical, so I suggest a trial two weeks on my route, and I track numbers. "


@pytest.mark.parametrize(("answer", "mode"), [
    # a telling that mixes its tenses: once the teller's own step is told in the past, the
    # habit set up before it is over, and what follows in the present is the story's steps…
    (_SET_UP + _PAST_STEPS + _DOUBTED, "fact"),
    # …where with no step of the teller's between, the present still goes on with the habit
    (_SET_UP + _DOUBTED, "habitual"),
])
def test_a_step_told_in_the_past_ends_the_habit_before_it(answer: str, mode: str) -> None:
    track = next(c for c in analyze(answer).clauses if "I track" in c.text)
    assert track.mode == mode
