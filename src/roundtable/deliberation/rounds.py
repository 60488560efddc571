"""The rubric engine's three rounds, written from the panelists' views.

Wording varies with the content (criteria, quotes, numbers) and with a seeded choice among the
persona's own phrases; stances follow the score differences between panelists.
"""

from __future__ import annotations

from roundtable.deliberation.phrasing import (
    FAMILY_SIGNALS,
    VOTE_WORDS,
    clause,
    first_name,
    inline,
    kinds_phrase,
    lens_strength,
    lower_first,
    names,
    pick,
    plain,
    rng,
)
from roundtable.deliberation.views import View
from roundtable.engines.base import Case
from roundtable.models import VOTES, Quote, Round, Stance, Turn

AGREE_GAP = 0.3
"""Panelists whose scores are this close, with the same vote, agree."""
PUSHBACK_GAP = 0.6
"""At this score difference, or across the hire line, a panelist pushes back."""


def _hires(view: View) -> bool:
    return VOTES.index(view.assessment.vote) >= VOTES.index("hire")


def stance_between(speaker: View, other: View) -> Stance:
    """Agree, build on or push back, from the two panelists' numbers alone."""
    gap = abs(speaker.assessment.score - other.assessment.score)
    if _hires(speaker) != _hires(other) or gap >= PUSHBACK_GAP:
        return "pushback"
    if gap < AGREE_GAP and speaker.assessment.vote == other.assessment.vote:
        return "agree"
    return "build"


def _evidence(*quotes: Quote | None) -> list[Quote]:
    seen: list[Quote] = []
    for quote in quotes:
        if quote is not None and all(q.start != quote.start for q in seen):
            seen.append(quote)
    return seen


def _strength_sentence(view: View, case: Case, slot: str) -> str:
    generator = rng(case.seed, case.submission.answer, view.persona.id, slot)
    if view.strength is None or view.strength_quote is None:
        return pick(generator, [
            "I looked hard for a moment to credit and did not find one that holds up.",
            "there is no passage I can point to as clear evidence for this competency.",
        ])
    quote = inline(view.strength_quote.quote)
    score = view.strength_score.score if view.strength_score else 0
    if view.credits_little:
        return (f"there is little here I can credit. The nearest thing is {quote}, and it only "
                f"reaches {score} of 5 on {view.strength.name.lower()}.")
    lead = pick(generator, [
        f"the line that carries this answer for me is {quote}.",
        f"I keep coming back to {quote}.",
        f"the strongest moment is {quote}.",
        f"what I'd credit first is {quote}.",
    ])
    anchors = view.strength.anchors
    brings = kinds_phrase(view.strength_kinds)
    family = view.strength.family
    weight = view.persona.lens.get(family, 1.0)
    signal = f"For me that signals {FAMILY_SIGNALS[family]}, {lens_strength(weight)}"
    name = view.strength.name.lower()
    if score >= 5:
        meaning = f"That puts {name} at 5 of 5: it brings {brings}. {signal}"
    elif score == 4:
        meaning = f"That puts {name} at 4 of 5, close to the top anchor, with {brings}. {signal}"
    else:
        meaning = (f"That puts {name} at {score} of 5, the middle anchor "
                   f"({clause(plain(anchors.three))}). {signal}")
    return f"{lead} {meaning}."


def _concern_sentence(view: View, case: Case, slot: str) -> str:
    generator = rng(case.seed, case.submission.answer, view.persona.id, slot)
    name = view.concern.name.lower()
    score = view.concern_score.score
    if view.concern_quote is None:
        opener = pick(generator, ["My concern is", "What worries me is", "The gap for me is"])
        return (f"{opener} {name}: nothing in the answer shows it, and the top anchor asks for a "
                f"lot ({clause(plain(view.concern.anchors.five))}).")
    quote = inline(view.concern_quote.quote, 90)
    if score <= 2:
        lead = pick(generator, ["My concern is", "Where it falls short is", "I am worried about"])
        return (f"{lead} {name}: the closest it gets is {quote}, which leaves it at {score} of 5, "
                f"below the middle anchor ({clause(plain(view.concern.anchors.three))}).")
    if score >= 4:
        return (f"I have no real concern; if I push, it is on {name}, where {quote} earns a "
                f"{score} rather than a 5.")
    lead = pick(
        generator, ["If I look for the gap, it is", "The soft spot is", "Where I want more is"]
    )
    return (f"{lead} {name}: {quote} earns a {score}, and the top anchor wants more "
            f"({clause(plain(view.concern.anchors.five))}).")


