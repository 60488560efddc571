"""Quote checking: whitespace and quote characters are normalised, offsets are exact."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from roundtable.engines.llm.quotes import MIN_QUOTE_CHARS, check_quotes, fold, locate

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
    assert check.invented == ["we shipped it on time anyway"]


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
