"""The claim checker's newer rules, each attacked: a false sentence of the kind a human audit
found in real reviews is written into a true review, and the checker must name it by its rule.
Where the same words are true, they must pass, so a rule that flags everything fails too.
"""

from __future__ import annotations

import re

import pytest
from story_answers import TOLD, rewrite

import roundtable
from roundtable.catalog.loader import get_competency
from roundtable.models import Review
from roundtable.synthesis.claims import Violation, check_review

DISAGREED = ("I disagreed because our churn data showed customers dropping off in weeks three "
             "to five.")
ONE_ON_ONE = ("I asked her for a 1:1 and showed her the cohort numbers, and she agreed to keep "
              "four weeks.")
LATER = "She later asked me to lead the next pilot."
LAUNCHED = "We launched on time and churn in the pilot cohort dropped 12%."
SCENE = "Last spring my manager wanted to cut the pilot from six weeks to two."




def _rules(review: Review, where: str | None = None) -> set[str]:
    return {v.rule for v in check_review(review) if where is None or v.where == where}


def test_the_true_reviews_pass(told: Review, alone: Review) -> None:
    assert check_review(told) == [] and check_review(alone) == []


# --- credit without support ------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "caught"), [
    # The scene (a manager's plan, a date) is no evidence of how the objection was raised.
    (f"There is also “{SCENE}”, which puts how it was raised at 5 of 5.", True),
    # A later request from her shows the relationship, not the candidate's grounds.
    (f"There is also “{LATER}”, which puts grounds for disagreeing at 4 of 5.", True),
    # The 1:1 is exactly how it was raised.
    (f"There is also “{ONE_ON_ONE}”, which puts how it was raised at 4 of 5.", False),
    # A low score claims nothing the line must carry.
    (f"There is also “{LATER}”, which puts grounds for disagreeing at 2 of 5.", False),
    # A word quoted in brackets names what weakens a line: it is no credit claimed.
    ("I read the line about the pilot differently: it is vague (“later”), not told as plain "
     "fact, so I keep how it was raised at 4 of 5.", False),
    ("“later” keeps how it was raised at 4 of 5.", True),
])
def test_a_score_of_four_or_five_must_cite_a_line_that_evidences_it(
        told: Review, sentence: str, caught: bool) -> None:
    found = _rules(rewrite(told, "rounds[0].turns[0]", sentence), "rounds[0].turns[0]")
    assert ("score_without_support" in found) is caught


def test_a_score_without_support_is_caught_after_a_sentence_that_quotes_nothing(
        told: Review) -> None:
    """A turn that opens on a sentence of its own before the false credit is still read to
    its end."""
    sentence = (f"I read the whole answer twice. There is also “{SCENE}”, which puts how it was "
                f"raised at 5 of 5.")
    found = _rules(rewrite(told, "rounds[0].turns[0]", sentence), "rounds[0].turns[0]")
    assert "score_without_support" in found


def test_a_reason_to_hire_must_quote_a_line_that_evidences_its_criterion(told: Review) -> None:
    reason = f"Relationship afterwards (5/5): “{DISAGREED}”, which speaks to the customer side."
    assert "score_without_support" in _rules(rewrite(told, "signals[0].reason_to_hire", reason))
    reason = f"Relationship afterwards (4/5): “{LATER}”, which speaks to the customer side."
    assert "score_without_support" not in _rules(rewrite(told, "signals[0].reason_to_hire",
                                                       reason))


def test_a_red_flag_quoted_beside_a_score_is_not_taken_for_its_credit() -> None:
    answer = ("I led the billing migration last year. Honestly, I can't think of a mistake I made "
              "on it. We moved 40,000 accounts in six weeks and cut invoice errors by half.")
    review = roundtable.review(answer, competency="failure")
    flag = "Honestly, I can't think of a mistake I made on it."
    text = (f"Elena, that misses “{flag}” It denies any failure, and that is why I have owning "
            f"the failure at 1 of 5.")
    assert "score_without_support" not in _rules(rewrite(review, "rounds[1].turns[0]", text))
    # Nor is a high score beside it: the flag is cited against the criterion, never for it.
    text = f"I have owning the failure at 4 of 5, though I have to flag “{flag}”"
    assert "score_without_support" not in _rules(rewrite(review, "rounds[1].turns[0]", text))
    # A quote closing its own sentence is cited by that sentence, not by the next one's score.
    moved = "We moved 40,000 accounts in six weeks and cut invoice errors by half."
    text = f"Elena, I read “{moved}” It leaves owning the failure at 4 of 5 for me."
    assert "score_without_support" not in _rules(rewrite(review, "rounds[1].turns[0]", text))
    assert "score_without_support" in _rules(rewrite(
        review, "rounds[1].turns[0]", text.replace("” It leaves", "”, which leaves")))


