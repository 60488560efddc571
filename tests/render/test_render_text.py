"""The terminal rendering: plain when asked, within the width, and streamable turn by turn."""

from __future__ import annotations

import io
import re

import pytest
from rich.cells import cell_len
from rich.console import Console

from roundtable.models import Review
from roundtable.render import print_review, render, turn_printer

ANSI = re.compile(r"\x1b\[")


def _console(width: int = 80) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, width=width, force_terminal=False, color_system=None,
                   _environ={}), buffer


@pytest.mark.parametrize("width", [80, 120])
def test_plain_text_has_no_ansi_and_fits_the_width(review: Review, hostile: Review,
                                                    width: int) -> None:
    for r in (review, hostile):
        out = render(r, "text", width=width, color=False)
        assert not ANSI.search(out)
        too_wide = [line for line in out.splitlines() if cell_len(line) > width]
        assert too_wide == []
        assert all(line == line.rstrip() for line in out.splitlines())


def test_plain_text_ignores_force_color_in_the_environment(review: Review,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "300")
    out = render(review, "text", width=80)
    assert not ANSI.search(out)
    assert max(cell_len(line) for line in out.splitlines()) == 80


def test_color_text_has_ansi_and_still_fits(review: Review) -> None:
    out = render(review, "text", width=80, color=True)
    assert ANSI.search(out)
    stripped = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert max(cell_len(line) for line in stripped.splitlines()) <= 80
    # the same words as the plain rendering, plus the note explaining the highlight colour
    note = "Highlighted: passages the panel or the rubric quoted."
    assert note in stripped
    assert stripped.replace(note, "").split() == render(review, "text", width=80).split()


def test_markup_in_user_text_is_printed_literally(hostile: Review) -> None:
    out = render(hostile, "text", width=120)
    assert "A <b>bold</b> claim | with *stars* & [brackets]" in out
    assert "<script>alert(1)</script>" in out
    assert "- a [link](http://example.com) and `code` and _under_ & &amp; <!-- hidden -->" in out


def test_default_width_is_100(review: Review) -> None:
    out = render(review, "text")
    assert max(cell_len(line) for line in out.splitlines()) == 100


def test_turn_printer_streams_rounds_then_turns(review: Review) -> None:
    console, buffer = _console()
    sink = turn_printer(review.panel, console)
    for round_ in review.rounds:
        for turn in round_.turns:
            sink(round_.kind, turn)
    out = buffer.getvalue()
    headings = re.findall(r"Round \d · [A-Za-z -]+?(?=  )", out)
    assert headings == ["Round 1 · Opening takes", "Round 2 · Cross-talk",
                        "Round 3 · Closing statements"]
    assert out.count("Expert Roundtable") == 1
    assert out.index("Senior Client Success Manager") < out.index("Round 1")  # roster first
    firsts = [out.find(t.text[:30]) for r in review.rounds for t in r.turns]
    assert -1 not in firsts and firsts == sorted(firsts)
    assert "[Pushes back] to Priya Raman" in out
    assert "! Fallback turn: the rubric engine's turn stands in" in out


def test_print_review_can_skip_rounds_already_streamed(review: Review) -> None:
    console, buffer = _console()
    print_review(review, console, include_rounds=False)
    out = buffer.getvalue()
    # the turn printer already showed the roster and the rounds
    assert "Round 1" not in out and review.rounds[0].turns[0].text[:30] not in out
    assert "Expert Roundtable" not in out and "3 experts discuss" not in out
    assert review.headline in out and "Panel Consensus" in out and "Verdict" in out
    console, buffer = _console()
    print_review(review, console)
    assert "Round 1 · Opening takes" in buffer.getvalue()


@pytest.mark.parametrize("text", [
    "", "plain", "“quoted” · with a middle dot", "bell\x07 and\x08 back\x0bspace",
    "form\x0cfeed\r\nand “curly”\x07", "tab\tand newline\nkept", "\x1b[31mescape kept\x1b[0m",
])
def test_control_codes_are_stripped_as_rich_strips_them(text: str) -> None:
    from rich.control import strip_control_codes
    from rich.text import Text

    from roundtable.render.text import _strip_control_codes

    assert _strip_control_codes(text) == strip_control_codes(text)
    assert Text(text).plain == strip_control_codes(text)
