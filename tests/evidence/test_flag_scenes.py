"""Red flags against the scene of a strong story, and what a flag told once costs.

Strong answers written by other hands (`tests/data/unseen/flagprec3`) tell the material flags
are made of: a frustration the teller then works past, anger at themself, a label nobody could
read, a decision passed on with the teller's backing, a view someone else held and the story
proved wrong. Each case below pairs such a line with the flag it must not raise and a line in
near words that still carries the flag.
"""

from __future__ import annotations

import pytest

from roundtable.catalog import get_competency, get_panel
from roundtable.evidence.analysis import analyze
from roundtable.scoring.panel import FLAG_POINTS, PASSING, flag_cost, flag_weights

OPENING = "I was the shift lead at a warehouse in Leeds in 2022. "
CLOSING = (" I rewrote the checklist with the two team leaders that week. Mis-picks fell from 30 "
           "to 8 a week by March, and the other sites took the checklist in April.")


def _flags(line: str) -> set[str]:
    return {f.kind for f in analyze(OPENING + line + CLOSING).flags}


@pytest.mark.parametrize(("line", "kind", "raised"), [
    # anger the teller turns on themself owns the miss
    ("Honestly, I was angry with myself.", "emotional", False),
    ("I was furious when I saw the error rate, mostly with myself.", "emotional", False),
    ("Honestly, I was furious with the day shift.", "emotional", True),
    # a reading someone could not make of a thing, against reading as a skill someone lacks
    ("Grace told me two labels had partly peeled and she couldn't read the patient ID on one.",
     "contempt", False),
    ("They couldn't read a pick list if their life depended on it.", "contempt", True),
    # who would notice, against who did the work
    ("Honestly, there was a moment where I thought nobody else would necessarily spot it.",
     "sole_credit", False),
    ("Nobody else would step up, so I did the whole thing.", "sole_credit", True),
    ("I was the only one who knew the old system, so I wrote it all down for the others.",
     "sole_credit", False),
    ("I did most of the analysis myself, while Tom handled the supplier calls.",
     "sole_credit", False),
    ("I did all of the work while they did nothing.", "sole_credit", True),
    # a decision passed on with the teller's backing commits to it
    ("I told the night team myself, told them it was the decision and I'd back it.",
     "steamroll", False),
    ("I told them it was the plan and they could take it or leave it.", "steamroll", True),
    # nobody there to go past, harm that could not wait, people heard first
    ("I went straight to the director because my manager was on leave and the deadline was "
     "that night.", "steamroll", False),
    ("I went straight to the director because my manager kept saying no.", "steamroll", True),
    ("I pushed it through without waiting for the committee, because patients were at risk, "
     "and I reported it the same day.", "steamroll", False),
    ("I pushed it through without waiting for the committee.", "steamroll", True),
    ("He was away, I swapped the shifts back and he never knew.", "steamroll", True),
    # a judging word said of a thing or of the teller, against one said of people
    ("The old process was useless for night shifts.", "contempt", False),
    ("The data was garbage at first.", "contempt", False),
    ("The new hires were useless.", "contempt", True),
    ("The warehouse lot were useless and lazy.", "contempt", True),
    ("I felt like an idiot when I saw the numbers.", "contempt", False),
    ("I felt like they were idiots.", "contempt", True),
    # a view someone else held, which the story then proves wrong
    ("Everyone assumed the night team were lazy, but the real problem was the lighting.",
     "contempt", False),
    ("The night team were lazy, to be honest.", "contempt", True),
    ("The boss thought the idea was pointless until he saw the pilot numbers.",
     "dismissive", False),
    ("I thought the idea was pointless, so I ignored it.", "dismissive", True),
    # not liking a thing, against not caring about it
    ("The team didn't care much for the new rota at first.", "blame", False),
    ("The team didn't care about the new rota, so it failed.", "blame", True),
])
def test_a_scene_in_a_flags_words_raises_no_flag(line: str, kind: str, raised: bool) -> None:
    assert (kind in _flags(line)) is raised


FRUSTRATED = "In 2021 the region cut our budget from 3,000 euros a year to 900. I was honestly "\
    "very frustrated."
TURNED = (" But after one weekend of complaining I decided I needed to do something. First I "
          "listed all 34 practicals and what each cost. I found 14 we could run for a few euros.")
ACTED = (" So I replied to the head straight away and copied in the whole department. I told "
         "him the cut was a joke.")
ENDING = " By June we had run 31 of the 34 practicals on 870 euros."


@pytest.mark.parametrize(("after", "framed"), [
    (TURNED, False),  # the teller turns from the feeling to the work
    (ACTED, True),  # the feeling acted on in the heat of it
    ("", True),  # nothing told after it but the ending
])
def test_a_frustration_worked_past_frames_nothing(after: str, framed: bool) -> None:
    assert ("emotional" in {f.kind for f in analyze(FRUSTRATED + after + ENDING).flags}) is framed


SCENE = ("I ran the night shift at a parcel depot. In March our mis-sorts doubled. The agency "
         "drivers were useless, honestly. I walked the belt with the two leads for three nights "
         "and found the new labels jammed the scanner. I moved the scanner twenty centimetres "
         "and trained every picker on the reset. Mis-sorts fell from 60 a night to 12 by April.")


def test_a_flag_told_once_mid_story_costs_its_passing_share() -> None:
    analysis = analyze(SCENE)
    assert "contempt" in {f.kind for f in analysis.flags}
    assert flag_weights(analysis) == {"contempt": PASSING}


@pytest.mark.parametrize("told", [
    # the same flag again later in the story
    SCENE + " The agency drivers were useless the whole time anyway.",
    # the flag as the lesson drawn
    SCENE.replace(" The agency drivers were useless, honestly.", "")
    + " What I learned is that agency drivers are useless.",
])
def test_a_flag_come_back_to_or_closed_on_costs_in_full(told: str) -> None:
    assert flag_weights(analyze(told)) == {"contempt": 1.0}


def test_the_passing_share_is_what_the_panelist_loses() -> None:
    competency = get_competency("teamwork")
    persona = next(p for p in get_panel("hiring-manager").personas
                   if flag_cost(p, competency, {c.id: 4 for c in competency.criteria}, 0.0,
                                {"contempt"}) > 0)
    criteria = {c.id: 4 for c in competency.criteria}
    told_once = flag_cost(persona, competency, criteria, 0.0, {"contempt"}, (),
                          {"contempt": PASSING})
    assert told_once == pytest.approx(FLAG_POINTS * PASSING)
    assert flag_cost(persona, competency, criteria, 0.0, {"contempt"}) == pytest.approx(
        FLAG_POINTS)
