"""Reviews sent through the job queue by a client that is not a web server (`roundtable eval`).

Each review is stored, queued and run by whichever `roundtable worker` takes it, exactly as a
web submission is; the client waits for it in the store, reads the review, then deletes it, so
an evaluation does not fill the history.
"""

from __future__ import annotations

import asyncio
from types import TracebackType
from typing import Any

from roundtable.errors import RoundtableError
from roundtable.models import Review
from roundtable.store import NewReview, Store

POLL_S = 0.2


class QueuedReviewFailed(RoundtableError):
    """A review sent through the queue failed on its worker."""


class QueueReviewer:
    """An async stand-in for `roundtable.areview` that runs each review on the workers."""

    def __init__(self, url: str) -> None:
        self.store = Store(url)
        self._app: Any = None
        if self.store.engine.dialect.name == "postgresql":
            from roundtable.work.queue import queue_app

            self._app = queue_app(self.store.url)

    async def __aenter__(self) -> QueueReviewer:
        if self._app is not None:
            await self._app.open_async()
        return self

    async def __aexit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        if self._app is not None:
            await self._app.close_async()
        self.store.close()

    async def __call__(self, answer: str, *, competency: str | None = None,
                       question: str | None = None, panel: str | None = None,
                       engine: str = "rubric", model: str | None = None, seed: int = 0,
                       **_ignored: Any) -> Review:
        # use_cache is the workers' business: their LLM cache settings apply.
        new = NewReview(text=answer, source="cli", question=question, competency=competency,
                        panel=panel, engine="llm" if engine == "llm" else "rubric",
                        model=model, seed=seed)
        record = await asyncio.to_thread(self.store.create, new)
        try:
            if self._app is not None:
                from roundtable.work.queue import defer

                await defer(self._app, record.id)
            return await self._wait(record.id)
        finally:
            await asyncio.to_thread(self.store.delete, record.id)

    async def _wait(self, review_id: str) -> Review:
        while True:
            status, error = await asyncio.to_thread(self.store.status, review_id)
            if status == "done":
                done = await asyncio.to_thread(self.store.get, review_id)
                if done is not None and done.review is not None:
                    return done.review
            if status in ("failed", "interrupted", None):
                raise QueuedReviewFailed(error or "the review was deleted while it ran")
            await asyncio.sleep(POLL_S)
