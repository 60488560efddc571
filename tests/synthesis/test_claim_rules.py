"""Each rule of the claim checker, on one small story: the false claim is caught, where it was
written and in its own words, and the same words are let through where they are true.

test_claims.py shows the checker catches each kind of claim once; these pin down the rule's
edges (which field, whose score, which premise holds), so a checker that flags everything or
nothing, or reports the wrong place, fails here.
"""

from __future__ import annotations

import pytest
from story_answers import TOLD, rewrite

import roundtable
from roundtable.models import FollowUp, Quote, Review
from roundtable.synthesis.claims import Violation, check_review

# No story: what the candidate would do, with no outcome and no step taken.
IMAGINED = (
    "If a manager wanted to cut a pilot short, I would probably ask for a meeting first. I would "
    "try to bring some data and I would listen to their side. I think I would escalate only if "
    "it mattered for customers, and I would commit to whatever was decided."
)
# The first talk failed and the candidate took it further.
ESCALATED = (
    "Last spring the head chef wanted to drop the allergen board from the pass. I disagreed "
    "because two of our regulars have nut allergies. I raised it with him after service and he "
    "said no, so I took it to the general manager with the two near-misses from the log, and "
    "the board stayed."
)
ABSENT = "the outcome goes unstated"
UNCLEAR = "whose doing is unclear"


@pytest.fixture(scope="module")
def imagined() -> Review:
    return roundtable.review(IMAGINED, competency="have-backbone")




def _of(violations: list[Violation], rule: str) -> list[Violation]:
    return [v for v in violations if v.rule == rule]


FIELDS = ["headline", "consensus.summary", "consensus.agreements[0]", "consensus.emphases[0]",
          "signals[0].reason_to_hire", "signals[0].concern", "rounds[0].turns[0]",
          "follow_ups[0]"]


@pytest.mark.parametrize("where", FIELDS)
def test_a_false_absence_is_caught_in_every_field_and_reported_there(told: Review,
                                                                      where: str) -> None:
    text = f"The story is clear enough, but {ABSENT} and {UNCLEAR}."
    found = check_review(rewrite(told, where, text))
    assert Violation(where, "outcome_is_told", text) in found
    assert Violation(where, "candidate_acts", text) in found


def test_an_absence_is_not_a_false_claim_where_it_is_true(imagined: Review) -> None:
    """No outcome is told and the candidate takes no step: saying so is true."""
    text = f"It reads as a plan: {ABSENT} and {UNCLEAR}."
    for where in ("headline", "consensus.summary", "follow_ups[0]"):
        found = check_review(rewrite(imagined, where, text))
        assert not _of(found, "outcome_is_told") and not _of(found, "candidate_acts"), where


def test_asking_for_the_outcome_is_wrong_only_in_a_follow_up_and_only_once_told(
        told: Review, imagined: Review) -> None:
    question = "What happened next, once the pilot ran its four weeks?"
    assert Violation("follow_ups[0]", "asks_for_told_outcome", question) in check_review(
        rewrite(told, "follow_ups[0]", question))
    # The same words in a turn are a question put to the panel, not to the candidate.
    assert not _of(check_review(rewrite(told, "rounds[0].turns[0]", question)),
                   "asks_for_told_outcome")
    assert not _of(check_review(rewrite(imagined, "follow_ups[0]", question)),
                   "asks_for_told_outcome")


def test_a_first_conversation_that_settled_it_is_not_called_unsettled(
        told: Review, imagined: Review) -> None:
    """In TOLD she agreed in the 1:1: nothing was escalated, so "when that did not settle it"
    presumes a failure the story does not have; nor does an answer with no story tell one."""
    question = "When the first conversation didn't settle it, who did you bring in?"
    for review in (told, imagined):
        assert Violation("follow_ups[0]", "settled_first_time", question) in check_review(
            rewrite(review, "follow_ups[0]", question))
    escalated = roundtable.review(ESCALATED, competency="have-backbone")
    assert not _of(check_review(rewrite(escalated, "follow_ups[0]", question)),
                   "settled_first_time")


def test_them_is_a_false_premise_only_where_nobody_else_is_in_the_story(
        told: Review, alone: Review) -> None:
    question = "What did they say when you showed them the checklist?"
    assert Violation("follow_ups[0]", "no_one_else_in_story", question) in check_review(
        rewrite(alone, "follow_ups[0]", question))
    assert not _of(check_review(rewrite(told, "follow_ups[0]", question)), "no_one_else_in_story")
    # A pronoun inside a quotation is the quoted words, not the question's premise.
    quoting = "When you wrote “they said no”, what did you do next to fix the scripts?"
    assert not _of(check_review(rewrite(alone, "follow_ups[0]", quoting)), "no_one_else_in_story")


