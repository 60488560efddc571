"""`roundtable review --explain`: the reading behind a review, as a terminal table."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from roundtable.engines.base import Case
from roundtable.evidence.asked import replies
from roundtable.evidence.explain import explain
from roundtable.evidence.text import sentences


def _asks(case: Case) -> list[tuple[int, str, str]]:
    """The interviewer's follow-ups, each with where its reply begins and what it settles
    about that reply: its role, or the words a bare "yes" or "no" is read as."""
    asks = [(ask.at, ask.text) for ask in case.submission.asks]
    spans = sentences(case.submission.answer)
    read = replies(spans, asks)
    shown: list[tuple[int, str, str]] = []
    for at, ask in asks:
        first = next((read[i] for i, span in enumerate(spans) if span.start >= at and i in read
                      and read[i].opens), None)
        settles = "asks a follow-up"
        if first is not None and first.said_back is not None:
            settles = f'the reply reads as "{first.said_back}"'
        elif first is not None and first.about is not None:
            settles = f"the reply is read as the {first.about}"
        shown.append((at, ask, settles))
    return shown


def print_reading(case: Case, console: Console) -> None:
    """Each clause with its actor, owner, mode, role, red flags and credited criteria, then
    each criterion's score and why."""
    table = Table(title="How the answer was read", show_lines=True, expand=True)
    table.add_column("#", justify="right", style="dim")
    table.add_column("clause", ratio=3)
    # Who, mode and role share one wrapping column: side by side, five narrow columns left a
    # terminal of 80 characters a dozen for the clause and none for what it credits.
    table.add_column("reading (who · mode · role)", ratio=2)
    table.add_column("credits", ratio=2)
    names = {c.id: c.name for c in case.competency.criteria}
    waiting = _asks(case)
    for row in explain(case.analysis, case.competency):
        clause = row.clause
        while waiting and waiting[0][0] <= clause.span.start:
            _, ask, settles = waiting.pop(0)
            table.add_row("", Text(f"Interviewer: {ask}", style="italic cyan"),
                          Text(settles, style="cyan"), "")
        who = clause.actor if clause.owner == clause.actor else f"{clause.actor} ({clause.owner}'s)"
        if clause.reported:
            who += ", reported"
        reading = f"{who} · {clause.mode} · {clause.role}"
        if row.flags:
            reading += f"\n[red]flags: {', '.join(row.flags)}[/red]"
        table.add_row(str(clause.sentence + 1), clause.text, reading,
                      "; ".join(names[c] for c in row.credits) + (
                          f" [dim]({', '.join(row.kinds)})[/dim]" if row.kinds else ""))
    console.print(table)
    scores = Table(title="Scores", expand=True)
    scores.add_column("criterion")
    scores.add_column("score", justify="right")
    scores.add_column("why", ratio=2)
    for criterion in case.criteria:
        scores.add_row(criterion.name, f"{criterion.score}/5", criterion.rationale)
    console.print(scores)
