"""The review for a terminal, drawn with rich: rules between sections, a panel per turn.

All user and engine text goes in as `rich.text.Text`, never as markup, so brackets and colons
in an answer print as themselves. With `color=False` the output is plain text with no escape
codes, wrapped to the requested width.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
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

from roundtable.models import PanelistRef, Review, RoundKind, Turn, Vote
from roundtable.render.highlight import segments
from roundtable.render.labels import (
    NO_EVIDENCE,
    ROUND_BLURBS,
    ROUND_TITLES,
    STANCE_LABELS,
    Roster,
    cli_flag_detail,
    created_text,
    criterion_evidence,
    engine_facts,
    flag_title,
    inferred_note,
    opening_note,
    quote_text,
    score_text,
    time_mark,
    turn_marks,
    vote_label,
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

DEFAULT_WIDTH = 100
SEAT_STYLES = ("bold magenta", "bold cyan", "bold green", "bold yellow", "bold blue", "bold red")
VOTE_STYLES: dict[Vote, str] = {
    "strong_hire": "bold green",
    "hire": "green",
    "no_hire": "yellow",
    "strong_no_hire": "bold red",
}
CITED_STYLE = "bold yellow"
ASK_STYLE = "italic cyan"
"""The interviewer's follow-ups shown inside a transcript's answer: not the candidate's words."""
STANCE_STYLES = {"agree": "green", "build": "cyan", "pushback": "yellow"}


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
    console.print(Group(*_review(review, include_rounds=True, colored=color)))
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
    for renderable in _review(review, include_rounds=include_rounds, colored=colored):
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
                for renderable in _roster(self._panel):
                    self._console.print(renderable)
            self._kind = kind
            self._rounds += 1
            self._console.print(_round_heading(self._rounds, kind))
        self._console.print(_turn(turn, self._roster))


def _review(
    review: Review, *, include_rounds: bool, colored: bool
) -> Iterator[RenderableType]:
    roster = Roster(review.panel)
    yield from _header(review)
    if review.flags:
        yield _flags(review)
    yield from _interview(review, colored=colored)
    if include_rounds:
        yield from _roundtable(review, roster)
    yield from _consensus(review, roster)
    yield from _signals(review, roster)
    yield from _follow_ups(review, roster)
    yield from _scores(review)
    yield from _verdict(review, roster)
    yield from _footer(review)


def _section(title: str) -> Rule:
    return Rule(Text(title, style="bold"), align="left", style="bright_black")


def _label(text: str, style: str = "bold") -> Text:
    return Text(text, style=style)


def _header(review: Review) -> Iterator[RenderableType]:
    competency = review.competency
    yield Text(f"EXPERT ROUNDTABLE · {competency.short_name.upper()}", style="bright_black")
    yield Text(review.headline, style="bold")
    line = Text.assemble(("Competency: ", "bold"), competency.name)
    if competency.inferred:
        line.append(f"  ({inferred_note(competency)})", style="italic yellow")
    yield line
    context = [v for v in (review.level, review.role) if v]
    if context:
        yield Text.assemble(("Role: ", "bold"), " ".join(context))


def _flags(review: Review) -> Panel:
    lines = [
        Text.assemble(("! " + flag_title(flag.kind), "bold yellow"), ": ", cli_flag_detail(flag))
        for flag in review.flags
    ]
    return Panel(Group(*lines), title=Text("Flags", style="bold yellow"), title_align="left",
                 border_style="yellow", box=box.HEAVY, padding=(0, 1))


def _interview(review: Review, *, colored: bool) -> Iterator[RenderableType]:
    yield Text()
    yield _section("The Interview")
    yield _label("Question")
    yield Text(review.question or "No question was given.",
               style="" if review.question else "italic bright_black")
    yield Text()
    yield _label("Answer")
    answer = Text()
    cited = False
    for segment in segments(review):
        cited = cited or bool(segment.cited_by)
        if segment.asked:
            answer.append(f"Interviewer: {segment.asked}\n", style=ASK_STYLE)
        answer.append(segment.text, style=CITED_STYLE if segment.cited_by else "")
    yield answer
    if cited and colored:  # without colour there is no highlight for the note to explain
        yield Text.assemble(("Highlighted", CITED_STYLE),
                            ": passages the panel or the rubric quoted.", style="bright_black")


def _roundtable(review: Review, roster: Roster) -> Iterator[RenderableType]:
    yield from _roster(review.panel)
    for number, round_ in enumerate(review.rounds, start=1):
        yield _round_heading(number, round_.kind)
        for turn in round_.turns:
            yield _turn(turn, roster)


def _roster(panel: list[PanelistRef]) -> Iterator[RenderableType]:
    yield Text()
    yield _section("Expert Roundtable")
    yield Text(f"{len(panel)} experts discuss this answer", style="bright_black")
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for seat, panelist in enumerate(panel):
        grid.add_row(Text(panelist.name, style=SEAT_STYLES[seat % len(SEAT_STYLES)]),
                     Text(panelist.title))
    yield grid


def _round_heading(number: int, kind: RoundKind) -> Text:
    return Text.assemble("\n", (f"Round {number} · {ROUND_TITLES[kind]}", "bold"), "  ",
                         (ROUND_BLURBS[kind], "bright_black"))


