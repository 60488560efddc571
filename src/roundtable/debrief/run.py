"""Run the whole interview: split it, review every answer with the same panel, debrief."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from roundtable.catalog.loader import get_competency, get_panel
from roundtable.catalog.schema import Competency, Panel
from roundtable.debrief.models import Interview, InterviewSegment, SegmentCompetency
from roundtable.debrief.recording import check_recording
from roundtable.debrief.summary import debrief
from roundtable.engines import resolve
from roundtable.engines.base import Brief, Case, Engine
from roundtable.engines.rubric import RubricEngine
from roundtable.errors import InputError
from roundtable.inference import infer_competency
from roundtable.ingest.formats import lone_speaker, read_transcript
from roundtable.ingest.segments import Segment, converse, split
from roundtable.ingest.submission import Submission
from roundtable.ingest.transcript import to_submission
from roundtable.models import Flag, PanelistRef, Review
from roundtable.pipeline import _blocking, _concluded, brief_of, complete, conclude_early

if TYPE_CHECKING:
    import asyncio


def segments_of(text: str, candidate: str | None = None) -> tuple[list[Segment], list[Flag]]:
    """The behavioral questions of a transcript, or `InputError` saying why there are none."""
    transcript = read_transcript(text)
    if transcript is None and (speaker := lone_speaker(text)) is not None:
        raise InputError(f"the transcript has no candidate turns: every line is spoken by "
                         f"{speaker!r}; give the whole conversation, with the candidate's answers")
    if transcript is None or not transcript.cues:
        raise InputError("this is not a transcript: give the interview with speaker labels, "
                         "captions (WebVTT, SRT), a timestamped export or JSON segments; use "
                         "`roundtable review` for a single answer")
    conversation = converse(transcript, candidate)
    if not any(conversation.is_candidate(t) and t.text.strip() for t in conversation.turns):
        raise InputError(f"the transcript has no candidate turns ({conversation.candidate!r} "
                         "says nothing); name the candidate with --candidate NAME")
    segments = split(conversation)
    if not segments and candidate is not None:
        raise InputError(f"no behavioral question was asked of {conversation.candidate!r}; "
                         f"check --candidate (the speakers are: "
                         f"{', '.join(sorted({t.speaker for t in conversation.turns}))})")
    if not segments:
        raise InputError("no behavioral question found (such as 'Tell me about a time you...'"
                         "); review a single answer with `roundtable review --question TEXT`")
    flags = []
    if conversation.speakers_guessed:
        flags.append(Flag(kind="speakers_guessed", detail="The transcript names no speakers; "
                          "short lines that ask something were taken as the interviewer's."))
    return segments, flags


@dataclass
class _Plan:
    """What an interview reviews, decided before any review starts."""

    segments: list[Segment]
    flags: list[Flag]
    submissions: list[Submission]
    competencies: list[Competency] | None
    chosen: list[Competency] | None
    panel: Panel
    runner: Engine
    recording: str | None
    role: str | None
    level: str | None


def _plan(text: str, competencies: list[str] | None, candidate: str | None, role: str | None,
          level: str | None, panel: str | Panel | None, engine: str | Engine,
          model: str | None, use_cache: bool, recording: str | None) -> _Plan:
    recording = check_recording(recording)
    segments, flags = segments_of(text, candidate)
    if competencies is not None and len(competencies) != len(segments):
        raise InputError(f"--competencies gives {len(competencies)} competencies but the "
                         f"transcript has {len(segments)} behavioral questions; give one per "
                         "question, in order")
    chosen = [get_competency(c) for c in competencies] if competencies else None
    resolved_panel = get_panel(panel)
    runner = resolve(engine, model, use_cache=use_cache) if isinstance(engine, str) else engine
    reviewable = [s for s in segments if not s.too_short]
    if not reviewable:
        raise InputError("every answer in the transcript is too short to review")
    context = {"role": role, "level": level, "recording_url": recording}
    return _Plan(segments, flags, [to_submission(s, [], **context) for s in reviewable],
                 [chosen[s.index - 1] for s in reviewable] if chosen else None, chosen,
                 resolved_panel, runner, recording, role, level)


async def ainterview(
    text: str,
    *,
    competencies: list[str] | None = None,
    candidate: str | None = None,
    role: str | None = None,
    level: str | None = None,
    panel: str | Panel | None = None,
    engine: str | Engine = "rubric",
    model: str | None = None,
    seed: int = 0,
    use_cache: bool = True,
    recording: str | None = None,
) -> Interview:
    """Review every behavioral question of an interview transcript; see `interview`."""
    plan = _plan(text, competencies, candidate, role, level, panel, engine, model, use_cache,
                 recording)
    reviews = await _review_all(plan.submissions, plan.competencies, plan.panel, plan.runner,
                                seed)
    return _finish(plan, reviews)


def interview(
    text: str,
    *,
    competencies: list[str] | None = None,
    candidate: str | None = None,
    role: str | None = None,
    level: str | None = None,
    panel: str | Panel | None = None,
    engine: str | Engine = "rubric",
    model: str | None = None,
    seed: int = 0,
    use_cache: bool = True,
    recording: str | None = None,
) -> Interview:
    """Review a whole interview transcript and write the debrief of the loop.

    `text` is a transcript in any format Roundtable reads (labelled text, WebVTT, SRT,
    timestamped exports, JSON segments). Each behavioral question is reviewed by the same
    panel; `competencies` gives one id per question, in order (inferred per question when
    omitted). `recording` is an http(s) link to the recording, shown beside the transcript.
    Raises `RoundtableError` when the text has no candidate turns or no behavioral question.
    `ainterview` is the same, as a coroutine.
    """
    plan = _plan(text, competencies, candidate, role, level, panel, engine, model, use_cache,
                 recording)
    if isinstance(plan.runner, RubricEngine):
        # The rubric engine waits on nothing: its questions are reviewed one after another,
        # with no event loop and no thread handing the analyses over (as `review` does).
        reviews = []
        for n, submission in enumerate(plan.submissions):
            brief, flags = brief_of(submission, plan.competencies[n] if plan.competencies
                                    else None, plan.panel, seed)
            case, flags = complete(brief, flags)
            reviews.append(_concluded(submission, case, flags, plan.runner.deliberate_now(case)))
    else:
        reviews = _blocking(_review_all)(plan.submissions, plan.competencies, plan.panel,
                                         plan.runner, seed)
    return _finish(plan, reviews)


def _finish(plan: _Plan, reviews: list[Review]) -> Interview:
    """The interview from its reviews: each question's competency, flags and the debrief."""
    segments, chosen = plan.segments, plan.chosen
    reviewable = [s for s in segments if not s.too_short]
    by_index = dict(zip((s.index for s in reviewable), reviews, strict=True))
    results = []
    for segment in segments:
        review = by_index.get(segment.index)
        # The same inputs as the review's own inference (cached): read again for its margin.
        inference = None if chosen else infer_competency(segment.question, segment.answer)
        notes: list[Flag] = []
        if review is not None:
            competency = SegmentCompetency(id=review.competency.id, name=review.competency.name,
                                           inferred=review.competency.inferred)
        else:
            found = chosen[segment.index - 1] if chosen else infer_competency(
                segment.question, segment.answer).competency
            competency = SegmentCompetency(id=found.id, name=found.name, inferred=not chosen)
            notes.append(Flag(kind="too_short", detail=(
                f"The answer to question {segment.index} has too few words to review "
                f"({len(segment.answer.split())}); it is listed but not scored.")))
        if inference is not None and inference.competency.id == competency.id and \
                not inference.confident and inference.runner_up is not None:
            competency.confident = False
            notes.append(Flag(kind="competency_uncertain", detail=(
                f"'{competency.name}' was inferred for question {segment.index} with low "
                f"confidence: {inference.doubt(inference.runner_up.name)}.")))
        results.append(InterviewSegment(index=segment.index, question=segment.question,
                                        competency=competency, start=segment.start,
                                        end=segment.end, review=review, flags=notes))
    roster = [PanelistRef(id=p.id, name=p.name, title=p.title) for p in plan.panel.personas]
    return assemble(results, roster, recording=plan.recording, role=plan.role,
                    level=plan.level, flags=plan.flags)


