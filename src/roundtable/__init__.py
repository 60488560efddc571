"""Roundtable: an expert panel deliberates over one behavioral-interview answer.

    >>> import roundtable
    >>> review = roundtable.review(answer_text, competency="have-backbone")
    >>> review.verdict.vote
    'hire'

`review(...).model_dump(mode="json")` is the same JSON that `roundtable review --format json`
prints.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Review", "RoundtableError", "Submission", "__version__", "areview", "review"]

if TYPE_CHECKING:
    from roundtable.errors import RoundtableError
    from roundtable.ingest.submission import Submission
    from roundtable.models import Review
    from roundtable.pipeline import areview, review

_LAZY = {
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
