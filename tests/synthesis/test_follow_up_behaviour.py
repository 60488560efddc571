"""What every follow-up question does, over stories of several kinds, competencies and panels:
it is one question to the candidate, it quotes only the candidate's own words and only the
opening of a line, it checks a line already told well from another side instead of asking for
it again, it asks an answer without a story for one, and no review asks the same thing twice.
"""

from __future__ import annotations

import re

import pytest

import roundtable
from roundtable.catalog.loader import get_competency
from roundtable.models import Review
from roundtable.synthesis.followups import _CHECKS

PANELS = ("product-trio", "engineering-loop", "hiring-manager")

# (competency, answer): stories told with another person and alone, strong and thin, and
# answers that tell no story at all.
ANSWERS = {
    "backbone-told": ("have-backbone", (
        "In March our ops director wanted to move the warehouse launch forward by a month. I "
        "disagreed, because our pick-rate trial showed error rates doubling on the new "
        "scanners. I booked half an hour with her, walked her through the trial numbers and "
        "proposed a two-week pilot on one aisle instead. She agreed to the pilot, errors fell "
        "to the old level within ten days, and we launched two weeks late with no backlog. "
        "She asked me to run the next trial too.")),
    "ownership-alone": ("ownership", (
        "Last year I rebuilt our deployment scripts because releases failed about once a week. "
        "I wrote a checklist, added a dry-run step and tested every script against staging. "
        "Failed releases dropped from four a month to none over the next quarter.")),
    "failure-owned": ("failure", (
        "Two years ago I sent a price update to 3,000 customers with the wrong discount, "
        "because I skipped the second check to make the deadline. That was my mistake. I "
        "called my manager within the hour, sent a correction that afternoon and rang the "
        "twenty largest accounts myself. We lost one account. Since then I never send a "
        "customer mailing without a second pair of eyes.")),
    "conflict-thin": ("conflict", (
        "A colleague and I disagreed about the release date. We talked it over and found a "
        "middle ground.")),
    "imagined": ("have-backbone", (
        "I would talk to my manager first and I would bring data to the meeting. I would "
        "listen to their side and then I would commit to whatever we decided.")),
    "views": ("conflict", (
        "I'm a very organised person and I believe communication is the key to any team. In "
        "my experience most disagreements come from people not listening to each other, and "
        "good teams talk openly and share the data they have.")),
}


@pytest.fixture(scope="module")
def reviews() -> dict[tuple[str, str], Review]:
    return {(name, panel): roundtable.review(answer, competency=competency, panel=panel)
            for name, (competency, answer) in ANSWERS.items() for panel in PANELS}


def _quotes(text: str) -> list[str]:
    return re.findall(r"“([^”]*)”", text)


def test_each_follow_up_is_one_question_to_the_candidate(
        reviews: dict[tuple[str, str], Review]) -> None:
    for review in reviews.values():
        assert review.follow_ups
        for follow_up in review.follow_ups:
            question = follow_up.question
            assert question.endswith("?") and question.count("?") == 1, question
            assert question[0].isupper(), question
            assert "  " not in question and "\n" not in question
            # said to the candidate, never about them ("results the candidate drove")
            unquoted = re.sub(r"“[^”]*”", "", question)
            assert not re.search(r"\bthe candidate\b|\bthey\b|\btheir\b", unquoted), question


def test_a_follow_up_quotes_only_the_opening_of_a_line_of_the_answer(
        reviews: dict[tuple[str, str], Review]) -> None:
    for review in reviews.values():
        flat = " ".join(review.answer.split())
        for follow_up in review.follow_ups:
            for quote in _quotes(follow_up.question):
                shown = quote.removesuffix("…").strip()
                assert shown and shown in flat, (quote, follow_up.question)


def test_no_review_asks_the_same_question_or_the_same_check_twice(
        reviews: dict[tuple[str, str], Review]) -> None:
    for review in reviews.values():
        questions = [f.question for f in review.follow_ups]
        assert len(questions) == len(set(questions))
        checks = [c for q in questions for c in _CHECKS if q.lower().endswith(c)]
        assert len(checks) == len(set(checks)), questions


