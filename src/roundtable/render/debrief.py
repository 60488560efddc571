"""The whole interview as terminal text, Markdown, a Markdown scorecard, JSON or HTML.

Text and Markdown give the debrief in full and each question compactly (the interviewer's
follow-ups inside it, its verdict, each panelist's vote and the quotes the panel closed on, with
`[mm:ss]` when the transcript has times); the HTML page and the JSON carry every question's
whole roundtable.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterator
from typing import Literal

from roundtable.debrief.models import Interview, InterviewSegment
from roundtable.render.labels import (
    Roster,
    cli_flag_detail,
    clock,
    flag_title,
    quote_text,
    score_text,
    time_mark,
    vote_label,
)
from roundtable.render.markdown import block, inline

InterviewFormat = Literal["text", "markdown", "json", "html", "scorecard"]


def render_interview(interview: Interview, fmt: InterviewFormat, *, source: str = "FILE") -> str:
    """`interview` as a string in `fmt`; `source` names the transcript in the hint that says
    how to see one question's whole roundtable."""
    if fmt == "json":
        return interview.model_dump_json(indent=2)
    if fmt == "html":
        from roundtable.render.debrief_html import render_interview_html

        return render_interview_html(interview)
    if fmt == "scorecard":
        return "\n\n".join(_scorecard(interview)) + "\n"
    lines = list(_markdown(interview)) if fmt == "markdown" else list(_text(interview, source))
    return "\n\n".join(lines) + "\n"


def span_text(segment: InterviewSegment) -> str:
    """`[mm:ss–mm:ss]` for a question with times, else nothing."""
    if segment.start is None or segment.end is None:
        return ""
    return f"[{clock(segment.start)}–{clock(segment.end)}]"


def _closing_quotes(segment: InterviewSegment) -> list[tuple[str, str, str]]:
    """(panelist id, `[mm:ss] ` or nothing, quote) the panel cites in its closing statements."""
    if segment.review is None:
        return []
    closing = [r for r in segment.review.rounds if r.kind == "closing"]
    return [(turn.speaker, time_mark(q), quote_text(q))
            for r in closing for turn in r.turns for q in turn.evidence[:1]]


def _asked(segment: InterviewSegment) -> list[str]:
    """The interviewer's follow-ups inside the question's story, in the order asked: the
    single review shows each before the reply it drew, and a cited reply ("No, never.") means
    nothing without it."""
    return [ask.text for ask in segment.review.asks] if segment.review is not None else []


# --- text -----------------------------------------------------------------------------------


def _text(interview: Interview, source: str) -> Iterator[str]:
    roster = Roster(interview.panel)
    brief = interview.debrief
    verdict = interview.verdict
    yield f"{interview.headline}\n{'=' * min(100, len(interview.headline))}"
    if interview.recording:
        yield f"Recording: {interview.recording}"
    for flag in interview.flags:
        yield f"! {flag_title(flag.kind)}: {flag.detail}"
    yield (f"RECOMMENDATION: {vote_label(verdict.vote)} — {verdict.label} "
           f"({score_text(verdict.score)})\n{brief.summary}")
    yield "PANELISTS\n" + "\n".join(
        f"- {roster.name(p.panelist)} ({roster.title(p.panelist)}): {vote_label(p.vote)} "
        f"({score_text(p.score)})\n    Reason to hire: {p.reason_to_hire}\n"
        f"    Concern: {p.concern}" for p in brief.panelists)
    yield "COMPETENCIES\n" + "\n".join(
        f"- {c.name}: {score_text(c.score)}, {vote_label(c.vote)} (question "
        f"{', '.join(str(i) for i in c.segments)})" for c in brief.competencies)
    yield f"Strongest answer: question {brief.strongest}. Weakest answer: question {brief.weakest}."
    if brief.disagreements:
        yield "WHERE THE PANEL DISAGREES\n" + "\n".join(f"- {d.text}" for d in brief.disagreements)
    for segment in interview.segments:
        yield "\n".join(_text_segment(segment, roster, source))


