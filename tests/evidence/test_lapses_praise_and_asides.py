"""Readings fixed on round 37's blind sets (tests/data/unseen/ps9, ps10), each a misreading of a
strong answer or a credit a weak one did not earn:

- a colleague's lapse she admits, reported with an adverb ("she said honestly she filled it from
  memory because she forgot"), is her word, not the candidate's blame;
- the same lapse owned as the teller's too ("I did the same one time") owns a miss;
- a pseudo-cleft cut from its step by an aside ("What I did after — this is the bit that
  matters — I went back…") claims no one's work;
- a machine "working too hard" is no virtue offered as a failure;
- praise for the candidate on show ("went up on the staff board", "got Employee of the Month")
  is neither an outcome nor a step;
- the cause found to be the teller's, said on the day in the present ("and said, it's us, I'm
  sorry"), owns the miss: words said then are no habit.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze

SCENE = ("Last March I was the pharmacy technician on the outpatient fridges, and the weekend "
         "temperature sheet looked copied. ")


def _flags(text: str) -> set[str]:
    return {f.kind for f in analyze(SCENE + text).flags}


def _kinds(text: str) -> set[str]:
    return {e.kind for e in analyze(text).evidence if e.strength > 0}


@pytest.mark.parametrize("said", ["said honestly", "said openly", "told me quietly"])
def test_a_lapse_admitted_in_reported_speech_is_not_blame(said: str) -> None:
    told = (f"I asked the weekend colleague and she {said} she filled it from memory because "
            "she forgot.")
    assert "blame" not in _flags(told)


def test_the_same_lapse_told_by_the_candidate_still_blames() -> None:
    told = "I asked the weekend colleague and she filled it from memory because she forgot."
    assert "blame" in _flags(told)


@pytest.mark.parametrize(("told", "owned"), [
    ("I was not angry with her, because I did the same one time, some months before.", True),
    ("I told my manager both things, hers and mine.", True),
    ("I'd done exactly the same myself a few months before.", True),
    ("I did the same for the other two clients.", False),
    ("I never did the same again.", False),
])
def test_the_same_lapse_owned_as_the_tellers(told: str, owned: bool) -> None:
    assert ("failure_owned" in _kinds(told)) is owned


def test_a_cleft_cut_by_an_aside_claims_no_ones_work() -> None:
    told = ("What I did after — this is the bit that matters — I went back through four years "
            "of our vibration history.")
    assert "sole_credit" not in _flags(told)


@pytest.mark.parametrize(("told", "flagged"), [
    ("So the separator was overfed and the motor was working too hard.", False),
    ("My weakness? I was probably working too hard.", True),
    ("I work too hard, that is my failure.", True),
])
def test_working_too_hard_is_a_virtue_only_when_the_teller_does_it(told: str,
                                                                   flagged: bool) -> None:
    assert ("never_fail" in _flags(told)) is flagged


@pytest.mark.parametrize("praise", [
    "And that review went up on the staff board.",
    "I actually got Employee of the Month off the back of it.",
    "The regional director mentioned it on the quarterly call.",
    "About a week later my manager calls me into the office.",
    "I got a Service Star recognition, and they printed an extract in the crew magazine.",
    "I actually have it framed at home.",
    # the candidate held up to others by those above
    "Two of the architects nominated me for the practice's thank-you award.",
    "The general manager used our team as an example at the regional meeting.",
    "The regional director asked me to present it at the national managers' conference.",
    "The managing partner thanked me personally at the Christmas party.",
    "My analysis was very clear and the director said the commentary was good.",
])
def test_praise_on_show_is_no_outcome_or_step(praise: str) -> None:
    assert not _kinds(praise) & {"result", "quantified_result", "action", "relationship"}


@pytest.mark.parametrize(("told", "owned"), [
    ("So I went round to Mrs. Pryce and said, it's us, I'm sorry, here's what we'll do.", True),
    ("I walked the stream myself after the next heavy rain and, yeah, it was us.", True),
    ("It was me who caught it first.", False),
    ("We checked whether it was us or the farm upstream.", False),
])
def test_the_cause_found_to_be_the_tellers_and_said_so(told: str, owned: bool) -> None:
    assert ("failure_owned" in _kinds(told)) is owned
