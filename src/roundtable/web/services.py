"""What the routes share: the store, the queue, the templates, and the submit logic.

Pages and the JSON API both submit through `Services.submit`, so they validate the same way and
store the answer before the review is queued. The web process never runs a review itself: it
hands the id to a worker (see `roundtable.work`) and reads what the worker writes.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Protocol

from starlette.templating import Jinja2Templates

from roundtable.engines.llm.cache import forget_stored_review
from roundtable.errors import InputError, RoundtableError
from roundtable.ingest import MAX_BYTES, check_reviewable, parse_input
from roundtable.store import NewReview, ReviewRecord, Store
from roundtable.store.records import RETRYABLE
from roundtable.web.catalog import resolve_competency, resolve_panel
from roundtable.web.offered import OfferedModels
from roundtable.web.settings import Settings

log = logging.getLogger("roundtable.web")
RETRY_AFTER_S = 5
DB_DOWN = ("the database is unavailable right now, so nothing was stored or changed; try again "
           "in a few seconds")


class Dispatcher(Protocol):
    """Where a stored review goes to be run: the job queue or the local pool."""

    async def send(self, review_id: str) -> None:
        """Hand the review to a worker."""


class TooLarge(RoundtableError):
    """The submitted text is over the size limit (answered with 413)."""


class NotRetryable(RoundtableError):
    """Only failed or interrupted reviews can be retried (answered with 409)."""


def check_answer(text: str, origin: str = "the answer", *, limit: int = MAX_BYTES,
                 trim: str = "the question and the answer") -> None:
    """Refuse empty or oversized answers with a message that says what to do."""
    size = len(text.encode("utf-8", "replace"))
    if size > limit:
        raise TooLarge(f"{origin} is {size:,} bytes; the limit is {limit:,} bytes "
                       f"(trim it to {trim})")
    if not text.strip():
        raise InputError(f"{origin} is empty; paste the candidate's answer or upload a transcript")


@dataclass
class Services:
    """Everything a request handler needs, built once per app."""

    settings: Settings
    store: Store
    dispatcher: Dispatcher
    templates: Jinja2Templates
    offered: OfferedModels

    async def submit(self, new: NewReview) -> ReviewRecord:
        """Validate, store the answer, then queue its review."""
        check_answer(new.text)
        new = new.model_copy(update={"model": self.offered.choose(new.engine, new.model)})
        # In a thread: resolving an uploaded competency or panel reads the store, and the
        # event loop must stay free for every other request (the health check above all).
        record = await asyncio.to_thread(self._store_new, new)
        await self._send(record.id)
        return record

    def _store_new(self, new: NewReview) -> ReviewRecord:
        competency = resolve_competency(self.store, new.competency)
        resolve_panel(self.store, new.panel)
        # The pipeline's own check, on the answer the pipeline will see (a transcript's
        # candidate turns), so a too-short answer is refused here instead of stored and failed.
        check_reviewable(parse_input(new.text, question=new.question).answer)
        return self.store.create(
            new, competency_id=competency.id if competency else None,
            competency_name=competency.name if competency else None)

    async def _send(self, review_id: str) -> None:
        # The answer is stored: the submission is acknowledged whatever happens next. A review
        # that could not be queued now is queued again when its delivery deadline passes.
        try:
            await self.dispatcher.send(review_id)
        except Exception as exc:  # any queue failure is recovered the same way
            log.warning("review %s is stored but not yet queued (%s); it will be",
                        review_id, type(exc).__name__)

    async def retry(self, record: ReviewRecord) -> ReviewRecord:
        """Run a failed or interrupted review again, in place, from its stored answer."""
        if record.status not in RETRYABLE:
            raise NotRetryable(f"review {record.id} is {record.status}; only failed or "
                               "interrupted reviews can be retried")
        # Conditional in the store: two retries at once queue the review once.
        if not await asyncio.to_thread(self.store.requeue, record.id):
            raise NotRetryable(f"review {record.id} is no longer failed or interrupted; "
                               "reload it")
        await self._send(record.id)
        return record.model_copy(update={"status": "queued", "error": None})

    async def delete(self, review_id: str) -> bool:
        """Delete a review with its answer and its cached model replies; a worker running it
        stops at its next write."""
        await asyncio.to_thread(forget_stored_review, self.store, review_id)
        return await asyncio.to_thread(self.store.delete, review_id)
