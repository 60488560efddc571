"""The Panel Consensus and each panelist's Hiring Signal, from the finished debate.

The consensus names what each panelist actually led with, who moved whom, where they still
disagree, and the verdict from the final votes; each signal rests on that panelist's own
evidence and its own remaining gap.
"""

from __future__ import annotations

from itertools import combinations

from roundtable.catalog.schema import Criterion
from roundtable.deliberation import Debate
from roundtable.deliberation.lenses import (
    LENS_NAME,
    alert_to,
    focus_for,
    focus_match,
    lead_family,
)
from roundtable.deliberation.phrasing import (
    VOTE_WORDS,
    cut_end,
    flag_says,
    names,
    plain,
    quoted,
    topic,
    wants,
)
from roundtable.deliberation.reading import Finding, Reading, by_line
from roundtable.deliberation.rounds import SPEAKS_DIRECTLY, shows
from roundtable.engines.base import SignalText
from roundtable.models import Consensus, Emphasis, Quote, Vote
from roundtable.scoring.panel import verdict_from


def _short(quote: Quote) -> str:
    return quoted(quote.quote[: cut_end(quote.quote)])


def _lens(reading: Reading) -> str:
    return LENS_NAME[lead_family(reading.persona)]


def _emphasis(debate: Debate, reading: Reading) -> str:
    persona = reading.persona
    name = persona.called
    lead = debate.leads.get(persona.id)
    need = debate.needs[persona.id]
    if lead is None or lead.finding is None:
        return (f"{name}, reading for {_lens(reading)}, found little to credit and asks first "
                f"for {wants(need)}.")
    subject = topic(lead.finding.quote.quote)
    line = (f"the line about {subject}" if subject else
            f"a line where {shows(persona, lead.finding, lead.criterion.family)}")
    focus = focus_for(persona, need)
    # "presses on relationship afterwards, read for the relationship afterwards" says it twice.
    read_for = "" if need.name.lower() in focus else f", read for {focus}"
    return (f"{name}'s {_lens(reading)} lens went first to {lead.criterion.name.lower()}, on "
            f"{line}; what {name} still presses on is {need.name.lower()}{read_for}.")


def _tally(readings: list[Reading]) -> str:
    groups: dict[Vote, list[str]] = {}
    for reading in readings:
        groups.setdefault(reading.vote, []).append(reading.persona.called)
    return "; ".join(f"{names(people)} at {VOTE_WORDS[vote]}" for vote, people in groups.items())


def _still_apart(debate: Debate) -> list[str]:
    apart: list[str] = []
    for cid, criterion in debate.evidence.criteria.items():
        for a, b in combinations(debate.readings, 2):
            gap = a.criteria[cid] - b.criteria[cid]
            if abs(gap) < 1:
                continue
            high, low = (a, b) if gap > 0 else (b, a)
            unseen = next((f for f in debate.evidence.quotable(cid)
                           if f.quote.start in high.weighed[cid]
                           and f.quote.start not in low.weighed[cid]), None)
            subject = topic(unseen.quote.quote) if unseen else None
            why = (f", weighing the line about {subject}" if subject else
                   ", over a red flag" if any(cid in f.criteria for f in debate.evidence.flags)
                   else "")
            apart.append(f"{high.persona.called} reads {criterion.name.lower()} "
                         f"higher than {low.persona.called}{why}")
    return apart


def _carried(debate: Debate) -> str:
    """What carries the verdict and what holds it back, in the answer's own terms."""
    best = max(((f, debate.evidence.rubric[cid].score) for cid, found in
                debate.evidence.findings.items() for f in found if not f.scene_only
                # A line that leaves its criterion at 1 of 5 carries nothing.
                and debate.evidence.rubric[cid].score > 1),
               key=lambda item: (item[1], item[0].strength), default=None)
    worst = min(debate.evidence.criteria.values(),
                key=lambda c: sum(r.criteria[c.id] for r in debate.readings))
    subject = topic(best[0].quote.quote) if best else None
    held = f"held back by {worst.name.lower()}"
    if subject:
        return f"carried by the line about {subject} and {held}"
    if best:
        carrier = debate.evidence.criteria[best[0].criterion].name.lower()
        return f"carried by {carrier} at {best[1]} of 5 and {held}"
    lenses = names([_lens(r) for r in debate.readings])
    return f"with little for the {lenses} lenses to credit, {held}"


