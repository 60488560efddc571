"""Each panelist's own reading of the answer: what it noticed, and the scores that follow.

The rubric credits a criterion from every piece of evidence in the answer. A panelist credits
it from the evidence it noticed: a lens reads closely the sentences its families care about
and skims the rest, a strict panelist does not credit hedged or vague lines, and a red flag
counts only once someone alert to it has seen it. A criterion's reading is the rubric's
score scaled by the share of its support the panelist has weighed, so a panelist who has seen
everything the rubric saw gives the rubric's score, and nothing else can move it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from roundtable import regexes as re
from roundtable.catalog.schema import HEARD, TOLD_BY_ANYONE, Criterion, Family, Persona
from roundtable.deliberation.focus import MIN_WORDS, part, segments
from roundtable.deliberation.lenses import alert_to, attends
from roundtable.deliberation.phrasing import MAX_INLINE, SETS_THE_SCENE, setting_says
from roundtable.engines.base import Case
from roundtable.evidence import lexicon
from roundtable.evidence.analysis import SPECIFIC_FACTOR
from roundtable.evidence.credit import counts_as, vague_words
from roundtable.evidence.kinds import EVIDENCE_KINDS, RED_FLAGS
from roundtable.evidence.reading import Clause, opens_on_verb
from roundtable.models import CriterionScore, OpeningScore, PanelistScore, Quote, Vote
from roundtable.scoring.panel import (
    FLAG_FAMILIES,
    STRICT_READER,
    flag_weights,
    level_offset,
    scored,
    vote_for,
)

if TYPE_CHECKING:
    from roundtable.evidence.analysis import Evidence as Found

FULL_WEIGHT = 1.0
"""Evidence weaker than this sits in a hedged or vague sentence."""
SUPPORT_CAP = 1.25
TEAM_READER = 1.4
"""A persona weighing ownership at least this much reads a line told only as "we" as the
team's doing, until the answer shows the candidate's own part in another sentence."""
PRECISE_ELSEWHERE = 2
"""A hedge is care over one detail, not vagueness, when the answer tells at least this many
other sentences of its own as concrete plain fact (a number, a date or a name)."""
GENERAL_KINDS = ("generic_claim", "vague", "hedge", "collective_we", "passive_voice")
UNCREDITED = "uncredited"
VAGUE_STEP = "vague_step"
"""Why a line credits nothing when a step of the candidate's in it leaves what it acted on
vague (`credit.vague_words`): said before the line's "we" or hedge, which it explains."""
SCENE = frozenset({"situation", "task", "timeframe", "named_entity"})
CONTEXT = SCENE | {"customer", "metric", "stakeholder"}
"""Kinds that say where a line sits in the story, not what anyone did in it."""


@dataclass(frozen=True)
class Finding:
    """A sentence the rubric credited for one criterion, with the kinds of evidence in it."""

    criterion: str
    quote: Quote
    kinds: frozenset[str]
    strength: float
    setting: bool = False
    """Only the setting of a criterion about doing something (a customer named, a number,
    a date): it counts toward the score as the rubric read it, but is no line to credit."""
    acts: bool = True
    """A clause of the line tells a step the candidate (or their team) took, as a fact: only
    then does the line show "what they did themselves"."""
    vaguely: bool = False
    """The line's steps of the candidate's own all leave what they acted on vague ("I put some
    new procedures in place"): it says that they acted, not what they did, so it does not act
    (`acts`)."""
    hedged: bool = False
    """The line is hedged or vague ("I think it went from around 5 weeks"): a strict panelist
    holds against it. A line weaker for another reason ("we launched four days late") is still
    told as fact, and a strict panelist shown it concedes."""
    hedge_words: tuple[str, str] | None = None
    """What makes the line hedged or vague: the kind ("hedge" or "vague") and its words as they
    stand in the answer ("I think")."""
    in_scene: bool = False
    """The sentence sets the scene of the story ("The one I think about most is a churn model I
    built at …"), whatever this criterion credits in it: a poor line to lead or decide on."""
    own: bool = True
    """A clause of the line is told by the candidate about themselves or their team, as a fact
    (a step, their grounds, their objection): only then does it show what they did in any way,
    never a line about what someone else did or thought."""
    theirs: frozenset[str] = frozenset()
    others: bool = False
    """Someone else acts or speaks in a clause of the line."""
    said_of: bool = False
    """Someone else's words stand in the line ("My manager said that I had shown courage"):
    with no step of the candidate's beside them, the line is hearsay about the candidate."""
    said: frozenset[str] = frozenset()
    """Kinds found only in what someone else said ("My manager said I had shown courage"):
    another's words about the candidate are no evidence, save a customer's feedback."""
    """Kinds found only in someone else's clause of the line ("she asked us to scope it"): what
    another person did shows nothing of the candidate's, unless it is true whoever tells it."""
    team_only: bool = False
    """The candidate's side of the line is told only as "we" ("we rolled it back"): it reads
    as their own step or as the team's, and the rest of the answer settles which."""
    unowned: bool = False
    """An outcome told with nobody's hand in it ("clicks on routine orders dropped by a
    third"): it reads as the candidate's result or as the backdrop of the story."""
    own_step: Quote | None = None
    """For a "we" line or an unowned outcome, the candidate's own part in the story told in
    another sentence ("I proposed we hold Android a week", "I had a conflict with a product
    manager"): the "we" includes them, the outcome is of a story they are in. None: the
    answer never tells one. A line credited for a criterion carries it (`criterion`, `use`);
    a clause credited for none carries neither, and is named rather than quoted."""
    precise: Quote | None = None
    """For a hedged line, a concrete line of their own told as plain fact in another
    sentence, when the answer tells PRECISE_ELSEWHERE such sentences: the hedge is care over
    one detail. None: the answer is loose elsewhere too, and the hedge reads as vagueness."""
    numbered: bool = False
    """The line gives a number ("sales were up about 12%"): a hedge on it qualifies a figure
    the line still tells, and the rubric has already weighed the line for its hedge."""
    context: str | None = None
    """What the line gives its criterion as context, quoted as such and never as credit: for
    the setting (above), the context in it ("puts a number on the situation"), where that is
    true and worth saying of the whole line (`phrasing.setting_says`); for a line quotable as
    credit for nothing, every clause of which tells the situation ("the code review culture
    was pretty relaxed, people would approve PRs unread"), that it sets the scene."""

    @property
    def scenic(self) -> bool:
        """Whether the line is quoted as context for its criterion."""
        return self.context is not None
    focus: Quote | None = None
    """The clauses of the line that hold its evidence for this criterion, when they are less
    than the whole line and read as the line does (the same step, the same hedge): what a turn
    quotes. The line itself (`quote`) stays what panelists weigh and name."""

    @property
    def cue_only(self) -> bool:
        """Credited only for a competency's phrase ("churn" in "a churn model"): the line shows
        nothing a colleague could name, so it is the weakest line to argue with."""
        return all(k.startswith("cue") for k in self.kinds)

    @property
    def scene_only(self) -> bool:
        """Only sets the scene (a situation, a date, a name): nothing a lens would hire on."""
        return self.kinds <= SCENE


