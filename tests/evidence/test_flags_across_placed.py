"""Round 37's red flags told across sentences (`evidence/across.py`), where the mutation run
found them thinly pinned: the words each flag quotes, an answer that ends on its wave-off, a
check named and then kept, data excluded on a doubt, and what the words around a flag do not
excuse (`credit._flag_credit`).

A flag's quote is what the reviewer reads as the evidence, so each test here asserts where the
quote starts, not only that the flag was raised.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import Analysis, Evidence, analyze

BUILDER = ("I run a small building firm with six lads. Last spring we were putting a slab in for "
           "a kitchen extension. ")
HOLD = ("The engineer's inspection, which is a hold point before any pour, got pushed to "
        "Friday. ")
ASSAY = ("We were validating an assay and our inter-run CV was 19%, over the 15% spec. ")
NO_CRITERIA = "We didn't have formal criteria written in advance."


def _kinds(analysis: Analysis) -> set[str]:
    return {f.kind for f in analysis.flags}


def _quoted(analysis: Analysis, kind: str) -> list[Evidence]:
    return [e for e in analysis.evidence if e.kind == kind]


def test_criticism_waved_off_in_the_answers_last_words_quotes_the_but() -> None:
    but = "But the old one was costing us two late starts a week."
    answer = (f"{BUILDER}Some of the lads said I should have asked them before changing the "
              f"rota. {but}")
    analysis = analyze(answer)
    assert "dismissive" in _kinds(analysis)
    assert [(e.quote, e.at) for e in _quoted(analysis, "dismissive")] == [
        (but, answer.index(but))]


def test_a_step_past_a_required_check_quotes_the_step() -> None:
    answer = (f"{BUILDER}{HOLD}I had checked the steel myself, so we poured on Thursday as "
              "planned. The slab has been fine since.")
    analysis = analyze(answer)
    assert "steamroll" in _kinds(analysis)
    assert [answer[e.at:].startswith("so we poured on Thursday as planned")
            for e in _quoted(analysis, "steamroll")] == [True]


@pytest.mark.parametrize("told", [
    # The check itself booked "as planned", and waited for.
    "I booked the engineer's inspection, which is a hold point before any pour, for Thursday as "
    "planned. He signed the steel off on Thursday morning and we poured that afternoon.",
    # A step "as planned" in the sentence that names the check is no step past it.
    "The hold point inspection was on Thursday, and I booked the pour for Friday as planned. He "
    "signed the steel off on Thursday.",
    # Going ahead only weighed, then turned down.
    f"{HOLD}We could have poured on Thursday anyway, but I kept the crew on the formwork until "
    "he came.",
    # Someone else's work going ahead is not the candidate's step past the check.
    f"{HOLD}The client's own builder poured the patio on Thursday anyway, so I told the client.",
])
def test_a_required_check_kept_or_only_others_going_past_it_is_no_steamroll(told: str) -> None:
    assert "steamroll" not in _kinds(analyze(BUILDER + told))


def test_data_excluded_out_of_sight_quotes_the_exclusion() -> None:
    answer = (f"{ASSAY}I went through the raw plate data, and I excluded those three runs as "
              f"outliers. The CV dropped to 11%. {NO_CRITERIA}")
    analysis = analyze(answer)
    assert "concealment" in _kinds(analysis)
    assert [answer[e.at:].startswith("and I excluded those three runs")
            for e in _quoted(analysis, "concealment")] == [True]


def test_data_excluded_told_with_a_doubt_is_still_bent() -> None:
    answer = f"{ASSAY}I think I probably excluded those three runs as outliers. {NO_CRITERIA}"
    assert "concealment" in _kinds(analyze(answer))


def test_criteria_missing_with_nothing_excluded_bends_no_record() -> None:
    answer = (f"{ASSAY}{NO_CRITERIA[:-1]}, so I wrote them up with our QA lead before the next "
              "run. The CV came down to 12% over the next month.")
    assert "concealment" not in _kinds(analyze(answer))


@pytest.mark.parametrize("told", [
    "Under pressure from the launch date, I merged it anyway over their objections.",
    "With the easy option gone, I went straight to the VP without telling her.",
])
def test_words_that_excuse_a_concealment_do_not_excuse_a_steamroll(told: str) -> None:
    # "pressure", "easy" before "keep it quiet" tell a concealment turned down; before going
    # around people they are only the circumstances.
    answer = (f"Last spring I ran the night shift at a parcel depot with eleven pickers. {told} "
              "The new sort plan cut missed parcels by a third.")
    assert "steamroll" in _kinds(analyze(answer))
