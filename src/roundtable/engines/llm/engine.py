"""The LLM engine: the same rounds as the rubric engine, spoken by a language model.

Four sequential round-trips for any panel size: blind openings (in parallel), cross-talk that
sees the openings (in parallel), closings that see both and score every criterion (in
parallel), then one synthesis call. A turn that cannot be had, or that invents a quote twice,
is replaced by the rubric engine's turn for that speaker and marked; the review always
finishes.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from pydantic_ai.models import Model

from roundtable.catalog.schema import Persona
from roundtable.engines.base import Case, Deliberation, SignalText, TurnSink
from roundtable.engines.llm.cache import ResponseCache, default_cache_dir
from roundtable.engines.llm.calls import Caller, CallFailed, Progress, RetryPolicy, Sampling
from roundtable.engines.llm.config import RUBRIC_HINT, Connection, resolve_connection
from roundtable.engines.llm.grounding import (
    build_turn,
    closing_assessment,
    ground_synthesis,
    ground_turn,
    panelist_id,
)
from roundtable.engines.llm.pricing import estimate_cost
from roundtable.engines.llm.prompts import (
    moderator_prompt,
    retry_prompt,
    synthesis_prompt,
    system_prompt,
    turn_prompt,
)
from roundtable.engines.llm.providers import Backend, build_backend, output_mode_for
from roundtable.engines.llm.replies import (
    ClosingReply,
    CrosstalkReply,
    PanelistNote,
    SynthesisReply,
    TurnReply,
)
from roundtable.engines.llm.settings import env_number
from roundtable.engines.llm.spec import parse_spec
from roundtable.engines.rubric import RubricEngine
from roundtable.errors import EngineError
from roundtable.models import (
    Consensus,
    Emphasis,
    EngineInfo,
    FollowUp,
    PanelistScore,
    Round,
    RoundKind,
    Turn,
)

T = TypeVar("T", bound=TurnReply)


class LLMEngine:
    """Deliberates with a language model over the same case the rubric engine gets.

    `model` is a spec such as `openai:gpt-4o-mini` (see `roundtable.engines.llm`). Keys and
    URLs come from `api_key`/`base_url`, then the config file, then the environment.
    `concurrency` limits calls in flight (None: ROUNDTABLE_LLM_CONCURRENCY, else a whole round
    at once; 1 suits a single-slot local server, where a re-ask then reuses the prompt
    prefix the server just evaluated); `backend` replaces the
    provider's model with any pydantic-ai model (tests use TestModel and FunctionModel);
    `on_progress` receives a line for the user on each round and each retry.
    """

    name = "llm"

    def __init__(
        self,
        model: str,
        *,
        use_cache: bool = True,
        cache_dir: Path | None = None,
        api_key: str | None = None,
        base_url: str | None = None,
        output_mode: str | None = None,
        concurrency: int | None = None,
        policy: RetryPolicy | None = None,
        sampling: Sampling | None = None,
        backend: Model | None = None,
        on_progress: Progress | None = None,
    ) -> None:
        self.spec = parse_spec(model)
        if backend is not None:
            self._conn = Connection(api_key=None, base_url=base_url or self.spec.base_url)
            self._backend = Backend(backend, output_mode_for(self.spec, output_mode or "tool"))
        else:
            self._conn = resolve_connection(self.spec, api_key=api_key, base_url=base_url)
            self._backend = build_backend(self.spec, self._conn, output_mode)
        self._cache = ResponseCache(cache_dir or default_cache_dir()) if use_cache else None
        threads = env_number("ROUNDTABLE_LLM_CONCURRENCY", whole=True)
        self._concurrency = concurrency or (int(threads) if threads else None)
        self._policy = policy or RetryPolicy()
        self._sampling = sampling
        self._progress = on_progress

    def _caller(self, case: Case) -> Caller:
        slots = self._concurrency or max(len(case.panel.personas), 1)
        return Caller(
            spec=self.spec,
            base_url=self._conn.base_url,
            backend=self._backend,
            settings=self._sampling or Sampling(seed=case.seed),
            policy=self._policy,
            cache=self._cache,
            limiter=asyncio.Semaphore(slots),
            progress=self._progress,
        )

    async def deliberate(self, case: Case, on_turn: TurnSink | None = None) -> Deliberation:
        """Run the three rounds and the synthesis; calls `on_turn` as each turn arrives."""
        # Entering the model closes the provider's HTTP connections when the review ends,
        # rather than leaving them to the garbage collector after the event loop is gone.
        async with self._backend.model:
            return await self._deliberate(case, on_turn)

    async def _deliberate(self, case: Case, on_turn: TurnSink | None) -> Deliberation:
        started = time.perf_counter()
        rubric = await RubricEngine().deliberate(case)
        spare = {(r.kind, t.speaker): t for r in rubric.rounds for t in r.turns}
        run = _Run(self, case, self._caller(case), spare, on_turn)
        run.caller.start_clock()

        openings = await run.round("opening", TurnReply)
        if all(t.fallback for t, _ in openings) and run.unreachable:
            raise EngineError(
                f"cannot reach the model server at {self._conn.display_url or self.spec.provider}: "
                f"start it or set ROUNDTABLE_BASE_URL / the provider's URL ({RUBRIC_HINT})"
            )
        opening_turns = [t for t, _ in openings]
        crosstalk = await run.round("crosstalk", CrosstalkReply, opening_turns)
        crosstalk_turns = [t for t, _ in crosstalk]
        closings = await run.round("closing", ClosingReply, opening_turns, crosstalk_turns)

        assessments = [
            case.cap(closing_assessment(reply, persona, case))
            if isinstance(reply, ClosingReply)
            else _rubric_assessment(case, persona)
            for persona, (_, reply) in zip(case.panel.personas, closings, strict=True)
        ]
        rounds = [
            Round(kind="opening", turns=opening_turns),
            Round(kind="crosstalk", turns=crosstalk_turns),
            Round(kind="closing", turns=[t for t, _ in closings]),
        ]
        deliberation = await run.synthesis(rounds, assessments, rubric)
        usage = run.caller.usage
        fallbacks = sum(1 for r in rounds for t in r.turns if t.fallback)
        deliberation.info = EngineInfo(
            name=self.name,
            provider=self.spec.provider,
            model=self.spec.model,
            seed=case.seed,
            calls=usage.calls,
            tokens_in=usage.tokens_in,
            tokens_out=usage.tokens_out,
            cost_usd=estimate_cost(
                self.spec, usage.tokens_in, usage.tokens_out, local=self._conn.is_local
            ),
            wall_time_s=round(time.perf_counter() - started, 3),
            cached_calls=usage.cached_calls,
            fallback_turns=fallbacks,
        )
        deliberation.info.retries = usage.retries
        turns = sum(len(r.turns) for r in rounds)
        if fallbacks * 2 > turns:
            deliberation.info.degraded = True
            deliberation.info.degraded_reason = (
                f"{fallbacks} of {turns} turns are the rubric engine's stand-ins"
            )
        elif run.synthesis_failed:
            deliberation.info.degraded = True
            deliberation.info.degraded_reason = "the synthesis is the rubric engine's stand-in"
        deliberation.notes = [*run.caller.notes, *run.notes, *deliberation.notes]
        return deliberation


def _rubric_assessment(case: Case, persona: Persona) -> PanelistScore:
    return next(a for a in case.assessments if a.panelist == persona.id)


class _Run:
    """One review's worth of calls, with the rubric's deliberation standing by."""

    def __init__(
        self,
        engine: LLMEngine,
        case: Case,
        caller: Caller,
        spare: dict[tuple[RoundKind, str], Turn],
        on_turn: TurnSink | None,
    ) -> None:
        self.engine = engine
        self.case = case
        self.caller = caller
        self.spare = spare
        self.on_turn = on_turn
        self.notes: list[str] = []
        self.unreachable = False
        self.synthesis_failed = False

    async def round(
        self,
        kind: RoundKind,
        reply_type: type[T],
        openings: Sequence[Turn] = (),
        crosstalk: Sequence[Turn] = (),
    ) -> list[tuple[Turn, T | None]]:
        """Every panelist's turn in `kind`, in parallel, streamed as each one lands."""

        async def one(persona: Persona) -> tuple[Turn, T | None]:
            result = await self.turn(persona, kind, reply_type, openings, crosstalk)
            if self.on_turn is not None:
                self.on_turn(kind, result[0])
            return result

        return list(await asyncio.gather(*(one(p) for p in self.case.panel.personas)))

    async def turn(
        self,
        persona: Persona,
        kind: RoundKind,
        reply_type: type[T],
        openings: Sequence[Turn],
        crosstalk: Sequence[Turn],
    ) -> tuple[Turn, T | None]:
        """One turn: ask, check the quotes, ask again once with the error, else fall back."""
        answer = self.case.submission.answer
        system = system_prompt(self.case, persona)
        prompt = turn_prompt(self.case, persona, kind, openings, crosstalk)
        try:
            label = f"{persona.name}'s {kind}"
            reply = await self.caller.call(system, prompt, reply_type, label=label)
            grounded = ground_turn(reply, answer)
            if grounded.problem is not None:
                reply = await self.caller.call(
                    system, retry_prompt(prompt, grounded.check.invented), reply_type, label=label
                )
                grounded = ground_turn(reply, answer)
            if grounded.problem is not None:
                return self.fallback(persona, kind, f"asked twice, still {grounded.problem}"), None
        except CallFailed as exc:
            self.unreachable = self.unreachable or exc.unreachable
            return self.fallback(persona, kind, str(exc)), None
        return build_turn(reply, persona, self.case, grounded.check), reply

    def fallback(self, persona: Persona, kind: RoundKind, reason: str) -> Turn:
        """The rubric engine's turn for this speaker, marked with why the model's failed."""
        self.notes.append(
            f"{persona.name}'s {kind} turn is the rubric engine's: the model's failed ({reason})."
        )
        spare = self.spare[(kind, persona.id)]
        return spare.model_copy(update={"fallback": True, "error": reason})

    async def synthesis(
        self, rounds: list[Round], assessments: list[PanelistScore], rubric: Deliberation
    ) -> Deliberation:
        """The moderator's synthesis, or the rubric's if the model cannot give a clean one."""
        names = {p.id: p.name for p in self.case.panel.personas}
        votes = ", ".join(f"{names[a.panelist]}: {a.vote} ({a.score:.2f})" for a in assessments)
        titled = [(f"{r.kind.capitalize()} round", r.turns) for r in rounds]
        system = moderator_prompt(self.case)
        prompt = synthesis_prompt(self.case, titled, votes)
        answer = self.case.submission.answer
        reply: SynthesisReply | None = None
        try:
            reply = await self.caller.call(system, prompt, SynthesisReply, label="the synthesis")
            problem = ground_synthesis(reply, answer).problem
            if problem is not None:
                reply = await self.caller.call(
                    system, f"{prompt}\n\n{problem}.", SynthesisReply, label="the synthesis"
                )
                problem = ground_synthesis(reply, answer).problem
        except CallFailed as exc:
            problem = str(exc)
        base = Deliberation(
            rounds=rounds,
            assessments=assessments,
            consensus=rubric.consensus,
            signals=rubric.signals,
            headline=rubric.headline,
            follow_ups=rubric.follow_ups,
            info=rubric.info,
        )
        if reply is None or problem is not None:
            self.synthesis_failed = True
            base.notes.append(
                f"The synthesis is the rubric engine's: the model's failed ({problem})."
            )
            return base
        return self._merge(reply, base)

    def _merge(self, reply: SynthesisReply, base: Deliberation) -> Deliberation:
        """The model's synthesis, with the rubric's text for any panelist the model left out."""
        notes: dict[str, PanelistNote] = {}
        for item in reply.panelists:
            pid = panelist_id(item.panelist, self.case)
            if pid is not None and pid not in notes:
                notes[pid] = item
        signals: list[SignalText] = []
        follow_ups: list[FollowUp] = []
        emphases: list[Emphasis] = []
        spare_signals = {s.panelist: s for s in base.signals}
        spare_follow = {f.panelist: f for f in base.follow_ups}
        for persona in self.case.panel.personas:
            note = notes.get(persona.id)
            if note is None:
                signals.append(spare_signals[persona.id])
                if persona.id in spare_follow:
                    follow_ups.append(spare_follow[persona.id])
                continue
            signals.append(
                SignalText(persona.id, note.reason_to_hire.strip(), note.concern.strip())
            )
            follow_ups.append(FollowUp(panelist=persona.id, question=note.follow_up.strip()))
            if note.emphasis.strip():
                emphases.append(Emphasis(panelist=persona.id, text=note.emphasis.strip()))
        base.headline = reply.headline.strip() or base.headline
        base.consensus = Consensus(
            summary=reply.consensus.strip() or base.consensus.summary,
            agreements=[a.strip() for a in reply.agreements if a.strip()],
            emphases=emphases,
        )
        base.signals = signals
        base.follow_ups = follow_ups
        return base
