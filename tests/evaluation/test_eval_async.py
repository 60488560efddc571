"""The concurrent runner drives the real pipeline with a non-rubric engine, offline."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path
from typing import Any

import pytest
from pydantic_ai.models.test import TestModel

from roundtable.engines.llm.calls import RetryPolicy
from roundtable.engines.llm.engine import LLMEngine
from roundtable.evaluation.dataset import read_dataset
from roundtable.evaluation.results import EvalSettings
from roundtable.evaluation.runner import run_async
from roundtable.evaluation.summary import build_report
from roundtable.models import Review
from roundtable.pipeline import areview

DEVSET = Path(__file__).parent.parent / "data" / "devset" / "part-a.jsonl"


def test_llm_engine_rows_run_concurrently_and_are_measured(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_: Any, **__: Any) -> None:
        raise RuntimeError("no network in tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    # TestModel answers with placeholder text, so every turn falls back to the rubric's; the
    # point here is the runner: probes, reruns and the pre-deliberation reading per row.
    engine = LLMEngine("openai:test", backend=TestModel(), cache_dir=tmp_path / "cache",
                       policy=RetryPolicy(call_timeout_s=5, max_attempts=1, backoff_s=0.01))

    async def reviewer(answer: str, **kwargs: Any) -> Review:
        return await areview(answer, **{**kwargs, "engine": engine, "model": None})

    rows = read_dataset(DEVSET)[:3]
    settings = EvalSettings(engine="llm", model="openai:test", runs=2, concurrency=3)
    results = asyncio.run(run_async(rows, settings, reviewer=reviewer))
    assert [r.id for r in results] == [r.id for r in rows]
    assert all({"padding", "injection"} <= set(r.probe_scores) for r in results)
    assert all(len(r.rerun_scores) == 1 and r.pre_votes is not None for r in results)
    report = build_report(results, settings, sources=[str(DEVSET)])
    assert report.retest.runs == 2 and report.retest.flip_rate == 0.0
    assert report.disagreement.crosstalk_votes_changed is not None
