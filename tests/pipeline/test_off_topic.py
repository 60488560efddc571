"""The off-topic flag says the answer is about something else only when its words show that."""

from __future__ import annotations

import roundtable

WEAK_CONFLICT = (
    "My colleague Ana and I clashed over code review. She rejected my pull requests with "
    "one-word comments and I felt it was personal. I asked her for coffee and told her how the "
    "comments landed. She said she was swamped and didn't mean it that way. We agreed she'd "
    "leave a line of reasoning on each rejection. It got better."
)
RECIPE = (
    "My favourite recipe is a slow-cooked ragu. You brown the onions for twenty minutes, add "
    "the tomatoes and a splash of red wine, and let it simmer for three hours. Serve it with "
    "fresh pappardelle and a generous amount of parmesan."
)


def _off_topic(answer: str, competency: str) -> list[str]:
    review = roundtable.review(answer, competency=competency)
    return [f.detail for f in review.flags if f.kind == "off_topic"]


def test_a_thin_answer_to_the_right_question_is_not_called_off_topic() -> None:
    assert _off_topic(WEAK_CONFLICT, "conflict") == []


def test_an_answer_that_tells_no_story_and_names_no_subject_is() -> None:
    (detail,) = _off_topic(RECIPE, "dive-deep")
    assert "tells no story" in detail


def test_the_flag_names_the_competency_the_words_fit() -> None:
    answer = (
        "Our customers kept asking for faster delivery. I read every customer complaint from "
        "the quarter and the customer feedback surveys, and the customer experience team "
        "shared their interviews. I put the customer's words in front of the roadmap review."
    )
    (detail,) = _off_topic(answer, "insist-on-the-highest-standards")
    assert "fit 'Customer Obsession' better" in detail
