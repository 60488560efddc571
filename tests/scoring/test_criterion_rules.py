"""The rules that turn evidence into a criterion's score, on small real answers and criteria
written here (so a change to a competency file's cues cannot move them):

- no positive evidence is a 1, said as "no evidence";
- the top anchor needs a number, a date or a name behind it;
- telling the story as "we" costs in proportion to how much of it is "we", at most a point;
- a red flag costs every criterion in the families it bears on, and more when the criterion
  names it than an ordinary negative signal does;
- the order a competency file lists signals in, and a platitude before the story, change
  nothing;
- a panelist's score, the plain score and the level's offset.
"""

from __future__ import annotations

import pytest

from roundtable.catalog.schema import Competency, Criterion, Family
from roundtable.evidence.analysis import analyze
from roundtable.models import CriterionScore
from roundtable.scoring.criteria import concreteness_penalty, score_criteria, score_criterion
from roundtable.scoring.panel import level_offset, plain_score

STORY = (
    "Last March our checkout failed for 3% of users. I pulled the error logs for those 3 days "
    "and found a 30-second timeout in the payment call. I rewrote the retry logic in 2 days and "
    "added an alert. Failed checkouts dropped to 0.4% within two weeks."
)
# The same story without a number, a date or a name.
PLAIN = (
    "Our checkout was failing for some users. I pulled the error logs and found a timeout in "
    "the payment call. I rewrote the retry logic and added an alert. Failed checkouts dropped "
    "after that."
)
CONTEMPT = " The other engineers were clueless about how the system worked."
ESCALATION = " I escalated to the VP of Engineering the same day."
PLATITUDE = "I always put the customer first in everything I do. "
ANCHORS = {"1": "Nothing the rubric can credit.", "3": "Some real but thin evidence.",
           "5": "Clear, specific evidence throughout."}


def criterion(positive: list[str], negative: list[str] | None = None,
              family: Family = "execution", cues: list[str] | None = None,
              negative_cues: list[str] | None = None) -> Criterion:
    return Criterion.model_validate({
        "id": "made-up", "name": "Made up", "family": family,
        "description": "A criterion written for this test.", "anchors": ANCHORS,
        "signals": {"positive": positive, "negative": negative or []},
        "cues": cues or [], "negative_cues": negative_cues or [],
        "follow_up": "What exactly did you do?",
    })


def score(answer: str, crit: Criterion) -> CriterionScore:
    return score_criterion(analyze(answer), crit)


def test_nothing_to_credit_is_a_one_with_no_evidence() -> None:
    found = score(STORY, criterion(["mentoring", "empathy"]))
    assert (found.score, found.evidence, found.rationale) == (1, [], "no evidence")


def test_the_top_anchor_needs_specifics() -> None:
    crit = criterion(["data", "deep_dive", "action"])
    specific, plain = score(STORY, crit), score(PLAIN, crit)
    assert specific.score == 5 and "no specifics" not in specific.rationale
    assert plain.score == 4 and plain.rationale.endswith("against: no specifics behind it")


def test_a_red_flag_costs_from_the_capped_four_too() -> None:
    """Without specifics the score is held at 4, and a red flag is taken from that 4."""
    crit = criterion(["data", "deep_dive", "action"], family="relationship")
    assert score(PLAIN + CONTEMPT, crit).score < score(PLAIN, crit).score


def test_distinct_signals_raise_the_score_and_repeating_one_does_not() -> None:
    crit = criterion(["data", "action", "result", "timeframe", "mentoring"])
    one = score("I pulled the error logs and read them line by line.", crit)
    more = score(STORY, crit)
    assert one.score < more.score
    again = STORY + " I pulled the error logs again and read them line by line."
    assert score(again, crit).score == more.score


@pytest.mark.parametrize("positive", [["data", "deep_dive", "action"],
                                      ["result", "metric", "timeframe"]])
def test_a_story_told_as_we_costs_one_point_and_no_more(positive: list[str]) -> None:
    crit = criterion(positive, ["collective_we"])
    mine = score(STORY, crit)
    ours = score(STORY.replace("I pulled", "We pulled").replace("I rewrote", "We rewrote"),
                 crit)
    assert mine.score == 5
    assert ours.score == 4
    assert "collective we in 100% of the story's clauses" in ours.rationale


def test_one_we_among_many_steps_of_ones_own_costs_less_than_a_point() -> None:
    steps = (" I paged the payments team lead. I wrote a rollback plan and ran it in staging."
             " I shipped the fix behind a flag. I reviewed the alert thresholds with support.")
    crit = criterion(["data", "deep_dive", "action"], ["collective_we"])
    mine = score(STORY + steps, crit)
    once = score(STORY.replace("I pulled", "We pulled") + steps, crit)
    assert mine.score == once.score == 5
    assert "collective we in 17% of the story's clauses" in once.rationale


