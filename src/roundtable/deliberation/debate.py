"""One review's deliberation: independent readings, an agenda argued by name, closings.

Each panelist first reads the answer alone (see `reading`). The cross-talk then works down the
agenda of disagreements (see `agenda`): the panelist holding the evidence raises it, the other
concedes or holds, and every move is logged with the quote that caused it. Panelists the
agenda left silent add to a colleague's claim with evidence of their own. The closings report
each panelist's final numbers, which come from one score-to-vote rule for everyone.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from roundtable import regexes as re
from roundtable.catalog.schema import Criterion
from roundtable.deliberation.agenda import Disagreement, concede, disagreements, persuaded
from roundtable.deliberation.discourse import Discourse
from roundtable.deliberation.lenses import CLOSE_READING, families_of, weight
from roundtable.deliberation.phrasing import lower_first, topic
from roundtable.deliberation.reading import (
    SUPPORT_CAP,
    Evidence,
    Finding,
    Move,
    Reading,
    criterion_score,
    gather,
    holds_against,
    opening_reading,
    rescore,
)
from roundtable.deliberation.rounds import (
    BuildMode,
    Point,
    agree_turn,
    build_turn,
    challenge_turn,
    closing_turn,
    general_line,
    held_as,
    opening_turn,
    reply_turn,
    setting_line,
    setting_turn,
)
from roundtable.engines.base import Case
from roundtable.models import VOTES, Round, Turn
from roundtable.scoring.panel import flag_cost, level_offset

MAX_EXCHANGES = 4
"""Disagreements argued in one cross-talk round (each a challenge and a reply)."""
MAX_TURNS = 12
"""The cross-talk ends here even if someone still holds a line a colleague has not weighed."""
SECOND_CREDIT_WORDS = 120
"""Answers at least this long are rich enough for a second credited line per opening."""
SCENE_DISCOUNT = 0.2
"""A line that only sets the scene is a poor first pick for what carries an answer."""
CITED_DISCOUNT = 0.3
"""A line already cited is worth this much as a pick: panelists bring lines of their own."""
DISTINCT_QUOTES = 6
"""A review of a long answer quotes at least this many different lines where it has them."""


@dataclass
class Debate:
    """Everything the deliberation produced, for the synthesis to summarise."""

    evidence: Evidence
    readings: list[Reading]
    rounds: list[Round]
    leads: dict[str, Point]
    concerns: dict[str, Criterion]
    needs: dict[str, Criterion]
    argued: list[Disagreement] = field(default_factory=list)
    held: list[Disagreement] = field(default_factory=list)

    def reading(self, panelist: str) -> Reading:
        """The reading of one panelist."""
        return next(r for r in self.readings if r.persona.id == panelist)


def _pull(reading: Reading, finding: Finding, criterion: Criterion) -> float:
    families = families_of(finding.kinds, criterion.family) or {criterion.family}
    return max(weight(reading.persona, f) for f in families)


def _value(reading: Reading, finding: Finding, criterion: Criterion, talk: Discourse) -> float:
    # The lens's pull dominates: what a panelist notices first is what its lens cares about,
    # even over a line that scores a little higher on a criterion it weighs less.
    value = (_pull(reading, finding, criterion) ** 3 * min(finding.strength, SUPPORT_CAP)
             * (reading.criteria[criterion.id] + 2))
    if finding.scene_only or finding.in_scene:
        value *= SCENE_DISCOUNT
    return value if talk.unused(finding.quote) else value * CITED_DISCOUNT


def _best(reading: Reading, evidence: Evidence, talk: Discourse, skip: set[str],
          avoid: set[int], named: bool = False) -> Point | None:
    """What this lens notices first among the lines it weighed that can still be quoted; when
    `named` and none can, among those quoted twice already that can be named by topic."""
    options = [
        (criterion, finding)
        for cid, criterion in evidence.criteria.items() if cid not in skip
        for finding in evidence.quotable(cid)
        if finding.quote.start in reading.weighed[cid] and finding.quote.start not in avoid
        # A line that leaves its criterion at 1 of 5 is no evidence to lead with or bring.
        and reading.criteria[cid] > 1
    ]
    options = ([o for o in options if talk.available(o[1].quote)]
               or [o for o in options if named and topic(o[1].quote.quote)])
    if not options:
        return None
    criterion, finding = max(options, key=lambda o: _value(reading, o[1], o[0], talk))
    return Point(criterion, finding)


def _second(reading: Reading, evidence: Evidence, talk: Discourse, lead: Point | None,
            skip: set[str]) -> Point | None:
    """A second line for a long answer: unused, on another criterion the lens weighs, and
    worth at least the middle anchor."""
    if lead is None or lead.finding is None:
        return None
    second = _best(reading, evidence, talk, skip, {lead.finding.quote.start})
    if second is None or second.finding is None:
        return None
    if (reading.criteria[second.criterion.id] < 3 or not talk.unused(second.finding.quote)
            or _pull(reading, second.finding, second.criterion) < CLOSE_READING):
        return None
    return second


def _concern(reading: Reading, evidence: Evidence, taken: set[str], skip: set[str]) -> Criterion:
    """The criterion this panelist worries about most; a different one from colleagues' where
    one within a point of its worst exists, so spreading concerns never invents a non-issue."""
    pool = [c for cid, c in evidence.criteria.items() if cid not in skip] or list(
        evidence.criteria.values())
    if all(reading.criteria[c.id] == 5 for c in pool):
        # Everything else at the top anchor: the concern is what the panelist led with below
        # it ("gets root cause to 3 of 5 and no further"), not a criterion already at 5.
        pool = [c for c in evidence.criteria.values() if reading.criteria[c.id] < 5] or pool
    worst = min(reading.criteria[c.id] for c in pool)
    # A criterion at the top anchor is no concern, whatever else is nearby.
    allowed = [c for c in pool if reading.criteria[c.id] <= worst + 1
               and (reading.criteria[c.id] < 5 or worst == 5)]
    return min(allowed, key=lambda c: (c.id in taken, reading.criteria[c.id]
                                       - 0.5 * weight(reading.persona, c.family)))


def _openings(case: Case, evidence: Evidence, readings: list[Reading],
              talk: Discourse) -> tuple[Round, dict[str, Point], dict[str, Criterion]]:
    turns: list[Turn] = []
    leads: dict[str, Point] = {}
    concerns: dict[str, Criterion] = {}
    long_answer = len(case.submission.answer.split()) >= SECOND_CREDIT_WORDS
    flagged: set[str] = set()
    for reading in readings:
        lead = _best(reading, evidence, talk, set(), set())
        skip = {lead.criterion.id} if lead else set()
        second = _second(reading, evidence, talk, lead, skip) if long_answer else None
        if second is not None:
            skip.add(second.criterion.id)
        concern = _concern(reading, evidence, {c.id for c in concerns.values()}, skip)
        concerns[reading.persona.id] = concern
        cited = {p.finding.quote.start for p in (lead, second) if p and p.finding}
        line = talk.pick([f for f in evidence.quotable(concern.id)
                          if f.quote.start in reading.weighed[concern.id]], cited)
        unread = bool(evidence.findings[concern.id]) and line is None
        # One panelist quotes a red flag in its opening; the cross-talk raises it with others.
        # A flag no criterion of the competency bears on is told in the consensus instead.
        flag = next((f for f in evidence.flags if f.kind in reading.flags and f.criteria
                     and f.kind not in flagged), None)
        if flag is not None:
            flagged.add(flag.kind)
        turns.append(opening_turn(
            reading, lead, second, Point(concern, line), unread,
            (flag, evidence.criteria[flag.criteria[0]]) if flag else None, evidence, talk))
        if lead is not None:
            leads[reading.persona.id] = lead
    return Round(kind="opening", turns=turns), leads, concerns


def _unweighed(speaker: Reading, readings: list[Reading], evidence: Evidence,
               talk: Discourse) -> tuple[Reading, Criterion, Finding] | None:
    """A quotable line the speaker weighed that would raise a colleague's reading of a
    criterion: the one that would raise it most, on the criterion both weigh most. A line
    quoted twice already is named by what it is about; one the colleague would hold against
    (hedged, to a strict reader) is not worth a turn."""
    best: tuple[tuple[int, bool, float], Reading, Criterion, Finding] | None = None
    for other in readings:
        if other is speaker:
            continue
        for cid, criterion in evidence.criteria.items():
            for finding in evidence.quotable(cid):
                start = finding.quote.start
                if (start not in speaker.weighed[cid] or start in other.weighed[cid]
                        or not (talk.available(finding.quote) or topic(finding.quote.quote))
                        or holds_against(other.persona, finding)):
                    continue
                gain = criterion_score(evidence, cid, other.weighed[cid] | {start},
                                       other.flags) - other.criteria[cid]
                key = (gain, not finding.cue_only, weight(speaker.persona, criterion.family)
                       * weight(other.persona, criterion.family))
                if gain > 0 and (best is None or key > best[0]):
                    best = (key, other, criterion, finding)
    return best[1:] if best else None


def _would_move(other: Reading, evidence: Evidence, criterion: str, finding: Finding) -> bool:
    """Whether weighing `finding` would raise `other`'s reading of `criterion`."""
    start = finding.quote.start
    return (start not in other.weighed[criterion] and not holds_against(other.persona, finding)
            and criterion_score(evidence, criterion, other.weighed[criterion] | {start},
                                other.flags) > other.criteria[criterion])


