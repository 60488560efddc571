"""Shaping a review for the page: cited spans of the answer, names, labels.

Highlights are built here as plain segments of text; the templates escape every segment, so
an answer containing HTML renders as the text the candidate typed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from roundtable.catalog import Panel
from roundtable.models import STOOD_IN, Ask, Flag, PanelistRef, Quote, Review, Round, Turn
from roundtable.render.labels import turn_marks

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


def turn_note(turn: Turn) -> str:
    """What the engine marked on a turn it kept (its prose replaced), as one sentence."""
    return ". ".join(turn_marks(turn)) + "."


@dataclass(frozen=True)
class Segment:
    """A run of the answer, cited by zero or more panelists."""

    text: str
    start: int
    cited_by: tuple[str, ...] = ()
    asked: str | None = None
    """The interviewer's follow-up that drew the reply this run opens, shown before it."""


def valid_quote(answer: str, quote: Quote) -> bool:
    """True when the quote's offsets point at its text in the answer."""
    return 0 <= quote.start < quote.end <= len(answer) and answer[quote.start:quote.end] == (
        quote.quote
    )


def segments(answer: str, citations: Iterable[tuple[str, Quote]],
             asks: Iterable[Ask] = ()) -> list[Segment]:
    """Split `answer` at every cited span's edges and where each reply to a follow-up begins;
    each piece knows who cited it, and the one opening a reply knows the ask."""
    spans = [(q.start, q.end, who) for who, q in citations if valid_quote(answer, q)]
    asked = {ask.at: ask.text for ask in asks}
    cuts = sorted({0, len(answer), *(s for s, _, _ in spans), *(e for _, e, _ in spans),
                   *(at for at in asked if at < len(answer))})
    pieces: list[Segment] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        if start == end:
            continue
        who = tuple(dict.fromkeys(w for s, e, w in spans if s <= start and end <= e))
        pieces.append(Segment(answer[start:end], start, who, asked.get(start)))
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
    return [PanelistRef(id=p.id, name=p.name, title=p.title, called=p.called)
            for p in panel.personas]


def initials(name: str) -> str:
    """Two letters for an avatar."""
    parts = [p for p in name.split() if p[:1].isalpha()]
    return "".join(p[0] for p in parts[:2]).upper() or "?"


def addressed(turn: Turn, people: dict[str, PanelistRef]) -> str:
    """The panelists a turn speaks to, as it calls them, comma-separated."""
    return ", ".join(people[i].called if i in people else i for i in turn.addresses)


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


@dataclass(frozen=True)
class FlagView:
    """A flag as the page shows it: a title, a sentence, and what the reader can do here."""

    title: str
    detail: str
    hint: str | None = None
    href: str | None = None
    notes: tuple[str, ...] = ()
    """The separate messages a summary stands for, listed under it."""


WEB_FLAG_HINTS = {
    "competency_inferred": ("Choose one under “Re-run this answer” below.", "#rerun"),
}
"""What a reader of the web page can do about a flag (the CLI says it its own way)."""

WEB_WORDING = {
    "or run with --engine rubric, which needs no model":
        "or re-run it with the rubric engine, which needs no model",
    "check --model; ": "check the models this server offers; ",
}
"""Engine messages written for the CLI, in the words of the web page."""


def web_text(message: str | None) -> str:
    """An engine or store message with command-line advice put in the web page's terms."""
    text = message or ""
    for cli, web in WEB_WORDING.items():
        text = text.replace(cli, web)
    return text


def flag_views(review: Review) -> list[FlagView]:
    """The review's flags for the page, the engine's notes folded into one summary."""
    engine = [f for f in review.flags if f.kind == "engine"]
    shown: list[FlagView] = []
    for flag in review.flags:
        if flag.kind != "engine":
            hint, href = WEB_FLAG_HINTS.get(flag.kind, (None, None))
            shown.append(FlagView(_title(flag), web_text(flag.detail), hint, href))
        elif flag is engine[0]:
            shown.append(_engine_summary(review, engine))
    return shown


def _title(flag: Flag) -> str:
    words = flag.kind.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else "Note"


def _engine_summary(review: Review, notes: list[Flag]) -> FlagView:
    if len(notes) == 1:
        return FlagView("Engine", web_text(notes[0].detail))
    turns = [t for r in review.rounds for t in r.turns]
    fell_back = [t for t in turns if t.fallback]
    # Turns the model was never asked for, because that panelist's opening failed.
    unasked = [t for t in fell_back if t.error == STOOD_IN]
    failed = [t for t in fell_back if t.error != STOOD_IN]
    if fell_back:
        reasons = {t.error for t in failed if t.error}
        why = f" ({web_text(reasons.pop())})" if len(reasons) == 1 else ""
        times = "every time" if len(failed) == len(turns) else (
            f"{len(failed)} of {len(turns)} times")
        also = (f", and {len(unasked)} later turn{'s' if len(unasked) > 1 else ''} of the "
                "panelists whose opening failed were not asked of it") if unasked else ""
        detail = (f"The model's own turn failed {times}{why}{also}; the rubric engine's turn "
                  "stands in for each one, marked in the discussion.")
    else:
        detail = f"The engine left {len(notes)} notes about this review."
    return FlagView("Engine", detail, notes=tuple(web_text(n.detail) for n in notes))


def panel_label(panel_id: str | None, source: str, names: dict[str, str],
                default: str) -> str | None:
    """The panel a stored review asked for, by name; None when the store does not know it.

    Reviews saved from the CLI do not record their panel, so they show none rather than a
    guess; a panel removed since shows its id.
    """
    if panel_id:
        return names.get(panel_id, panel_id)
    return None if source == "cli" else names.get(default, default)
