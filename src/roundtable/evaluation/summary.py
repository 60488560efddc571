"""From per-row results to the report: the engine and two baselines scored the same way.

The three systems are the panel (verdict score and vote), the length baseline (answer length
in words as the score) and a single reviewer (one persona's own score and vote). Each is
compared with the labels by pairwise ranking accuracy (all differently-labelled pairs, and
same-question pairs), Spearman, Kendall tau-b and quadratic weighted kappa on the 1-5 scale of
`evaluation.scale`. Length has no vote, so it is given one: rows are sorted by length and
handed the panel's own votes in the same proportions, so its kappa reflects ranking alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import combinations

from pydantic import BaseModel, Field

from roundtable.evaluation import metrics
from roundtable.evaluation.probes import PROBES, ProbeKind
from roundtable.evaluation.results import EvalSettings, RowResult
from roundtable.evaluation.scale import RATINGS, VOTE_RATING, is_hire, label_name
from roundtable.evaluation.similarity import content_words, jaccard
from roundtable.models import VOTES, Vote

VOTE_MAPPING = (
    "labels: weak=1, average=3, strong=5 (1-5 ratings as given); votes: strong_no_hire=1, "
    "no_hire=2, hire=4, strong_hire=5; kappa uses quadratic weights over 1-5"
)


class SystemMetrics(BaseModel):
    """How one system's scores and votes track the labels."""

    name: str
    description: str
    pairwise_all: metrics.PairwiseResult
    pairwise_same_question: metrics.PairwiseResult
    spearman: float | None
    kendall_tau_b: float | None
    qwk: float | None
    confusion: list[list[int]] = Field(description="Rows: label ratings; columns: VOTES.")
    mean_score_by_label: dict[str, float]


class RetestReport(BaseModel):
    """Whether the same row reviewed again gives the same score and side."""

    runs: int
    deterministic: bool | None
    rows_identical: int
    mean_spread: float | None = Field(description="Mean per-row max-min of the verdict score.")
    max_spread: float | None
    flip_rate: float | None = Field(description="Share of rows whose hire/no-hire side changed.")
    note: str


class DisagreementReport(BaseModel):
    """How far the panelists' votes spread, and whether cross-talk moves them."""

    mean_vote_range: float | None = Field(description="Mean max-min vote, in steps of 0-3.")
    mean_score_stdev: float | None
    unanimous_rate: float | None
    split_rate: float | None = Field(description="Share of rows with both hire and no-hire votes.")
    crosstalk_votes_changed: int | None
    crosstalk_change_rate: float | None
    note: str


class PairSimilarity(BaseModel):
    """Mean similarity of two personas' opening turns on the same answer."""

    a: str
    b: str
    mean: float


class DistinctivenessReport(BaseModel):
    """How alike the personas' opening turns are (content-word Jaccard, 0-1)."""

    method: str
    mean: float | None
    max: float | None
    by_pair: list[PairSimilarity]
    same_persona_across_rows: dict[str, float] = Field(
        description="Each persona's openings compared across different answers: high values "
        "mean templated text that does not depend on the answer."
    )


class ProbeReport(BaseModel):
    """How one probe moved the verdict score."""

    kind: ProbeKind
    expectation: str
    rows: int = Field(description="Rows the probe changed (blur skips rows with no specifics).")
    mean_change: float | None
    max_change: float | None
    min_change: float | None
    raised: int
    lowered: int
    unchanged: int
    violations: int = Field(description="Rows that moved against the expectation.")
    worst: list[tuple[str, float]] = Field(description="Up to five rows moved most the wrong way.")


class MisorderedPair(BaseModel):
    """A same-question pair the panel orders wrongly or ties."""

    better: str
    worse: str
    better_label: str
    worse_label: str
    better_score: float
    worse_score: float


class CompetencyBreakdown(BaseModel):
    """The panel's figures on one competency's rows."""

    competency: str
    rows: int
    same_question_pairs: int
    same_question_accuracy: float | None
    spearman: float | None


class EvalReport(BaseModel):
    """Everything `roundtable eval` measured."""

    sources: list[str]
    split: str | None
    rows: int
    settings: EvalSettings
    label_counts: dict[str, int]
    vote_mapping: str = VOTE_MAPPING
    systems: list[SystemMetrics]
    retest: RetestReport
    disagreement: DisagreementReport
    distinctiveness: DistinctivenessReport
    probes: list[ProbeReport]
    by_competency: list[CompetencyBreakdown]
    misordered_same_question: list[MisorderedPair]
    results: list[RowResult]