def test_credit_from_someone_elses_clause_is_caught(told: Review) -> None:
    """Her asking is true of the relationship, not of how the candidate raised it."""
    sentence = f"There is also “{LATER}”, which puts how it was raised at 5 of 5."
    assert "score_without_support" in _rules(rewrite(told, "rounds[0].turns[0]", sentence))


@pytest.mark.parametrize(("line", "says", "caught"), [
    (LATER, "they drew a lesson from it", True),
    (SCENE, "the result is measured", True),
    (LAUNCHED, "the result is measured", False),
    (LATER, "the working relationship outlasted it", False),
])
def test_what_a_quote_is_said_to_show_must_be_in_it(told: Review, line: str, says: str,
                                                    caught: bool) -> None:
    after = f"There is also “{line}”, where {says}."
    before = f"What decides it for me is that {says}: “{line}”"
    for text in (after, before):
        found = _rules(rewrite(told, "rounds[2].turns[0]", text))
        assert ("shows_not_in_line" in found) is caught, text


# --- premises --------------------------------------------------------------------------------

def test_asking_for_what_the_quoted_line_already_tells_is_caught(told: Review) -> None:
    """Grounds are at 5 of 5 on the churn data: asking for the evidence again presumes it
    was not given."""
    data = told.model_dump()
    data["follow_ups"][0]["criterion"] = "grounds"
    question = (f"On the customer side: when you said “{DISAGREED}”, what evidence did you have "
                f"that the decision was wrong, and how strong was it?")
    data["follow_ups"][0]["question"] = question
    assert "asks_for_told" in _rules(Review.model_validate(data))
    # The same question on a criterion the answer leaves open is a fair one.
    data["follow_ups"][0]["criterion"] = "escalation"
    data["follow_ups"][0]["question"] = (
        "On the customer side: when the first conversation did not settle it, what did you do "
        "next, and who knew about it?")
    assert "asks_for_told" not in _rules(Review.model_validate(data))


@pytest.mark.parametrize(("question", "caught"), [
    ("What did he say when you showed him the checklist?", True),
    ("What did she say when you showed her the checklist?", True),
    ("Who else saw the checklist before you rolled it out?", False),
])
def test_him_or_her_in_a_story_with_no_such_person_is_caught(
        alone: Review, question: str, caught: bool) -> None:
    found = _rules(rewrite(alone, "follow_ups[0]", question))
    assert bool(found & {"no_he_in_story", "no_she_in_story"}) is caught


def test_her_is_no_false_premise_where_the_story_has_a_she(told: Review) -> None:
    question = "What did she say when you showed her the cohort numbers?"
    assert not _rules(rewrite(told, "follow_ups[0]", question)) & {"no_she_in_story"}


# --- broken wording --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "rule"), [
    ("the panel lands on Hire, carried by the grounds.", "starts_lower_case"),
    ("The panel lands on Hire. carried by the grounds, held back by escalation.",
     "starts_lower_case"),
    ("The panel lands on on Hire, carried by the grounds.", "doubled_word"),
    ("The panel lands on Hire, carried by “the grounds.", "unbalanced_quotes"),
    ("The panel lands on Hire (carried by the grounds.", "unbalanced_quotes"),
    ("The panel lands on Hire,\ncarried by the grounds.", "raw_newline"),
    ("The panel lands on Hire, carried by the grounds and the.", "dangling_fragment"),
    ("Like Daniel, i also hold the blame against it.", "lower_case_i"),
    ("Like Daniel, i'm at No Hire.", "lower_case_i"),
])
def test_broken_wording_is_caught(told: Review, text: str, rule: str) -> None:
    assert rule in _rules(rewrite(told, "consensus.summary", text))


