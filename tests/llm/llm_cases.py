"""Real answers from the dev set, prepared into Cases by the real pipeline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from roundtable.engines.base import Case
from roundtable.ingest.submission import Submission
from roundtable.pipeline import prepare

DEVSET = Path(__file__).parent.parent / "data" / "devset" / "part-a.jsonl"


def devset_row(row_id: str) -> dict[str, Any]:
    """One labelled answer from the dev set."""
    for line in DEVSET.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] == row_id:
            return row
    raise KeyError(row_id)


def case_for(answer: str, question: str | None, competency: str = "have-backbone") -> Case:
    """A Case prepared by the real pipeline."""
    case, _ = prepare(Submission(answer=answer, question=question), competency)
    return case