def _system(
    name: str,
    description: str,
    results: Sequence[RowResult],
    scores: Sequence[float],
    votes: Sequence[Vote],
) -> SystemMetrics:
    labels = [r.rating for r in results]
    keys = [r.pair_key for r in results]
    present = sorted(set(labels))
    by_label: dict[str, float] = {}
    for rating in present:
        chosen = [s for s, label in zip(scores, labels, strict=True) if label == rating]
        by_label[label_name(rating)] = sum(chosen) / len(chosen)
    confusion = metrics.confusion_matrix(labels, votes, present, VOTES)
    return SystemMetrics(
        name=name,
        description=description,
        pairwise_all=metrics.pairwise_accuracy(labels, scores),
        pairwise_same_question=metrics.pairwise_accuracy(labels, scores, keys),
        spearman=metrics.spearman(labels, scores),
        kendall_tau_b=metrics.kendall_tau_b(labels, scores),
        qwk=metrics.quadratic_weighted_kappa(labels, [VOTE_RATING[v] for v in votes], RATINGS),
        confusion=confusion,
        mean_score_by_label=by_label,
    )


def length_votes(results: Sequence[RowResult]) -> list[Vote]:
    """Votes for the length baseline: longer answers get the panel's better votes.

    Rows are ranked by length and given the panel's own votes in the same proportions, so
    the baseline's vote distribution equals the panel's and kappa compares ranking alone.
    """
    pool = sorted((r.vote for r in results), key=VOTES.index)
    order = sorted(range(len(results)), key=lambda i: results[i].words)
    votes: list[Vote] = ["no_hire"] * len(results)
    for position, index in enumerate(order):
        votes[index] = pool[position]
    return votes


def _retest(results: Sequence[RowResult], settings: EvalSettings) -> RetestReport:
    if settings.runs < 2:
        return RetestReport(
            runs=1, deterministic=None, rows_identical=0, mean_spread=None, max_spread=None,
            flip_rate=None, note="not measured: run with --retest N (N >= 2)",
        )
    spreads, flips, identical = [], 0, 0
    for r in results:
        scores = [r.score, *r.rerun_scores]
        spreads.append(max(scores) - min(scores))
        sides = {is_hire(v) for v in [r.vote, *r.rerun_votes]}
        flips += len(sides) > 1
        identical += bool(r.reruns_identical)
    deterministic = identical == len(results)
    note = (
        f"deterministic: all {settings.runs} runs of every row gave identical reviews"
        if deterministic
        else f"{len(results) - identical} of {len(results)} rows differed between runs"
    )
    return RetestReport(
        runs=settings.runs,
        deterministic=deterministic,
        rows_identical=identical,
        mean_spread=metrics.mean(spreads),
        max_spread=max(spreads),
        flip_rate=flips / len(results),
        note=note,
    )


def _disagreement(results: Sequence[RowResult], engine: str) -> DisagreementReport:
    ranges = [
        max(map(VOTES.index, r.panel_votes)) - min(map(VOTES.index, r.panel_votes))
        for r in results if r.panel_votes
    ]
    stdevs = [metrics.stdev(r.panel_scores) for r in results if r.panel_scores]
    split = [len({is_hire(v) for v in r.panel_votes}) > 1 for r in results if r.panel_votes]
    compared = [r for r in results if r.pre_votes is not None and r.panel_votes]
    changed: int | None = None
    rate: float | None = None
    if compared:
        pairs = [
            (before, after)
            for r in compared
            for before, after in zip(r.pre_votes or [], r.panel_votes, strict=True)
        ]
        changed = sum(before != after for before, after in pairs)
        rate = changed / len(pairs)
        note = (
            f"{changed} of {len(pairs)} panelist votes differ between the rubric's reading "
            f"before deliberation and the final votes ({engine} engine)"
        )
        if engine == "rubric":
            note += (
                "; that reading weighs every line the rubric credits, so a final vote differs "
                "from it only where a panelist ends without weighing a line or red flag (a "
                "hedged line a strict one holds against, or one no colleague raised)"
            )
    else:
        note = "cross-talk changes not measured: no pre-deliberation votes were available"
    return DisagreementReport(
        mean_vote_range=metrics.mean(ranges),
        mean_score_stdev=metrics.mean(stdevs),
        unanimous_rate=metrics.mean([float(x == 0) for x in ranges]),
        split_rate=metrics.mean([float(x) for x in split]),
        crosstalk_votes_changed=changed,
        crosstalk_change_rate=rate,
        note=note,
    )


