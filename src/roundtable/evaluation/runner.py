"""Reviewing every row of a dataset: the main review, its probes and its reruns.

The rubric engine is CPU-bound and synchronous in effect, so rows go to a process pool when
`workers > 1` (or a plain loop). Any other engine waits on the network, so its reviews run
concurrently on one event loop, at most `concurrency` at a time.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from typing import Any

from roundtable.errors import RoundtableError
from roundtable.evaluation.dataset import EvalRow
from roundtable.evaluation.probes import APPLY, PROBES, ProbeKind
from roundtable.evaluation.results import EvalSettings, RowResult, summarise_row
from roundtable.models import PanelistScore, Review

Reviewer = Callable[..., Review]
"""`roundtable.review` or a stand-in with the same signature."""
AsyncReviewer = Callable[..., Awaitable[Review]]
"""`roundtable.areview` or a stand-in with the same signature."""
Reading = Callable[[EvalRow, EvalSettings], list[PanelistScore]]
"""Each panelist's score and vote before deliberation, for the cross-talk measure."""
RowSink = Callable[[RowResult], None]


class EvalRowError(RoundtableError):
    """Reviewing one row failed; the message names the row."""


def _kwargs(row: EvalRow, settings: EvalSettings, *, use_cache: bool) -> dict[str, Any]:
    return {
        "competency": row.competency,
        "question": row.question,
        "panel": settings.panel,
        "engine": settings.engine,
        "model": settings.model,
        "seed": settings.seed,
        "use_cache": use_cache,
    }


def probe_texts(row: EvalRow, settings: EvalSettings) -> dict[ProbeKind, str]:
    """Each probe's rewrite of the row; a probe that changes nothing (no specifics to blur)
    is left out, since its "change" would only dilute the figures."""
    if not settings.probes:
        return {}
    texts = {kind: APPLY[kind](row.answer) for kind in PROBES}
    return {kind: text for kind, text in texts.items() if text != row.answer}


def rubric_reading(row: EvalRow, settings: EvalSettings) -> list[PanelistScore]:
    """The rubric's per-panelist reading of the row, before any deliberation."""
    from roundtable.ingest import parse_input
    from roundtable.pipeline import prepare

    submission = parse_input(row.answer, question=row.question)
    case, _ = prepare(submission, row.competency, settings.panel, settings.seed)
    return list(case.assessments)


def review_row(
    row: EvalRow,
    settings: EvalSettings,
    reviewer: Reviewer | None = None,
    reading: Reading | None = rubric_reading,
) -> RowResult:
    """Review one row, its probes and its reruns with a synchronous reviewer."""
    from roundtable.pipeline import review

    call = reviewer or review
    try:
        options = _kwargs(row, settings, use_cache=settings.use_cache)
        main = call(row.answer, **options)
        probes: dict[ProbeKind, Review] = {
            kind: call(text, **options) for kind, text in probe_texts(row, settings).items()
        }
        # Reruns bypass the cache: a cached review would make any engine look deterministic.
        reruns = [
            call(row.answer, **_kwargs(row, settings, use_cache=False))
            for _ in range(settings.runs - 1)
        ]
        before = reading(row, settings) if reading is not None else None
        return summarise_row(
            row, main, persona=settings.persona, probes=probes, reruns=reruns, before=before
        )
    except (RoundtableError, ValueError) as exc:
        raise EvalRowError(f"{row.where}: {str(exc).splitlines()[0]}") from None


async def areview_row(
    row: EvalRow,
    settings: EvalSettings,
    reviewer: AsyncReviewer,
    limit: asyncio.Semaphore,
    reading: Reading | None = rubric_reading,
) -> RowResult:
    """Review one row, its probes and its reruns concurrently, `limit` reviews at a time."""

    async def one(text: str, use_cache: bool) -> Review:
        async with limit:
            return await reviewer(text, **_kwargs(row, settings, use_cache=use_cache))

    texts = probe_texts(row, settings)
    kinds = list(texts)
    try:
        reviews = await asyncio.gather(
            one(row.answer, settings.use_cache),
            *(one(text, settings.use_cache) for text in texts.values()),
            *(one(row.answer, False) for _ in range(settings.runs - 1)),
        )
        before = reading(row, settings) if reading is not None else None
        main, rest = reviews[0], reviews[1:]
        probes = dict(zip(kinds, rest[: len(kinds)], strict=True))
        return summarise_row(
            row,
            main,
            persona=settings.persona,
            probes=probes,
            reruns=list(rest[len(kinds) :]),
            before=before,
        )
    except (RoundtableError, ValueError) as exc:
        raise EvalRowError(f"{row.where}: {str(exc).splitlines()[0]}") from None