async def _review_all(submissions: list[Submission], competencies: list[Competency] | None,
                      panel: Panel, runner: Engine, seed: int) -> list[Review]:
    """Review every answer, overlapping their engine round-trips.

    Each question starts as soon as its own brief is ready (the competency and the injection
    check, a fraction of the analysis): an engine that waits on a server has its first calls
    on the wire while the answers are still being analysed. The CPU work runs on one thread,
    in question order: every brief first, then every analysis, each handed to its question
    the moment it is done.
    """
    import asyncio  # here: an offline interview reviews without an event loop (`interview`)

    loop = asyncio.get_running_loop()
    briefs: list[asyncio.Future[tuple[Brief, list[Flag]]]] = [
        loop.create_future() for _ in submissions]
    cases: list[asyncio.Future[tuple[Case, list[Flag]]]] = [
        loop.create_future() for _ in submissions]
    futures: list[asyncio.Future[Any]] = [*briefs, *cases]

    async def prepare_all() -> None:
        try:
            for n, submission in enumerate(submissions):
                competency = competencies[n] if competencies else None
                briefs[n].set_result(await asyncio.to_thread(
                    brief_of, submission, competency, panel, seed))
            for started, case in zip(briefs, cases, strict=True):
                case.set_result(await asyncio.to_thread(complete, *started.result()))
        except BaseException as exc:
            for future in futures:
                if not future.done():
                    future.set_exception(exc)
            raise

    async def one(n: int) -> Review:
        brief, _ = await briefs[n]
        return await conclude_early(brief, cases[n], runner)

    tasks: list[asyncio.Future[Review]] = [asyncio.ensure_future(one(n))
                                           for n in range(len(submissions))]
    preparing: asyncio.Future[None] = asyncio.ensure_future(prepare_all())
    try:
        # The first failure is raised as itself (an engine's one-line error), not as a group.
        return list(await asyncio.gather(*tasks))
    finally:
        running: list[asyncio.Future[Any]] = [*tasks, preparing]
        for task in running:
            task.cancel()  # only the unfinished ones, when a question failed
        await asyncio.gather(*tasks, preparing, return_exceptions=True)
        for future in futures:
            if future.done() and not future.cancelled():
                future.exception()  # retrieved: every question failed with it already


def assemble(segments: list[InterviewSegment], panel: list[PanelistRef], *,
             recording: str | None = None, role: str | None = None, level: str | None = None,
             flags: list[Flag] | None = None) -> Interview:
    """The Interview from its reviewed segments: the debrief is computed, never stored, so
    the CLI and the web app (which reviews each question as a job of its own) agree."""
    headline, brief, verdict, card = debrief(segments, panel)
    return Interview(headline=headline, recording=recording, role=role, level=level,
                     panel=panel, segments=segments, debrief=brief, verdict=verdict,
                     scorecard=card, flags=flags or [])
