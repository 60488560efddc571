"""Speech written down without punctuation, or with "i" in lower case, is read as the same story
written: its run-ons are cut where sentences begin, its "you know" asks the reviewer nothing, and
its "i" is the candidate."""

from __future__ import annotations

import re
import statistics
from pathlib import Path

import pytest

import roundtable
from roundtable.evaluation.dataset import EvalRow, read_dataset
from roundtable.evidence import runons
from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import read_mode
from roundtable.evidence.text import sentences
from roundtable.ingest.submission import Submission

DEVSET = Path(__file__).parent.parent / "data" / "devset"
_MARKS = re.compile(r"[^\w\s'’%£$€-]")


def unpunctuated(text: str) -> str:
    return " ".join(_MARKS.sub(" ", text).split())


def _rows(split: str) -> list[EvalRow]:
    return read_dataset(DEVSET, split=split)


def _score(text: str, row: EvalRow) -> float:
    return roundtable.review(text, competency=row.competency, question=row.question).verdict.score


def test_no_written_answer_is_cut() -> None:
    """Only speech is cut: every sentence of the dev set, rambling ones included, is as its
    punctuation makes it."""
    for row in _rows("dev") + _rows("heldout"):
        for sentence in sentences(row.answer):
            assert runons.cuts(sentence.text) == [], (row.id, sentence.start)


_PAUSE = re.compile(r"[.,;:!?—–)\n]|\s-\s")


@pytest.mark.parametrize(("split", "paused", "recalled"), [("dev", 0.8, 0.7),
                                                            ("heldout", 0.65, 0.5)])
def test_speech_is_cut_where_its_writer_paused(split: str, paused: float,
                                               recalled: float) -> None:
    """Its words run together, a dev answer is cut where the written answer paused (a stop, a
    comma, a dash), and at most of its sentence starts. Round 57: dev 0.84 and 0.75 (the model
    was trained on it), held out 0.72 and 0.58; of the cuts, 0.71 and 0.51 fall at a sentence
    start itself, the rest mostly at a comma's clause."""
    at_pause = cut_total = starts_found = starts_total = 0
    for row in _rows(split):
        tokens = runons.tokens(row.answer)
        pauses = {i for i in range(1, len(tokens))
                  if _PAUSE.search(row.answer[tokens[i - 1].end():tokens[i].start()])}
        first = {row.answer.index(s.text, s.start) for s in sentences(row.answer)}
        starts = {i for i, token in enumerate(tokens) if i and token.start() in first}
        cut = set(runons.starts([token.group().lower() for token in tokens]))
        at_pause += len(cut & pauses)
        cut_total += len(cut)
        starts_found += len(cut & starts)
        starts_total += len(starts)
    assert at_pause / cut_total >= paused
    assert starts_found / starts_total >= recalled


def test_a_run_on_is_cut_with_its_offsets_exact() -> None:
    text = ("so last year my manager wanted to ship the release on a friday and i thought it was "
            "too risky because the error rate in staging was four percent so i pulled the logs "
            "myself and found the retry loop that was causing it and i showed her the numbers "
            "and she agreed to wait a week we fixed it and shipped the next friday with no "
            "incidents and since then she asks me to review every release plan")
    spans = sentences(text)
    opens = [s.text.split()[:3] for s in spans]
    assert ["so", "i", "pulled"] in opens
    assert ["we", "fixed", "it"] in opens
    assert all(text[s.start:s.end] == s.text for s in spans)
    assert " ".join(s.text for s in spans) == text
    assert all(len(runons.tokens(s.text)) >= runons.MIN_WORDS for s in spans)


