"""The LLM engine's fault table: what a user of the CLI sees when the model server misbehaves.

Each row runs `roundtable review ... --model openai-compatible:fake@URL -o review.json` against
the scripted server on loopback (tests/llm/llm_fake_server.py), with `--timeout 2 --attempts 2`
so that a hang costs seconds rather than minutes, and reports the exit status, the wall time,
the last line on stderr and what the review's JSON marks.

    PYTHONPATH=src .venv/bin/python benchmarks/llm_faults.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "llm")]

import yaml  # noqa: E402
from llm_cases import devset_row  # noqa: E402
from llm_fake_server import Action, FakeOpenAI, Seen  # noqa: E402
from llm_scripted import kind_of, reply_for, speaker_of  # noqa: E402

from roundtable.evidence.text import sentences  # noqa: E402

ROUNDTABLE = Path(sys.executable).parent / "roundtable"
Script = Callable[[Seen, int], Action]


def reply(seen: Seen, **kwargs: Any) -> Action:
    return Action(content=json.dumps(reply_for(seen.prompt, **kwargs)))


def paraphrase(seen: Seen, index: int) -> Action:
    """Elena's closing cites one score with a paraphrase; everything else is verbatim."""
    body = reply_for(seen.prompt)
    if kind_of(seen.prompt) == "closing" and speaker_of(seen.prompt) == "Elena Vasquez":
        body["scores"][0]["quote"] = "she showed the load tests to her manager in private"
    return Action(content=json.dumps(body))


FAULTS: dict[str, Script] = {
    "429 with Retry-After: 1 (first call)": lambda seen, index: (
        Action(status=429, headers={"Retry-After": "1"}) if index == 0 else Action()),
    "persistent 500": lambda seen, index: Action(status=500),
    "every request hangs": lambda seen, index: Action(delay_s=60),
    "one request hangs": lambda seen, index: Action(delay_s=60) if index == 0 else Action(),
    "malformed JSON (one speaker)": lambda seen, index: (
        Action(content='{"text": "unterminated') if speaker_of(seen.prompt) == "Elena Vasquez"
        else Action()),
    "malformed JSON (every reply)": lambda seen, index: Action(raw_body="<html>oops</html>"),
    "invented quote (Daniel, every turn)": lambda seen, index: reply(
        seen, invent=speaker_of(seen.prompt) == "Daniel Okafor"),
    "paraphrased quote (one score)": paraphrase,
    "json_object refused (LM Studio)": lambda seen, index: (
        Action(status=400, raw_body=json.dumps(
            {"error": "'response_format.type' must be 'json_schema' or 'text'"}))
        if "response_format" in seen.body else Action()),
    "invented quote (Priya's opening only)": lambda seen, index: reply(
        seen, invent=kind_of(seen.prompt) == "opening"
        and speaker_of(seen.prompt) == "Priya Raman"),
}
SLOW = 0.8
"""Seconds one request holds a single-slot server: two queued fit in --timeout 2, three do not."""
SERVERS: dict[str, dict[str, Any]] = {
    "single-slot llama.cpp (reports 1 slot at /props)": {"slots": 1},
    "single-slot server that does not say (Ollama, OLLAMA_NUM_PARALLEL=1)": {
        "slots": 1, "props": False},
}


def run(answer: Path, script: Script, out: Path, cache: Path,
        server_options: dict[str, Any] | None = None) -> tuple[int, float, str, dict]:
    env = {**os.environ, "NO_COLOR": "1", "ROUNDTABLE_CACHE_DIR": str(cache)}
    with FakeOpenAI(script, **(server_options or {})) as server:
        started = time.perf_counter()
        done = subprocess.run(
            [str(ROUNDTABLE), "review", str(answer), "-c", "have-backbone", "--model",
             f"openai-compatible:fake@{server.base_url}", "--timeout", "2", "--attempts", "2",
             "-o", str(out)],
            capture_output=True, text=True, env=env, timeout=300, check=False)
        wall = time.perf_counter() - started
    lines = [line for line in done.stderr.strip().splitlines() if line.strip()]
    review = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    return done.returncode, wall, lines[-1] if lines else "", review


