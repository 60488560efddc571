"""The HTML page: self-contained, escaped, and highlighting exactly what was cited."""

from __future__ import annotations

import re

from html_probe import read_page
from render_samples import covered_runs

from roundtable.models import Review
from roundtable.render import render


def test_page_is_self_contained(review: Review) -> None:
    html = render(review, "html")
    page = read_page(html)
    assert html.startswith("<!doctype html>")
    assert page.urls == []
    assert not {"script", "link", "img", "iframe"} & page.tags
    assert "<style>" in html and "@media (max-width: 600px)" in html and "@media print" in html
    assert re.search(r"url\(|@import|https?://", html) is None


def test_script_in_the_answer_renders_as_text(hostile: Review) -> None:
    html = render(hostile, "html")
    page = read_page(html)
    assert "script" not in page.tags
    assert "b" not in page.tags  # the headline's <b> must not become a tag
    assert "<script>" not in html and "<b>bold" not in html and "<!-- hidden" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert page.answer == hostile.answer
    assert "A <b>bold</b> claim" in page.text  # shown to the reader as typed
    assert "Why <i>did</i> you" in page.text


def test_meter_italics_are_the_only_i_tags(hostile: Review) -> None:
    html = render(hostile, "html")
    assert set(re.findall(r"<i\b[^>]*>", html)) <= {"<i>", '<i class="on">'}
    assert "<i>did</i>" not in html


def test_marks_wrap_exactly_the_cited_text(review: Review) -> None:
    page = read_page(render(review, "html"))
    assert page.answer == review.answer
    expected = [review.answer[s:e] for s, e in covered_runs(review)]
    assert [m.text for m in page.marks] == expected


def test_marks_name_who_cited_them(review: Review) -> None:
    page = read_page(render(review, "html"))
    titles = {m.text: m.title for m in page.marks}
    assert titles["I asked for a 1:1 with my director"] == (
        "Cited by Elena Vasquez and How it was raised (rubric)"
    )
    knowledge = "with her knowledge, and let the VP weigh the trade-off"
    assert titles[knowledge] == "Cited by Elena Vasquez"


def test_hostile_marks_escape_the_tooltip_and_the_text(hostile: Review) -> None:
    html = render(hostile, "html")
    page = read_page(html)
    assert [m.text for m in page.marks] == [hostile.answer[s:e] for s, e in covered_runs(hostile)]
    script_mark = next(m for m in page.marks if m.text == "<script>alert(1)</script>")
    assert script_mark.title == "Cited by Priya Raman and The <disagreement> | itself (rubric)"
    assert 'title="Cited by Priya Raman and The &lt;disagreement&gt; | itself (rubric)"' in html


def test_flags_and_fallback_turns_are_marked(review: Review, hostile: Review) -> None:
    html = render(review, "html")
    assert 'class="flags" role="alert"' in html
    assert html.count('class="turn seat-2 marked"') == 1
    assert "Engine error: model returned an empty turn" in html
    assert 'class="flags serious" role="alert"' in render(hostile, "html")


def test_votes_read_as_words_with_their_tone(review: Review) -> None:
    html = render(review, "html")
    assert '<span class="vote vote-strong_hire">Strong Hire</span>' in html
    assert '<span class="vote vote-no_hire">No Hire</span>' in html
    assert 'class="card verdict tone-hire"' in html
