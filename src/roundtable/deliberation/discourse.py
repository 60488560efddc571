"""The discourse state of one review: which quotes were cited how often, and who claimed what.

Every turn consults it, so a quote is cited at most twice across the three rounds, a colleague's
claim can be restated by name, and each closing can rest on evidence of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from roundtable.deliberation.focus import snap
from roundtable.deliberation.phrasing import cut_end, quoted
from roundtable.deliberation.reading import Finding
from roundtable.evidence.analysis import Analysis
from roundtable.models import Quote, QuoteUse

MAX_CITES = 2
"""A quote may appear at most this often across the three rounds."""


@dataclass(frozen=True)
class Claim:
    """Something a panelist said about a criterion, so others can answer it."""

    speaker: str
    criterion: str
    use: QuoteUse
    start: int | None
    """Where the quote it rested on starts, if it rested on one."""


@dataclass
class Discourse:
    """Quotes cited so far and claims made so far in one review."""

    answer: str
    parts: dict[int, tuple[Quote, Quote]] = field(default_factory=dict)
    """A finding's line (by identity: the object every reading compares) and the part of it a
    turn quotes for that finding's criterion (see `focus`)."""
    claims: list[Claim] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    clauses: list[tuple[int, int]] = field(default_factory=list)
    """Where each sentence and each clause of the answer starts and ends: a quote is shown
    from and to the clause boundaries around it."""
    target: int = 0
    """Distinct quotes the review should reach: a long answer has lines enough for them."""
    _cover: list[int] = field(default_factory=list, init=False, repr=False)
    _starts: set[int] = field(default_factory=set, init=False, repr=False)
    _shown: dict[int, tuple[Quote, Quote]] = field(default_factory=dict, init=False,
                                                   repr=False)
    _cites: int = field(default=0, init=False, repr=False)
    _times_of: dict[int, tuple[Quote, int, int]] = field(default_factory=dict, init=False,
                                                        repr=False)

    def __post_init__(self) -> None:
        # How often each character of the answer has been quoted: two quotes of one sentence
        # at different clauses are two quotes, a clause quoted inside its whole sentence is
        # the same words again.
        self._cover = [0] * len(self.answer)

    @classmethod
    def of(cls, answer: str, findings: Iterable[Finding], analysis: Analysis,
           target: int = 0) -> Discourse:
        """The discourse of a review of `analysis`'s answer whose credited lines are
        `findings`."""
        return cls(answer, {id(f.quote): (f.quote, f.focus) for f in findings
                            if f.focus is not None},
                   sentences=[(s.span.start, s.span.end) for s in analysis.sentences],
                   clauses=[(c.span.start, c.span.end) for c in analysis.clauses],
                   target=target)

    @property
    def short(self) -> bool:
        """Whether the review has quoted fewer distinct lines than its target so far."""
        return len(self._starts) < self.target

    def shown(self, quote: Quote) -> Quote:
        """What citing `quote` shows: the part of a finding's line that holds its evidence,
        ended at a clause boundary when long."""
        # Asked a few hundred times a review, for the same few dozen quotes.
        seen = self._shown.get(id(quote))
        if seen is not None and seen[0] is quote:
            return seen[1]
        known = self.parts.get(id(quote))
        span = snap(self.answer, self.sentences, self.clauses,
                    known[1] if known is not None and known[0] is quote else quote)
        end = span.start + cut_end(span.quote)
        shown = span.model_copy(update={"end": end, "quote": self.answer[span.start:end]})
        self._shown[id(quote)] = (quote, shown)
        return shown

    def _times(self, quote: Quote) -> int:
        # Asked of every line a turn weighs, a few hundred times a review; the count changes
        # only when something is cited, so it is kept until the next citation.
        known = self._times_of.get(id(quote))
        if known is not None and known[0] is quote and known[1] == self._cites:
            return known[2]
        span = self.shown(quote)
        times = max(self._cover[span.start:span.end], default=0)
        self._times_of[id(quote)] = (quote, self._cites, times)
        return times

    def available(self, quote: Quote) -> bool:
        """Whether `quote` may still be cited: none of its words quoted twice already."""
        return self._times(quote) < MAX_CITES

    def unused(self, quote: Quote) -> bool:
        """Whether none of the words citing `quote` would show have been quoted yet."""
        return self._times(quote) == 0

    def pick(self, findings: Iterable[Finding], avoid: set[int] | None = None) -> Finding | None:
        """The first finding whose quote nobody has cited, else the first still citable."""
        usable = [f for f in findings if self.available(f.quote)
                  and f.quote.start not in (avoid or set())]
        fresh = [f for f in usable if self.unused(f.quote)]
        return next(iter(fresh or usable), None)

    def cite(self, quote: Quote, cited: list[Quote], use: QuoteUse | None = None) -> str:
        """Count a citation, add the (clause-cut) quote to `cited` (as `use`, if given), and
        return it in quotes."""
        span = self.shown(quote)
        if use is not None:
            span = span.model_copy(update={"use": use})
        for at in range(span.start, span.end):
            self._cover[at] += 1
        self._cites += 1
        self._starts.add(span.start)
        if all(q.start != span.start or q.use != span.use for q in cited):
            cited.append(span)
        return quoted(span.quote)

    def claim(self, speaker: str, criterion: str, use: QuoteUse, start: int | None) -> None:
        """Record what `speaker` said about `criterion`."""
        self.claims.append(Claim(speaker, criterion, use, start))

    def said_by(self, speaker: str, criterion: str) -> Claim | None:
        """The first claim `speaker` made about `criterion`, if any."""
        return next((c for c in self.claims
                     if c.speaker == speaker and c.criterion == criterion), None)
