"""Where in a credited sentence its evidence for one criterion lies: the part a turn quotes.

A sentence often carries evidence for several criteria in different clauses ("I felt that if we
waited we'd lose the deal, so I went ahead and offered them a bigger discount, and got the
approval afterwards"). Quoted whole for each criterion, the same words come back every time and
the rest of the answer goes unquoted; quoted at the clauses that show the criterion argued, each
quote is the evidence for what its turn says. A quote starts and ends only where the answer's
own punctuation breaks a clause (a comma, a semicolon, a colon, a dash) or at the sentence's
ends, and it keeps every clause the clause reader read as one, so it never stops mid-phrase.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from roundtable import regexes as re
from roundtable.deliberation.phrasing import CLAUSE_BREAK
from roundtable.evidence.analysis import Analysis
from roundtable.evidence.reading import opens_on_verb
from roundtable.evidence.text import bracketed
from roundtable.models import Quote

MIN_WORDS = 4
"""A part shorter than this ("I thought") is no quote on its own: the sentence is quoted."""

# A clause joined on by its conjunction is quoted from its first word of content: "so I went
# ahead and offered them a bigger discount" reads as "I went ahead and offered them …".
_JOINER = re.compile(r"(?:and|so|but|or|then|plus)\s+", re.IGNORECASE)
# "so" and "then" end a clause ("I thought so", "right then") unless a comma sets them off.
_DANGLING = re.compile(r"(?:[,;:]\s+(?:so|then)|[,;:]?\s+(?:and|but|or|plus|because))$",
                       re.IGNORECASE)
# The words `_DANGLING` ends on: a span whose last characters (before a final newline, where `$`
# also matches) end on none of them needs no search. Case-folded, as `re` folds "ſ" onto "s".
_DANGLING_WORDS = ("so", "then", "and", "but", "or", "plus", "because")


@lru_cache(maxsize=1024)  # each credited line is cut for every criterion and citation of it
def segments(text: str, start: int) -> tuple[tuple[int, int], ...]:
    """The pieces of a sentence between its punctuated clause breaks, as answer offsets. A
    comma inside a closed aside breaks nothing: "→ 2 came (Mark, Jen)" is never quoted as far
    as "(Mark"."""
    pieces, at = [], 0
    inside = bracketed(text) if "(" in text else None
    for gap in CLAUSE_BREAK.finditer(text):
        if inside is not None and inside[gap.start()]:
            continue
        pieces.append((start + at, start + gap.start()))
        at = gap.end()
    pieces.append((start + at, start + len(text)))
    return tuple(p for p in pieces if p[1] > p[0])


def part(analysis: Analysis, answer: str, line: Quote, at: Iterable[int]) -> Quote | None:
    """The shortest run of whole pieces of `line` holding every clause in which evidence was
    found (`at`: where each phrase starts); None when that run is the whole line, too short to
    stand alone, or unknown (a phrase found nowhere in particular)."""
    positions = set(at)
    if not positions or any(p < line.start or p >= line.end for p in positions):
        return None
    clauses = [c.span for c in analysis.overlapping(line.start, line.end)
               if any(c.span.start <= p < c.span.end for p in positions)]
    # A phrase outside every clause is held to the piece it stands in.
    reach = [(s.start, s.end) for s in clauses] + [(p, p + 1) for p in positions
                                                  if not any(s.start <= p < s.end
                                                             for s in clauses)]
    pieces = segments(line.quote, line.start)
    kept = [i for i, (a, b) in enumerate(pieces) if any(a < e and s < b for s, e in reach)]
    if not kept:
        return None
    start, stop = kept[0], kept[-1]
    # A piece that leads into a colon ("What I took from it: ask what someone is seeing") is
    # said by what follows it, and what follows is said of it.
    while stop + 1 < len(pieces) and answer[pieces[stop][1]] == ":":
        stop += 1
    while start > 0 and answer[pieces[start - 1][1]] == ":":
        start -= 1
    # A clause with no subject of its own ("and gave him the lead on one of them") is quoted
    # with the clause whose subject it shares.
    while start > 0 and opens_on_verb(answer[pieces[start][0]:pieces[stop][1]]):
        start -= 1
    first, last = pieces[start][0], pieces[stop][1]
    joiner = _JOINER.match(answer, first)
    if joiner is not None and first > line.start:
        first = joiner.end()
    text = answer[first:last]
    if (first, last) == (line.start, line.end) or len(text.split()) < MIN_WORDS:
        return None
    return line.model_copy(update={"quote": text, "start": first, "end": last})


def snap(answer: str, sentences: list[tuple[int, int]], clauses: list[tuple[int, int]],
         quote: Quote) -> Quote:
    """`quote` widened to the clause boundaries around it: a span found mid-clause ("and put
    together a short guideline", whose "I started leaving more detailed reviews" went before)
    is quoted from the start of its clause to its end, never past the clause it stands in
    (whose words may be someone else's)."""
    # A span the sentence splitter and the finder read differently ("until 1 a.m. Our
    # standard answer …") is left as it was found.
    sentence = next((s for s in sentences if s[0] <= quote.start and quote.end <= s[1]), None)
    if sentence is None:
        return quote
    pieces = segments(answer[sentence[0]:sentence[1]], sentence[0])
    opens = next((c[0] for c in clauses if c[0] <= quote.start < c[1]), quote.start)
    closes = next((c[1] for c in clauses if c[0] < quote.end <= c[1]), quote.end)
    start = max(max((a for a, _ in pieces if a <= quote.start), default=quote.start), opens)
    end = min(min((b for _, b in pieces if b >= quote.end), default=quote.end), closes)
    joiner = _JOINER.match(answer, start)
    if joiner is not None and start > sentence[0]:
        start = joiner.end()
    # A clause read up to the word that joins the next ("I don't believe in dropping things,
    # so") ends before that word.
    tail = answer[max(start, end - len("because\n")):end]
    dangling = _DANGLING.search(answer, start, end) if tail.removesuffix("\n").casefold(
        ).endswith(_DANGLING_WORDS) else None
    if dangling is not None and dangling.start() > start:
        end = dangling.start()
    if (start, end) == (quote.start, quote.end):
        return quote
    return quote.model_copy(update={"quote": answer[start:end], "start": start, "end": end})
