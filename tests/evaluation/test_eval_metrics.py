"""The statistics against published and hand-computed values."""

from __future__ import annotations

import pytest

from roundtable.evaluation.metrics import (
    average_ranks,
    confusion_matrix,
    kendall_tau_b,
    misordered_pairs,
    pairwise_accuracy,
    quadratic_weighted_kappa,
    spearman,
    stdev,
)


def test_average_ranks_share_ties() -> None:
    assert average_ranks([10, 20, 20, 5]) == [2.0, 3.5, 3.5, 1.0]


def test_spearman_matches_scipy_documented_example() -> None:
    # scipy.stats.spearmanr([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]) -> 0.8207826816681233
    assert spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]) == pytest.approx(0.8207826816681233)


def test_spearman_perfect_reversed_and_undefined() -> None:
    assert spearman([1, 2, 3], [10, 20, 30]) == pytest.approx(1.0)
    assert spearman([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert spearman([1, 1, 1], [1, 2, 3]) is None


def test_kendall_tau_b_matches_scipy_documented_example() -> None:
    # scipy.stats.kendalltau([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]) -> -0.47140452079103173
    assert kendall_tau_b([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]) == pytest.approx(
        -0.47140452079103173
    )


def test_kendall_tau_b_by_hand_with_ties() -> None:
    # Pairs of x=[1,1,2,3], y=[1,2,2,3]: (0,1) tied in x, (1,2) tied in y, other 4 concordant.
    # tau_b = 4 / sqrt((4 + 0 + 1) * (4 + 0 + 1)) = 0.8
    assert kendall_tau_b([1, 1, 2, 3], [1, 2, 2, 3]) == pytest.approx(0.8)
    assert kendall_tau_b([1, 1], [2, 2]) is None


def test_quadratic_weighted_kappa_by_hand() -> None:
    # Observed cost 0.25 (one off-by-one on a 3-point scale); expected cost 1.25 from the
    # marginals (2, 1, 1) x (1, 2, 1) / 4; kappa = 1 - 0.25 / 1.25 = 0.8.
    assert quadratic_weighted_kappa([1, 1, 2, 3], [1, 2, 2, 3], [1, 2, 3]) == pytest.approx(0.8)


def test_quadratic_weighted_kappa_extremes() -> None:
    assert quadratic_weighted_kappa([1, 3, 5], [1, 3, 5], [1, 2, 3, 4, 5]) == pytest.approx(1.0)
    # Perfectly reversed on a symmetric design is the worst case, -1.
    assert quadratic_weighted_kappa([1, 5], [5, 1], [1, 2, 3, 4, 5]) == pytest.approx(-1.0)
    assert quadratic_weighted_kappa([2, 2], [2, 2], [1, 2, 3]) is None


def test_quadratic_weighted_kappa_is_symmetric() -> None:
    a, b = [1, 3, 5, 5, 1, 3], [2, 4, 5, 4, 1, 2]
    cats = [1, 2, 3, 4, 5]
    assert quadratic_weighted_kappa(a, b, cats) == pytest.approx(
        quadratic_weighted_kappa(b, a, cats)
    )


def test_pairwise_accuracy_counts_ties_as_half() -> None:
    labels = [1, 3, 5, 1]
    scores = [1.0, 2.0, 2.0, 3.0]
    # Differently-labelled pairs: (0,1) ok, (0,2) ok, (1,2) tie, (1,3) wrong, (2,3) wrong.
    result = pairwise_accuracy(labels, scores)
    assert (result.pairs, result.correct, result.ties) == (5, 2, 1)
    assert result.accuracy == pytest.approx(2.5 / 5)


def test_pairwise_accuracy_same_key_only() -> None:
    labels = [1, 3, 5, 1]
    scores = [1.0, 2.0, 2.0, 3.0]
    keys = ["q1", "q1", "q2", None]
    result = pairwise_accuracy(labels, scores, keys)
    assert (result.pairs, result.correct, result.accuracy) == (1, 1, 1.0)
    assert pairwise_accuracy([1, 1], [1.0, 2.0]).accuracy is None


def test_misordered_pairs_names_better_row_first() -> None:
    wrong = misordered_pairs(["a", "b", "c"], [5, 1, 3], [2.0, 3.0, 2.0], ["q", "q", "q"])
    assert wrong == [("a", "b"), ("a", "c"), ("c", "b")]


def test_confusion_matrix_with_separate_columns() -> None:
    matrix = confusion_matrix([1, 1, 5], ["no", "yes", "yes"], [1, 5], ["no", "yes"])
    assert matrix == [[1, 1], [0, 1]]


def test_stdev_population() -> None:
    assert stdev([2, 4, 4, 4, 5, 5, 7, 9]) == pytest.approx(2.0)
    assert stdev([3]) == 0.0