@dataclass(frozen=True)
class Flag:
    """A red flag in the answer and the criteria it counts against."""

    kind: str
    quote: Quote
    criteria: tuple[str, ...]


@dataclass
class Reading:
    """One panelist's reading, as it stands at some point in the deliberation."""

    persona: Persona
    criteria: dict[str, int]
    weighed: dict[str, set[int]]
    """Per criterion, the starts of the findings this panelist has weighed."""
    flags: set[str]
    """Red flags this panelist has seen."""
    score: float
    vote: Vote
    opening: OpeningScore
    moved_by: list[Move] = field(default_factory=list)
    flag_cost: float = 0.0
    """What the red flags this panelist holds take off its score (`scoring.panel.flag_cost`)."""
    held_to_rubric: bool = False
    """The talk moved this panelist above the rubric's reading of an answer that speaks to
    whoever rates it, and it went back to that reading (`debate.held_to_the_rubric`)."""

    def assessment(self) -> PanelistScore:
        """The panelist's numbers now, with its opening beside them."""
        return PanelistScore(panelist=self.persona.id, score=self.score,
                             vote=self.vote, criteria=dict(self.criteria),
                             opening=self.opening)


@dataclass(frozen=True)
class Move:
    """A change of mind, logged: who moved whom, on which criterion, because of which quote."""

    panelist: str
    by: str
    criterion: str
    before: int
    after: int
    quote: Quote
    vote_before: Vote
    vote_after: Vote


def by_line(moves: list[Move]) -> list[list[Move]]:
    """A panelist's moves grouped by who moved it with which line, in the order first made:
    one line heard can move several criteria, and is told as one change of mind."""
    groups: dict[tuple[str, int], list[Move]] = {}
    for move in moves:
        groups.setdefault((move.by, move.quote.start), []).append(move)
    return list(groups.values())


