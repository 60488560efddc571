"""The terminal review without colour, laid out line by line as rich lays it out, without rich.

A review printed to a file or a pipe (no colour) is the commonest text output, and rich cost it
about a sixth of the whole `roundtable review` process: importing its console, and laying out
about 1,100 pieces of text through its general machinery. The blocks of `layout` need little of
it: words wrapped at spaces, frames, a rule, three small tables. This module draws them as rich
does (`rich.text.Text.wrap`, `Panel`, `Rule`, `Table` and its column widths), for the texts and
widths where that is simple to do exactly: every character one column wide (no tabs, control
codes, wide or combining characters) and a width where nothing needs rich's last-resort
shrinking. Anything else returns None, and rich draws it (`text.render_text`); a test compares
the two on every dev review at many widths.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from roundtable.models import Review
from roundtable.render.layout import (
    DEFAULT_WIDTH,
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
)

# Characters rich measures one column wide and never joins into a wider cluster, besides the
# newline: printable ASCII, Latin, Greek and Cyrillic, general punctuation (dashes, curly
# quotes, bullets, the ellipsis), box drawing and geometric shapes (the score meter).
_OTHER_CHARACTER = re.compile(
    "[^\n\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u0482\u2010-\u2027\u2030-\u205e\u2500-\u25fc]")
_WORD = re.compile(r"\s*\S+\s*")  # rich's words: a word and the spaces around it
_TRAILING_SPACE = re.compile(r"\s+$")
_MIN_WIDTH = 20  # narrower, rich shrinks titles and columns in ways not repeated here
_BOXES = {  # top left, top, top right, side left, side right, bottom left, bottom, bottom right
    "heavy": tuple("┏━┓┃┃┗━┛"),
    "rounded": tuple("╭─╮││╰─╯"),
    "double": tuple("╔═╗║║╚═╝"),
}
_RULE = "─"
_ELLIPSIS = "…"


class _Unsupported(Exception):
    """Something rich draws in a way this module does not repeat: rich is to draw it."""


def render_plain(review: Review, *, width: int | None = None) -> str | None:
    """The review as `text.render_text(review, width=width)` draws it without colour, or None
    where only rich draws it that way."""
    width = width or DEFAULT_WIDTH
    if width < _MIN_WIDTH:
        return None
    try:
        lines = [line for block in review_blocks(review, include_rounds=True, colored=False)
                 for line in _block(block, width)]
    except _Unsupported:
        return None
    return "".join(line.rstrip() + "\n" for line in lines)


def _plain(text: Styled) -> str:
    plain = text.plain
    if _OTHER_CHARACTER.search(plain):
        raise _Unsupported
    return plain


def _block(block: Block | Indented, width: int) -> list[str]:
    if isinstance(block, Para):
        return _wrap(_plain(block.text), width)
    if isinstance(block, Indented):
        return ["  " + line for line in _wrap(_plain(block.text), width - 2)]
    if isinstance(block, Section):
        return [_rule(block.title, width)]
    if isinstance(block, Bullet):
        return _grid([("•", _plain(block.text))], 1, width)
    if isinstance(block, NameGrid):
        return _grid([(_plain(name), _plain(title)) for name, title in block.rows], 2, width)
    if isinstance(block, ScoreTable):
        return _score_table(block, width)
    return _box(block, width)


def _breaks(line: str, width: int, fold: bool) -> list[int]:
    """Where rich breaks `line` to wrap it at `width` (`rich._wrap.divide_line`)."""
    fits = _fits.get(width)
    if fits is None:
        fits = _fits[width] = re.compile(rf".{{0,{width - 1}}}\S\s+")
    end = len(line.rstrip())
    breaks: list[int] = []
    start = 0
    # A line starts at a word and takes every word that ends (its spaces aside) within the
    # width, found at once; the next starts at the word after. Only a word longer than the
    # width needs rich's steps, word by word (`_word_breaks`).
    while end - start > width:
        line_end = fits.match(line, start)
        if line_end is None:
            return _word_breaks(line, width, fold)
        start = line_end.end()
        breaks.append(start)
    return breaks


# By width: from a line's start, the words that fit and the spaces after the last of them.
_fits: dict[int, re.Pattern[str]] = {}


def _word_breaks(line: str, width: int, fold: bool) -> list[int]:
    """`_breaks` as rich finds them, a word at a time."""
    breaks: list[int] = []
    offset = 0
    for word in _WORD.finditer(line):
        start, text = word.start(), word.group()
        length = len(text.rstrip())
        if width - offset >= length:
            offset += len(text)
        elif length > width:
            if fold:  # the word and its spaces cut into pieces of the width
                pieces = [text[at:at + width] for at in range(0, len(text), width)]
                for piece in pieces:
                    if start:
                        breaks.append(start)
                    start += len(piece)
                offset = len(pieces[-1])
            else:  # cropped later
                if start:
                    breaks.append(start)
                offset = len(text)
        elif offset and start:
            breaks.append(start)
            offset = len(text)
    return breaks


def _wrap(text: str, width: int, *, fold: bool = True) -> list[str]:
    """`text` wrapped as `rich.text.Text.wrap` does, not padded: words too long for a line are
    folded onto the next, or with `fold=False` cut short with an ellipsis (a table's cells)."""
    lines: list[str] = []
    for line in text.split("\n"):
        bounds = [0, *_breaks(line, width, fold), len(line)]
        for start, end in zip(bounds, bounds[1:], strict=False):
            piece = line[start:end]
            if len(piece) > width:
                spaces = _TRAILING_SPACE.search(piece)
                if spaces is not None:
                    piece = piece[:len(piece) - min(len(spaces.group()), len(piece) - width)]
                if len(piece) > width:
                    piece = piece[:width] if fold else piece[:width - 1] + _ELLIPSIS
            lines.append(piece)
    return lines


def _rule(title: Styled | None, width: int) -> str:
    """`rich.rule.Rule`, its title on the left."""
    if title is None:
        return _RULE * width
    text = _plain(title).replace("\n", " ")
    if len(text) > width - 2:
        text = text[:width - 3] + _ELLIPSIS
    return f"{text} {_RULE * (width - len(text) - 1)}"


def _box(block: Box, width: int) -> list[str]:
    """`rich.panel.Panel` across the width, padded one column inside, the title on the left."""
    top_left, top, top_right, left, right, bottom_left, bottom, bottom_right = _BOXES[block.kind]
    inner = width - 4
    title = "" if block.title is None else _plain(block.title).replace("\n", " ")
    if title:
        title = f" {title} "[:inner]
        first = top_left + top + title + top * (inner - len(title)) + top + top_right
    else:
        first = top_left + top * (width - 2) + top_right
    lines = [first]
    for part in block.body:
        lines.extend(f"{left} {line.ljust(inner)} {right}" for line in _block(part, inner))
    lines.append(bottom_left + bottom * (width - 2) + bottom_right)
    return lines


def _grid(rows: list[tuple[str, str]], padding: int, width: int) -> list[str]:
    """`rich.table.Table.grid(padding=(0, padding))` of two columns, the first not wrapped:
    each column as wide as its widest line, the second narrowed to what the first leaves."""
    if any("\n" in name for name, _ in rows):
        raise _Unsupported
    first = max(len(name) for name, _ in rows) + padding
    second = max(len(line) for _, text in rows for line in text.split("\n")) or 1
    if first >= width:
        raise _Unsupported
    second = min(second, width - first)
    lines: list[str] = []
    for name, text in rows:
        wrapped = _cell(text, second)
        lines.append(name.ljust(first) + wrapped[0])
        lines.extend(" " * first + line for line in wrapped[1:])
    return lines


def _cell(text: str, width: int) -> list[str]:
    """A table cell's text: wrapped, never folded, a word too long cut short."""
    return _wrap(text, width, fold=False)


def _distribute(total: int, ratios: list[int], minimums: list[int]) -> list[int]:
    """`rich._ratio.ratio_distribute`: `total` in parts by `ratios`, each at least its
    minimum."""
    remaining_ratio, remaining, parts = sum(ratios), total, []
    for ratio, minimum in zip(ratios, minimums, strict=True):
        part = max(minimum, math.ceil(ratio * remaining / remaining_ratio)) if (
            remaining_ratio > 0) else remaining
        parts.append(part)
        remaining_ratio -= ratio
        remaining -= part
    return parts


def _score_table(block: ScoreTable, width: int) -> list[str]:
    """The scores as `text._score_table` draws them: the criterion and the evidence share what
    the score column leaves, three to five, under a heading and a rule."""
    heading = SCORE_COLUMNS
    rows = [(_plain(first), _plain(middle), _plain(last)) for first, middle, last in block.rows]
    if any("\n" in row[1] for row in rows):
        raise _Unsupported
    score = max(len(heading[1]), *(len(row[1]) for row in rows)) + 2
    criterion, evidence = _distribute(width - 2 - score, [3, 5], [2, 2])
    if criterion + score + evidence != width - 2 or criterion - 1 < len(heading[0]) or (
            evidence - 1 < len(heading[2])):
        raise _Unsupported
    widths = (criterion, score, evidence)
    lines = list(_table_row(heading, widths))
    lines.append(_RULE * width)
    for row in rows:
        lines.extend(_table_row(row, widths))
    return lines


def _table_row(cells: tuple[str, str, str], widths: tuple[int, int, int]) -> Iterator[str]:
    criterion, score, evidence = widths
    first, middle, last = cells
    columns = [
        [line.ljust(criterion - 1) + " " for line in _cell(first, criterion - 1)],
        [" " + _score_cell(middle, score - 2) + " "],
        [" " + line.ljust(evidence - 1) for line in _cell(last, evidence - 1)],
    ]
    for n in range(max(map(len, columns))):
        yield " ".join(column[n] if n < len(column) else " " * size
                       for column, size in zip(columns, widths, strict=True))


def _score_cell(text: str, width: int) -> str:
    """The score column's cell: never wrapped, cut short with an ellipsis if too long."""
    return text.ljust(width) if len(text) <= width else text[:width - 1] + _ELLIPSIS