def _led(debate: Debate, lenses: str) -> str:
    """Where each panelist began, grouped by criterion: two panelists who led with the same
    criterion are named together, never listed as if they had differed."""
    led: dict[str, list[str]] = {}
    for reading in debate.readings:
        lead = debate.leads.get(reading.persona.id)
        if lead is not None:
            led.setdefault(lead.criterion.name.lower(), []).append(
                reading.persona.called)
    if not led:
        return f"Read through the {lenses} lenses, the answer gave the panel little to lead with."
    if len(led) == 1:
        (criterion, who), = led.items()
        together = "" if len(who) == 1 else " both" if len(who) == 2 else " all"
        return f"Reading through the {lenses} lenses, {names(who)}{together} led with {criterion}."
    groups = [f"{names(who)} with {criterion}" for criterion, who in led.items()]
    # A semicolon keeps "Priya and Elena with X; Daniel with Y" from reading as one list.
    return (f"Reading through the {lenses} lenses, the panel led in different places: "
            f"{'; '.join(groups)}.")


def build_consensus(debate: Debate) -> Consensus:
    """Agreements, emphases by name, moves, remaining disagreement, and the verdict."""
    readings = debate.readings
    verdict = verdict_from([r.assessment() for r in readings])
    lenses = names([_lens(r) for r in readings])
    agreements: list[str] = []
    for cid, criterion in debate.evidence.criteria.items():
        scores = {r.criteria[cid] for r in readings}
        found = debate.evidence.quotable(cid)
        subject = topic(found[0].quote.quote) if found else None
        if min(scores) >= 4 and subject:
            agreements.append(f"From the {lenses} angles alike, {criterion.name.lower()} holds "
                              f"up on the line about {subject}: {_short(found[0].quote)}")
        elif max(scores) <= 2:
            agreements.append(f"For the {lenses} lenses alike, {criterion.name.lower()} stays "
                              f"under the middle anchor (middle anchor: "
                              f"{plain(criterion.anchors.three)})")
    # The strongest agreements and the clearest shortfalls, not a list of every criterion...
    agreements = agreements[:2] + [a for a in agreements if a.startswith("For the")][2:3]
    # ...and every red flag a panelist raised, which a reader looks for first whatever else
    # the panel agreed on (cut with the criteria, a flag showed only beside fewer than two).
    for flag in debate.evidence.flags:
        who = [r.persona.called for r in readings if alert_to(r.persona, flag.kind)]
        if who:
            agreements.append(f"Red flag, raised by {names(who)}: {_short(flag.quote)} "
                              f"{flag_says(flag.kind, [flag.quote.quote])}")
    emphases = [Emphasis(panelist=r.persona.id, text=_emphasis(debate, r)) for r in readings]
    moves = []
    for reading in readings:
        for group in by_line(reading.moved_by):
            move = group[0]
            subject = topic(move.quote.quote)
            mover = debate.reading(move.by)
            criterion = debate.evidence.criteria[move.criterion]
            finding = next((f for f in debate.evidence.quotable(move.criterion)
                            if f.quote.start == move.quote.start), None)
            seen = shows(mover.persona, finding, criterion.family) if finding else None
            # "cited that the answer speaks to it directly" says nothing: a line on it, then.
            shown = (f"the line about {subject}" if subject else
                     "a line on it" if seen == SPEAKS_DIRECTLY
                     else f"that {seen}" if seen else "a red flag")
            moved = names([debate.evidence.criteria[m.criterion].name.lower() for m in group])
            moves.append(f"{reading.persona.called} moved on {moved} once "
                         f"{mover.persona.called} cited {shown}")
    apart = _still_apart(debate)
    # The emphases are listed on their own; the summary says where each began in one line.
    summary = _led(debate, lenses)
    if moves:
        summary += f" In the cross-talk, {names(moves[:3])}."
    if apart:
        summary += f" They still differ: {names(apart[:2])}."
    summary += (f" Final votes: {_tally(readings)}; the panel lands on "
                f"{VOTE_WORDS[verdict.vote]} ({verdict.label.lower()}, {verdict.score:.1f}), "
                f"{_carried(debate)}.")
    return Consensus(summary=summary, agreements=agreements, emphases=emphases)


