"""Every setting the LLM engine reads and every LLM flag of `review` is in the README."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_environment_variable_the_llm_engine_reads_is_documented() -> None:
    source = "\n".join(p.read_text(encoding="utf-8")
                       for p in (ROOT / "src" / "roundtable" / "engines").rglob("*.py"))
    names = set(re.findall(r'"((?:ROUNDTABLE|OPENAI|ANTHROPIC|OLLAMA)_[A-Z_]+)"', source))
    assert "ROUNDTABLE_OUTPUT_MODE" in names and len(names) >= 12
    assert sorted(n for n in names if f"`{n}`" not in README) == []


def test_every_llm_flag_of_review_is_documented() -> None:
    for flag in ("--model", "--timeout", "--attempts", "--concurrency", "--allow-fallback",
                 "--no-cache"):
        assert f"`{flag}" in README, flag
