"""The vocabulary of evidence: every kind an analyzer can find in an answer.

Competency files name these kinds as the positive and negative signals of a criterion, so the
list is part of the data-file format; a file naming an unknown kind fails validation.
"""

from __future__ import annotations

from typing import Literal, get_args

EvidenceKind = Literal[
    # STAR structure
    "situation",
    "task",
    "action",
    "result",
    "learning",
    # specificity against vagueness
    "metric",
    "timeframe",
    "named_entity",
    "vague",
    "hedge",
    "generic_claim",
    # ownership
    "ownership",
    "collective_we",
    "passive_voice",
    # data and experiments
    "data",
    "experiment",
    # people
    "customer",
    "customer_feedback",
    "stakeholder",
    "collaboration",
    "influence",
    "mentoring",
    "communication",
    "empathy",
    "trust",
    "wellbeing",
    # disagreement, from first objection to the relationship afterwards
    "disagreement",
    "grounds",
    "raised",
    "escalation",
    "decision",
    "commitment",
    "relationship",
    # outcome and reflection
    "quantified_result",
    "failure_owned",
    # ways of working
    "prioritization",
    "speed",
    "calculated_risk",
    "cost",
    "simplification",
    "standards",
    "deep_dive",
    "curiosity",
    "big_picture",
    "adaptation",
    "broad_impact",
    # red flags
    "blame",
    "contempt",
    "emotional",
    "never_fail",
    "sole_credit",
    "dismissive",
    "steamroll",
    "concealment",
    "hypothetical",
    "no_story",
    "prompt_injection",
]

EVIDENCE_KINDS: frozenset[str] = frozenset(get_args(EvidenceKind))

RED_FLAGS: frozenset[str] = frozenset(
    {"blame", "contempt", "emotional", "never_fail", "sole_credit", "dismissive", "steamroll",
     "concealment", "hypothetical", "no_story", "prompt_injection"}
)

_ALL_FAMILIES: tuple[str, ...] = (
    "customer", "data", "ownership", "influence", "relationship", "execution", "results",
    "reflection", "communication", "judgment", "people", "standards",
)
FLAG_FAMILIES: dict[str, tuple[str, ...]] = {
    "blame": ("ownership", "relationship", "reflection"),
    "contempt": ("relationship", "people", "communication"),
    "emotional": ("relationship", "communication"),
    "never_fail": ("reflection", "ownership", "judgment"),
    "sole_credit": ("people", "relationship", "ownership", "results"),
    "dismissive": ("people", "communication", "relationship", "customer"),
    "steamroll": ("influence", "relationship", "communication", "people", "judgment"),
    # Hiding a problem from the people it affects, or bending the record, breaks trust and the
    # bar whatever the story saves, and is the opposite of telling people plainly.
    "concealment": ("relationship", "standards", "judgment", "customer", "ownership",
                    "communication"),
    # With no real story told, no criterion has behavior behind it.
    "hypothetical": _ALL_FAMILIES,
    "no_story": _ALL_FAMILIES,
}
"""The criteria families each red flag bears on: it lowers those criteria, and the panelist
whose lens weighs those families most raises it."""

CONDUCT_FLAGS: frozenset[str] = frozenset(
    {"blame", "contempt", "emotional", "never_fail", "sole_credit", "dismissive", "steamroll",
     "concealment"})
"""Red flags about how the candidate treats others and owns the story. Beyond the criteria they
bear on, each costs the overall score of a panelist whose lens weighs it: a story that saves
money or ships on time does not make up for taking a team's credit, forcing a decision
through or hiding a defect. (`hypothetical` and `no_story` already lower every criterion.)"""
