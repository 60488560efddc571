"""Checking a model's quotes against the answer and turning them into character offsets.

A quote counts when, after folding curly quotes to straight ones, collapsing whitespace and
ignoring case, it is a substring of the answer folded the same way. The span reported is the
answer's own text at those offsets, so `answer[start:end] == quote` always holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from roundtable.models import Quote

_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
})
_STRIP = " \t\r\n\"'.,;:!?\u2026"
_INLINE_QUOTE = re.compile(r'"([^"]{12,})"')
MIN_QUOTE_CHARS = 4


@dataclass(frozen=True)
class FoldedText:
    """The answer folded for matching, with the map from folded index back to the original."""

    text: str
    origin: list[int]

    @classmethod
    def of(cls, answer: str) -> FoldedText:
        """Fold `answer` (straight quotes, single spaces, lower case), keeping origins."""
        out: list[str] = []
        origin: list[int] = []
        for i, ch in enumerate(answer.translate(_FOLD)):
            if ch.isspace():
                if out and out[-1] == " ":
                    continue
                ch = " "
            out.append(_lower(ch))
            origin.append(i)
        return cls("".join(out), origin)


def fold(text: str) -> str:
    """Fold a quote the way the answer is folded, trimming surrounding quotes and punctuation."""
    return "".join(map(_lower, " ".join(text.translate(_FOLD).split()).strip(_STRIP)))


def _lower(ch: str) -> str:
    # A few characters lower-case to two (e.g. "\u0130"); keeping them keeps offsets one-to-one.
    low = ch.lower()
    return low if len(low) == 1 else ch


def locate(quote: str, answer: str, folded: FoldedText | None = None) -> Quote | None:
    """The span of `answer` that `quote` cites, or None when the answer does not contain it."""
    needle = fold(quote)
    if len(needle) < MIN_QUOTE_CHARS:
        return None
    folded = folded or FoldedText.of(answer)
    at = folded.text.find(needle)
    if at < 0:
        return None
    start = folded.origin[at]
    end = folded.origin[at + len(needle) - 1] + 1
    return Quote(quote=answer[start:end], start=start, end=end)


@dataclass(frozen=True)
class QuoteCheck:
    """The verified spans of a turn, and the quotes that are not in the answer."""

    found: list[Quote]
    invented: list[str]


def check_quotes(quotes: list[str], text: str, answer: str) -> QuoteCheck:
    """Verify the listed quotes and any long double-quoted span inside the turn's own text."""
    folded = FoldedText.of(answer)
    found: list[Quote] = []
    invented: list[str] = []
    inline = [m.group(1) for m in _INLINE_QUOTE.finditer(text.translate(_FOLD))]
    for quote in [*quotes, *inline]:
        span = locate(quote, answer, folded)
        if span is None:
            if quote.strip() and quote not in invented:
                invented.append(quote)
        elif span not in found:
            found.append(span)
    return QuoteCheck(found=found, invented=invented)
