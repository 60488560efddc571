"""Put a time on every quote of a review of a timed transcript.

A quote's start and end offsets fall inside the cues they came from; the time is read off
those cues in proportion to where the quote sits in them, so it never leaves its cue.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from roundtable.ingest.submission import TimedSpan
from roundtable.models import Quote, Review, TimeRange


def _at(offset: int, spans: Sequence[TimedSpan], closing: bool) -> tuple[float, TimedSpan]:
    """The time of a character offset, and the cue it falls in (the nearest cue when the
    offset is in the gap between two cues)."""
    span = next((s for s in spans if (s.first < offset <= s.last if closing
                                      else s.first <= offset < s.last)), None)
    if span is None:
        after = [s for s in spans if s.first >= offset]
        before = [s for s in spans if s.last <= offset]
        span = (after[0] if after and not closing else before[-1] if before else spans[0])
        return (span.start if span.first >= offset else span.end), span
    share = (offset - span.first) / max(1, span.last - span.first)
    return span.start + share * (span.end - span.start), span


def time_of(first: int, last: int, spans: Sequence[TimedSpan]) -> TimeRange:
    """When characters `first:last` of the answer were said."""
    start, opening = _at(first, spans, closing=False)
    end, closing = _at(max(first + 1, last), spans, closing=True)
    start = min(max(round(start, 2), opening.start), opening.end)
    end = min(max(round(end, 2), closing.start), closing.end)
    return TimeRange(start=start, end=max(start, end))


def _quotes(review: Review) -> Iterator[Quote]:
    for round_ in review.rounds:
        for turn in round_.turns:
            yield from turn.evidence
    for criterion in review.scores.criteria:
        yield from criterion.evidence


def stamp_times(review: Review, spans: Sequence[TimedSpan]) -> Review:
    """A copy of the review with `time` set on every quote (engines may share quote objects
    between reviews, so they are never changed in place)."""
    if spans:
        review = review.model_copy(deep=True)
        for quote in _quotes(review):
            quote.time = time_of(quote.start, quote.end, spans)
    return review
