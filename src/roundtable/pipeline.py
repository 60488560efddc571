"""The review pipeline: ingest -> evidence -> scores -> deliberation -> synthesis.

`prepare` does the deterministic part every engine shares; the engine deliberates; `assemble`
computes the verdict from the panelists' votes and collects the flags.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, Literal, ParamSpec, TypeVar

from roundtable.catalog.loader import get_competency, get_panel
from roundtable.catalog.schema import Competency, Panel
from roundtable.engines import resolve
from roundtable.engines.base import Brief, Case, Deliberation, Engine, TurnSink
from roundtable.engines.rubric import RubricEngine
from roundtable.evidence.analysis import analyze
from roundtable.inference import elsewhere, infer_competency
from roundtable.ingest.checks import check_reviewable
from roundtable.ingest.submission import Submission
from roundtable.ingest.timeline import stamp_times
from roundtable.ingest.transcript import parse_input
from roundtable.models import (
    CompetencyRef,
    Flag,
    PanelistRef,
    Review,
    Scores,
    Signal,
)
from roundtable.scoring import assess_panel, score_criteria, verdict_from

P = ParamSpec("P")
R = TypeVar("R")


def prepare(
    submission: Submission,
    competency: str | Competency | None = None,
    panel: str | Panel | None = None,
    seed: int = 0,
) -> tuple[Case, list[Flag]]:
    """Analyse the answer and score it with the rubric: the case every engine starts from."""
    return complete(*brief_of(submission, competency, panel, seed))


def brief_of(
    submission: Submission,
    competency: str | Competency | None = None,
    panel: str | Panel | None = None,
    seed: int = 0,
) -> tuple[Brief, list[Flag]]:
    """The first part of `prepare`: the competency (inferred when not given) and the panel,
    all an engine needs to send its first requests; `complete` adds the analysis."""
    check_reviewable(submission.answer)
    flags: list[Flag] = []
    if competency is None:
        inference = infer_competency(submission.question, submission.answer)
        chosen = inference.competency
        inferred_from: Literal["question", "answer"] | None = (
            "question" if inference.from_question else "answer")
        matched = ", ".join(inference.matched[:4]) or "no strong keyword"
        # States what happened and nothing about how to change it: each interface adds its own
        # way (the CLI's --competency, the web page's re-run form) when it shows the flag.
        close = "" if inference.confident or inference.runner_up is None else (
            f", with low confidence: {inference.doubt(inference.runner_up.short_name)}")
        flags.append(
            Flag(
                kind="competency_inferred",
                detail=f"No competency was given; '{chosen.short_name}' was inferred from the "
                f"{inferred_from} (matched: {matched}){close}.",
            )
        )
    else:
        chosen = get_competency(competency)
        inferred_from = None
    return Brief(submission, chosen, get_panel(panel).over(submission.answer), seed,
                 inferred_from), flags


def complete(brief: Brief, flags: list[Flag]) -> tuple[Case, list[Flag]]:
    """The rest of `prepare`: the answer analysed and scored by the rubric for each panelist."""
    submission, chosen = brief.submission, brief.competency
    flags = list(flags)
    analysis = analyze(submission.answer, [(ask.at, ask.text) for ask in submission.asks])
    criteria = score_criteria(analysis, chosen)
    with_evidence = sum(1 for c in criteria if c.evidence)
    elsewhere_because = (elsewhere(submission.answer, chosen,
                                   not any(f.kind == "no_story" for f in analysis.flags))
                         if with_evidence <= len(criteria) // 3 and analysis.word_count >= 20
                         else None)
    if elsewhere_because is not None:
        flags.append(
            Flag(
                kind="off_topic",
                detail=f"Only {with_evidence} of {len(criteria)} {chosen.short_name} criteria "
                f"find any evidence, and {elsewhere_because}.",
            )
        )
    assessments = assess_panel(brief.panel, chosen, criteria, submission.level,
                               {f.kind for f in analysis.flags})
    case = Case(submission, chosen, brief.panel, analysis, criteria, assessments, brief.seed,
                brief.inferred_from)
    return case, list(submission.notes) + flags + analysis.flags


def assemble(case: Case, deliberation: Deliberation, flags: list[Flag]) -> Review:
    """Build the Review: the verdict comes from the panelists' votes, never from prose."""
    assessments = [case.cap(a) for a in deliberation.assessments]
    by_id = {a.panelist: a for a in assessments}
    verdict = verdict_from(assessments)
    submission = case.submission
    notes = [*deliberation.flags,
             *(Flag(kind="engine", detail=note) for note in deliberation.notes)]
    info = deliberation.info
    if info.degraded:
        # First, so every page that lists the flags leads with it.
        notes.insert(0, Flag(kind="engine_degraded", detail=(
            f"Degraded review: {info.degraded_reason}. Where the model's work is missing, the "
            "rubric engine's stands in and is marked.")))
    return Review(
        headline=deliberation.headline,
        question=submission.question,
        answer=submission.answer,
        asks=list(submission.asks),
        role=submission.role,
        level=submission.level,
        competency=CompetencyRef(
            id=case.competency.id,
            name=case.competency.name,
            short_name=case.competency.short_name,
            inferred=case.inferred_from is not None,
            inferred_from=case.inferred_from,
        ),
        panel=[PanelistRef(id=p.id, name=p.name, title=p.title, called=p.called)
               for p in case.panel.personas],
        rounds=deliberation.rounds,
        consensus=deliberation.consensus,
        signals=[
            Signal(
                panelist=s.panelist,
                vote=by_id[s.panelist].vote,
                score=by_id[s.panelist].score,
                reason_to_hire=s.reason_to_hire,
                concern=s.concern,
            )
            for s in deliberation.signals
        ],
        follow_ups=deliberation.follow_ups,
        scores=Scores(overall=verdict.score, criteria=case.criteria, panelists=assessments),
        verdict=verdict,
        flags=notes[:1] + flags + notes[1:] if info.degraded else flags + notes,
        engine=deliberation.info,
    )


