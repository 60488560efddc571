"""What the red-flag tests share: which criteria a flag bears on, and a strong answer's scores
before and after a sentence carrying the flag is appended.

A flag bears on a criterion when the competency file lists it among that criterion's negative
signals (src/roundtable/catalog/competencies/*.yaml): the catalog, not the test, says which
scores a flag should cost.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from devset import rows

from roundtable.catalog.loader import get_competency
from roundtable.ingest import Submission
from roundtable.pipeline import prepare

FLAGS = ("blame", "contempt", "emotional", "never_fail")


def bearing_on(flag: str, competency_id: str) -> list[str]:
    """Ids of the competency's criteria that list `flag` among their negative signals."""
    competency = get_competency(competency_id)
    return [c.id for c in competency.criteria if flag in c.signals.negative]


def strong_rows(flag: str) -> list[dict[str, Any]]:
    """Strong dev-split answers whose competency has at least one criterion the flag bears on."""
    return [r for r in rows("dev")
            if r["label"] == "strong" and bearing_on(flag, r["competency"])]


def criterion_scores(row: dict[str, Any], answer: str) -> dict[str, int]:
    """The rubric's score per criterion for `answer`, told in reply to the row's question."""
    return _scores(row["competency"], row["question"], answer)


@cache
def _scores(competency: str, question: str, answer: str) -> dict[str, int]:
    case, _ = prepare(Submission(answer=answer, question=question), competency)
    return {c.id: c.score for c in case.criteria}


def raised_flags(row: dict[str, Any], answer: str) -> set[str]:
    """The flag kinds the pipeline raises for `answer`."""
    _, flags = prepare(Submission(answer=answer, question=row["question"]), row["competency"])
    return {f.kind for f in flags}


def not_lowered(flag: str, row: dict[str, Any], sentence: str) -> dict[str, tuple[int, int]]:
    """The criteria the flag bears on whose score did not drop when `sentence` was appended.

    Criteria already at the floor (1) cannot drop and are left out; the caller skips a row where
    that leaves nothing to check.
    """
    before = criterion_scores(row, row["answer"])
    after = criterion_scores(row, f"{row['answer']} {sentence}")
    return {cid: (before[cid], after[cid]) for cid in bearing_on(flag, row["competency"])
            if before[cid] > 1 and after[cid] >= before[cid]}


def checkable(flag: str, row: dict[str, Any]) -> bool:
    """Whether any criterion the flag bears on is above the floor, so it has room to drop."""
    before = criterion_scores(row, row["answer"])
    return any(before[cid] > 1 for cid in bearing_on(flag, row["competency"]))


def cases(sentences: dict[str, list[str]]) -> list[Any]:
    """One test case per (flag, strong answer the flag bears on, sentence carrying the flag)."""
    return [
        pytest.param(flag, row, sentence, id=f"{flag}-{row['id']}-{index}")
        for flag in FLAGS
        for row in strong_rows(flag)
        for index, sentence in enumerate(sentences[flag])
    ]
