"""Which lines a criterion quotes and how much a line counts, on small real answers:

- an aside in brackets that closes at the very end of the answer stays in its sentence, so a
  quote of it never reads broken;
- a short line ("Churn fell.") gives way to a fuller one telling the same thing as the most
  telling quote;
- digging handed to someone else holds a rubric that asks for a cause the candidate found;
- a step told in the same sentence as a plain boast counts for less than the same step told
  plainly, even when the boast names nothing specific;
- a target missed, said as the mark never reached, is quoted as a miss acknowledged.
"""

from __future__ import annotations

import pytest

import roundtable
from roundtable.catalog import get_competency
from roundtable.catalog.schema import Criterion
from roundtable.evidence.analysis import analyze
from roundtable.evidence.text import sentences
from roundtable.scoring.criteria import SEARCH_HANDED, score_criteria, score_criterion

HANDED = SEARCH_HANDED.split("(")[0]


def _criterion(positive: list[str]) -> Criterion:
    """A criterion written here, so a change to a competency file's cues cannot move it."""
    return Criterion.model_validate({
        "id": "made-up", "name": "Made up", "family": "execution",
        "description": "A criterion written for this test.",
        "anchors": {"1": "Nothing the rubric can credit.", "3": "Some real but thin evidence.",
                    "5": "Clear, specific evidence throughout."},
        "signals": {"positive": positive, "negative": []},
        "follow_up": "What exactly did you do?",
    })


def test_an_aside_closing_at_the_very_end_of_the_answer_keeps_its_sentence_whole() -> None:
    # Typed answers often end on a bracket with no full stop after it. Cut at the stop inside
    # the aside, each half would carry one bracket, and a panelist quoting either would show
    # the candidate a broken line.
    answer = ("We shipped a week late. I pushed back on the date (the suite had failed twice. "
              "Nobody had looked into why)")
    assert [s.text for s in sentences(answer)] == [
        "We shipped a week late.",
        "I pushed back on the date (the suite had failed twice. Nobody had looked into why)",
    ]


def test_a_short_line_gives_way_to_a_fuller_one_telling_the_same_thing() -> None:
    # "Churn fell." is true, but the line a reviewer should read first is the one that says
    # what fell and for how long: the first quote is what the review leads with.
    answer = ("Our trial customers kept cancelling in their first month. I rewrote the onboarding "
              "emails. Churn fell. After that the number of people leaving in their first month "
              "went down and stayed down.")
    found = score_criterion(analyze(answer), _criterion(["result"]))
    assert [q.quote for q in found.evidence] == [
        "After that the number of people leaving in their first month went down and stayed "
        "down.",
        "Churn fell.",
    ]


_DEPOT = ("Deliveries from our north depot were arriving late about a third of the time last "
          "May. {search} {found}the pick list printed late. I took it to the operations "
          "director and we moved the print job to five in the morning. Late deliveries fell to "
          "under 5% within a month.")


def test_digging_handed_on_holds_a_rubric_that_asks_for_a_cause_found() -> None:
    # A dive-deep rubric asks what the candidate found themselves: a story where a planner did
    # all the digging must not read as the candidate going to the source.
    handed = _DEPOT.format(
        search="I asked Tom, our planner, to go through six weeks of driver logs against the "
               "gate times.",
        found="When he came back, most late runs had left after seven because ")
    dug = _DEPOT.format(search="I went through six weeks of driver logs against the gate times.",
                        found="Most late runs had left after seven because ")
    competency = get_competency("dive-deep")
    held = {c.id: c for c in score_criteria(analyze(handed), competency)}
    own = {c.id: c for c in score_criteria(analyze(dug), competency)}
    for cid in ("spotted-anomaly", "went-to-source"):
        assert held[cid].score <= 2 < own[cid].score, cid
        assert HANDED in held[cid].rationale and "I asked Tom" in held[cid].rationale
        assert HANDED not in own[cid].rationale


def test_a_step_told_beside_a_plain_boast_counts_for_less() -> None:
    # The boast here names no one and nothing specific, yet it is still the candidate taking
    # the team's credit on the very line that tells the step: that line shows less of the step,
    # so a weak answer does not reach the hire line on the lines that carry its flaws.
    step = "I added a retry with a longer timeout and tested it on throttled connections"
    story = ("Last spring our mobile app's checkout was failing for about 3% of Android users, "
             "and support tickets had tripled in two weeks. I pulled the crash reports and found "
             "that the payment SDK timed out on slow networks. {step} Within a month the failure "
             "rate was down to 0.3% and the tickets went back to normal.")
    plain = analyze(story.format(step=f"{step}."))
    boast = analyze(story.format(
        step=f"{step}, and honestly I did all the real work while the others did meetings."))
    assert [f.kind for f in boast.flags] == ["sole_credit"]
    tested = _criterion(["experiment"])
    assert score_criterion(boast, tested).score < score_criterion(plain, tested).score


PEAK = ("The target was 98% of orders out by the 6am trailer, and we were hitting 90 the first "
        "week. I moved two pickers onto replenishment for the first half of each shift. By the "
        "end of the peak we were at 96%. {miss}")


@pytest.mark.parametrize(("miss", "credited"), [
    # A target missed, said as the mark never reached, is a miss owned in the telling.
    ("It wasn't perfect, we never actually hit the 98, but it was a lot better.", True),
    ("We didn't quite make the target, but the stores stopped complaining.", True),
    # near miss: a target never missed claims nothing of the kind
    ("We never had a problem with the stores after that.", False),
])
def test_a_target_missed_in_other_words_is_a_miss_acknowledged(miss: str,
                                                               credited: bool) -> None:
    review = roundtable.review(PEAK.format(miss=miss), competency="deliver-results")
    misses = next(c for c in review.scores.criteria if c.id == "misses-and-lessons")
    assert (not misses.silent) is credited