@dataclass(frozen=True)
class Evidence:
    """What the answer offers each criterion, shared by every panelist's reading."""

    findings: dict[str, list[Finding]]
    flags: list[Flag]
    rubric: dict[str, CriterionScore]
    criteria: dict[str, Criterion]
    general: list[Quote]
    """Lines that credit nothing (generalities, hedges, filler, 'we' or passive narration),
    in answer order: concerns to quote. Each quote's `use` is "concern"."""
    general_kind: dict[int, str]
    """Why each general line is a concern: the kind of evidence found in it, by its start."""
    scene: list[Quote] = field(default_factory=list)
    """Lines nothing else quotes that the clause reader reads as setting the scene ("It got a
    bit tense in a couple of meetings.") or as what lasted ("The guideline is still on our
    wiki"), in answer order: context a review may quote."""
    scene_says: dict[int, str] = field(default_factory=dict)
    """What each scene line gives the story, by its start."""
    flag_weights: dict[str, float] = field(default_factory=dict)
    """The share of a flag's points each conduct flag costs (`scoring.panel.flag_weights`)."""
    _quotable: dict[str, tuple[list[Finding], tuple[Finding, ...]]] = field(
        default_factory=dict, init=False, repr=False, compare=False)
    _support: dict[str, tuple[list[Finding], float]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    @property
    def silent(self) -> frozenset[str]:
        """The criteria the answer says nothing about, for or against (`CriterionScore.silent`)."""
        return frozenset(cid for cid, score in self.rubric.items() if score.silent)

    def quotable(self, criterion: str) -> tuple[Finding, ...]:
        """The findings a panelist may quote as credit: those whose evidence shows the
        criterion itself (its own kind, or its cue), not only the setting or a step of some
        other kind ("I built the parser" is no line for how a conversation was held)."""
        # Asked for at every turn of every panelist, about two hundred times a review: kept
        # for the list of findings it was made from (`gather` replaces the lists it settles).
        found = self.findings[criterion]
        kept = self._quotable.get(criterion)
        if kept is None or kept[0] is not found:
            kept = (found, self._quotable_of(criterion, found))
            self._quotable[criterion] = kept
        return kept[1]

    def support(self, criterion: str) -> float:
        """How much all of a criterion's findings support it (`criterion_score`'s whole), kept
        like `quotable` for the list of findings it was made from: asked at every rescore of
        every panelist and every line weighed in a disagreement."""
        found = self.findings[criterion]
        kept = self._support.get(criterion)
        if kept is None or kept[0] is not found:
            kept = (found, _support(found))
            self._support[criterion] = kept
        return kept[1]

    def _quotable_of(self, criterion: str, found: list[Finding]) -> tuple[Finding, ...]:
        shows = self.criteria[criterion].evidencing
        # In a line about what someone else did ("My manager thanked me for being thorough"),
        # only what is true whoever tells it shows anything.
        return tuple(f for f in found if not f.setting and not (
            f.others and not f.own and f.said_of and not f.kinds & HEARD) and (
            # A line with no step of the candidate's beside someone else's ("the culture was
            # relaxed, people would approve PRs unread") shows only what anyone may tell.
            ((f.kinds - f.theirs if f.own or not f.others else set())
             | f.kinds & TOLD_BY_ANYONE - f.said) & shows
            or any(k.startswith("cue") for k in f.kinds)))

    def finding(self, criterion: str, start: int) -> Finding:
        """The finding of `criterion` whose quote starts at `start`."""
        return next(f for f in self.findings[criterion] if f.quote.start == start)


class _Lines:
    """What a line of one answer shows (`_acts`, `_own`, `_hedging`), worked out once: a
    sentence credited for several criteria, and the part of it each quotes, is asked about
    by each of them."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self._acts: dict[tuple[int, int, str], bool] = {}
        self._own: dict[tuple[int, int, str], bool] = {}
        self._hedging: dict[tuple[int, int, str], tuple[bool, tuple[str, str] | None]] = {}
        self._focus: dict[tuple[int, int, str, frozenset[int]], tuple[int, int, str] | None] = {}

    def acts(self, quote: Quote) -> bool:
        key = (quote.start, quote.end, quote.quote)
        if key not in self._acts:
            self._acts[key] = _acts(self.case, quote)
        return self._acts[key]

    def own(self, quote: Quote) -> bool:
        key = (quote.start, quote.end, quote.quote)
        if key not in self._own:
            self._own[key] = _own(self.case, quote)
        return self._own[key]

    def hedging(self, quote: Quote) -> tuple[bool, tuple[str, str] | None]:
        key = (quote.start, quote.end, quote.quote)
        if key not in self._hedging:
            self._hedging[key] = _hedging(self.case, quote)
        return self._hedging[key]

    def focus(self, finding: Finding, at: list[int]) -> Quote | None:
        """`_focus`, worked out once for a line and the places found in it (what it depends
        on besides them, `acts`, `own` and `hedging`, is read from the line itself); the part
        is quoted for the finding's own criterion."""
        quote = finding.quote
        key = (quote.start, quote.end, quote.quote, frozenset(at))
        if key not in self._focus:
            found = _focus(self.case, self, finding, at)
            self._focus[key] = None if found is None else (found.start, found.end, found.quote)
            return found
        span = self._focus[key]
        return None if span is None else quote.model_copy(
            update={"start": span[0], "end": span[1], "quote": span[2]})


def gather(case: Case) -> Evidence:
    """Every credited sentence per criterion (the rubric's quotes first) and every red flag."""
    rubric = {s.id: s for s in case.criteria}
    reader = _Lines(case)
    findings: dict[str, list[Finding]] = {}
    scenes = {e.start for e in case.analysis.of("situation")}
    for criterion in case.competency.criteria:
        by_start: dict[int, tuple[Quote, set[str], float]] = {}
        mine: dict[int, set[str]] = {}
        spoken: dict[int, set[str]] = {}
        found_at: dict[int, list[int]] = {}
        for item in case.analysis.of(*criterion.signals.positive):
            clause = case.analysis.clause_at(item.at)
            if item.strength <= 0:
                continue
            quote, kinds, strength = by_start.get(item.start, (item.as_quote(), set(), 0.0))
            # Two kinds quoted from one clause, one to its end ("…within the client's budget,
            # which had about 6% contingency left"): the line is the longer, so what is said
            # of it is in what is quoted.
            quote = quote if quote.end >= item.end else item.as_quote()
            other = clause is not None and clause.owner == "other"
            kinds.add(counts_as(item.kind, clause))
            if clause is None or not (other or clause.actor == "other"):
                mine.setdefault(item.start, set()).add(item.kind)
            if clause is None or not (clause.reported and other) or item.kind in HEARD:
                spoken.setdefault(item.start, set()).add(item.kind)
            by_start[item.start] = (quote, kinds, max(strength, item.strength))
            found_at.setdefault(item.start, []).append(item.at)
        told = [q.start for q in rubric[criterion.id].evidence]
        for quote in rubric[criterion.id].evidence:
            # A quote the rubric took from a competency cue has no evidence kind of its own.
            by_start.setdefault(quote.start, (quote, {"cue"}, 1.0))
        core = set(criterion.signals.positive) - CONTEXT
        ordered = sorted(by_start, key=lambda s: (s not in told, told.index(s) if s in told
                                                  else 0, -by_start[s][2], s))
        findings[criterion.id] = [
            Finding(criterion.id,
                    by_start[s][0].model_copy(update={"criterion": criterion.id, "use": "credit"}),
                    frozenset(by_start[s][1]), by_start[s][2],
                    bool(core) and not by_start[s][1] & core
                    and not any(k.startswith("cue") for k in by_start[s][1])
                    # "The one I think about most is a churn model I built at …" sets the
                    # scene; the competency's word in it ("churn") is no line to argue from.
                    or by_start[s][1] == {"cue"} and s in scenes,
                    reader.acts(by_start[s][0]), _vaguely(case, by_start[s][0]),
                    *reader.hedging(by_start[s][0]),
                    in_scene=s in scenes, own=reader.own(by_start[s][0]),
                    theirs=frozenset(by_start[s][1] - mine.get(s, set()) - {"cue"}),
                    others=_others(case, by_start[s][0]),
                    said_of=_others(case, by_start[s][0], reported=True),
                    said=frozenset(by_start[s][1] - spoken.get(s, set()) - {"cue"}),
                    numbered=_numbered(case, s))
            for s in ordered
        ]
        # A finding is only copied where its field changes (`replace` costs a few microseconds,
        # several times for every finding of every review).
        findings[criterion.id] = [
            f if focus is None else replace(f, focus=focus) for f in findings[criterion.id]
            for focus in [reader.focus(f, found_at.get(f.quote.start, []))]]
    _whole_where_one(findings)
    flags = []
    for kind, families in FLAG_FAMILIES.items():
        hits = case.analysis.of(kind)
        bears = [c.id for c in case.competency.criteria
                 if kind in c.signals.negative or c.family in families]
        # The criteria it can lower; where none has evidence to lower, it is still raised, and
        # where the competency has no criterion it bears on, it still costs the overall score
        # of the panelists whose lens weighs it (`scoring.panel.flag_points`).
        against = tuple(cid for cid in bears if rubric[cid].evidence) or tuple(bears)
        if hits:
            quote = hits[0].as_quote().model_copy(
                update={"criterion": against[0] if against else None, "use": "flag"})
            flags.append(Flag(kind, quote, against))
    # A line carrying a red flag is never a reason to hire, whatever else it mentions.
    # (Story flags mark an answer with no story, quoting where it starts: not a flagged line.)
    red = [e for kind in FLAG_FAMILIES if kind not in ("hypothetical", "no_story")
           for e in case.analysis.of(kind)]
    for cid, kept in findings.items():
        findings[cid] = [f for f in kept if not any(
            f.quote.start <= e.at < f.quote.end or e.start <= f.quote.start < e.end
            for e in red)]
    credited = {f.quote.start for found in findings.values() for f in found}
    general: list[Quote] = []
    why: dict[int, str] = {}
    # Lines told in generalities first, then any other line no criterion credits.
    found = case.analysis.of(*GENERAL_KINDS) + [
        e for e in case.analysis.of(*EVIDENCE_KINDS) if e.kind not in RED_FLAGS]
    spans = [(f.quote.start, f.quote.end) for found in findings.values() for f in found]
    for item in found:
        # A line that shares words with a credited quote is not one that "earns nothing".
        if any(start < item.end and item.start < end for start, end in spans):
            continue
        if item.start not in credited and item.start not in why:
            general.append(item.as_quote().model_copy(update={"use": "concern"}))
            # A red flag in the line is the reason it credits nothing, before any hedge in it.
            flagged = next((e.kind for e in red if item.start <= e.at < item.end), None)
            why[item.start] = flagged or _unreal(case, item.sentence) or (
                VAGUE_STEP if _vague_step_in(case, item) else
                item.kind if item.kind in GENERAL_KINDS and not _own_part_told(case, item)
                and not _we_set_the_scene(case, item) else UNCREDITED)
    evidence = Evidence(findings, flags, rubric, {c.id: c for c in case.competency.criteria},
                        general, why, flag_weights=flag_weights(case.analysis))
    evidence.findings.update(_settled(case, evidence))
    for cid, lines in evidence.findings.items():
        quotable = evidence.quotable(cid)
        evidence.findings[cid] = [f if context == f.context else replace(f, context=context)
                                  for f in lines
                                  for context in [_context(case, f, f in quotable)]]
    for line, says in _scene(case, evidence):
        evidence.scene.append(line)
        evidence.scene_says[line.start] = says
    return evidence


def _scene(case: Case, evidence: Evidence) -> list[tuple[Quote, str]]:
    """Sentences nothing else quotes (no line credited or setting a criterion's scene, no red
    flag, no general line), with what they give the story: every clause of the sentence sets
    the scene (a situation or a task, as a fact or as how things usually went, "people would
    approve PRs unread"; or the time a step was taken, "When I joined the team", not "As the
    lead I tried to keep everyone going"), or it tells, as a fact or a habit, what still holds
    since ("The guideline is still on our wiki and new hires read it")."""
    taken = [(f.quote.start, f.quote.end) for cid in evidence.criteria
             for f in (*evidence.quotable(cid), *(f for f in evidence.findings[cid] if f.scenic))]
    taken += [(f.quote.start, f.quote.end) for f in evidence.flags]
    taken += [(q.start, q.end) for q in evidence.general]
    answer = case.submission.answer
    lines = []
    for start, end in _free_runs(case, taken):
        clauses = case.analysis.overlapping(start, end)
        if not clauses or any(c.reported for c in clauses) or len(
                answer[start:end].split()) < MIN_WORDS:
            continue
        if all(_scene_clause(c) for c in clauses):
            says = SETS_THE_SCENE
        elif (all(c.mode in ("fact", "habitual") for c in clauses)
              and any(c.mode == "habitual" for c in clauses)
              and _STILL.search(case.submission.answer, start, end)):
            says = "tells what has lasted since"
        else:
            continue
        lines.append((Quote(quote=case.submission.answer[start:end], start=start, end=end),
                      says))
    return lines


def _free_runs(case: Case, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each sentence's runs of pieces (between punctuated clause breaks) that no span in
    `taken` touches: a sentence part of which is quoted for a criterion may set the scene in
    the rest ("When I joined my current team as a senior engineer")."""
    runs = []
    # A run starts and ends where a clause does: a comma inside a list ("legal, security and
    # product") is no place to start quoting.
    starts = {c.span.start for c in case.analysis.clauses}
    ends = {c.span.end for c in case.analysis.clauses}
    for sentence in case.analysis.sentences:
        run: list[tuple[int, int]] = []
        span = sentence.span
        for a, b in [*segments(case.submission.answer[span.start:span.end], span.start),
                     (span.end, span.end)]:
            if a < span.end and not any(s < b and a < e for s, e in taken):
                run.append((a, b))
            elif run:
                runs.append((run[0][0], run[-1][1]))
                run = []
    return [(a, b) for a, b in runs if a in starts and (b in ends or b + 1 in ends)]


def _scene_clause(clause: Clause) -> bool:
    """A clause that sets the scene: a situation or a task, as a fact or as how things usually
    went, or the time a step was taken ("When I joined the team")."""
    # Others' "would" in the situation ("people would approve PRs without looking") tells how
    # things went then, whatever mode the reader gave it: no one imagines the scene.
    return (clause.role in ("situation", "task") and clause.mode in ("fact", "hedged", "habitual")
            or clause.role == "situation" and clause.mode == "hypothetical"
            and clause.actor in ("other", "none")
            or clause.mode == "fact" and bool(_TIME_CLAUSE.match(clause.text)))


def _context(case: Case, finding: Finding, quotable: bool) -> str | None:
    """What the line gives its criterion as context, if it is quoted as such (`context`)."""
    scene = _sets_scene(case, finding.quote)
    if finding.setting:
        # Any step of theirs, "after a while I stopped tagging him" too (a step with its time
        # in front, which `acts` leaves out as backdrop).
        step = any(c.by_candidate and c.actor in ("candidate", "team") and c.mode == "fact"
                   and c.role in ("action", "decision") and not c.reported
                   for c in case.analysis.overlapping(finding.quote.start, finding.quote.end))
        return setting_says(finding.kinds - _timeless(case, finding.quote), step, scene)
    return SETS_THE_SCENE if scene and not quotable else None


def _timeless(case: Case, quote: Quote) -> frozenset[str]:
    """`timeframe`, when every time the line names sits in a clause told as a habit or a
    general truth ("a CV doesn't tell you how someone works on a Saturday night"): such a time
    pins nothing of the story."""
    times = [e.at for e in case.analysis.evidence
             if e.kind == "timeframe" and quote.start <= e.at < quote.end]
    told = [c for c in case.analysis.clauses
            if any(c.span.start <= at < c.span.end for at in times)]
    return frozenset({"timeframe"}) if told and all(
        c.mode != "fact" and not c.narrated for c in told) else frozenset()


def _sets_scene(case: Case, quote: Quote) -> bool:
    """Whether every clause of the line sets the scene."""
    clauses = case.analysis.overlapping(quote.start, quote.end)
    return bool(clauses) and all(_scene_clause(c) and not c.reported for c in clauses)


# What still holds since the story ("The guideline is still on our wiki"); not the "since" of
# a reason ("since they were seeing the same thing").
_STILL = re.compile(r"\b(?:still|ever since|since then|to this day|from then on|any ?more)\b",
                    re.IGNORECASE)


def _settled(case: Case, evidence: Evidence) -> dict[str, list[Finding]]:
    """Each ambiguous line with what the rest of the answer says about it: a "we" line or an
    unowned outcome with the candidate's own part told elsewhere, a hedged line with a concrete
    fact told elsewhere. Each settling line is given as a line credited for some criterion
    (so it can be cited as such) where one holds it."""
    analysis = case.analysis
    quotable: list[Quote] | None = None  # the credited lines, made only if a step is looked up
    # The candidate's own part told as fact, in the dispute or in what was done about it.
    steps = [c for c in analysis.clauses
             if c.actor == "candidate" and c.owner == "candidate" and c.mode == "fact"
             and c.role in ("action", "decision", "grounds", "dispute")
             # a terse bullet's step has the candidate as its unsaid subject ("- Asked her to
             # audit the ten pilot files herself")
             and (_OWN_STEP.search(c.text) or opens_on_verb(c.text))
             and not _JOINT.search(c.text)
             and not _TIME_CLAUSE.match(c.text) and len(c.text.split()) >= 4
             # filler says what kind of person they are, not what they did ("I made sure
             # everyone was aligned and on the same page")
             and not analysis.sentences[c.sentence].filler]
    concrete: dict[int, Quote] = {}
    for cid in evidence.criteria:
        for f in evidence.quotable(cid):
            if (not f.hedged and f.own and f.strength >= SPECIFIC_FACTOR
                    and not f.setting and not f.theirs):
                concrete.setdefault(analysis.sentence_at(f.quote.start),
                                    f.quote.model_copy(update={"use": "credit"}))
    settled: dict[str, list[Finding]] = {}
    for cid, found in evidence.findings.items():
        kept = []
        for f in found:
            sentence = analysis.sentence_at(f.quote.start)
            team = _team_only(case, f.quote)
            unowned = not team and _unowned(case, f)
            # The nearest step told before the line, the opening sentence last: it usually
            # introduces the candidate ("I run the early shift at a depot"), it is no part of
            # what they did about the story.
            step = (min((c for c in steps if c.sentence != sentence), default=None,
                        key=lambda c: (c.sentence == 0, c.sentence > sentence,
                                       abs(sentence - c.sentence)))
                    if team or unowned else None)
            elsewhere = [q for s, q in concrete.items() if s != sentence]
            own_step = None
            if step is not None:
                if quotable is None:
                    quotable = [line.quote.model_copy(update={"use": "credit"})
                                for criterion in evidence.criteria
                                for line in evidence.quotable(criterion)]
                own_step = next(
                    (q for q in quotable if q.start < step.span.end and step.span.start < q.end),
                    Quote(quote=step.text, start=step.span.start, end=step.span.end))
            precise = (elsewhere[0] if f.hedged and len(elsewhere) >= PRECISE_ELSEWHERE
                       else None)
            # Most lines are settled as they stand: copied only where something is told.
            unchanged = (team, unowned, own_step, precise) == (False, False, None, None) == (
                f.team_only, f.unowned, f.own_step, f.precise)
            kept.append(f if unchanged else replace(
                f, team_only=team, unowned=unowned, own_step=own_step, precise=precise))
        settled[cid] = kept
    return settled


def _whole_where_one(findings: dict[str, list[Finding]]) -> None:
    """A line quoted for one part only is quoted whole (with whom, and about what), unless it
    is too long to quote whole: its parts matter where criteria read different parts of it,
    or where another finding's line overlaps it ("When I joined the team, the review culture
    was relaxed" beside "the review culture was relaxed, people approved PRs unread")."""
    parts: dict[int, set[tuple[int, int]]] = {}
    lines = {(f.quote.start, f.quote.end) for found in findings.values() for f in found}
    for found in findings.values():
        for f in found:
            shown = f.focus or f.quote
            parts.setdefault(f.quote.start, set()).add((shown.start, shown.end))
    for cid, found in findings.items():
        findings[cid] = [
            f if f.focus is None or len(parts[f.quote.start]) > 1
            or len(f.quote.quote) > MAX_INLINE
            or any(a < f.quote.end and f.quote.start < b and (a, b) != (f.quote.start, f.quote.end)
                   for a, b in lines)
            else replace(f, focus=None) for f in found]


def _focus(case: Case, reader: _Lines, finding: Finding, at: list[int]) -> Quote | None:
    """The part of the line to quote for its criterion: only where it reads as the whole line
    does, so what a turn says of the line (a step of theirs, a hedge) stays true of what it
    quotes."""
    found = part(case.analysis, case.submission.answer, finding.quote, at)
    # Leaving out someone else's clause ("Nobody was in charge of it, so I decided to take it
    # on") keeps the candidate's own words: what a turn says of them is still true.
    if found is None or (reader.acts(found), reader.own(found), reader.hedging(found)[0]) != (
            finding.acts, finding.own, finding.hedged):
        return None
    return found


# The candidate as the subject of their own part in the story ("I had a conflict with a PM",
# "I pulled our incident logs"); "she and I worked fine together" and "I think" tell nothing
# of theirs alone.
_OWN_STEP = re.compile(r"\bI\b(?!\W+(?:think|guess|believe|feel|felt|hope|suppose)\b)")
# "When I joined the team" sets the time; "After the meeting I pulled our incident logs" is a
# step with the time in front of it.
_TIME_CLAUSE = re.compile(r"\W*(?:when|while|as|since|once|if|after|before|until|because)\s+"
                          r"(?:I|we|he|she|they|it|you)\b", re.IGNORECASE)
_JOINT = re.compile(r"\b(?:together|each other|both of us|one another)\b", re.IGNORECASE)


def _team_only(case: Case, quote: Quote) -> bool:
    """Whether the candidate's side of the line is told only as "we"."""
    mine = [c for c in case.analysis.overlapping(quote.start, quote.end)
            if c.by_candidate and not c.reported]
    return any(c.actor == "team" for c in mine) and not any(c.actor == "candidate" for c in mine)


def _unowned(case: Case, finding: Finding) -> bool:
    """Whether the line credits an outcome and no clause of it has the candidate or their
    team acting: the outcome is told with nobody's hand in it."""
    if not finding.kinds & {"result", "quantified_result"}:
        return False
    clauses = case.analysis.overlapping(finding.quote.start, finding.quote.end)
    if not clauses or any(c.actor in ("candidate", "team") for c in clauses):
        return False
    # "Since then it hasn't failed once" after a step of theirs says what came of that step:
    # the link gives the outcome its hand.
    return not (_SEQUEL.match(clauses[0].text) and any(
        c.actor == "candidate" and c.mode == "fact" and c.role in ("action", "decision")
        and c.span.end <= clauses[0].span.start for c in case.analysis.clauses))


# What opens an outcome told as what came of the step before it.
_SEQUEL = re.compile(r"^\W*(?:(?:and|so|but)\W+)?(?:since then|ever since|after that|from then "
                     r"on|as a result|because of (?:this|that|it)|thanks to (?:this|that|it)|"
                     r"since (?:that|the) (?:day|point|change|fix))\b", re.IGNORECASE)


def _vague_step_in(case: Case, item: Found) -> bool:
    return any(vague_words(c) is not None for c in case.analysis.overlapping(item.start,
                                                                               item.end))


def _own_part_told(case: Case, item: Found) -> bool:
    """A "we" line that also says what the candidate did ("I proposed we hold Android a week")
    does not leave their own part unclear."""
    return item.kind == "collective_we" and "ownership" in case.analysis.sentences[
        item.sentence].kinds


def _we_set_the_scene(case: Case, item: Found) -> bool:
    """A "we" line that tells no step of the team's ("I was operations manager, we have day
    shift and night shift") sets the scene: it hides no part of the candidate's."""
    return item.kind == "collective_we" and not any(
        c.actor == "team" and c.role in ("action", "decision")
        for c in case.analysis.overlapping(item.start, item.end))


# "When I joined the team, …" sets the time for what follows; the step is in the main clause.
_BACKDROP = re.compile(r"\W*(?:when|while|as|since|once|if|after|before|until|because)\b",
                       re.IGNORECASE)


def _steps(case: Case, quote: Quote) -> list[Clause]:
    return [c for c in case.analysis.overlapping(quote.start, quote.end)
            if c.by_candidate and c.actor in ("candidate", "team") and c.mode == "fact"
            and c.role in ("action", "decision") and not c.reported
            and not _BACKDROP.match(c.text)]


def _acts(case: Case, quote: Quote) -> bool:
    return any(vague_words(c) is None for c in _steps(case, quote))


def _vaguely(case: Case, quote: Quote) -> bool:
    steps = _steps(case, quote)
    return bool(steps) and all(vague_words(c) is not None for c in steps)


def _numbered(case: Case, start: int) -> bool:
    at = case.analysis.sentence_at(start)
    return at >= 0 and "metric" in case.analysis.sentences[at].kinds


def _own(case: Case, quote: Quote) -> bool:
    return any(c.by_candidate and c.actor in ("candidate", "team") and c.mode in ("fact", "hedged")
               and not c.reported for c in case.analysis.overlapping(quote.start, quote.end))


def _others(case: Case, quote: Quote, reported: bool = False) -> bool:
    return any((c.actor == "other" or c.owner == "other") and (c.reported or not reported)
               for c in case.analysis.overlapping(quote.start, quote.end))


# The words that hedge a clause the clause reader found hedged ("I felt like new grads needed
# more time"), to name the hedge in the answer's own words where the lexicon has none.
_CLAUSE_HEDGE = re.compile(r"\b(?:I|we) (?:felt|feel|guess|think|believe)(?: like)?\b|"
                           r"\b(?:something like|I want to say|roughly|around|apparently|"
                           r"seem(?:s|ed)? (?:to|like)|(?<!\bhe )(?<!\bshe )(?<!\bthey )"
                           r"seem(?:s|ed)?)\b",
                           re.IGNORECASE)


def _hedging(case: Case, quote: Quote) -> tuple[bool, tuple[str, str] | None]:
    """Whether a line is hedged or vague, and what makes it so."""
    words = next(((kind, quote.quote[m.start():m.end()]) for kind in ("hedge", "vague")
                  for m in lexicon.finditer(kind, quote.quote)), None)
    hedges = [c for c in case.analysis.overlapping(quote.start, quote.end)
              if c.mode == "hedged"]
    if words is None:
        words = next((("hedge", m.group(0)) for c in hedges
                      for m in [_CLAUSE_HEDGE.search(c.text)]
                      if m is not None and c.span.start + m.start() >= quote.start
                      and c.span.start + m.end() <= quote.end), None)
    if words is None:
        # A step of their own that leaves what it acted on vague ("we renegotiated some
        # contracts") is as loose as a vague word: nothing in it could be checked.
        words = next((("vague", quote.quote[at - quote.start:end - quote.start])
                      for c in case.analysis.overlapping(quote.start, quote.end)
                      for at, end in [vague_words(c) or (-1, -1)]
                      if at >= quote.start and end <= quote.end), None)
    # A clause hedged by words outside the quoted line ("…went back to normal, maybe even a bit
    # better") leaves the line itself told as fact; one read as hedged with no such words found
    # still counts.
    return words is not None or any(
        _CLAUSE_HEDGE.search(c.text) is None and next(lexicon.finditer("hedge", c.text), None)
        is None for c in hedges), words


# A habit that began with the story is what came of it, not what they usually do.
_LASTING = re.compile(r"\b(?:since|ever since|still|to this day|anymore|any more|from then on)\b",
                      re.IGNORECASE)


def _unreal(case: Case, sentence: int) -> str | None:
    """"hypothetical" or "habitual" when every clause of the sentence is told that way: what
    they would do or usually do is the reason it credits nothing, more than any hedge in it."""
    clauses = case.analysis.clauses_of(sentence)
    modes = {c.mode for c in clauses}
    if modes == {"habitual"} and any(_LASTING.search(c.text) for c in clauses):
        return None  # "they still use the plan, and we have kept above 92 every month since"
    return next(iter(modes)) if len(modes) == 1 and modes <= {"hypothetical", "habitual"} \
        else None


def _support(findings: list[Finding]) -> float:
    best: dict[str, float] = {}
    for item in findings:
        for kind in item.kinds:
            best[kind] = max(best.get(kind, 0.0), min(item.strength, SUPPORT_CAP))
    return sum(best.values())


def criterion_score(evidence: Evidence, criterion: str, weighed: set[int], flags: set[str]) -> int:
    """A criterion's score from the findings weighed and the red flags seen."""
    rubric = evidence.rubric[criterion].score
    everything = evidence.findings[criterion]
    if not everything:
        return rubric
    total = evidence.support(criterion)
    seen = _support([f for f in everything if f.quote.start in weighed])
    share = seen / total if total else 1.0
    score = rubric - round((rubric - 1) * (1.0 - share))
    unseen = sum(1 for f in evidence.flags if criterion in f.criteria and f.kind not in flags)
    # The rubric takes about a point and a half off per red flag; one not seen is a point back.
    return max(1, min(5, score + unseen))


def discounts(persona: Persona, finding: Finding) -> bool:
    """Whether a strict panelist, reading on its own, sets the line aside as weak evidence (a
    hedged or vague line, an outcome told as late); a colleague who raises such a line moves it
    unless the line is hedged or vague."""
    return persona.strictness >= STRICT_READER and finding.strength < FULL_WEIGHT


def reads_as_not_theirs(persona: Persona, finding: Finding) -> bool:
    """Whether the panelist, reading on its own, takes a "we" line as the team's doing and an
    outcome with nobody's hand in it as the story's backdrop: one whose lens weighs ownership
    reads them so until the answer shows the candidate's own part."""
    return ((finding.team_only or finding.unowned)
            and persona.lens.get("ownership", 1.0) >= TEAM_READER)


def holds_against(persona: Persona, finding: Finding) -> bool:
    """Whether the panelist keeps a line out even once a colleague has raised it: a strict
    one does for a hedged or vague line, not for one told as plain fact, nor for a hedge in an
    answer precise elsewhere (the hedge is care over one detail), nor for a hedged line that
    still gives a number (the rubric has weighed the line for its hedge
    already, and the concreteness penalty the answer's looseness: holding the line out as well
    would count one hedge three times); one reading "we" as the team's, or an outcome as
    backdrop, does while the answer tells no step of the candidate's own."""
    return (discounts(persona, finding) and finding.hedged and finding.precise is None
            and not finding.numbered
            or reads_as_not_theirs(persona, finding) and finding.own_step is None)


def credits(persona: Persona, finding: Finding, family: Family) -> bool:
    """Whether the panelist, reading on its own, weighs this finding."""
    return (not discounts(persona, finding) and not reads_as_not_theirs(persona, finding)
            and attends(persona, finding.kinds, family))


def opening_reading(case: Case, evidence: Evidence, persona: Persona) -> Reading:
    """What `persona` makes of the answer before anyone else speaks."""
    quotable = {cid: {f.quote.start for f in evidence.quotable(cid)} for cid in evidence.findings}
    weighed = {
        # The setting of a story, and lines that count toward a criterion without showing the
        # candidate's doing (nobody could quote them as credit to a colleague), are read by
        # everyone alike; lenses differ on what was done.
        cid: {f.quote.start for f in found
              if f.setting or credits(persona, f, evidence.criteria[cid].family)
              or f.quote.start not in quotable[cid] and not holds_against(persona, f)}
        for cid, found in evidence.findings.items()
    }
    flags = {f.kind for f in evidence.flags if alert_to(persona, f.kind)}
    scores = {cid: criterion_score(evidence, cid, weighed[cid], flags) for cid in weighed}
    offset = level_offset(case.submission.level)
    score, cost = scored(persona, case.competency, scores, offset, flags, evidence.silent,
                         evidence.flag_weights)
    opening = OpeningScore(score=score, vote=vote_for(score), criteria=dict(scores))
    return Reading(persona, scores, weighed, flags, score, vote_for(score), opening,
                   flag_cost=cost)


def rescore(case: Case, evidence: Evidence, reading: Reading) -> None:
    """Recompute a reading's numbers after it weighed new evidence; one vote rule for all."""
    reading.criteria = {cid: criterion_score(evidence, cid, reading.weighed[cid], reading.flags)
                        for cid in reading.criteria}
    offset = level_offset(case.submission.level)
    reading.score, reading.flag_cost = scored(
        reading.persona, case.competency, reading.criteria, offset, reading.flags,
        evidence.silent, evidence.flag_weights)
    reading.vote = vote_for(reading.score)