def _build(speaker: Reading, readings: list[Reading], leads: dict[str, Point],
           evidence: Evidence, talk: Discourse) -> tuple[Turn, Disagreement] | None:
    """Bring a colleague a line it had not weighed; else add to its lead claim: another line
    under it, or another reading of the same line."""
    unweighed = _unweighed(speaker, readings, evidence, talk)
    if unweighed is not None:
        other, criterion, finding = unweighed
        their_lead = leads.get(other.persona.id)
        mode: BuildMode = ("more" if their_lead and their_lead.criterion.id == criterion.id
                           else "unweighed")
        # A line that would raise two colleagues' readings is put to both in one turn.
        also = [r for r in readings if mode == "unweighed" and r not in (speaker, other)
                and _would_move(r, evidence, criterion.id, finding)
                and r.criteria[criterion.id] < speaker.criteria[criterion.id]]
        item = _shown(speaker, other, criterion.id, finding)
        return (build_turn(speaker, [other, *also], Point(criterion, finding), mode, talk),
                Disagreement(criterion.id, speaker, (*item.listeners, *also), item.finding,
                             None, None, 0.0))
    others = [r for r in readings if r is not speaker and r.persona.id in leads]
    for other in others:
        point = leads[other.persona.id]
        cid = point.criterion.id
        their = point.finding.quote.start if point.finding else -1
        # A line that sets the scene ("The one I think about most is a model I built…") is
        # the last one to bring as more evidence of what was done.
        extra = talk.pick(sorted((f for f in evidence.quotable(cid)
                                  if f.quote.start in speaker.weighed[cid]
                                  and f.quote.start != their),
                                 key=lambda f: f.scene_only or f.in_scene))
        if extra is not None:
            return (build_turn(speaker, [other], Point(point.criterion, extra), "more", talk),
                    _shown(speaker, other, cid, extra))
    for other in others:
        point = leads[other.persona.id]
        if point.finding is None or not talk.available(point.finding.quote):
            continue
        for cid, criterion in evidence.criteria.items():
            if cid == point.criterion.id:
                continue
            same = next((f for f in evidence.quotable(cid)
                         if f.quote.start == point.finding.quote.start
                         and f.quote.start in speaker.weighed[cid]), None)
            if same is not None:
                return (build_turn(speaker, [other], Point(criterion, same), "same", talk),
                        _shown(speaker, other, cid, same))
    # A review short of lines gives a colleague's lead the setting the answer tells for it.
    for other in others if talk.short else []:
        point = leads[other.persona.id]
        setting = next((f for f in evidence.findings[point.criterion.id]
                        if f.scenic and talk.unused(f.quote)), None)
        if setting is not None:
            return (setting_turn(speaker, other, point, setting, talk),
                    Disagreement(point.criterion.id, speaker, (), None, None, None, 0.0))
    return None