async def areview(
    answer: str | Submission,
    *,
    competency: str | Competency | None = None,
    question: str | None = None,
    role: str | None = None,
    level: str | None = None,
    panel: str | Panel | None = None,
    engine: str | Engine = "rubric",
    model: str | None = None,
    seed: int = 0,
    use_cache: bool = True,
    on_turn: TurnSink | None = None,
) -> Review:
    """Review one answer (or transcript) with an Expert Roundtable; see `review`."""
    submission, case, flags, runner = _start(answer, competency, question, role, level, panel,
                                             engine, model, seed, use_cache)
    return await conclude(submission, case, flags, runner, on_turn)


def review(
    answer: str | Submission,
    *,
    competency: str | Competency | None = None,
    question: str | None = None,
    role: str | None = None,
    level: str | None = None,
    panel: str | Panel | None = None,
    engine: str | Engine = "rubric",
    model: str | None = None,
    seed: int = 0,
    use_cache: bool = True,
    on_turn: TurnSink | None = None,
) -> Review:
    """Review one answer (or a labelled transcript) with an Expert Roundtable.

    `competency` and `panel` take an id, a name or a path to a data file; without a competency it
    is inferred from the question (or from the answer, when the question names none) and flagged.
    `engine` is "rubric" (offline, the default) or "llm" with `model` as "provider:model". Raises
    `RoundtableError` on bad input, including an answer too short to review (see
    `roundtable.ingest.MIN_WORDS`). `areview` is the same, as a coroutine.
    """
    submission, case, flags, runner = _start(answer, competency, question, role, level, panel,
                                             engine, model, seed, use_cache)
    if isinstance(runner, RubricEngine):
        # The rubric engine waits on nothing, so its review needs no event loop; importing
        # asyncio alone is a twentieth of a `roundtable review` process.
        return _concluded(submission, case, flags, runner.deliberate_now(case, on_turn))
    return _blocking(conclude)(submission, case, flags, runner, on_turn)


def _start(
    answer: str | Submission,
    competency: str | Competency | None,
    question: str | None,
    role: str | None,
    level: str | None,
    panel: str | Panel | None,
    engine: str | Engine,
    model: str | None,
    seed: int,
    use_cache: bool,
) -> tuple[Submission, Case, list[Flag], Engine]:
    """The submission, its prepared case and flags, and the engine that will deliberate."""
    if isinstance(answer, Submission):
        submission = answer
    else:
        submission = parse_input(answer, question=question, role=role, level=level)
    case, flags = prepare(submission, competency, panel, seed)
    runner = resolve(engine, model, use_cache=use_cache) if isinstance(engine, str) else engine
    return submission, case, flags, runner


async def conclude(
    submission: Submission,
    case: Case,
    flags: list[Flag],
    runner: Engine,
    on_turn: TurnSink | None = None,
) -> Review:
    """Deliberate on a prepared case and write the review (`areview` after `prepare`)."""
    return _concluded(submission, case, flags, await runner.deliberate(case, on_turn))


async def conclude_early(
    brief: Brief,
    prepared: Awaitable[tuple[Case, list[Flag]]],
    runner: Engine,
    on_turn: TurnSink | None = None,
) -> Review:
    """`conclude`, started from the brief while `prepared` (`complete` of it) is still being
    computed: an engine that waits on a server sends its first requests meanwhile. `prepared`
    is awaited twice, so it must be a future or a task, not a bare coroutine."""

    async def case() -> Case:
        return (await prepared)[0]

    deliberation = await runner.deliberate_early(brief, case(), on_turn)
    whole, flags = await prepared
    return _concluded(brief.submission, whole, flags, deliberation)


def _concluded(submission: Submission, case: Case, flags: list[Flag],
               deliberation: Deliberation) -> Review:
    return stamp_times(assemble(case, deliberation, flags), submission.timeline)


def _blocking(run: Callable[P, Coroutine[Any, Any, R]]) -> Callable[P, R]:
    """The same function, run to completion on a fresh event loop."""

    @functools.wraps(run)
    def blocking(*args: P.args, **kwargs: P.kwargs) -> R:
        result: list[R] = []

        async def main() -> None:
            result.append(await run(*args, **kwargs))

        import asyncio  # here: the rubric engine's reviews never need it (see `review`)

        # The main task ends with None rather than the result: on CPython 3.11 `asyncio.run`
        # formats the finished task's repr, result included, when it restores the SIGINT
        # handler, and the repr of a whole Review (or Interview) took longer than reading it.
        asyncio.run(main())
        return result[0]

    return blocking