_FLAG_WORDS = {
    "blame": "puts the blame on someone else",
    "contempt": "is dismissive of a colleague",
    "emotional": "makes the story about frustration",
    "never_fail": "claims a record without mistakes",
}


def _red_flag_sentence(view: View) -> str:
    if view.red_flag is None:
        return ""
    return (f" I also have to flag {inline(view.red_flag.quote, 90)}: it "
            f"{_FLAG_WORDS[view.red_flag.kind]}, and I weigh that against the answer.")


def opening_round(case: Case, views: list[View]) -> Round:
    """Blind first takes: a strength with a quote, what it signals, and one concern each."""
    turns = []
    for view in views:
        generator = rng(case.seed, case.submission.answer, view.persona.id, "opener")
        opener = pick(generator, view.persona.voice.openers)
        text = (f"{opener} {lower_first(_strength_sentence(view, case, 'strength'))} "
                f"{_concern_sentence(view, case, 'concern')}{_red_flag_sentence(view)}")
        turns.append(
            Turn(
                speaker=view.persona.id,
                text=text,
                evidence=_evidence(view.strength_quote, view.concern_quote,
                                   view.red_flag.as_quote() if view.red_flag else None),
            )
        )
    return Round(kind="opening", turns=turns)


def _partner(view: View, views: list[View], position: int) -> View:
    """Whom to answer: the panelist whose numbers differ most; rotation breaks ties."""
    others = [v for v in views if v is not view]
    count = len(views)
    return max(
        others,
        key=lambda o: (round(abs(o.assessment.score - view.assessment.score), 1),
                       -((views.index(o) - position) % count)),
    )


def _crosstalk_text(view: View, other: View, stance: Stance, case: Case) -> tuple[str, list[Quote]]:
    generator = rng(case.seed, case.submission.answer, view.persona.id, "crosstalk")
    voice = view.persona.voice
    name = first_name(other.persona.name)
    phrase = pick(generator, {"agree": voice.agree, "build": voice.build,
                              "pushback": voice.pushback}[stance]).format(name=name)
    mine, theirs = view.assessment, other.assessment
    topic = (other.strength or other.concern).name.lower()
    their_point = f"your read of {topic}" if other.strength else f"your worry about {topic}"
    own_quote = view.strength_quote or view.concern_quote
    if stance == "agree":
        body = pick(generator, [
            f"{their_point} holds up, and our numbers match, {mine.score:.1f} to your "
            f"{theirs.score:.1f}. ",
            f"I read {topic} the same way you do; we're at {mine.score:.1f} and "
            f"{theirs.score:.1f}. ",
        ])
        if view.credits_little:
            body += "Neither of us found anything at the middle anchor or above. "
        elif own_quote is not None and view.strength is not None:
            body += (f"I'd add {inline(own_quote.quote, 90)}, which signals "
                     f"{FAMILY_SIGNALS[view.strength.family]}. ")
        body += (f"Where I'd still press is {view.concern.name.lower()}, at "
                 f"{view.concern_score.score} of 5.")
    elif stance == "build":
        body = f"{their_point} is fair, and there is more to it. "
        if view.strength is not None and own_quote is not None and not view.credits_little:
            body += (f"{inline(own_quote.quote, 90)} also shows "
                     f"{FAMILY_SIGNALS[view.strength.family]}, which is why I land at "
                     f"{mine.score:.1f} where you're at {theirs.score:.1f}. ")
        else:
            body += f"I land at {mine.score:.1f} where you're at {theirs.score:.1f}. "
        body += (f"What would move us both is {view.concern.name.lower()}, which scores "
                 f"{view.concern_score.score} of 5.")
    elif mine.score < theirs.score:
        credit = f"you credit {topic}" if other.strength else f"you worry about {topic}"
        body = (f"{credit}, but I have this at {mine.score:.1f} to your {theirs.score:.1f}, "
                f"and the difference is {view.concern.name.lower()}: ")
        body += (f"{inline(view.concern_quote.quote, 90)} is as far as it goes."
                 if view.concern_quote else "the answer never shows it.")
        body += (f" I care about {FAMILY_SIGNALS[view.concern.family]}, so that gap weighs more "
                 f"than you're allowing.")
    else:
        body = (f"you're weighing {other.concern.name.lower()} heavily, and I'd weigh it less. ")
        if own_quote is not None and view.strength is not None and not view.credits_little:
            body += (f"{inline(own_quote.quote, 90)} is real evidence of "
                     f"{view.strength.name.lower()}, ")
        if mine.vote == theirs.vote:
            body += (f"so we share {VOTE_WORDS[mine.vote]}, but I'm at {mine.score:.1f} to your "
                     f"{theirs.score:.1f}.")
        else:
            body += (f"so I'm at {mine.score:.1f} and {VOTE_WORDS[mine.vote]} where you're at "
                     f"{theirs.score:.1f} and {VOTE_WORDS[theirs.vote]}.")
    evidence = _evidence(own_quote, view.concern_quote if stance == "pushback" else None)
    return f"{phrase} {lower_first(body)}", evidence