def _agree(speaker: Reading, readings: list[Reading], debate: Debate, evidence: Evidence,
           talk: Discourse) -> Turn:
    """Nothing new to credit: take up the colleague's concern the speaker shares most."""
    others = [r for r in readings if r is not speaker]
    other = min(others, key=lambda r: speaker.criteria[debate.concerns[r.persona.id].id])
    criterion = debate.concerns[other.persona.id]
    line = general_line(evidence, criterion, talk)
    return agree_turn(speaker, other, criterion, line, evidence, talk,
                      None if line else setting_line(evidence, speaker, criterion, talk))


def _shown(speaker: Reading, other: Reading, criterion: str, finding: Finding) -> Disagreement:
    """What a build turn shows its addressee, as an agenda item it may concede to."""
    shown = finding if finding.quote.start not in other.weighed[criterion] else None
    return Disagreement(criterion, speaker, (other,) if shown else (), shown, None, None, 0.0)


def _bring(case: Case, speaker: Reading, readings: list[Reading], leads: dict[str, Point],
           evidence: Evidence, talk: Discourse, debate: Debate) -> Turn:
    """A build turn (and the colleague weighing the line it had not), else an agreement."""
    built = _build(speaker, readings, leads, evidence, talk)
    if built is None:
        return _agree(speaker, readings, debate, evidence, talk)
    turn, item = built
    # A line the colleagues had not weighed is evidence shown to them like any other.
    for listener in item.listeners:
        if persuaded(listener, item):
            concede(case, evidence, listener, item)
    return turn