def test_your_manager_needs_a_manager_in_the_answer(told: Review, alone: Review) -> None:
    question = "How did your manager react to the plan?"
    assert Violation("follow_ups[0]", "no_such_person", question) in check_review(
        rewrite(alone, "follow_ups[0]", question))
    assert not _of(check_review(rewrite(told, "follow_ups[0]", question)), "no_such_person")


def test_the_person_may_be_named_in_any_case_in_the_answer() -> None:
    answer = TOLD.replace("my manager", "my Director")
    review = roundtable.review(answer, competency="have-backbone")
    question = "How did your director react when you showed the cohort numbers?"
    assert not _of(check_review(rewrite(review, "follow_ups[0]", question)), "no_such_person")


def test_a_score_is_checked_against_what_the_speaker_held(told: Review) -> None:
    by_id = {p.panelist: p for p in told.scores.panelists}
    rubric = {c.id: c.score for c in told.scores.criteria}
    name = next(c.name for c in told.scores.criteria if c.id == "relationship")
    # A score nobody held, in both written forms.
    never = next(s for s in range(1, 6) if s != rubric["relationship"] and all(
        s not in (p.criteria.get("relationship"), p.opening and p.opening.criteria.get(
            "relationship")) for p in told.scores.panelists))
    for text, claim in ((f"That leaves {name.lower()} at {never} of 5 for me.",
                         f"{name.lower()} at {never} of 5"),
                        (f"{name} ({never}/5) is what I would hold.", f"{name} ({never}/5)")):
        found = check_review(rewrite(told, "rounds[0].turns[0]", text))
        assert [(v.where, v.text.lower().endswith(claim.lower()))
                for v in _of(found, "score_not_held")] == [("rounds[0].turns[0]", True)]
    # What the speaker held, at the opening or at the close, is true for that speaker.
    speaker = told.rounds[0].turns[0].speaker
    held = {by_id[speaker].criteria["relationship"], rubric["relationship"]}
    if by_id[speaker].opening is not None:
        held.add(by_id[speaker].opening.criteria["relationship"])  # type: ignore[union-attr]
    for score in held:
        text = f"That leaves {name.lower()} at {score} of 5 for me."
        assert not _of(check_review(rewrite(told, "rounds[0].turns[0]", text)), "score_not_held")


def test_a_score_another_panelist_held_is_not_the_speakers(told: Review) -> None:
    """One panelist's opening score, claimed by another who never held it, is false."""
    name = {c.id: c.name for c in told.scores.criteria}
    rubric = {c.id: c.score for c in told.scores.criteria}
    for holder in told.scores.panelists:
        opening = holder.opening.criteria if holder.opening else {}
        for cid, score in opening.items():
            others = [p for p in told.scores.panelists if p.panelist != holder.panelist
                      and score not in {p.criteria[cid], rubric[cid],
                                        (p.opening.criteria if p.opening else {}).get(cid)}]
            if not others:
                continue
            text = f"I read it the same way: {name[cid].lower()} at {score} of 5."
            data = told.model_dump()
            turn = data["rounds"][0]["turns"][0]
            turn["speaker"], turn["text"] = holder.panelist, text
            assert not _of(check_review(Review.model_validate(data)), "score_not_held")
            turn["speaker"] = others[0].panelist
            assert _of(check_review(Review.model_validate(data)), "score_not_held") == [
                Violation("rounds[0].turns[0]", "score_not_held",
                          f"{name[cid].lower()} at {score} of 5")]
            return
    pytest.fail("no opening score that another panelist never held")  # pragma: no cover


def test_a_vote_is_checked_against_the_speakers_own_votes(told: Review) -> None:
    speaker = told.rounds[0].turns[0].speaker
    mine = next(p for p in told.scores.panelists if p.panelist == speaker)
    labels = {"strong_no_hire": "Strong No Hire", "no_hire": "No Hire", "hire": "Hire",
              "strong_hire": "Strong Hire"}
    held = {mine.vote} | ({mine.opening.vote} if mine.opening else set())
    for vote, label in labels.items():
        text = f"Where I land: I'm at {label}, and the rest of the panel can weigh in."
        found = _of(check_review(rewrite(told, "rounds[0].turns[0]", text)), "vote_not_held")
        expected = [] if vote in held else [
            Violation("rounds[0].turns[0]", "vote_not_held", f"I'm at {label}")]
        assert found == expected, vote
    # Outside the debate's turns nobody speaks for themselves.
    assert not _of(check_review(rewrite(told, "signals[0].reason_to_hire",
                                      "I'm at Strong No Hire, whatever the others say.")),
                   "vote_not_held")


