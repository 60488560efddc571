"""Quote checking: whitespace and quote characters are normalised, offsets are exact."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from roundtable.engines.llm.quotes import (
    MIN_QUOTE_CHARS,
    check_quotes,
    fold,
    locate,
    locate_parts,
)

ANSWER = "I told Priya, \u201cWe shouldn\u2019t   ship\nthis before peak.\u201d She agreed."


def test_quote_with_straight_quotes_and_single_spaces_maps_to_the_original_span() -> None:
    span = locate("we shouldn't ship this before peak", ANSWER)
    assert span is not None
    assert ANSWER[span.start : span.end] == span.quote
    assert span.quote == "We shouldn\u2019t   ship\nthis before peak"


def test_invented_and_too_short_quotes_are_rejected() -> None:
    assert locate("we should ship this now", ANSWER) is None
    assert locate("I", ANSWER) is None


def test_check_finds_inline_quotes_in_the_turn_text() -> None:
    check = check_quotes(
        ["She agreed."], 'She said "we shipped it on time anyway" and moved on.', ANSWER
    )
    assert [q.quote for q in check.found] == ["She agreed"]
    assert check.misquoted == ["we shipped it on time anyway"] and check.invented == []


def test_a_bad_listed_quote_is_dropped_and_the_rest_kept() -> None:
    check = check_quotes(["She agreed.", "I single-handedly saved the company"], "Fine.", ANSWER)
    assert [q.quote for q in check.found] == ["She agreed"]
    assert check.invented == ["I single-handedly saved the company"]


def test_colleagues_and_idioms_may_be_quoted() -> None:
    heard = ["Daniel Okafor: I think the rollback plan was never tested at all."]
    text = ('Daniel, you said "the rollback plan was never tested at all", but she did '
            '"disagree and commit" in the end.')
    check = check_quotes([], text, ANSWER, heard)
    assert check.misquoted == [] and check.invented == []


def test_elided_quotes_count_when_every_part_is_verbatim() -> None:
    first, last = ANSWER.split()[:3], ANSWER.split()[-3:]
    elided = f"{' '.join(first)} … {' '.join(last)}"
    spans = locate_parts(elided, ANSWER)
    assert spans is not None and len(spans) == 2
    assert all(ANSWER[s.start : s.end] == s.quote for s in spans)
    assert locate_parts(f"{' '.join(first)} … words that are not there", ANSWER) is None
    assert locate_parts(f"{' '.join(last)} ... {' '.join(first)}", ANSWER) is None  # order


@given(st.text(min_size=30, max_size=200), st.data())
def test_every_substring_of_the_answer_is_found_at_its_offsets(
    answer: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(answer) - 10))
    end = data.draw(st.integers(start + 8, len(answer)))
    quote = answer[start:end]
    span = locate(quote, answer)
    if len(fold(quote)) < MIN_QUOTE_CHARS:
        assert span is None
    else:
        assert span is not None
        assert answer[span.start : span.end] == span.quote
        assert fold(span.quote) == fold(quote)


def test_an_answers_own_ellipsis_is_quoted_whole() -> None:
    # Hypothesis found it: a quote of the answer's own "…" was split as if elided and so not
    # found as one span.
    answer = "We waited… and waited. Then I called the supplier myself."
    span = locate("We waited… and waited", answer)
    assert span is not None and (span.start, span.end) == (0, 21)
    # an elided quote is still two parts
    assert locate_parts("We waited … the supplier myself", answer) is not None
