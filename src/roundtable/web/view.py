"""Shaping a review for the page: cited spans of the answer, names, labels.

Highlights are built here as plain segments of text; the templates escape every segment, so
an answer containing HTML renders as the text the candidate typed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from roundtable.catalog import Panel
from roundtable.models import PanelistRef, Quote, Review, Round, Turn

ROUND_TITLES = {
    "opening": "Opening takes",
    "crosstalk": "Cross-talk",
    "closing": "Closing thoughts",
}
ROUND_NOTES = {
    "opening": "Each panelist reads the answer alone, before hearing the others.",
    "crosstalk": "They respond to each other by name: agreeing, building, pushing back.",
    "closing": "Where each of them lands.",
}
VOTE_LABELS = {
    "strong_hire": "Strong hire",
    "hire": "Hire",
    "no_hire": "No hire",
    "strong_no_hire": "Strong no hire",
}
SOURCE_LABELS = {"amazon-lp": "Amazon Leadership Principle", "generic": "General competency"}
STANCE_LABELS = {"agree": "agrees", "build": "builds on", "pushback": "pushes back on"}


@dataclass(frozen=True)
class Segment:
    """A run of the answer, cited by zero or more panelists."""

    text: str
    start: int
    cited_by: tuple[str, ...] = ()


def valid_quote(answer: str, quote: Quote) -> bool:
    """True when the quote's offsets point at its text in the answer."""
    return 0 <= quote.start < quote.end <= len(answer) and answer[quote.start:quote.end] == (
        quote.quote
    )


def segments(answer: str, citations: Iterable[tuple[str, Quote]]) -> list[Segment]:
    """Split `answer` at every cited span's edges; each piece knows who cited it."""
    spans = [(q.start, q.end, who) for who, q in citations if valid_quote(answer, q)]
    cuts = sorted({0, len(answer), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    pieces: list[Segment] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        if start == end:
            continue
        who = tuple(dict.fromkeys(w for s, e, w in spans if s <= start and end <= e))
        pieces.append(Segment(answer[start:end], start, who))
    return pieces


def citations(review: Review) -> list[tuple[str, Quote]]:
    """Every (panelist name, quote) the deliberation cites, in order of speaking."""
    names = names_by_id(review.panel)
    return [(names.get(turn.speaker, turn.speaker), quote)
            for rnd in review.rounds for turn in rnd.turns for quote in turn.evidence]


def names_by_id(panel: Iterable[PanelistRef]) -> dict[str, str]:
    """Panelist id to display name."""
    return {p.id: p.name for p in panel}


def panel_refs(panel: Panel) -> list[PanelistRef]:
    """The catalog panel as the review shows it, for pages of reviews still running."""
    return [PanelistRef(id=p.id, name=p.name, title=p.title) for p in panel.personas]


def initials(name: str) -> str:
    """Two letters for an avatar."""
    parts = [p for p in name.split() if p[:1].isalpha()]
    return "".join(p[0] for p in parts[:2]).upper() or "?"


def first_name(name: str) -> str:
    """How panelists address each other."""
    return name.split()[0] if name.split() else name


def addressed(turn: Turn, people: dict[str, PanelistRef]) -> str:
    """The first names of the panelists a turn speaks to, comma-separated."""
    return ", ".join(first_name(people[i].name) if i in people else i for i in turn.addresses)


def group_turns(turns: Iterable[tuple[str, Turn]]) -> list[Round]:
    """Turns persisted while running, regrouped into rounds in the order they came."""
    rounds: list[Round] = []
    for kind, turn in turns:
        if not rounds or rounds[-1].kind != kind:
            rounds.append(Round(kind=kind, turns=[]))
        rounds[-1].turns.append(turn)
    return rounds


def vote_tally(review: Review) -> list[tuple[str, int]]:
    """How many panelists cast each vote, strongest hire first, omitting zeros."""
    order = ["strong_hire", "hire", "no_hire", "strong_no_hire"]
    counts = {v: sum(1 for s in review.signals if s.vote == v) for v in order}
    return [(v, n) for v, n in counts.items() if n]
