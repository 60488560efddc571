"""The Markdown document: user text stays text when a CommonMark+GFM-table parser reads it."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt
from md_probe import MARKUP, answer_tokens, as_shown, kinds, parse, plain

from roundtable.models import Review
from roundtable.render import render
from roundtable.render.markdown import block, inline

HOSTILE_LINES = [
    "# not a heading",
    "<script>alert(1)</script> and <!-- hidden --> and <b>bold</b>",
    "**strong** *em* _em_ ~~gone~~ `code` [link](http://example.com) ![img](x.png)",
    "1. not a list",
    "2) not a list either",
    "- not a bullet",
    "+ not a bullet",
    "> not a quote",
    "| a | b |",
    "===",
    "&amp; &#169; &copy; stay as typed",
    "    indented is not code",
    "```",
    "trailing backslash \\",
]


@pytest.mark.parametrize("line", HOSTILE_LINES)
def test_inline_text_reads_back_as_typed(line: str) -> None:
    # `inline` text always follows a label on its line; `block` handles line starts.
    tokens = parse("Said: " + inline(line))
    assert not kinds(tokens) & MARKUP
    assert plain(tokens) == "Said: " + " ".join(line.split())


def test_block_text_keeps_lines_and_paragraphs() -> None:
    text = "\n".join(HOSTILE_LINES) + "\n\nA second paragraph."
    tokens = parse(block(text))
    assert not kinds(tokens) & MARKUP
    paragraphs = [t for t in tokens if t.type == "inline"]
    assert len(paragraphs) == 2
    assert plain(tokens) == as_shown(text)


def test_hostile_answer_is_one_blockquote_of_plain_text(hostile: Review) -> None:
    markdown = render(hostile, "markdown")
    html = MarkdownIt("commonmark").enable("table").render(markdown)
    assert "<script" not in html and "<b>" not in html and "<!--" not in html
    answer = answer_tokens(markdown)
    assert not kinds(answer) & MARKUP
    assert plain(answer) == hostile.answer == as_shown(hostile.answer)


def test_headings_are_only_the_renderers_own(review: Review, hostile: Review) -> None:
    for r in (review, hostile):
        tokens = parse(render(r, "markdown"))
        headings = [tokens[i + 1].content for i, t in enumerate(tokens)
                    if t.type == "heading_open" and t.tag in ("h1", "h2")]
        assert headings[0].replace("\\", "") == r.headline
        assert headings[1:] == ["The Interview", "Expert Roundtable", "Panel Consensus",
                                "Hiring Signals from the Loop", "Follow-up Questions",
                                "Scores", "Verdict"]


def test_scores_table_has_three_cells_per_row(hostile: Review) -> None:
    tokens = parse(render(hostile, "markdown"))
    rows, cells = [], 0
    for token in tokens:
        if token.type == "tr_open":
            cells = 0
        elif token.type in ("td_open", "th_open"):
            cells += 1
        elif token.type == "tr_close":
            rows.append(cells)
    assert rows == [3] * (1 + len(hostile.scores.criteria))
    text = plain(tokens)
    assert "The <disagreement> | itself" in text
    assert "“<script>alert(1)</script>”" in text


def test_turns_show_stance_addressees_quotes_and_fallback(review: Review) -> None:
    markdown = render(review, "markdown")
    assert ("**Elena Vasquez** · Senior Client Success Manager — "
            "*Agrees · to Priya Raman and Daniel Okafor*") in markdown
    assert "> “I asked for a 1:1 with my director”\n>\n> “with her knowledge" in markdown
    assert "⚠️ **Fallback turn: the rubric engine's turn stands in**" in markdown
    assert "**Vote:** Strong Hire (4.6 / 5)" in markdown
