"""The measures of issue #9, kept as tests (numbers from `python -m
roundtable.evaluation.deliberation`)."""

from __future__ import annotations

import re
from collections import Counter

from deliberation_corpus import dev_reviews, report

from roundtable.evaluation.deliberation import quote_counts
from roundtable.evidence.analysis import analyze

_BREAK = re.compile(r"[,;:—–]\s+|\s+-\s+")
_JOINER = re.compile(r"(?:and|so|but|or|then|plus)\s+", re.IGNORECASE)
_DANGLING = re.compile(r"(?:[,;:]\s+(?:so|then)|[,;:]?\s+(?:and|but|or|plus|because))$",
                       re.IGNORECASE)


def test_corpus_is_large_enough() -> None:
    assert report().reviews >= 24


def test_few_sentences_are_templates() -> None:
    assert report().template_share <= 0.15


def test_cross_talk_pushes_back() -> None:
    assert report().pushback_share >= 0.20


def test_votes_move_for_a_stated_reason() -> None:
    assert report().moved_share >= 0.20
    assert report().moved_with_reason


def test_votes_move_in_a_fifth_of_reviews() -> None:
    # Measured 0.222 (10 of 45): beside lines a lens skimmed and red flags it missed, an
    # ownership lens reads a "we" line as the team's and an outcome with nobody's hand in it
    # as backdrop, and a strict lens a hedged line as vague, until a colleague shows where the
    # answer settles the reading (their own part told elsewhere; exact facts elsewhere).
    assert report().moved_share >= 0.20


def test_quotes_are_varied_and_never_repeated_more_than_twice() -> None:
    assert report().max_quote_repeats <= 2
    assert report().distinct_quotes_median >= 6
    assert report().distinct_quotes_min >= 6


def test_every_long_dev_answer_gets_six_distinct_quotes() -> None:
    # Over every dev answer of 120 words or more, by each panel: a line whose clauses carry
    # evidence for two criteria is quoted at each, a line that only sets a criterion's scene
    # is quoted as context, and a closing brings a line nobody has quoted while the review is
    # short of six. Measured: 162 reviews, at least 6 each (cf-01-average, hs-02-average and
    # ld-01-average were at 4-5).
    long = [r for r in dev_reviews() if len(r.answer.split()) >= 120]
    assert len(long) >= 24
    short = {(r.answer[:30], r.panel[0].id): len(quote_counts(r)) for r in long
             if len(quote_counts(r)) < 6}
    assert not short
    assert report().long_dev_reviews == len(long)
    assert report().long_dev_distinct_quotes_min >= 6


def test_no_words_of_the_answer_are_quoted_more_than_twice() -> None:
    for review in dev_reviews():
        shown = Counter(at for r in review.rounds for t in r.turns for q in t.evidence
                        for at in range(q.start, q.end))
        assert max(shown.values(), default=0) <= 2, review.answer[:40]


def test_quotes_start_and_end_at_clause_boundaries() -> None:
    # A quote runs from a clause's start (its joining word left out) to a clause's end: the
    # sentence's, one the clause reader read, or the answer's punctuation between clauses.
    for review in dev_reviews():
        analysis = analyze(review.answer)
        answer = review.answer
        starts = {c.span.start for c in analysis.clauses} | {s.span.start for s in
                                                              analysis.sentences}
        starts |= {m.end() for m in _BREAK.finditer(answer)}
        starts |= {s + m.end() - m.start() for s in list(starts)
                   if (m := _JOINER.match(answer, s)) is not None}
        ends = {c.span.end for c in analysis.clauses} | {s.span.end for s in analysis.sentences}
        ends |= {m.start() for m in _BREAK.finditer(answer)}
        for quote in (q for r in review.rounds for t in r.turns for q in t.evidence):
            assert quote.start in starts, quote.quote
            assert quote.end in ends or answer[quote.end:quote.end + 1].isspace() and (
                quote.end + 1 in ends), quote.quote
            assert not _DANGLING.search(quote.quote), quote.quote


def test_personas_can_be_told_apart() -> None:
    assert report().speaker_accuracy >= 0.70


def test_deliberation_beats_one_panelist_and_the_openings() -> None:
    measures = report()
    assert measures.final.qwk is not None and measures.openings.qwk is not None
    assert measures.final.qwk > measures.openings.qwk
    assert measures.final.pairwise is not None and measures.one_panelist.pairwise is not None
    assert measures.final.pairwise > measures.one_panelist.pairwise


def test_final_votes_agree_with_labels_better_than_one_panelist() -> None:
    # Final 0.762 against one panelist's 0.688: strictness acts on the evidence, not as an
    # offset on the score, and every vote is read off the score as shown.
    measures = report()
    assert measures.final.qwk is not None and measures.one_panelist.qwk is not None
    assert measures.final.qwk > measures.one_panelist.qwk


def test_final_scores_rank_answers_better_than_a_single_judge() -> None:
    measures = report()
    assert measures.final.pairwise is not None and measures.judge.pairwise is not None
    assert measures.final.pairwise > measures.judge.pairwise


def test_final_votes_agree_with_labels_at_least_as_well_as_a_single_judge() -> None:
    measures = report()
    assert measures.final.qwk is not None and measures.judge.qwk is not None
    assert measures.final.qwk >= measures.judge.qwk


def test_final_votes_agree_with_labels_better_than_a_single_judge() -> None:
    # Final 0.8039 against the judge's 0.7977 (pairwise 0.9809 against 0.9797). The panel
    # reaches the rubric's reading of every line in the cross-talk, so the final votes part
    # from the judge's only where the lenses weigh criteria differently. A lens weighs a
    # criterion by what there is to read on it (`scoring.panel.weight_at`): before, a lens
    # keen on a criterion the answer gives nothing for pulled a strong answer under a vote
    # line on that gap alone (ld-02-strong on the engineering loop, 3.0 plain, 2.84-2.90
    # through the lenses). The final and the judge now part on seven dev reviews, the final
    # nearer the label in five.
    measures = report()
    assert measures.final.qwk is not None and measures.judge.qwk is not None
    assert measures.final.qwk > measures.judge.qwk
