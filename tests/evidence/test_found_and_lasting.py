"""Whose finding the cause is, whether an account was taken on trust, and whether the trouble
lasted: the cause a story settles on, when someone else found or gave it and the candidate never
checked it, holds finding the cause below its middle anchor (`criteria.FOUND_BY_OTHERS`); an
account accepted in what the candidate does next is taken on trust (`trusted`); a story whose
end tells the trouble still going on says so for what came of it (`criteria.PERSISTED`). The
probe answers (`tests/data/probes/found-and-lasting.yaml`) hold the verdicts to it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from probe_verdicts import assert_on_its_side, reviews_of

from roundtable.catalog import get_competency
from roundtable.evidence.analysis import analyze
from roundtable.scoring.criteria import (
    FOUND_BY_OTHERS,
    ON_TRUST_CAPS,
    PERSISTED,
    score_criteria,
)

PROBES = yaml.safe_load((Path(__file__).parent.parent / "data" / "probes" /
                         "found-and-lasting.yaml").read_text(encoding="utf-8"))
_SCENE = ("Scrap on press 4 went from 2% to 7% in a month, and I pulled the press's cycle log "
          "for the month, 52,000 cycles, and sorted every scrapped pad by shift. ")
_FIX = " We replaced the part that weekend and scrap fell to 3%."
FOUND = FOUND_BY_OTHERS.split("(")[0]


def _cause(text: str) -> tuple[int, str]:
    scores = score_criteria(analyze(text), get_competency("dive-deep"))
    found = next(s for s in scores if s.id == "root-cause")
    return found.score, found.rationale


@pytest.mark.parametrize("middle", [
    "The maintenance lead ran his own checks and found the die was worn.",
    "I rang the maintenance lead, and he explained that the die wears out after two years.",
    "The maintenance lead put it down to a worn die, which he said happens on that model.",
    "Everyone in the morning meeting agreed the main problem was the worn die.",
])
def test_a_cause_someone_else_found_and_nobody_checked_is_held_below_the_middle(
        middle: str) -> None:
    score, rationale = _cause(_SCENE + middle + _FIX)
    assert score <= 2 and FOUND in rationale, (middle, rationale)


@pytest.mark.parametrize("middle", [
    # checked by the candidate after it
    "The maintenance lead put it down to a worn die, so I measured the die temperature at "
    "start-up and compared it with the log: the heater on one half was failing.",
    # found by the candidate
    "It turned out 80% of the scrap came in the first forty minutes after a cold start, and I "
    "found the heater on one half of the die was failing.",
    # someone else's first theory, then the cause the candidate found
    "The maintenance lead put it down to a worn die. I checked the start-up cycles and found "
    "the scrap all came while the die was cold: a heater had failed.",
    # the candidate's own guess at why others did what they did: no one else's account
    "I put the scrap log next to the shift rota, and for me it was clear the night crew were "
    "not cleaning the die, maybe because they are too busy at the end of the shift.",
])
def test_a_cause_found_or_checked_by_the_candidate_is_not(middle: str) -> None:
    _, rationale = _cause(_SCENE + middle + _FIX)
    assert FOUND not in rationale, (middle, rationale)


_HEARD = ("Returns on one running shoe jumped from 9% to 21% in six weeks. I pulled the returns "
          "export, 640 returns, and sorted them by size. I took it to our buyer, who said the "
          "factory had changed the last for the new season. ")


@pytest.mark.parametrize(("after", "quoted"), [
    ("That made sense, so we added a line to the product page.", "That made sense"),
    ("I wrote that into the monthly report and we added a line to the product page.",
     "I wrote that into the monthly report"),
    ("Her explanation matched the timing, so we added a line to the product page.",
     "Her explanation matched the timing"),
    ("The buyer was sure that the last was the problem, so we added a line to the product page.",
     "The buyer was sure that the last was the problem"),
])
def test_an_account_accepted_in_what_follows_is_taken_on_trust(after: str, quoted: str) -> None:
    assert analyze(_HEARD + after).on_trust.strip(" ,;.") == quoted


@pytest.mark.parametrize("text", [
    # no one else's account before it: the candidate's own finding made sense
    "Returns on one shoe jumped to 21%. I sorted 640 returns by size and found most were sizes 9 "
    "to 11. That made sense, so we added a sizing line to the product page.",
    # a record made, no explanation accepted
    _HEARD + "I wrote it on the issue log, then measured twenty pairs against the old last myself.",
    # accepted, then checked
    _HEARD + "That made sense, but I measured twenty pairs against the old last to be sure.",
    # someone's conviction about something else than the cause
    "The customer was convinced it was broken because the light kept flashing, so I rang her.",
])
def test_no_account_is_taken_on_trust_where_none_is(text: str) -> None:
    assert analyze(text).on_trust == ""


def test_trust_holds_looking_judging_and_what_came_of_it_down() -> None:
    competency = get_competency("dive-deep")
    family = {c.id: c.family for c in competency.criteria}
    scores = score_criteria(analyze(_HEARD + "That made sense, so we added a line to the product "
                                    "page, and returns came down to 14% the next month."),
                            competency)
    capped = [s for s in scores if family[s.id] in ON_TRUST_CAPS]
    assert capped and all(s.score <= ON_TRUST_CAPS[family[s.id]] for s in capped)


_STORY = ("The dental practice's line dropped several times a week and they were losing bookings. "
          "I raised it with our network team, who replaced the router, and I called the practice "
          "manager every day with an update. {ending}")


@pytest.mark.parametrize("ending", [
    "There were still some drops after that, a couple a week.",
    "There have been a few complaints since, but nothing like before.",
    "In the next quarter the drops were still high.",
    "More failures followed in the spring.",
    "It happened again in March.",
])
def test_a_story_ending_on_the_trouble_going_on_is_read_so(ending: str) -> None:
    assert analyze(_STORY.format(ending=ending)).persisted


@pytest.mark.parametrize("ending", [
    "There were no drops at all after that.",
    "There were some teething problems at first, but by the spring none.",
    "I told the manager to call me if it happened again.",
    "I wrote the steps down in case it ever happens again.",
])
def test_an_ending_with_the_trouble_gone_or_imagined_is_not(ending: str) -> None:
    assert not analyze(_STORY.format(ending=ending)).persisted


def test_trouble_early_in_the_story_is_the_scene() -> None:
    text = ("There were still a few complaints a week when I took the account over. I traced "
            "them to one router model, had all fourteen replaced, and there has not been a "
            "complaint since, four months on.")
    assert not analyze(text).persisted


def test_the_review_says_the_trouble_went_on_for_what_came_of_it_only() -> None:
    competency = get_competency("customer-obsession")
    family = {c.id: c.family for c in competency.criteria}
    scores = score_criteria(analyze(_STORY.format(
        ending="There were still some drops after that, a couple a week.")), competency)
    results = [s for s in scores if family[s.id] == "results"]
    assert results and all(PERSISTED in s.rationale for s in results)
    assert not any(PERSISTED in s.rationale for s in scores if family[s.id] != "results")


@pytest.mark.parametrize(("text", "grounds"), [
    ("As the logistics planner for a furniture retailer, I was asked to cut late deliveries.",
     False),
    ("As a new nurse on the ward I kept quiet at first.", False),
    ("As the deadline was close, I asked for help.", True),
    ("As we had no budget, I borrowed a van.", True),
])
def test_as_with_a_post_is_no_reason(text: str, grounds: bool) -> None:
    assert (analyze(text).clauses[0].role == "grounds") is grounds


@pytest.mark.parametrize(("ending", "result"), [
    ("We had no more complaints.", True),
    ("Over the next month there were no drops at all.", True),
    ("I had no more time to look into it.", False),
])
def test_the_trouble_gone_is_an_outcome(ending: str, result: bool) -> None:
    text = ("The line kept dropping. I traced it to a shared card and had the line moved to "
            "another card that Friday. " + ending)
    assert (analyze(text).clauses[-1].role == "result") is result


KNOWN_MISSES = {
    "fl-11": "terse notes that take the yard supervisor's view ('He runs that yard day to day, so "
             "went with it'): 'went with it' is as often a decision committed to, so it is no "
             "sign of trust on its own, and the bullets' data work carries the verdict",
}
"""Probes the panel still gets wrong, each with why."""
CAUSE_CRITERIA = ("root-cause", "diagnosis")


@pytest.mark.parametrize("row", [
    pytest.param(row, marks=pytest.mark.xfail(reason=KNOWN_MISSES[row["id"]], strict=True))
    if row["id"] in KNOWN_MISSES else row for row in PROBES], ids=lambda row: row["id"])
def test_probe_verdicts_follow_whose_finding_and_whether_it_lasted(row: dict[str, str]) -> None:
    reviews = reviews_of(row)
    concerns = {why for review in reviews for c in review.scores.criteria
                for why in (FOUND, "taken on trust", PERSISTED) if why in c.rationale}
    assert_on_its_side(row, reviews)
    if row["label"] == "strong":
        assert not concerns, (row["id"], concerns)
        return
    if row["skill"] == "went_on":
        assert PERSISTED in concerns, row["id"]
    else:
        cause = [c.score for c in reviews[0].scores.criteria if c.id in CAUSE_CRITERIA]
        assert cause and max(cause) <= 2, (row["id"], cause)
