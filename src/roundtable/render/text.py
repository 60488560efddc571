"""The review for a terminal, drawn with rich: rules between sections, a panel per turn.

All user and engine text goes in as `rich.text.Text`, never as markup, so brackets and colons
in an answer print as themselves. With `color=False` the output is plain text with no escape
codes, wrapped to the requested width.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from typing import Any

import rich.text
from rich import box
from rich.console import Console, Group, RenderableType
from rich.control import STRIP_CONTROL_CODES, strip_control_codes
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from roundtable.models import PanelistRef, Review, RoundKind, Turn
from roundtable.render.labels import Roster
from roundtable.render.layout import (
    DEFAULT_WIDTH,
    RULE_STYLE,
    SCORE_COLUMNS,
    Block,
    Box,
    Bullet,
    Indented,
    NameGrid,
    Para,
    ScoreTable,
    Section,
    Styled,
    review_blocks,
    roster_blocks,
    round_heading,
    turn_box,
)

# rich removes control codes from every string a `Text` is built from, its own pieces included
# (a review makes about 1,100), with `str.translate`: quick on ASCII, but a string with any other
# character (the review's "·" and curly quotes) is walked one character at a time through a
# dict: an eighth of rendering a review. Looking for the codes first, the same strings come out.
_CONTROL_CODE = re.compile("[" + "".join(map(chr, STRIP_CONTROL_CODES)) + "]")


def _strip_control_codes(text: str) -> str:
    return strip_control_codes(text) if _CONTROL_CODE.search(text) else text


_RICH_TEXT: Any = rich.text
if _RICH_TEXT.strip_control_codes is strip_control_codes:  # not if rich changes how it strips
    _RICH_TEXT.strip_control_codes = _strip_control_codes

BOXES = {"heavy": box.HEAVY, "rounded": box.ROUNDED, "double": box.DOUBLE}


def render_text(review: Review, *, width: int | None = None, color: bool = False) -> str:
    """The whole review as terminal text, `width` columns wide (100 by default)."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width or DEFAULT_WIDTH,
        force_terminal=color,
        color_system="truecolor" if color else None,
        no_color=not color,
        emoji=False,
        markup=False,
        highlight=False,
        legacy_windows=False,
        _environ={},  # the caller's FORCE_COLOR or COLUMNS must not change a rendered string
    )
    # One print of the whole review: the same lines as a print per section, a tenth faster.
    console.print(Group(*_renderables(review_blocks(review, include_rounds=True,
                                                    colored=color))))
    if color:
        return buffer.getvalue()
    # rich pads table and grid cells to the full width; plain text has no use for the padding.
    return "\n".join(line.rstrip() for line in buffer.getvalue().split("\n"))


def print_review(review: Review, console: Console, *, include_rounds: bool = True) -> None:
    """Print the review to `console`.

    With `include_rounds=False` the Expert Roundtable section (roster and rounds) is left out,
    because a `TurnPrinter` already printed both while the engine was deliberating.
    """
    colored = console.color_system is not None
    for renderable in _renderables(review_blocks(review, include_rounds=include_rounds,
                                                 colored=colored)):
        console.print(renderable)


class TurnPrinter:
    """A turn sink that prints each turn as the engine produces it, with round headings."""

    def __init__(self, panel: list[PanelistRef], console: Console) -> None:
        self._panel = panel
        self._roster = Roster(panel)
        self._console = console
        self._kind: RoundKind | None = None
        self._rounds = 0

    def __call__(self, kind: RoundKind, turn: Turn) -> None:
        """Print `turn`, preceded by its round's heading when a new round starts."""
        if kind != self._kind:
            if self._kind is None:
                for renderable in _renderables(roster_blocks(self._panel)):
                    self._console.print(renderable)
            self._kind = kind
            self._rounds += 1
            self._console.print(_renderable(round_heading(self._rounds, kind)))
        self._console.print(_renderable(turn_box(turn, self._roster)))


def _text(styled: Styled) -> Text:
    text = Text(style=styled.style)
    for run, style in styled.runs:
        text.append(run, style)
    return text


def _renderables(blocks: Iterable[Block]) -> Iterator[RenderableType]:
    return map(_renderable, blocks)


def _renderable(block: Block | Indented) -> RenderableType:
    if isinstance(block, Para):
        return _text(block.text)
    if isinstance(block, Indented):
        return Padding(_text(block.text), (0, 0, 0, 2))
    if isinstance(block, Section):
        if block.title is None:
            return Rule(style=RULE_STYLE)
        return Rule(_text(block.title), align="left", style=RULE_STYLE)
    if isinstance(block, Bullet):
        return _grid((("•", _text(block.text)),), padding=1)
    if isinstance(block, NameGrid):
        return _grid([(_text(name), _text(title)) for name, title in block.rows], padding=2)
    if isinstance(block, ScoreTable):
        return _score_table(block)
    return _box(block)


def _grid(rows: Iterable[tuple[RenderableType, RenderableType]], *, padding: int) -> Table:
    grid = Table.grid(padding=(0, padding))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for row in rows:
        grid.add_row(*row)
    return grid


def _score_table(block: ScoreTable) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_edge=False, pad_edge=False)
    criterion, score, evidence = SCORE_COLUMNS
    table.add_column(criterion, ratio=3)
    table.add_column(score, no_wrap=True)
    table.add_column(evidence, ratio=5)
    for row in block.rows:
        table.add_row(*map(_text, row))
    return table


def _box(block: Box) -> Panel:
    body = Group(*map(_renderable, block.body))
    if block.title is None:
        return Panel(body, box=BOXES[block.kind], border_style=block.border_style,
                     padding=(0, 1))
    return Panel(body, title=_text(block.title), title_align="left", box=BOXES[block.kind],
                 border_style=block.border_style, padding=(0, 1))
