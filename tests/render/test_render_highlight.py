"""The answer is cut into segments whose highlighted runs are exactly the cited text."""

from __future__ import annotations

from render_samples import ANSWER, PM, build_review, covered_runs, q

from roundtable.models import Quote, Review, Round, Turn
from roundtable.render.highlight import cited_title, locate, segments


def test_segments_rebuild_the_answer_exactly(review: Review) -> None:
    parts = segments(review)
    assert "".join(p.text for p in parts) == review.answer
    assert all(review.answer[p.start : p.end] == p.text for p in parts)


def test_highlights_are_the_maximal_cited_runs(review: Review) -> None:
    cited = [(p.start, p.end) for p in segments(review) if p.cited_by]
    assert cited == covered_runs(review)


def test_overlapping_citations_merge_and_keep_every_citer(review: Review) -> None:
    grounds = next(p for p in segments(review) if "38% of tickets" in p.text)
    # Priya quoted the whole sentence and, later, "38% of tickets" inside it; the rubric's
    # Grounds criterion quoted another part of it: one highlight, both citers, no duplicates.
    assert grounds.text.startswith("our support data showed")
    assert grounds.cited_by == ("Priya Raman", "Grounds for disagreeing (rubric)")
    assert cited_title(grounds) == "Cited by Priya Raman and Grounds for disagreeing (rubric)"


def test_a_quote_with_drifted_offsets_is_found_by_its_text() -> None:
    drifted = Quote(quote="I asked for a 1:1 with my director", start=0, end=34)
    at = ANSWER.index(drifted.quote)
    assert at > 0
    assert locate(ANSWER, drifted) == (at, at + 34)


def test_a_quote_that_is_not_in_the_answer_is_not_highlighted() -> None:
    foreign = Quote(quote="we tripled revenue", start=5, end=23)
    review = build_review(rounds=[Round(kind="opening", turns=[
        Turn(speaker=PM, text="A claim.", evidence=[foreign, q(ANSWER, "I committed fully")]),
    ])])
    cited = [p.text for p in segments(review) if "Priya Raman" in p.cited_by]
    assert cited == ["I committed fully"]
