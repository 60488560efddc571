"""The measures of issue #9, kept as tests (numbers from `python -m
roundtable.evaluation.deliberation`)."""

from __future__ import annotations

from deliberation_corpus import report


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
    # One 142-word answer has only five sentences the evidence layer reads at all.
    assert report().distinct_quotes_min >= 5


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
