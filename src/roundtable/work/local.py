"""The local worker: a pool inside `roundtable serve` (the SQLite default) or `roundtable worker`.

Reviews submitted here go straight to the pool; a sweeper hands out again any review whose
lease expired (its worker died), whichever process stored it. A process pool keeps the engines'
CPU work off the web server's event loop and out of its GIL; tests that inject a review
function (which cannot cross a process boundary) get a thread pool instead.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import socket
import threading
from collections.abc import Mapping
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor

from sqlalchemy.exc import SQLAlchemyError

from roundtable.store import Store
from roundtable.store.store import LEASE
from roundtable.web.offered import OfferedModels
from roundtable.work.execute import Outcome, ReviewFn, run_review

log = logging.getLogger("roundtable.work")
LEASE_S = LEASE.total_seconds()
SWEEP_S = 1.0
"""How often expired leases are looked for: well inside the 30 s the issue allows for recovery."""


def worker_name() -> str:
    """Who holds a lease: host and process, as an operator would look for it."""
    return f"{socket.gethostname()}:{os.getpid()}"


WORKER_NICE = 10
"""Reviews are batch work: a worker yields the CPU to web servers on the same machine, so pages
and the health check stay quick while a burst of reviews runs."""


def lower_priority() -> None:
    """Make this (worker) process nicer than the web servers."""
    try:
        os.nice(WORKER_NICE)
    except OSError:
        pass  # not permitted here: run at the usual priority


# One store per pool process, opened by the initializer (a Store cannot be pickled).
_child: tuple[Store, OfferedModels] | None = None


def _open_child(url: str, models: Mapping[str, str]) -> None:
    global _child
    lower_priority()
    _child = (Store(url), OfferedModels(dict(models)))


def _run_in_child(review_id: str) -> Outcome:
    assert _child is not None, "the pool initializer opens the store"
    store, offered = _child
    return run_review(store, review_id, worker=worker_name(), offered=offered)


class LocalWorker:
    """Runs reviews in `size` processes (or threads) of this machine."""

    def __init__(self, store: Store, models: Mapping[str, str], size: int = 1,
                 review_fn: ReviewFn | None = None, *, eager: bool = False) -> None:
        self.store = store
        self._eager = eager  # also take reviews other processes queued (a SQLite worker)
        self.size = size
        self._offered = OfferedModels(dict(models))
        self._models = dict(models)
        self._review_fn = review_fn
        self._executor: Executor | None = None
        self._inflight: set[str] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._sweeper: threading.Thread | None = None

    def start(self) -> None:
        """Start the pool and sweep for reviews to run (queued, or left by a dead worker).

        An app may be started and stopped more than once (each test client's lifespan), or
        never (an ASGI client that skips the lifespan): the first review sent starts it then.
        """
        with self._lock:
            if self._executor is None:
                self._open()

    def _open(self) -> None:
        if self._review_fn is None:
            # spawn, not fork: the web process has threads (and locks) a fork would copy.
            self._executor = ProcessPoolExecutor(
                self.size, mp_context=multiprocessing.get_context("spawn"),
                initializer=_open_child, initargs=(self.store.url, self._models))
        else:
            self._executor = ThreadPoolExecutor(self.size, thread_name_prefix="review")
        self._stop.clear()
        self._sweeper = threading.Thread(target=self._sweep, name="lease-sweeper", daemon=True)
        self._sweeper.start()

    @property
    def busy(self) -> int:
        """Reviews handed to this pool and not finished."""
        with self._lock:
            return len(self._inflight)

    def send(self, review_id: str) -> None:
        """Run `review_id` here unless this pool already has it."""
        with self._lock:
            if self._executor is None:
                self._open()
            executor = self._executor
            if review_id in self._inflight or executor is None:
                return
            self._inflight.add(review_id)
        future: Future[Outcome]
        if self._review_fn is None:
            future = executor.submit(_run_in_child, review_id)
        else:
            future = executor.submit(run_review, self.store, review_id, worker=worker_name(),
                                     offered=self._offered, review_fn=self._review_fn)
        future.add_done_callback(lambda done: self._done(review_id, done))

    def _done(self, review_id: str, future: Future[Outcome]) -> None:
        with self._lock:
            self._inflight.discard(review_id)
        if not future.cancelled() and (exc := future.exception()) is not None:
            # The review keeps its lease until it expires, then the sweeper hands it out again.
            log.warning("review %s stopped: %s", review_id, exc)

    def _sweep(self) -> None:
        while not self._stop.is_set():
            try:
                for review_id in self.store.expired():
                    self.send(review_id)
                if self._eager and self.busy < self.size:
                    for review_id in self.store.waiting(self.size - self.busy):
                        self.send(review_id)
            except SQLAlchemyError as exc:
                log.warning("cannot look for expired leases: %s", type(exc).__name__)
            self._stop.wait(SWEEP_S)

    def close(self) -> None:
        """Stop taking reviews; let the ones running finish (their leases cover the rest)."""
        self._stop.set()
        if self._sweeper is not None:
            self._sweeper.join(timeout=SWEEP_S * 2)
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


def _worker_main(url: str, models: dict[str, str], concurrency: int) -> None:
    import asyncio

    from roundtable.work.queue import work

    logging.basicConfig(level=logging.WARNING, format="roundtable worker: %(message)s")
    asyncio.run(work(url, models, concurrency))


class EmbeddedWorkers:
    """`roundtable serve`'s own procrastinate workers on PostgreSQL, as child processes.

    Child processes rather than tasks on the server's loop: a review's CPU work must not stall
    the pages. Stopping them is a SIGTERM, after which each finishes or hands back its review.
    """

    def __init__(self, url: str, models: Mapping[str, str], count: int) -> None:
        self._args = (url, dict(models), 2)
        self._count = count
        self._processes: list[multiprocessing.process.BaseProcess] = []

    def start(self) -> None:
        """Start the workers (none when `count` is 0)."""
        context = multiprocessing.get_context("spawn")
        for _ in range(self._count):
            process = context.Process(target=_worker_main, args=self._args, daemon=True,
                                      name="roundtable-worker")
            process.start()
            self._processes.append(process)

    def stop(self) -> None:
        """Ask every worker to stop and wait for them."""
        for process in self._processes:
            process.terminate()
        for process in self._processes:
            process.join(timeout=LEASE_S)
            if process.is_alive():
                process.kill()
        self._processes.clear()
