"""Running reviews in the background and fanning their turns out to live listeners.

Each turn is written to the store the moment the engine produces it, then published to the
pages and API clients watching that review; a page reloaded mid-review reads the same turns
back from the store, so nothing depends on staying connected.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from roundtable.catalog import Competency, Panel
from roundtable.errors import RoundtableError
from roundtable.models import Review, RoundKind, Turn
from roundtable.store import ReviewRecord, Store
from roundtable.web.catalog import resolve_competency, resolve_panel
from roundtable.web.offered import OfferedModels

log = logging.getLogger("roundtable.web")

TurnSink = Callable[[RoundKind, Turn], None]


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
        engine: str = ...,
        model: str | None = ...,
        seed: int = ...,
        on_turn: TurnSink | None = ...,
    ) -> Awaitable[Review]: ...


async def _areview(answer: str, **options: Any) -> Review:
    import roundtable  # the pipeline is imported only when a review actually runs

    review: Review = await roundtable.areview(answer, **options)
    return review


@dataclass(frozen=True)
class Event:
    """Something that happened to a running review: a turn, or its final status."""

    name: str
    data: dict[str, Any]
    seq: int | None = None


@dataclass
class Hub:
    """Per-review queues of live events; a listener subscribes before it reads the store."""

    _listeners: dict[str, set[asyncio.Queue[Event]]] = field(default_factory=dict)

    def subscribe(self, review_id: str) -> asyncio.Queue[Event]:
        """A queue that receives every event for `review_id` from now on."""
        queue: asyncio.Queue[Event] = asyncio.Queue()
        self._listeners.setdefault(review_id, set()).add(queue)
        return queue

    def unsubscribe(self, review_id: str, queue: asyncio.Queue[Event]) -> None:
        """Stop delivering to `queue`."""
        listeners = self._listeners.get(review_id, set())
        listeners.discard(queue)
        if not listeners:
            self._listeners.pop(review_id, None)

    def publish(self, review_id: str, event: Event) -> None:
        """Deliver `event` to everyone watching `review_id` (call on the event loop)."""
        for queue in list(self._listeners.get(review_id, ())):
            queue.put_nowait(event)


class Runner:
    """Starts reviews as background tasks; one task per review, results go to the store."""

    def __init__(self, store: Store, offered: OfferedModels,
                 review_fn: ReviewFn | None = None) -> None:
        self.store = store
        self.offered = offered
        self.hub = Hub()
        self._review_fn: ReviewFn = review_fn or _areview
        self._tasks: dict[str, asyncio.Task[None]] = {}

    def start(self, record: ReviewRecord) -> None:
        """Run the review for `record` in the background (it is already stored)."""
        task = asyncio.get_running_loop().create_task(self._run(record), name=record.id)
        self._tasks[record.id] = task
        task.add_done_callback(lambda _t: self._tasks.pop(record.id, None))

    @property
    def active(self) -> int:
        """How many reviews this process is running now."""
        return len(self._tasks)

    def running(self, review_id: str) -> bool:
        """True while this process is working on `review_id`."""
        return review_id in self._tasks

    async def cancel(self, review_id: str) -> None:
        """Stop a review that is running (before deleting it)."""
        task = self._tasks.get(review_id)
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def shutdown(self) -> None:
        """Stop every running review; each is marked interrupted so it can be retried."""
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _end(self, review_id: str, status: str, error: str | None = None) -> None:
        self.hub.publish(review_id, Event("status", {"status": status, "error": error}))

    async def _run(self, record: ReviewRecord) -> None:
        loop = asyncio.get_running_loop()
        counter = itertools.count()
        review_id = record.id

        def on_turn(kind: RoundKind, turn: Turn) -> None:
            # Engines may call this from a worker thread: the write is thread-safe and the
            # publish is handed to the loop.
            seq = next(counter)
            self.store.add_turn(review_id, seq, kind, turn)
            data = {"seq": seq, "round": kind, "turn": turn.model_dump(mode="json")}
            loop.call_soon_threadsafe(self.hub.publish, review_id, Event("turn", data, seq))

        try:
            await asyncio.to_thread(self.store.start, review_id)
            self.hub.publish(review_id, Event("status", {"status": "running", "error": None}))
            competency = resolve_competency(self.store, record.competency)
            panel = resolve_panel(self.store, record.panel)
            # The stored model is a name; only the operator's configuration turns it into a
            # provider and a server (a row from before names, or from another config, fails).
            model = self.offered.spec_for(record.engine, record.model)
            review = await self._review_fn(
                record.text, competency=competency, question=record.question,
                role=record.role, level=record.level, panel=panel, engine=record.engine,
                model=model, seed=record.seed, on_turn=on_turn,
            )
            await asyncio.to_thread(self.store.finish, review_id, review)
        except asyncio.CancelledError:
            message = "the review was stopped before it finished; retry it"
            await asyncio.to_thread(self.store.fail, review_id, message, "interrupted")
            self._end(review_id, "interrupted", message)
            raise
        except RoundtableError as exc:
            await asyncio.to_thread(self.store.fail, review_id, str(exc))
            self._end(review_id, "failed", str(exc))
        except KeyError:
            self._end(review_id, "failed", "the review was deleted while it ran")
        except Exception as exc:  # an engine bug must not lose the answer or kill the server
            log.exception("review %s failed", review_id)
            message = f"the review failed unexpectedly ({type(exc).__name__}: {exc}); retry it"
            await asyncio.to_thread(self.store.fail, review_id, message)
            self._end(review_id, "failed", message)
        else:
            self._end(review_id, "done")
