"""The store: every submission and review, in SQLite by default or PostgreSQL by URL.

An answer is written before its review starts; turns are written as they are produced; a
review that fails keeps its answer and its error and can be retried.
"""

from roundtable.store.records import (
    NewReview,
    ReviewPage,
    ReviewRecord,
    ReviewSummary,
    Status,
    StoredTurn,
)
from roundtable.store.store import (
    LeaseLost,
    Store,
    StoreError,
    as_url,
    default_url,
    save_review,
)

__all__ = [
    "LeaseLost",
    "NewReview",
    "ReviewPage",
    "ReviewRecord",
    "ReviewSummary",
    "Status",
    "Store",
    "StoreError",
    "StoredTurn",
    "as_url",
    "default_url",
    "save_review",
]