def test_the_order_negative_signals_are_listed_in_does_not_matter() -> None:
    answer = STORY.replace("I pulled", "We pulled")
    one = score(answer, criterion(["data", "deep_dive", "action"], ["vague", "collective_we"]))
    other = score(answer, criterion(["data", "deep_dive", "action"], ["collective_we", "vague"]))
    assert one.score == other.score == 4


def test_a_platitude_before_the_story_hides_nothing() -> None:
    crit = criterion(["customer", "data", "deep_dive", "action"])
    assert score(PLATITUDE + STORY, crit).score == score(STORY, crit).score == 5


@pytest.mark.parametrize("family", ["relationship", "people", "communication"])
def test_contempt_lowers_every_criterion_of_the_families_it_bears_on(family: Family) -> None:
    crit = criterion(["data", "deep_dive", "action"], family=family)
    before, after = score(STORY, crit), score(STORY + CONTEMPT, crit)
    assert after.score == before.score - 1
    assert "against: contempt" in after.rationale


@pytest.mark.parametrize("family", ["execution", "data", "results"])
def test_contempt_leaves_other_families_alone(family: Family) -> None:
    crit = criterion(["data", "deep_dive", "action"], family=family)
    assert score(STORY + CONTEMPT, crit).score == score(STORY, crit).score


def test_a_red_flag_the_criterion_names_costs_more_than_an_ordinary_negative() -> None:
    """Contempt and an escalation, each named by a criterion as counting against it: across
    levels of evidence the flag never costs less, and somewhere it costs more."""
    answer = STORY + ESCALATION + CONTEMPT
    pairs = []
    for positive in (["data"], ["data", "deep_dive"], ["data", "deep_dive", "action"],
                     ["data", "deep_dive", "mentoring", "empathy", "trust"],
                     ["data", "mentoring", "empathy", "trust", "wellbeing"],
                     ["data", "deep_dive", "action", "mentoring", "empathy"]):
        flag = score(answer, criterion(positive, ["contempt"])).score
        plain = score(answer, criterion(positive, ["escalation"])).score
        pairs.append((flag, plain))
    assert all(flag <= plain for flag, plain in pairs)
    assert any(flag < plain for flag, plain in pairs), pairs


def test_phrasing_that_counts_against_a_criterion_costs_per_sentence() -> None:
    crit = criterion(["data", "deep_dive", "action"], negative_cues=[r"\bretry logic\b"])
    found = score(STORY, crit)
    assert found.score == 4 and found.rationale.endswith("phrasing that counts against it")
    twice = score(STORY + " The retry logic was the root of it, and the retry logic is fixed.",
                  crit)
    assert twice.score == 3


def test_at_most_two_cues_count_and_they_are_named_plainly() -> None:
    cues = [r"\berror logs\b", r"\bretry logic\b", r"\balert\b", r"\bpayment call\b"]
    two = score(STORY, criterion(["mentoring", "empathy"], cues=cues[:2]))
    four = score(STORY, criterion(["mentoring", "empathy"], cues=cues))
    assert two.score == four.score
    assert four.rationale.startswith("found: competency-specific phrasing")


def test_quotes_are_the_answers_words_at_most_three_one_per_sentence() -> None:
    crit = criterion(["data", "deep_dive", "action", "result", "metric"])
    found = score(STORY, crit)
    assert 1 <= len(found.evidence) <= 3
    assert len({q.start for q in found.evidence}) == len(found.evidence)
    assert all(STORY[q.start:q.end] == q.quote for q in found.evidence)
    # The sentence carrying the criterion's defining signal comes first.
    assert found.evidence[0].quote.startswith("I pulled the error logs")


def test_generalities_cost_every_criterion() -> None:
    vague = ("We worked on a lot of things and it went well overall. I think we kind of "
             "improved things in general. Basically everyone was aligned, more or less.")
    analysis = analyze(vague + " " + STORY)
    assert concreteness_penalty(analyze(STORY)) == 0.0
    assert 0.0 < concreteness_penalty(analysis) <= 1.5
    competency = Competency.model_validate({
        "id": "made-up", "name": "Made up", "short_name": "Made up",
        "description": "A competency written for this test.",
        "questions": ["Tell me about a time."],
        "criteria": [criterion(["data", "deep_dive", "action"]).model_dump(by_alias=True)
                     | {"id": f"c{i}"} for i in range(4)],
    })
    scored = score_criteria(analysis, competency)
    assert all("told in generalities" in s.rationale for s in scored)
    assert [s.score for s in scored] == [score_criterion(analysis, competency.criteria[0],
                                                         concreteness_penalty(analysis)).score] * 4


