"""The agenda of the cross-talk and the rule by which minds change.

A disagreement is two readings of one criterion a full point or more apart. It is ranked by
the gap times how much the criterion matters to both panelists, and it always has a reason in
the answer: a credited line one of them weighed and the other did not, or a red flag one of
them saw. The panelist holding that evidence raises it; the other concedes (weighs it and is
rescored) unless a strict panelist is shown a hedged or vague line, which it holds against; a
line it had only discounted (a late launch told as fact) it concedes to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations

from roundtable.deliberation.lenses import weight
from roundtable.deliberation.phrasing import topic
from roundtable.deliberation.reading import (
    Evidence,
    Finding,
    Flag,
    Move,
    Reading,
    criterion_score,
    discounts,
    holds_against,
    reads_as_not_theirs,
    rescore,
)
from roundtable.engines.base import Case
from roundtable.models import Quote

GAP = 1
"""Readings this far apart on a criterion are worth arguing about."""


@dataclass(frozen=True)
class Disagreement:
    """One item on the agenda: who raises what with whom, about which criterion."""

    criterion: str
    raiser: Reading
    listeners: tuple[Reading, ...]
    finding: Finding | None
    """A credited line the listener had not weighed."""
    also: Finding | None
    """A second such line, raised when the first alone would leave them a point apart."""
    flag: Flag | None
    """A red flag the listeners had not seen."""
    priority: float

    @property
    def key(self) -> tuple[str, frozenset[str]]:
        """The criterion and the people arguing it: each is argued once."""
        people = {self.raiser.persona.id, *(r.persona.id for r in self.listeners)}
        return self.criterion, frozenset(people)


def _gain(evidence: Evidence, listener: Reading, criterion: str, *found: Finding) -> int:
    before = listener.criteria[criterion]
    after = criterion_score(evidence, criterion,
                            listener.weighed[criterion] | {f.quote.start for f in found},
                            listener.flags)
    return after - before


def _credit(evidence: Evidence, criterion: str, high: Reading, low: Reading, priority: float,
            citable: Callable[[Quote], bool], fresh: Callable[[Quote], bool]
            ) -> Disagreement | None:
    # A line can be raised if it can still be quoted, or named by what it is about.
    extra = [f for f in evidence.quotable(criterion)
             if f.quote.start in high.weighed[criterion]
             and f.quote.start not in low.weighed[criterion]
             and (citable(f.quote) or topic(f.quote.quote))]
    if not extra:
        return None
    # The raiser cites the line that would move the listener most, one that shows something
    # over one credited only for a competency's phrase, the rubric's order breaking ties.
    # (Each gain is rescoring the criterion: reckoned once, for the choice and for the test.)
    gains = {id(f): _gain(evidence, low, criterion, f) for f in extra}
    best = max(extra, key=lambda f: (gains[id(f)], not f.cue_only, fresh(f.quote),
                                     citable(f.quote), -extra.index(f)))
    gain = gains[id(best)]
    also = None
    if high.criteria[criterion] - (low.criteria[criterion] + gain) >= GAP:
        gains = {id(f): _gain(evidence, low, criterion, best, f) for f in extra if f is not best}
        also = max((f for f in extra if f is not best),
                   key=lambda f: (gains[id(f)], fresh(f.quote)), default=None)
        if also is not None and gains[id(also)] <= gain:
            also = None
    if gain <= 0 and also is None:
        return None
    return Disagreement(criterion, high, (low,), best, also, None, priority)


def _flag(evidence: Evidence, criterion: str, high: Reading, low: Reading,
          readings: list[Reading], priority: float) -> Disagreement | None:
    flag = next((f for f in evidence.flags if criterion in f.criteria
                 and f.kind in low.flags and f.kind not in high.flags), None)
    if flag is None:
        return None
    # A red flag found by one is raised with everyone who missed it.
    missed = tuple(r for r in readings if flag.kind not in r.flags)
    return Disagreement(criterion, low, missed, None, None, flag, priority)


def disagreements(case: Case, evidence: Evidence, readings: list[Reading],
                  settled: set[tuple[str, frozenset[str]]],
                  citable: Callable[[Quote], bool],
                  fresh: Callable[[Quote], bool]) -> list[Disagreement]:
    """Open disagreements, the most consequential first. Among the lines that would settle
    one, a line nobody has quoted is preferred (the moved panelist's closing quotes it again),
    then one still citable; a line quoted twice already is raised by what it is about."""
    found: list[Disagreement] = []
    order = [c.id for c in case.competency.criteria]
    for criterion in case.competency.criteria:
        cid = criterion.id
        for first, second in combinations(readings, 2):
            gap = first.criteria[cid] - second.criteria[cid]
            if abs(gap) < GAP:
                continue
            high, low = (first, second) if gap > 0 else (second, first)
            priority = (abs(gap) * weight(high.persona, criterion.family)
                        * weight(low.persona, criterion.family))
            item = (_flag(evidence, cid, high, low, readings, priority)
                    or _credit(evidence, cid, high, low, priority, citable, fresh))
            if item is not None and item.key not in settled:
                found.append(item)
    found.sort(key=lambda d: (-d.priority, order.index(d.criterion)))
    return found


def persuaded(listener: Reading, item: Disagreement) -> bool:
    """Whether the listener concedes: always to a red flag, and to a credited line unless it
    is strict and the line is hedged or vague."""
    return bool(_accepted(listener, item)) or item.flag is not None


def _accepted(listener: Reading, item: Disagreement) -> list[Finding]:
    """The raised lines the listener credits: a strict panelist leaves out hedged or vague ones."""
    return [f for f in (item.finding, item.also)
            if f is not None and not holds_against(listener.persona, f)]


def concede(case: Case, evidence: Evidence, listener: Reading, item: Disagreement) -> Move | None:
    """Weigh what was raised and rescore; the move, if the criterion's score changed."""
    before, vote_before = listener.criteria[item.criterion], listener.vote
    if item.flag is not None:
        listener.flags.add(item.flag.kind)
        quote = item.flag.quote
    else:
        accepted = _accepted(listener, item)
        listener.weighed[item.criterion].update(f.quote.start for f in accepted)
        quote = accepted[0].quote
        # A line the listener had read its own way (as the team's, as hedged) is read the
        # other way now wherever it counts, not only for the criterion argued.
        for found in accepted:
            if reads_as_not_theirs(listener.persona, found) or discounts(listener.persona, found):
                for cid in evidence.criteria:
                    other = next((f for f in evidence.quotable(cid)
                                  if f.quote.start == found.quote.start), None)
                    if other is not None and not holds_against(listener.persona, other):
                        listener.weighed[cid].add(found.quote.start)
    criteria = dict(listener.criteria)
    rescore(case, evidence, listener)
    after = listener.criteria[item.criterion]
    moves = [Move(listener.persona.id, item.raiser.persona.id, cid, criteria[cid],
                  listener.criteria[cid], quote, vote_before, listener.vote)
             for cid in [item.criterion, *(c for c in criteria if c != item.criterion)]
             if listener.criteria[cid] != criteria[cid]]
    listener.moved_by.extend(moves)
    return moves[0] if after != before else None
