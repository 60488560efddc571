"""What the terminal review shows, as a few kinds of block, drawn by rich or as plain text.

The sections, their words and their styles are written here once. `text` turns the blocks into
rich renderables (the coloured terminal); `plain` lays them out itself when no colour is wanted,
as rich would, without importing rich: rich's import and layout were most of the cost of a text
review process beyond a JSON one.

A `Styled` is what `rich.text.Text` is built from: a base style and runs of text, each with its
own style ("" for none), appended in order.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal, NamedTuple

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
RULE_STYLE = "bright_black"

BoxKind = Literal["heavy", "rounded", "double"]


class Styled(NamedTuple):
    """Text in runs, each `(text, style)`, over a base `style`."""

    runs: tuple[tuple[str, str], ...]
    style: str = ""

    @property
    def plain(self) -> str:
        """The text without its styles."""
        return "".join(text for text, _ in self.runs)


def styled(text: str = "", style: str = "") -> Styled:
    """One run of `text` in `style` (as a base style, like `Text(text, style=style)`)."""
    return Styled(((text, ""),) if text else (), style)


def assemble(*runs: str | tuple[str, str], style: str = "") -> Styled:
    """Runs in order, a bare string having no style of its own (like `Text.assemble`)."""
    return Styled(tuple((run, "") if isinstance(run, str) else run for run in runs), style)


class Para(NamedTuple):
    """Text wrapped to the width."""

    text: Styled


class Section(NamedTuple):
    """A rule across the width; with a title, the title on its left."""

    title: Styled | None = None


class Indented(NamedTuple):
    """Text wrapped two columns in from the left."""

    text: Styled


class Bullet(NamedTuple):
    """A bullet, with the text wrapped beside it."""

    text: Styled


class NameGrid(NamedTuple):
    """Two columns: each name (never wrapped) with the title beside it."""

    rows: tuple[tuple[Styled, Styled], ...]


class ScoreTable(NamedTuple):
    """Criterion, score and evidence, under a heading, across the width."""

    rows: tuple[tuple[Styled, Styled, Styled], ...]


class Box(NamedTuple):
    """Blocks in a frame, one column of padding inside it, the title in its top edge."""

    body: tuple[Para | Indented, ...]
    title: Styled | None
    kind: BoxKind
    border_style: str


Block = Para | Section | Bullet | NameGrid | ScoreTable | Box
SCORE_COLUMNS = ("Criterion", "Score", "Evidence")


def review_blocks(review: Review, *, include_rounds: bool, colored: bool) -> Iterator[Block]:
    """The whole review, section by section."""
    roster = Roster(review.panel)
    yield from _header(review)
    if review.flags:
        yield _flags(review)
    yield from _interview(review, colored=colored)
    if include_rounds:
        yield from roster_blocks(review.panel)
        for number, round_ in enumerate(review.rounds, start=1):
            yield round_heading(number, round_.kind)
            for turn in round_.turns:
                yield turn_box(turn, roster)
    yield from _consensus(review, roster)
    yield from _signals(review, roster)
    yield from _follow_ups(review, roster)
    yield from _scores(review)
    yield from _verdict(review, roster)
    yield from _footer(review)


def _section(title: str) -> Section:
    return Section(styled(title, "bold"))


def _label(text: str, style: str = "bold") -> Para:
    return Para(styled(text, style))


def _blank() -> Para:
    return Para(styled())


def _header(review: Review) -> Iterator[Block]:
    competency = review.competency
    yield Para(styled(f"EXPERT ROUNDTABLE · {competency.short_name.upper()}", "bright_black"))
    yield Para(styled(review.headline, "bold"))
    runs: list[str | tuple[str, str]] = [("Competency: ", "bold"), competency.name]
    if competency.inferred:
        runs.append((f"  ({inferred_note(competency)})", "italic yellow"))
    yield Para(assemble(*runs))
    context = [v for v in (review.level, review.role) if v]
    if context:
        yield Para(assemble(("Role: ", "bold"), " ".join(context)))


def _flags(review: Review) -> Box:
    lines = tuple(
        Para(assemble(("! " + flag_title(flag.kind), "bold yellow"), ": ",
                      cli_flag_detail(flag)))
        for flag in review.flags
    )
    return Box(lines, styled("Flags", "bold yellow"), "heavy", "yellow")


def _interview(review: Review, *, colored: bool) -> Iterator[Block]:
    yield _blank()
    yield _section("The Interview")
    yield _label("Question")
    yield Para(styled(review.question or "No question was given.",
                      "" if review.question else "italic bright_black"))
    yield _blank()
    yield _label("Answer")
    runs: list[tuple[str, str]] = []
    cited = False
    for segment in segments(review):
        cited = cited or bool(segment.cited_by)
        if segment.asked:
            runs.append((f"Interviewer: {segment.asked}\n", ASK_STYLE))
        runs.append((segment.text, CITED_STYLE if segment.cited_by else ""))
    yield Para(Styled(tuple(runs)))
    if cited and colored:  # without colour there is no highlight for the note to explain
        yield Para(assemble(("Highlighted", CITED_STYLE),
                            ": passages the panel or the rubric quoted.", style="bright_black"))


def roster_blocks(panel: list[PanelistRef]) -> Iterator[Block]:
    """The heading of the Expert Roundtable section and who sits on the panel."""
    yield _blank()
    yield _section("Expert Roundtable")
    yield Para(styled(f"{len(panel)} experts discuss this answer", "bright_black"))
    yield NameGrid(tuple((styled(panelist.name, SEAT_STYLES[seat % len(SEAT_STYLES)]),
                          styled(panelist.title))
                         for seat, panelist in enumerate(panel)))


def round_heading(number: int, kind: RoundKind) -> Para:
    """The line that opens a round of the discussion."""
    return Para(assemble("\n", (f"Round {number} · {ROUND_TITLES[kind]}", "bold"), "  ",
                         (ROUND_BLURBS[kind], "bright_black")))


def _seat_title(roster: Roster, panelist: str) -> Styled:
    seat_style = SEAT_STYLES[roster.index(panelist) % len(SEAT_STYLES)]
    return assemble((roster.name(panelist), seat_style), " · ", roster.title(panelist))


def turn_box(turn: Turn, roster: Roster) -> Box:
    """One turn of the discussion, framed, with the passages it quotes."""
    body: list[Para | Indented] = []
    if turn.stance or turn.addresses:
        lead: list[tuple[str, str]] = []
        if turn.stance:
            lead.append((f"[{STANCE_LABELS[turn.stance]}]", STANCE_STYLES[turn.stance]))
        if turn.addresses:
            lead.append(((" " if turn.stance else "") + "to " + roster.names(turn.addresses),
                         "italic"))
        body.append(Para(Styled(tuple(lead))))
    body.append(Para(styled(turn.text)))
    for quote in turn.evidence:
        body.append(Indented(styled(f"{time_mark(quote)}“{quote_text(quote)}”",
                                    "italic bright_black")))
    for mark in turn_marks(turn):
        body.append(Para(styled(f"! {mark}", "bold red")))
    border = "red" if turn.fallback or turn.error else RULE_STYLE
    return Box(tuple(body), _seat_title(roster, turn.speaker), "rounded", border)


def _consensus(review: Review, roster: Roster) -> Iterator[Block]:
    consensus = review.consensus
    yield _blank()
    yield _section("Panel Consensus")
    yield Para(styled(consensus.summary))
    if consensus.agreements:
        yield _blank()
        yield _label("Where they agree")
        for agreement in consensus.agreements:
            yield Bullet(styled(agreement))
    if consensus.emphases:
        yield _blank()
        yield _label("What each panelist stresses")
        for emphasis in consensus.emphases:
            yield Bullet(assemble((roster.name(emphasis.panelist), "bold"), ": ",
                                  emphasis.text))


def _signals(review: Review, roster: Roster) -> Iterator[Block]:
    yield _blank()
    yield _section("Hiring Signals from the Loop")
    for signal in review.signals:
        opened = opening_note(review, signal.panelist)
        body = (
            Para(assemble(("Vote: ", "bold"),
                          (vote_label(signal.vote), VOTE_STYLES[signal.vote]),
                          f"  ({score_text(signal.score)})" + (f"  · {opened}" if opened else ""))),
            _label("Reason to hire", "bold green"),
            Para(styled(signal.reason_to_hire)),
            _label("Concern", "bold red"),
            Para(styled(signal.concern)),
        )
        yield Box(body, _seat_title(roster, signal.panelist), "rounded", RULE_STYLE)


def _follow_ups(review: Review, roster: Roster) -> Iterator[Block]:
    if not review.follow_ups:
        return
    criteria = {c.id: c.name for c in review.scores.criteria}
    yield _blank()
    yield _section("Follow-up Questions")
    for follow_up in review.follow_ups:
        runs: list[str | tuple[str, str]] = [
            (roster.name(follow_up.panelist), "bold"), " asks: ", follow_up.question]
        if follow_up.criterion:
            probe = criteria.get(follow_up.criterion, follow_up.criterion)
            runs.append((f"  (probes: {probe})", "bright_black"))
        yield Bullet(assemble(*runs))


def _scores(review: Review) -> Iterator[Block]:
    yield _blank()
    yield _section("Scores")
    rows = []
    for criterion in review.scores.criteria:
        meter = "■" * criterion.score + "□" * (5 - criterion.score)
        evidence = criterion_evidence(criterion)
        rows.append((
            styled(criterion.name),
            styled(f"{criterion.score}/5 {meter}"),
            styled(evidence if evidence == NO_EVIDENCE else f"“{evidence}”",
                   "italic bright_black"),
        ))
    yield ScoreTable(tuple(rows))


def _verdict(review: Review, roster: Roster) -> Iterator[Block]:
    verdict = review.verdict
    yield _blank()
    yield _section("Verdict")
    votes: list[tuple[str, str]] = [("Votes: ", "")]
    for i, signal in enumerate(review.signals):
        if i:
            votes.append((" · ", ""))
        votes.append((f"{roster.name(signal.panelist)} ", ""))
        votes.append((vote_label(signal.vote), VOTE_STYLES[signal.vote]))
    headline = [(vote_label(verdict.vote), "")]
    if verdict.label.strip().lower() != vote_label(verdict.vote).lower():
        headline.append((f" — {verdict.label}", "bold"))
    body = (
        Para(Styled(tuple(headline), VOTE_STYLES[verdict.vote])),
        Para(assemble(("Overall score: ", "bold"), score_text(verdict.score))),
        Para(Styled(tuple(votes), "bold")),
    )
    yield Box(body, None, "double", VOTE_STYLES[verdict.vote])


def _footer(review: Review) -> Iterator[Block]:
    facts = [f"{label}: {value}" for label, value in engine_facts(review.engine)]
    if review.id:
        facts.append(f"Review: {review.id}")
    if review.created_at:
        facts.append(f"Created: {created_text(review)}")
    yield Section()
    yield Para(styled(" · ".join(facts), RULE_STYLE))
