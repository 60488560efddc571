"""Checking a model's quotes against the answer and turning them into character offsets.

A quote counts when, after folding curly quotes to straight ones, collapsing whitespace and
ignoring case, it is a substring of the answer folded the same way. A quote elided with "…" (or
"...") counts when every part does, in order, and becomes one span per part. The span reported
is the answer's own text at those offsets, so `answer[start:end] == quote` always holds.

A turn's listed quotes that are not in the answer are dropped and the rest kept. A quotation
inside the turn's own prose cannot be dropped, so one of five words or more that is in neither
the answer nor what a colleague said counts against the turn; shorter quoted phrases ("disagree
and commit") are idioms, not citations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from roundtable.models import Quote

_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
})
_STRIP = " \t\r\n\"'.,;:!?\u2026"
_INLINE_QUOTE = re.compile(r'"([^"]{12,})"')
_RUN = re.compile(r"\s+|\S+")
_ELLIPSIS = re.compile(r"\s*(?:\u2026|\.{3,}|\[\.{3}\]|\[\u2026\])\s*")
MIN_QUOTE_CHARS = 4
INLINE_MIN_WORDS = 5


@dataclass(frozen=True)
class FoldedText:
    """The answer folded for matching, with the map from folded index back to the original."""

    text: str
    origin: list[int]

    @classmethod
    def of(cls, answer: str) -> FoldedText:
        """Fold `answer` (straight quotes, single spaces, lower case), keeping origins."""
        return _folded(answer)


# Every turn's quotes are checked against the same answer, many times a review and in parallel
# across an interview's questions: folding it once keeps that off the event loop.
@lru_cache(maxsize=64)
def _folded(answer: str) -> FoldedText:
    low = _lower_all(answer.translate(_FOLD))
    out: list[str] = []
    origin: list[int] = []
    for run in _RUN.finditer(low):
        if run.group().isspace():
            out.append(" ")
            origin.append(run.start())
        else:
            out.append(run.group())
            origin.extend(range(run.start(), run.end()))
    return FoldedText("".join(out), origin)


def fold(text: str) -> str:
    """Fold a quote the way the answer is folded, trimming surrounding quotes and punctuation."""
    return _lower_all(" ".join(text.translate(_FOLD).split()).strip(_STRIP))


def _lower_all(text: str) -> str:
    """Lower case one character at a time, so offsets stay one-to-one with the original."""
    return text.lower() if text.isascii() else "".join(map(_lower, text))


def _lower(ch: str) -> str:
    # A few characters lower-case to two (e.g. "\u0130"); keeping them keeps offsets one-to-one.
    low = ch.lower()
    return low if len(low) == 1 else ch


def locate(quote: str, answer: str, folded: FoldedText | None = None) -> Quote | None:
    """The span of `answer` that `quote` cites, or None when the answer does not contain it."""
    spans = locate_parts(quote, answer, folded)
    return spans[0] if spans is not None and len(spans) == 1 else None


def locate_parts(
    quote: str, answer: str, folded: FoldedText | None = None
) -> list[Quote] | None:
    """One span per "…"-separated part of `quote`, in order; None unless every part is there.

    A quote found whole is one span, whatever "…" it holds: the answer's own "…" or "..." is
    quoted, not elided."""
    folded = folded or FoldedText.of(answer)
    parts = [p for p in _ELLIPSIS.split(quote) if fold(p)]
    if len(parts) > 1 and folded.text.find(fold(quote)) >= 0:
        parts = [quote]
    if not parts:
        return None
    spans: list[Quote] = []
    at = 0
    for part in parts:
        needle = fold(part)
        if len(needle) < MIN_QUOTE_CHARS:
            return None
        found = folded.text.find(needle, at)
        if found < 0:
            return None
        start = folded.origin[found]
        end = folded.origin[found + len(needle) - 1] + 1
        spans.append(Quote(quote=answer[start:end], start=start, end=end))
        at = found + len(needle)
    return spans


@dataclass(frozen=True)
class QuoteCheck:
    """The verified spans of a turn, and the quotes that are not in the answer."""

    found: list[Quote]
    invented: list[str]
    """Listed quotes not in the answer: dropped from the turn."""
    misquoted: list[str] = field(default_factory=list)
    """Quotations in the turn's prose that are in neither the answer nor the transcript."""


def check_quotes(
    quotes: list[str], text: str, answer: str, heard: Sequence[str] = ()
) -> QuoteCheck:
    """Verify the listed quotes, and the quotations inside the turn's own text.

    `heard` is what colleagues said, which a turn may quote back to them.
    """
    folded = FoldedText.of(answer)
    found: list[Quote] = []
    invented: list[str] = []
    misquoted: list[str] = []
    for quote in quotes:
        spans = locate_parts(quote, answer, folded)
        if spans is None:
            if quote.strip() and quote not in invented:
                invented.append(quote)
            continue
        found.extend(span for span in spans if span not in found)
    said = [fold(t) for t in heard]
    for match in _INLINE_QUOTE.finditer(text.translate(_FOLD)):
        quote = match.group(1)
        spans = locate_parts(quote, answer, folded)
        if spans is not None:
            found.extend(span for span in spans if span not in found)
        elif len(quote.split()) >= INLINE_MIN_WORDS and not any(
            fold(quote) in t for t in said
        ):
            misquoted.append(quote)
    return QuoteCheck(found=found, invented=invented, misquoted=misquoted)
