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
    "prompt_injection",
]

EVIDENCE_KINDS: frozenset[str] = frozenset(get_args(EvidenceKind))

RED_FLAGS: frozenset[str] = frozenset(
    {"blame", "contempt", "emotional", "never_fail", "prompt_injection"}
)
