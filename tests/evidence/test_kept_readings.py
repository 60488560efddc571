"""What a review keeps of the sentences it read, for the next review of the same answer: the same
reading as read anew, and never another's."""

from __future__ import annotations

from roundtable.evidence import learned
from roundtable.evidence.analysis import _kinds_found, _kinds_in
from roundtable.evidence.reading import _read_sentence, read_sentence
from roundtable.evidence.text import Span

_INSTINCT = "My first instinct was to defend myself."


def _span(text: str) -> Span:
    return Span(0, len(text), text)


def test_a_sentence_kept_read_is_read_as_anew() -> None:
    span = _span(_INSTINCT)
    assert read_sentence(span, 1, 0.5, None) == read_sentence(span, 1, 0.5, None) == _read_sentence(
        span, 1, 0.5, None, frozenset(), True, "candidate", "", frozenset())


def test_a_sentence_read_with_the_learned_layer_is_not_kept_for_the_rules_alone() -> None:
    # The layer reads the instinct as the teller's, the rules as nobody's (`learned.rules_only`).
    span = _span(_INSTINCT)
    assert [c.actor for c in read_sentence(span, 1, 0.5, None)] == ["candidate"]
    with learned.rules_only():
        assert [c.actor for c in read_sentence(span, 1, 0.5, None)] == ["none"]
    assert [c.actor for c in read_sentence(span, 1, 0.5, None)] == ["candidate"]


def test_each_caller_gets_clauses_and_kinds_of_its_own() -> None:
    span = _span("We cut the churn by 12% in March, and I blamed nobody.")
    clauses = read_sentence(span, 0, None, None)
    clauses.clear()
    assert read_sentence(span, 0, None, None)
    hits = _kinds_in(span, (span.text, []))
    assert hits == _kinds_found(span, span.text, [], frozenset())
    for found in hits.values():
        found.append((0, 1))
    hits["blame"] = [(0, 1)]
    assert _kinds_in(span, (span.text, [])) == _kinds_found(span, span.text, [], frozenset())


def test_a_quantified_result_is_still_its_metrics_list() -> None:
    span = _span("In the end we reduced churn by 40%.")
    hits = _kinds_in(span, (span.text, []))
    assert "quantified_result" in hits
    assert hits["quantified_result"] is hits["metric"]
