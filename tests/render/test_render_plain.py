"""The plain terminal review drawn without rich is, line for line, what rich draws."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from render_samples import build_hostile_review, build_review

import roundtable
from roundtable.models import Review
from roundtable.render import render
from roundtable.render.plain import render_plain
from roundtable.render.text import render_text

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT / "tests" / "data" / "devset"


@cache
def _dev_reviews() -> list[Review]:
    """The reviews of the dev split's answers (the held-out rows are left alone)."""
    rows = [json.loads(line) for path in sorted(DEVSET.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [roundtable.review(row["answer"], question=row["question"])
            for row in rows if row["split"] == "dev"]


@pytest.mark.parametrize("width", [40, 71, 100, 137])
def test_every_dev_review_is_drawn_as_rich_draws_it(width: int) -> None:
    for review in _dev_reviews():
        assert render_plain(review, width=width) == render_text(review, width=width)


def test_at_every_width_the_drawing_is_riches_or_left_to_rich() -> None:
    for review in (build_review(), build_hostile_review()):
        for width in range(1, 141):
            plain = render_plain(review, width=width)
            assert plain is None or plain == render_text(review, width=width), width
            assert (plain is None) == (width < 38), width  # the score table needs 38 columns


# Words of every length, runs of spaces, blank lines, no-break spaces, dashes, curly quotes
# and words longer than a line: what wrapping, folding and cutting short have to get right.
_WORDS = st.sampled_from(["a", "it", "sharp", "deliberately", "“quoted”", "—", "x" * 45,
                          "https://example.com/a/very/long/path/that/will/not/fit/anywhere",
                          " ", "  ", "\n", "\n\n", "\xa0", "42%", "·"])
_TEXT = st.lists(_WORDS, min_size=1, max_size=40).map(" ".join)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(_TEXT, _TEXT, st.text(alphabet="abc ", min_size=1, max_size=60),
       st.sampled_from([39, 44, 60, 83, 100]))
def test_any_text_in_any_section_is_drawn_as_rich_draws_it(text: str, other: str, name: str,
                                                            width: int) -> None:
    review = build_review()
    panel = [review.panel[0].model_copy(update={"title": other}), *review.panel[1:]]
    criteria = [review.scores.criteria[0].model_copy(update={"name": text}),
                *review.scores.criteria[1:]]
    rounds = review.rounds
    first = rounds[0].turns[0].model_copy(update={"text": text})
    changed = review.model_copy(update={
        "headline": text,
        "question": other,
        "panel": panel,
        "rounds": [rounds[0].model_copy(update={"turns": [first, *rounds[0].turns[1:]]}),
                   *rounds[1:]],
        "consensus": review.consensus.model_copy(update={"agreements": [text, other],
                                                         "summary": name}),
        "scores": review.scores.model_copy(update={"criteria": criteria}),
    })
    plain = render_plain(changed, width=width)
    assert plain is not None
    assert plain == render_text(changed, width=width)


@pytest.mark.parametrize("answer_text", ["A wide 日本 word.", "A tab\there.", "e\u0301clair"])
def test_characters_rich_measures_otherwise_are_left_to_rich(answer_text: str) -> None:
    review = build_review().model_copy(update={"headline": answer_text})
    assert render_plain(review, width=80) is None
    assert render(review, "text", width=80) == render_text(review, width=80)


def test_a_plain_review_does_not_import_rich() -> None:
    code = ("import sys, roundtable; from roundtable.render import render; "
            "render(roundtable.review(sys.argv[1]), 'text', width=90); "
            "print(sorted(m for m in sys.modules if m.startswith('rich.')))")
    answer = ("Last year I disagreed with my director about cutting the setup wizard. I brought "
              "the ticket data to a one-to-one, we agreed on a smaller wizard, and setup "
              "tickets dropped by a third within the quarter.")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", code, answer], capture_output=True, text=True,
                         check=True, env=env).stdout
    assert out.strip() == "[]"
