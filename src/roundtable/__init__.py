"""Roundtable: an expert panel deliberates over one behavioral-interview answer.

    >>> import roundtable
    >>> review = roundtable.review(answer_text, competency="have-backbone")
    >>> review.verdict.vote
    'hire'

`review(...).model_dump(mode="json")` is the same JSON that `roundtable review --format json`
prints. A whole interview transcript (any format) gets a review per behavioral question and the
debrief of the loop:

    >>> debrief = roundtable.interview(open("zoom.vtt").read())
    >>> debrief.verdict.vote, [s.competency.id for s in debrief.segments]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Interview", "Review", "RoundtableError", "Submission", "__version__", "ainterview",
           "areview", "interview", "review"]

if TYPE_CHECKING:
    from roundtable.debrief.models import Interview
    from roundtable.debrief.run import ainterview, interview
    from roundtable.errors import RoundtableError
    from roundtable.ingest.submission import Submission
    from roundtable.models import Review
    from roundtable.pipeline import areview, review

_LAZY = {
    "interview": "roundtable.debrief.run",
    "ainterview": "roundtable.debrief.run",
    "Interview": "roundtable.debrief.models",
    "review": "roundtable.pipeline",
    "areview": "roundtable.pipeline",
    "Review": "roundtable.models",
    "Submission": "roundtable.ingest.submission",
    "RoundtableError": "roundtable.errors",
}


def __getattr__(name: str) -> Any:
    # Lazy so that `import roundtable` (and the CLI's --help) stays fast.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'roundtable' has no attribute {name!r}")
