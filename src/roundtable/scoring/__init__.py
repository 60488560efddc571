"""Scoring: criterion scores from evidence, panelist scores through lenses, votes and verdict."""

from roundtable.scoring.criteria import score_criteria
from roundtable.scoring.panel import assess_panel, level_offset, verdict_from

__all__ = ["assess_panel", "level_offset", "score_criteria", "verdict_from"]