@pytest.mark.parametrize(("scores", "expected"), [
    ([], 1.0),
    ([3], 3.0),
    ([1, 2], 1.5),
    ([2, 3, 3], 2.67),
    ([4, 4, 5], 4.33),
])
def test_a_single_judges_score_is_the_plain_mean_to_two_places(scores: list[int],
                                                                expected: float) -> None:
    given = [CriterionScore(id=f"c{i}", name="c", score=s, rationale="r")
             for i, s in enumerate(scores)]
    assert plain_score(given) == expected


@pytest.mark.parametrize(("level", "offset"), [
    (None, 0.0), ("", 0.0), ("mid-level", 0.0),
    ("Junior", -0.15), ("new grad", -0.15), ("L3", -0.15), ("IC2", -0.15),
    ("Senior", 0.1), ("Sr. engineer", 0.1), ("L6", 0.1), ("tech lead", 0.1),
    ("Staff", 0.2), ("Principal", 0.2), ("Director", 0.2), ("L7", 0.2), ("IC5", 0.2),
    # The most senior word decides: a "Senior Staff" role is judged as staff.
    ("Senior Staff Engineer", 0.2),
])
def test_the_level_moves_the_bar(level: str | None, offset: float) -> None:
    assert level_offset(level) == offset


def test_a_line_carrying_a_red_flag_is_worth_less_as_evidence() -> None:
    """"I rewrote the retry logic; the others were clueless" tells a step, but a weak answer
    must not reach the hire line on the lines that carry its flaws."""
    crit = criterion(["action"], family="execution")
    step = "Last March our checkout failed for 3% of users. I rewrote the retry logic in 2 days"
    plain = score(step + ".", crit)
    flagged = score(step + ", because the other engineers were clueless about how it worked.",
                    crit)
    assert "contempt" not in flagged.rationale  # execution is not a family contempt bears on
    assert flagged.score < plain.score


def test_we_is_counted_by_clause_not_by_sentence() -> None:
    """An answer told as one run-on sentence is not a "we" story for one "we" in it."""
    run_on = ("first I asked her what she liked about the work, and I picked the ticket she "
              "hated most, and I wrote a plan with her, and we paired on it every tuesday, "
              "and I covered her queue myself, and I asked the platform lead for a sprint, and I "
              "checked in with her every friday, and I wrote up her first release notes")
    crit = criterion(["action", "mentoring"], ["collective_we"])
    assert "collective we" not in score(run_on, crit).rationale



UNFINISHED = (
    "In March 2024 our warehouse in Leeds was shipping about 40% of orders late. I spent three "
    "days on the floor with the pickers and timed every step of a pick. I wrote up what I saw "
    "and sent it to the operations director."
)


def test_an_outcome_criterion_takes_no_number_or_date_for_an_outcome_never_told() -> None:
    outcome = criterion(["result", "quantified_result", "metric", "timeframe"], family="results")
    assert score(UNFINISHED, outcome).score == 1
    # the same numbers count for a criterion about what was measured, and for the outcome
    # once the story tells one
    assert score(UNFINISHED, criterion(["metric", "timeframe"])).score > 1
    told = UNFINISHED + " Late orders fell to 6% within a month."
    assert score(told, outcome).score >= 4


def test_a_red_flag_of_its_family_adds_to_what_the_criterion_names_against_it() -> None:
    """An escalation the criterion names, and contempt it does not name but whose family it
    is: each costs on its own, and both cost more than either."""
    crit = criterion(["data", "deep_dive", "action"], ["escalation"], family="relationship")
    both = score(STORY + ESCALATION + CONTEMPT, crit)
    assert both.score < score(STORY + CONTEMPT, crit).score
    assert both.score < score(STORY + ESCALATION, crit).score
    assert both.rationale.endswith("against: escalation, contempt")


# The only number sizes the problem; the outcome is told without one.
SIZED_SCENE = (
    "Last winter about 300 parcels a week were going to the wrong depot. I walked the sorting "
    "line with the night crew and relabelled the two chutes that looked alike. After that the "
    "mis-sorts stopped."
)


@pytest.mark.parametrize("family", ["results", "standards"])
def test_a_number_in_the_scene_shows_nothing_verified_or_won(family: Family) -> None:
    found = score(SIZED_SCENE, criterion(["metric", "result"], family=family))
    assert "metric" not in found.rationale
    assert all("300 parcels" not in quote.quote for quote in found.evidence)


def test_a_number_in_the_scene_still_shows_what_was_noticed() -> None:
    found = score(SIZED_SCENE, criterion(["metric", "result"], family="data"))
    assert "metric" in found.rationale