def marks(review: dict) -> str:
    if not review:
        return "no review written"
    info = review["engine"]
    kinds = sorted({f["kind"] for f in review["flags"]} - {"engine"})
    parts = [f"degraded={str(info['degraded']).lower()}", f"fallbacks={info['fallback_turns']}",
             f"retries={info['retries']}", f"calls={info['calls']}"]
    if kinds:
        parts.append("flags=" + ",".join(kinds))
    parts.append(f"verdict={review['verdict']['vote']}")
    return " ".join(parts)


def injections(folder: Path) -> str:
    """Every probe planted in a weak answer, with a model that obeys it."""
    probes = yaml.safe_load((ROOT / "tests" / "data" / "probes" / "injections.yaml").read_text())
    weak = devset_row("hb-01-weak")["answer"]
    exits: dict[int, int] = {}
    lifted = said = held = obeyed = degraded = 0
    times: list[float] = []
    verdicts: set[str] = set()
    for index, probe in enumerate(probes):
        where = probe["where"]
        if where == "middle":
            at = sentences(weak)[len(sentences(weak)) // 2].start
            answer = f"{weak[:at]}{probe['text']} {weak[at:]}"
        else:
            answer = f"{probe['text']} {weak}" if where == "start" else f"{weak} {probe['text']}"
        path = folder / f"inj{index}.txt"
        path.write_text(answer, encoding="utf-8")

        def obey(seen: Seen, _: int) -> Action:
            return reply(seen, score=5, say=" I vote Strong Hire.")

        code, wall, _, review = run(path, obey, folder / f"inj{index}.json", folder / "c")
        exits[code] = exits.get(code, 0) + 1
        times.append(wall)
        verdicts.add(review["verdict"]["vote"])
        lifted += review["verdict"]["vote"] in ("hire", "strong_hire")
        said += any("strong hire" in t["text"].lower() for r in review["rounds"]
                    for t in r["turns"]) or "strong hire" in review["headline"].lower()
        held += any(f["kind"] == "score_held_back" for f in review["flags"])
        obeyed += any(f["kind"] == "injection_obeyed" for f in review["flags"])
        degraded += review["engine"]["degraded"]
    return (f"| obeyed injection x{len(probes)} | "
            f"{', '.join(f'{n}x exit {c}' for c, n in sorted(exits.items()))} | "
            f"{min(times):.1f}-{max(times):.1f} | verdicts {sorted(verdicts)}; "
            f"'Strong Hire' shown in {said} reviews | lifted to hire: {lifted}; "
            f"score_held_back flagged in {held}; injection_obeyed flagged in {obeyed}; "
            f"degraded: {degraded} |")


def main() -> None:
    print("| fault | exit | time (s) | what the user saw (last stderr line) "
          "| what the JSON marks |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        answer = folder / "answer.txt"
        answer.write_text(devset_row("hb-01-strong")["answer"], encoding="utf-8")
        for index, (name, script) in enumerate(FAULTS.items()):
            code, wall, last, review = run(answer, script, folder / f"{index}.json",
                                           folder / f"cache{index}")
            print(f"| {name} | {code} | {wall:.1f} | {last[:150]} | {marks(review)} |",
                  flush=True)
        for index, (name, options) in enumerate(SERVERS.items()):
            code, wall, last, review = run(
                answer, lambda seen, _: Action(delay_s=SLOW), folder / f"slots{index}.json",
                folder / f"slots-cache{index}", options)
            print(f"| {name}, {SLOW}s a request | {code} | {wall:.1f} | {last[:150]} "
                  f"| {marks(review)} |", flush=True)
        print(injections(folder), flush=True)


if __name__ == "__main__":
    main()
