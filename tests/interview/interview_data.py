"""Shared paths for the interview tests: the fixtures written in every format."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).parents[1] / "data" / "interviews"
SIX = DATA / "six-questions.txt"
SIX_FORMATS = sorted(p for p in DATA.glob("six-questions.*"))
SIX_QUESTIONS: list[str] = json.loads((DATA / "dev" / "expected.json").read_text())[
    "../six-questions.txt"]
SIX_COMPETENCIES = ["conflict", "customer-obsession", "failure", "dive-deep", "prioritization",
                    "influence"]
