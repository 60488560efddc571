"""Turning checked replies into review objects: turns with offsets, addressees resolved to ids.

Everything here is deterministic code over the model's structured reply; the numbers that
decide the verdict are computed in `guard.py`, never read from the model's prose.
"""

from __future__ import annotations

from collections.abc import Sequence

from roundtable.catalog.schema import Persona
from roundtable.engines.base import Brief, Case
from roundtable.engines.llm.quotes import QuoteCheck, check_quotes
from roundtable.engines.llm.replies import (
    ClosingReply,
    CrosstalkReply,
    OpeningReply,
    SynthesisReply,
    TurnReply,
)
from roundtable.models import Turn


def ground_turn(
    reply: TurnReply, answer: str, heard: Sequence[str] = (), *, scores: bool = True
) -> QuoteCheck:
    """Check every quote a turn relies on, its scores' evidence included unless `scores` is
    False (the turn then shows only what it quoted to make its point)."""
    quotes = list(reply.quotes)
    if scores and isinstance(reply, (OpeningReply, ClosingReply)):
        quotes.extend(s.quote for s in reply.scores if s.quote.strip())
    return check_quotes(quotes, f"{reply.text} {_moved(reply)}", answer, heard)


def turn_evidence(reply: TurnReply, answer: str, heard: Sequence[str] = ()) -> QuoteCheck:
    """The quotes a turn shows: the ones it made its point with, else its scores' evidence."""
    shown = ground_turn(reply, answer, heard, scores=False)
    return shown if shown.found else ground_turn(reply, answer, heard)


def quote_problem(check: QuoteCheck, *, needs_quote: bool = True) -> str | None:
    """Why a reply cannot stand: a misquotation in its prose, or no verified quote at all.

    A listed quote that is not in the answer is only dropped: the rest of the turn stands.
    """
    if check.misquoted:
        listed = "; ".join(f'"{q[:80]}"' for q in check.misquoted[:3])
        return f"its text quotes words that are not in the answer: {listed}"
    if needs_quote and not check.found:
        if check.invented:
            listed = "; ".join(f'"{q[:80]}"' for q in check.invented[:3])
            return f"quotes not found in the answer: {listed}"
        return "no quote from the answer supports the turn"
    return None


def synthesis_check(reply: SynthesisReply, answer: str, heard: Sequence[str]) -> QuoteCheck:
    """Check any quotation inside the synthesis prose."""
    return check_quotes([], synthesis_prose(reply), answer, heard)


def synthesis_prose(reply: SynthesisReply) -> str:
    """All of the synthesis's prose, for checks that read it as one text."""
    return " ".join([
        reply.headline,
        reply.consensus,
        *reply.agreements,
        *(f"{p.reason_to_hire} {p.concern} {p.emphasis} {p.follow_up}" for p in reply.panelists),
    ])


def panelist_id(name: str, case: Case, *, exclude: str | None = None) -> str | None:
    """The id of the panelist a model named by id, full name or first name."""
    key = name.strip().lower().rstrip(",.:;")
    for persona in case.panel.personas:
        if persona.id == exclude:
            continue
        # A panelist named in `addresses` is a panelist, whoever in the story shares the name.
        if key in {persona.id, persona.name.lower(), persona.called.lower(),
                   persona.name.split()[0].lower()}:
            return persona.id
    return None


def names_of(brief: Brief) -> dict[str, str]:
    """Lower-case full and first names to panelist ids, for attributing vote words."""
    names: dict[str, str] = {}
    for persona in brief.panel.personas:
        names[persona.name.lower()] = persona.id
        names[persona.called.lower()] = persona.id
    return names


def _moved(reply: TurnReply) -> str:
    return reply.moved.strip() if isinstance(reply, ClosingReply) else ""


def turn_text(reply: TurnReply) -> str:
    """What the panelist says: a closing leads with what moved it, unless its text says so."""
    text = reply.text.strip()
    moved = _moved(reply)
    if moved and moved.lower() not in text.lower():
        text = f"{moved.rstrip('.')}. {text}"
    return text


def build_turn(
    reply: TurnReply,
    speaker: Persona,
    case: Case,
    check: QuoteCheck,
    *,
    text: str | None = None,
    to: str | None = None,
) -> Turn:
    """A review Turn from a checked reply: evidence with offsets, addressees resolved to ids.

    `to` is the colleague the cross-talk assigned; `text` replaces the reply's own words.
    """
    addresses: list[str] = [to] if to else []
    stance = None
    if isinstance(reply, CrosstalkReply):
        stance = reply.stance
        named = [panelist_id(n, case, exclude=speaker.id) for n in reply.addresses]
        # Models often name a colleague in the text but leave `addresses` empty.
        mentioned = [
            p.id
            for p in case.panel.personas
            if p.id != speaker.id and p.called in reply.text
        ]
        for pid in [*named, *mentioned]:
            if pid is not None and pid not in addresses:
                addresses.append(pid)
    return Turn(
        speaker=speaker.id,
        text=text if text is not None else turn_text(reply),
        addresses=addresses,
        stance=stance,
        evidence=check.found,
    )