def test_a_lower_case_i_inside_the_candidates_quote_is_theirs(told: Review) -> None:
    text = "Their words: “and then i called her”, as they wrote it; i.e. a call."
    assert "lower_case_i" not in _rules(rewrite(told, "consensus.summary", text))


def test_a_repeated_word_inside_the_candidates_quote_is_theirs(told: Review) -> None:
    answer = TOLD.replace("I disagreed because", "I disagreed because because")
    review = roundtable.review(answer, competency="have-backbone")
    text = "Their words: “I disagreed because because our churn data showed customers”."
    assert "doubled_word" not in _rules(rewrite(review, "consensus.summary", text))


def test_a_word_the_answer_itself_says_twice_is_its_english(told: Review) -> None:
    """"drivers signed on on time" quoted unmarked in a headline is the answer's own phrase; the
    same two words the answer never says together are still broken."""
    answer = TOLD.replace("I disagreed because", "The drivers signed on on time. I disagreed "
                          "because")
    review = roundtable.review(answer, competency="have-backbone")
    said = "How the candidate saw that drivers signed on on time"
    assert "doubled_word" not in _rules(rewrite(review, "headline", said))
    assert "doubled_word" in _rules(rewrite(review, "headline", "How the candidate went on on"))


@pytest.mark.parametrize(("headline", "caught"), [
    ("How the candidate gave him ownership of the refund redesign", True),
    ("How a Product Manager asked her for a 1:1", True),
    ("How the candidate asked Dana for a 1:1 and showed her the numbers", False),
    ("How the candidate asked their manager for a 1:1 and showed her the numbers", False),
])
def test_a_headline_pronoun_needs_someone_in_the_headline(
        told: Review, headline: str, caught: bool) -> None:
    """A pronoun naming nobody the headline names is caught, and reported against the
    headline."""
    assert ("headline_pronoun" in _rules(rewrite(told, "headline", headline), "headline")) is (
        caught)


def test_a_headline_ending_on_an_adverb_is_cut(told: Review) -> None:
    headline = "How the candidate made sure to point out in the postmortem exactly"
    assert "headline_cut" in _rules(rewrite(told, "headline", headline))


# --- concerns, closings, comparisons, repeats -----------------------------------------------

def test_a_concern_at_five_of_five_is_caught(told: Review) -> None:
    concern = f"Grounds for disagreeing (5/5): “{DISAGREED}” is as far as it goes."
    assert "concern_at_top" in _rules(rewrite(told, "signals[0].concern", concern))
    turn = "My concern is grounds for disagreeing, at 5 of 5, where I would want more data."
    assert "concern_at_top" in _rules(rewrite(told, "rounds[0].turns[0]", turn))


def test_a_concern_worded_as_the_top_anchor_is_caught(told: Review) -> None:
    top = next(c for c in get_competency("have-backbone").criteria
               if c.id == "relationship").anchors.five
    praise = f"Relationship afterwards (1/5): no evidence; {top[0].lower()}{top[1:]}"
    assert "concern_as_praise" in _rules(rewrite(told, "signals[0].concern", praise))
    wanted = f"Relationship afterwards (1/5): no evidence (top anchor: {top})"
    assert "concern_as_praise" not in _rules(rewrite(told, "signals[0].concern", wanted))


def test_a_closing_vote_or_score_that_is_not_the_final_one_is_caught(told: Review) -> None:
    final = next(p for p in told.scores.panelists if p.panelist == told.rounds[2].turns[0].speaker)
    wrong = "No Hire" if final.vote != "no_hire" else "Hire"
    text = f"So I'm at {wrong}, {final.score:.1f} overall."
    assert "closing_not_final" in _rules(rewrite(told, "rounds[2].turns[0]", text))
    label = {"strong_hire": "Strong Hire", "hire": "Hire", "no_hire": "No Hire",
             "strong_no_hire": "Strong No Hire"}[final.vote]
    off = f"So I'm at {label}, {final.score - 0.4:.1f} overall."
    assert "closing_not_final" in _rules(rewrite(told, "rounds[2].turns[0]", off))
    right = f"So I'm at {label}, {final.score:.1f} overall."
    assert "closing_not_final" not in _rules(rewrite(told, "rounds[2].turns[0]", right))


