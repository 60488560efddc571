"""Competency inference searches only the cues that can change its choice, and chooses exactly
what searching every cue of every competency chooses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roundtable.catalog.loader import competencies
from roundtable.debrief.run import segments_of
from roundtable.errors import InputError
from roundtable.inference import (
    _ANSWER_KEYWORD_WEIGHT,
    _CUE_WEIGHT,
    _QUESTION_WEIGHT,
    _SIMILARITY_WEIGHT,
    LOW_CONFIDENCE_MARGIN,
    _answer_model_points,
    _answer_share,
    _answer_weight,
    _answer_words,
    _cue_hits,
    _hits,
    _model_vagueness,
    _modelled,
    _question_evidence,
    _question_similarity,
    _similarity,
    _subjects,
    infer_competency,
)

DATA = Path(__file__).parents[1] / "data"


def every_cue(question: str | None, answer: str) -> tuple[str, list[str], bool, bool]:
    """The plain search: every competency scored in full, the catalog's order breaking ties;
    and whether the best beats the second best by the confidence margin."""
    scored: list[tuple[float, str, list[str], bool, bool]] = []
    asked = question.strip().lower() if question else ""
    similar = _question_similarity(asked) if asked else {}
    told = _similarity(answer)
    share = _answer_share(similar)
    points, said = _question_evidence(question or "") if asked else ({}, {})
    modelled, says, sure = _modelled(asked)
    vague = _model_vagueness(similar, said, says)
    read, found = _answer_model_points(answer) if vague else ({}, {})
    for competency in competencies().values():
        in_question = said.get(competency.id, [])
        in_answer = _hits(answer, competency)
        exact = bool(asked) and asked in [q.lower() for q in competency.questions]
        score = (_QUESTION_WEIGHT * points.get(competency.id, 0.0)
                 + share * _ANSWER_KEYWORD_WEIGHT * len(_subjects(in_answer))
                 + share * _CUE_WEIGHT * _cue_hits(answer, competency) + (10.0 if exact else 0.0)
                 + _SIMILARITY_WEIGHT * similar.get(competency.id, 0.0)
                 + modelled.get(competency.id, 0.0)
                 + share * _answer_weight(similar) * told[competency.id]
                 + vague * read.get(competency.id, 0.0))
        matched = in_question or (says[competency.id] if competency.id in says else in_answer)
        scored.append((score, competency.id, matched,
                       bool(in_question or exact or competency.id in says),
                       bool(in_question or exact or competency.id in sure)))
    best = max(scored, key=lambda s: s[0])  # the first of equal scores: the catalog's order
    second = max(s[0] for s in scored if s is not best)
    grounded = best[4] or not similar
    matched = best[2] or (_answer_words(answer, found, best[1]) if read else [])
    return best[1], matched, best[3], best[0] - second >= LOW_CONFIDENCE_MARGIN and grounded


def _cases() -> list[tuple[str | None, str]]:
    cases: list[tuple[str | None, str]] = []
    rows = [json.loads(line) for part in sorted((DATA / "devset").glob("*.jsonl"))
            for line in part.read_text(encoding="utf-8").splitlines()]
    for row, other in zip(rows, rows[7:] + rows[:7], strict=True):
        # Its own question, none (the cues decide more often), and another row's question
        # joined with a second answer (close contests between two competencies).
        cases += [(row["question"], row["answer"]), (None, row["answer"]),
                  (other["question"], f"{row['answer']} {other['answer']}")]
    for path in sorted((DATA / "interviews").rglob("*")):
        if path.suffix not in {".vtt", ".srt", ".txt", ".json"} or path.name == "expected.json":
            continue
        try:
            segments, _ = segments_of(path.read_text(encoding="utf-8"))
        except (InputError, UnicodeDecodeError):
            continue
        cases += [(s.question, s.answer) for s in segments]
    return cases


CASES = _cases()


def test_there_are_enough_real_answers_to_compare() -> None:
    assert len(CASES) > 250


@pytest.mark.parametrize("chunk", range(4))
def test_the_choice_is_the_plain_search_s(chunk: int) -> None:
    for question, answer in CASES[chunk::4]:
        got = infer_competency(question, answer)
        assert (got.competency.id, got.matched, got.from_question, got.confident) == every_cue(
            question, answer)