def crosstalk_round(case: Case, views: list[View]) -> Round:
    """Each panelist answers another by name; the stance follows their score difference."""
    turns = []
    for position, view in enumerate(views):
        other = _partner(view, views, position)
        stance = stance_between(view, other)
        text, evidence = _crosstalk_text(view, other, stance, case)
        addresses = [other.persona.id]
        third = [v for v in views if v is not view and v is not other
                 and stance_between(view, v) == "agree"]
        if third and stance != "agree":
            ally = third[0]
            text += (f" {first_name(ally.persona.name)}, you're at {ally.assessment.score:.1f} "
                     f"and I'm at {view.assessment.score:.1f}, so you and I read it alike.")
            addresses.append(ally.persona.id)
        turns.append(
            Turn(speaker=view.persona.id, text=text, addresses=addresses, stance=stance,
                 evidence=evidence)
        )
    return Round(kind="crosstalk", turns=turns)


def closing_round(case: Case, views: list[View]) -> Round:
    """Each panelist converges: what the panel agrees on, the gap that remains, their vote."""
    scores = sorted(case.criteria, key=lambda s: (-s.score, -len(s.evidence)))
    top = next((s for s in scores if s.evidence), None)
    gap = min(case.criteria, key=lambda s: (s.score, len(s.evidence)))
    turns = []
    for view in views:
        generator = rng(case.seed, case.submission.answer, view.persona.id, "closing")
        closer = pick(generator, view.persona.voice.closers)
        others = [first_name(v.persona.name) for v in views if v is not view] + ["I"]
        if top is not None and top.score >= 3:
            agreed = (f"{names(others)} agree the answer shows {top.name.lower()} "
                      f"({top.score} of 5)")
        else:
            agreed = f"{names(others)} agree the answer does not yet show the competency"
        remaining = (f"and {gap.name.lower()} is the gap that remains"
                     if gap.id != view.concern.id
                     else f"and for me, as for the panel, {gap.name.lower()} is the open question")
        own = ""
        if gap.id != view.concern.id:
            own = (f" I'd still want {view.concern.name.lower()} answered before I'd move: "
                   f"it is where {FAMILY_SIGNALS[view.concern.family]} would show.")
        vote = VOTE_WORDS[view.assessment.vote]
        text = (f"{closer} {agreed}, {remaining}.{own} I'm at {vote}, "
                f"{view.assessment.score:.1f} of 5.")
        turns.append(
            Turn(speaker=view.persona.id, text=text,
                 evidence=_evidence(top.evidence[0] if top and top.evidence else None))
        )
    return Round(kind="closing", turns=turns)
