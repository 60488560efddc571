"""The interview with the LLM engine against the scripted server on loopback: the questions'
round-trips overlap (their first calls are all in flight before any reply comes back), within
one limit on calls in flight for the whole interview (a one-slot server, --concurrency)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import yaml
from interview_data import DATA

sys.path.insert(0, str(Path(__file__).parents[1] / "llm"))

from llm_fake_server import Action, FakeOpenAI  # noqa: E402

import roundtable  # noqa: E402
from roundtable.debrief.models import Interview  # noqa: E402
from roundtable.debrief.run import segments_of  # noqa: E402
from roundtable.engines.base import Case, Deliberation  # noqa: E402
from roundtable.engines.llm import LLMEngine  # noqa: E402
from roundtable.evidence.analysis import addressed_to_reviewers, analyze  # noqa: E402
from roundtable.ingest.submission import Submission  # noqa: E402
from roundtable.ingest.transcript import to_submission  # noqa: E402
from roundtable.models import Flag  # noqa: E402
from roundtable.pipeline import brief_of, complete  # noqa: E402

DELAY = 0.5
TRANSCRIPT = DATA / "dev" / "zoom.vtt"
"""Two behavioral questions."""


def run(server: FakeOpenAI, tmp_path: Path, **kwargs: object) -> Interview:
    engine = LLMEngine(f"openai-compatible:fake@{server.base_url}", use_cache=False,
                       cache_dir=tmp_path, **kwargs)  # type: ignore[arg-type]
    return roundtable.interview(TRANSCRIPT.read_text(), engine=engine)


def model_reviewed(result: Interview) -> None:
    assert len(result.segments) == 2
    for segment in result.segments:
        assert segment.review is not None
        assert segment.review.engine.name != "rubric"
        assert segment.review.engine.calls > 0
        assert segment.review.engine.retries == segment.review.engine.fallback_turns == 0


def test_questions_run_in_parallel_against_a_scripted_server(tmp_path: Path) -> None:
    with FakeOpenAI(lambda seen, index: Action(delay_s=DELAY)) as server:
        result = run(server, tmp_path)
        seen = list(server.seen)
    model_reviewed(result)
    panel = len(result.panel)
    first = seen[0].at
    in_flight = [s for s in seen if s.at < first + DELAY * 0.8]
    # Both questions' openings were sent before the first reply could arrive.
    assert len(in_flight) >= 2 * panel
    prompts = " ".join(s.prompt for s in in_flight)
    assert "delay our payments launch" in prompts and "junior engineer" in prompts
    assert server.peak >= 2 * panel


def test_a_one_slot_server_is_asked_one_call_at_a_time_across_the_questions(
        tmp_path: Path) -> None:
    # Each question's review alone would keep within the slot; together they must too.
    with FakeOpenAI(lambda seen, index: Action(delay_s=0.02), slots=1) as server:
        result = run(server, tmp_path)
    model_reviewed(result)
    assert server.gets == ["/props"]  # probed once for the whole interview
    assert server.peak == 1


def test_the_concurrency_the_user_sets_holds_for_the_whole_interview(tmp_path: Path) -> None:
    with FakeOpenAI(lambda seen, index: Action(delay_s=0.1)) as server:
        result = run(server, tmp_path, concurrency=2)
    model_reviewed(result)
    assert server.gets == []
    assert server.peak == 2


def test_cli_interview_takes_the_llm_limits(tmp_path: Path) -> None:
    with FakeOpenAI(lambda seen, index: Action(delay_s=0.05)) as server:
        done = subprocess.run(
            [str(Path(sys.executable).parent / "roundtable"), "interview", str(TRANSCRIPT),
             "--format", "json", "--engine", "llm", "--model",
             f"openai-compatible:fake@{server.base_url}", "--concurrency", "1",
             "--timeout", "20", "--attempts", "2"],
            capture_output=True, text=True, timeout=120, check=False,
            env={**os.environ, "ROUNDTABLE_HOME": str(tmp_path),
                 "ROUNDTABLE_CONFIG": str(tmp_path / "config.toml")})
    assert done.returncode == 0, done.stderr
    reviews = [s["review"] for s in json.loads(done.stdout)["segments"]]
    assert [r["engine"]["name"] for r in reviews] == ["llm", "llm"]
    assert server.peak == 1 and server.gets == []


def _first_question() -> Submission:
    segment = segments_of(TRANSCRIPT.read_text())[0][0]
    return to_submission(segment, [])


def test_openings_are_sent_before_the_answer_is_analysed(tmp_path: Path) -> None:
    """The engine sends every opening from the brief alone, and checks the replies once the
    case is whole: the review is the one it writes from a case that was whole from the start."""
    brief, flags = brief_of(_first_question())
    panel = len(brief.panel.personas)

    async def early(engine: LLMEngine, server: FakeOpenAI) -> tuple[int, Deliberation]:
        prepared: asyncio.Future[tuple[Case, list[Flag]]] = \
            asyncio.get_running_loop().create_future()

        async def case() -> Case:
            return (await prepared)[0]

        task = asyncio.ensure_future(engine.deliberate_early(brief, case()))
        for _ in range(500):
            if len(server.seen) >= panel:
                break
            await asyncio.sleep(0.01)
        sent = len(server.seen)
        prepared.set_result(complete(brief, flags))
        return sent, await task

    with FakeOpenAI(lambda seen, index: Action(delay_s=0.05)) as server:
        engine = LLMEngine(f"openai-compatible:fake@{server.base_url}", use_cache=False,
                           cache_dir=tmp_path)
        sent, deliberation = asyncio.run(early(engine, server))
        whole = asyncio.run(engine.deliberate(complete(brief, flags)[0]))
    assert sent == panel
    assert deliberation.info.fallback_turns == 0 and not deliberation.info.degraded
    assert [t.text for r in deliberation.rounds for t in r.turns] == \
        [t.text for r in whole.rounds for t in r.turns]


def test_an_injection_is_known_before_the_analysis() -> None:
    """The brief's injection check says what the analysis says, so the first prompts carry
    the warning: on every planted probe and on every answer of the dev set."""
    probes = yaml.safe_load((DATA.parents[0] / "probes" / "injections.yaml").read_text())
    weak = _first_question().answer
    answers = [f"{weak} {p['text']}" for p in probes]
    rows = [json.loads(line) for part in sorted((DATA.parents[0] / "devset").glob("*.jsonl"))
            for line in part.read_text(encoding="utf-8").splitlines()]
    answers += [row["answer"] for row in rows]
    found = [(addressed_to_reviewers(a), analyze(a).injection) for a in answers]
    assert [a for a, (early, late) in zip(answers, found, strict=True) if early != late] == []
    assert sum(late for _, late in found) >= len(probes)


def test_a_rate_limit_holds_back_every_questions_calls(tmp_path: Path) -> None:
    """One call at a time for the whole interview: after a 429 asking for a second, no
    question's call goes out before the second is over, and the refused call is retried."""
    def script(seen: object, index: int) -> Action:
        return Action(status=429, headers={"Retry-After": "1"}) if index == 0 else Action()

    with FakeOpenAI(script) as server:
        result = run(server, tmp_path, concurrency=1)
        limited, following = server.seen[0], server.seen[1]
    assert following.at - limited.at >= 0.95
    assert server.peak == 1
    reviews = [s.review for s in result.segments if s.review is not None]
    assert len(reviews) == 2 and sum(r.engine.retries for r in reviews) == 1
    assert all(r.engine.fallback_turns == 0 for r in reviews)