def test_a_summary_giving_someone_a_vote_they_did_not_end_on_is_caught(told: Review) -> None:
    # The final votes are told as "Final votes: Priya, Daniel and Elena at Strong Hire; …"
    # (or per panelist where they differ); the story's panel ends on Strong Hire.
    summary = told.consensus.summary.replace(" at Strong Hire;", " at No Hire;", 1)
    assert summary != told.consensus.summary
    assert "summary_vote_not_final" in _rules(rewrite(told, "consensus.summary", summary))


@pytest.mark.parametrize(("votes", "caught"), [
    # The same tally written as one list closed by ", and": each name in it is checked, the
    # one before the "and" too.
    ("Priya at Strong Hire, Daniel at Hire, and Elena at Hire", False),
    ("Priya at Strong Hire, Daniel at No Hire, and Elena at Hire", True),
    # A part naming no vote ("a split panel") leaves the votes after it checked.
    ("a split panel, Priya at Strong Hire, Daniel at No Hire, and Elena at Hire", True),
])
def test_final_votes_listed_with_a_closing_and_are_each_checked(
        told: Review, votes: str, caught: bool) -> None:
    summary = re.sub(r"Final votes: [^;]+;[^;]+;", f"Final votes: {votes};",
                     told.consensus.summary)
    assert f"Final votes: {votes};" in summary
    found = _rules(rewrite(told, "consensus.summary", summary))
    assert ("summary_vote_not_final" in found) is caught


def test_a_comparison_the_scores_do_not_hold_is_caught(told: Review) -> None:
    speaker = told.rounds[1].turns[0].speaker
    me = next(p for p in told.scores.panelists if p.panelist == speaker)
    other = next(p for p in told.scores.panelists if p.panelist != speaker)
    name = next(p.name.split()[0] for p in told.panel if p.id == other.panelist)
    same = next(cid for cid, s in me.criteria.items() if other.criteria[cid] == s
                and me.opening is not None and me.opening.criteria[cid] == s
                and other.opening is not None and other.opening.criteria[cid] == s)
    title = next(c.name for c in told.scores.criteria if c.id == same).lower()
    text = f"{name}, you read {title} higher than I do, and I hold my line."
    assert "comparison_not_held" in _rules(rewrite(told, "rounds[1].turns[0]", text))


def test_the_same_follow_up_in_other_words_is_caught(told: Review) -> None:
    data = told.model_dump()
    data["follow_ups"][1]["question"] = "On the ownership side: how do you know it held up?"
    data["follow_ups"][2]["question"] = (f"On the relationship side: when you said “{LATER}”, "
                                         f"how do you know it held up?")
    assert Violation("follow_ups", "question_repeated", "how do you know it held up?") in \
        check_review(Review.model_validate(data))


def test_a_sentence_said_twice_in_one_turn_is_caught(told: Review) -> None:
    text = ("Elena moved me on relationship afterwards with the line they quoted; that was a "
            "point. Elena moved me on relationship afterwards with the line they quoted; I now "
            "have it at 4 of 5.")
    assert "sentence_echoed" in _rules(rewrite(told, "rounds[2].turns[0]", text))


def test_credit_from_a_line_about_what_others_did_is_caught() -> None:
    """The scene of a standards story ("people would approve PRs without really looking") is
    what others did; it shows no bar of the candidate's."""
    answer = ("When I joined my current team as a senior engineer, the code review culture was "
              "pretty relaxed, people would approve PRs without really looking at them. So I "
              "started leaving more detailed reviews and put together a short code review "
              "guideline with things like test coverage expectations. Over the next quarter "
              "escaped bugs fell from nine a month to three.")
    review = roundtable.review(answer, competency="insist-on-the-highest-standards")
    assert check_review(review) == []
    scene = "the code review culture was pretty relaxed, people would approve PRs without really"
    own = "put together a short code review guideline with things like test coverage"
    for line, caught in ((scene, True), (own, False)):
        text = f"There is also “{line}”, which puts a concrete bar at 4 of 5."
        found = _rules(rewrite(review, "rounds[0].turns[0]", text))
        assert ("score_without_support" in found) is caught, line


