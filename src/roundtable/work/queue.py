"""The PostgreSQL job queue: procrastinate, in the store's own database.

Why procrastinate: it is a maintained PostgreSQL-only queue on psycopg 3 (the driver the store
already uses), it takes jobs with `SELECT ... FOR UPDATE SKIP LOCKED`, wakes workers with
LISTEN/NOTIFY, records worker heartbeats and lists jobs whose worker stopped beating, and it
runs periodic tasks once per tick across all workers. pgqueuer would do too, but needs asyncpg
or its own driver setup and offers nothing this needs that procrastinate lacks.

The web process only defers `roundtable.review(review_id)` jobs. `roundtable worker` runs them:
each job claims its review in the store (see `work.execute`), so a job delivered twice runs the
review once. A periodic sweep re-queues reviews whose lease expired and retries the jobs of
workers that stopped beating.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Mapping

from procrastinate import App, PsycopgConnector
from procrastinate.exceptions import AlreadyEnqueued
from sqlalchemy.engine import make_url

from roundtable.store import Store
from roundtable.store.store import HEARTBEAT_S, LEASE
from roundtable.web.offered import OfferedModels
from roundtable.work.execute import run_review
from roundtable.work.local import lower_priority, worker_name

log = logging.getLogger("roundtable.work")
QUEUE = "reviews"
SWEEP_QUEUE = "roundtable-sweep"
REVIEW_TASK = "roundtable.review"
SWEEP_TASK = "roundtable.sweep"
RESTART_S = 2.0


def queue_app(url: str, *, pool_size: int = 4) -> App:
    """A procrastinate app on the store's database (URL as the store takes it)."""
    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    return App(connector=PsycopgConnector(conninfo=conninfo, min_size=1, max_size=pool_size))


async def defer(app: App, review_id: str, *, again: bool = False) -> None:
    """Queue the review's job; one waiting job per review is enough.

    A review handed out `again` (its worker died) goes ahead of the backlog: it has waited a
    lease already.
    """
    try:
        await app.configure_task(REVIEW_TASK, queue=QUEUE, queueing_lock=review_id,
                                 priority=1 if again else 0).defer_async(review_id=review_id)
    except AlreadyEnqueued:
        pass


class QueueDispatcher:
    """What a web process holds on PostgreSQL: a connection pool to defer jobs with."""

    def __init__(self, url: str) -> None:
        self.app = queue_app(url, pool_size=2)

    async def open(self) -> None:
        """Open the pool (at app start)."""
        await self.app.open_async()

    async def close(self) -> None:
        """Close the pool (at app stop); reviews in workers are not touched."""
        await self.app.close_async()

    async def send(self, review_id: str) -> None:
        """Queue the review; when the database is away, its delivery deadline brings it back."""
        await defer(self.app, review_id)


def _register(app: App, store: Store, offered: OfferedModels, name: str) -> None:
    @app.task(name=REVIEW_TASK, queue=QUEUE)
    async def review(review_id: str) -> None:
        await asyncio.to_thread(run_review, store, review_id, worker=name, offered=offered)

    # Every few seconds, on one worker: reviews whose lease expired go back to the queue.
    @app.periodic(cron="* * * * * */3")
    @app.task(name=SWEEP_TASK, queue=SWEEP_QUEUE, queueing_lock=SWEEP_TASK)
    async def sweep(timestamp: int) -> None:
        for review_id in await asyncio.to_thread(store.expired):
            await defer(app, review_id, again=True)
        # Jobs of workers that stopped beating would stay "doing" forever: run them again
        # (their claim finds the review re-queued, running elsewhere or done).
        stalled = await app.job_manager.get_stalled_jobs(
            queue=QUEUE, seconds_since_heartbeat=LEASE.total_seconds())
        for job in stalled:
            await app.job_manager.retry_job(job)

    del review, sweep  # registered with the app; nothing calls them here


async def work(url: str, models: Mapping[str, str], concurrency: int) -> None:
    """Run a worker until SIGINT/SIGTERM, restarting it when the database goes away."""
    lower_priority()
    store = Store(url)
    name = worker_name()
    app = queue_app(url, pool_size=concurrency + 3)
    _register(app, store, OfferedModels(dict(models)), name)
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stopping.set)
    try:
        async with app.open_async():
            while not stopping.is_set():
                runner = asyncio.create_task(app.run_worker_async(
                    queues=[QUEUE, SWEEP_QUEUE], concurrency=concurrency, name=name,
                    install_signal_handlers=False, delete_jobs="successful",
                    update_heartbeat_interval=HEARTBEAT_S,
                    stalled_worker_timeout=LEASE.total_seconds(),
                    shutdown_graceful_timeout=LEASE.total_seconds() / 2))
                stop = asyncio.create_task(stopping.wait())
                await asyncio.wait({runner, stop}, return_when=asyncio.FIRST_COMPLETED)
                if stopping.is_set():
                    runner.cancel()
                    await asyncio.gather(runner, return_exceptions=True)
                    break
                stop.cancel()
                # The worker stops when its database connection breaks; start it again.
                exc = runner.exception() if not runner.cancelled() else None
                log.warning("worker stopped (%s); restarting in %.0f s",
                            exc or "database connection lost", RESTART_S)
                await asyncio.sleep(RESTART_S)
    finally:
        store.close()
