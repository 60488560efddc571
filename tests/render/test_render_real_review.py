"""A review from the real pipeline (rubric engine, dev-set answers) renders in every format."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from html_probe import read_page
from md_probe import MARKUP, answer_tokens, as_shown, kinds, plain
from render_samples import covered_runs
from rich.cells import cell_len
from rich.console import Console

import roundtable
from roundtable.models import Review
from roundtable.render import FORMATS, render, turn_printer

DEVSET = Path(__file__).parents[1] / "data" / "devset" / "part-a.jsonl"
SECTIONS = ["The Interview", "Expert Roundtable", "Opening takes", "Cross-talk",
            "Closing statements", "Panel Consensus", "Hiring Signals from the Loop",
            "Follow-up Questions", "Scores", "Verdict"]


def _devset_item(item_id: str) -> dict[str, str]:
    for line in DEVSET.read_text(encoding="utf-8").splitlines():
        item: dict[str, str] = json.loads(line)
        if item["id"] == item_id:
            return item
    raise LookupError(item_id)


@pytest.fixture(scope="module", params=["hb-01-strong", "hb-01-weak"])
def real(request: pytest.FixtureRequest) -> Review:
    item = _devset_item(request.param)
    return roundtable.review(item["answer"], question=item["question"], use_cache=False)


def test_every_format_renders_every_section(real: Review) -> None:
    for fmt in FORMATS:
        out = render(real, fmt, width=100)
        if fmt == "json":
            assert Review.model_validate_json(out) == real
            continue
        text = read_page(out).text if fmt == "html" else out
        cursor = text.find(SECTIONS[0])
        for section in SECTIONS[1:]:
            found = text.find(section, cursor)
            assert found > cursor, (fmt, section)
            cursor = found


def test_html_highlights_exactly_what_the_pipeline_cited(real: Review) -> None:
    page = read_page(render(real, "html"))
    assert page.answer == real.answer
    assert [m.text for m in page.marks] == [real.answer[s:e] for s, e in covered_runs(real)]
    assert page.marks, "the rubric engine quotes the answer, so something is highlighted"


@pytest.mark.parametrize("width", [80, 120])
def test_text_fits_the_terminal(real: Review, width: int) -> None:
    out = render(real, "text", width=width)
    assert not re.search(r"\x1b\[", out)
    assert max(cell_len(line) for line in out.splitlines()) <= width


def test_markdown_answer_reads_back_unchanged(real: Review) -> None:
    answer = answer_tokens(render(real, "markdown"))
    assert not kinds(answer) & MARKUP
    assert plain(answer) == as_shown(real.answer)


def test_streamed_turns_match_the_finished_review() -> None:
    item = _devset_item("hb-01-average")
    buffer = io.StringIO()
    console = Console(file=buffer, width=100, force_terminal=False, color_system=None, _environ={})
    panel = roundtable.review(item["answer"], question=item["question"], use_cache=False).panel
    streamed = roundtable.review(item["answer"], question=item["question"], use_cache=False,
                                 on_turn=turn_printer(panel, console))
    out = buffer.getvalue()
    assert out.count("Round ") == len(streamed.rounds)
    speakers = re.findall(r"╭─ (.+?) · ", out)
    names = {p.id: p.name for p in streamed.panel}
    assert speakers == [names[t.speaker] for r in streamed.rounds for t in r.turns]
