"""Small exact implementations of the agreement and ranking statistics the evaluation reports.

Why not scipy: the datasets are a few hundred rows at most, the formulas are short, and an
exact pure-Python version keeps `roundtable eval` free of a 40 MB dependency. Each function
is tested against published or hand-computed values (tests/evaluation/test_metrics.py).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from itertools import combinations

from pydantic import BaseModel


def average_ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks, ties sharing the mean of the ranks they span."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for position in range(start, end + 1):
            ranks[order[position]] = (start + end) / 2 + 1
        start = end + 1
    return ranks


def pearson(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Pearson's r; None when either side is constant or there are fewer than two points."""
    if len(x) != len(y):
        raise ValueError("x and y must have the same length")
    n = len(x)
    if n < 2:
        return None
    mean_x, mean_y = sum(x) / n, sum(y) / n
    sxy = sum((a - mean_x) * (b - mean_y) for a, b in zip(x, y, strict=True))
    sxx = sum((a - mean_x) ** 2 for a in x)
    syy = sum((b - mean_y) ** 2 for b in y)
    if sxx == 0 or syy == 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def spearman(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Spearman's rho: Pearson's r of the average ranks (the tie-corrected form)."""
    return pearson(average_ranks(x), average_ranks(y))


def kendall_tau_b(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Kendall's tau-b, which corrects for ties on either side; None when undefined."""
    if len(x) != len(y):
        raise ValueError("x and y must have the same length")
    concordant = discordant = tied_x = tied_y = 0
    for i, j in combinations(range(len(x)), 2):
        dx, dy = x[i] - x[j], y[i] - y[j]
        if dx == 0 and dy == 0:
            continue
        if dx == 0:
            tied_x += 1
        elif dy == 0:
            tied_y += 1
        elif (dx > 0) == (dy > 0):
            concordant += 1
        else:
            discordant += 1
    denominator = math.sqrt(
        (concordant + discordant + tied_x) * (concordant + discordant + tied_y)
    )
    if denominator == 0:
        return None
    return (concordant - discordant) / denominator


class PairwiseResult(BaseModel):
    """How often a score orders two differently-labelled rows the way their labels do."""

    pairs: int
    correct: int
    ties: int
    accuracy: float | None
    """(correct + ties / 2) / pairs: a tied score is half right, as a coin flip would be."""


def pairwise_accuracy(
    labels: Sequence[float],
    scores: Sequence[float],
    keys: Sequence[Hashable | None] | None = None,
) -> PairwiseResult:
    """Accuracy over every pair of rows with different labels.

    With `keys`, only pairs whose keys are equal (and not None) count: the same-question
    pairs, where the rows differ in quality and not in topic.
    """
    if len(labels) != len(scores) or (keys is not None and len(keys) != len(labels)):
        raise ValueError("labels, scores and keys must have the same length")
    pairs = correct = ties = 0
    for i, j in combinations(range(len(labels)), 2):
        if labels[i] == labels[j]:
            continue
        if keys is not None and (keys[i] is None or keys[i] != keys[j]):
            continue
        pairs += 1
        label_gap, score_gap = labels[i] - labels[j], scores[i] - scores[j]
        if score_gap == 0:
            ties += 1
        elif (label_gap > 0) == (score_gap > 0):
            correct += 1
    accuracy = (correct + ties / 2) / pairs if pairs else None
    return PairwiseResult(pairs=pairs, correct=correct, ties=ties, accuracy=accuracy)


def misordered_pairs(
    ids: Sequence[str],
    labels: Sequence[float],
    scores: Sequence[float],
    keys: Sequence[Hashable | None],
) -> list[tuple[str, str]]:
    """Same-key pairs the score orders wrongly or ties, as (better-labelled id, other id)."""
    wrong: list[tuple[str, str]] = []
    for i, j in combinations(range(len(labels)), 2):
        if labels[i] == labels[j] or keys[i] is None or keys[i] != keys[j]:
            continue
        high, low = (i, j) if labels[i] > labels[j] else (j, i)
        if scores[high] <= scores[low]:
            wrong.append((ids[high], ids[low]))
    return wrong


def confusion_matrix(
    truth: Sequence[Hashable],
    predicted: Sequence[Hashable],
    rows: Sequence[Hashable],
    columns: Sequence[Hashable] | None = None,
) -> list[list[int]]:
    """Counts: one row per truth category in `rows`, one column per predicted category.

    `columns` defaults to `rows`; labels and votes can live on different category lists.
    """
    columns = rows if columns is None else columns
    row_index = {c: k for k, c in enumerate(rows)}
    column_index = {c: k for k, c in enumerate(columns)}
    matrix = [[0] * len(columns) for _ in rows]
    for t, p in zip(truth, predicted, strict=True):
        matrix[row_index[t]][column_index[p]] += 1
    return matrix


def quadratic_weighted_kappa(
    truth: Sequence[int], predicted: Sequence[int], categories: Sequence[int]
) -> float | None:
    """Cohen's kappa with quadratic weights over the ordinal `categories`.

    kappa = 1 - sum(w * observed) / sum(w * expected), w_ij = (i - j)^2 / (k - 1)^2, where
    expected is the outer product of the two marginals. None when expected disagreement is 0
    (both raters constant on the same category).
    """
    k = len(categories)
    if k < 2 or not truth:
        return None
    observed = confusion_matrix(truth, predicted, categories)
    n = len(truth)
    row_totals = [sum(row) for row in observed]
    column_totals = [sum(observed[r][c] for r in range(k)) for c in range(k)]
    observed_cost = expected_cost = 0.0
    for r in range(k):
        for c in range(k):
            weight = (r - c) ** 2 / (k - 1) ** 2
            observed_cost += weight * observed[r][c]
            expected_cost += weight * row_totals[r] * column_totals[c] / n
    if expected_cost == 0:
        return None
    return 1 - observed_cost / expected_cost


def mean(values: Sequence[float]) -> float | None:
    """The arithmetic mean, or None for no values."""
    return sum(values) / len(values) if values else None


def stdev(values: Sequence[float]) -> float:
    """Population standard deviation (0 for fewer than two values)."""
    if len(values) < 2:
        return 0.0
    centre = sum(values) / len(values)
    return math.sqrt(sum((v - centre) ** 2 for v in values) / len(values))
