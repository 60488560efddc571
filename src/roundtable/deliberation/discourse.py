"""The discourse state of one review: which quotes were cited how often, and who claimed what.

Every turn consults it, so a quote is cited at most twice across the three rounds, a colleague's
claim can be restated by name, and each closing can rest on evidence of its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from roundtable.deliberation.phrasing import cut_end, quoted
from roundtable.deliberation.reading import Finding
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
    cited: Counter[int] = field(default_factory=Counter)
    claims: list[Claim] = field(default_factory=list)

    def available(self, quote: Quote) -> bool:
        """Whether `quote` may still be cited."""
        return self.cited[quote.start] < MAX_CITES

    def unused(self, quote: Quote) -> bool:
        """Whether nobody has cited `quote` yet."""
        return self.cited[quote.start] == 0

    def pick(self, findings: Iterable[Finding], avoid: set[int] | None = None) -> Finding | None:
        """The first finding whose quote nobody has cited, else the first still citable."""
        usable = [f for f in findings if self.available(f.quote)
                  and f.quote.start not in (avoid or set())]
        fresh = [f for f in usable if self.unused(f.quote)]
        return next(iter(fresh or usable), None)

    def cite(self, quote: Quote, cited: list[Quote]) -> str:
        """Count a citation, add the (clause-cut) quote to `cited`, and return it in quotes."""
        end = quote.start + cut_end(quote.quote)
        span = quote.model_copy(update={"end": end, "quote": self.answer[quote.start:end]})
        self.cited[quote.start] += 1
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
