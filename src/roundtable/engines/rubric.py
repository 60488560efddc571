"""The offline rubric engine: deterministic deliberation from the evidence and the numbers."""

from __future__ import annotations

from collections.abc import Awaitable

from roundtable.deliberation import deliberate
from roundtable.engines.base import Brief, Case, Deliberation, TurnSink
from roundtable.models import EngineInfo
from roundtable.synthesis import build_consensus, build_follow_ups, build_headline, build_signals


class RubricEngine:
    """Speaks for the panel without a model: every sentence is built from evidence and scores."""

    name = "rubric"

    async def deliberate(self, case: Case, on_turn: TurnSink | None = None) -> Deliberation:
        """Run the opening, cross-talk and closing rounds, then the synthesis."""
        return self.deliberate_now(case, on_turn)

    async def deliberate_early(self, brief: Brief, case: Awaitable[Case],
                               on_turn: TurnSink | None = None) -> Deliberation:
        """`deliberate` once the case is whole: this engine has nothing to send before."""
        return self.deliberate_now(await case, on_turn)

    def deliberate_now(self, case: Case, on_turn: TurnSink | None = None) -> Deliberation:
        """`deliberate` without an event loop: this engine never waits on anything."""
        debate = deliberate(case)
        if on_turn is not None:
            for current in debate.rounds:
                for turn in current.turns:
                    on_turn(current.kind, turn)
        return Deliberation(
            rounds=debate.rounds,
            assessments=[r.assessment() for r in debate.readings],
            consensus=build_consensus(debate),
            signals=build_signals(debate),
            headline=build_headline(case),
            follow_ups=build_follow_ups(case, debate),
            # No wall time: the rubric engine's output is a pure function of input and seed.
            info=EngineInfo(name=self.name, seed=case.seed),
        )
