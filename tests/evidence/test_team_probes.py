"""Teamwork told as it happens on a shift, and the readings it exposed.

The probe answers (`tests/data/probes/team.yaml`, written by a writer who saw no code) are
teamwork, adaptability and leadership stories in five voices. Measured before round 59's rules,
four of the six strong teamwork answers were voted down (1.70-2.86) and every weak one of any
competency was voted down; of the twelve `heldout` answers, measured once before the rules and
read only after, eleven were on the right side of the hire line (the terse tp-06 was not).

What they exposed, each pinned below at its edges:
- the help a strong teamwork story is made of, told plainly: asking the teammate or the other
  crew what they need, coming upon a teammate in trouble, doing part of their work, what it
  cost the candidate, doing it their way, putting the credit back on both crews;
- "I wrote that in the notes" about the candidate's own late checks, read as someone else's
  account taken on trust: only what someone said counts as an account;
- "I say sorry, I should ask you", a steamrolled colleague owned in the narrated present;
- a colleague who was behind, then help told in words the reader missed, read as blame;
- someone else's quoted loose words ("do all the heavy stuff first") counted as the candidate
  speaking in generalities;
- a late change told in the present ("no-access visits are down about a quarter", "sick days
  also go down"), the outcome of spoken and second-language tellings, read as no outcome.

tp-01 stayed voted down until round 60 read a later part someone now plays ("she's the one who
trains new night staff now") as the story's outcome (`reading._NOW_DOES`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from probe_verdicts import assert_on_its_side, reviews_of

from roundtable.catalog import get_competency
from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import Actor, read_role
from roundtable.scoring.criteria import concreteness_penalty, score_criteria

PROBES = yaml.safe_load((Path(__file__).parent.parent / "data" / "probes" /
                         "team.yaml").read_text(encoding="utf-8"))

@pytest.mark.parametrize("row", PROBES, ids=lambda row: row["id"])
def test_probe_verdicts_fall_on_the_side_of_their_label(row: dict[str, str]) -> None:
    assert_on_its_side(row, reviews_of(row))


def _criterion(text: str, competency: str, criterion: str) -> tuple[int, str]:
    scores = score_criteria(analyze(text), get_competency(competency))
    found = next(s for s in scores if s.id == criterion)
    return found.score, found.rationale


_SHIFT = ("I was a senior carer on nights at a care home with thirty-two residents. Priya had "
          "joined three weeks before and was on the top floor on her own. ")


@pytest.mark.parametrize(("told", "criterion"), [
    ("One night I went up and found her in the sluice room crying, forty minutes behind on "
     "her turns.", "helping-others"),
    ("I went to her and said, look, what do you actually need?", "helping-others"),
    ("I also sat with Priya on her break and went through how I plan a round.",
     "helping-others"),
    ("So I did her turns on the east corridor while she sat with Mr Hollis.",
     "helping-others"),
    ("It meant my own floor ran late, and I got home two hours late that morning.",
     "team-first"),
    ("I did her checklist exactly the way she wrote it, even where I'd have done it "
     "differently.", "team-first"),
    ("The manager thanked me for it, and I told the manager it was both shifts.", "team-first"),
    ("Before the handover I rang the day lead and asked what she needed from us.",
     "collaboration"),
    ("Later that week Priya was angry with me for going over her head.", "friction"),
])
def test_the_help_a_shift_is_made_of_counts_for_its_criterion(told: str, criterion: str) -> None:
    score, rationale = _criterion(_SHIFT + told, "teamwork", criterion)
    assert score >= 2 and "competency-specific phrasing" in rationale, (told, rationale)


@pytest.mark.parametrize(("told", "criterion"), [
    # asking what someone needs of the candidate, not what the teammate needs
    ("My manager asked me what I needed to finish the audit.", "helping-others"),
    # a colleague crying in the story is not the candidate coming upon them
    ("She said she'd found the resident crying in the lounge.", "helping-others"),
    # the candidate's own lateness, with no one helped
    ("I overslept, so I got to the home late.", "team-first"),
    # done the way it is always done, not the colleague's way over the candidate's own
    ("I did the medication round the way we always do it.", "team-first"),
    ("The manager was angry with the agency for sending nobody.", "friction"),
])
def test_near_misses_do_not(told: str, criterion: str) -> None:
    _, rationale = _criterion(_SHIFT + told, "teamwork", criterion)
    assert "competency-specific phrasing" not in rationale, (told, rationale)


_STEAMROLL = ("Beth, one of the healthcare assistants, was angry with me because I moved her to "
              "the closed bay without asking. She told other people, not me. ")


@pytest.mark.parametrize(("after", "flagged"), [
    ("Next morning I ask her for a coffee and I say sorry, I should ask you, and I explain "
     "why.", False),
    ("Next morning I told her I should have asked her first.", False),
    ("Next morning I explained why and she did the bay the next night.", True),
])
def test_a_colleague_moved_without_asking_is_owned_by_an_apology_in_any_tense(
        after: str, flagged: bool) -> None:
    assert ("steamroll" in {f.kind for f in analyze(_STEAMROLL + after).flags}) is flagged


_BEHIND = "Backend developer on my team was behind on his part of the API"


@pytest.mark.parametrize(("after", "flagged"), [
    (", so I went over to help him with the auth endpoints.", False),
    (", so I took half of his tickets for the week.", False),
    (", so I lent him two of my testers for the week.", False),
    (", so I asked him what he needed and did the docs.", False),
    (", and that is why we missed the launch.", True),
    # taken for a coffee, not taken his work
    (", so I took him for a coffee, and that is why we missed the launch.", True),
])
def test_a_teammate_behind_then_helped_is_no_blame(after: str, flagged: bool) -> None:
    assert ("blame" in {f.kind for f in analyze(_BEHIND + after).flags}) is flagged


_CREW = ("Friday night I rang the other crew lead and asked how he wanted Saturday to run. "
         "Did it his way: my crew did desks, cabinets and couches in the first four hours. "
         "Sunday at four the move was done and the surgery opened on Monday. ")


def test_loose_words_the_candidate_quotes_are_not_their_generalities() -> None:
    quoted = "He said: don't touch the records room, and do all the heavy stuff first. "
    own = "I said we'd do all the heavy stuff first and sort of see. "
    assert concreteness_penalty(analyze(_CREW + quoted)) == 0.0
    assert concreteness_penalty(analyze(_CREW + own)) > 0.0


@pytest.mark.parametrize(("clause", "actor", "result"), [
    ("and no-access visits are down about a quarter", "none", True),
    ("so the fall risk is much lower", "none", True),
    ("and sick days also go down", "none", True),
    ("Digital loans in our county are up about 60% on last year", "none", True),
    # no change told: advice, someone's say, the deliveries
    ("it is better to ask first", "none", False),
    ("it is up to the manager", "none", False),
    ("when they did their normal drops", "other", False),
])
def test_a_late_change_told_in_the_present_is_the_outcome(
        clause: str, actor: Actor, result: bool) -> None:
    for mode in ("fact", "habitual"):
        assert (read_role(clause, actor, mode, 0.7, None, False) == "result") is result, (
            clause, mode)
    # early in the story the same words set the scene
    assert read_role(clause, actor, "habitual", 0.2, None, False) != "result"


def test_saving_and_a_lesson_told_in_the_present_are_read() -> None:
    found = analyze("So we save £40 a week on the bread. What I learn is: ask the bakery first.")
    assert found.has("cost") and found.has("learning")


@pytest.mark.parametrize(("before", "trusted"), [
    # what someone else does or is like is no account to take on trust
    ("I chose it that way round because Mr Hollis settles with one person.", False),
    ("The day manager said the late checks were down to the agency staff.", True),
])
def test_writing_it_in_the_notes_takes_only_an_account_on_trust(before: str,
                                                                trusted: bool) -> None:
    text = (_SHIFT + "My four o'clock checks were done at twenty past. " + before +
            " I wrote that in the notes.")
    assert bool(analyze(text).on_trust) is trusted
