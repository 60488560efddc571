"""A team worn down by its hours given pizza and vouchers, a guest kept awake by the plant room
given champagne and a complimentary breakfast: the trouble itself is left where it was. Two
different treats or gifts or more cost every criterion EVADED_POINTS and say why; one is often a
detail of a strong story, a software upgrade or a hypothetical party is none, and beside a
change to the work itself ("we capped shifts at forty-eight hours") they are thanks on top.

Also the two over-broad readings found beside them: "I set up a working group" raised nothing
with anyone, and "a review, which I sponsored" sponsored no person."""

from __future__ import annotations

import pytest

from roundtable.catalog.loader import get_competency
from roundtable.evidence.analysis import analyze
from roundtable.scoring.criteria import TREATED, TREATS, score_criteria

STRAIN = (
    "I run the pick team at a parcel depot, thirty-one people on nights. Last winter the "
    "sickness rate doubled and two of my best pickers told me they were thinking of leaving, "
    "because the peak rota had them on sixty-hour weeks. "
)
TREATED_ANSWERS = [
    STRAIN + "So I organised a pizza night and a bowling trip, and gave everyone a £20 voucher. "
    "People really appreciated it and the mood lifted.",
    STRAIN + "I got a massage therapist in on Fridays and turned the old office into a quiet "
    "room. We also did cake on birthdays.",
    STRAIN + "We launched a wellbeing month with yoga at lunchtime and a step challenge.",
    "A guest complained twice about a humming noise in room 214. I apologised, upgraded them to "
    "a suite and sent up a bottle of champagne. They left a lovely review.",
    # a known defect's complaint closed with gifts
    "Her £899 mattress was sagging after five months, her third contact. I refunded her in "
    "full on the call, sent her a £50 voucher for bedding and a handwritten card. She left us "
    "a five-star review.",
]
CHANGED = (STRAIN + "I took the rota to the site manager with the overtime figures and we "
           "capped shifts at forty-eight hours, covering the gap with four agency pickers. On "
           "the last night of peak I bought pizza for everyone and a £20 voucher each.")


@pytest.mark.parametrize("answer", TREATED_ANSWERS)
def test_treats_given_for_the_trouble_cost_every_criterion(answer: str) -> None:
    analysis = analyze(answer)
    assert analysis.treats >= TREATS
    competency = get_competency("strive-to-be-earths-best-employer")
    costed = score_criteria(analysis, competency)
    analysis.treats = 0
    uncosted = score_criteria(analysis, competency)
    assert all(TREATED in s.rationale for s in costed if s.evidence)
    assert not any(TREATED in s.rationale for s in uncosted)
    assert all(c.score <= u.score for c, u in zip(costed, uncosted, strict=True))


def test_treats_beside_a_change_to_the_work_are_thanks_on_top_of_it() -> None:
    assert analyze(CHANGED).treats == 0


@pytest.mark.parametrize("answer", [
    # one treat, a detail of a strong story
    "I set up the tutoring on WhatsApp, and we pay travel and a £10 voucher per session. Forty "
    "children came every week.",
    # an upgrade of a system, not a gift
    "We upgraded the server to version five over a weekend, and I brought cake for the crew "
    "who stayed.",
    # an upgrade planned for the system, beside one treat
    "We planned an upgrade of the till system for the quiet week, and I ordered pizza for the "
    "crew on the night.",
    # a party only imagined
    "If I ran that team again I would organise a pizza night and a bowling trip.",
    # a note of what was agreed is no gift
    "I wrote down what we agreed and sent her the notes the same afternoon, and a voucher.",
    # a meal at the start of the day, not a treat
    "I checked the fridges every morning before breakfast and logged the temperatures.",
])
def test_one_treat_or_none_is_no_answer_to_the_trouble(answer: str) -> None:
    assert analyze(answer).treats < TREATS


def _kinds(sentence: str) -> set[str]:
    return {e.kind for e in analyze(
        "Last spring our service charge split was causing rows between departments. "
        f"{sentence} The rows stopped within the month.").evidence}


@pytest.mark.parametrize(("sentence", "kind", "found"), [
    ("I set up a working group with a person from each department.", "raised", False),
    ("I set up a tracker so we could see the rows as they came in.", "raised", False),
    ("I set up a meeting with the head chef and told him the split was unfair.", "raised", True),
    ("I set up a quick call with her to go through the numbers.", "raised", True),
    ("HR led a review of the points system, which I sponsored.", "mentoring", False),
    ("I sponsored her for the supervisor course and she passed it in June.", "mentoring", True),
    ("I wrote the case and sponsored it to the board in May.", "mentoring", False),
])
def test_a_group_set_up_raises_nothing_and_a_review_sponsored_grows_no_one(
        sentence: str, kind: str, found: bool) -> None:
    assert (kind in _kinds(sentence)) is found
