"""A turn quotes a line at its punctuated clause breaks, never inside an aside: "→ 2 came (Mark,
Jen)" was once quoted as far as "(Mark", an unbalanced bracket in the review's own words."""

from __future__ import annotations

from roundtable.deliberation.focus import segments


def _pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in segments(text, 0)]


def test_a_comma_inside_a_closed_aside_breaks_nothing() -> None:
    assert _pieces("Invited colleagues to sit in → 2 came (Mark, Jen).") == [
        "Invited colleagues to sit in → 2 came (Mark, Jen)."]
    assert _pieces("Two of them came (Mark, Jen), and both stayed on.") == [
        "Two of them came (Mark, Jen)", "and both stayed on."]


def test_commas_outside_an_aside_still_break_the_line() -> None:
    assert _pieces("I rang him, he agreed, we shipped.") == ["I rang him", "he agreed",
                                                             "we shipped."]
    # an aside left open ("(see notes, page 2") is no aside: its comma still breaks
    assert _pieces("I logged it (see notes, page 2 and moved on.") == [
        "I logged it (see notes", "page 2 and moved on."]
