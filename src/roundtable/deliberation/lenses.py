"""What a lens attends to, and the words it uses for what it sees.

A persona's lens weighs criteria families. Here the same weights decide attention: a panelist
reads closely the sentences whose evidence belongs to a family it weighs at least neutrally,
and only skims sentences whose evidence belongs to families it weighs below that. Kinds that
set the scene (a situation, a date, a name) belong to no family, so everyone reads them.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from roundtable import regexes as re
from roundtable.catalog.schema import Criterion, Family, Persona
from roundtable.scoring.panel import weighs_flag

CLOSE_READING = 1.0
"""A lens weight at or above this reads a family's evidence closely; below it, skims."""

KIND_FAMILY: dict[str, Family] = {
    "customer": "customer", "customer_feedback": "customer",
    "data": "data", "experiment": "data", "grounds": "data", "deep_dive": "data",
    "metric": "data",
    "result": "results", "quantified_result": "results",
    "ownership": "ownership", "action": "ownership", "vague_action": "ownership",
    "commitment": "ownership",
    "failure_owned": "ownership",
    "relationship": "relationship", "trust": "relationship", "empathy": "relationship",
    "communication": "communication", "raised": "communication",
    "influence": "influence", "escalation": "influence", "stakeholder": "influence",
    "collaboration": "influence",
    "mentoring": "people", "wellbeing": "people",
    "learning": "reflection", "curiosity": "reflection", "adaptation": "reflection",
    "decision": "judgment", "disagreement": "judgment", "calculated_risk": "judgment",
    "big_picture": "judgment", "prioritization": "judgment", "broad_impact": "judgment",
    "speed": "execution", "cost": "execution", "simplification": "execution",
    "standards": "standards",
}

def weight(persona: Persona, family: Family) -> float:
    """How much `persona` weighs a family (unlisted families weigh 1.0)."""
    return persona.lens.get(family, 1.0)


def families_of(kinds: Iterable[str], criterion_family: Family) -> set[Family]:
    """The families a sentence's evidence speaks to; a competency cue speaks to its criterion's."""
    found: set[Family] = set()
    for kind in kinds:
        if kind.startswith("cue"):
            found.add(criterion_family)
        elif kind in KIND_FAMILY:
            found.add(KIND_FAMILY[kind])
    return found


def attends(persona: Persona, kinds: Iterable[str], criterion_family: Family) -> bool:
    """Whether `persona` reads a sentence with evidence of `kinds` closely."""
    families = families_of(kinds, criterion_family)
    return not families or max(weight(persona, f) for f in families) >= CLOSE_READING


def alert_to(persona: Persona, flag: str) -> bool:
    """Whether `persona` catches a red flag of kind `flag` on its own: its lens weighs it."""
    return weighs_flag(persona, flag)


def lead_family(persona: Persona) -> Family:
    """The family the persona weighs most: what it talks about first."""
    return max(persona.lens, key=lambda f: (persona.lens[f], f))


_WORD = re.compile(r"[a-z]{4,}")


LENS_NAME: dict[Family, str] = {
    "customer": "customer", "data": "evidence", "ownership": "ownership",
    "influence": "influence", "relationship": "relationship", "execution": "delivery",
    "results": "results", "reflection": "self-awareness", "communication": "communication",
    "judgment": "judgment", "people": "team", "standards": "bar-raising",
}
"""What each lens is called when a panelist says from which side it speaks."""


_FUNCTION_WORDS = frozenset(
    "without with within that this their they them then than rather what when where which "
    "from into over across being been have after before about other others every just only "
    "actually candidate candidates".split())
"""Words a focus phrase and a criterion can share without sharing a subject: "influence
without authority" says nothing about a recovery "without waiting to be asked"."""


@lru_cache(maxsize=1024)  # a catalog's criteria and focus phrases, compared at every turn
def _content(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower())) - _FUNCTION_WORDS


def focus_match(persona: Persona, criterion: Criterion) -> str | None:
    """The persona's own focus phrase that shares a content word with a criterion's name,
    description or family, if one does."""
    about = _content(f"{criterion.name} {criterion.description} {criterion.family}")
    overlap = {f: len(_content(f) & about) for f in persona.voice.focus}
    best = max(persona.voice.focus, key=lambda f: overlap[f])
    return best if overlap[best] else None


def focus_for(persona: Persona, criterion: Criterion) -> str:
    """The persona's own focus phrase that a criterion speaks to, else the persona's side
    ("the customer side")."""
    return focus_match(persona, criterion) or f"the {LENS_NAME[lead_family(persona)]} side"
