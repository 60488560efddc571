"""Synthesis: the panel's consensus, hiring signals, headline and follow-up questions."""

from roundtable.synthesis.consensus import build_consensus, build_signals
from roundtable.synthesis.followups import build_follow_ups
from roundtable.synthesis.headline import build_headline

__all__ = ["build_consensus", "build_follow_ups", "build_headline", "build_signals"]
