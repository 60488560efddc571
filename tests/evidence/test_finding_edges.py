"""What a finding says of the answer and where it stands, and flag words read in another sense:
a strength offered as the failure is named as that, not as a claim never to fail, which a denial
still gets; the whole batch pulled takes something away and claims no credit; software that
moved someone's data without telling her went around nobody; a script called a pathetic mess is
a thing judged, not people; others grumbling are reported, not blamed; an outcome under its
heading is placed at its words; a lone outcome and a lesson tell no story; a word taken on
trust is owned as a mistake only in the sentence after. Answers written for these tests.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.trusted import taken_on_trust


def _detail(text: str, kind: str) -> str:
    return next(f.detail for f in analyze(text).flags if f.kind == kind)


def test_a_strength_offered_as_the_failure_is_named_as_that() -> None:
    detail = _detail("Honestly my biggest failure is that I care too much about getting things "
                     "perfect. I always stay late to finish the work myself.", "never_fail")
    assert detail.startswith("The answer offers a strength as its failure, with no harm told")


def test_a_denial_of_failing_is_named_as_a_claim_never_to_fail() -> None:
    detail = _detail("I honestly cannot think of a time I failed. My projects have always gone "
                     "to plan because I prepare well and I check everything twice before it "
                     "ships.", "never_fail")
    assert detail.startswith("The answer claims never to fail or be wrong: ")
    assert "“" not in detail and '"I honestly cannot think of a time I failed."' in detail


@pytest.mark.parametrize(("kind", "answer"), [
    # The whole batch pulled takes something away; it claims no work.
    ("sole_credit", "The rails on the oak doors were proud by a millimetre at the joints. I "
     "pulled the whole batch, found the clamping jig had a worn stop, and we re-machined the "
     "doors over the Saturday. Returns for joint defects fell from six a quarter to one."),
    # Software went around her, not the candidate.
    ("steamroll", "She had switched laptops the week before. The software moved her data "
     "without telling her, so half her invoices vanished. I called her and we rebuilt them "
     "together that afternoon."),
    # A thing judged, in a sentence after the first.
    ("contempt", "We had two weeks before the audit and a lot riding on it. The old invoicing "
     "script was a pathetic mess, so I rewrote it over the weekend."),
    # Others' grumbling reported.
    ("blame", "I took on a new cook in March. Within two weeks the other cooks were grumbling "
     "that he was slow on the grill, and the chef asked me to look at it. I spent three quiet "
     "services on the grill with him and taught him how we call tickets. By week six his ticket "
     "times matched our best cook."),
])
def test_a_flags_words_in_another_sense_raise_no_flag(kind: str, answer: str) -> None:
    assert kind not in {f.kind for f in analyze(answer).flags}


def test_an_outcome_under_its_heading_is_placed_at_its_own_words() -> None:
    text = ("We hit nine of ten delivery windows. Result: the depot manager started sending our "
            "schedule to his own board unedited.")
    found = [e.at for e in analyze(text).evidence if e.kind == "result"]
    assert text.index("the depot manager") in found


def test_an_outcome_and_a_lesson_alone_tell_no_story() -> None:
    # The lesson is a reflection, not a story's step or outcome.
    flags = {f.kind for f in analyze(
        "One nurse who was planning to leave, she stayed. I learned that trust is coming from the "
        "things you do, not from the meetings.").flags}
    assert "no_story" in flags


def test_an_account_taken_on_trust_is_owned_as_a_mistake_only_in_the_next_sentence() -> None:
    trusted = "The supplier said the batch was tested, and I took his word for it."
    owned = "That was my mistake."
    found = [taken_on_trust(analyze(text).clauses, set()) for text in (
        f"{trusted} {owned} The batch failed in the field.",
        f"{trusted} The batch failed in the field. {owned}")]
    assert found[0] is None
    assert found[1] is not None and found[1].text == "and I took his word for it."
