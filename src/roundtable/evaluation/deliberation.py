"""Measures of whether a roundtable deliberates: templating, pushback, moved votes, quote use,
persona distinctiveness, and whether the final votes beat one panelist and a single judge.

    python -m roundtable.evaluation.deliberation      # prints every measure as JSON

The corpus is the labelled dev set (tests/data/devset) reviewed by each of the three panels.
"""

from __future__ import annotations

import json
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from roundtable.evaluation.metrics import pairwise_accuracy, quadratic_weighted_kappa
from roundtable.evaluation.scale import LABEL_WORDS, RATINGS, VOTE_RATING
from roundtable.evaluation.similarity import content_words
from roundtable.models import VOTES, PanelistScore, Review, Vote
from roundtable.scoring.panel import plain_score, verdict_from, vote_for

PANELS = ("product-trio", "engineering-loop", "hiring-manager")
DEVSET = Path(__file__).resolve().parents[3] / "tests" / "data" / "devset"
TEMPLATE_REVIEWS = 3
"""A masked sentence found in this many reviews or more is a template."""
LONG_ANSWER = 120
"""Answers this long are held to six distinct quotes per review."""

_QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_SENTENCE = re.compile(r"(?<=[.!?”])\s+(?=[A-Z“])")
_VOTE_WORDS = re.compile(r"\b(?:Strong No Hire|No Hire|Strong Hire|Hire)\b")


@dataclass(frozen=True)
class Labelled:
    """One dev-set answer and its label."""

    id: str
    answer: str
    competency: str
    question: str | None
    rating: int
    group: str | None


def devset(split: str = "dev", path: Path = DEVSET) -> list[Labelled]:
    """The labelled answers of one split."""
    rows = [json.loads(line) for file in sorted(path.glob("*.jsonl"))
            for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Labelled(r["id"], r["answer"], r["competency"], r.get("question"),
                     LABEL_WORDS[r["label"]], r.get("group"))
            for r in rows if r.get("split") == split]


def corpus(rows: Sequence[Labelled]) -> list[Labelled]:
    """One answer per competency, labels rotating, so the corpus spans topics and quality."""
    chosen: list[Labelled] = []
    seen: set[str] = set()
    for row in rows:
        if row.competency not in seen and row.rating == RATINGS[::2][len(chosen) % 3]:
            seen.add(row.competency)
            chosen.append(row)
    return chosen


def sentences(review: Review) -> list[str]:
    """Every generated sentence: turns, consensus, signals and follow-ups (not the headline,
    which another part of the pipeline writes)."""
    texts = [t.text for r in review.rounds for t in r.turns]
    texts += [review.consensus.summary, *review.consensus.agreements]
    texts += [s.reason_to_hire for s in review.signals] + [s.concern for s in review.signals]
    texts += [f.question for f in review.follow_ups]
    return [s for text in texts for s in _SENTENCE.split(text) if s.strip()]


def mask(sentence: str, review: Review) -> str:
    """The sentence's frame: quotes, names, titles, numbers and criterion names masked."""
    text = _QUOTE.sub("Q", sentence)
    for person in review.panel:
        for part in (person.name, person.title, *person.name.split()):
            text = re.sub(rf"\b{re.escape(part)}\b", "N", text)
    for criterion in sorted(review.scores.criteria, key=lambda c: -len(c.name)):
        text = re.sub(re.escape(criterion.name), "C", text, flags=re.IGNORECASE)
    return " ".join(_NUMBER.sub("#", text).lower().split())


def template_share(reviews: Sequence[Review]) -> float:
    """Share of sentences whose masked frame occurs in TEMPLATE_REVIEWS or more reviews."""
    frames = [[mask(s, r) for s in sentences(r)] for r in reviews]
    where: dict[str, set[int]] = defaultdict(set)
    for index, found in enumerate(frames):
        for frame in found:
            where[frame].add(index)
    total = sum(len(f) for f in frames)
    repeated = sum(1 for found in frames for f in found if len(where[f]) >= TEMPLATE_REVIEWS)
    return repeated / total if total else 0.0


def pushback_share(reviews: Sequence[Review]) -> float:
    """Share of cross-talk turns that push back."""
    turns = [t for r in reviews for rnd in r.rounds if rnd.kind == "crosstalk" for t in rnd.turns]
    return sum(t.stance == "pushback" for t in turns) / len(turns) if turns else 0.0


def moved_with_reason(review: Review) -> bool | None:
    """None when no vote moved; else whether every moved panelist's closing says who moved it
    and on which line (quoted, or named by what it is about once its quotes are spent)."""
    first = {p.id: p.called for p in review.panel}
    closings = {t.speaker: t for rnd in review.rounds if rnd.kind == "closing" for t in rnd.turns}
    moved = [p for p in review.scores.panelists if p.opening and p.opening.vote != p.vote]
    if not moved:
        return None
    return all(
        any(name in closings[p.panelist].text for pid, name in first.items() if pid != p.panelist)
        and "moved me" in closings[p.panelist].text
        and ("“" in closings[p.panelist].text or "the line about" in closings[p.panelist].text)
        for p in moved
    )


def quote_counts(review: Review) -> Counter[int]:
    """How often each quote (by where it starts) is cited across the three rounds."""
    return Counter(q.start for r in review.rounds for t in r.turns for q in t.evidence)