def test_an_unpunctuated_answer_reviews_as_written() -> None:
    """Every dev answer with its punctuation taken away, and then in lower case too, keeps its
    verdict's side of the hire line and moves little (round 57: a mean move of 0.15 and 0.18;
    before run-ons were cut and "i" read as "I", 0.30 and 0.35, four and three answers crossing
    the line; `scripts/speech_report.py`)."""
    rows = _rows("dev")
    written = [_score(row.answer, row) for row in rows]
    for variant, most in ((unpunctuated, 0.16), (lambda t: unpunctuated(t).lower(), 0.2)):
        moved = [_score(variant(row.answer), row) - before
                 for row, before in zip(rows, written, strict=True)]
        crossed = [row.id for row, before, m in zip(rows, written, moved, strict=True)
                   if (before >= 3) != (before + m >= 3)]
        assert statistics.mean(map(abs, moved)) <= most
        assert crossed == []


def test_a_caption_file_without_punctuation_is_read_as_a_story() -> None:
    """Captions carry no stops: the answer they join into was one sentence, which a single
    "you know" beside a rating word made text addressed to the reviewer, leaving no words."""
    row = next(r for r in _rows("dev") if r.id == "fl-01-strong")
    words = unpunctuated(row.answer).lower().split()
    words[12:12] = ["you", "know"]
    words[40:40] = ["um"]
    cues = [" ".join(words[i:i + 8]) for i in range(0, len(words), 8)]
    captions = "WEBVTT\n\n" + "\n\n".join(
        f"00:{i // 60:02d}:{i % 60:02d}.000 --> 00:{(i + 1) // 60:02d}:{(i + 1) % 60:02d}.000\n"
        f"<v Candidate>{cue}" for i, cue in enumerate(cues))
    review = roundtable.review(captions, competency=row.competency, question=row.question)
    assert not {"prompt_injection", "too_short"} & {flag.kind for flag in review.flags}
    assert review.verdict.score >= 3.5  # 4.67 written; 1.0 before the cuts


@pytest.mark.parametrize(("typed", "read"), [
    ("so i pulled the logs and i'm sure i’d do it again", "so I pulled the logs and I'm sure "
     "I’d do it again"),
    ("i've said (i) first, i) then, i.e. later", "I've said (i) first, i) then, i.e. later"),
    ("an i-beam and i18n and wifi", "an i-beam and i18n and wifi"),
])
def test_the_pronoun_is_read_in_capitals(typed: str, read: str) -> None:
    assert Submission(answer=typed).answer == read


def test_an_answer_typed_with_a_lower_case_i_scores_as_written() -> None:
    for row in _rows("dev"):
        typed = re.sub(r"\bI\b", "i", row.answer)
        assert _score(typed, row) == _score(row.answer, row), row.id


@pytest.mark.parametrize("said", [
    # (each read differently from its plain form before hesitations were matched as not said)
    "I uh pulled the raw logs myself and found the retry loop.",
    "I um took ownership of the migration and uh delivered it two weeks early.",
    "I um disagreed with my manager because the data showed churn rising.",
    "I erm volunteered to lead the rollout and hmm trained all twelve agents myself.",
])
def test_a_hesitation_is_matched_as_not_said(said: str) -> None:
    """Speech's "um", "uh", "erm" and "hmm" leave the evidence of a step as it is without them.
    (Between a verb and its object, "it turned um out", "told him uh directly", the clause's
    reading still hears them.)"""
    plain = re.sub(r"\b(?:uh|um|erm|hmm)\s+", "", said)
    assert plain != said
    kinds = [sorted((e.kind, e.strength) for e in analyze(text).evidence) for text in (said, plain)]
    assert kinds[0] == kinds[1]


@pytest.mark.parametrize("said", [
    "I um disagreed with my manager",
    "I uh pulled the raw logs myself",
    "I erm volunteered to lead the rollout",
    "We usually, um, check the seals twice",
])
def test_a_hesitation_leaves_the_mode_of_its_clause(said: str) -> None:
    """"I um disagreed" was a habit: "um" was read as its verb, in the present."""
    plain = re.sub(r"\s(?:uh|um|erm|hmm),?(?=\s)", "", said)
    assert plain != said
    assert read_mode(said, "candidate") == read_mode(plain, "candidate")