POOL_MIN_ROWS = 20
"""Below this many rows the loop is kept: each worker process warms its own catalog and
analyzer caches. Measured with benchmarks/bench_eval.py on 2 CPUs (each row = review, three
probes, one rerun): 90 rows 2.8 s in a loop, 2.1 s on two processes."""


def pool_size(workers: int, rows: int) -> int:
    """How many processes to use: `workers` if set, else one per CPU (up to 8) for big runs."""
    if workers:
        return min(workers, rows)
    if rows < POOL_MIN_ROWS:
        return 1
    return max(1, min(8, os.cpu_count() or 1))


def run_sync(
    rows: list[EvalRow],
    settings: EvalSettings,
    on_row: RowSink | None = None,
    reviewer: Reviewer | None = None,
    reading: Reading | None = rubric_reading,
) -> list[RowResult]:
    """Review rows in order, in a process pool when there are several workers and rows."""
    results: list[RowResult] = []
    job = partial(review_row, settings=settings, reviewer=reviewer, reading=reading)
    workers = pool_size(settings.workers, len(rows))
    if workers > 1:
        chunk = max(1, len(rows) // (workers * 4))
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for result in pool.map(job, rows, chunksize=chunk):
                results.append(result)
                if on_row is not None:
                    on_row(result)
        return results
    for row in rows:
        result = job(row)
        results.append(result)
        if on_row is not None:
            on_row(result)
    return results


async def run_async(
    rows: list[EvalRow],
    settings: EvalSettings,
    on_row: RowSink | None = None,
    reviewer: AsyncReviewer | None = None,
    reading: Reading | None = rubric_reading,
) -> list[RowResult]:
    """Review rows concurrently; results come back in row order."""
    from roundtable.pipeline import areview

    call = reviewer or areview
    limit = asyncio.Semaphore(settings.concurrency)

    async def tracked(row: EvalRow) -> RowResult:
        result = await areview_row(row, settings, call, limit, reading)
        if on_row is not None:
            on_row(result)
        return result

    return list(await asyncio.gather(*(tracked(row) for row in rows)))


def check_inputs(rows: list[EvalRow], settings: EvalSettings) -> None:
    """Fail before any review if the engine, a competency, the panel or the persona is wrong."""
    from roundtable.catalog import get_competency, get_panel
    from roundtable.engines import resolve

    resolve(settings.engine, settings.model, use_cache=settings.use_cache)
    panel = get_panel(settings.panel)
    if settings.persona is not None and settings.persona not in {p.id for p in panel.personas}:
        ids = ", ".join(p.id for p in panel.personas)
        raise EvalRowError(f"persona '{settings.persona}' is not on panel '{panel.id}' ({ids})")
    checked: set[str] = set()
    for row in rows:
        if row.competency in checked:
            continue
        try:
            get_competency(row.competency)
        except RoundtableError as exc:
            raise EvalRowError(f"{row.where}: {exc}") from None
        checked.add(row.competency)


def run(
    rows: list[EvalRow], settings: EvalSettings, on_row: RowSink | None = None,
    queue: str | None = None,
) -> list[RowResult]:
    """Review every row with the engine in `settings`, choosing loop, pool or event loop.

    With `queue` (a store's database URL), every review goes through that store's job queue
    instead, `settings.concurrency` at a time, and `roundtable worker`s run them.
    """
    check_inputs(rows, settings)
    if queue is not None:
        return asyncio.run(_run_queued(rows, settings, on_row, queue))
    if settings.engine == "rubric":
        return run_sync(rows, settings, on_row)
    return asyncio.run(run_async(rows, settings, on_row))


async def _run_queued(rows: list[EvalRow], settings: EvalSettings, on_row: RowSink | None,
                      url: str) -> list[RowResult]:
    from roundtable.work.remote import QueueReviewer

    async with QueueReviewer(url) as reviewer:
        return await run_async(rows, settings, on_row, reviewer=reviewer)
