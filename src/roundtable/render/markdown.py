"""The review as GitHub-flavoured Markdown, readable raw and rendered.

Every string that came from the user or an engine passes through `inline` or `block`, which
backslash-escape the characters that would otherwise turn text into markup (emphasis, links,
HTML, tables, headings, lists), so an answer containing `<script>` or `| a | b |` reads as text.
"""

from __future__ import annotations

from collections.abc import Iterator

from roundtable import regexes as re
from roundtable.models import Review, Round, Turn
from roundtable.render.highlight import replies
from roundtable.render.labels import (
    NO_EVIDENCE,
    ROUND_BLURBS,
    ROUND_TITLES,
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
    turn_lead,
    turn_marks,
    vote_label,
)

# Characters that start inline markup anywhere in a line. `#` is included because a trailing
# run of them would be swallowed as a closing heading sequence.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
# Line starts that would become a list item, heading underline or ordered list.
_LINE_START = re.compile(r"^([-+=])|^(\d+)([.)])")


def inline(text: str) -> str:
    """`text` on one line with inline Markdown syntax escaped, for text that follows a label,
    bullet or cell border on its line (line-start syntax is `block`'s concern)."""
    return _ENTITY.sub("&amp;", _INLINE_SPECIAL.sub(r"\\\1", " ".join(text.split())))


def block(text: str, prefix: str = "") -> str:
    """`text` as paragraphs, line breaks kept, each line escaped and started with `prefix`.

    Leading indentation is dropped because four spaces would turn a line into a code block.
    """
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    out: list[str] = []
    for paragraph in paragraphs:
        lines = [_escape_line_start(inline(line))
                 for line in paragraph.splitlines() if line.strip()]
        # A trailing backslash is GFM's hard line break, which keeps transcript lines apart.
        out.append("\n".join(prefix + line + ("\\" if i < len(lines) - 1 else "")
                             for i, line in enumerate(lines)))
    return f"\n{prefix.rstrip()}\n".join(out)


def _escape_line_start(line: str) -> str:
    return _LINE_START.sub(lambda m: "\\" + m.group(1) if m.group(1) else
                           m.group(2) + "\\" + m.group(3), line, count=1)


def render_markdown(review: Review) -> str:
    """The whole review as one Markdown document."""
    roster = Roster(review.panel)
    parts = [
        *_header(review),
        *_flags(review),
        *_interview(review),
        *_roundtable(review, roster),
        *_consensus(review, roster),
        *_signals(review, roster),
        *_follow_ups(review, roster),
        *_scores(review),
        *_verdict(review, roster),
        *_footer(review),
    ]
    return "\n\n".join(parts) + "\n"


def _header(review: Review) -> Iterator[str]:
    competency = review.competency
    yield f"# {inline(review.headline)}"
    line = f"**Expert Roundtable** · {inline(competency.name)}"
    if competency.inferred:
        line += f" *(competency {inferred_note(competency)})*"
    context = " ".join(v for v in (review.level, review.role) if v)
    if context:
        line += f"  \n**Role:** {inline(context)}"
    yield line


def _flags(review: Review) -> Iterator[str]:
    if not review.flags:
        return
    lines = ["> ⚠️ **Flags**", ">"]
    lines += [f"> - **{inline(flag_title(f.kind))}:** {inline(cli_flag_detail(f))}"
              for f in review.flags]
    yield "\n".join(lines)


def _interview(review: Review) -> Iterator[str]:
    yield "## The Interview"
    question = inline(review.question) if review.question else "*No question was given.*"
    yield f"**Question:** {question}"
    yield "**Answer:**"
    if not review.asks:
        yield block(review.answer, prefix="> ")
        return
    # A transcript's replies, each after the follow-up that drew it.
    yield "\n>\n".join(
        (f"> *Interviewer: {inline(asked)}*\n>\n" if asked else "") + block(text.strip(),
                                                                      prefix="> ")
        for asked, text in replies(review))


def _roundtable(review: Review, roster: Roster) -> Iterator[str]:
    yield "## Expert Roundtable"
    roster_lines = [f"- **{inline(p.name)}**, {inline(p.title)}" for p in review.panel]
    yield f"{len(review.panel)} experts discuss this answer:\n\n" + "\n".join(roster_lines)
    for number, round_ in enumerate(review.rounds, start=1):
        yield from _round(number, round_, roster)


