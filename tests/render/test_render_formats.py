"""Every format carries every section of the review, in the reference page's order."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from html_probe import read_page
from render_samples import build_review

from roundtable.models import Review
from roundtable.render import FORMATS, Format, render

SECTIONS = [
    "The Interview",
    "Expert Roundtable",
    "Opening takes",
    "Cross-talk",
    "Closing statements",
    "Panel Consensus",
    "Hiring Signals from the Loop",
    "Follow-up Questions",
    "Scores",
    "Verdict",
]


def _in_order(text: str, needles: list[str]) -> list[int]:
    """Positions of each needle, each searched after the previous one; -1 when missing."""
    positions, cursor = [], 0
    for needle in needles:
        at = text.find(needle, cursor)
        positions.append(at)
        if at >= 0:
            cursor = at + len(needle)
    return positions


def _readable(review: Review, fmt: Format) -> str:
    out = render(review, fmt, width=100)
    return read_page(out).text if fmt == "html" else out


def test_formats_are_the_four_documented() -> None:
    assert FORMATS == ("text", "markdown", "json", "html")


def test_unknown_format_is_refused(review: Review) -> None:
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        render(review, "pdf")  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_sections_appear_in_reference_order(review: Review, fmt: Format) -> None:
    text = _readable(review, fmt)
    headline_at = text.find(review.headline)
    assert headline_at >= 0
    positions = _in_order(text[headline_at:], SECTIONS)
    assert -1 not in positions, dict(zip(SECTIONS, positions, strict=True))
    # the engine footer closes the page
    assert text.rfind("gpt-4o-mini") > text.rfind("Verdict")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_part_of_the_review_is_shown(review: Review, fmt: Format) -> None:
    text = _readable(review, fmt)
    if fmt == "text":  # read through the panels' borders, which split wrapped sentences
        text = re.sub(r"[\u2500-\u257f]", " ", text)
    text = " ".join(text.split())
    must_show = [
        review.competency.name,
        review.question or "",
        "Expert Roundtable",
        *(p.name for p in review.panel),
        *(p.title for p in review.panel),
        *(t.text for r in review.rounds for t in r.turns),
        review.consensus.summary,
        *review.consensus.agreements,
        *(e.text for e in review.consensus.emphases),
        *(s.reason_to_hire for s in review.signals),
        *(s.concern for s in review.signals),
        *(f.question for f in review.follow_ups),
        *(c.name for c in review.scores.criteria),
        *(f.detail for f in review.flags),
        "Strong Hire", "No Hire", "Builds on", "Pushes back", "Agrees",
        "no evidence", "4.0 / 5", review.verdict.label,
        "inferred", "Fallback turn", "model returned an empty turn",
        "openai:gpt-4o-mini", "12,840", "$0.0041", "18.2 s",
    ]
    if fmt == "markdown":  # Markdown escapes its own syntax; compare without the backslashes
        text = re.sub(r"\\(.)", r"\1", text)
    missing = [m for m in must_show if m not in text]
    assert missing == []


def test_json_round_trips_to_an_equal_review(review: Review) -> None:
    out = render(review, "json")
    assert Review.model_validate_json(out) == review
    assert out.startswith("{\n  ")


def test_json_round_trips_the_hostile_review(hostile: Review) -> None:
    assert Review.model_validate_json(render(hostile, "json")) == hostile


def test_a_review_without_optional_parts_still_renders() -> None:
    bare = build_review(question=None, role=None, level=None, flags=[], follow_ups=[], id=None,
                        created_at=None)
    for fmt in FORMATS:
        out = render(bare, fmt)
        assert bare.headline in out or fmt == "markdown"
    assert "No question was given." in render(bare, "text")
    assert "Follow-up Questions" not in render(bare, "markdown")


def test_importing_render_loads_neither_rich_nor_jinja() -> None:
    code = (
        "import sys, roundtable, roundtable.models; before = set(sys.modules); "
        "import roundtable.render; new = set(sys.modules) - before; "
        "print(sorted(m for m in new if m.split('.')[0] in ('rich', 'jinja2')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