def test_a_quote_whose_offsets_point_elsewhere_is_caught(told: Review) -> None:
    data = told.model_dump()
    words = "She later asked me to lead the next pilot."
    start = TOLD.index(words)
    data["rounds"][0]["turns"][0]["evidence"] = [
        {"quote": words, "start": start, "end": start + len(words)},
        {"quote": words, "start": 0, "end": len(words)},
    ]
    assert _of(check_review(Review.model_validate(data)), "quote_offsets") == [
        Violation("rounds[0].turns[0]", "quote_offsets", words)]


@pytest.mark.parametrize(("words", "criterion", "supported"), [
    ("We launched on time and churn in the pilot cohort dropped 12%.",
     "result-and-reflection", True),
    ("She later asked me to lead the next pilot.", "relationship", True),
    # A real line of the answer, credited to a criterion it shows nothing of.
    ("She later asked me to lead the next pilot.", "the-disagreement", False),
    ("We launched on time and churn in the pilot cohort dropped 12%.", "how-raised", False),
    # A criterion the competency does not have.
    ("We launched on time and churn in the pilot cohort dropped 12%.", "no-such-criterion",
     False),
])
def test_credit_must_be_the_readings(told: Review, words: str, criterion: str,
                                     supported: bool) -> None:
    data = told.model_dump()
    start = TOLD.index(words)
    data["rounds"][0]["turns"][0]["evidence"] = [
        {"quote": words, "start": start, "end": start + len(words), "criterion": criterion,
         "use": "credit"}]
    found = _of(check_review(Review.model_validate(data)), "credit_not_supported")
    assert found == ([] if supported else [
        Violation("rounds[0].turns[0]", "credit_not_supported", f"{criterion}: {words}")])


def test_a_quote_may_elide_and_rewrap_the_answers_words(told: Review) -> None:
    rewrapped = "I asked her for a 1:1\n and showed her the cohort numbers"
    elided = "I disagreed because our churn data … dropped 12%"
    for text in (f"They say “{rewrapped}” and it holds.", f"Then “{elided}”, which is a lot."):
        assert not _of(check_review(rewrite(told, "headline", text)), "quote_not_in_answer")
    invented = "I escalated to the VP the same afternoon"
    assert _of(check_review(rewrite(told, "consensus.summary", f"They say “{invented}”.")),
               "quote_not_in_answer") == [
        Violation("consensus.summary", "quote_not_in_answer", invented)]


def test_a_rationale_quoting_words_the_answer_never_said_is_reported_with_them(
        told: Review) -> None:
    invented = "I escalated to the VP the same afternoon"
    data = told.model_dump()
    data["scores"]["criteria"][0]["rationale"] = f"found: escalation (“{invented}”)"
    assert _of(check_review(Review.model_validate(data)), "quote_not_in_answer") == [
        Violation("scores.criteria[0].rationale", "quote_not_in_answer", invented)]


def test_repetition_is_reported_once_per_sentence_and_per_question(told: Review) -> None:
    sentence = "The panel leans on the cohort numbers and the four week pilot."
    data = told.model_dump()
    data["consensus"]["summary"] = sentence
    data["consensus"]["agreements"] = [f"{sentence} Nothing else stands out to the panel here."]
    question = told.follow_ups[0].question
    data["follow_ups"] = [told.follow_ups[0].model_dump(), told.follow_ups[0].model_dump(),
                          *[f.model_dump() for f in told.follow_ups[1:]]]
    found = check_review(Review.model_validate(data))
    # The question asked twice is also a sentence written twice.
    assert sorted(_of(found, "sentence_repeated"), key=lambda v: v.text) == sorted(
        [Violation("review", "sentence_repeated", sentence),
         Violation("review", "sentence_repeated", question)], key=lambda v: v.text)
    assert _of(found, "question_repeated") == [Violation("follow_ups", "question_repeated",
                                                         question)]
    # Distinct questions, and short phrases that recur ("For me."), are no repetition.
    data["follow_ups"] = [f.model_dump() for f in told.follow_ups]
    data["consensus"]["summary"] = "Fine for me."
    data["consensus"]["agreements"] = ["Fine for me."]
    found = check_review(Review.model_validate(data))
    assert not _of(found, "sentence_repeated") and not _of(found, "question_repeated")


@pytest.mark.parametrize(("headline", "cut"), [
    ("How they cut the", True),
    ("How they pushed back and the.", True),
    ("How the candidate kept the pilot at four weeks, and churn fell", False),
    ("How the candidate kept the pilot at four weeks.", False),
    ("", False),
])
def test_a_headline_may_not_stop_mid_phrase(told: Review, headline: str, cut: bool) -> None:
    found = _of(check_review(told.model_copy(update={"headline": headline})), "headline_cut")
    assert found == ([Violation("headline", "headline_cut", headline)] if cut else [])