def _already_held(item: Disagreement, debate: Debate) -> bool:
    """Whether the listener already held against this very line: raising it again is noise."""
    return item.finding is not None and any(
        h.finding is not None and h.finding.quote.start == item.finding.quote.start
        and h.listeners[0] is item.listeners[0] for h in debate.held)


def _crosstalk(case: Case, evidence: Evidence, readings: list[Reading], leads: dict[str, Point],
               talk: Discourse, debate: Debate) -> Round:
    turns: list[Turn] = []
    settled: set[tuple[str, frozenset[str]]] = set()
    spoke: set[str] = set()
    pairs: Counter[frozenset[str]] = Counter()
    for _ in range(MAX_EXCHANGES):
        items = [d for d in disagreements(case, evidence, readings, settled, talk.available,
                                          talk.unused)
                 if not _already_held(d, debate)]
        if not items:
            break
        # The same two panelists do not hold the floor for the whole round.
        item = min(items, key=lambda d: (pairs[frozenset(d.key[1])], items.index(d)))
        pairs[frozenset(item.key[1])] += 1
        settled.add(item.key)
        debate.argued.append(item)
        turns.append(challenge_turn(item, evidence, talk))
        first = item.listeners[0]
        if persuaded(first, item):
            moves = [concede(case, evidence, r, item) for r in item.listeners]
            turns.append(reply_turn(item, evidence, first, moves[0], held=False, talk=talk))
        else:
            # "I'm where Daniel is" only when Daniel held it for the same reason.
            same = next((h for h in debate.held if h.raiser is item.raiser
                         and h.criterion == item.criterion and h.finding is item.finding
                         and held_as(h.listeners[0].persona, h.finding)[0]
                         == held_as(first.persona, item.finding)[0]), None)
            debate.held.append(item)
            turns.append(reply_turn(item, evidence, first, None, held=True, talk=talk,
                                    already=same.listeners[0].persona.called
                                    if same else None))
        spoke |= {item.raiser.persona.id, first.persona.id}
    # Everyone speaks: the silent first, each bringing what it can; then, while anyone holds a
    # quotable line that would raise a colleague's reading, it brings it (a bounded round).
    for reading in [r for r in readings if r.persona.id not in spoke]:
        turns.append(_bring(case, reading, readings, leads, evidence, talk, debate))
    while len(turns) < MAX_TURNS:
        speaker = next((r for r in readings
                        if _unweighed(r, readings, evidence, talk) is not None), None)
        if speaker is None:
            break
        turns.append(_bring(case, speaker, readings, leads, evidence, talk, debate))
    return Round(kind="crosstalk", turns=turns)


