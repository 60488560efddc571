"""Running one review on a worker: claim it, keep its lease alive, write its turns, finish it.

Every write names the attempt that holds the lease, so a worker that lost its lease (it stalled,
or the database was away longer than a lease) cannot touch the review any more; another worker
runs it from the start. While the database is briefly away, writes are retried for as long as
the lease could still be ours, so a short outage only delays the review.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any, Literal, Protocol, TypeVar

from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from roundtable.catalog import Competency, Panel
from roundtable.engines import Engine, resolve
from roundtable.errors import RoundtableError
from roundtable.models import Review, RoundKind, Turn
from roundtable.store import LeaseLost, Store
from roundtable.store.store import HEARTBEAT_S, LEASE
from roundtable.web.catalog import resolve_competency, resolve_panel
from roundtable.web.offered import OfferedModels

log = logging.getLogger("roundtable.work")

TurnSink = Callable[[RoundKind, Turn], None]
Outcome = Literal["done", "failed", "skipped", "lost"]
_T = TypeVar("_T")
_RETRY_S = 0.5


class ReviewFn(Protocol):
    """The shape of `roundtable.areview`: the seam tests use to pace or fail a review."""

    def __call__(
        self,
        answer: str,
        *,
        competency: str | Competency | None = ...,
        question: str | None = ...,
        role: str | None = ...,
        level: str | None = ...,
        panel: str | Panel | None = ...,
        engine: str | Engine = ...,
        model: str | None = ...,
        seed: int = ...,
        on_turn: TurnSink | None = ...,
    ) -> Awaitable[Review]: ...


async def areview(answer: str, **options: Any) -> Review:
    """`roundtable.areview`, imported only when a review actually runs."""
    import roundtable

    review: Review = await roundtable.areview(answer, **options)
    return review


class _Lease:
    """A heartbeat thread renewing one attempt's lease, and the deadline it guarantees."""

    def __init__(self, store: Store, review_id: str, attempt: int) -> None:
        self.store, self.review_id, self.attempt = store, review_id, attempt
        self.lost = False
        self._margin = 2.0  # stop writing a little before another worker may claim
        self.deadline = time.monotonic() + LEASE.total_seconds() - self._margin
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, name=f"lease-{review_id}",
                                        daemon=True)

    def __enter__(self) -> _Lease:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=HEARTBEAT_S * 2)

    def _beat(self) -> None:
        while not self._stop.wait(HEARTBEAT_S):
            started = time.monotonic()
            try:
                renewed = self.store.renew(self.review_id, self.attempt)
            except SQLAlchemyError:
                continue  # the database is away: the old deadline stands, try again
            if not renewed:
                self.lost = True
                return
            self.deadline = started + LEASE.total_seconds() - self._margin

    def check(self) -> None:
        """Raise LeaseLost once another worker may own the review."""
        if self.lost or time.monotonic() > self.deadline:
            self.lost = True
            raise LeaseLost(f"review {self.review_id} attempt {self.attempt} lost its lease")

    def write(self, action: Callable[[], _T]) -> _T:
        """Run a store write, retrying through a database outage while the lease lasts."""
        while True:
            self.check()
            try:
                return action()
            except IntegrityError:
                raise
            except SQLAlchemyError as exc:
                log.warning("review %s: the store is unavailable (%s); retrying",
                            self.review_id, type(exc).__name__)
                time.sleep(_RETRY_S)


def run_review(store: Store, review_id: str, *, worker: str, offered: OfferedModels,
               review_fn: ReviewFn | None = None) -> Outcome:
    """Claim `review_id` and run it to the end; a review another worker holds is skipped.

    Database errors while claiming propagate (the queue retries the job, and the review's
    delivery deadline brings it back anyway).
    """
    attempt = store.claim(review_id, worker)
    if attempt is None:
        return "skipped"
    with _Lease(store, review_id, attempt) as lease:
        try:
            return _run(store, review_id, attempt, lease, offered, review_fn or areview)
        except LeaseLost as exc:
            log.warning("%s; another worker will finish it", exc)
            return "lost"


def _run(store: Store, review_id: str, attempt: int, lease: _Lease, offered: OfferedModels,
         review_fn: ReviewFn) -> Outcome:
    record = lease.write(lambda: store.get(review_id))
    if record is None:
        raise LeaseLost(f"review {review_id} was deleted")
    counter = itertools.count()

    def on_turn(kind: RoundKind, turn: Turn) -> None:
        seq = next(counter)

        def add() -> None:
            try:
                store.add_turn(review_id, seq, kind, turn, attempt)
            except IntegrityError:
                pass  # the commit went through before the connection dropped: it is stored

        lease.write(add)

    try:
        competency = lease.write(lambda: resolve_competency(store, record.competency))
        panel = lease.write(lambda: resolve_panel(store, record.panel))
        # The stored model is a name; only the operator's configuration turns it into a
        # provider and a server (a row from before names, or from another config, fails).
        model = offered.spec_for(record.engine, record.model)
        # Model replies are cached in the store, where every worker on every machine finds
        # them, rather than in this machine's cache folder.
        engine = resolve(record.engine, model, cache=store.replies())

        async def deliberate() -> Review:
            return await review_fn(
                record.text, competency=competency, question=record.question,
                role=record.role, level=record.level, panel=panel, engine=engine,
                model=model, seed=record.seed, on_turn=on_turn)

        review = asyncio.run(deliberate())
    except (LeaseLost, SQLAlchemyError):
        raise
    except RoundtableError as exc:
        reason = str(exc)
        lease.write(lambda: store.fail(review_id, reason, attempt=attempt))
        return "failed"
    except Exception as exc:  # an engine bug must not lose the answer or kill the worker
        log.exception("review %s failed", review_id)
        message = f"the review failed unexpectedly ({type(exc).__name__}: {exc}); retry it"
        lease.write(lambda: store.fail(review_id, message, attempt=attempt))
        return "failed"
    lease.write(lambda: store.finish(review_id, review, attempt))
    return "done"
