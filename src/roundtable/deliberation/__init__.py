"""Deliberation: what each panelist takes from the evidence, and the rounds they speak in."""

from roundtable.deliberation.rounds import closing_round, crosstalk_round, opening_round
from roundtable.deliberation.views import View, plan_views

__all__ = ["View", "closing_round", "crosstalk_round", "opening_round", "plan_views"]
