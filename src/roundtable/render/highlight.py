"""The answer cut into plain and cited segments, so a renderer can mark what the panel quoted.

Every quote carries offsets into `review.answer`. Overlapping or touching citations merge into
one highlighted segment that remembers everyone who cited any part of it. Renderers escape each
segment's text themselves; this module never produces markup.
"""

from __future__ import annotations

from typing import NamedTuple

from roundtable.models import Quote, Review
from roundtable.render.labels import Roster

# Named tuples rather than frozen dataclasses: the same immutable records, and a text review
# process no longer spends a millisecond generating the dataclasses' methods at import.


class Segment(NamedTuple):
    """A run of the answer; `cited_by` is empty for text nobody quoted."""

    text: str
    start: int
    end: int
    cited_by: tuple[str, ...] = ()
    asked: str | None = None
    """The interviewer's follow-up that drew the reply this run opens, shown before it."""


class _Span(NamedTuple):
    start: int
    end: int
    who: str


def locate(answer: str, quote: Quote) -> tuple[int, int] | None:
    """Where `quote` sits in `answer`: its own offsets when they match, else its first occurrence.

    The pipeline guarantees `answer[start:end] == quote`, but a review may have been produced by
    an older or external engine, so a quote whose offsets drifted is found by its text instead,
    and one that is not in the answer at all is not highlighted.
    """
    if quote.start < quote.end <= len(answer) and answer[quote.start : quote.end] == quote.quote:
        return quote.start, quote.end
    if not quote.quote:
        return None
    found = answer.find(quote.quote)
    return (found, found + len(quote.quote)) if found >= 0 else None


def citations(review: Review) -> list[tuple[Quote, str]]:
    """Every quote in the review with who cited it: a panelist's name or a criterion's name."""
    roster = Roster(review.panel)
    cited: list[tuple[Quote, str]] = []
    for round_ in review.rounds:
        for turn in round_.turns:
            cited.extend((q, roster.name(turn.speaker)) for q in turn.evidence)
    for criterion in review.scores.criteria:
        cited.extend((q, f"{criterion.name} (rubric)") for q in criterion.evidence)
    return cited


def segments(review: Review) -> list[Segment]:
    """The whole answer as consecutive segments, cited runs merged and attributed."""
    answer = review.answer
    spans: list[_Span] = []
    for quote, who in citations(review):
        where = locate(answer, quote)
        if where:
            spans.append(_Span(where[0], where[1], who))
    spans.sort(key=lambda s: (s.start, s.end))

    merged: list[tuple[int, int, list[str]]] = []
    for span in spans:
        if merged and span.start <= merged[-1][1]:
            start, end, citers = merged[-1]
            if span.who not in citers:
                citers.append(span.who)
            merged[-1] = (start, max(end, span.end), citers)
        else:
            merged.append((span.start, span.end, [span.who]))

    out: list[Segment] = []
    cursor = 0
    for start, end, citers in merged:
        if start > cursor:
            out.append(Segment(answer[cursor:start], cursor, start))
        out.append(Segment(answer[start:end], start, end, tuple(citers)))
        cursor = end
    if cursor < len(answer):
        out.append(Segment(answer[cursor:], cursor, len(answer)))
    return _at_asks(out, review)


def _at_asks(out: list[Segment], review: Review) -> list[Segment]:
    """The segments cut where each reply to a follow-up begins, the run that opens the reply
    carrying the ask, so a reader sees what each reply answered."""
    for ask in review.asks:
        n = next((n for n, s in enumerate(out) if s.start <= ask.at < s.end), None)
        if n is None:
            continue  # a reply with nothing after its start: nothing to put the ask before
        run = out[n]
        cut = ask.at - run.start
        opened = Segment(run.text[cut:], ask.at, run.end, run.cited_by, ask.text)
        out[n:n + 1] = [run._replace(text=run.text[:cut], end=ask.at), opened] if cut else [
            opened]
    return out


def replies(review: Review) -> list[tuple[str | None, str]]:
    """The answer as the replies it is made of, each with the follow-up that drew it (None
    for what answers the question itself)."""
    cuts = [ask.at for ask in review.asks]
    bounds = [0, *cuts, len(review.answer)]
    parts = [(None, review.answer[bounds[0]:bounds[1]])] + [
        (ask.text, review.answer[start:end])
        for ask, start, end in zip(review.asks, bounds[1:], bounds[2:], strict=False)]
    return [(asked, text) for asked, text in parts if text.strip() or asked]


def cited_title(segment: Segment) -> str:
    """The tooltip for a highlighted segment: "Cited by A, B and C"."""
    who = list(segment.cited_by)
    joined = who[0] if len(who) == 1 else ", ".join(who[:-1]) + " and " + who[-1]
    return f"Cited by {joined}"