def test_a_concern_worded_as_the_criterions_praise_is_caught(told: Review) -> None:
    from roundtable.catalog.loader import get_competency

    praise = get_competency("have-backbone").criteria[1].description
    text = f"My worry: {praise}"
    data = told.model_dump()
    data["signals"][1]["concern"] = text
    assert _of(check_review(Review.model_validate(data)), "concern_as_praise") == [
        Violation("signals[1].concern", "concern_as_praise", text)]


def test_a_real_follow_up_set_passes(told: Review, alone: Review) -> None:
    for review in (told, alone):
        assert check_review(review) == []
        question = FollowUp(panelist=review.panel[0].id,
                            question="What would you do differently if it happened again?")
        assert check_review(review.model_copy(update={"follow_ups": [question]})) == []
    quote = Quote(quote="x", start=0, end=1)
    assert quote.use is None  # a plain quote is never checked as a credit


def test_a_score_is_checked_by_criterion_id_when_the_rubric_leaves_the_criterion_out(
        told: Review) -> None:
    """A stored review whose rubric scores leave out a criterion its panelists scored (a
    catalog changed since) is still checked: the panelists' scores hold under the id."""
    data = told.model_dump()
    data["scores"]["criteria"] = [c for c in data["scores"]["criteria"]
                                  if c["id"] != "relationship"]
    speaker = data["rounds"][0]["turns"][0]["speaker"]
    mine = next(p for p in data["scores"]["panelists"] if p["panelist"] == speaker)
    held = {mine["criteria"]["relationship"]} | (
        {mine["opening"]["criteria"]["relationship"]} if mine["opening"] else set())
    for score in range(1, 6):
        data["rounds"][0]["turns"][0]["text"] = f"That puts relationship at {score} of 5."
        found = _of(check_review(Review.model_validate(data)), "score_not_held")
        assert found == ([] if score in held else [
            Violation("rounds[0].turns[0]", "score_not_held",
                      f"That puts relationship at {score} of 5")]), score


# The candidate caught a fault that was the supplier's; nothing went wrong by their hand.
CAUGHT = (
    "Last autumn three of our delivery vans threw the same brake warning in a week. I read the "
    "defect sheets for the whole fleet, saw all three had pads from one batch, and had the "
    "other nine vans with that batch checked the same day. The supplier replaced the batch."
)
OWNED = (
    "Last autumn I signed off a van after a brake check I had rushed, and it came back the "
    "next day with the same warning. It was my mistake: I had skipped the pad measurement. I "
    "told my manager that morning and I now measure every pad before I sign."
)


def test_asking_for_their_part_in_a_miss_needs_a_miss_of_theirs() -> None:
    question = "What was your own part in what went wrong, and what do you do differently now?"
    caught = roundtable.review(CAUGHT, competency="ownership")
    owned = roundtable.review(OWNED, competency="ownership")
    assert Violation("follow_ups[0]", "no_miss_of_theirs", question) in check_review(
        rewrite(caught, "follow_ups[0]", question))
    assert not _of(check_review(rewrite(owned, "follow_ups[0]", question)),
                   "no_miss_of_theirs")
    # and the product asks it only where the story has one
    for panel in ("product-trio", "engineering-loop", "hiring-manager"):
        asked = roundtable.review(CAUGHT, competency="ownership", panel=panel).follow_ups
        assert not any("what went wrong" in f.question for f in asked), panel


@pytest.mark.parametrize("question", [
    "In one sentence, what did you get wrong?",
    "Which decision of yours, specifically, led to the failure, and what did you know when you "
    "made it?",
])
def test_asking_what_they_got_wrong_needs_a_miss_of_theirs(question: str) -> None:
    # A story whose trouble was someone else's (the supplier's fault the supervisor caught),
    # even reviewed for failure, tells no miss of the candidate's to ask about.
    caught = roundtable.review(CAUGHT, competency="failure")
    assert Violation("follow_ups[0]", "no_miss_of_theirs", question) in check_review(
        rewrite(caught, "follow_ups[0]", question))
    for panel in ("product-trio", "engineering-loop", "hiring-manager"):
        asked = roundtable.review(CAUGHT, competency="failure", panel=panel).follow_ups
        assert not check_review_of(asked), panel


def check_review_of(asked: list[FollowUp]) -> list[str]:
    return [f.question for f in asked if "what did you get wrong" in f.question.lower()
            or "decision of yours" in f.question.lower()]