@pytest.mark.parametrize(("question", "caught"), [
    ("What did Marco say when you showed him the checklist?", True),
    ("When Priya reads this, what would she ask about the dry run?", False),  # a panelist
    ("What did the staging checks show before the releases went out?", False),
])
def test_a_name_the_story_does_not_have_is_caught(alone: Review, question: str,
                                                  caught: bool) -> None:
    assert ("name_not_in_story" in _rules(rewrite(alone, "follow_ups[0]", question))) is caught


def test_can_not_credit_beside_a_score_above_the_floor_is_caught(told: Review) -> None:
    text = "My concern is escalation and influence, which I can't credit on what I read, 3 of 5."
    assert "absent_but_scored" in _rules(rewrite(told, "rounds[0].turns[0]", text))
    text = "My concern is escalation and influence, which I can't credit on what I read, 1 of 5."
    assert "absent_but_scored" not in _rules(rewrite(told, "rounds[0].turns[0]", text))


def test_credit_from_someone_elses_praise_is_caught() -> None:
    """A manager's praise is her word about the candidate, not trust that grew."""
    answer = ("We had a new product owner, Jenna, who didn't trust our estimates. I set up a "
              "weekly review with her and walked her through each estimate against actuals. "
              "My manager said that I had shown real courage, and that the team's trust is the "
              "most important thing. After two months Jenna dropped the daily status requests.")
    review = roundtable.review(answer, competency="earn-trust")
    assert check_review(review) == []
    praise = "My manager said that I had shown real courage, and that the team's trust is the"
    text = f"There is also “{praise}”, which puts evidence that trust grew at 4 of 5."
    assert "score_without_support" in _rules(rewrite(review, "rounds[0].turns[0]", text))


def test_a_hedged_step_of_the_candidates_own_beside_hearsay_is_still_theirs() -> None:
    # Her words are hearsay, but the candidate's own step beside them, hedged as it is, shows
    # how the objection was raised.
    line = ("She said the pilot was already decided, but I think I pushed back on the dates in a "
            "1:1 with her.")
    answer = TOLD.replace(ONE_ON_ONE, f"{line} She agreed to keep four weeks.")
    review = roundtable.review(answer, competency="have-backbone")
    text = f"There is also “{line}”, which puts how it was raised at 4 of 5."
    found = _rules(rewrite(review, "rounds[0].turns[0]", text), "rounds[0].turns[0]")
    assert "score_without_support" not in found
    # It still gives no grounds for disagreeing: the check is not waved through.
    text = f"There is also “{line}”, which puts grounds for disagreeing at 4 of 5."
    assert "score_without_support" in _rules(rewrite(review, "rounds[0].turns[0]", text))


@pytest.mark.parametrize("line", [
    "Apparently I told her directly that the churn data did not support two weeks.",
    "I was told I raised it with her privately, in a 1:1 before the planning meeting.",
    "From what I heard, I pushed back on the dates in a 1:1 with her.",
    "My manager's boss told me later that I'd raised it well in the one-on-one with her.",
])
def test_credit_from_hearsay_about_the_candidates_own_step_is_caught(line: str) -> None:
    """What someone else says the candidate did ("apparently I told her directly", "I was told
    I raised it privately") is their word, not how the candidate raised it."""
    answer = TOLD.replace(ONE_ON_ONE, f"{line} She agreed to keep four weeks.")
    review = roundtable.review(answer, competency="have-backbone")
    assert check_review(review) == []
    text = f"There is also “{line}”, which puts how it was raised at 4 of 5."
    assert "score_without_support" in _rules(rewrite(review, "rounds[0].turns[0]", text))
    text = f"There is also “{line}”, where they say how they raised it."
    assert "doing_not_told" in _rules(rewrite(review, "rounds[0].turns[0]", text))