def _text_segment(segment: InterviewSegment, roster: Roster, source: str) -> Iterator[str]:
    yield (f"QUESTION {segment.index} · {segment.competency.name} {span_text(segment)}").rstrip()
    yield f"  {segment.question}"
    for flag in segment.flags:
        yield f"  ! {flag_title(flag.kind)}: {cli_flag_detail(flag)}"
    review = segment.review
    if review is None:
        return
    yield from (f"  Interviewer: {asked}" for asked in _asked(segment))
    yield (f"  Verdict: {vote_label(review.verdict.vote)} ({score_text(review.verdict.score)}) "
           f"— {review.headline}")
    for signal in review.signals:
        yield f"  - {roster.name(signal.panelist)}: {vote_label(signal.vote)} ({signal.score:.1f})"
    for speaker, mark, quote in _closing_quotes(segment):
        yield f"    {roster.name(speaker)} cites {mark}“{quote}”"
    yield f"  Whole roundtable: roundtable review {shlex.quote(source)} --segment {segment.index}"


# --- Markdown -------------------------------------------------------------------------------


def _markdown(interview: Interview) -> Iterator[str]:
    roster = Roster(interview.panel)
    brief = interview.debrief
    verdict = interview.verdict
    yield f"# {inline(interview.headline)}"
    if interview.recording:
        yield f"**Recording:** <{interview.recording}>"
    if interview.flags:
        yield "\n".join(f"> ⚠️ **{inline(flag_title(f.kind))}:** {inline(f.detail)}"
                        for f in interview.flags)
    yield "## Debrief"
    yield (f"**Recommendation: {vote_label(verdict.vote)}** — {inline(verdict.label)} "
           f"({score_text(verdict.score)})")
    yield block(brief.summary)
    yield "### Panelists\n\n" + "\n".join(
        f"- **{inline(roster.name(p.panelist))}** ({inline(roster.title(p.panelist))}): "
        f"{vote_label(p.vote)} ({score_text(p.score)})\n"
        f"  - *Reason to hire:* {inline(p.reason_to_hire)}\n"
        f"  - *Concern:* {inline(p.concern)}" for p in brief.panelists)
    rows = ["| Competency | Score | Vote | Questions |", "| --- | :---: | --- | --- |"]
    rows += [f"| {inline(c.name)} | {score_text(c.score)} | {vote_label(c.vote)} | "
             f"{', '.join(str(i) for i in c.segments)} |" for c in brief.competencies]
    yield "### Competencies\n\n" + "\n".join(rows)
    yield (f"**Strongest answer:** question {brief.strongest} · "
           f"**Weakest answer:** question {brief.weakest}")
    if brief.disagreements:
        yield "### Where the panel disagrees\n\n" + "\n".join(
            f"- {inline(d.text)}" for d in brief.disagreements)
    for segment in interview.segments:
        yield "\n\n".join(_markdown_segment(segment, roster))


def _markdown_segment(segment: InterviewSegment, roster: Roster) -> Iterator[str]:
    yield (f"## Question {segment.index}: {inline(segment.competency.name)} "
           f"{span_text(segment)}").rstrip()
    # The follow-ups in the question's quote, as the single review sets them in the answer's.
    yield f"> {inline(segment.question)}" + "".join(
        f"\n>\n> *Interviewer: {inline(text)}*" for text in _asked(segment))
    for flag in segment.flags:
        yield f"⚠️ **{inline(flag_title(flag.kind))}:** {inline(cli_flag_detail(flag))}"
    review = segment.review
    if review is None:
        return
    yield (f"**{vote_label(review.verdict.vote)}** ({score_text(review.verdict.score)}) — "
           f"{inline(review.headline)}")
    yield "\n".join(f"- **{inline(roster.name(s.panelist))}:** {vote_label(s.vote)} "
                    f"({s.score:.1f})" for s in review.signals)
    quotes = _closing_quotes(segment)
    if quotes:
        yield "\n".join(f"- {inline(roster.name(who))} cites {mark}“{inline(quote)}”"
                        for who, mark, quote in quotes)


# --- scorecard ------------------------------------------------------------------------------


def _scorecard(interview: Interview) -> Iterator[str]:
    card = interview.scorecard
    yield "# Interview scorecard"
    if interview.role or interview.level:
        yield f"**Role:** {inline(' '.join(x for x in (interview.level, interview.role) if x))}"
    rows = ["| Competency | Rating |", "| --- | --- |"]
    rows += [f"| {inline(r.name)} | {r.rating} |" for r in card.ratings]
    yield "## Ratings\n\n" + "\n".join(rows)
    yield "## Key take-aways\n\n" + "\n".join(f"- {inline(t)}"
                                              for t in card.key_take_aways)
    yield f"## Overall recommendation\n\n**{card.overall_recommendation}**"
