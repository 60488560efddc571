"""Someone else's account taken on trust: the cause a story turns on, accepted for who said it or
because it fitted, with no check of the candidate's own after it, costs the criteria that ask
for looking and judging, and the concern quotes the words that say so."""

from __future__ import annotations

import pytest

import roundtable
from roundtable.catalog import get_competency
from roundtable.evidence.analysis import analyze
from roundtable.scoring.criteria import ON_TRUST, ON_TRUST_FAMILIES
from roundtable.synthesis.claims import check_review

_OPENING = ("Line 4 was stopping three or four times a shift on a barrel temperature alarm and "
            "scrap had gone from 1.5% to 6%. I called maintenance and the technician said it "
            "was the heater bands, that they fail after a few years on that model. ")
_ENDING = " We fitted new bands that weekend and the stops dropped to one a week."


@pytest.mark.parametrize(("middle", "quoted"), [
    ("He knows this machine very well, so we ordered the parts.",
     "He knows this machine very well"),
    ("I had no reason to doubt him, he has twenty years on these presses.",
     "I had no reason to doubt him"),
    ("It fitted the timing exactly, so we ordered the parts.", "It fitted the timing exactly"),
    ("We went with his diagnosis and ordered the parts.",
     "We went with his diagnosis and ordered the parts"),
    ("He is the expert on these presses, so we ordered the parts.",
     "He is the expert on these presses"),
    ("I took his word for it and ordered the parts.",
     "I took his word for it and ordered the parts"),
    ("The supplier has always been reliable for us, so it made sense.",
     "The supplier has always been reliable for us"),
    ("I documented his explanation in the shift report and ordered the parts.",
     "I documented his explanation in the shift report and ordered the parts"),
    ("The manager decided a trace wasn't needed. I think that was probably fine.",
     "I think that was probably fine"),
])
def test_an_account_taken_on_trust_is_found_and_quoted(middle: str, quoted: str) -> None:
    analysis = analyze(_OPENING + middle + _ENDING)
    assert analysis.on_trust.strip(" ,;.") == quoted


@pytest.mark.parametrize("middle", [
    # a check of the candidate's own after it
    "He knows this machine very well, but I pulled the alarm log first and zone 3 was the one "
    "tripping.",
    "It fitted the timing, so I tested the bands with a clamp meter and two were dead.",
    "I had no reason to doubt him, but I still checked the thermocouple readings myself.",
    # denied, supposed, or a thing's record rather than a person's
    "I never take a diagnosis at face value, so I watched the next three alarms myself.",
    "If I had taken it at face value we would have lost another week.",
    "The new heater bands have been really reliable since.",
    # told as the candidate's own mistake, a failure owned
    "I took his word for it, and that was my mistake.",
    "I had no reason to doubt him. Looking back, I should have checked the log first.",
    # sense of a plan, not of an account
    "It made sense to move the clips to line 3 while we waited.",
    "I think that was probably fine, but I pulled the alarm log anyway to be sure.",
])
def test_no_account_is_taken_on_trust_where_none_is(middle: str) -> None:
    assert analyze(_OPENING + middle + _ENDING).on_trust == ""


def test_someone_elses_words_are_not_the_candidates_trust() -> None:
    """What another person says they took on trust is theirs: "the planner said she had no reason
    to doubt him" is no step of the candidate's."""
    text = (_OPENING + 'The planner said "I had no reason to doubt him." I pulled the alarm log '
            "and zone 3 was the one tripping." + _ENDING)
    assert analyze(text).on_trust == ""


def test_trust_costs_the_criteria_of_looking_and_judging_only() -> None:
    trusted = "He knows this machine very well, so we ordered the parts."
    before = roundtable.review(_OPENING + "So we ordered the parts." + _ENDING,
                               competency="problem-solving")
    after = roundtable.review(_OPENING + trusted + _ENDING, competency="problem-solving")
    concern = ON_TRUST.format("He knows this machine very well")
    family = {c.id: c.family for c in get_competency("problem-solving").criteria}
    lowered = []
    for was, now in zip(before.scores.criteria, after.scores.criteria, strict=True):
        assert (concern in now.rationale) == (family[now.id] in ON_TRUST_FAMILIES), now.id
        assert concern not in was.rationale
        if now.score < was.score:
            lowered.append(family[now.id])
    assert lowered and set(lowered) <= set(ON_TRUST_FAMILIES)
    assert after.scores.overall < before.scores.overall
    assert check_review(after) == []
