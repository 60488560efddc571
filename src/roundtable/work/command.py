"""`roundtable worker`: run reviews from the job queue (registered in `roundtable.cli`).

Only typer is imported here; the queue, the store and the engines load when the command runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from roundtable.store import Store


def worker_command(
    db: Annotated[
        str | None,
        typer.Option("--db", envvar="ROUNDTABLE_DB",
                     help="The database `roundtable serve` uses: a PostgreSQL URL "
                     "(postgresql://user@host/db) or, on one machine, a SQLite file path."),
    ] = None,
    concurrency: Annotated[
        int, typer.Option(min=1, max=64, help="Reviews this worker runs at once.")
    ] = 2,
    model: Annotated[
        list[str] | None,
        typer.Option("--model", help="The models `roundtable serve` offers, the same way: "
                     "NAME=PROVIDER:MODEL\\[@URL] or PROVIDER:MODEL\\[@URL]. Repeatable. "
                     "Default: the \\[models] table of the config file."),
    ] = None,
) -> None:
    """Run reviews that web servers queued, on this machine, until Ctrl-C or SIGTERM.

    Start as many as you like, on any machine that reaches the database: each review runs
    once; a review whose worker dies is run again by another after its 30-second lease.

    Examples:

      roundtable worker --db postgresql://roundtable@db.internal/roundtable

      roundtable worker --concurrency 8 --model fast=openai:gpt-4o-mini
    """
    try:
        from roundtable.store import Store
        from roundtable.web.command import serve_models
    except ImportError as exc:
        typer.echo(f"roundtable: error: worker needs the web extra ({exc.name} is missing): "
                   "pip install 'interview-roundtable[web]'", err=True)
        raise typer.Exit(2) from None
    import asyncio
    import logging

    logging.basicConfig(level=logging.WARNING, format="roundtable worker: %(message)s")
    models = serve_models(model or [])
    store = Store(db)  # migrates, and fails in one line when the database is unusable
    kind, url = store.engine.dialect.name, store.url
    typer.echo(f"Roundtable worker on {describe(url)} ({kind}; {concurrency} at once)",
               err=True)
    if kind == "postgresql":
        store.close()
        from roundtable.work.queue import work

        asyncio.run(work(url, models, concurrency))
        return
    _run_local(store, models, concurrency)


def describe(url: str) -> str:
    """The URL without its password."""
    from roundtable.store.store import describe_url

    return describe_url(url)


def _run_local(store: Store, models: dict[str, str], concurrency: int) -> None:
    # SQLite has no job queue: this worker polls the store for queued reviews and takes them
    # beside the web servers' own pools (a claim decides who runs each one).
    import signal
    import threading

    from roundtable.work.local import LocalWorker, lower_priority

    lower_priority()
    pool = LocalWorker(store, models, concurrency, eager=True)
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    pool.start()
    stop.wait()
    pool.close()
    store.close()
