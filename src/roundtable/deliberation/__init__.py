"""Deliberation: each panelist's own reading, the rounds they speak in, and how minds change."""

from roundtable.deliberation.debate import Debate, deliberate

__all__ = ["Debate", "deliberate"]