def _turn(turn: Turn, roster: Roster) -> Panel:
    seat_style = SEAT_STYLES[roster.index(turn.speaker) % len(SEAT_STYLES)]
    title = Text.assemble((roster.name(turn.speaker), seat_style), " · ",
                          roster.title(turn.speaker))
    body: list[RenderableType] = []
    if turn.stance or turn.addresses:
        lead = Text()
        if turn.stance:
            lead.append(f"[{STANCE_LABELS[turn.stance]}]", style=STANCE_STYLES[turn.stance])
        if turn.addresses:
            lead.append((" " if turn.stance else "") + "to " + roster.names(turn.addresses),
                        style="italic")
        body.append(lead)
    body.append(Text(turn.text))
    for quote in turn.evidence:
        body.append(Padding(Text(f"{time_mark(quote)}“{quote_text(quote)}”",
                                 style="italic bright_black"),
                            (0, 0, 0, 2)))
    for mark in turn_marks(turn):
        body.append(Text(f"! {mark}", style="bold red"))
    border = "red" if turn.fallback or turn.error else "bright_black"
    return Panel(Group(*body), title=title, title_align="left", box=box.ROUNDED,
                 border_style=border, padding=(0, 1))


def _consensus(review: Review, roster: Roster) -> Iterator[RenderableType]:
    consensus = review.consensus
    yield Text()
    yield _section("Panel Consensus")
    yield Text(consensus.summary)
    if consensus.agreements:
        yield Text()
        yield _label("Where they agree")
        for agreement in consensus.agreements:
            yield _bullet(Text(agreement))
    if consensus.emphases:
        yield Text()
        yield _label("What each panelist stresses")
        for emphasis in consensus.emphases:
            yield _bullet(Text.assemble((roster.name(emphasis.panelist), "bold"), ": ",
                                        emphasis.text))


def _bullet(text: Text) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    grid.add_row("•", text)
    return grid


def _signals(review: Review, roster: Roster) -> Iterator[RenderableType]:
    yield Text()
    yield _section("Hiring Signals from the Loop")
    for signal in review.signals:
        seat_style = SEAT_STYLES[roster.index(signal.panelist) % len(SEAT_STYLES)]
        title = Text.assemble((roster.name(signal.panelist), seat_style), " · ",
                              roster.title(signal.panelist))
        opened = opening_note(review, signal.panelist)
        body = Group(
            Text.assemble(("Vote: ", "bold"), (vote_label(signal.vote), VOTE_STYLES[signal.vote]),
                          f"  ({score_text(signal.score)})" + (f"  · {opened}" if opened else "")),
            _label("Reason to hire", "bold green"),
            Text(signal.reason_to_hire),
            _label("Concern", "bold red"),
            Text(signal.concern),
        )
        yield Panel(body, title=title, title_align="left", box=box.ROUNDED,
                    border_style="bright_black", padding=(0, 1))


def _follow_ups(review: Review, roster: Roster) -> Iterator[RenderableType]:
    if not review.follow_ups:
        return
    criteria = {c.id: c.name for c in review.scores.criteria}
    yield Text()
    yield _section("Follow-up Questions")
    for follow_up in review.follow_ups:
        line = Text.assemble((roster.name(follow_up.panelist), "bold"), " asks: ",
                             follow_up.question)
        if follow_up.criterion:
            probe = criteria.get(follow_up.criterion, follow_up.criterion)
            line.append(f"  (probes: {probe})", style="bright_black")
        yield _bullet(line)


def _scores(review: Review) -> Iterator[RenderableType]:
    yield Text()
    yield _section("Scores")
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_edge=False, pad_edge=False)
    table.add_column("Criterion", ratio=3)
    table.add_column("Score", no_wrap=True)
    table.add_column("Evidence", ratio=5)
    for criterion in review.scores.criteria:
        meter = "■" * criterion.score + "□" * (5 - criterion.score)
        evidence = criterion_evidence(criterion)
        table.add_row(
            Text(criterion.name),
            Text(f"{criterion.score}/5 {meter}"),
            Text(evidence if evidence == NO_EVIDENCE else f"“{evidence}”",
                 style="italic bright_black"),
        )
    yield table


def _verdict(review: Review, roster: Roster) -> Iterator[RenderableType]:
    verdict = review.verdict
    yield Text()
    yield _section("Verdict")
    votes = Text("Votes: ", style="bold")
    for i, signal in enumerate(review.signals):
        if i:
            votes.append(" · ")
        votes.append(f"{roster.name(signal.panelist)} ")
        votes.append(vote_label(signal.vote), style=VOTE_STYLES[signal.vote])
    headline = Text(vote_label(verdict.vote), style=VOTE_STYLES[verdict.vote])
    if verdict.label.strip().lower() != vote_label(verdict.vote).lower():
        headline.append(f" — {verdict.label}", style="bold")
    body = Group(
        headline,
        Text.assemble(("Overall score: ", "bold"), score_text(verdict.score)),
        votes,
    )
    yield Panel(body, box=box.DOUBLE, border_style=VOTE_STYLES[verdict.vote], padding=(0, 1))


def _footer(review: Review) -> Iterator[RenderableType]:
    facts = [f"{label}: {value}" for label, value in engine_facts(review.engine)]
    if review.id:
        facts.append(f"Review: {review.id}")
    if review.created_at:
        facts.append(f"Created: {created_text(review)}")
    yield Rule(style="bright_black")
    yield Text(" · ".join(facts), style="bright_black")
