"""The LLM engine: the model reads and scores, the rubric guards, and failure is never hidden.

Four sequential round-trips for any panel size on a clean run: blind openings that score every
criterion (in parallel), cross-talk where each panelist answers the colleague it disagrees with
most (in parallel), closings that see the whole transcript and score again (in parallel), then
one synthesis call that is given the verdict, the votes and the scores. Each panelist's scores
pass the rubric's guard (`guard.py`) and its vote comes from them. A turn that cannot be had is
replaced by the rubric engine's turn for that speaker and marked; a turn whose prose claims a
vote its numbers do not give is asked for once more, then worded from the numbers. When more
than half the turns, or the synthesis, fall back, the review is marked degraded.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic_ai import Agent
from pydantic_ai.models import Model

from roundtable.catalog.schema import Persona
from roundtable.engines.base import Brief, Case, Deliberation, SignalText, TurnSink
from roundtable.engines.llm.cache import (
    ReplyCache,
    ResponseCache,
    cache_group,
    default_cache_dir,
)
from roundtable.engines.llm.calls import Caller, CallFailed, Progress, RetryPolicy, Sampling
from roundtable.engines.llm.config import RUBRIC_HINT, Connection, resolve_connection
from roundtable.engines.llm.grounding import (
    build_turn,
    ground_turn,
    names_of,
    panelist_id,
    quote_problem,
    synthesis_check,
    turn_evidence,
    turn_text,
)
from roundtable.engines.llm.guard import Guarded, guard_scores, opening_score, panelist_score
from roundtable.engines.llm.pricing import estimate_cost
from roundtable.engines.llm.prompts import (
    Gap,
    moderator_prompt,
    retry_prompt,
    synthesis_prompt,
    system_prompt,
    turn_prompt,
)
from roundtable.engines.llm.providers import (
    Backend,
    OutputMode,
    build_backend,
    output_mode_for,
)
from roundtable.engines.llm.replies import (
    ClosingReply,
    CrosstalkReply,
    OpeningReply,
    PanelistNote,
    Reply,
    SynthesisReply,
    TurnReply,
    reply_types,
)
from roundtable.engines.llm.settings import env_number, ollama_num_ctx
from roundtable.engines.llm.slots import Slots, server_slots
from roundtable.engines.llm.spec import parse_spec
from roundtable.engines.llm.votes import VOTE_WORDS, vote_problem
from roundtable.engines.rubric import RubricEngine
from roundtable.errors import EngineError
from roundtable.models import (
    PROSE_REPLACED,
    STOOD_IN,
    Consensus,
    Emphasis,
    EngineInfo,
    Flag,
    FollowUp,
    OpeningScore,
    PanelistScore,
    Round,
    RoundKind,
    Turn,
    Vote,
)
from roundtable.scoring import verdict_from

T = TypeVar("T", bound=TurnReply)


class LLMEngine:
    """Deliberates with a language model over the same case the rubric engine gets.

    `model` is a spec such as `openai:gpt-4o-mini` (see `roundtable.engines.llm`). Keys and
    URLs come from `api_key`/`base_url`, then the config file, then the environment. Replies
    are cached in `cache` (a store's, shared by its workers) or else in files under
    `cache_dir`; `use_cache=False` asks the model every time.
    `concurrency` fixes the calls in flight across every review the engine runs at once
    (None: ROUNDTABLE_LLM_CONCURRENCY, else every round at once, within the slots a llama.cpp
    server reports, and one at a time once a timeout shows the server queueing: see
    `slots.py`); `backend` replaces the
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
        cache: ReplyCache | None = None,
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
        self._cache: ReplyCache | None = None
        if use_cache:
            self._cache = cache or ResponseCache(cache_dir or default_cache_dir())
        threads = env_number("ROUNDTABLE_LLM_CONCURRENCY", whole=True)
        self._concurrency = concurrency or (int(threads) if threads else None)
        # Only llama.cpp-style servers report their slots; an injected backend has no server.
        self._probe = backend is None and self.spec.provider == "openai-compatible"
        self._probed = False
        self._server_slots: int | None = None
        self._learnt: int | None = None
        """The limit a timeout narrowed an earlier review to: later reviews start there."""
        self._agents: dict[tuple[type[Reply], OutputMode], Agent[None, Any]] = {}
        self._limits: dict[int, tuple[asyncio.AbstractEventLoop, asyncio.Task[Slots]]] = {}
        """The limit on calls in flight, per event loop (asyncio's locks are bound to one)."""
        self._policy = policy or RetryPolicy()
        self._sampling = sampling
        self._progress = on_progress

    async def _slots(self, brief: Brief) -> Slots:
        """The engine's limit on calls in flight, shared by every review running on this event
        loop (see `slots.py`); the server is probed once, by the first review that asks."""
        loop = asyncio.get_running_loop()
        # A closed loop's limit can serve nobody again: dropped, so a long-lived engine used
        # from one `asyncio.run` after another keeps no dead loops alive.
        self._limits = {k: v for k, v in self._limits.items() if not v[0].is_closed()}
        entry = self._limits.get(id(loop))
        if entry is None or entry[0] is not loop:
            entry = (loop, loop.create_task(self._new_slots(len(brief.panel.personas))))
            self._limits[id(loop)] = entry
        # Shielded: a review cancelled while the probe runs must not cancel it for the others.
        return await asyncio.shield(entry[1])

    async def _new_slots(self, wanted: int) -> Slots:
        """The user's number as given; else no limit of our own, within the slots a llama.cpp
        server reports, and one at a time once a timeout has shown the server queueing."""
        if self._concurrency:
            return Slots(self._concurrency)
        if self._learnt is not None:
            return Slots(self._learnt, adaptive=True, narrowed=True)
        if self._probe and not self._probed:
            self._server_slots = await server_slots(self._conn.base_url)
            self._probed = True
        found = self._server_slots
        if found is not None and found < wanted and self._progress is not None:
            self._progress(f"the server has {found} slot{'s' if found > 1 else ''}: "
                           f"asking {found} at a time")
        return Slots(found, adaptive=True)

    def _caller(self, brief: Brief, slots: Slots) -> Caller:
        cache = self._cache
        if cache is not None:
            sub = brief.submission
            cache = cache.grouped(cache_group(
                sub.answer, sub.question, sub.role, sub.level, brief.competency.id,
                [p.id for p in brief.panel.personas], brief.seed,
                f"{self.spec.provider}:{self.spec.model}"))
        return Caller(
            spec=self.spec,
            base_url=self._conn.base_url,
            backend=self._backend,
            settings=self._sampling or Sampling(seed=brief.seed),
            policy=self._policy,
            cache=cache,
            limiter=slots,
            progress=self._progress,
            num_ctx=ollama_num_ctx(),
            agents=self._agents,
        )

    async def deliberate(self, case: Case, on_turn: TurnSink | None = None) -> Deliberation:
        """Run the three rounds and the synthesis; calls `on_turn` as each turn arrives."""
        return await self.deliberate_early(case.brief, _ready(case), on_turn)

    async def deliberate_early(self, brief: Brief, case: Awaitable[Case],
                               on_turn: TurnSink | None = None) -> Deliberation:
        """`deliberate`, with the openings sent from `brief` while `case` is still being
        analysed: a reply is checked (quotes, scores within the guard) once the case is whole,
        so the analysis runs while the calls wait on the network."""
        # Entering the model closes the provider's HTTP connections when the review ends,
        # rather than leaving them to the garbage collector after the event loop is gone.
        async with self._backend.model:
            return await self._deliberate(brief, case, on_turn)

    async def _deliberate(self, brief: Brief, pending: Awaitable[Case],
                          on_turn: TurnSink | None) -> Deliberation:
        started = time.perf_counter()
        slots = await self._slots(brief)
        run = _Run(brief, self._caller(brief, slots), on_turn)
        settled = asyncio.ensure_future(run.settle(pending))
        run.caller.ready = settled
        try:
            return await self._rounds(run, slots, settled, started)
        finally:
            settled.cancel()  # only when a round failed before the case was whole
            await asyncio.gather(settled, return_exceptions=True)

    async def _rounds(self, run: _Run, slots: Slots, settled: asyncio.Future[None],
                      started: float) -> Deliberation:
        run.caller.start_clock()
        openings = await run.openings()
        await settled  # every opening has waited for it: a reply is checked against the case
        case = run.case
        if run.model_down and run.unreachable:
            raise EngineError(
                f"cannot reach the model server at {self._conn.display_url or self.spec.provider}: "
                f"start it or set ROUNDTABLE_BASE_URL / the provider's URL ({RUBRIC_HINT})"
            )
        crosstalk = await run.crosstalk(openings)
        closings = await run.closings(openings, crosstalk)
        rounds = [
            Round(kind="opening", turns=openings),
            Round(kind="crosstalk", turns=crosstalk),
            Round(kind="closing", turns=closings),
        ]
        deliberation = await run.synthesis(rounds)
        if slots.narrowed:
            self._learnt = 1
        deliberation.info = self._info(case, run, rounds, started)
        deliberation.notes = [*run.caller.notes, *run.notes, *deliberation.notes]
        obeyed = run.obeyed_injection()
        deliberation.flags = [obeyed, *run.flags] if obeyed else run.flags
        return deliberation

    def _info(self, case: Case, run: _Run, rounds: list[Round], started: float) -> EngineInfo:
        usage = run.caller.usage
        fallbacks = sum(1 for r in rounds for t in r.turns if t.fallback)
        turns = sum(len(r.turns) for r in rounds)
        standing = [p.name for p in case.panel.personas if p.id in run.stood_in]
        reason = None
        if fallbacks * 2 > turns:
            reason = f"{fallbacks} of {turns} turns are the rubric engine's stand-ins"
        elif standing:
            who = " and ".join(standing)
            whose = "that panelist's" if len(standing) == 1 else "those panelists'"
            reason = (f"the opening of {who} fell back, so {whose} turns and vote are the "
                      "rubric engine's")
        elif run.synthesis_failed and not (case.analysis.injection and run.synthesis_claimed_vote):
            # A moderator that followed the answer's injection is the answer's doing, not a
            # failure of the model: the rubric's synthesis stands in, and the flag says why.
            reason = "the synthesis is the rubric engine's stand-in"
        return EngineInfo(
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
            retries=usage.retries,
            degraded=reason is not None,
            degraded_reason=reason,
        )


class _Run:
    """One review's worth of calls, with the rubric's deliberation standing by.

    It starts from the brief; `case`, `rubric` and `spare` exist once `settle` has run, which
    every reply and every fallback waits for (see `Caller.ready`)."""

    case: Case
    rubric: Deliberation
    spare: dict[tuple[RoundKind, str], Turn]

    def __init__(self, brief: Brief, caller: Caller, on_turn: TurnSink | None) -> None:
        self.brief = brief
        self.caller = caller
        self.on_turn = on_turn
        self.types = reply_types(tuple(c.id for c in brief.competency.criteria))
        self.names = names_of(brief)
        self.notes: list[str] = []
        self.flags: list[Flag] = []
        self.unreachable = False
        self.model_down = False
        self.synthesis_failed = False
        self.call_failed: set[tuple[RoundKind, str]] = set()
        """Turns whose call failed outright (not for what the reply said)."""
        self.opening: dict[str, OpeningScore] = {}
        self.opening_replies: dict[str, OpeningReply] = {}
        self.opening_turns: list[Turn] = []
        self.final: dict[str, PanelistScore] = {}
        self.stood_in: set[str] = set()
        """Panelists whose opening is the rubric's (the model's failed): all their turns are."""
        self.replaced = 0
        """Turns whose prose claimed a vote its numbers do not give, worded from the numbers."""
        self.held: set[tuple[str, str]] = set()
        """(panelist, criterion) scores the guard held back, in an opening or a closing."""
        self.synthesis_claimed_vote = False
        """The synthesis fell back because it claimed votes nobody holds (not for a failure)."""

    async def settle(self, pending: Awaitable[Case]) -> None:
        """The whole case, and the rubric's deliberation standing by for any turn that fails."""
        self.case = await pending
        self.rubric = await RubricEngine().deliberate(self.case)
        self.spare = {(r.kind, t.speaker): t for r in self.rubric.rounds for t in r.turns}

    def obeyed_injection(self) -> Flag | None:
        """When the answer addresses the reviewer and the model's replies went past what the
        numbers allow (scores above the rubric's, vote words the numbers do not give): what
        the guard and the vote check did about it. None when there is nothing to say."""
        if not self.case.analysis.injection:
            return None
        done: list[str] = []
        if self.held:
            done.append(f"{len(self.held)} score{'s' if len(self.held) > 1 else ''} above the "
                        "rubric's reading were held at it")
        if self.replaced:
            done.append(f"{self.replaced} turn{'s' if self.replaced > 1 else ''} that claimed a "
                        "vote the numbers do not give are worded from the numbers and marked "
                        "\"prose replaced\"")
        if self.synthesis_claimed_vote:
            done.append("the synthesis, which claimed votes nobody holds, is the rubric "
                        "engine's")
        if not done:
            return None
        return Flag(kind="injection_obeyed", detail=(
            "The answer addresses the reviewers, and the model's replies went past what its "
            "numbers allow: " + "; ".join(done) + ". No score in this review is above the "
            "rubric's reading."))

    # -- rounds ---------------------------------------------------------------------------

    async def openings(self) -> list[Turn]:
        """Blind openings: each panelist reads the answer and scores every criterion."""
        self._report("opening")

        async def one(persona: Persona) -> Turn:
            prompt = turn_prompt(self.brief, persona, "opening")
            turn, reply, guarded = await self._scored_turn(
                persona, "opening", self.types.opening, prompt, ()
            )
            if reply is None or guarded is None:
                self.opening[persona.id] = self._rubric_opening(persona)
                self.stood_in.add(persona.id)
                return turn
            assert isinstance(reply, OpeningReply)
            self.opening_replies[persona.id] = reply
            self.opening[persona.id] = opening_score(guarded, persona, self.case)
            return turn

        turns = await self._gather(one, "opening")
        self.opening_turns = turns
        self.model_down = all(
            ("opening", p.id) in self.call_failed for p in self.case.panel.personas)
        if self.model_down:
            self.notes.append("The model failed every opening, so it was not asked for the "
                              "rest: the cross-talk and closings are the rubric engine's.")
        return turns

    async def crosstalk(self, openings: Sequence[Turn]) -> list[Turn]:
        """Each panelist answers the colleague and criterion with the widest gap."""
        self._report("crosstalk")
        heard = [t.text for t in openings]
        votes = {pid: {o.vote} for pid, o in self.opening.items()}
        everyone = {o.vote for o in self.opening.values()}

        async def one(persona: Persona) -> Turn:
            gap = self._gap(persona, openings)
            prompt = turn_prompt(self.brief, persona, "crosstalk", openings, gap=gap)
            reply_type = self.types.pushback if gap.points >= 1 else self.types.crosstalk

            def check(reply: CrosstalkReply) -> list[tuple[str, str]]:
                found = self._quote_problems(reply, heard)
                vote = vote_problem(reply.text, self.names, votes, speaker=persona.id,
                                    unattributed=everyone)
                return found + ([("vote", vote)] if vote else [])

            turn, reply = await self._turn(persona, "crosstalk", reply_type, prompt, check)
            if reply is None:
                return turn
            check_ = turn_evidence(reply, self.case.submission.answer, heard)
            turn = build_turn(reply, persona, self.case, check_, to=gap.colleague.id)
            claimed = dict(check(reply)).get("vote")
            if claimed is None:
                return turn
            self._replace_prose(persona, "crosstalk", claimed)
            return turn.model_copy(update={**_gap_wording(self.case, gap),
                                           "error": PROSE_REPLACED + claimed})

        return await self._gather(one, "crosstalk")

    async def closings(self, openings: Sequence[Turn], crosstalk: Sequence[Turn]) -> list[Turn]:
        """Closings see the whole transcript, say what moved, and give the final scores."""
        self._report("closing")
        heard = [t.text for t in [*openings, *crosstalk]]

        async def one(persona: Persona) -> Turn:
            prompt = turn_prompt(self.brief, persona, "closing", openings, crosstalk,
                                 opening=self.opening[persona.id])
            turn, reply, guarded = await self._scored_turn(
                persona, "closing", self.types.closing, prompt, heard
            )
            if reply is None or guarded is None:
                self.final[persona.id] = self._stand_in_final(persona)
                return turn
            final = panelist_score(guarded, persona, self.case)
            self.final[persona.id] = final.model_copy(update={"opening": self.opening[persona.id]})
            if guarded.held:
                self.flags.append(Flag(kind="score_held_back", detail=(
                    f"{persona.name}: " + "; ".join(
                        f"{h.asked} on {h.name} held at {h.kept} ({h.reason})"
                        for h in guarded.held) + ".")))
            return turn

        return await self._gather(one, "closing")

    # -- turns ----------------------------------------------------------------------------

    async def _scored_turn(
        self,
        persona: Persona,
        kind: RoundKind,
        reply_type: type[OpeningReply] | type[ClosingReply],
        prompt: str,
        heard: Sequence[str],
    ) -> tuple[Turn, OpeningReply | ClosingReply | None, Guarded | None]:
        """An opening or closing: the turn, the reply, and its scores within the guard."""
        opened = self.opening.get(persona.id)
        colleagues = {pid: {o.vote} for pid, o in self.opening.items() if pid != persona.id}
        everyone = {o.vote for o in self.opening.values()}

        def check(reply: OpeningReply | ClosingReply) -> list[tuple[str, str]]:
            found = self._quote_problems(reply, heard)
            guarded = guard_scores(reply.scores, persona, self.case)
            own = panelist_score(guarded, persona, self.case).vote
            mine = {own} | ({opened.vote} if opened and kind == "closing" else set())
            vote = vote_problem(turn_text(reply), self.names, {**colleagues, persona.id: mine},
                                speaker=persona.id, unattributed=everyone | mine)
            missing = {c.id for c in self.case.competency.criteria} - {
                s.criterion for s in reply.scores}
            if missing:
                found.append(("missing", f"no score for {', '.join(sorted(missing))}"))
            return found + ([("vote", vote)] if vote else [])

        turn, reply = await self._turn(persona, kind, reply_type, prompt, check)
        if reply is None:
            return turn, None, None
        guarded = guard_scores(reply.scores, persona, self.case)
        own = panelist_score(guarded, persona, self.case)
        problems = dict(check(reply))
        check_ = turn_evidence(reply, self.case.submission.answer, heard)
        if "vote" in problems:
            self._replace_prose(persona, kind, problems["vote"])
            text = _scores_wording(self.case, own)
            turn = build_turn(reply, persona, self.case, check_, text=text)
            turn = turn.model_copy(update={"error": PROSE_REPLACED + problems["vote"]})
        else:
            turn = build_turn(reply, persona, self.case, check_)
        if guarded.held:
            self.held.update((persona.id, h.criterion) for h in guarded.held)
            turn = turn.model_copy(update={"text": f"{turn.text} {guarded.note()}"})
        return turn, reply, guarded

    def _replace_prose(self, persona: Persona, kind: RoundKind, problem: str) -> None:
        self.replaced += 1
        self.notes.append(f"{persona.name}'s {kind} turn claimed a vote its scores do not "
                          f"give ({problem}); it is worded from the scores.")

    async def _turn(
        self,
        persona: Persona,
        kind: RoundKind,
        reply_type: type[T],
        prompt: str,
        check: Callable[[T], list[tuple[str, str]]],
    ) -> tuple[Turn, T | None]:
        """Ask; ask once more with what was wrong; then fall back, or leave the vote wording
        to the caller. Returns the reply only when its quotes can stand."""
        if self.model_down:
            return self._fallback(persona, kind, "the model failed every opening"), None
        if persona.id in self.stood_in:
            # Asking the model to defend or revise numbers it never gave would dress the
            # rubric's reading as the model's: the panelist stays the rubric's throughout.
            return self._fallback(persona, kind, STOOD_IN), None
        system = system_prompt(self.brief, persona)
        label = f"{persona.name}'s {kind}"

        def first_problem(reply: T) -> str | None:
            found = check(reply)
            return found[0][1] if found else None

        try:
            reply = await self.caller.call(system, prompt, reply_type, label=label,
                                           check=first_problem)
            problem = first_problem(reply)
            if problem is not None:
                reply = await self.caller.call(system, retry_prompt(prompt, problem), reply_type,
                                               label=label, check=first_problem)
        except CallFailed as exc:
            self.unreachable = self.unreachable or exc.unreachable
            self.call_failed.add((kind, persona.id))
            if self.caller.ready is not None:
                await self.caller.ready  # the stand-in is the rubric's turn over the whole case
            return self._fallback(persona, kind, str(exc)), None
        blocking = dict(check(reply)).get("quote")
        if blocking:
            return self._fallback(persona, kind, f"asked twice, still {blocking}"), None
        # A vote its numbers do not give is left to the caller, which words the turn from them.
        return self.spare[(kind, persona.id)], reply

    def _quote_problems(self, reply: TurnReply, heard: Sequence[str]) -> list[tuple[str, str]]:
        problem = quote_problem(ground_turn(reply, self.case.submission.answer, heard))
        return [("quote", problem)] if problem else []

    def _fallback(self, persona: Persona, kind: RoundKind, reason: str) -> Turn:
        """A stand-in turn for this speaker, marked with why the model's failed.

        An opening is the rubric engine's own turn, and so is every turn when the model failed
        every opening (the rubric's deliberation is then whole and consistent). Otherwise a
        later turn is worded from the numbers that stand for this speaker, so it never cites
        numbers the review does not use: the speaker's own opening scores when the model gave
        them; the rubric's reading, said to be the rubric's, when the opening fell back too.
        """
        update: dict[str, object] = {"fallback": True, "error": reason}
        own = persona.id in self.opening_replies
        if self.model_down or kind == "opening":
            source = "the rubric engine's"
        elif kind == "crosstalk":
            gap = self._gap(persona, self.opening_turns)
            update.update(_gap_wording(self.case, gap, stand_in=not own))
            source = "worded from its own numbers" if own else _RUBRIC_READING
        else:
            final = self._stand_in_final(persona)
            lead = ("My opening scores stand as my final ones: " if own
                    else "The rubric engine's reading stands in for me, as it did in my opening: ")
            update.update(text=lead + _criteria_wording(self.case, final), addresses=[],
                          stance=None, evidence=[])
            source = "worded from its own numbers" if own else _RUBRIC_READING
        why = ("the model was not asked, since its opening fell back" if reason == STOOD_IN
               else f"the model's failed ({reason})")
        self.notes.append(f"{persona.name}'s {kind} turn is {source}: {why}.")
        return self.spare[(kind, persona.id)].model_copy(update=update)

    def _stand_in_final(self, persona: Persona) -> PanelistScore:
        """A panelist's final numbers without a closing from the model: its opening's (the
        model's, or the rubric's reading that stood in for it); the rubric's own final numbers
        only when the whole deliberation is the rubric's, whose moves then all happened."""
        if self.model_down:
            return self._rubric_assessment(persona)
        opening = self.opening[persona.id]
        return PanelistScore(panelist=persona.id, score=opening.score, vote=opening.vote,
                             criteria=dict(opening.criteria), opening=opening)

    async def _gather(
        self, one: Callable[[Persona], Awaitable[Turn]], kind: RoundKind
    ) -> list[Turn]:
        """Every panelist's turn, asked in parallel, streamed in the panel's order.

        A turn is streamed once every turn before it in the round has been, so a page watching
        the review shows the turns in the order the finished review has them: it never has to
        reorder them when the review completes.
        """
        tasks = [asyncio.ensure_future(one(p)) for p in self.brief.panel.personas]
        try:
            for task in tasks:
                turn = await task
                if self.on_turn is not None:
                    self.on_turn(kind, turn)
        finally:
            for task in tasks:
                task.cancel()  # only the unfinished ones, when a turn failed outright
            await asyncio.gather(*tasks, return_exceptions=True)
        return [task.result() for task in tasks]

    def _report(self, kind: RoundKind) -> None:
        if self.caller.progress is not None and not self.model_down:
            count = len(self.brief.panel.personas)
            self.caller.progress(f"{kind} round: asking the model for {count} turns")

    # -- numbers --------------------------------------------------------------------------

    def _rubric_assessment(self, persona: Persona) -> PanelistScore:
        return next(a for a in self.rubric.assessments if a.panelist == persona.id)

    def _rubric_opening(self, persona: Persona) -> OpeningScore:
        spare = self._rubric_assessment(persona)
        return spare.opening or OpeningScore(score=spare.score, vote=spare.vote,
                                             criteria=spare.criteria)

    def _gap(self, persona: Persona, openings: Sequence[Turn]) -> Gap:
        """The colleague and criterion this panelist is furthest apart on (panel order breaks
        ties), with the colleague's exact words."""
        mine = self.opening[persona.id].criteria
        said = {t.speaker: t.text for t in openings}
        best: tuple[int, Persona, str] | None = None
        for other in self.case.panel.personas:
            if other.id == persona.id:
                continue
            theirs = self.opening[other.id].criteria
            for criterion in self.case.competency.criteria:
                points = abs(mine.get(criterion.id, 0) - theirs.get(criterion.id, 0))
                if best is None or points > best[0]:
                    best = (points, other, criterion.id)
        assert best is not None, "a panel has at least two members"
        _, other, cid = best
        reply = self.opening_replies.get(other.id)
        quote = next((s.quote for s in reply.scores if s.criterion == cid), "") if reply else ""
        return Gap(colleague=other, criterion=cid, mine=mine.get(cid, 0),
                   theirs=self.opening[other.id].criteria.get(cid, 0),
                   claim=said.get(other.id, ""), quote=quote, stand_in=other.id in self.stood_in)

    # -- synthesis ------------------------------------------------------------------------

    async def synthesis(self, rounds: list[Round]) -> Deliberation:
        """The moderator's synthesis, or the rubric's if the model cannot give a clean one."""
        assessments = [self.final[p.id] for p in self.case.panel.personas]
        verdict = verdict_from([self.case.cap(a) for a in assessments])
        base = Deliberation(
            rounds=rounds,
            assessments=assessments,
            consensus=self.rubric.consensus,
            signals=self.rubric.signals,
            headline=self.rubric.headline,
            follow_ups=self.rubric.follow_ups,
            info=self.rubric.info,
        )
        if self.model_down:
            self.synthesis_failed = True
            base.notes.append("The synthesis is the rubric engine's: the model failed every "
                              "opening.")
            return base
        titled = [(f"{r.kind.capitalize()} round", r.turns) for r in rounds]
        heard = [t.text for r in rounds for t in r.turns]
        system = moderator_prompt(self.brief)
        prompt = synthesis_prompt(self.brief, titled, assessments, verdict)
        votes: dict[str, set[Vote]] = {a.panelist: {self.case.cap(a).vote} for a in assessments}
        everyone = {verdict.vote, *(v for vs in votes.values() for v in vs)}

        def problem_of(reply: SynthesisReply) -> str | None:
            check = synthesis_check(reply, self.case.submission.answer, heard)
            if check.misquoted:
                return quote_problem(check, needs_quote=False)
            overall = " ".join([reply.headline, reply.consensus, *reply.agreements])
            found = vote_problem(overall, self.names, votes, unattributed=everyone)
            for note in reply.panelists:
                pid = panelist_id(note.panelist, self.case)
                found = found or vote_problem(
                    f"{note.reason_to_hire} {note.concern} {note.emphasis}", self.names, votes,
                    speaker=pid, unattributed=everyone)
            return found

        reply: SynthesisReply | None = None
        call_failed = False
        try:
            reply = await self.caller.call(system, prompt, SynthesisReply,
                                           label="the synthesis", check=problem_of)
            problem = problem_of(reply)
            if problem is not None:
                reply = await self.caller.call(system, retry_prompt(prompt, problem),
                                               SynthesisReply, label="the synthesis",
                                               check=problem_of)
                problem = problem_of(reply)
        except CallFailed as exc:
            problem, call_failed = str(exc), True
        if reply is None or problem is not None:
            self.synthesis_failed = True
            self.synthesis_claimed_vote = reply is not None and not call_failed and not (
                synthesis_check(reply, self.case.submission.answer, heard).misquoted)
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


def _criteria_wording(case: Case, score: PanelistScore) -> str:
    names = {c.id: c.name for c in case.competency.criteria}
    ranked = sorted(score.criteria.items(), key=lambda item: (-item[1], item[0]))
    (best, high), (worst, low) = ranked[0], ranked[-1]
    return (f"{VOTE_WORDS[score.vote]} ({score.score:.2f} / 5), strongest on {names[best]} "
            f"({high}/5), weakest on {names[worst]} ({low}/5).")


_RUBRIC_READING = "worded from the rubric engine's reading, which stood in for its opening"


def _gap_wording(case: Case, gap: Gap, *, stand_in: bool = False) -> dict[str, object]:
    """A cross-talk turn worded from the gap's numbers; `stand_in` when the speaker's numbers
    are the rubric's reading (its opening fell back), which the turn then says."""
    them = gap.colleague.called
    name = next(c.name for c in case.competency.criteria if c.id == gap.criterion)
    if stand_in:
        lead = "The rubric engine's reading stands in for my opening. "
        if gap.points == 0:
            text = f"{lead}{them}, it scores every criterion as you did."
        else:
            text = (f"{lead}{them}, it has {name} at {gap.mine} and you have it at "
                    f"{gap.theirs}: {gap.points} point{'s' if gap.points > 1 else ''} apart.")
        return {"text": text, "stance": "agree" if gap.points == 0 else "pushback",
                "addresses": [gap.colleague.id], "evidence": []}
    if gap.points == 0:
        return {"text": f"{them}, we scored every criterion alike; my opening stands.",
                "stance": "agree", "addresses": [gap.colleague.id], "evidence": []}
    return {"text": f"{them}, we are {gap.points} point{'s' if gap.points > 1 else ''} apart "
            f"on {name}: I have it at {gap.mine}, you at {gap.theirs}, and my opening stands.",
            "stance": "pushback" if gap.points >= 1 else "build",
            "addresses": [gap.colleague.id], "evidence": []}


def _scores_wording(case: Case, score: PanelistScore) -> str:
    """A turn's words built from its numbers, for prose that claimed another vote."""
    return f"My scores put me at {_criteria_wording(case, score)}"


async def _ready(case: Case) -> Case:
    """A case that is whole already, as `deliberate_early` takes it."""
    return case
