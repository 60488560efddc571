"""Renderers: one review as terminal text, Markdown, JSON or a self-contained HTML page.

Each format lives in its own module and is imported only when asked for, so importing this
package costs nothing beyond the models; rich and Jinja2 load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, get_args

from roundtable.models import PanelistRef, Review

if TYPE_CHECKING:
    from rich.console import Console

    from roundtable.engines.base import TurnSink

Format = Literal["text", "markdown", "json", "html"]
FORMATS: tuple[Format, ...] = get_args(Format)

__all__ = ["FORMATS", "Format", "print_review", "render", "turn_printer"]


def render(review: Review, fmt: Format, *, width: int | None = None, color: bool = False) -> str:
    """`review` as a string in `fmt`; `width` and `color` apply to the text format only."""
    if fmt == "json":
        return review.model_dump_json(indent=2)
    if fmt == "text":
        if not color:  # drawn without rich where that gives rich's very lines (`plain`)
            from roundtable.render.plain import render_plain

            plain = render_plain(review, width=width)
            if plain is not None:
                return plain
        from roundtable.render.text import render_text

        return render_text(review, width=width, color=color)
    if fmt == "markdown":
        from roundtable.render.markdown import render_markdown

        return render_markdown(review)
    if fmt == "html":
        from roundtable.render.html import render_html

        return render_html(review)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def print_review(review: Review, console: Console, *, include_rounds: bool = True) -> None:
    """Print `review` to a rich console; pass `include_rounds=False` after streaming the turns."""
    from roundtable.render.text import print_review as print_to_console

    print_to_console(review, console, include_rounds=include_rounds)


def turn_printer(panel: list[PanelistRef], console: Console) -> TurnSink:
    """A turn sink for `review(..., on_turn=...)` that prints each turn to `console` as it lands."""
    from roundtable.render.text import TurnPrinter

    return TurnPrinter(panel, console)