def test_a_line_already_told_well_is_checked_from_another_side(
        reviews: dict[tuple[str, str], Review]) -> None:
    """A criterion the rubric credits at 4 or 5 is not asked for again: its line is quoted and
    tested with one of the checks."""
    seen = 0
    for review in reviews.values():
        rubric = {c.id: c.score for c in review.scores.criteria}
        for follow_up in review.follow_ups:
            if follow_up.criterion and rubric[follow_up.criterion] >= 4:
                seen += 1
                assert any(follow_up.question.lower().endswith(c) for c in _CHECKS), (
                    follow_up.question)
                assert follow_up.question.startswith("On ")
    assert seen, "no criterion credited at 4 or more: the stories no longer test the rule"


def test_a_gap_is_asked_in_the_criterions_own_words_or_a_safe_rewording(
        reviews: dict[tuple[str, str], Review]) -> None:
    for (name, _), review in reviews.items():
        if name in ("imagined", "views"):
            continue
        criteria = {c.id: c for c in get_competency(review.competency.id).criteria}
        rubric = {c.id: c.score for c in review.scores.criteria}
        for follow_up in review.follow_ups:
            if not follow_up.criterion or rubric[follow_up.criterion] >= 4:
                continue
            # "On <what the panelist looks for>: …", the gap's question after any quote.
            assert re.match(r"On [^:]+: ", follow_up.question), follow_up.question
            asked = follow_up.question.split("”, ", 1)[1] if _quotes(
                follow_up.question) else follow_up.question.split(": ", 1)[1]
            own = criteria[follow_up.criterion].follow_up
            assert asked[1:] == own[1:] or asked.lower().startswith(
                ("how did you know", "had that first", "when you took it further",
                 "if a first conversation", "looking back", "what would you do differently",
                 "can you walk me through", "how do you know that came from")) or any(
                asked.lower() == c for c in _CHECKS), (
                asked, own)


def test_an_answer_without_a_story_is_asked_for_one_by_every_panelist(
        reviews: dict[tuple[str, str], Review]) -> None:
    for name in ("imagined", "views"):
        for panel in PANELS:
            for follow_up in reviews[(name, panel)].follow_ups:
                # Said outright, or after the line it answers ("when you said “I would…”").
                assert ("an you tell me about one time this actually happened: when it was, "
                        "what you did yourself, and ") in follow_up.question, follow_up.question


def test_a_story_with_nobody_else_is_not_asked_how_others_saw_it(
        reviews: dict[tuple[str, str], Review]) -> None:
    for panel in PANELS:
        for follow_up in reviews[("ownership-alone", panel)].follow_ups:
            unquoted = re.sub(r"“[^”]*”", "", follow_up.question)
            assert not unquoted.lower().endswith(_CHECKS[0])
            assert not re.search(r"\b(?:he|she|him|her|they|them|the other person)\b", unquoted,
                                 re.IGNORECASE), follow_up.question


def test_an_outcome_told_is_never_asked_after(reviews: dict[tuple[str, str], Review]) -> None:
    for name in ("backbone-told", "ownership-alone", "failure-owned"):
        for panel in PANELS:
            for follow_up in reviews[(name, panel)].follow_ups:
                unquoted = re.sub(r"“[^”]*”", "", follow_up.question)
                assert not re.search(r"what happened|in the end|how did it (?:end|turn out)",
                                     unquoted, re.IGNORECASE), follow_up.question


def test_a_miss_the_candidate_owned_is_not_asked_for_again(
        reviews: dict[tuple[str, str], Review]) -> None:
    for panel in PANELS:
        for follow_up in reviews[("failure-owned", panel)].follow_ups:
            assert "what did you get wrong" not in follow_up.question.lower()


def test_what_a_users_competency_wants_of_the_candidate_is_asked_of_you() -> None:
    # A competency file a user writes may name "the candidate's" part in what a criterion
    # wants; the question put to the candidate says "your".
    bundled = get_competency("have-backbone")
    criteria = [c.model_copy(update={"wants": "the candidate's own reasons and what they did"})
                for c in bundled.criteria]
    answer = ("I would talk to my manager first and I would bring data to the meeting. I would "
              "listen to their side and then I would commit to whatever we decided.")
    review = roundtable.review(answer, competency=bundled.model_copy(
        update={"criteria": criteria}))
    asked = " ".join(f.question for f in review.follow_ups)
    assert "your own reasons and what you did" in asked, asked
    assert "candidate" not in asked, asked