def _closings(evidence: Evidence, readings: list[Reading], talk: Discourse,
              debate: Debate) -> Round:
    names = {r.persona.id: r.persona.called for r in readings}
    turns: list[Turn] = []
    for reading in readings:
        lead = debate.leads.get(reading.persona.id)
        need = _concern(reading, evidence, {c.id for c in debate.needs.values()},
                        {lead.criterion.id} if lead else set())
        debate.needs[reading.persona.id] = need
        moved_quotes = {m.quote.start for m in reading.moved_by}
        # A line a colleague held against as hedged, or set aside as a concern, is no line to
        # close on without answering it.
        doubted = [h.finding.quote for h in debate.held if h.finding is not None] + [
            q for turn in [t for r in debate.rounds for t in r.turns] + turns
            for q in turn.evidence if q.use == "concern"]
        avoid = {f.quote.start for found in evidence.findings.values() for f in found
                 if any(q.start < f.quote.end and f.quote.start < q.end for q in doubted)}
        decisive = _best(reading, evidence, talk, {need.id}, moved_quotes | avoid, named=True)
        held = [h for h in debate.held if reading in h.listeners]
        turns.append(closing_turn(reading, names, decisive, need, held, evidence, talk))
    return Round(kind="closing", turns=turns)


def _overheard(case: Case, evidence: Evidence, readings: list[Reading],
               rounds: list[Round]) -> None:
    """Everyone at the table hears every line a colleague credited aloud, not only the one
    addressed: before closing, each panelist weighs those it had passed over (a strict one
    still leaves out hedged or vague lines), and every change of mind is logged with who
    cited the line. A line heard is read whole: it counts toward every criterion it shows,
    not only the one it was cited for ("He was right." cited for trust also shows candor)."""
    cited = [(turn.speaker, quote) for current in rounds for turn in current.turns
             for quote in turn.evidence if quote.use == "credit"]
    for reading in readings:
        for speaker, quote in cited:
            if speaker == reading.persona.id:
                continue
            for cid in evidence.criteria:
                # A turn may have quoted only the clauses of the line it argued: the line is
                # still heard whole.
                finding = next((f for f in evidence.quotable(cid)
                                if f.quote.start <= quote.start < f.quote.end), None)
                if (finding is None or finding.quote.start in reading.weighed[cid]
                        or holds_against(reading.persona, finding)):
                    continue
                before, vote_before = reading.criteria[cid], reading.vote
                reading.weighed[cid].add(quote.start)
                rescore(case, evidence, reading)
                if reading.criteria[cid] != before:
                    reading.moved_by.append(Move(reading.persona.id, speaker, cid, before,
                                                 reading.criteria[cid], finding.quote,
                                                 vote_before, reading.vote))