def _round(number: int, round_: Round, roster: Roster) -> Iterator[str]:
    yield f"### Round {number} · {ROUND_TITLES[round_.kind]}"
    yield f"*{ROUND_BLURBS[round_.kind]}*"
    for turn in round_.turns:
        yield _turn(turn, roster)


def _turn(turn: Turn, roster: Roster) -> str:
    head = f"**{inline(roster.name(turn.speaker))}** · {inline(roster.title(turn.speaker))}"
    lead = turn_lead(turn, roster)
    if lead:
        head += f" — *{inline(lead)}*"
    parts = [head, block(turn.text)]
    if turn.evidence:
        parts.append("\n>\n".join(f"> {time_mark(q)}“{inline(quote_text(q))}”"
                                   for q in turn.evidence))
    parts += [f"⚠️ **{inline(mark)}**" for mark in turn_marks(turn)]
    return "\n\n".join(parts)


def _consensus(review: Review, roster: Roster) -> Iterator[str]:
    consensus = review.consensus
    yield "## Panel Consensus"
    yield block(consensus.summary)
    if consensus.agreements:
        yield "**Where they agree**\n\n" + "\n".join(f"- {inline(a)}"
                                                      for a in consensus.agreements)
    if consensus.emphases:
        yield "**What each panelist stresses**\n\n" + "\n".join(
            f"- **{inline(roster.name(e.panelist))}:** {inline(e.text)}"
            for e in consensus.emphases
        )


def _signals(review: Review, roster: Roster) -> Iterator[str]:
    yield "## Hiring Signals from the Loop"
    for signal in review.signals:
        yield (f"### {inline(roster.name(signal.panelist))} · "
               f"{inline(roster.title(signal.panelist))}")
        opened = opening_note(review, signal.panelist)
        yield "\n".join([
            f"**Vote:** {vote_label(signal.vote)} ({score_text(signal.score)})"
            + (f" · {opened}" if opened else ""),
            "",
            f"- **Reason to hire:** {inline(signal.reason_to_hire)}",
            f"- **Concern:** {inline(signal.concern)}",
        ])


def _follow_ups(review: Review, roster: Roster) -> Iterator[str]:
    if not review.follow_ups:
        return
    criteria = {c.id: c.name for c in review.scores.criteria}
    yield "## Follow-up Questions"
    lines = []
    for number, follow_up in enumerate(review.follow_ups, start=1):
        line = (f"{number}. **{inline(roster.name(follow_up.panelist))}** asks: "
                f"{inline(follow_up.question)}")
        if follow_up.criterion:
            line += f" *(probes: {inline(criteria.get(follow_up.criterion, follow_up.criterion))})*"
        lines.append(line)
    yield "\n".join(lines)


def _scores(review: Review) -> Iterator[str]:
    yield "## Scores"
    rows = ["| Criterion | Score | Evidence |", "| --- | :---: | --- |"]
    for criterion in review.scores.criteria:
        evidence = criterion_evidence(criterion)
        cell = f"*{NO_EVIDENCE}*" if evidence == NO_EVIDENCE else f"“{inline(evidence)}”"
        rows.append(f"| {inline(criterion.name)} | {criterion.score}/5 | {cell} |")
    yield "\n".join(rows)


def _verdict(review: Review, roster: Roster) -> Iterator[str]:
    verdict = review.verdict
    yield "## Verdict"
    lines = [f"**{vote_label(verdict.vote)}**"]
    if verdict.label.strip().lower() != vote_label(verdict.vote).lower():
        lines[0] += f" — {inline(verdict.label)}"
    lines.append(f"**Overall score:** {score_text(verdict.score)}")
    votes = " · ".join(f"{inline(roster.name(s.panelist))}: {vote_label(s.vote)}"
                       for s in review.signals)
    if votes:
        lines.append(f"**Votes:** {votes}")
    yield "  \n".join(lines)


def _footer(review: Review) -> Iterator[str]:
    facts = [f"{label}: {inline(value)}" for label, value in engine_facts(review.engine)]
    if review.id:
        facts.append(f"Review: {inline(review.id)}")
    if review.created_at:
        facts.append(f"Created: {created_text(review)}")
    yield "---"
    yield " · ".join(facts)