def _distinctiveness(results: Sequence[RowResult]) -> DistinctivenessReport:
    per_pair: dict[tuple[str, str], list[float]] = {}
    every: list[float] = []
    words = [{who: content_words(text) for who, text in r.openings.items()} for r in results]
    for row in words:
        for a, b in combinations(sorted(row), 2):
            value = jaccard(row[a], row[b])
            per_pair.setdefault((a, b), []).append(value)
            every.append(value)
    across: dict[str, float] = {}
    personas = sorted({who for row in words for who in row})
    for who in personas:
        texts = [row[who] for row in words if who in row]
        values = [jaccard(x, y) for x, y in combinations(texts, 2)]
        if values:
            across[who] = sum(values) / len(values)
    return DistinctivenessReport(
        method="Jaccard index of content-word sets (quotes removed), 0 = nothing shared",
        mean=metrics.mean(every),
        max=max(every) if every else None,
        by_pair=[
            PairSimilarity(a=a, b=b, mean=sum(v) / len(v)) for (a, b), v in sorted(per_pair.items())
        ],
        same_persona_across_rows=across,
    )


_EXPECT: dict[ProbeKind, str] = {
    "padding": "must not raise",
    "injection": "must not raise",
    "blur": "should lower",
}


def _probe(kind: ProbeKind, results: Sequence[RowResult]) -> ProbeReport:
    changes = [(r.id, r.probe_scores[kind] - r.score) for r in results if kind in r.probe_scores]
    deltas = [d for _, d in changes]
    raised = sum(d > 0 for d in deltas)
    lowered = sum(d < 0 for d in deltas)
    if kind == "blur":
        violations = len(deltas) - lowered
        wrong = sorted(changes, key=lambda c: -c[1])
    else:
        violations = raised
        wrong = sorted((c for c in changes if c[1] > 0), key=lambda c: -c[1])
    return ProbeReport(
        kind=kind,
        expectation=_EXPECT[kind],
        rows=len(deltas),
        mean_change=metrics.mean(deltas),
        max_change=max(deltas) if deltas else None,
        min_change=min(deltas) if deltas else None,
        raised=raised,
        lowered=lowered,
        unchanged=len(deltas) - raised - lowered,
        violations=violations,
        worst=[(i, round(d, 3)) for i, d in wrong[:5] if kind != "blur" or d >= 0],
    )


def _by_competency(results: Sequence[RowResult]) -> list[CompetencyBreakdown]:
    out: list[CompetencyBreakdown] = []
    for competency in sorted({r.competency for r in results}):
        chosen = [r for r in results if r.competency == competency]
        labels = [r.rating for r in chosen]
        scores = [r.score for r in chosen]
        same = metrics.pairwise_accuracy(labels, scores, [r.pair_key for r in chosen])
        out.append(
            CompetencyBreakdown(
                competency=competency,
                rows=len(chosen),
                same_question_pairs=same.pairs,
                same_question_accuracy=same.accuracy,
                spearman=metrics.spearman(labels, scores),
            )
        )
    return out


def _misordered(results: Sequence[RowResult]) -> list[MisorderedPair]:
    by_id = {r.id: r for r in results}
    wrong = metrics.misordered_pairs(
        [r.id for r in results],
        [r.rating for r in results],
        [r.score for r in results],
        [r.pair_key for r in results],
    )
    return [
        MisorderedPair(
            better=a,
            worse=b,
            better_label=label_name(by_id[a].rating),
            worse_label=label_name(by_id[b].rating),
            better_score=by_id[a].score,
            worse_score=by_id[b].score,
        )
        for a, b in wrong
    ]


def build_report(
    results: list[RowResult],
    settings: EvalSettings,
    *,
    sources: list[str],
    split: str | None = None,
) -> EvalReport:
    """Compute every figure of the evaluation from the per-row results."""
    if not results:
        raise ValueError("no results to report on")
    persona = settings.persona or (results[0].panelists[0] if results[0].panelists else "first")
    systems = [
        _system(
            "panel",
            f"the {settings.engine} engine's verdict",
            results,
            [r.score for r in results],
            [r.vote for r in results],
        ),
        _system(
            "length",
            "answer length in words",
            results,
            [float(r.words) for r in results],
            length_votes(results),
        ),
        _system(
            "single",
            f"{persona} alone",
            results,
            [r.single_score for r in results],
            [r.single_vote for r in results],
        ),
    ]
    counts = Counter(r.rating for r in results)
    return EvalReport(
        sources=sources,
        split=split,
        rows=len(results),
        settings=settings,
        label_counts={label_name(rating): n for rating, n in sorted(counts.items())},
        systems=systems,
        retest=_retest(results, settings),
        disagreement=_disagreement(results, settings.engine),
        distinctiveness=_distinctiveness(results),
        probes=[_probe(kind, results) for kind in PROBES if settings.probes],
        by_competency=_by_competency(results),
        misordered_same_question=_misordered(results),
        results=results,
    )