def _reason(debate: Debate, reading: Reading) -> tuple[Criterion, Finding] | None:
    """The line a reason to hire rests on: the panelist's lead, unless the debate left its
    criterion at 1 of 5; then the best line it weighed on a criterion that stayed above 1."""
    lead = debate.leads.get(reading.persona.id)
    if lead is not None and lead.finding is not None and reading.criteria[lead.criterion.id] > 1:
        return lead.criterion, lead.finding
    options = [(criterion, finding) for cid, criterion in debate.evidence.criteria.items()
               if reading.criteria[cid] > 1 for finding in debate.evidence.quotable(cid)
               if finding.quote.start in reading.weighed[cid]]
    return max(options, key=lambda o: (reading.criteria[o[0].id], o[1].strength),
               default=None)


def build_signals(debate: Debate) -> list[SignalText]:
    """Each panelist's reason to hire and concern, each on its own evidence and final scores."""
    signals = []
    for reading in debate.readings:
        persona = reading.persona
        need = debate.needs[persona.id]
        point = _reason(debate, reading)
        if point is not None:
            criterion, finding = point
            shown = shows(persona, finding, criterion.family)
            # "…, where the answer speaks to it directly, which speaks to…" says nothing twice.
            where = "" if shown == SPEAKS_DIRECTLY else f", where {shown}"
            # Only a focus the criterion shares a subject with is one the line speaks to: a
            # dock plan signed off unchecked says nothing about "the customer side".
            focus = focus_match(persona, criterion)
            lens = (f"which speaks to {focus}" if focus else
                    f"the line I weigh most, reading for {focus_for(persona, criterion)}")
            reason = (f"{criterion.name} ({reading.criteria[criterion.id]}/5): "
                      f"{_short(finding.quote)}{where}, {lens}.")
        elif max(reading.criteria.values()) < 3:
            reason = (f"Nothing in this reading reaches the middle anchor yet; the first thing "
                      f"to show would be {wants(need)}.")
        else:
            reason = (f"No single line carries this reading; the first thing to show would be "
                      f"{wants(need)}.")
        score = reading.criteria[need.id]
        # The concern rests on a line of its own, never the one the reason to hire rests on.
        credited = point[1].quote.start if point else -1
        weighed = [f for f in debate.evidence.quotable(need.id)
                   if f.quote.start in reading.weighed[need.id] and f.quote.start != credited]
        if score >= 5:
            concern = (f"No gap on the rubric for {focus_for(persona, need)}; {need.name.lower()} "
                       f"is already at the top anchor, and the follow-up would only confirm it.")
        elif weighed:
            concern = (f"{need.name} ({score}/5): {_short(weighed[0].quote)} is as far as it "
                       f"goes for {focus_for(persona, need)} (top anchor: "
                       f"{plain(need.anchors.five)}).")
        elif debate.evidence.findings[need.id] and score >= 4:
            # "I'd want the raw data they looked at" of an answer that tells it at 4 of 5 asks
            # for what is there: what is missing is the top anchor's last step.
            concern = (f"{need.name} ({score}/5): one step from the top, and for "
                       f"{focus_for(persona, need)} that last step is the one I'd test (top "
                       f"anchor: {plain(need.anchors.five)}).")
        elif debate.evidence.findings[need.id]:
            concern = (f"{need.name} ({score}/5): not shown clearly enough to go higher; for "
                       f"{focus_for(persona, need)} I'd want {wants(need)}.")
        else:
            nothing = "nothing in the answer earns credit for it" if score <= 1 else \
                "little in the answer speaks to it"
            concern = (f"{need.name} ({score}/5): {nothing}, "
                       f"and for {focus_for(persona, need)} that matters (top anchor: "
                       f"{plain(need.anchors.five)}).")
        signals.append(SignalText(persona.id, reason, concern))
    return signals
