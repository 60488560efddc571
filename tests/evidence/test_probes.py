"""Reading probes: short answers each built to test one reading skill (denial, blame in polite
words, someone else's speech, hypotheticals, negated steps, outcomes without signposts…).

Each probe asserts the criterion band and the flags a careful interviewer would give it, and
that no sentence of its review rests on a premise the answer contradicts (facts written by
hand, not by the reader). Probes the reader still gets wrong are listed in KNOWN_MISSES: they
fail the run as soon as they start passing, so the list can only shrink.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import roundtable
from roundtable.models import Review

PROBES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent.parent / "data" / "probes" / "reading.yaml").read_text("utf-8")
)
PANELS = ("product-trio", "engineering-loop", "hiring-manager")

# Measured when this list was last cut: 50 of 64 dev probes and 6 of 16 held-out probes pass
# (51 and 6 before denial-01 joined, see below; 45 and 5 before the later-event relationship,
# habit scope, flag-family weights and the broader competency cues; 33 and 4 before the
# reader's learned layer and the polite red-flag families).
# denial-01 joined in issue 8's second round: "but that was scope growing underneath us, not
# anything I did differently" is now read as the labels say (its subject is "that", and "not
# anything I did" is a contrastive tail, not a negated step of the candidate's), which leaves 3
# of the candidate's 6 own clauses generic ("I write out every release step…"), exactly the
# share at which analysis.py's answer-level `hypothetical` flag fires.
# The present-narration probes (issue 8, third round; rule in reading.present_narration):
# before the rule 3 of 10 dev probes passed (the three habit/hypothetical controls) and 2 of 4
# held-out ones; after it 9 of 10 and 3 of 4. present-narration-h2, held out and measured once
# at the end, is read as a story (no `hypothetical` flag, 1.01 -> 3.07, follow-through 1 -> 3+)
# but scores listened=1: sitting a night shift "to see how they use the scanner" is not heard
# as listening. present-narration-07 (dev): told in the narrative progressive ("I am
# offering him help", "we are sitting together two evenings"), it is read as a story and its
# steps are matched as "I offered him help", "we sat together", yet helping-others stays at 2:
# the lexicon has no word for helping that "offered him help" or "took the export part" meets.
# The plain-evidence probes (issue 8, fourth round): the four dev probes were written from
# reviews that misread them (grounds, escalation, commitment and an outcome told as trouble not
# coming back, all 1/5) and pass after the lexicon learned those forms; the three held-out ones,
# written before that change was measured on them, all still miss (a later habit of someone
# else's told as "asks for my queue numbers", an outcome told as "every child was accounted
# for", "my booking error" with a word between "my" and "error").
# The onlooker probes: a story in which only others act loses a point on every criterion
# (scoring.criteria.onlooker_penalty). Its dev probe passes; the two held-out ones, written
# after the rule and never tuned on, still credit the manager's outcome at 4 and 5 (both are
# No Hire overall): "I joined the support team" and "I was part of the project team" read as
# steps or parts of the candidate's own.
# Issue 8, round 23: three dev probes left the list. negated-action-02: "I noticed"
# is a finding, not a step, and an outcome criterion takes no number from a story with no
# outcome. unsignposted-outcome-02: trouble that stopped, told in the negative ("Nobody at the
# clinic called support about it again"), is an outcome. later-relationship-05: "These days
# she's the one who pings me first" is the bond the story left, not a lesson. negated-action-01
# stays: dropping "stakeholder" from have-backbone's escalation signals fixed it, but then a
# disagreement settled in the first 1:1 scores 1 on escalation, as if the candidate gave up.
# short-but-real-04 (a 60-word influence story) read its goal at 3 while three kinds of evidence
# covered a criterion (`scoring.criteria.FULL_COVERAGE`); at four it is missed again.
# Round 24: plain-evidence-h2 (held out) left the list when the reading's own outcome clauses,
# late in the story and told by no step of the candidate's, began to count as told outcomes.
# Round 25: others-speech-04 left the list when one step of the candidate's own beside three of
# someone else's (a support lead who stayed till two in the morning) began to cost half the
# onlooker's point: its personal action now reads 2.
# Round 26: onlooker-h2 (held out) left the list when someone else's early steps, read as the
# side they took, began to count as their steps in a story where the candidate takes no side.
# Round 30: the vague-steps probes (fluent stories whose own steps leave what they acted on
# vague). vague-steps-04 misses: "I coached a new team leader, Marta" is read as a step told,
# and with her name it takes a growth plan for a specific person to 4, though every step of
# the coaching is vague; the story is still No Hire overall.
# Round 31: vague-steps-03 joins the list. It had passed on a false flag: the learned reader
# took "I reviewed the whole billing relationship" for sole credit ("whole"), which pulled
# personal action to 1-2 (overall 1.36). Retrained, the reader raises no flag there, and the
# vague steps alone leave personal action at 3 (overall 2.56): "kept the client informed
# throughout" and "reviewed the whole billing relationship" are not read as vague.
# Round 35: polite-blame-05 leaves the list: "the takeaway is that people have to take some
# responsibility for speaking up" is a lesson drawn for others alone (`across.py`).
# Round 46: unsignposted-outcome-04 leaves the list once the telling model weighs the lean of
# the candidate's words.
# Round 64: later-relationship-05 (held out) joins the list. The reader now credits asking what
# the other side was trying to achieve or protect as understanding them; that lifts the probe's
# plain score over the hire line, where the telling model, reading the answer as told like
# weaker ones, takes four criteria down a point (its relationship afterwards 4 to 3). Its text
# was read once, by mistake, while finding the cause; nothing was changed for it.
# Round 78: five held-out probes (denial-05, steamroll-05, dismissive-05, contempt-polite-05,
# reason-not-result-05) were read by mistake, their split missed, and rules were written from
# three of them; they are studied (split: dev) since. steamroll-05 leaves the list: "I was
# sure we'd lose sign-ups if we waited" is a certainty held in the story, not a hypothetical
# answer. dismissive-05 leaves it when others' view waved off as not seeing "the bigger
# picture" is read as dismissed, contempt-polite-05 when meetings spent "politely correcting
# them" are read as condescension. reason-not-result-05
# stays: "we dropped the rewrite" is now a step, not a fall, but its result criterion still
# counts a step of adapting (taking that out of adaptability's result signals, or trading it for
# "metric", narrowed the gap between strong and weak unseen tuning answers). later-relationship-02
# leaves it when being chosen first for the other side's next project ("mine was the first name
# on his list") is read as trust, and "When Raj put together the team" as one time.
# Round 79: negated-action-01 leaves the list when two or more steps of pressing the point told
# as not taken ("I didn't escalate. I never took it to the planning meeting"), with no
# escalation told after them, cost the escalation criterion a flag's weight
# (`Analysis.no_further`); the "stakeholder" signal it keeps still credits a disagreement
# settled in the first 1:1. strong-control-01 leaves it when a later occasion on which the new
# check caught something ("Last spring, on the billing migration, that check caught…") is read
# as the failure's lesson applied (a cue of failure's lesson-applied). strong-control-02 leaves
# it when "Yusuf, our security lead," is read as a name, and his want set against the harm the
# teller's side foresaw in it ("…; I owned the field app, and a forced sign-on would lock them
# out") as the disagreement, credited in the teller's clause of the sentence. dismissive-04
# leaves it when customer-obsession's voice-of-customer counts the dismissive flag against it
# (its floor anchor: "assumes what customers want"): "most users don't really know what they
# want" waves off the reviews and tickets it has just cited. vague-steps-03 leaves it when "I
# took it very seriously" is read as an attitude named, no step told, and "I reviewed the whole
# billing relationship" as a step (no bond) that finds nothing: all its own steps are untold.
# short-but-real-04 leaves it when influence's goal criterion hears "twelve store managers, none
# reporting to me" as the candidate's lack of authority. present-narration-07 leaves it when
# teamwork's helping-others hears help offered to a teammate by name ("I am offering him help").
# sole-credit-01 leaves it when a red flag a rubric names as a criterion's floor anchor holds the
# criterion at 2 (`Signals.floor`; teamwork's own contribution: "they claim the whole team's work
# as their own"). Floors for blame, a perfect record and contempt on six reflection and
# relationship criteria were tried too: no weak unseen answer moved, and four strong blind ones
# fell (strong No Hire votes 137 -> 149), so only this one is kept.
KNOWN_MISSES = frozenset(
    """onlooker-h1 plain-evidence-h1 plain-evidence-h3 vague-steps-04
    later-relationship-05
    present-narration-h2
    denial-01 denial-05
    reason-not-result-05
    short-but-real-05
    strong-control-05""".split()
)

_CACHE: dict[tuple[str, str], Review] = {}


def review_of(probe: dict[str, Any], panel: str = "product-trio") -> Review:
    key = (probe["id"], panel)
    if key not in _CACHE:
        _CACHE[key] = roundtable.review(probe["answer"], competency=probe["competency"],
                                        question=probe["question"], panel=panel)
    return _CACHE[key]


def misreadings(probe: dict[str, Any]) -> list[str]:
    """What the review gets wrong about the probe's skill, by the probe's expectations."""
    review = review_of(probe)
    scores = {c.id: c.score for c in review.scores.criteria}
    kinds = {f.kind for f in review.flags}
    expect = probe["expect"]
    wrong = [f"{cid}={scores[cid]} not in [{low}, {high}]"
             for cid, (low, high) in (expect.get("criteria") or {}).items()
             if not low <= scores[cid] <= high]
    wrong += [f"missing flag {kind}" for kind in expect.get("flags") or [] if kind not in kinds]
    wrong += [f"unwanted flag {kind}" for kind in expect.get("no_flags") or [] if kind in kinds]
    return wrong


@pytest.mark.parametrize("probe", PROBES, ids=[p["id"] for p in PROBES])
def test_probe_is_read_as_a_careful_interviewer_would(probe: dict[str, Any]) -> None:
    if probe["id"] in KNOWN_MISSES:
        pytest.xfail("a known misreading; see KNOWN_MISSES")
    assert misreadings(probe) == []


def test_known_misses_are_still_missed() -> None:
    """A fixed probe must leave KNOWN_MISSES, so the list stays honest."""
    fixed = [p["id"] for p in PROBES if p["id"] in KNOWN_MISSES and not misreadings(p)]
    assert fixed == []


_OUTCOME_ABSENT = re.compile(r"outcome goes unstated|whose doing is unclear|no outcome",
                             re.IGNORECASE)
_ASKS_OUTCOME = re.compile(r"what happened (?:next|in the end)|what was the (?:outcome|result)",
                           re.IGNORECASE)
_UNSETTLED = re.compile(r"did not settle it|didn't settle it", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:they|them|their|he|him|his|she|her)\b", re.IGNORECASE)


def _written(review: Review) -> list[str]:
    texts = [review.headline, review.consensus.summary]
    texts += [turn.text for current in review.rounds for turn in current.turns]
    texts += [s.reason_to_hire for s in review.signals] + [s.concern for s in review.signals]
    return texts


@pytest.mark.parametrize("panel", PANELS)
@pytest.mark.parametrize("probe", PROBES, ids=[p["id"] for p in PROBES])
def test_no_sentence_rests_on_a_false_premise(probe: dict[str, Any], panel: str) -> None:
    facts = probe["expect"].get("facts") or {}
    review = review_of(probe, panel)
    questions = [re.sub(r"“[^”]*”", "", f.question) for f in review.follow_ups]
    if facts.get("outcome_told"):
        assert not [t for t in _written(review) if _OUTCOME_ABSENT.search(t)]
        assert not [q for q in questions if _ASKS_OUTCOME.search(q)]
    if facts.get("other_person") is False:
        assert not [q for q in questions if _PRONOUN.search(q)]
    if facts.get("settled_first_time"):
        assert not [q for q in questions if _UNSETTLED.search(q)]
