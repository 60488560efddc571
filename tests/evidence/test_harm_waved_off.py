"""A cost the candidate's change put on others, told and then waved off as what any change costs
(`across._harm_waved_off`), and the learned reader's "dismissive" kept off words that only look
like it (`analysis._NOT_WAVING`).

A harm waved off is a red flag of the "dismissive" kind: the people who bore it are not heard. It
bears on judgment and standards too (`criteria.WAVED_OFF_FAMILIES`), so a saving bought with a
rash or a fall does not keep its frugality score.
"""

from __future__ import annotations

import pytest

import roundtable
from roundtable.catalog.loader import get_competency
from roundtable.evidence.analysis import Analysis, analyze
from roundtable.scoring.criteria import WAVED_OFF, WAVED_OFF_FAMILIES

GYM = ("I was facilities coordinator for six gyms and had to cut running costs by a tenth. I cut "
       "the cleaning to one visit a day and asked the front desk to wipe the changing rooms in "
       "the evening, which saved about forty thousand a year. ")


def _dismissive(analysis: Analysis) -> list[str]:
    return [e.quote for e in analysis.evidence if e.kind == "dismissive"]


@pytest.mark.parametrize(("cost", "wave"), [
    # the cost in the sentence before, the wave-off opening the next
    ("We had a couple of complaints about the changing rooms and a member had a minor fall. ",
     "But those are the kind of things that happen in any gym, and the board was happy."),
    # the cost three sentences back, with what it meant between
    ("There was some grumbling at first. The juniors mostly ended up doing the evening wipe. "
     "The receptionists now come in twenty minutes earlier. ",
     "But people got used to it."),
    ("Two of the staff said the cheaper gloves tear, and one got a rash from them. ",
     "But you can't please everyone when it comes to costs."),
    # in one sentence, after "but"
    ("", "Footfall dropped about 15% in June and one site had a rough month, but that's normal "
         "with any change."),
])
def test_a_cost_to_others_waved_off_is_dismissive(cost: str, wave: str) -> None:
    answer = f"{GYM}{cost}{wave}"
    quotes = _dismissive(analyze(answer))
    assert quotes, "the wave-off raised no flag"
    assert any(quote in wave for quote in quotes)


@pytest.mark.parametrize("told", [
    # met with a step of the candidate's own after it
    "There was some grumbling at first. People got used to it once I moved the evening wipe to "
    "the quiet hour and took a turn on it myself.",
    "Members complained about the changing rooms. That's normal with any change. I went back to "
    "two visits a day at the three busiest sites.",
    # nothing borne by anyone: the words alone are no wave-off
    "Calls doubled on the first day, which is normal for a notice that size.",
    "People got used to the new booking screen within a week and liked it.",
    # the cost named, no wave-off
    "There were complaints about the changing rooms, and I put the second visit back at two sites.",
])
def test_a_cost_met_or_not_borne_is_not_waved_off(told: str) -> None:
    assert not _dismissive(analyze(f"{GYM}{told}"))


@pytest.mark.parametrize("told", [
    "Board waste went from about 22 percent to about 12, because I tuned the nesting myself.",
    "The in-cab system kept saying they were off route, so I just told them to ignore it and I'd "
    "take any questions about it.",
])
def test_setting_a_machine_up_or_telling_others_to_disregard_a_thing_waves_no_input_off(
        told: str) -> None:
    answer = ("I ran the cutting shop at a kitchen maker and drivers were on paper maps for two "
              f"weeks. {told}")
    assert not _dismissive(analyze(answer))


@pytest.mark.parametrize("told", [
    "I tuned them out after the second meeting.",
    "I told the team to ignore her feedback and carry on.",
    "I told them that wasn't really the point and we needed to move on.",
    "Their worry about the weekend cover wasn't the point.",
])
def test_tuning_people_out_or_telling_others_to_ignore_input_stays_dismissive(told: str) -> None:
    answer = ("I led the rollout of the new rota at the depot, and the shift leads kept raising "
              f"objections in every meeting. {told}")
    assert _dismissive(analyze(answer))


def test_a_cost_waved_off_lowers_the_judgment_and_standards_criteria() -> None:
    cost = ("Two of the nurses said the cheaper gloves tear, and one got a rash from them. "
            "I didn't go back and review it afterwards.")
    waved = f"{GYM}{cost} But you can't please everyone when it comes to costs."
    assert analyze(waved).waved_off and not analyze(f"{GYM}{cost}").waved_off
    families = {c.id: c.family for c in get_competency("frugality").criteria}
    before = {c.id: c for c in roundtable.review(f"{GYM}{cost}", competency="frugality")
              .scores.criteria}
    after = {c.id: c for c in roundtable.review(waved, competency="frugality").scores.criteria}
    bearing = {cid for cid, family in families.items() if family in WAVED_OFF_FAMILIES}
    assert bearing
    for cid in bearing:
        assert WAVED_OFF in after[cid].rationale
        assert after[cid].score <= before[cid].score
    assert sum(after[c].score for c in bearing) < sum(before[c].score for c in bearing)
    for cid in set(families) - bearing:
        assert WAVED_OFF not in after[cid].rationale


def test_the_tellers_own_aside_that_a_result_was_not_the_point_dismisses_nobody() -> None:
    answer = ("I led the rollout of the new rota at the depot, and the shift leads kept raising "
              "objections in every meeting. I met each of them and we moved two start times. "
              "Sickness stayed about the same, so I can't claim the rota changed anything, but "
              "that wasn't really the point.")
    assert not _dismissive(analyze(answer))
