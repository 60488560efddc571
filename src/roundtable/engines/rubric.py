"""The offline rubric engine: deterministic deliberation from the evidence and the numbers."""

from __future__ import annotations

from roundtable.deliberation import closing_round, crosstalk_round, opening_round, plan_views
from roundtable.engines.base import Case, Deliberation, TurnSink
from roundtable.models import EngineInfo
from roundtable.synthesis import build_consensus, build_follow_ups, build_headline, build_signals


class RubricEngine:
    """Speaks for the panel without a model: every sentence is built from evidence and scores."""

    name = "rubric"

    async def deliberate(self, case: Case, on_turn: TurnSink | None = None) -> Deliberation:
        """Run the opening, cross-talk and closing rounds, then the synthesis."""
        views = plan_views(case)
        rounds = []
        for build in (opening_round, crosstalk_round, closing_round):
            current = build(case, views)
            rounds.append(current)
            if on_turn is not None:
                for turn in current.turns:
                    on_turn(current.kind, turn)
        return Deliberation(
            rounds=rounds,
            assessments=list(case.assessments),
            consensus=build_consensus(case, views),
            signals=build_signals(views),
            headline=build_headline(case),
            follow_ups=build_follow_ups(views),
            # No wall time: the rubric engine's output is a pure function of input and seed.
            info=EngineInfo(name=self.name, seed=case.seed),
        )