def speaker_accuracy(reviews: Sequence[Review]) -> float:
    """Leave-one-review-out nearest-centroid accuracy at telling who speaks, from the content
    words of each turn with quotes, names, titles and criterion names removed (chance 1/3)."""
    samples: list[tuple[int, str, Counter[str]]] = []
    for index, review in enumerate(reviews):
        for rnd in review.rounds:
            for turn in rnd.turns:
                words = content_words(mask(_VOTE_WORDS.sub(" ", turn.text), review))
                samples.append((index, turn.speaker, Counter(w for w in words if w not in
                                                             {"n", "c", "q"})))
    correct = 0
    for index, speaker, bag in samples:
        rest = [(s, w) for i, s, w in samples if i != index]
        centroids: dict[str, Counter[str]] = defaultdict(Counter)
        for who, other in rest:
            centroids[who].update(other)
        panel = {t.speaker for rnd in reviews[index].rounds for t in rnd.turns}
        guess = max(panel, key=lambda who: _cosine(bag, centroids[who]))
        correct += guess == speaker
    return correct / len(samples) if samples else 0.0


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(v * b[k] for k, v in a.items())
    norm = (sum(v * v for v in a.values()) * sum(v * v for v in b.values())) ** 0.5
    return dot / norm if norm else 0.0


class Accuracy(BaseModel):
    """Pairwise accuracy of the scores and quadratic weighted kappa of the votes."""

    pairwise: float | None
    qwk: float | None


def _accuracy(labels: list[int], scores: list[float], votes: Iterable[Vote]) -> Accuracy:
    return Accuracy(
        pairwise=pairwise_accuracy(labels, scores).accuracy,
        qwk=quadratic_weighted_kappa(labels, [VOTE_RATING[v] for v in votes], list(RATINGS)),
    )


class DeliberationReport(BaseModel):
    """Every measure of the issue 'A roundtable that deliberates'."""

    reviews: int
    template_share: float
    pushback_share: float
    moved_share: float
    moved_with_reason: bool
    distinct_quotes_min: int
    distinct_quotes_median: float
    max_quote_repeats: int
    long_dev_reviews: int
    """Reviews of every dev answer of LONG_ANSWER words or more, by each panel."""
    long_dev_distinct_quotes_min: int
    """The fewest distinct quotes in any of them (the issue asks for 6)."""
    speaker_accuracy: float
    judge: Accuracy
    """The rubric's plain reading: every criterion weighed alike, no lens, no strictness."""
    one_panelist: Accuracy
    """The panel's first panelist on its own opening reading."""
    openings: Accuracy
    """The panel's verdict from the opening votes."""
    full_reading: Accuracy
    """The panel's verdict had every panelist seen all the evidence, without deliberating."""
    final: Accuracy
    """The panel's verdict from the final votes."""


def _full_reading(row: Labelled, panel: str) -> PanelistScore:
    from roundtable.ingest import parse_input
    from roundtable.pipeline import prepare

    case, _ = prepare(parse_input(row.answer, question=row.question), row.competency, panel)
    verdict = verdict_from(case.assessments)
    return PanelistScore(panelist=panel, score=verdict.score, vote=verdict.vote)


def review_all(rows: Sequence[Labelled]) -> list[tuple[Labelled, Review]]:
    """Every row reviewed by every panel with the rubric engine."""
    from roundtable.pipeline import review

    return [(row, review(row.answer, competency=row.competency, question=row.question,
                         panel=panel))
            for panel in PANELS for row in rows]


def measure(rows: Sequence[Labelled]) -> DeliberationReport:
    """Text measures on one answer per competency; accuracy on every row given."""
    chosen = {r.id for r in corpus(rows)}
    reviewed = review_all(rows)
    sample = [review for row, review in reviewed if row.id in chosen]
    reasons = [moved_with_reason(r) for r in sample]
    long_enough = [r for r in sample if len(r.answer.split()) >= LONG_ANSWER]
    long_dev = [r for _, r in reviewed if len(r.answer.split()) >= LONG_ANSWER]
    distinct = [len(quote_counts(r)) for r in long_enough] or [0]
    labels = [row.rating for row, _ in reviewed]
    panelists = [r.scores.panelists for _, r in reviewed]
    openings = [[p.opening for p in ps if p.opening] for ps in panelists]
    full = [_full_reading(row, panel) for panel in PANELS for row in rows]
    return DeliberationReport(
        reviews=len(sample),
        template_share=round(template_share(sample), 3),
        pushback_share=round(pushback_share(sample), 3),
        moved_share=round(sum(r is not None for r in reasons) / len(sample), 3),
        moved_with_reason=all(r is not False for r in reasons),
        distinct_quotes_min=min(distinct),
        distinct_quotes_median=statistics.median(distinct),
        max_quote_repeats=max(max(quote_counts(r).values(), default=0) for r in sample),
        long_dev_reviews=len(long_dev),
        long_dev_distinct_quotes_min=min((len(quote_counts(r)) for r in long_dev), default=0),
        speaker_accuracy=round(speaker_accuracy(sample), 3),
        judge=_accuracy(labels, [plain_score(r.scores.criteria) for _, r in reviewed],
                        [vote_for(plain_score(r.scores.criteria)) for _, r in reviewed]),
        one_panelist=_accuracy(labels, [o[0].score for o in openings],
                               [o[0].vote for o in openings]),
        openings=_accuracy(labels, [statistics.fmean(p.score for p in o) for o in openings],
                           [_median_vote([p.vote for p in o]) for o in openings]),
        full_reading=_accuracy(labels, [f.score for f in full], [f.vote for f in full]),
        final=_accuracy(labels, [r.verdict.score for _, r in reviewed],
                        [r.verdict.vote for _, r in reviewed]),
    )


def _median_vote(votes: list[Vote]) -> Vote:
    """The verdict rule (the lower middle vote) applied to opening votes."""
    ranks = sorted(VOTES.index(v) for v in votes)
    return VOTES[ranks[(len(ranks) - 1) // 2]]


if __name__ == "__main__":
    print(measure(devset()).model_dump_json(indent=2))
