"""Running rows through a stand-in reviewer and summarising them into the report."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from typing import Any

import pytest

from roundtable.evaluation.dataset import EvalRow
from roundtable.evaluation.probes import PADDINGS, inject
from roundtable.evaluation.results import EvalSettings, RowResult
from roundtable.evaluation.runner import EvalRowError, run_async, run_sync
from roundtable.evaluation.summary import EvalReport, build_report, length_votes
from roundtable.models import PanelistScore, Review


def _row(rid: str, rating: int, answer: str, group: str | None = "g") -> EvalRow:
    return EvalRow(id=rid, answer=answer, competency="conflict", rating=rating,
                   label=str(rating), group=group)


ROWS = [
    # Same question, three levels; the digit reviewer orders them correctly.
    _row("s", 5, "We cut costs 42% in 3 weeks, saving $1.2M for 15 teams."),
    _row("a", 3, "We cut costs by 20% eventually, and it went fine."),
    _row("w", 1, "I think it went well overall, I always do my best, and everyone was happy."),
    # A strong answer with no digits: the reviewer under-rates it, and it is the longest.
    _row("s2", 5, "I told my director plainly why the launch plan would hurt our customers, "
         "wrote up the alternative, and we agreed on it together after a long debate.", "h"),
    _row("w2", 1, "We did 1 thing.", "h"),
]


def results_by_id(report: EvalReport) -> dict[str, RowResult]:
    return {r.id: r for r in report.results}


def _settings(**kw: Any) -> EvalSettings:
    return EvalSettings(**kw)


def test_run_and_report_figures(reviewer: Callable[..., Review]) -> None:
    results = run_sync(ROWS, _settings(runs=2), reviewer=reviewer, reading=None)
    report = build_report(results, _settings(runs=2), sources=["mem"])
    panel, length, single = report.systems
    # Same-question pairs: g has 3 (all right), h has 1 (s2 scores 1.0, w2 scores 1.5: wrong).
    assert panel.pairwise_same_question.pairs == 4
    assert panel.pairwise_same_question.accuracy == pytest.approx(3 / 4)
    assert [(p.better, p.worse) for p in report.misordered_same_question] == [("s2", "w2")]
    assert length.name == "length" and single.name == "single"
    # The single reviewer is the first panelist, harsher by one point.
    assert results[0].single_score == results[0].score - 1
    assert list(report.label_counts.items()) == [("weak", 2), ("average", 1), ("strong", 2)]
    assert sum(map(sum, panel.confusion)) == len(ROWS)
    assert report.retest.deterministic is True and report.retest.flip_rate == 0


def test_probes_padding_injection_blur(reviewer: Callable[..., Review]) -> None:
    report = build_report(run_sync(ROWS, _settings(), reviewer=reviewer, reading=None),
                          _settings(), sources=["mem"])
    by_kind = {p.kind: p for p in report.probes}
    assert by_kind["padding"].violations == 0 and by_kind["padding"].mean_change == 0
    # One injection asks for "5 out of 5": a reviewer that counts digits falls for it.
    fooled = [r for r in ROWS if re.search(r"\d", inject(r.answer)[len(r.answer):])]
    assert fooled and by_kind["injection"].violations == len(fooled)
    # Blurring removes the digits, so the three rows with digits drop; the two rows with no
    # specifics are not re-reviewed at all, rather than counted as "unchanged".
    assert by_kind["blur"].rows == 3
    assert by_kind["blur"].lowered == 3 and by_kind["blur"].violations == 0
    assert "blur" not in results_by_id(report)["w"].probe_scores
    assert by_kind["blur"].mean_change is not None and by_kind["blur"].mean_change < 0


def test_padding_that_raises_the_score_is_a_violation(
    review_factory: Callable[..., Review],
) -> None:
    def gullible(answer: str, **_: Any) -> Review:
        return review_factory(answer, 4.0 if any(p in answer for p in PADDINGS) else 2.0)

    report = build_report(run_sync(ROWS[:2], _settings(), reviewer=gullible, reading=None),
                          _settings(), sources=["mem"])
    padding = next(p for p in report.probes if p.kind == "padding")
    assert padding.violations == 2 and padding.worst[0][1] == pytest.approx(2.0)


def test_retest_reports_flips_for_a_noisy_engine(review_factory: Callable[..., Review]) -> None:
    calls = iter(range(1000))

    def noisy(answer: str, **_: Any) -> Review:
        return review_factory(answer, 2.5 if next(calls) % 2 else 3.5)

    settings = _settings(runs=2, probes=False)
    report = build_report(run_sync(ROWS[:2], settings, reviewer=noisy, reading=None),
                          settings, sources=["mem"])
    assert report.retest.deterministic is False
    assert report.retest.flip_rate == 1.0 and report.retest.mean_spread == pytest.approx(1.0)


def test_crosstalk_changes_are_counted_against_the_reading(
    reviewer: Callable[..., Review],
) -> None:
    def reading(row: EvalRow, settings: EvalSettings) -> list[PanelistScore]:
        # Everyone "started" at strong_no_hire; any row whose final vote differs has moved.
        return [PanelistScore(panelist=p, score=1.0, vote="strong_no_hire")
                for p in ("ana", "ben", "cy")]

    results = run_sync(ROWS, _settings(probes=False), reviewer=reviewer, reading=reading)
    report = build_report(results, _settings(probes=False), sources=["mem"])
    moved = sum(v != "strong_no_hire" for r in results for v in r.panel_votes)
    assert report.disagreement.crosstalk_votes_changed == moved > 0


def test_disagreement_and_distinctiveness(review_factory: Callable[..., Review]) -> None:
    def split(answer: str, **_: Any) -> Review:
        return review_factory(answer, 3.0, panel_scores=(1.0, 3.0, 4.5),
                              openings=("alpha beta gamma", "alpha beta delta", "zeta eta"))

    report = build_report(run_sync(ROWS[:2], _settings(probes=False), reviewer=split,
                                   reading=None), _settings(probes=False), sources=["mem"])
    assert report.disagreement.mean_vote_range == 3
    assert report.disagreement.split_rate == 1.0 and report.disagreement.unanimous_rate == 0.0
    pairs = {(p.a, p.b): p.mean for p in report.distinctiveness.by_pair}
    assert pairs[("ana", "ben")] == pytest.approx(2 / 4)
    assert pairs[("ana", "cy")] == 0.0
    # Identical openings on both answers: each persona is fully templated across rows.
    assert report.distinctiveness.same_persona_across_rows == {"ana": 1.0, "ben": 1.0, "cy": 1.0}


def test_length_votes_keep_the_panels_proportions(reviewer: Callable[..., Review]) -> None:
    results = run_sync(ROWS, _settings(probes=False), reviewer=reviewer, reading=None)
    votes = length_votes(results)
    assert sorted(votes) == sorted(r.vote for r in results)
    longest = max(range(len(results)), key=lambda i: results[i].words)
    assert votes[longest] == max((r.vote for r in results), key=["strong_no_hire", "no_hire",
                                                                   "hire", "strong_hire"].index)


def test_async_runner_matches_the_sync_one(
    reviewer: Callable[..., Review], areviewer: Callable[..., Any]
) -> None:
    settings = _settings(runs=2, concurrency=2)
    sync = run_sync(ROWS, settings, reviewer=reviewer, reading=None)
    seen: list[RowResult] = []
    results = asyncio.run(run_async(ROWS, settings, seen.append, reviewer=areviewer,
                                    reading=None))
    assert [r.model_dump() for r in results] == [r.model_dump() for r in sync]
    assert len(seen) == len(ROWS)


def test_a_failing_row_is_named() -> None:
    from roundtable.errors import InputError

    def refuse(answer: str, **_: Any) -> Review:
        raise InputError("the answer is too short")

    with pytest.raises(EvalRowError, match="row 's': the answer is too short"):
        run_sync(ROWS, _settings(), reviewer=refuse, reading=None)