def deliberate(case: Case) -> Debate:
    """Run the three rounds over `case`."""
    evidence = gather(case)
    readings = [opening_reading(case, evidence, p) for p in case.panel.personas]
    long_answer = len(case.submission.answer.split()) >= SECOND_CREDIT_WORDS
    talk = Discourse.of(case.submission.answer,
                        [f for found in evidence.findings.values() for f in found],
                        case.analysis,
                        DISTINCT_QUOTES if long_answer else 0)
    opening, leads, concerns = _openings(case, evidence, readings, talk)
    debate = Debate(evidence, readings, [opening], leads, concerns, {})
    debate.rounds.append(_crosstalk(case, evidence, readings, leads, talk, debate))
    _overheard(case, evidence, readings, debate.rounds)
    if case.analysis.injection:
        held_to_the_rubric(case, evidence, readings)
    debate.rounds.append(_closings(evidence, readings, talk, debate))
    _no_echo(debate.rounds, {r.persona.id: r.persona.called for r in readings})
    return debate


def held_to_the_rubric(case: Case, evidence: Evidence, readings: list[Reading]) -> None:
    """With words to whoever rates it in the answer, no panelist ends above the rubric's
    reading (`Case.cap`): one the talk moved higher goes back to that reading before it closes,
    so its closing states the numbers the review keeps, not ones the cap would undo."""
    offset = level_offset(case.submission.level)
    for reading in readings:
        floor = next(a for a in case.assessments if a.panelist == reading.persona.id)
        if reading.score <= floor.score and VOTES.index(reading.vote) <= VOTES.index(floor.vote):
            continue
        reading.criteria = dict(floor.criteria)
        reading.score, reading.vote = floor.score, floor.vote
        reading.flag_cost = flag_cost(reading.persona, case.competency, reading.criteria, offset,
                                      reading.flags, evidence.silent, evidence.flag_weights)
        reading.moved_by = []
        reading.held_to_rubric = True


# (Opening on the space, the lookbehind moved past it, so the engine passes over other characters
# with one comparison: the same gaps as "(?<=[.!?”])\s+(?=[A-Z“])".)
_SENTENCE = re.compile(r"\s(?<=[.!?”]\s)\s*(?=[A-Z“])")


def _split_sentences(text: str) -> list[str]:
    """The sentences of a turn, never splitting inside a quotation (a quoted line may hold
    two sentences of the answer, and nothing may be written into the candidate's words)."""
    parts, start = [], 0
    for gap in _SENTENCE.finditer(text):
        if text.count("“", 0, gap.start()) == text.count("”", 0, gap.start()):
            parts.append(text[start:gap.start()])
            start = gap.end()
    return [*parts, text[start:]]


def _no_echo(rounds: list[Round], names: dict[str, str]) -> None:
    """A sentence a colleague already said is said as agreement with them, not word for word.

    In the blind openings nobody has heard anyone yet, so there the second speaker says it in
    their own name instead.
    """
    said: dict[str, list[str]] = {}
    for current in rounds:
        for index, turn in enumerate(current.turns):
            parts = _split_sentences(turn.text)
            for at, sentence in enumerate(parts):
                before = said.setdefault(sentence, [])
                before.append(turn.speaker)
                if len(before) == 1:
                    continue
                others = [names[p] for p in dict.fromkeys(before[:-1]) if p != turn.speaker]
                if not others:
                    lead = "As I said, "
                elif current.kind == "opening":
                    lead = "For my part, " if len(before) == 2 else "On my own reading too, "
                else:
                    lead = f"Like {' and '.join(others)}, "
                vocative, _, rest = sentence.partition(", ")
                if vocative in names.values() and others and current.kind != "opening":
                    # "Owen, you're right, …" said again: "Owen, I'm with Aisha: you're right, …"
                    parts[at] = f"{vocative}, I'm with {' and '.join(others)}: {rest}"
                elif vocative in names.values():
                    parts[at] = lead + sentence  # a name keeps its capital
                else:
                    parts[at] = lead + lower_first(sentence)  # "I" keeps its capital
            current.turns[index] = turn.model_copy(update={"text": " ".join(parts)})
