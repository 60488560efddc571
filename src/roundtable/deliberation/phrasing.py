"""Small helpers for turning numbers and quotes into readable, varied sentences."""

from __future__ import annotations

import hashlib
import random
import re

from roundtable.models import Vote

VOTE_WORDS: dict[Vote, str] = {
    "strong_no_hire": "Strong No Hire",
    "no_hire": "No Hire",
    "hire": "Hire",
    "strong_hire": "Strong Hire",
}
INLINE_QUOTE = 120

# How each kind of evidence reads in a sentence ("it brings data and a named situation").
KIND_PHRASES: dict[str, str] = {
    "situation": "a concrete situation", "task": "a clear goal", "action": "first-person actions",
    "result": "an outcome", "learning": "a lesson drawn", "metric": "numbers",
    "timeframe": "a timeline", "named_entity": "named people, systems or teams",
    "ownership": "personal ownership", "data": "data", "experiment": "an experiment",
    "customer": "the customer", "customer_feedback": "customer evidence",
    "stakeholder": "the stakeholders involved", "collaboration": "partners brought in",
    "influence": "people won over", "mentoring": "people developed",
    "communication": "deliberate communication", "empathy": "the other side's view",
    "trust": "candour", "wellbeing": "care for the team", "disagreement": "a stated objection",
    "grounds": "reasons for it", "raised": "a chosen forum",
    "escalation": "a transparent escalation",
    "decision": "the decision", "commitment": "commitment afterwards",
    "relationship": "the relationship afterwards", "quantified_result": "a measured result",
    "failure_owned": "a failure owned", "prioritization": "explicit trade-offs",
    "speed": "speed", "calculated_risk": "a weighed risk", "cost": "cost awareness",
    "simplification": "a simpler way", "standards": "a quality bar",
    "deep_dive": "digging to the cause", "curiosity": "curiosity",
    "big_picture": "the bigger picture", "adaptation": "a change of course",
    "broad_impact": "wider consequences",
}


def rng(seed: int, answer: str, *parts: str) -> random.Random:
    """A generator fixed by the seed, the answer and the slot, so output is reproducible."""
    digest = hashlib.sha256(answer.encode("utf-8")).hexdigest()[:16]
    return random.Random(f"{seed}|{digest}|{'|'.join(parts)}")


def pick(generator: random.Random, options: list[str] | tuple[str, ...]) -> str:
    """One option, chosen by `generator`."""
    return options[generator.randrange(len(options))]


def inline(quote: str, limit: int = INLINE_QUOTE) -> str:
    """A quote for use inside prose, shortened at a word boundary when long."""
    text = " ".join(quote.split())
    if len(text) > limit:
        text = text[: text.rfind(" ", 0, limit)].rstrip(",;:") + "…"
    return f"“{text}”"


def lower_first(text: str) -> str:
    """`text` with its first letter lower-cased, unless it starts an acronym or a name like I."""
    if len(text) > 1 and text[1].isupper() or text.startswith("I "):
        return text
    return text[:1].lower() + text[1:]


def clause(text: str) -> str:
    """A sentence made usable mid-sentence: first letter lowered, final period dropped."""
    return lower_first(text.strip().rstrip("."))


# What evidence on a criterion family signals about a candidate.
FAMILY_SIGNALS: dict[str, str] = {
    "customer": "a customer-first instinct",
    "data": "decisions grounded in evidence rather than opinion",
    "ownership": "someone who owns the outcome, not just the task",
    "influence": "influence without authority",
    "relationship": "trust that survives a hard conversation",
    "execution": "the ability to get things done under real constraints",
    "results": "a focus on outcomes over activity",
    "reflection": "self-awareness that compounds",
    "communication": "clear, deliberate communication",
    "judgment": "sound judgment when it is uncomfortable",
    "people": "care for the people around them",
    "standards": "a bar that does not slip under pressure",
}


def lens_strength(weight: float) -> str:
    """How much a persona cares, from its lens weight on a family."""
    if weight >= 1.5:
        return "exactly what I hire for"
    if weight >= 1.0:
        return "something I value"
    return "useful, though not my first lens"


def kinds_phrase(kinds: list[str], limit: int = 3) -> str:
    """'data, an experiment and numbers' for the first `limit` kinds."""
    return names([KIND_PHRASES[k] for k in kinds[:limit] if k in KIND_PHRASES])


def plain(text: str) -> str:
    """Anchor text for use inside parentheses: its own parentheticals removed."""
    return re.sub(r"\s*\([^)]*\)", "", text).strip()


def first_name(full_name: str) -> str:
    """How panelists address each other."""
    return full_name.split()[0]


def names(items: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"
