"""Evidence: deterministic analysis of an answer into quoted findings with character offsets."""

from roundtable.evidence.analysis import Analysis, Evidence, Sentence, analyze

__all__ = ["Analysis", "Evidence", "Sentence", "analyze"]
