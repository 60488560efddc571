"""Deterministic analysis of one answer: every piece of evidence, quoted with exact offsets.

The same `Analysis` feeds the rubric's scores, the rubric engine's sentences and the LLM
engine's prompts, so both engines argue over the same evidence.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache, partial

from roundtable import regexes as re
from roundtable.evidence.across import (
    TURN,
    denial_says,
    flags_across,
    harm_waved_off,
    passes_off_strength,
    told_as_bound,
)
from roundtable.evidence.asked import (
    asks_for_outcome,
    blamed_when_asked,
    came_to_nothing,
    declined,
    evaded,
    generalised,
    handed,
    not_to_hand,
    passed_on,
    replies,
    went_against,
)
from roundtable.evidence.credit import (
    PENDING,
    PERSISTED,
    Telling,
    calls_given,
    credit,
    credit_cue,
    forecast_goes_on,
    hides_no_step,
    opening_scene,
    realised,
    steps_taken,
    telling,
    told_step,
)
from roundtable.evidence.flagging import (
    felt_by_another,
    flags_of,
    judged_thing_before,
    judges_a_thing,
    judges_someone,
    mentions_me,
    mentions_others,
    praises_only,
)
from roundtable.evidence.injection import addressed_to_reviewer
from roundtable.evidence.kinds import RED_FLAGS
from roundtable.evidence.lexicon import LESSON_OPINION, PATTERNS, finditer, possible_kinds
from roundtable.evidence.quotes import Quoted, in_others_words, quoted
from roundtable.evidence.reading import (
    Clause,
    habit_of_story,
    has_verb,
    heading_of,
    insertion,
    is_name,
    job_now,
    kept_up,
    later_bond,
    listed_in_past,
    names_in,
    opens_on_verb,
    past_telling,
    past_tense,
    questions_put,
    read_actor,
    read_answer,
    read_mode,
    scene_event,
    self_appraisal,
    subject_me,
    subject_split,
    told_in_past,
    told_later,
    understood_subject,
)
from roundtable.evidence.text import Span, clause_around, sentences, words
from roundtable.evidence.trusted import (
    CAUSE_SAID,
    EXPLAINED,
    checked_after,
    handed_search,
    taken_on_trust,
)
from roundtable.models import Flag, Quote
from roundtable.regex_gate import may_match

TOO_SHORT_WORDS = 60
"""Below this many words an answer cannot carry a situation, actions and a result."""

# Sentence-level modifiers: a generic claim ("I always...") is not evidence of past behavior at
# all, filler weakens what it qualifies, and concrete specifics strengthen it. Hedges, denials
# and hypotheticals are read per clause (see credit.py).
GENERIC_STRENGTH = 0.0
VAGUE_FACTOR = 0.5
SPECIFIC_FACTOR = 1.25

_CAPITALISED = re.compile(
    r"\b(?:[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*|[A-Z]{2,}[a-z]?s?|[A-Z]\w*\d\w*)\b"
)
_NOT_NAMES = frozenset(
    """I I'm I've I'd I'll OK Okay Yes No So And But Then When While After Before Because Also
    VP SVP CEO CTO CFO COO Director Manager Head Lead Senior Staff Principal Engineering Product
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Q1 Q2 Q3 Q4 AM PM TL DR PS""".split()
)
# An outcome told without the usual signposts ("Pages dropped to two a week") is recognised by
# where it sits: a change or a number in the last third of a story.
_SMALL = r"one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty"
_CHANGE = re.compile(
    r"\b(dropped|fell|rose|grew|declined|shrank|improved|doubled|halved|tripled|increased|"
    r"decreased|reduced|(?<!power )(?<!a )(?<!the )cut|saved|went (up|down|from)|"
    r"came (?:up|down)|got (better|worse|faster|caught)|less|"
    # the same told in the present, as a non-native speaker tells a past outcome
    r"(?:go|goes|come|comes) (?:up|down)|(?<!\bI )(?<!\bwe )(?:start|starts) (?:to \w+|\w+ing)\b|"
    # "I started documenting", "I stopped tagging him": a step of theirs, not an outcome.
    r"fewer|faster|slower|easier|smoother|calmer|(?<!\bI )(?:stopped|started)|"
    r"(?:stopped|started)(?! (?:to|\w+ing)\b)|"
    r"became|disappeared|vanished|quicker|shorter|cheaper|simpler|smaller|"
    r"went away|sold out|ran clean|stabili[sz]ed|recovered|cleared|resolved|held up|"
    # a check's reading: "the swabs came back clean", "the samples came back at 12"
    r"came back (?:at \d+|clean|negative|normal|fine|green|in spec|within)|"
    # work that went out right after the fix: "the next three month-ends went out clean"
    r"went out (?:clean|right|correct(?:ly)?|on time|without (?:a single |an? |any )?(?:error|"
    r"mistake|problem|issue|complaint)s?)|"
    # a test the work had to meet: "we passed the audit with two minor findings"
    r"(?:passed|failed) (?:the|our|its|their|both|all|every|a) (?:[\w-]+ ){0,2}(?:audits?|"
    r"inspections?|exams?|tests?|certifications?|assessments?|re-?inspections?|reviews?)|"
    # what was lost, regained: "she got her Friday evenings back" ("I got him back on the
    # phone" is a step)
    r"(?<!\bI )got (?:her|his|their|our|its|the) (?:\w+ ){0,2}back\b(?! (?:to|on|in|into)\b)|"
    # A before and after told by comparison, in any tense: "three days lost instead of six",
    # "two days, not five", "zero returns, before it was fifteen a month".
    r"instead of (?:the )?(?:about |around |roughly |nearly |over )?(?:\d|" + _SMALL + r")|"
    r"not (?:\d|" + _SMALL + r")(?! of)|(?:down|up) from|before it was|"
    r"(?:zero|no more) (?:\w+ )?(?:returns|complaints|incidents|outages|errors|tickets|"
    r"escalations|failures|defects|refunds|calls|bugs|jams|misses|rejections)|"
    # "releases got quicker", "became quicker", "grew much busier": a comparative after a change.
    r"(?:got|became|grew) (?:much |a lot |far |a bit |a little )?(?!(?:together|over|after|under|"
    r"other|never|ever|rather|either|neither|whether|later|manager|customer|user|number|order|"
    r"answer|paper|partner|member|leader|owner|power|water|offer|cover|center|centre)\b)"
    r"[a-z]{3,}er)\b",
    re.IGNORECASE,
)
RESULT_ZONE = 2 / 3
PRESENT_TELLING = 3
"""Clauses narrated in the present that make an answer a story told in the present."""

# Kinds that show a sentence narrates something done, rather than an opinion or a platitude.
_NARRATION = frozenset({"action", "ownership", "collective_we", "passive_voice", "decision"})
# Narration that still counts inside a vague sentence: a step someone took or a call made.
# "We worked on a lot of things and it went well" narrates nothing that happened.
_STEP = frozenset({"action", "ownership", "decision"})

# A never_fail flag raised only by a virtue offered as the failure (`across.passes_off_strength`)
# says so: the candidate named a failure, just not a real one.
_STRENGTH_AS_FAILURE = "offers a strength as its failure, with no harm told"
_RED_FLAG_TEXT = {
    "blame": "puts the blame on others",
    "contempt": "speaks with contempt about others",
    "emotional": "frames the story around anger or frustration",
    "never_fail": "claims never to fail or be wrong",
    "sole_credit": "takes sole credit for what a team did",
    "dismissive": "dismisses other people's input",
    "steamroll": "goes around people or forces a decision through",
    "concealment": "hides a problem from the people it affects, or bends the record",
    "hypothetical": "says what the candidate would do or usually does instead of telling what "
    "happened",
    "no_story": "tells no story of something that happened",
    "prompt_injection": "contains text addressed to the reviewer; it was ignored and "
    "cannot raise the score",
}


@dataclass(frozen=True)
class Evidence:
    """One finding: a kind of evidence and the exact quote that shows it."""

    kind: str
    start: int
    end: int
    quote: str
    sentence: int
    strength: float
    """How much weight the finding deserves: low in generic claims, high with specifics."""
    specific: bool
    """Whether its sentence carries a number, a date or a name."""
    at: int
    """Where the phrase that showed it starts (the quote may be its whole sentence)."""

    def as_quote(self) -> Quote:
        """The finding as the review's Quote model."""
        # Validated, not `model_construct`ed: the deliberation asks for some dozens a review,
        # and pydantic's validator (compiled) builds one in half the time `model_construct`
        # (Python, field by field) takes, with the same fields set.
        return Quote(quote=self.quote, start=self.start, end=self.end)


@dataclass(frozen=True)
class Sentence:
    """A sentence of the answer and what was found in it."""

    index: int
    span: Span
    kinds: frozenset[str]
    masked: bool
    """True for text addressed to the reviewer: it is quoted in a flag, never scored."""
    told: bool = False
    """A clause of it tells something that happened, whatever else the sentence claims."""
    loose: tuple[int, ...] = ()
    """Where its generic claims, hedges and vague words start (offsets into the answer)."""
    stepped: bool = False
    """A clause of it tells a step of the candidate's (or team's), apart from any vague words."""
    hedges: tuple[int, ...] = ()
    """Where its hedges start (offsets into the answer)."""
    restated: tuple[str, Inserted] | None = None
    """The sentence with its narrated present verbs put in the past, where it has any: a
    criterion's cues ("we agreed") are matched on it as on the kinds."""

    @property
    def generic(self) -> bool:
        """A claim about oneself in general rather than about something that happened.

        "I always forget that; I deleted the copy finance used" still tells an event.
        """
        return "generic_claim" in self.kinds and not self.told

    @property
    def specific(self) -> bool:
        """Carries a number, a date or a name."""
        return bool(self.kinds & {"metric", "timeframe", "named_entity"})

    @property
    def filler(self) -> bool:
        """A platitude: a generic claim, or vague words with no step taken, nothing specific
        and no clause beside them telling what happened."""
        if self.generic:
            return True
        return "vague" in self.kinds and not (self.specific or self.kinds & _STEP
                                              or self.stepped)

    @property
    def narrates(self) -> bool:
        """Tells of something someone did (an action, a decision, a first-person step).

        Filler ("I made sure everyone was aligned", "we worked on a lot of things") tells of
        nothing in particular, so it cannot dilute the share of "we" or passive narration.
        """
        return not self.filler and bool(self.kinds & _NARRATION)

    @property
    def strength(self) -> float:
        """The weight any evidence in this sentence deserves."""
        if self.filler:
            return GENERIC_STRENGTH
        factor = SPECIFIC_FACTOR if self.specific else 1.0
        return factor * (VAGUE_FACTOR if "vague" in self.kinds else 1.0)


@dataclass
class Analysis:
    """Everything found in one answer."""

    answer: str
    sentences: list[Sentence]
    evidence: list[Evidence]
    flags: list[Flag] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    """Every clause of the answer with its reading (actor, owner, mode, role)."""
    evaded: int = 0
    """How many of the interviewer's asks for a step of the candidate's own drew a reply that
    tells none (`asked.evaded`)."""
    withheld: int = 0
    """How many of the interviewer's asks for what came of the story drew a reply that tells
    nothing that did ("Did any part of it get built?" "Not formally.")."""
    handed: int = 0
    """How many of the interviewer's asks for who did the story's work drew a reply naming
    someone else ("Who found the discrepancy?" "That was Marcus.", `asked.handed`)."""
    came_to_nothing: int = 0
    """How many asks whether the thing itself came to be drew a reply saying it did not ("Was
    any of it built?" "Not in the end.", `asked.came_to_nothing`)."""
    not_to_hand: int = 0
    """How many of the interviewer's asks drew a reply saying the detail asked for is not to
    hand ("I'd have to check.", `asked.not_to_hand`)."""
    passed_on: int = 0
    """How many of the interviewer's asks drew a reply passing what was asked about to someone
    else's remit ("that's outside my remit", "the developers would know", `asked.passed_on`)."""
    declined: int = 0
    """Yes-or-no asks whether the candidate took a step whose reply opens by saying they did
    not ("Did you check the shortage with anyone else?" "No.", `asked.declined`)."""
    unattributed: bool = False
    """Whether the candidate says what came of it had other causes than what they did
    ("it's hard to attribute, because we had a new product launch at the same time")."""
    methods: int = 0
    """How many different named methods of analysis the candidate tells using ("a SIPOC", "a
    fishbone workshop", "a Pareto", "a five whys", `_METHOD`)."""
    treats: int = 0
    """How many different treats and gifts the answer tells of ("pizza, bowling and vouchers",
    "comps, an upgrade and champagne"), the candidate's answer to people's strain or a
    customer's complaint where two or more are told (`_TREATS`)."""
    waved_off: bool = False
    """Whether a cost the candidate's change put on others is told and then waved off as what
    any change costs ("One nurse got a rash from them… But you can't please everyone",
    `across.harm_waved_off`)."""
    pending: bool = False
    """The story ends with what it aimed at still pending: on a roadmap, an agenda or a queue,
    waiting on a decision, or put back (`credit.PENDING`)."""
    persisted: bool = False
    """The story ends with the trouble told as going on after what was done: more complaints,
    the cost still high, the fault back again (`credit.PERSISTED`)."""
    relayed: bool = False
    """The candidate's part is told as chasing others and passing on news (`_RELAYED`)."""
    no_further: bool = False
    """Whether the candidate tells, more than once, that they took the matter no further: "I
    didn't escalate. I never took it to the planning meeting" (`_taken_no_further`)."""
    on_trust: str = ""
    """The words saying someone else's account was taken on trust, with no check of the
    candidate's own after them ("I had no reason to doubt him", `trusted.taken_on_trust`)."""
    search_handed: str = ""
    """The words handing the digging to someone else, where the candidate tells none of their
    own ("I asked Priya to pull three months of call data", `trusted.handed_search`)."""
    generalised: int = 0
    """Asks for one instance whose reply opens on what happens in general ("Is there someone
    you've developed?" "Generally everyone got the plan", `asked.generalised`)."""

    @cached_property
    def word_count(self) -> int:
        """Words in the answer, text addressed to the reviewer excluded."""
        return sum(len(words(s.span.text)) for s in self.scored_sentences)

    @cached_property
    def scored_sentences(self) -> list[Sentence]:
        """The sentences that count: all but those addressed to the reviewer."""
        return [s for s in self.sentences if not s.masked]

    # The rubric asks for these of the clauses from its criteria and from its measures of the
    # telling; the clauses, like the evidence, are not changed once read.
    @cached_property
    def steps_taken(self) -> tuple[int, int]:
        """`credit.steps_taken` of the clauses."""
        return steps_taken(self.clauses)

    @cached_property
    def telling(self) -> Telling:
        """`credit.telling` of the clauses."""
        return telling(self.clauses)

    def of(self, *kinds: str) -> list[Evidence]:
        """Evidence of any of `kinds`, in answer order."""
        wanted = set(kinds)
        return [e for e in self.evidence if e.kind in wanted]

    def has(self, kind: str) -> bool:
        """Whether any evidence of `kind` was found."""
        return kind in self._kinds

    @cached_property
    def _kinds(self) -> frozenset[str]:
        # Asked some thousands of times a review (each criterion's signals, flags and cues);
        # the evidence, like `_flagged`'s, is not changed once found.
        return frozenset(e.kind for e in self.evidence)

    def density(self, kind: str) -> float:
        """The share of scored sentences that show `kind` (0 to 1)."""
        scored = self.scored_sentences
        if not scored:
            return 0.0
        return sum(kind in s.kinds for s in scored) / len(scored)

    def narrative_share(self, kind: str) -> float:
        """The share of narrating clauses that show `kind` ("we" or passive voice).

        Measured against narration, not all sentences, so filler cannot dilute it; and by
        clause, so that one "we did it in pairs" in an answer told as a single run-on sentence
        does not make the whole story a "we" story. Only what was credited counts: no part
        hides in the "we" of "we helped each other" (`credit.credit`).
        """
        found: dict[int, list[int]] = {}
        for item in self.evidence:
            if item.kind == kind:
                found.setdefault(item.sentence, []).append(item.at)
        shown = told = 0
        for sentence in self.scored_sentences:
            if not sentence.narrates:
                continue
            clauses = self.clauses_of(sentence.index)
            told += max(1, len(clauses))
            if sentence.index in found:
                shown += max(1, sum(1 for c in clauses if any(
                    c.span.start <= at < c.span.end for at in found.get(sentence.index, ()))))
        return shown / told if told else 0.0

    def tells(self, patterns: Iterable[str]) -> bool:
        """Whether the answer tells any of `patterns` as fact: "it turned out the valve was
        sticking" tells a cause found, where "we never found out why" and "I would look
        for the cause" do not."""
        return any(True for _ in self._telling(patterns))

    def told_by_others(self, patterns: Iterable[str]) -> Clause | None:
        """The cause the story settles on, where it is someone else's and the candidate never
        checks it: the last clause telling any of `patterns` as fact, or someone else giving an
        explanation (`trusted.EXPLAINED`), when it is theirs, no check of the candidate's own
        follows it and the candidate tells no cause of their own. "He ran diagnostics and found
        the electrode was near end of life", "he put it down to the clocks going back".
        (Without the last condition it fell on 3 of 21 strong held-out answers and 4 of 17 weak
        ones.)"""
        scored = {s.index for s in self.scored_sentences}
        told = {c for c in self._telling(patterns) if c is not None} | {
            c for c in self.clauses if c.sentence in scored and c.mode not in _UNTOLD_MODES
            and (EXPLAINED.search(c.text) and _heard(c)
                 or c.owner == "other" and c.reported and (CAUSE_SAID.search(c.text)
                                                           or c.role == "grounds"))}
        # (Not the scene: "patients called back who turned out to be fine" finds no cause.)
        last = max((c for c in told if c.role != "situation"),
                   key=lambda clause: clause.span.start, default=None)
        if last is None or not all(map(_heard, told)) or checked_after(self.clauses, last):
            return None
        return last

    def _telling(self, patterns: Iterable[str]) -> Iterator[Clause | None]:
        """The clause of each place any of `patterns` is told as fact (None outside every
        clause)."""
        for pattern in patterns:
            regex = _compiled(pattern)
            for sentence in self.scored_sentences:
                for found in regex.finditer(sentence.span.text):
                    clause = self.clause_at(sentence.span.start + found.start())
                    if clause is None or clause.mode not in _UNTOLD_MODES:
                        yield clause

    def matches(self, patterns: Iterable[str], kind: str) -> list[Evidence]:
        """Evidence for extra `patterns` (a criterion's cues), found in scored sentences.

        A cue is behavior, so it counts only where the reading credits behavior: "She pushed
        back hard" is the manager's pushback, not the candidate's.
        """
        found: list[Evidence] = []
        # Like any other credit, a cue earns none in a clause carrying a red flag: "the real
        # problem was QA, who sat on the build" finds no root cause. What counts against a
        # criterion still counts there.
        flagged = self._flagged if kind.startswith("cue") else []
        for pattern in patterns:
            regex = _compiled(pattern)
            if not may_match(regex, self._matched_text):
                continue  # most cues are in none of the sentences: one check for them all
            on_lowered = _compiled_lowered(pattern) if _for_lowered(pattern) else None
            for sentence, text, inserted, low in self._as_matched:
                base = sentence.span.start
                matched = (on_lowered.finditer(low) if on_lowered is not None and low is not None
                           else regex.finditer(text))
                hits = [(start, max(start + 1, _original(m.end(), inserted)))
                        for m in matched
                        for start in [_original(m.start(), inserted)]
                        if not any(c.span.start <= base + start < c.span.end
                                   for c in flagged)]
                if not hits:
                    continue  # nothing to credit (`_credited` of no hits is None)
                item = _credited(kind, sentence, hits, self.clauses_of(sentence.index),
                                 self._scene, pattern)
                if item is not None:
                    found.append(item)
        return found

    @cached_property
    def _as_matched(self) -> list[tuple[Sentence, str, Inserted, str | None]]:
        """Each scored sentence as cues are matched in it (`matches` is asked once per cue):
        its text as read, the subjects inserted, and the text lowered when it is ASCII."""
        read = [(sentence, *(sentence.restated or (sentence.span.text, [])))
                for sentence in self.scored_sentences]
        # An ASCII text lowers exactly, so a cue written in lower case matches it lowered where
        # it matches the text case-insensitively, several times faster (as `lexicon.finditer`).
        return [(sentence, text, inserted, text.lower() if text.isascii() else None)
                for sentence, text, inserted in read]

    @cached_property
    def _matched_text(self) -> str:
        """Every sentence's text as cues are matched in it (`_as_matched`), joined."""
        return "\n".join(text for _, text, _, _ in self._as_matched)

    @cached_property
    def _scene(self) -> frozenset[int]:
        """Where the clauses of the opening scene start (`credit.opening_scene`)."""
        return opening_scene(self.clauses)

    @cached_property
    def _flagged(self) -> list[Clause]:
        """The clauses that carry a red flag of the candidate's own framing."""
        return _flagged_clauses(self.evidence, self.clauses)

    def clauses_of(self, sentence: int) -> list[Clause]:
        """The clauses of one sentence, in order."""
        return list(self._clauses_by_sentence.get(sentence, ()))

    @cached_property
    def _clauses_by_sentence(self) -> dict[int, list[Clause]]:
        # Cues ask for a sentence's clauses once per cue and sentence: scanning every clause
        # each time made a long answer's review grow with the square of its length.
        found: dict[int, list[Clause]] = {}
        for clause in self.clauses:
            found.setdefault(clause.sentence, []).append(clause)
        return found

    def clause_at(self, offset: int) -> Clause | None:
        """The clause containing character `offset`, if any."""
        return next(iter(self.overlapping(offset, offset + 1)), None)

    def overlapping(self, start: int, end: int) -> list[Clause]:
        """The clauses sharing a character with `start:end`, in order.

        The deliberation asks this of every line it weighs, several times each: a search
        rather than a scan of every clause (clauses follow the answer and never overlap).
        """
        at = bisect_right(self._clause_ends, start)
        found = []
        for clause in self.clauses[at:]:
            if clause.span.start >= end:
                break
            found.append(clause)
        return found

    @cached_property
    def _clause_ends(self) -> list[int]:
        return [c.span.end for c in self.clauses]

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence containing character `offset` (-1 if between sentences)."""
        for sentence in self.sentences:
            if sentence.span.start <= offset < sentence.span.end:
                return sentence.index
        return -1

    @property
    def injection(self) -> bool:
        """Whether the answer tries to instruct the reviewer."""
        return any(s.masked for s in self.sentences)


_UNTOLD_MODES = frozenset({"negated", "hypothetical"})


# "According to him they'd had a surcharge": his word, whoever the clause's subject is.
_ACCORDING = re.compile(r"^\W*(?:(?:and|but|so),?\s+)?according to (?!(?:me|us|my|our)\b)",
                        re.IGNORECASE)


def _theirs(clause: Clause) -> bool:
    """Whether a clause is someone else's deed or word, not the candidate's or their team's."""
    return clause.actor == "other" or clause.owner == "other"


def _heard(clause: Clause) -> bool:
    """Whether a clause tells what someone else did or said, "according to him" included."""
    return _theirs(clause) or bool(_ACCORDING.match(clause.text))


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    # Competency cues are reused across every review; compile each once per process.
    return re.compile(pattern, re.IGNORECASE)


@cache
def _compiled_lowered(pattern: str) -> re.Pattern[str]:
    """A cue written in lower case, for text already lowered (see `Analysis.matches`)."""
    return re.compile(pattern)


# A character given by its code ("\x41" is "A") may stand for a capital in a lower-case pattern.
_CODED_CHARACTER = re.compile(r"\\(?:x|u|[0-7]{2})")


@cache  # asked of every cue that may match, at every review (about 2 µs each)
def _for_lowered(pattern: str) -> bool:
    """Whether the pattern matches lowered text as it matches text case-insensitively: it is
    written in lower case (so no \\W, \\S or [A-Z]) and names no character by its code."""
    return pattern == pattern.lower() and not _CODED_CHARACTER.search(pattern)


def _evidence(kind: str, sentence: Sentence, rel_start: int, rel_end: int,
              factor: float) -> Evidence:
    base = sentence.span.start
    span = clause_around(sentence.span, base + rel_start, base + rel_end)
    # A platitude tells nothing that happened, but a creed of conduct said in one is still
    # said: "sometimes you have to own a decision rather than wait for permission".
    weight = 1.0 if sentence.filler and kind in RED_FLAGS else sentence.strength
    return Evidence(kind, span.start, span.end, span.text, sentence.index,
                    weight * factor, sentence.specific, base + rel_start)


THEIR_OUTCOME = 0.5
"""What an outcome is worth told as what came of someone else's step, in a sentence with no step
of the candidate's: "the platform team rolled the change back and things came back to normal"
is the story's outcome, but it shows what they did."""
_OUTCOME_KINDS = frozenset({"result", "quantified_result"})
_THEIR_STEP_ROLES = frozenset({"action", "dispute", "decision"})


def _their_outcome(clause: Clause, clauses: list[Clause]) -> bool:
    """Whether the outcome in `clause` follows another person's step in its own sentence, with
    no step of the candidate's (or team's) there."""
    if clause.by_candidate:
        return False
    before = [c for c in clauses if c.span.start < clause.span.start]
    return any(c.actor == "other" and c.mode == "fact" and not c.reported
               and c.role in _THEIR_STEP_ROLES for c in before) and not any(
        c.by_candidate and c.role in _THEIR_STEP_ROLES for c in clauses)


OWN_PART_TOLD = 2
"""Steps of the candidate's own, told as done, from which the story's "we" of the scene, the
outcome or what never happened hides no part of theirs (`credit.hides_no_step`)."""


def _we_beside_a_told_part(evidence: list[Evidence], clauses: list[Clause]) -> list[Evidence]:
    """The evidence without the "we" that hides nothing: where the candidate tells their own
    steps ("I rang the depot… I loaded the first van myself"), the crew's "we got every order
    out by six" is what came of them. In a story told all as the team's, the same "we" is the
    team's outcome with the candidate's part in it untold. `clauses` are the story's: words
    addressed to whoever scores the answer tell no step."""
    if sum(map(told_step, clauses)) < OWN_PART_TOLD:
        return evidence

    def hides(item: Evidence) -> bool:
        clause = next((c for c in clauses if c.span.start <= item.at < c.span.end), None)
        return clause is not None and hides_no_step(clause)

    return [e for e in evidence if e.kind != "collective_we" or not hides(e)]


def _credited(kind: str, sentence: Sentence, hits: list[tuple[int, int]],
              clauses: list[Clause], scene: frozenset[int],
              cue: str | None = None, given: frozenset[int] = frozenset()) -> Evidence | None:
    """The best-credited of a kind's matches in one sentence, or None if none earns credit.

    `scene` holds where the clauses of the opening scene start (`credit.opening_scene`); `cue`
    is the competency cue's pattern when the kind is a cue; `given` where the calls someone
    else made before the candidate's first step start (`credit.calls_given`).
    """
    best: tuple[float, int, int] | None = None
    base = sentence.span.start
    for rel_start, rel_end in hits:
        clause = next((c for c in clauses if c.span.start <= base + rel_start < c.span.end),
                      clauses[-1] if clauses else None)
        start, end = base + rel_start, base + rel_end
        if clause is not None and clause.mode == "fact" and any(
                clause.span.start <= at < clause.span.end for at in sentence.hedges):
            # The answer's own hedge in the clause ("fewer bugs, at least it felt that way")
            # makes it a hedged claim, however the reader took its grammar.
            clause = replace(clause, mode="hedged")
        if kind in RED_FLAGS and _NOT_MEANT.search(sentence.span.text[:rel_start]):
            continue  # "I told him, not to blame him, only so he knew": a purpose disowned
        if clause is None:
            factor = 1.0
        elif kind == "decision" and clause.span.start in given:
            continue  # the call they were handed is none of theirs (`credit.calls_given`)
        elif cue is not None:
            factor = credit_cue(cue, clause, start, end, clause.span.start in scene)
        else:
            factor = credit(kind, clause, start, end, clause.span.start in scene)
            if not factor and kind in _SIDES_SET_AGAINST:
                # Two sides set against each other in one match ("Yusuf wanted every tool
                # behind sign-on; I owned the field app, and…") stand in the teller's clause as
                # much as in the one it opens on.
                factor = max((credit(kind, c, max(start, c.span.start), min(end, c.span.end),
                                     c.span.start in scene)
                              for c in clauses if c is not clause
                              and c.span.start < end and c.span.end > start), default=0.0)
        if factor > 0 and kind in _OUTCOME_KINDS and clause is not None and _their_outcome(
                clause, clauses):
            factor *= THEIR_OUTCOME
        if factor > 0 and kind in _OUTCOME_KINDS and clause is not None and forecast_goes_on(
                clause, clauses):
            factor = 0.0
        if factor > 0 and (best is None or factor > best[0]):
            best = (factor, rel_start, rel_end)
    if best is None:
        return None
    return _evidence(kind, sentence, best[1], best[2], best[0])


_SIDES_SET_AGAINST = frozenset({"disagreement"})
"""Kinds whose words set someone else's side against the teller's in one match."""


# A purpose disowned just before a red flag's words: "not to blame him", "without meaning to
# overrule her", "not in order to go around anyone".
_NOT_MEANT = re.compile(r"\b(?:not|never|without (?:wanting|meaning|trying)) (?:to|in order to|"
                        r"so as to)\s*$", re.IGNORECASE)


# A name after a spoken aside ("good place, mostly — Pieter and I…") or alone in brackets, as a
# terse line gives it ("Told manager (Dmitri)"), is still a name.
_ASIDE = re.compile(r"\w[,.]? — $")
_NAME_IN_BRACKETS = re.compile(r"\([A-Z][a-z]+\)")


_OPENING_WORD = re.compile(r"^\s*[-*•]\s*([A-Z][a-z]+)\b")


def _known_names(answer: str, spans: list[Span]) -> frozenset[str]:
    """Words the answer uses as names: those it capitalises mid-sentence, and a person's name
    that opens two or more of its bullet lines and nothing else names ("- Priya: part-time,
    two years", "- Priya moved to full-time"), as terse notes name the person they are about.
    Prose is left out: a word opening two of its sentences is as often a department ("Finance
    had reservations… Finance came around") as a person."""
    openings = [m.group(1) for span in spans for m in [_OPENING_WORD.match(span.text)] if m]
    repeated = {word for word in openings if openings.count(word) >= 2
                and word not in _NOT_NAMES and is_name(word, frozenset())}
    return names_in(answer) | repeated


def _named_entities(span: Span, known: frozenset[str] = frozenset()) -> list[re.Match[str]]:
    """Names in a sentence. A capital opening the sentence or a listed phrase may be any word,
    so there only a word the answer also capitalises mid-sentence (`known`) is a name: a terse
    line opens on its subject ("- Gary and I presented the list") where a plain telling puts
    the same name after a comma ("…, and Gary and I presented it")."""
    if not any(char.islower() for char in span.text):
        return []  # a line in capitals ("END OF ANSWER.") is a marker or a shout, not a name
    found = []
    for match in _CAPITALISED.finditer(span.text):
        if match.group() in _NOT_NAMES:
            continue
        before = span.text[: match.start()].rstrip()
        opening = not before.strip("-*•").strip()
        if opening and (match.group() in known or _APPOSITION.match(span.text, match.end())):
            # (or set off by who they are: "Yusuf, our security lead, wanted…")
            found.append(match)
            continue
        if match.start() == 0:
            continue
        if before.endswith((":", '"', "“", "(", "-", "—")) and not (
                _ASIDE.search(span.text[: match.start()])
                or _NAME_IN_BRACKETS.match(span.text, match.start() - 1)):
            continue  # a quoted or listed phrase starts with a capital for other reasons
        found.append(match)
    return found


# Who someone is, set off after their name: ", our security lead,", ", the QA lead,", ", my
# manager," (where "Honestly, the whole thing, …" sets off no one).
_APPOSITION = re.compile(
    r"(?<!ly),\s+(?:our|my|the|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:lead|manager|head|"
    r"director|engineer|owner|chef|supervisor|boss|architect|analyst|planner|partner|officer|"
    r"founder|designer|developer|nurse|teacher|coordinator|controller|buyer|client|customer|"
    r"colleague|counterpart|peer|rep|representative|consultant|contractor|landlord|tenant|"
    r"vp|cto|ceo|cfo|coo|pm|editor|principal|foreman|dispatcher|technician|agent|admin)s?,")


Hits = dict[str, list[tuple[int, int]]]


_RECIPROCAL = re.compile(r"(?:agreed|settled on|compromised|shook hands)\b", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•]\s*|\d+[.)]\s+)?(?:[A-Z][a-z]+\s*:\s*)?")


# Where a terse line starts another step: after a bullet's heading or between its parts ("First
# draft too technical; cut to a few slides", "3 weeks: encrypted the bucket"). A clock time
# ("10:30") is not a break.
_SEGMENT = re.compile(r"(?<!\d)[;:](?!\d)\s*")
_ARROW_STEP = re.compile(r"(?:→|->|=>)\s*(?=(?:then |so )?(?:decided|agreed|chose|rang|called|"
                         r"phoned|emailed|asked|told|offered|proposed|suggested|escalated|booked|"
                         r"moved|sent|wrote|built|set up|fixed|tested|re-?tested|checked|"
                         r"switched|paused|stopped|cancelled|refunded|apologi[sz]ed)\b)")
# "Had to explain to sales" is the candidate's task, though "had" is not a step's verb.
_OBLIGED = re.compile(r"^(?:had|needed|wanted) to \w", re.IGNORECASE)
Inserted = list[tuple[int, int]]
"""Where an understood subject was inserted into a sentence (offset in it, and length)."""


# "showed we work well as a team" claims something of the story; no one took a step.
_CLAIMS = re.compile(r"^(?:showed|shows|proved|proves|demonstrated|meant|means)\b",
                     re.IGNORECASE)
# "Got through it together": a step only several people can take is the team's.
_JOINT = re.compile(r"\b(?:together|all of us|as a team)\b", re.IGNORECASE)


def _understood(part: str) -> bool:
    return (opens_on_verb(part) or bool(_OBLIGED.match(part))) and not _CLAIMS.match(part)


_OBJECT_PRONOUN = re.compile(r"\b(?:him|her|them)\b", re.IGNORECASE)
_NEW_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s")
# A line's bullet or list number, before the words it heads ("- Agreed: …", "2. Rang organiser").
_MARKER = re.compile(r"^[ *•-]*(?:\d{1,2}[.)]\s+)?")


# ("er" and "mm" are left alone: the ER, 5 mm.)
_HESITATION = re.compile(r"(?<![\w'’-])(?:u+[hm]+|e+r+m+|h+m+)(?![\w'’-]),?\s+", re.IGNORECASE)
# A pair with the speaker in it, taken up again by "we", as speech and second-language English
# say it: "Lena from inventory control and me, we walked the aisle" is matched as "Lena from
# inventory control and I walked the aisle".
_PAIR_TAKEN_UP = re.compile(r"\band (?:me|myself),\s+we\b", re.IGNORECASE)


# Notes' abbreviations, matched as the words they stand for, so a step written short counts as
# the same step written out: "Rang night mgr", "Told GM Sofia within 1 hr", "2 wks", "breakfast
# w/ the rest of the party". "HR" and "PM" name a department or a time of day as often as not,
# so an hour is one only after its number.
_ABBREVIATION = re.compile(
    r"(?<![\w/])(?:(?P<mgr>[Mm]gr)(?P<mgrs>s)?|(?P<gm>GM)|(?P<hod>HoD)|(?P<dept>[Dd]ept)"
    r"(?P<depts>s)?\.?|(?P<wk>wk)(?P<wks>s)?|(?P<yr>yr)(?P<yrs>s)?|(?P<approx>approx)\.?|"
    r"(?P<w>w)/(?P<wo>o)?)(?![\w/])|(?<=\d)(?P<gap>\s?)(?:(?P<hr>hr)(?P<hrs>s)?|(?P<t>t))(?![\w/])")
_WRITTEN_OUT = {"mgr": "manager", "gm": "general manager", "hod": "head of department",
                "dept": "department", "wk": "week", "yr": "year", "hr": "hour", "approx": "about",
                # a weight in notes: "410 t by deadline"
                "t": "tonnes"}


def _written_out(m: re.Match[str]) -> str:
    if m.group("w"):
        return "without" if m.group("wo") else "with"
    word = next(key for key in _WRITTEN_OUT if m.group(key))
    full = _WRITTEN_OUT[word].capitalize() if m.group()[0] == "M" else _WRITTEN_OUT[word]
    plural = "s" if m.groupdict().get(f"{word}s") else ""
    # "3hrs" is read "3 hours", as the numbers before other words are.
    return (m.group("gap") or " " if word in ("hr", "t") else "") + full + plural


def _as_read(span: Span, subject: str,
             restated: Iterable[tuple[int, int, str]] = ()) -> tuple[str, Inserted]:
    """The sentence as its kinds are matched, and where subjects were inserted into it.

    Every part of a terse line that opens on its verb gets the understood subject: the line's
    start, and each part after a heading or a semicolon. `restated` puts a story's narrated
    present verbs in the past ("so I decide" -> "so I decided"; offsets into the answer), so a
    story told in the present is matched as the same story told in the past.
    """
    text = span.text
    lead = _BULLET.match(text)
    marker = _MARKER.match(text)
    dash = marker.end() if marker else 0
    # "- Agreed: reviews within a day" opens on its verb, not on a heading.
    at = dash if opens_on_verb(text[dash:]) else lead.end() if lead else 0
    starts = [(at, subject)] if _understood(text[at:]) else []
    part = at
    for m in _SEGMENT.finditer(text, at):
        before, part = text[part:m.start()], m.end()
        if part >= len(text) or not _understood(text[part:]):
            continue
        # After a semicolon a step shares the subject of the part before it: "He took days to
        # review my pull requests; held up my work" is his doing. After a heading ("My
        # mistake: deleted a copy") or a part with no subject it is the understood one.
        actor = read_actor(before) if m.group().startswith(";") else "none"
        if actor != "other":
            starts.append((part, "We" if actor == "team" else subject))
    # A step a note's arrow leads to, when it is a choice or a call made ("Waiting = buses not
    # going out → decided only on what could be undone"); what merely followed ("→ tailed off")
    # has no one's subject.
    # (after someone else named before the arrow the step is theirs: "Haulage: colleague
    # Bridget Kelly → booked lorries")
    starts += [(m.end(), subject) for m in _ARROW_STEP.finditer(text, at)
               if not any(where == m.end() for where, _ in starts)
               and read_actor(_SEGMENT.split(text[at:m.start()])[-1]) != "other"]
    edits: list[tuple[int, int, str]] = []
    for where, who in starts:
        # Agreeing takes two: an understood subject of "agreed" is the two sides, "we".
        step = _SEGMENT.split(text[where:], maxsplit=1)[0]
        who = "We" if _RECIPROCAL.match(step) or _JOINT.search(step) else who
        edits.append((where, where, f"{who} "))
    edits += [(start - span.start, end - span.start, past) for start, end, past in restated]
    # Speech's hesitations are matched as not said: "we shipped a bulk, uh, reassign" is the
    # step "we shipped a bulk reassign".
    edits += [(m.start(), m.end(), "") for m in _HESITATION.finditer(text)
              if not any(start < m.end() and m.start() < end or start == end == m.start()
                         for start, end, _ in edits)]
    edits += [(m.start(), m.end(), "and I") for m in _PAIR_TAKEN_UP.finditer(text)
              if not any(start < m.end() and m.start() < end for start, end, _ in edits)]
    edits += [(m.start(), m.end(), _written_out(m)) for m in _ABBREVIATION.finditer(text)
              if not any(start < m.end() and m.start() < end for start, end, _ in edits)]
    pieces: list[str] = []
    inserted: Inserted = []
    done = 0
    for start, end, new in sorted(edits):
        pieces += [text[done:start], new]
        # A longer word counts as text inserted after the original; a shorter one as removed.
        grown = len(new) - (end - start)
        if grown:
            inserted.append((end if grown > 0 else end + grown, grown))
        done = end
    return "".join(pieces) + text[done:], inserted


def _original(offset: int, inserted: Inserted) -> int:
    """Where an offset into the text as read falls in the sentence as written."""
    shift = 0
    for where, length in inserted:
        if offset < where + shift:
            break
        if offset < where + shift + length:
            return where  # inside an inserted subject: the step it belongs to starts here
        shift += length
    return offset - shift


_QUOTED = re.compile(r'"[^"]{2,}"|“[^”]{2,}”')


def _kinds_in(span: Span, as_read: tuple[str, Inserted], names: frozenset[str] = frozenset()
              ) -> Hits:
    """Every match of every kind in one sentence, as relative offsets.

    The sentence is matched as read (`_as_read`): a terse bullet that opens on its verb ("-
    pulled the logs") has its understood subject ("I", or "We" in an answer told as "we"), so
    the steps count however briefly they are written, and as the candidate's only where the
    answer says so.
    """
    text, inserted = as_read
    hits = {kind: list(found) for kind, found in
            _kinds_kept(span.text, text, tuple(inserted), names)}  # the caller's own, to change
    if "quantified_result" in hits:
        hits["quantified_result"] = hits["metric"]  # one list, as `_kinds_found` left them
    return hits


# The kinds of a sentence follow from its words as written and as read (with where subjects
# were inserted) and the answer's names: an answer reviewed again (with another panel or
# competency, or re-run) matches the same sentences, and matching them was a seventh of such a
# review. Kept for about a hundred answers' sentences.
@lru_cache(maxsize=2048)
def _kinds_kept(written: str, text: str, inserted: tuple[tuple[int, int], ...],
                names: frozenset[str]) -> tuple[tuple[str, tuple[tuple[int, int], ...]], ...]:
    hits = _kinds_found(Span(0, len(written), written), text, list(inserted), names)
    return tuple((kind, tuple(found)) for kind, found in hits.items())


def _kinds_found(span: Span, text: str, inserted: Inserted, names: frozenset[str]) -> Hits:
    """`_kinds_in`, matched anew (`span` is the sentence as written, at offset 0)."""
    hits: Hits = {}
    lowered = text.lower()
    possible = possible_kinds(text, lowered)
    for kind in PATTERNS:
        if kind not in possible:
            continue
        found = []
        for m in finditer(kind, text, lowered, possible):
            start = _original(m.start(), inserted)
            found.append((start, max(start + 1, _original(m.end(), inserted))))
        if found:
            hits[kind] = found
    named = _named_entities(span, names)
    if named:
        hits["named_entity"] = [(named[0].start(), named[0].end())]
    if "result" in hits and "metric" in hits:
        hits["quantified_result"] = hits["metric"]
    # Words in quotation marks are said in the story, to someone in it: 'I start with "tell me
    # where you need to get to"' tells a step, and its "you need to" is no platitude told to
    # the interviewer, nor a hedge or a vague word of the candidate's telling.
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(span.text)]
    for kind in [k for k in _LOOSE if k in hits and quoted]:
        kept = [(start, end) for start, end in hits[kind]
                if not any(a < start and end <= b for a, b in quoted)]
        if kept:
            hits[kind] = kept
        else:
            del hits[kind]
    if "data" in hits and "learning" in hits:
        # "For me it showed that you have to…" shows the teller a lesson, not figures.
        kept = [(start, end) for start, end in hits["data"]
                if not any(at <= start < until for at, until in hits["learning"])]
        if kept:
            hits["data"] = kept
        else:
            del hits["data"]
    if "generic_claim" in hits and "learning" in hits:
        # "Now when I take over a site I always walk it first" is a practice kept since the
        # story, a lesson, not a claim about what kind of person the candidate is.
        kept = [(start, end) for start, end in hits["generic_claim"]
                if not any(at <= start < until for at, until in hits["learning"])]
        if kept:
            hits["generic_claim"] = kept
        else:
            del hits["generic_claim"]
    return hits


# Clauses whose numbers count what was used or faced, not what came of it: "I paired with two
# other engineers" late in a story is a step, "300 suppliers onboarded in year one" an outcome.
# "When a customer calls three times" in a lesson counts nothing that came of the story.
_NOT_MEASURED_OUTCOME = frozenset({"action", "task", "situation", "grounds", "dispute",
                                   "reflection"})


_UPTAKE = re.compile(r"\b(?:they|he|she|the (?:client|customer|board|committee|council|"
                     r"director|buyer|school|hospital|firm|company|team))\s+(?:(?:finally|"
                     r"eventually|then|both|all)\s+)?(?:signed|agreed|approved|adopted|accepted|"
                     r"renewed|bought|switched|went ahead|said yes|rolled it out)\b",
                     re.IGNORECASE)
_CEASED = re.compile(r"\b(?:again|since(?: then)?|any ?more|after that|(?:that|the rest of the|"
                     r"the next) (?:year|quarter|month|season|term|winter|summer|spring|autumn))\b",
                     re.IGNORECASE)
# The candidate's own way of working changed for good, told in the present: "but I'm not
# turning people away any more", "I don't dread those calls anymore" (where "I didn't raise it
# again" is a step not taken).
_NO_LONGER = re.compile(r"^\W*(?:(?:and|but|so)\s+)?I(?:['’]m not| am not| don['’]t| do not) ",
                        re.IGNORECASE)
_PERCEIVED = re.compile(r"^\W*(?:and |so |then |but )?(?:I|we) (?:then |soon |quickly |also )?"
                        r"(?:noticed|saw|found|realised|realized|spotted|heard|knew|could see|"
                        r"discovered|worked out|figured out|learned|learnt)\b", re.IGNORECASE)


# "I also started, like, checking the notes": a step of theirs begun, however the verb is
# padded, not an outcome.
_TOOK_UP = re.compile(r"^\W*(?:and |so |then |but )?(?:I|we) (?:(?:also|then|soon|just|even|"
                      r"\w+ly),? )?(?:started|stopped|began)\b", re.IGNORECASE)


def _positional_result(span: Span, hits: Hits, index: int, count: int,
                       own: list[Clause], headed: bool = False) -> None:
    """An outcome told without signposts: a change late in the story or in a clause the
    reading places as the story's outcome, or a number there outside a step or the scene.
    `headed`: the interviewer asked how it came out, and this sentence replies."""
    told_as_outcome = any(c.role == "result" for c in own)
    if "result" not in hits and (headed or heading_of(span) == "result") and any(
            c.role == "result" and c.mode in ("fact", "negated") for c in own):
        # Under its own heading the outcome needs no change word: "Result: no incident; the
        # supplier replaced the batch at their cost".
        hits["result"] = [(c.span.start - span.start, c.span.end - span.start) for c in own
                          if c.role == "result"][:1]
        if "metric" in hits:
            hits["quantified_result"] = hits["metric"]
        return
    if "result" in hits or "generic_claim" in hits or (
            index < count * RESULT_ZONE and not told_as_outcome):
        return
    # A change the candidate noticed ("I noticed it always dropped after the hot water came
    # on") is a finding on the way, not what came of the story.
    change = [m for m in _CHANGE.finditer(span.text)
              if not any((_PERCEIVED.match(c.text) or _TOOK_UP.match(c.text))
                         and c.span.start <= span.start + m.start() < c.span.end for c in own)]
    # Late in the story, the other side taking up what the candidate brought ("He did, and
    # they signed in the next month") is how it came out.
    change += [m for m in _UPTAKE.finditer(span.text)
               if any(c.actor == "other" and c.mode == "fact" and not c.reported
                      and c.span.start <= span.start + m.start() < c.span.end for c in own)]
    # Trouble that stopped, told in the negative by those it troubled ("Nobody at the clinic
    # called support about it again", "the line hasn't jammed since"), is how it came out, as is
    # the candidate's own way of working changed (`_NO_LONGER`); the candidate's own "I didn't
    # raise it again" is a step not taken.
    change += [m for m in _CEASED.finditer(span.text)
               if any((c.actor != "candidate" or _NO_LONGER.match(c.text))
                      and c.mode == "negated" and not c.reported
                      and c.span.start <= span.start + m.start() < c.span.end for c in own)]
    # A number in a general truth ("often when two people fight…") counts nothing that came of
    # the story either.
    measured = [(start, end) for start, end in hits.get("metric", [])
                if not any((c.role in _NOT_MEASURED_OUTCOME
                            or c.mode in ("habitual", "hypothetical"))
                           and c.span.start <= span.start + start < c.span.end for c in own)]
    # What the reading places as the story's outcome, late in it and told by no step of the
    # candidate's: "The lamb held at 66 to 70 the whole time", "Power came back during dessert",
    # or where the candidate stood after the time told ("After three months I am top two").
    placed = [(c.span.start - span.start, c.span.end - span.start) for c in own
              if c.role == "result" and not c.reported and (c.mode == "fact" or (
                  c.mode == "habitual" and (told_later(c.text, c.actor, None)
                                            or c.actor != "candidate" and kept_up(c.text))))
              and (c.actor != "candidate" or told_later(c.text, c.actor, None))]
    if not change and not measured and not placed:
        return
    hits["result"] = [(m.start(), m.end()) for m in change] or measured or placed
    if "metric" in hits:
        hits["quantified_result"] = hits["metric"]


def _measured_in_place(span: Span, hits: Hits, own: list[Clause]) -> None:
    """A result is measured by a number in the clause that tells it: in "in the end my director
    decided on a middle path: two engineers built discounts" the number counts who built, not
    what came of it."""
    if "quantified_result" not in hits or not own:
        return

    def clause_of(at: int) -> Clause | None:
        return next((c for c in own if c.span.start <= span.start + at < c.span.end), None)

    told = {id(clause_of(at)) for at, _ in hits.get("result", [])}
    measured = [(at, end) for at, end in hits["quantified_result"] if id(clause_of(at)) in told]
    if measured:
        hits["quantified_result"] = measured
    else:
        del hits["quantified_result"]


def _later_bond(span: Span, hits: Hits, own: list[Clause], asked_after: bool = False) -> None:
    """A relationship told through a later event ("six months later she asked me to come with
    her"): the reading's relationship clause, someone else turning to the candidate, is
    evidence of the bond though no relationship word is said. After the interviewer asked how
    someone took it (`asked_after`), how they stood is the bond: "She was fine with it"."""
    if "relationship" in hits:
        return
    bonds = [c for c in own if c.role == "relationship" and c.owner != "candidate"
             and (later_bond(past_telling(c), c.actor, c.mode, 1.0, c.reported) or asked_after and (
                 c.actor in ("other", "team") and c.mode in ("fact", "hedged", "habitual")
                 and not went_against(c.text)))]
    if bonds:
        hits["relationship"] = [(c.span.start - span.start, c.span.end - span.start)
                                for c in bonds[:1]]


# A cause of something that happened ("the tablets took another four minutes to log in because
# of bad Wi-Fi") explains an event, not the candidate's position.
_CAUSE_OF_EVENT = re.compile(r"\b(?:because of|due to|thanks to|owing to)\b", re.IGNORECASE)


def _placed_grounds(span: Span, hits: Hits, own: list[Clause]) -> None:
    """A reason told without the usual signposts: a clause the reading places as the grounds
    of the candidate's own position ("I explained why: if the hold time isn't met we can't
    call the load sterile") is their grounds, though no "because" is said. The other side's
    reasons, told in their words or under their "wanted", are the disputed position."""
    if "grounds" in hits:
        return
    placed = [c for c in own if c.role == "grounds" and c.owner != "other" and not c.reported
              and c.actor != "other" and c.mode in ("fact", "hypothetical", "negated")
              and not _CAUSE_OF_EVENT.search(c.text)]
    if placed:
        hits["grounds"] = [(c.span.start - span.start, c.span.end - span.start)
                           for c in placed[:1]]


# A look the candidate took at the trouble itself: "- Checked the lint screen.", "Timed a load
# against dryer 5.", "Felt the vent outside." ("Checked in with both" called on people, and
# what was watched or listened to may be anything: "watched a lot of YouTube".)
_CHECK = re.compile(
    r"^\W*(?:(?:and|then|so|first|next),? )?(?:(?:I|we) )?(?:(?:then|also|first|next|"
    r"quickly) )?(?:checked(?! (?:in|back|up on)\b)|timed|measured|weighed|counted|tested|"
    r"felt (?:the|its|each|every)|probed|sampled|inspected|"
    r"opened (?:up )?(?:the|its|a)|took (?:the [\w-]+ )?apart|stripped|pulled (?:the|its|a) "
    r"[\w-]+(?: [\w-]+)? (?:off|out|apart)|looked (?:at|in|inside|under|behind|into)|"
    r"compared|went through|read (?:the|every|all))\b",
    re.IGNORECASE)


_MEASURED = re.compile(r"\b(?:timed|measured|weighed|counted|sampled|tested|probed)\b",
                       re.IGNORECASE)
TERSE_CHECK_WORDS = 10
"""The longest sentence read as the check of a terse pair: a longer one is told in full, and
says what it found in its own words where it found anything."""


def _checked_and_found(span: Span, hits: Hits, own: list[Clause],
                       after: list[Clause]) -> None:
    """A look into the trouble told as a terse pair, the check and then what it showed with no
    step of anyone's in it: "Felt the vent outside. Barely any air.", "Timed a load against
    dryer 5. Double the time." The pair is the digging, though no "I looked into it" is said;
    a step followed by how someone took it ("Called the client. Angry.") looked at nothing."""
    if "deep_dive" in hits or not after or len(span.text.split()) > TERSE_CHECK_WORDS:
        return
    checks = [c for c in own if c.by_candidate and c.mode == "fact" and _CHECK.match(c.text)]
    if checks and all(c.actor == "none" and c.mode in ("fact", "negated") and not c.reported
                      for c in after):
        at = [(checks[0].span.start - span.start, checks[0].span.end - span.start)]
        hits["deep_dive"] = at
        if _MEASURED.search(checks[0].text):
            # a measurement and its reading ("Timed a load against dryer 5. Double the time.")
            # is data got, as "measured" or "a tally of" is
            hits.setdefault("data", at)


def _placed_lesson(span: Span, hits: Hits, own: list[Clause], denied: bool = False) -> None:
    """A lesson told without the usual signposts: a clause the reading places as the
    candidate's reflection ("- Should have talked to him earlier, not let it build", asked what
    they would do differently: "I'd involve her earlier") is what they took from the story,
    though no "looking back" or "I learned" is said. A verdict on themselves ("I think it shows
    I never give up"), a boast, or a reply that opened by saying there was nothing to change
    (`denied`: "Not really. Maybe I'd have moved faster.") is no lesson."""
    if "learning" in hits or "generic_claim" in hits or denied:
        return
    # (a miss told as not done, "I didn't check in with them as much as I should have", owns
    # the failure; what was learned from it is still to be said)
    placed = [c for c in own if c.role == "reflection" and c.by_candidate and not c.reported
              and c.mode != "negated" and not self_appraisal(c.text)]
    if placed:
        hits["learning"] = [(c.span.start - span.start, c.span.end - span.start)
                            for c in placed[:1]]


def _paragraph(text: str, offset: int) -> int:
    """Which paragraph (blocks separated by a blank line) `offset` falls in."""
    return len(re.findall(r"\n\s*\n", text[:offset]))


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|we|we're|we've|my|our)\b")


def _addressed(text: str, phrased: bool | None = None) -> bool:
    """Text addressed to the reviewer: a known phrasing, or the shape of one (injection.py).

    `phrased` is whether the known phrasing was found in `text`, when that is already known.
    """
    if phrased is None:
        phrased = next(finditer("prompt_injection", text), None) is not None
    return phrased or addressed_to_reviewer(text)


def addressed_to_reviewers(answer: str) -> bool:
    """Whether the answer holds text addressed to the reviewer: `Analysis.injection`, known
    before (and without) the rest of the analysis, so an engine can warn its first prompts."""
    return any(_addressed(span.text) for span in sentences(answer))


def _quarantine(answer: str, spans: list[Span], phrased: list[bool | None]) -> set[int]:
    """Indices of sentences that belong to text addressed to the reviewer.

    An injected instruction often runs over several sentences ("SYSTEM OVERRIDE: ... Every
    panelist must ..."), so quarantine runs on from the flagged sentence through its paragraph,
    but stops at the first sentence that tells the story (the past tense, or the candidate
    acting): masking the story itself could hide what counts against it, and an injection must
    never be able to raise a score.
    """
    quarantined: set[int] = set()
    for index, span in enumerate(spans):
        if not _addressed(span.text, phrased[index]):
            continue
        paragraph = _paragraph(answer, span.start)
        quarantined.add(index)
        for later in range(index + 1, len(spans)):
            following = spans[later]
            if _addressed(following.text, phrased[later]):
                quarantined.add(later)
                continue
            if (_paragraph(answer, following.start) != paragraph
                    or _FIRST_PERSON.search(following.text)
                    or past_tense(following.text)):
                break
            quarantined.add(later)
    return quarantined


# Talk in generalities, hedges and filler (see `scoring.criteria.concreteness_penalty`).
_LOOSE = ("generic_claim", "hedge", "vague")
# "I'd seen" is "I had seen" where a participle follows; "I'd do it again" stays no step.
_HAD = re.compile(r"['’]d\s+(?=\w+(?:ed|en|wn|ne|ght|ld|lt|nt|de|ke)\b)")
_EFFORT = re.compile(r"(?:tried|try) to\b", re.IGNORECASE)
# Roles of a clause that tells a step taken.
_STEPS = frozenset({"action", "decision", "result"})
# An outcome told of a named thing stands beside a vague aside: "The extension was finished on
# time and the client was happy with it" tells the finish, however "happy" reads. A signpost
# ("in the end", "as a result") or a pronoun ("it worked out", "everything went fine") names
# nothing, so padding cannot pass for one.
_SIGNPOST = re.compile(r"(?:in the end|ultimately|as a result|by the end|by the time|the (?:result|"
                       r"outcome) (?:was|is)|(?:which|this|that) (?:led to|meant)|resulted in)$")
_NAMELESS = frozenset({"it", "this", "that", "things", "everything", "everyone", "everybody",
                       "all", "it's", "that's", "they", "nothing", "something"})


def _named_outcome(clause: Clause, span: Span, hits: Hits) -> bool:
    """Whether `clause` tells, in the past, a result of something it names (see `_SIGNPOST`)."""
    if clause.mode != "fact" or clause.role != "result" or clause.reported or not past_tense(
            clause.text):
        return False
    head, _ = subject_split(clause.text)
    if not head or head[-1].lower() in _NAMELESS or head[0].lower() in _NAMELESS:
        return False
    return any(clause.span.start <= span.start + at < clause.span.end
               and not _SIGNPOST.match(span.text[at:end].lower())
               for at, end in hits.get("result", []))


def _holds(clause: Clause, kind: str, hits: Hits, span: Span) -> bool:
    """Whether a finding of `kind` starts inside `clause`."""
    return any(clause.span.start <= span.start + at < clause.span.end
               for at, _ in hits.get(kind, []))

_CLAUSE_FLAGS = frozenset({"blame", "contempt", "emotional", "never_fail", "sole_credit",
                           "dismissive", "steamroll", "concealment"})
_PLAIN_FACTS = frozenset({"metric", "timeframe", "named_entity", "vague", "hedge",
                          "generic_claim", "collective_we", "passive_voice", "situation"})


def _flagged_clauses(evidence: list[Evidence], clauses: list[Clause]) -> list[Clause]:
    # Where each flag was found, once: most answers have none, and every clause is asked.
    flagged = [e.at for e in evidence if e.kind in _CLAUSE_FLAGS]
    return [c for c in clauses if any(c.span.start <= at < c.span.end for at in flagged)]


# "If I had tested it, none of this would have happened" puts the cause on the candidate.
# "If I had been given the right data…" puts it on whoever gave it, not on the candidate.
_OWN_COUNTERFACTUAL = re.compile(r"\b(?:if (?:i|we)(?: had|['’]d)(?! been (?:given|told|sent|"
                                 r"shown|warned|informed))|had (?:i|we) (?:just |only )?"
                                 r"\w+ed)\b",
                                 re.IGNORECASE)


def _without_owned_counterfactuals(evidence: list[Evidence],
                                   found: list[Sentence]) -> list[Evidence]:
    """A counterfactual blames someone only when its condition is someone else's act: "if the
    vendor had delivered…" blames, "if I had tested it, none of this would have happened" owns
    the cause."""
    return [e for e in evidence
            if e.kind != "blame" or not _OWN_COUNTERFACTUAL.search(found[e.sentence].span.text)]


# The candidate taking the fault in the same sentence: "…, which was my fault for not
# documenting it", "but really that one is on me".
# The candidate clearing the person of the shortfall just told: "he did not understand the area
# was closed. | I thought, the talk is not working, and it is not their fault."
_NOT_THEIR_FAULT = re.compile(
    r"\b(?:(?:it|this|that)(?:'s|’s| is| was|) (?:not|n't|n’t|never) (?:really )?(?:their|his|her)"
    r" fault|(?:wasn't|was not|isn't|is not|weren't|were not) (?:really )?(?:their|his|her) fault|"
    r"I (?:don't|do not|didn't|did not|never) blame(?:d)? (?:them|him|her)|no one's fault|"
    r"nobody's fault)\b", re.IGNORECASE)
_OWN_FAULT = re.compile(
    # "it wasn't my fault" denies the fault it names
    r"\b(?:(?<!not )(?<!n't )(?<!n’t )(?<!never )(?<!no )my (?:own )?(?:fault|mistake|bad|error|"
    r"failure|responsibility|doing)|(?:is|was) on me|"
    r"i should(?:'ve| have)|i take (?:the )?(?:blame|responsibility)|i own(?:ed)? (?:that|it)|"
    r"i was the one who|"
    # the fault found in their own work: "the error was in my handover"
    r"(?:the|an|our) (?:error|mistake|problem|fault|slip) (?:was|lay|sat) (?:in|with) my|"
    # a blame the candidate takes back: "I blamed the night shift at first, which was unfair";
    # "at first I thought it wasn't my fault …, but when I checked I had ordered…"
    r"i (?:first |initially )?blamed [^.]{0,40}?(?:which|that) was (?:unfair|wrong|not fair)|"
    r"(?:at first|initially) i (?:thought|assumed|believed|said|told \w+) [^.]{0,80}?\bbut\b"
    r"[^.]{0,40}?\bi (?:had|was|should|made|forgot|missed|got|ordered|sent|booked|gave|put|"
    r"(?:didn't|did not|hadn't|had not)))",
    re.IGNORECASE)
# Doing much of the work is not taking the team's credit where the sentence says why it fell
# to the candidate ("when the head chef went home ill", "the team was small so…", "so the new
# starters could learn"), gives someone else their part ("…, and then Sam rewrote half of it")
# or owns what went wrong ("…, and two of them were wrong").
_NOT_CREDIT_TAKEN = re.compile(
    r"\b(?:so (?:that )?(?:the|my|our|his|her|their|he|she|they)\b[^.;]{0,40}\bcould\b|"
    r"(?:when|while|after|because|since) (?:the |my |our |he |she |they )?[\w ]{0,25}?(?:went "
    r"home|(?:was|were) (?:off|ill|sick|away|training|new|on leave)|on leave|left|quit|had no)\b|"
    r"(?:team|we|crew|shop|practice|business|kitchen|office) (?:was|were) (?:small|short|tiny|"
    r"new)|because we had no|"
    r"(?:and|but|while|whereas),? (?:then )?(?:[A-Z][a-z]+|he|she|they) (?:rewrote|did|made|fixed|"
    r"finished|took|built|ran|wrote|improved|added|changed|made it work|handled|covered|owned|"
    r"designed|looked after|managed)\b(?! (?:nothing|very little|little|not much|the bare minimum|"
    r"the easy))|"
    r"(?:of them|some of it|most of it|it) (?:were|was) wrong|[Mm]y (?:own )?mistake|"
    # doing it all alone told as the candidate's own mistake: "I wasted the first week trying
    # to do it all on my own"
    r"(?:wasted|lost) (?:the |a |my |two |three |\w+ )?(?:first )?(?:\w+ )?(?:trying|"
    r"attempting) to)")
_NOBODY_ELSE = re.compile(r"\b(?:nobody|no one|no-one|none of the others) else\b|\bnobody\b",
                          re.IGNORECASE)
# The others' part told, then the whole taken back: "Claire ran the buddy shifts, but I was the
# one driving it" claims over the credit the sentence gave.
_TAKEN_BACK = re.compile(r"but I was\b", re.IGNORECASE)
# "I had never failed an audit before this one" tells that this time they did.
_UNTIL_THIS = re.compile(r"^[^.;]{0,40}?\b(?:before|until) (?:this|that)\b", re.IGNORECASE)
# A record told as broken by the story, opening the sentence: "Until then the site had never
# failed an audit under me, so it hit hard". "Until now" keeps the record.
_UNTIL_THEN = re.compile(r"\b(?:until|up until|up to|till|before) (?:then|that (?:day|point|"
                         r"week|month|year|audit|moment|night|morning|project|job))\b",
                         re.IGNORECASE)
# Acting within what the role allows: "spending up to £500 without sign-off is within my role".
_WITHIN_MY_AUTHORITY = re.compile(
    r"\b(?:within|inside|under) (?:my|our) (?:own )?(?:role|authority|remit|(?:sign-?off |"
    r"spending |approval )?limit|budget|delegated authority|discretion)\b|\b(?:i|we) (?:had|"
    r"have) (?:the )?(?:authority|discretion|delegated authority) (?:to|for)\b", re.IGNORECASE)
# Going past someone who was not there to ask ("I went straight to the director because my
# manager was on leave"), or acting first where harm could not wait and telling them after
# ("without waiting for the committee, because patients were at risk, and I reported it the same
# day"), or announcing a call once people were heard ("the decision was final after two rounds
# of feedback"): none forces anything past anyone.
_NOT_THERE_TO_ASK = re.compile(
    r"\b(?:was|were) (?:on (?:leave|holiday|annual leave|a flight|nights)|off sick|away|abroad|"
    r"unreachable|not reachable|out of (?:reach|contact|the country))\b", re.IGNORECASE)
_COULD_NOT_WAIT = re.compile(
    r"\b(?:at risk|emergency|unsafe|in danger|dangerous|safety|(?:couldn't|could not|can't) "
    r"wait|failing|flooding|on fire|bleeding)\b", re.IGNORECASE)
_TOLD_AFTER = re.compile(
    r"\b(?:reported|told|informed|called|rang|phoned|emailed|messaged|briefed|updated|let "
    r"[\w ]{1,20} know)\b[^.;]{0,60}\b(?:same day|straight after|right after|afterwards|after|"
    r"later|that (?:evening|afternoon|night|morning)|the next morning|immediately|straight away|"
    r"as soon as)\b", re.IGNORECASE)
_HEARD_FIRST = re.compile(
    r"\bafter (?:hearing (?:them|everyone|everybody|people|him|her|each of them) out|listening "
    r"to|consulting|talking (?:it )?(?:through|over)|discussing|(?:the |a )?(?:feedback|"
    r"consultation|discussion)|(?:two|three|four|several|a few) rounds of)\b", re.IGNORECASE)


# ...unless it was kept from them: "He was away, I swapped the shifts back and he never knew."
_KEPT_FROM = re.compile(r"\b(?:never (?:knew|found out|noticed|heard)|(?:didn't|did not|never) "
                        r"(?:tell|told|know)|without (?:telling|asking)|behind (?:his|her|their|"
                        r"the \w+['’]s) back)\b", re.IGNORECASE)


def _nobody_gone_past(text: str) -> bool:
    return not _KEPT_FROM.search(text) and bool(
        _NOT_THERE_TO_ASK.search(text) or _HEARD_FIRST.search(text)
        or _COULD_NOT_WAIT.search(text) and _TOLD_AFTER.search(text))


# The next sentence turning to a miss after all ("Nothing big comes to mind. One time, though,
# I mislabelled…", "… The closest was last winter"): the denial before it opens onto the story
# of a failing, as the denials told across sentences are read (`across.TURN`).
_TURNS_TO_A_MISS = re.compile(
    r"^\W*(?:(?:well|so|actually|okay|now)\W+)?(?:" + TURN.pattern + ")", re.IGNORECASE)
# A change the candidate would make, named: what they would do again is then no denial.
_CHANGE_NAMED = re.compile(
    r"\b(?:(?:only|one|the) (?:thing|change) I['’]?d (?:change|do differently|make)|I['’]d change|"
    r"I should(?:['’]ve| have)|should(?:['’]ve| have) (?:\w+ed|done|taken|made|got|gone|told|"
    r"asked)|next time|differently|in hindsight)\b", re.IGNORECASE)
# The candidate stepping in to help: what follows a teammate's trouble in a helping story.
_HELPED = re.compile(
    r"\b(?:I|[Ww]e) (?:then |quickly |immediately )?(?:started |began )?(?:offered|helped|paired|"
    r"took over|stepped in|"
    r"sat (?:down )?with|covered|picked up|jumped in|supported|pitched in|volunteered|"
    r"walked (?:him|her|them) through|unblocked|mentored|coached|teamed up|"
    # going over to help, and taking part of their work or lending them people: "I went over to
    # help them", "I took half of her calls", "did his restacking", "lent them two of my pickers"
    r"(?:went|came|stayed|drove|ran) (?:\w+ )?(?:over |across |in |back |behind |late |on |"
    r"down )?to help|(?:took|did|finished|ran) (?:on )?(?:some of |part of |half of |most of |"
    r"the rest of )?(?:his|her|their) (?:[\w-]+ )?(?:calls|shifts?|orders|work|load|tickets|"
    r"cases|patients|tables|rounds?|deliveries|jobs|tasks|rooms|beds|classes|reports|queue|prep|"
    r"lists?|turns|checks|visits|paperwork|drops|pallets|restacking|picking|packing|backlog|"
    r"share|part|section|bays?|aisles?)\b|(?:lent|loaned|sent|moved|gave|put) (?:them|him|her|"
    r"the [\w-]+ team) (?:two|three|four|some|a few|one|a couple|half|most) |"
    r"(?:lent|loaned|sent|moved|put) (?:two|three|four|some|a few|one|a couple|half) (?:of )?"
    r"(?:my|our) [\w-]+ (?:to|onto|over to|into|across to) |"
    r"asked (?:him|her|them|[A-Z][a-z]+) what (?:he|she|they) (?:needed|need|wanted)|"
    # the job made smaller for them, and time beside them, told in any tense: "So I split the
    # role in parts", "I arrange that she co-deliver two sessions", "I sit with her"
    r"(?:split|splits|broke|break|cut|divided|divide) (?:the|her|his|their|that) (?:[\w-]+ )?"
    r"(?:role|job|work|task|course|training|shift)s? (?:in|into|up)\b|"
    r"(?:arranged?|arranges) (?:for|that) (?:him|her|them|he|she|they)\b|"
    r"sit (?:down )?with (?:him|her|them)\b|"
    # help that meets what the person could not do: "she couldn't read the units on the
    # syringe. So I asked the pharmacy for a pen with a dial"
    r"(?:showed|taught|trained) (?:him|her|them|the (?:[\w-]+ ){0,2}[\w-]+)|"
    r"(?:got|found|bought|ordered|made) (?:him|her|them) (?:a|an|some|the)|"
    r"asked (?:the|a|an|our) [\w-]+(?: [\w-]+)? for (?:a|an|some|the|"
    r"large|bigger|simpler)|asked (?:the|a|an|our) [\w-]+ to (?:switch|change|move|swap|give|"
    r"make|set|[\w-]+ (?:him|her|them)\b)|(?:changed|moved|put|swapped|switched) (?:her|him|"
    r"them|the [\w-]+) (?:to|in|into|onto|on)\b|"
    # a place found for them to learn in: "I started putting him on the garnish section with me"
    r"(?:putting|moving|rotating|placing|pairing) (?:her|him|them) (?:on|onto|in|into|with|"
    r"beside|next to)\b|"
    # the cause sought from them rather than a fault pinned on them: "when I asked the farmers
    # why", "I sat in on their shift to see why"
    r"(?:asked|rang|called|phoned|visited|interviewed|surveyed|emailed)\b[^.;!?]{0,40}?\b(?:why|"
    r"what (?:was|got) in the way|what made it)\b|"
    r"(?:looked|dug) into why|(?:went|set out) to (?:find out|understand|see) why|"
    # what they lacked, got for them: "so I asked IT if my team could get access to it"
    r"asked [\w-]+(?: [\w-]+){0,3} (?:if|whether) (?:my|the|our|they|he|she)\b[^.;!?]{0,30}?"
    r"\bcould (?:get|have|use|see|access)|got (?:them|him|her|my team|the team) (?:access|a|an|"
    r"the|some))\b")
_OTHERS_FAULT = frozenset({"blame", "contempt"})
# The reason a conflict arose, told as the other person's act: "the sous chef and I had a
# conflict because he changed my prep list without telling me" says what the conflict was
# about, which a conflict story must; it puts no fault for an outcome on anyone.
_CONFLICT_CAUSE = re.compile(
    r"\b(?:conflicts?|disagreements?|arguments?|clash(?:ed)?|friction|tension|problems?|"
    r"issues?|falling[- ]out|fights?|fought|argued|disagreed|butted heads)\b[^.;:!?]{0,40}"
    r"\b(?:because|since|as)\s+$", re.IGNORECASE)
# The other side's reason for their position: "Priya didn't want to ship it because the vendor
# hadn't been load-tested" is her case, told fairly, not the candidate passing on a fault. ("I
# didn't want to…" keeps the candidate's own reasons theirs to answer for.)
_THEIR_POSITION = re.compile(
    r"\b(?!(?:I|We|we)\b)(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][a-z]+|(?:[Tt]he|[Mm]y|[Oo]ur|[Hh]is|[Hh]er) "
    r"[\w-]+(?: [\w-]+)?)(?:, [A-Z][a-z]+,)? (?:(?:really |strongly |still )?(?:didn't|"
    r"did not|wouldn't|would not) (?:want|agree|think)|wanted|refused|objected|preferred|"
    r"insisted|argued|felt|thought|believed|"
    r"(?:was|were) (?:worried|against|nervous|wary|ready to|about to|going to|planning to|set to)|"
    r"pushed back|disagreed)\b[^.;:!?]{0,70}"
    r"\b(?:because|since|as)\s+$")
_REASON_WORD = re.compile(r"(?:because|since|as)\s+", re.IGNORECASE)


def _conflict_cause(text: str, at: int) -> bool:
    """Whether the match at `at` (its own "because", or the clause after one) gives the
    reason a conflict arose, or the other side's reason for their position."""
    reason = _REASON_WORD.match(text, at)
    before = text[:reason.end() if reason else at]
    return bool(_CONFLICT_CAUSE.search(before) or _THEIR_POSITION.search(before))
# A feeling the candidate then handled well is no emotional framing: "I found it frustrating,
# so I raised it in our retro", "I was angry, so I went for a walk before answering".
_HANDLED = re.compile(
    r"\b(?:so|and|but) (?:I|we) (?:then )?(?:raised|asked|offered|suggested|proposed|"
    r"took a (?:break|step back|walk)|apologi[sz]ed|calmed|paused|booked|set up|wrote|talked|"
    r"spoke|went for a walk|slept on it|stepped back|kept (?:calm|my cool|it to myself)|"
    r"stayed calm|waited|took (?:a|some) (?:breath|moment|minute|day)|counted to|"
    r"(?:didn't|did not|don't|do not) (?:show|let it show))\b")
# A feeling told as the spur of the candidate's next step in the same sentence: "because I was
# kind of annoyed that nobody had caught it, I ran a report on every late refill". Taken out
# on someone ("…, I snapped at him") it stays the flag.
_FEELING_AS_SPUR = re.compile(
    r"^\W*(?:[Aa]nd |[Ss]o |[Bb]ut )?(?:then,? )?(?:[Bb]ecause|[Ss]ince|[Aa]s|[Oo]ut of) "
    r"[^.;!?]{0,90}?,\s*(?:so |then )?I (?!(?:just |then )?(?:snapped|shouted|yelled|lost|told "
    r"(?:him|her|them) off|stormed|blew|went off|vented|ranted|complained|refused|ignored|"
    r"walked out|hung up|quit|cc'?d|"
    r"escalated)\b)(?:\w+ ){0,2}?(?:ran|built|wrote|made|started|set up|checked|pulled|put|"
    r"created|called|rang|booked|asked|looked|went through|dug|fixed|changed|drafted|organi[sz]ed|"
    r"spent|added|mapped|listed|tracked|tested|reviewed|rewrote|redesigned|offered|proposed)\b")
# The candidate meeting a problem someone made with that person: "he kept changing the order
# at the last minute, so I sat down with him" tells what they did about it, not whose fault.
_TAKEN_UP_WITH = re.compile(
    r"\bso (?:I|we) (?:then |first )?(?:sat down with|talked (?:to|with)|spoke (?:to|with)|had "
    r"(?:a|an) (?:\w+ )?(?:chat|conversation|word|meeting|talk) with|met (?:with )?|went to see|"
    r"asked (?:him|her|them)|called (?:him|her|them)|rang (?:him|her|them)|invited (?:him|her|"
    r"them))\b")
# The same told to the person and acted on, as a second-language telling puts it in the present:
# "so I tell him straight and I move him back to prep for two weeks" (a fault named outright,
# "so I told him it was his fault", stays blame).
_TOLD_THEM = re.compile(
    r"\bso (?:I|we) (?:then |first )?(?:(?:told|tell|warned|warn) (?:him|her|them)|(?:moved|move|"
    r"put|took|take) (?:him|her|them) (?:back|off|onto|on to))\b")

# The same, told a little later in the story: "Two of the crew had started skipping the
# harness check because they were behind. … I talked to the two of them separately." A
# fault named outright ("it was their fault") stays blame however it is then taken up.
_TOOK_IT_UP = re.compile(
    # (in the present too, as a second-language telling puts it: "so first I talk to him alone")
    r"\b(?:I|[Ww]e) (?:then |first |also |quietly )?(?:(?:sat|sit) down with|(?:talked|talk) (?:to|"
    r"with)|(?:spoke|speak) (?:to|with)|(?:had|have) (?:a|an) (?:\w+ )?(?:chat|conversation|word|"
    r"meeting|talk) with|(?:met|meet) (?:with )?(?:him|her|them|the|each)|(?:went|go) to see|"
    r"pulled (?:him|her|them|\w+) aside|took (?:him|her|them) aside|"
    r"(?:wrote|write|called|call|rang|ring|emailed|email|phoned|phone|messaged) "
    r"(?:to )?(?:him|her|them|the|their)|"
    # a supplier's shortfall met with the candidate's decision: "They failed again. We dropped
    # them."
    r"(?:dropped|replaced|stopped using|switched (?:away )?from|moved (?:away )?from) (?:him|her|"
    r"them|the|their))\b")
# (a mistake put on someone by name is the fault named too: "that was the warehouse's mistake")
_FAULT_NAMED = re.compile(r"\b(?:fault|blame\w*|on (?:them|him|her)|hands|screw\w*|mess\w*|"
                          r"(?:their|his|her|[\w-]+['’]s) (?:mistake|error|screw-?up)s?)\b",
                          re.IGNORECASE)
TAKEN_UP_WITHIN = 3
"""How many sentences after a shortfall the candidate's taking it up still answers it."""

# A feeling owned and then taken to the person calmly a little later in the story: "I was
# getting really wound up… So I asked Priya if we could meet for a coffee after school".
_MET_IT = re.compile(
    # (the person may go unnamed: "Next day I asked if we could talk after school")
    r"\b(?:I|we) (?:then |finally |eventually )?asked (?:(?:him|her|them|[A-Z][a-z]+) )?(?:if|"
    r"whether) (?:we|I) could (?:meet|talk|sit down|have a|grab|get)\b")
FEELING_MET_WITHIN = 6
"""How many sentences after a feeling its calm taking-up still answers it."""


# An outburst the candidate then apologised for is owned, not the story's frame: "Snapped at a
# support lead… Noticed it, apologised to her in the channel". Someone else's apology ("she came
# back and apologised", "he apologised to me") owns nothing of the candidate's.
# An apology may be told in reported words: "I said I'd been rude and I was sorry", "I told her
# I was sorry".
_APOLOGY = re.compile(r"\b(?:apologi[sz]ed|said sorry)\b(?! to (?:me|us)\b)|"
                      # told in the present, as second-language tellers narrate: "I say sorry"
                      r"\bI (?:say|apologi[sz]e) (?:sorry|to (?:him|her|them))\b|\bI (?:said|told "
                      r"(?:him|her|them|[A-Z][a-z]+))\b[^.;!?]{0,40}?\bI (?:was|am|['’]m) "
                      r"(?:really |very |so )?sorry\b", re.IGNORECASE)
_THEIR_SUBJECT = re.compile(r"\b(?:he|she|they|who)\b[^,;:—–]*$", re.IGNORECASE)


def _apologised(text: str) -> bool:
    """Whether `text` tells the candidate apologising."""
    return any(not _THEIR_SUBJECT.search(text[:found.start()]) for found in _APOLOGY.finditer(text))


# Going around people the candidate then names as their mistake, or undoes: "I changed the rota
# without asking anyone … I said to the team that was a mistake, and I put the old one back"
# ("nobody made me put it back" undoes nothing), or now asks first: "…and I started asking two
# of the line cooks to taste anything new".
_OWNED_MISTAKE = re.compile(
    # (told in the narrated present too: "I explain her it is my mistake")
    r"\b(?:that|it|this) (?:was|is) (?:a |my )?(?:mistake|wrong|on me)\b|"
    r"\bI (?:got (?:that|it|this) wrong|was wrong to|shouldn['’]t have)\b|"
    # the step the candidate skipped, named as theirs to take: "I should have asked you first",
    # a second-language "I should ask you"
    r"\bI should(?:['’]ve| have)? (?:asked|ask|told|tell|checked|check|talked|talk|consulted|"
    r"consult|warned|warn)\b|(?<!made me )(?<!make me )(?<!to )\bput (?:the "
    r"old [\w-]+|it|them) back\b|\bI (?:now |then |also )?(?:started|start|began|now) (?:asking|"
    r"getting|running (?:it|things|them) (?:past|by)|checking with|consulting)\b",
    re.IGNORECASE)


def _owned_later(item: Evidence, found: list[Sentence]) -> bool:
    """Whether the candidate calls going around people their mistake, apologises or undoes it a
    few lines on."""
    later = found[item.sentence:item.sentence + 1 + FEELING_MET_WITHIN]
    return any(_OWNED_MISTAKE.search(s.span.text) or _apologised(s.span.text) for s in later)


def _owned_conduct(item: Evidence, found: list[Sentence]) -> bool:
    """Whether a feeling of the candidate's was handled, or going around people owned, so that
    neither frames the story (`_HANDLED`, `_handled_later`, `_spurred`, `_owned_later`)."""
    sentence = found[item.sentence].span
    if item.kind == "emotional":
        return (bool(_HANDLED.search(sentence.text[item.at - sentence.start:]))
                or _handled_later(item, found) or _spurred(item, sentence))
    return item.kind == "steamroll" and _owned_later(item, found)


def _handled_later(item: Evidence, found: list[Sentence]) -> bool:
    """Whether the candidate took a feeling of theirs to the person, or apologised for it, a
    few lines on."""
    later = found[item.sentence + 1:item.sentence + 1 + FEELING_MET_WITHIN]
    return any(_MET_IT.search(s.span.text) or _TOOK_IT_UP.search(s.span.text)
               or _apologised(s.span.text) for s in later)


def _spurred(item: Evidence, sentence: Span) -> bool:
    """Whether the feeling sits in a reason clause that leads into the candidate's own step."""
    found = _FEELING_AS_SPUR.match(sentence.text)
    return found is not None and item.at - sentence.start < found.end()


def _denied_report(item: Evidence, clauses: list[Clause]) -> bool:
    """Whether the flag sits in words the candidate reports only to deny having said or
    thought them: "I never said she had no idea what she was doing"."""
    at = next((i for i, c in enumerate(clauses) if c.span.start <= item.at < c.span.end), None)
    if at is None or not clauses[at].reported:
        return False
    before = clauses[:at]
    reporting = next((c for c in reversed(before) if not c.reported), None)
    return (reporting is not None and reporting.sentence == clauses[at].sentence
            and reporting.by_candidate and reporting.mode == "negated")


# A choice the candidate made about someone or something: "we turned down a very confident
# candidate", "I moved him off the till", "we stopped using that supplier".
_CHOSE = re.compile(
    # (a change made for someone is chosen too: "I also change his reminders from letter to
    # phone call, because he say he don't open the post")
    r"\b(?:turned (?:\w+ )?down|rejected|chose|picked|passed on|(?:didn't|did not) (?:hire|pick|"
    r"choose|renew)|let (?:\w+ ){0,2}go|moved (?:him|her|them)|took (?:him|her|them) off|"
    r"(?:changed?|switched|switch|moved|move) (?:his|her|their) |"
    r"replaced|removed|declined|stopped using|switched|gave (?:the|that) (?:job|role|shift|"
    r"contract|work) to)\b", re.IGNORECASE)


def _clause_before(clause: Clause, clauses: list[Clause]) -> Clause | None:
    """The clause just before `clause` in the same sentence, if any."""
    at = clauses.index(clause)
    before = clauses[at - 1] if at else None
    return before if before is not None and before.sentence == clause.sentence else None


def _grounds_of_a_choice(clause: Clause, clauses: list[Clause]) -> bool:
    """Whether the clause gives the reason for a choice the candidate (or their team) made
    just before it: "we turned down a confident candidate | because she did not listen to the
    client" weighs someone, as hiring does; it does not put a failure of the story on them."""
    before = _clause_before(clause, clauses) if clause.role == "grounds" else None
    return (before is not None and before.actor in ("candidate", "team")
            and before.mode == "fact" and bool(_CHOSE.search(before.text)))


# Taking on part of someone's work: "I'd take some of their orders if they were behind".
_THEIR_SHARE = re.compile(r"\b(?:take|took|do|did|cover|covered|finish|finished|pick up|"
                          r"picked up) (?:some|half|part|a few|most|one|two) of (?:their|his|"
                          r"her) \w+", re.IGNORECASE)


def _reason_for_help(clause: Clause, clauses: list[Clause]) -> bool:
    """Whether someone else's shortfall is the reason or the occasion for the help the candidate
    gives just before it in the sentence: "I helped the newer pickers find things | because
    they didn't know the layout yet" tells why they needed help, not whose fault an outcome
    was (the help told after the shortfall is read in `_without_owned_faults`)."""
    before = _clause_before(clause, clauses) if clause.actor == "other" else None
    return (before is not None and before.by_candidate and before.mode != "negated"
            and bool(_HELPED.search(before.text) or _THEIR_SHARE.search(before.text)
                     or _IN_THEIR_STEAD.search(before.text)))


# A piece of work done in someone's stead: "Then I did the incident report myself | because
# she didn't know our system", "I wrote the handover for her | as she was new".
_IN_THEIR_STEAD = re.compile(
    r"\b(?:did|wrote|filled in|filled out|completed|filed|made|sorted|handled|took) (?:the|a|an|"
    r"that) (?:[\w-]+ ){0,2}?(?:report|form|handover|paperwork|notes?|referral|claim|return|"
    r"incident|log|call|booking|order|request)s? (?:myself|for (?:him|her|them))\b",
    re.IGNORECASE)


# A clause that hands the words after it to someone else: "The notes said | she was slow".
_REPORTS = re.compile(r"\b(?:said|says|had said|claimed|wrote|had written|described (?:her|him|"
                      r"them) as|called (?:her|him|them)|complained|reckoned|felt)\W*$",
                      re.IGNORECASE)


# A clause that opens on someone else's report and goes on to what they said: "The other team
# leads complained | she was incompetent", told without a "that" the reading could split at.
_REPORT_VERB = re.compile(
    r"^(?:(?:also|kept|would|had|always|often|openly|loudly|was|were) )*(?:said|says|saying|"
    r"claimed|claiming|wrote|written|complained|complaining|reckoned|felt|thought|believed|"
    r"grumbled|grumbling|moaned|moaning|muttered|muttering|joked|joking|insisted|warned|told|"
    r"telling|called|described|described (?:her|him|them) as)$", re.IGNORECASE)
# The candidate taking the report as their own: "and honestly they were right, she was useless".
_ENDORSED = re.compile(
    r"\b(?:(?:they|he|she|[A-Z][a-z]+|the [\w-]+) (?:(?:was|were) (?:(?:dead|absolutely|"
    r"completely|totally) )?(?:right|not wrong|spot on|correct)|(?:had|has) a point)|"
    r"(?:and|which) (?:honestly |frankly )?I (?:agreed|couldn't disagree|had to agree)|I "
    r"(?:had to agree|couldn't argue|couldn't disagree)|[Ff]air enough|which was (?:true|fair|"
    r"about right)|(?:to be fair|and),? (?:he|she|they) (?:was|were)(?: too)?[.!])")


def _reports_first(clause: Clause) -> bool:
    """Whether the clause is someone else's report of what they said or thought, opening on
    its speaker and the verb of saying."""
    # (a clause has a subject phrase whenever it has words after it)
    _, rest = subject_split(clause.text)
    if clause.actor != "other" or not rest:
        return False
    # ("kept saying", "were grumbling": the saying is the second word)
    verb = rest[:2] if len(rest) > 1 and rest[0] in ("kept", "had", "also", "always", "was",
                                                     "were") else rest[:1]
    return bool(_REPORT_VERB.match(" ".join(verb)))


# Someone else's view, opening the clause the flag's words sit in: "Everyone assumed the night
# team were lazy", "The boss thought the idea was pointless until he saw the numbers".
_THEIR_VIEW = re.compile(r"^\W*(?:[\w'’-]+ ){1,5}?(?:assumed|thought|believed|reckoned|figured|"
                         r"said|felt|claimed|insisted|complained|called|considered|decided|"
                         r"told (?:me|us|everyone|the [\w-]+))\b", re.IGNORECASE)


def _held_by_another(item: Evidence, clause: Clause | None) -> bool:
    """Whether the flag's words are what someone else in the story thought or said of it."""
    return (clause is not None and clause.actor == "other" and item.at > clause.span.start
            and bool(_THEIR_VIEW.match(clause.text[:item.at - clause.span.start])))


def _someone_elses_words(item: Evidence, clauses: list[Clause], found: list[Sentence]) -> bool:
    """Whether the flag sits in what someone other than the candidate said or wrote, reported
    ("The notes said she was slow and didn't speak up"): their words, not the candidate's,
    unless the candidate then takes them as their own ("and they were right")."""
    clause = next((c for c in clauses if c.span.start <= item.at < c.span.end), None)
    if clause is None:
        return False
    before = _clause_before(clause, clauses)
    # What follows someone's report in its sentence goes on with it: "She said the problem was
    # they never knew when we were coming, | so they couldn't get the patient ready".
    reported = _held_by_another(item, clause) or _reports_first(clause) or (
        before is not None and before.actor in ("other", "none")
        and bool(_REPORTS.search(before.text))) or any(
        c.reported and c.owner == "other" for c in clauses
        if c.sentence == clause.sentence and c.span.end <= clause.span.start)
    sentence = found[clause.sentence].span
    after = sentence.text[clause.span.end - sentence.start:] + " ".join(
        s.span.text for s in found[clause.sentence + 1:clause.sentence + 2])
    return reported and not _ENDORSED.search(after)


# The candidate's first view, told to be set against what they found: "My first reaction was
# that it wasn't my fault, he'd passed." … "then I saw I had signed it off without checking".
_FIRST_VIEW = re.compile(r"\b(?:my first (?:reaction|thought|instinct|response|assumption)|my "
                         r"instinct|at first I (?:thought|assumed|felt|believed)|I (?:first|"
                         r"initially) (?:thought|assumed|felt|believed)|"
                         # the view the story then shows wrong: "I'd assumed they were behind
                         # on comprehension"
                         r"I(?:['’]d| had) (?:assumed|presumed|taken it for granted))\b",
                         re.IGNORECASE)
_OWNED_WRONG = re.compile(r"\b(?:I (?:was wrong|got (?:it|that|the [\w-]+|my [\w-]+) wrong)|"
                          r"my (?:own )?(?:fault|mistake|error))\b", re.IGNORECASE)
_TURNED_ON_ME = re.compile(r"\b(?:I (?:had|hadn't|had not|should have|should['’]ve|was wrong|"
                           r"got (?:it|that|the [\w-]+|my [\w-]+) wrong|"
                           r"missed|forgot|realised|realized)|my (?:own )?(?:fault|mistake|error)|"
                           r"on me)\b", re.IGNORECASE)


def _taken_back(item: Evidence, found: list[Sentence]) -> bool:
    """Whether a blame is the candidate's first view that the story then turns on them."""
    if not _FIRST_VIEW.search(found[item.sentence].span.text):
        return False
    # (or owned outright just before it: "I got the diagnosis wrong. I'd assumed they were
    # behind on…")
    if item.sentence and _OWNED_WRONG.search(found[item.sentence - 1].span.text):
        return True
    later = " ".join(s.span.text for s in found[item.sentence + 1:item.sentence + 3])
    # "I'd written 'watch' twice" is "I had written": what the candidate finds they had done.
    return bool(_TURNED_ON_ME.search(_HAD.sub(" had ", later)))


# A failing said plainly instead of spun: "I wasn't going to pretend the move had been handled
# well, because it hadn't" is candour about what happened, not a deflection of the candidate's
# own part.
_NOT_SPUN = re.compile(
    r"\b(?:i|we) (?:wasn't|was not|weren't|won't|wouldn't|didn't|did not|refused to|would not|"
    r"will not)(?: going to)? (?:pretend|claim|spin|sugar-?coat|gloss over|paper over|act as if)\b",
    re.IGNORECASE)


# A fault told, then owned by the one who holds it, in the next line: "She was slow on the line
# and froze when tickets stacked up. That was the owner's view, and it wasn't wrong."
_SOMEONE_ELSES_VIEW = re.compile(
    r"^\W*(?:[Tt]hat|[Tt]his|[Tt]hose|[Ss]uch) (?:was|were|is|are) (?:(?:the|our) [\w-]+"
    r"(?: [\w-]+)?['’]s|his|her|their|[A-Z][a-z]+['’]s) (?:[\w-]+ )?(?:view|take|opinion|"
    r"complaint|verdict|version|reading|case|argument|side|position|assessment)\b")


def _blame_explained(item: Evidence, sentence: Span, found: list[Sentence]) -> bool:
    """Whether a blame is no blame in its story: the cause of a conflict, a first view taken
    back, someone else's view told as theirs, a failing said plainly instead of spun, or a
    shortfall the candidate takes up with the person (then or a few lines on)."""
    after = sentence.text[item.at - sentence.start:]
    following = found[item.sentence + 1].span.text if item.sentence + 1 < len(found) else ""
    return (_conflict_cause(sentence.text, item.at - sentence.start) or _taken_back(item, found)
            or bool(_SOMEONE_ELSES_VIEW.match(following))
            or bool(_NOT_SPUN.search(sentence.text[:item.at - sentence.start]))
            or bool(_TAKEN_UP_WITH.search(after))
            or bool(_TOLD_THEM.search(after)) and not _FAULT_NAMED.search(after)
            or (not _FAULT_NAMED.search(sentence.text) and any(
                _TOOK_IT_UP.search(s.span.text)
                for s in found[item.sentence + 1:item.sentence + 1 + TAKEN_UP_WITHIN])))


_BLAMING = re.compile(r"blam(?:e|ed|es|ing)\b", re.IGNORECASE)


# Another party named in a lesson, by its group: "other departments", "the suppliers".
_SOME_PARTY = re.compile(r"\b(?:other|another|the) (?:[\w-]+ )?(?:departments?|teams?|shifts?|"
                         r"crews?|suppliers?|vendors?|sites?|offices?|units?|wards?|groups?)\b",
                         re.IGNORECASE)


# A miss denied of someone is good news, not a fault: "since then he didn't miss any check-up",
# "she hasn't lost a single order since".
_NO_MISS_SINCE = re.compile(
    r"\b(?:didn['’]t|did not|hasn['’]t|has not|haven['’]t|have not|never|don['’]t|doesn['’]t) "
    r"(?:\w+ )?(?:miss|lose|lost|fail|drop|break|forget)\w* (?:a|any|one|a single|another)\b",
    re.IGNORECASE)


def _no_fault_placed(item: Evidence, clause: Clause | None, sentence: Span,
                     found: list[Sentence]) -> bool:
    """Whether a blame places no fault for the story's miss: explained in its story
    (`_blame_explained`), or in a lesson told of how things go, with no one in it ("the
    objection you hear most politely is often a workflow problem, not a belief problem"; "the
    lesson is that other departments need to tell us" still puts it on them)."""
    if clause is not None and _NO_MISS_SINCE.search(clause.text):
        return True
    return _blame_explained(item, sentence, found) or (
        clause is not None and clause.role == "reflection" and clause.mode == "habitual"
        and not mentions_others(clause.text) and not _SOME_PARTY.search(clause.text))


def _their_blaming(item: Evidence, clause: Clause, sentence: Span) -> bool:
    """Whether the blame found is someone else's blaming, told by the candidate: "each trade
    blamed the other", "my manager blamed the vendor". The candidate's own ("I blamed the
    vendor", "we blamed the night shift") and an unsaid subject stay the candidate's."""
    if clause.actor in ("candidate", "team") or not _BLAMING.match(
            sentence.text, item.at - sentence.start):
        return False
    head, _ = subject_split(clause.text)
    return bool(head) and head[0].lower() not in ("i", "we")


def _no_conduct_judged(item: Evidence, clause: Clause | None, sentence: Span,
                       clauses: list[Clause]) -> bool:
    """Whether a contempt or going-around flag's words judge no one's conduct: a judging word
    said of a thing ("a dumb version of the plan", "the question I thought might be stupid"),
    or going around people that is not the candidate's ("the software moved her data without
    telling her") or is within their role ("spending up to £500 without sign-off is within my
    role")."""
    at = item.at - sentence.start
    if item.kind == "contempt":
        return (judges_a_thing(sentence.text[at:]) or judged_thing_before(sentence.text[:at])
                or _said_of_a_thing(item, clause) or bool(_OF_MYSELF.search(sentence.text[:at]))
                or bool(_OF_SOMETHING.search(sentence.text[:at])))
    return item.kind == "steamroll" and (
        _done_by_another(item, clause, clauses, sentence)
        or any(m.start() <= at < m.end()
               for m in _OVER_A_HEAD_UNDERSTOOD.finditer(sentence.text, max(0, at - 20), at + 60))
        or bool(_WITHIN_MY_AUTHORITY.search(sentence.text)) or _nobody_gone_past(sentence.text)
        or bool(_NOT_GONE.search(sentence.text[:at]))
        or _WENT_AHEAD.match(sentence.text, at) is not None and clause is not None
        and (clause.actor in ("other", "none") or opens_on_verb(clause.text) and bool(
            _OBJECTED.search(sentence.text, 0, max(0, clause.span.start - sentence.start)))))


# What went ahead past an objection, told of a plan or of someone else ("I raised it in three
# meetings, but it went ahead anyway"): the teller forced nothing.
_WENT_AHEAD = re.compile(r"went ahead\b", re.IGNORECASE)
# A note's objection before it: "Told them not ready; raised in 3 meetings w/ Mr Novak (GM); went
# ahead anyway" (what went ahead is what was objected to; "went ahead anyway" after "Boss said
# wait" is the teller's).
_OBJECTED = re.compile(r"\b(?:raised (?:it |this |that |concerns? |objections? )?in (?:\d+|two|"
                       r"three|four|several|multiple|every|each)|raised (?:concerns?|objections?)|"
                       r"objected|pushed back|warned|disagreed|argued against|"
                       r"(?:told|said to) (?:them|him|her|mgmt|management)\b[^;.]{0,20}?\bnot\b)",
                       re.IGNORECASE)


# Going around someone named as what was not done: "I told him first rather than going behind
# his back", "tell the person first before you go over their head", "I didn't want to, you
# know, go behind his back".
_NOT_GONE = re.compile(r"\b(?:(?:rather than|instead of|not|never|before|without)\s+(?:just\s+|"
                       r"simply\s+|you\s+|I\s+|we\s+)?|(?:didn['’]t|did not|don['’]t|do not|"
                       r"never|wouldn['’]t|won['’]t) (?:want|mean|need|try|plan)(?:ed)? to,?\s+"
                       r"(?:(?:you know|like|I mean|really|honestly),\s+)?)"
                       r"(?:(?:to )?(?:go|going)\s+)?$", re.IGNORECASE)


# What goes over someone's head, told as going on, is too hard for them to follow, no one gone
# past: "some of the newer pedagogy was going over his head" (where "I went over his head to the
# director" is).
_OVER_A_HEAD_UNDERSTOOD = re.compile(
    r"\b(?<!\bI )(?<!\bwe )(?:was|were|is|are|['’]s|been|kept) (?:\w+ly )?going (?:way |right )?"
    r"over (?:his|her|their|my|our|everyone['’]s|people['’]s) heads?\b", re.IGNORECASE)
# A judging word said of whatever is at hand, no one: "I'm quite blunt if something's sloppy",
# "it was sloppy, so I sent it back".
_OF_SOMETHING = re.compile(r"\b(?:something|anything|everything|it)(?:['’]s| is| was| looks| "
                           r"looked| seems| seemed)(?: (?:a bit|quite|too|really|very|just|at "
                           r"all))*\s*$", re.IGNORECASE)
# A judging word after "was" or "were", the clause's subject a thing the reader names no one by:
# "The old process was useless for night shifts", "the data was garbage at first". Said of
# people ("the new hires were useless") the clause is someone's, and it stays contempt.
_JUDGED_AS = re.compile(r"\b(?:was|were|is|are|'s|’s)(?: (?:just|pretty|completely|totally|"
                        r"frankly|honestly|basically|absolutely|a bit|kind of|so|really))*\s*$",
                        re.IGNORECASE)


# The teller judging themself: "I felt like an idiot when I saw the numbers".
_OF_MYSELF = re.compile(r"\b(?:i|we) (?:felt|feel|was|were|looked|look|am|'m|’m|sounded) (?:like |"
                        r"a bit of )?(?:(?:a|an|such an?|a complete|a total|a right|the) )?"
                        r"(?:[\w-]+ )?$", re.IGNORECASE)


# The judging words said of things as readily as of people.
_OF_THINGS = re.compile(r"(?:garbage|rubbish|useless|a joke|a mess|pointless|a waste|hopeless|"
                        r"terrible|awful|a nightmare|a dinosaur|ancient|outdated|broken)\b",
                        re.IGNORECASE)


# ...but not of a group named as one ("the warehouse lot are useless"), nor with a word only
# people earn beside it ("useless and lazy").
_A_GROUP = re.compile(r"\b(?:lot|crowd|bunch|gang|lads|girls|guys|folk|folks|lot of them)\b",
                      re.IGNORECASE)
_OF_PEOPLE_ONLY = re.compile(r"\b(?:lazy|clueless|incompetent|rude|arrogant|stupid|idiots?|"
                             r"morons?|careless|selfish)\b", re.IGNORECASE)


def _said_of_a_thing(item: Evidence, clause: Clause | None) -> bool:
    if clause is None or clause.actor != "none" or not clause.span.start <= item.at:
        return False
    head, _ = subject_split(clause.text)
    said = clause.text[item.at - clause.span.start:]
    return (bool(head) and head[0].lower() in _DETERMINERS and not mentions_others(" ".join(head))
            and not _A_GROUP.search(" ".join(head))
            and bool(_JUDGED_AS.search(clause.text[:item.at - clause.span.start]))
            and bool(_OF_THINGS.match(said)) and not _OF_PEOPLE_ONLY.search(said))


_WITHOUT = re.compile(r"^\W*without \w+ing\b", re.IGNORECASE)
_DETERMINERS = frozenset({"the", "a", "an", "our", "their", "its", "this", "that", "some"})


def _done_by_another(item: Evidence, clause: Clause | None, clauses: list[Clause],
                     sentence: Span) -> bool:
    """Whether acting "without telling her" is told of someone else or of a thing: the clause
    the words sit in, or the one they hang from ("The old release tool had pushed her change |
    without telling her")."""
    if clause is None or not _WITHOUT.match(sentence.text[item.at - sentence.start:]):
        return False
    doer = clause
    if _WITHOUT.match(clause.text):
        before = [c for c in clauses
                  if c.sentence == clause.sentence and c.span.end <= clause.span.start]
        if not before:
            return False
        doer = before[-1]
    return doer.actor == "other" or _a_thing_did_it(doer)


def _a_thing_did_it(clause: Clause) -> bool:
    """Whether a clause's subject is a thing named with its determiner: "The software moved
    her data", not a bare "Yes." said back."""
    head, _ = subject_split(clause.text)
    return bool(head) and head[0].lower() in _DETERMINERS and _of_a_thing(clause)


# Anger the teller turns on themself is the self-criticism of owning a miss ("Honestly, I was
# angry with myself"), not a story told as a grievance.
_AT_MYSELF = re.compile(r"^[^.;!?]{0,60}?\b(?:angry|furious|frustrated|annoyed|cross|upset|mad|"
                        r"livid|fed up|irritated|disappointed)\b[\w ,]{0,45}?\b(?:with|at|in) "
                        r"(?:myself|ourselves)\b", re.IGNORECASE)
# A feeling acted on or held on to, which a story is framed by however briefly it is told: "I
# snapped at him", "fired off an email", "I couldn't sleep", "I was still furious".
_FEELING_ACTED = re.compile(
    r"\b(?:yell\w*|shout\w*|snap\w*|storm\w*|blew up|blow up|lost (?:my|our) (?:temper|cool)|"
    r"lost it|explod\w*|saw red|fired? off|slamm?\w*|vent\w*|rant\w*|swore|swear\w*|scream\w*|"
    r"(?:couldn't|could not|can't) sleep|awake|still|sick of|hate\w*|resent\w*|bitter\w*|"
    r"drove me|blood|every (?:day|time|morning|night)|always|never)\b", re.IGNORECASE)


# The teller turning from the feeling to the work: "But after one weekend of complaining I
# decide I need to do something", "I went and made a cup of tea so I didn't say something I'd
# regret". Acting in the heat of it ("So I replied straight away") turns from nothing.
_TURNED_FROM = re.compile(
    r"\b(?:but|after (?:a|one|the|that|some|a few|two) (?:\w+ )?(?:day|night|weekend|while|week|"
    r"minutes?|hours?|days)|once (?:i|we)|decided|decide|calmed|cooled|took a (?:breath|step "
    r"back|walk|minute|moment)|stepped (?:away|back|out)|slept on it|let it go|put (?:it|that|the "
    r"feeling) aside|got over|(?:didn't|wouldn't|did not|would not) (?:say|send|reply|react)|"
    r"before (?:i|replying|answering|reacting))\b", re.IGNORECASE)


def _feeling_passed(item: Evidence, found: list[Sentence], clauses: list[Clause],
                    felt: int) -> bool:
    """Whether an `emotional` finding is a feeling told in passing: anger at oneself, or the
    answer's only feeling (`felt`), said as a state ("I was honestly very frustrated"), neither
    acted on nor held on to (`_FEELING_ACTED`) nor where the answer ends, from which the teller
    turns (`_TURNED_FROM`) to a step of their own within two sentences. One "I was gutted" in
    a story of what was then done frames nothing (`FRAMED_FEELINGS`), and anger is no
    different; a reply sent in the heat of it is the feeling acted on."""
    sentence = found[item.sentence].span
    if _AT_MYSELF.search(sentence.text[item.at - sentence.start:]):
        return True
    if felt > 1 or item.sentence >= len(found) - 1 or _FEELING_ACTED.search(sentence.text):
        return False
    turns = [(i, found[i].span.start + m.start())
             for i in range(item.sentence, min(item.sentence + 3, len(found)))
             for m in _TURNED_FROM.finditer(found[i].span.text)
             if found[i].span.start + m.start() > item.at]
    if not turns:
        return False
    index, at = turns[0]
    return any(told_step(c) and c.mode == "fact" and c.span.end > at
               for c in clauses if index <= c.sentence <= index + 2)


# A stand taken, named just before "I'd do the same again": "Wasn't comfortable, telling your
# boss no, but I'd do the same again" would take the stand again; it denies no failure.
_STAND_TAKEN = re.compile(
    r"\b(?:tell(?:ing)?|told|say(?:ing)?|said)\b[^.;!?]{0,25}\bno\b|\bpush(?:ing|ed)? back\b|"
    # ("it's about noticing, speaking up" is a creed, no stand the story took)
    r"\bst(?:and|ood|anding) (?:my|our) ground\b|\bstood (?:up|firm)\b|\brefus(?:e|ed|ing)\b",
    re.IGNORECASE)
_AGAIN = re.compile(r"\bsame (?:call |thing |decision |choice )?(?:again|all over again)\b",
                    re.IGNORECASE)


def _stand_again(item: Evidence, sentence: Span, found: list[Sentence]) -> bool:
    """Whether a never-fail flag's "I'd do the same again" takes again a stand named just
    before it, in its own sentence or the one before."""
    if not _AGAIN.search(sentence.text, item.at - sentence.start):
        return False
    before = sentence.text[:item.at - sentence.start]
    if item.sentence:
        before = f"{found[item.sentence - 1].span.text} {before}"
    return bool(_STAND_TAKEN.search(before))


def _without_owned_faults(evidence: list[Evidence], found: list[Sentence],
                          clauses: list[Clause]) -> list[Evidence]:
    """No red flag in words the candidate reports only to deny them; and someone else's
    shortfall is no blame or contempt where the candidate takes the fault in
    the same sentence ("she didn't know the setup, which was my fault for not documenting it"),
    nor where it sets the scene of the candidate's helping ("the backend developer was behind
    on his part of the API, so I offered to take the auth endpoints"): the story is the help."""
    kept = []
    felt = len({e.sentence for e in evidence if e.kind == "emotional"})
    for item in evidence:
        if item.kind in _CLAUSE_FLAGS and _denied_report(item, clauses):
            continue
        if item.kind == "emotional" and _feeling_passed(item, found, clauses, felt):
            continue
        if _owned_conduct(item, found):
            continue
        sentence = found[item.sentence].span
        clause = next((c for c in clauses if c.span.start <= item.at < c.span.end), None)
        # "So of course half the scans hadn't registered": the miss is put on whoever the
        # sentence before named, whatever the candidate did about it then.
        bound = item.kind == "blame" and told_as_bound(sentence.text)
        if item.kind == "blame" and not bound and _no_fault_placed(item, clause, sentence, found):
            continue
        if _no_conduct_judged(item, clause, sentence, clauses):
            continue
        if item.kind == "blame" and clause is not None and _their_blaming(item, clause, sentence):
            continue
        if (item.kind in _OTHERS_FAULT and _someone_elses_words(item, clauses, found)
                or item.kind == "dismissive" and (_held_by_another(item, clause) or (
                    clause is not None and clause.reported and clause.owner == "other"))):
            continue
        if (item.kind == "sole_credit" and clause is not None and clause.actor == "other"
                and _NOBODY_ELSE.search(clause.text) and not _ME_IN_IT.search(sentence.text)):
            # "she was writing the tests nobody else bothered with" credits her, not the teller
            continue
        if item.kind == "sole_credit" and _NOT_CREDIT_TAKEN.search(sentence.text) and not (
                # the others' part told, then taken back: "Claire ran the buddy shifts, but I
                # was the one driving it"
                _TAKEN_BACK.match(sentence.text, item.at - sentence.start)):
            continue
        if item.kind == "never_fail" and (
                _stand_again(item, sentence, found)
                or _UNTIL_THIS.search(sentence.text[item.at - sentence.start:])
                or item.sentence + 1 < len(found)
                and (_TURNS_TO_A_MISS.search(found[item.sentence + 1].span.text)
                     or _CHANGE_NAMED.search(found[item.sentence + 1].span.text))):
            # ("Would do the same again. Only thing I'd change: should have photographed the
            # board" names its own miss in the next breath)
            continue
        if item.kind in _OTHERS_FAULT:
            if _OWN_FAULT.search(sentence.text) or any(
                    _NOT_THEIR_FAULT.search(s.span.text)
                    for s in found[item.sentence:item.sentence + 1 + TAKEN_UP_WITHIN]):
                continue
            if not bound and clause is not None and _sets_up_help(item, clause, clauses):
                continue
        kept.append(item)
    return kept


# What puts a slip right: another source found, the work redone, the gap covered.
_RESCUE = re.compile(r"\b(?:rang|called|phoned|found|sourced|fixed|redid|re-did|rebuilt|resized|"
                     r"reprinted|rewrote|re-ran|reran|ordered|arranged|drove|replaced|borrowed|"
                     r"hired|booked|covered)\b", re.IGNORECASE)


# The teller finding why someone fell short: "I realised his eyesight was poor", "I understood
# they had never been shown the form".
_CAUSE_FOUND = re.compile(r"\b(?:I|we) (?:then |soon |quickly )?(?:reali[sz]ed?|understood|"
                          r"understand|found out|find out|discover(?:ed)?|learned|learnt|"
                          r"worked out|work out)(?: that)? (?:his|her|their|he|she|they|"
                          r"(?:the|this|that) (?:patient|customer|client|man|woman|guy|lad|kid|"
                          r"child|student|driver|resident)\b)", re.IGNORECASE)


def _rescued(after: list[Clause]) -> bool:
    """Whether the candidate's own steps that follow put the trouble right: two steps or more,
    one of them a fix (`_RESCUE`)."""
    steps = [c for c in after if c.actor == "candidate" and c.role in ("action", "decision")]
    return len(steps) >= 2 and any(_RESCUE.search(c.text) for c in steps)


def _sets_up_help(item: Evidence, clause: Clause, clauses: list[Clause]) -> bool:
    """Whether someone else's shortfall sets the scene of the candidate's helping, or gives
    the grounds of a choice, rather than placing a fault."""
    # The help may come a few lines on, once the cause is told ("Her eyesight had got
    # worse… I asked the vet to switch her to a pen with a dial").
    after = [c for c in clauses
             if item.sentence <= c.sentence <= item.sentence + TAKEN_UP_WITHIN
             and c.span.start > item.at and c.by_candidate and c.mode == "fact"]
    if (clause.role == "situation" or clause.actor == "other") and any(
            _HELPED.search(c.text) for c in after[:4]):
        return True
    if item.kind == "blame" and clause.actor == "other" and any(_CAUSE_FOUND.search(" ".join(
            past_telling(d) for d in clauses if d.sentence == c.sentence
            and d.span.start >= c.span.start)) for c in after[:3]):
        # A lapse whose cause the teller goes on to find ("he didn't really do those… I
        # realised his eyesight was poor") is the trouble examined, not a fault placed.
        return True
    if item.kind == "blame" and item.sentence <= 1 and not _FAULT_NAMED.search(clause.text) and (
            _rescued(after)):
        # A supplier's slip as the trouble the story opens on, put right by the candidate's
        # own steps after it ("the printer let us down, they sent the wrong sizes… I rang three
        # other sign shops… I resized all 46 labels myself"), is the scene of a rescue: no miss
        # of theirs is put on anyone.
        return True
    return _reason_for_help(clause, clauses) or (
        item.kind == "blame" and _grounds_of_a_choice(clause, clauses))


def _without_others_quotes(evidence: list[Evidence], spans: list[Quoted]) -> list[Evidence]:
    """No red flag in words quoted from someone else or held up as a term (`quotes.py`)."""
    return [e for e in evidence
            if e.kind not in _CLAUSE_FLAGS or not in_others_words(spans, e.at)]


def _without_credit_in_flagged_clauses(evidence: list[Evidence],
                                       clauses: list[Clause]) -> list[Evidence]:
    """A clause that carries a red flag earns no credit: "it made my blood boil to watch them
    wave away the numbers" is not evidence of using data."""
    flagged = _flagged_clauses(evidence, clauses)
    return [e for e in evidence
            if e.kind in _CLAUSE_FLAGS or e.kind in _PLAIN_FACTS or e.kind.startswith("cue")
            or not any(c.span.start <= e.at < c.span.end for c in flagged)]


_LESSON_OPINION = re.compile(LESSON_OPINION, re.IGNORECASE)


def _lessons_unhedged(clauses: list[Clause]) -> list[Clause]:
    """An opinion verb that frames a lesson ("I think the lesson for me was…", "I think what I
    learned is…") doubts no fact of the story: such a clause is read as if the verb were not
    there, so a strict panelist does not discount the lesson as hedged."""
    read: list[Clause] = []
    for clause in clauses:
        found = _LESSON_OPINION.search(clause.text) if clause.mode == "hedged" else None
        if found is not None:
            rest = clause.text[:found.start(1)] + clause.text[found.end(1):].lstrip(" ,")
            clause = replace(clause, mode=read_mode(rest, clause.actor))
        read.append(clause)
    return read


HYPOTHETICAL_SHARE = 0.5
"""An answer is hypothetical when at least this share of the candidate's clauses are."""


# What did not happen is told all the same: "I didn't agree, but I didn't say anything".
_NEGATED_PAST = re.compile(r"\b(?:did not|didn['’]t|wasn['’]t|weren['’]t)\b", re.IGNORECASE)
# Who the candidate is rather than what they do: "I'm quite careful", "we are a tight team".
_TRAIT = re.compile(r"^\W*(?:and |but |so )?(?:I|we)(?:'m|'re| am| are)\b(?!\s+\w+ing\b)",
                    re.IGNORECASE)


# A story told in the present, as second-language tellers often do, marks its one occasion
# ("When I join, I ask my manager if I can look", "Later I ask him what is the problem", "Next
# day I call the supplier"); a habit says how often ("usually", "every time"), and an imagined
# story says "would".
_ONE_OCCASION = re.compile(
    r"\b(?:later|after this|(?:the )?next (?:day|morning|week)|one day|that (?:day|morning|"
    r"night|week)|the day after|(?:a|one|two|three) (?:days?|weeks?|months?) later|when I "
    r"(?:join|joined|start|started|arrive|arrived)|in the end|by the end(?! of the day)|"
    # one stretch of the story counted out: "so we go from four of us down to three, for six
    # weeks"
    r"for (?:the next )?(?:two|three|four|five|six|seven|eight|ten|twelve|\d+) (?:days|weeks|"
    r"months)(?!,? (?:every|each|a|per)\b))\b", re.IGNORECASE)
_HOW_OFTEN = re.compile(
    r"\b(?:usually|always|normally|typically|generally|often|tend to|every time|each time|"
    r"whenever|as a rule|would|'d)\b", re.IGNORECASE)


def _one_occasion_in_present(imagined: list[Clause], found: list[Sentence],
                             clauses: list[Clause]) -> bool:
    """Whether the clauses read as imagined tell one occasion in the present: habits all (no
    "would"), none saying how often, in an answer that marks its occasion or tells what came of
    it in the past ("I find the tariff online… I write to HMRC… We claimed back £41,000", as a
    second-language speaker tells a story). Filler marks none: "…and it all worked out in the
    end" added to a habit does not make it a story."""
    return (all(c.mode == "habitual" for c in imagined)
            and not any(_HOW_OFTEN.search(c.text) for c in imagined)
            and (any(_ONE_OCCASION.search(s.span.text) for s in found
                     if not s.masked and not s.filler) or any(
                c.role == "result" and c.mode == "fact" and c.actor != "other"
                and past_tense(c.text) for c in clauses)))


# What was asked, set off from the asking by a name's apposition: "I ask Mr Price, he's the
# farmer, | if I can go on the course" is a question put, no imagined doing.
_ASKING = re.compile(r"\b(?:ask|asks|asked|asking|wonder|wondered|check|checked)\b", re.IGNORECASE)
_WHETHER = re.compile(r"^\W*(?:if|whether)\b", re.IGNORECASE)


def _asked_whether(clause: Clause, clauses: list[Clause]) -> bool:
    before = _clause_before(clause, clauses)
    return bool(_WHETHER.match(clause.text)) and before is not None and (
        before.sentence == clause.sentence) and bool(_ASKING.search(before.text))


_IF = re.compile(r"^\W*(?:(?:and|but|so|or)\s+)?(?:if|unless)\b", re.IGNORECASE)
# A frame of thought in the past, which `past_tense` leaves to the clause it frames.
_THOUGHT_THEN = re.compile(r"\b(?:thought|believed|figured|assumed|expected|reckoned|feared|"
                           r"worried|hoped|suspected|guessed|knew)\b", re.IGNORECASE)


def _expected_then(clause: Clause, clauses: list[Clause]) -> bool:
    """Whether an imagined clause is what the teller thought would happen, told as a step of
    the story: what a past frame holds ("I thought | we'd lose them") and the condition it
    came with ("if we waited for the review"). Only a frame in the present ("I think | I'd
    call them") or none imagines what they would do instead of telling it."""
    before = _clause_before(clause, clauses)
    if before is None:
        return False
    if clause.reported and before.owner == clause.owner and before.mode in ("fact", "hedged"):
        return past_tense(before.text) or bool(_THOUGHT_THEN.search(before.text))
    # The condition goes with what it is the condition of: "I was sure we'd lose them | if we
    # waited" is a certainty held, "I'd call them | if it was urgent" a step imagined.
    return bool(_IF.match(clause.text)) and before.mode != "hypothetical" and (
        _expected_then(before, clauses) or before.mode == "fact" and past_tense(before.text))


def _story_flags(found: list[Sentence], clauses: list[Clause]) -> list[Evidence]:
    """`hypothetical` (what they would do, not what they did) and `no_story`, for the answer.

    Reflection ("next time I would…") and the relationship since ("we get along fine") are not
    counted: they are a good answer's ending.
    """
    # Filler ("we worked on a lot of things") is no story either way: it cannot dilute the share.
    scored = {s.index for s in found if not s.masked and not s.filler}
    # "We still get along" is the story's aftermath told in the present, not an imagined story.
    own = [c for c in clauses if c.sentence in scored and c.by_candidate
           and c.role not in ("reflection", "relationship")]
    # An outcome that lasted is told as a habit of the past: "after that she hit the cut-off
    # every week".
    # (What set the story going is told too: "when an allergen audit found two dishes".)
    told = [c for c in clauses if c.sentence in scored and (
        c.mode in ("fact", "negated", "hedged") and (
            c.role not in ("other", "reflection", "situation") or scene_event(c))
        or c.mode == "habitual" and c.role == "result")
            and (past_tense(c.text) or c.narrated or _NEGATED_PAST.search(c.text))]
    # "I usually score each item…" is no more a story than "I would score each item…"; "worked
    # until midnight most nights" is a habit of a story told in the past.
    imagined = [c for c in own if (c.mode == "hypothetical" and not _asked_whether(c, clauses)
                                   and not _expected_then(c, clauses))
                or c.mode == "habitual" and not habit_of_story(c.text)]
    done = [c for c in own if c.mode in ("fact", "hedged") and (past_tense(c.text) or c.narrated)]
    # Steps told in the present of one occasion are the story itself, told as some tell it.
    in_present = bool(imagined) and _one_occasion_in_present(imagined, found, clauses)
    # The teller's job told in the present ("So I'm a clerk at a bank branch") is a setting, no
    # step told: beside what they usually do it tells no story either. It is never the line
    # quoted (counted last), nor, alone, what makes an answer imagined.
    imagined += [c for c in own if c.role == "situation" and c.mode == "fact"
                 and not c.narrated and job_now(c.text)] if imagined else []
    if (len(imagined) >= 2 and len(imagined) / len(own) >= HYPOTHETICAL_SHARE
            and len(done) < 3 and not in_present):
        # "I would…" shows it better than a habit, and a habit ("I would normally double check
        # everything") better than a trait in the present ("I'm quite careful"), which is no
        # imagined doing at all.
        first = min(imagined, key=lambda c: (c.mode != "hypothetical", c.mode != "habitual",
                                             bool(_TRAIT.match(c.text))))
        kind = "hypothetical"
    elif len(told) + (len(imagined) if in_present else 0) < 2 and len(
            [s for s in found if not s.masked]) >= 2:
        first = next(c for c in clauses if not found[c.sentence].masked)
        kind = "no_story"
    else:
        return []
    sentence = found[first.sentence]
    return [Evidence(kind, first.span.start, first.span.end, first.text, first.sentence, 1.0,
                     sentence.specific, first.span.start)]


# The teller's hurt, in plain words or as the body tells it: "I was devastated", "just shaking",
# "sat in the driveway for a long time", "a knot in my stomach every morning".
_HURT = re.compile(
    r"\b(?:devastat\w*|upset|hurt|humiliat\w*|gutted|crushed|betrayed|furious|angry|livid|"
    r"resent\w*|bitter|shaking|in tears|cried|lonely|knot in my stomach|sick to my stomach|sat "
    r"in (?:the|my) (?:car|driveway)|erased|(?:still )?stays with me|stopped enjoying|frustrated|"
    r"annoyed|insulted|disrespected|felt (?:like I['’]d been|personal|unfair|so small|sick)|"
    r"felt like [^.;!?]{0,40}?\b(?:for nothing|nothing|worthless|invisible|a joke)|still bothers "
    r"me|never felt the same)\b",
    re.IGNORECASE)
# The feeling turned from: "I'd sort of accepted that being annoyed wasn't going to help".
_FEELING_TURNED = re.compile(
    r"\b(?:accepted that|wasn['’]t going to help|let it go|calmed down|got over (?:it|that)|put "
    r"(?:it|that|the feeling) aside|took a (?:breath|step back)|slept on it)\b", re.IGNORECASE)
FRAMED_FEELINGS = 3
"""How many clauses of the teller's own hurt, with none turned from, frame a story as a grievance
rather than what was done: one "I was gutted" in a story of what was then done frames nothing."""


def _framed_as_hurt(found: list[Sentence], clauses: list[Clause],
                    evidence: list[Evidence]) -> list[Evidence]:
    """`emotional` for an answer told as the teller's hurt ("Honestly, I was devastated… I
    remember going to the bathroom afterward and just shaking… I'd come in and feel this knot
    in my stomach every morning"), where no clause of it turns from the feeling and no line of
    it is flagged already (`evidence`)."""
    if any(e.kind == "emotional" for e in evidence):
        return []
    scored = {s.index for s in found if not s.masked}
    felt = [c for c in clauses if c.sentence in scored and c.actor == "candidate"
            and c.mode in ("fact", "hedged") and _HURT.search(c.text)]
    if len(felt) < FRAMED_FEELINGS or any(_FEELING_TURNED.search(c.text) for c in clauses
                                          if c.by_candidate):
        return []
    first = felt[0]
    return [Evidence("emotional", first.span.start, first.span.end, first.text, first.sentence,
                     1.0, found[first.sentence].specific, first.span.start)]


# Words of feeling, plain or idiomatic: the learned reader's emotional framing needs one in its
# clause, since a story of things going wrong ("the forms kept getting lost") frames nothing.
_AFFECT = re.compile(
    r"\b(?:angr\w*|anger|furious|fum\w*|livid|frustrat\w*|annoy\w*|irritat\w*|upset|fed up|"
    r"sick (?:of|and tired)|mad|rag(?:e|ing)|hat(?:e|ed)|resent\w*|bitter\w*|stress\w*|"
    r"exhaust\w*|lost (?:it|my)|los(?:e|ing) (?:it|my)|snap\w*|shout\w*|yell\w*|scream\w*|"
    r"cri(?:ed|es)|cry\w*|tears?|nervous|anxi\w*|panic\w*|blood|temper|patience|worn out|"
    r"burn\w* out|burnt out|dr(?:o|i)ve\w* me|ridiculous|unbelievable|insane|crazy|nightmare|"
    r"awful|terrible|hell|outrag\w*|disgust\w*|boil\w*|seeth\w*|steam\w*|heated|nasty|cool|"
    r"calm|wound up|gutted|devastat\w*|humiliat\w*|embarrass\w*|insult\w*|offend\w*|hurt|"
    r"betray\w*|disrespect\w*|pissed|cross|had enough|last straw|(?:couldn't|could not|can't) "
    r"believe|drowning|awake|rope|sleep|slam\w*|storm\w*|vent\w*|rant\w*|fired? off|bl(?:e|o)w "
    r"up|explod\w*|emotional|feel\w*|felt|went off|saw red|flew off|off the handle|(?:couldn't|"
    r"could not|can't|cannot) handle|buttons|have it|"
    r"the roof|throw|ballistic|my head|fury|irate|enraged|upsetting|hurtful|tired of|"
    r"unacceptable|disgrace\w*|joke|pathetic|useless|idiot\w*|stupid)\b", re.IGNORECASE)
# Someone else's feeling, seen or foreseen by the candidate: "I could see she was frustrated",
# "I knew people will be angry", or caused in them: "the shift swaps drove everyone mad", "the
# three that annoyed them most".
_OTHERS = (r"(?:them|him|her|everyone|everybody|people|(?:the|our|my|his|her|their) (?:\w+ )?"
           r"(?:team|staff|customers?|clients?|crew|users|drivers|nurses|students|parents|"
           r"patients|residents|guests|colleagues|people|reps|agents|callers))")
_THEIR_FEELING = re.compile(
    r"\b(?:(?:she|he|they|everyone|everybody|people|staff|users|customers|clients|parents|"
    r"patients|residents|guests|the (?:team|customer|client|vendor|\w+ lead)|"
    # the people described by their feeling: "a crew that was tired and frustrated"
    r"(?:team|crew|staff|group|people|customers?|clients?|colleagues?|students|parents|patients|"
    r"residents|guests) (?:that|who)|who|"
    r"[A-Z][a-z]+) (?:is|are|was|were|got|gets|seemed|seems|looked|looks|felt|feels|became|"
    r"sounded|(?:will|would|might|could)(?: \w+)? (?:be|get|feel)|'(?:ll|d) (?:be|get|feel))|"
    r"(?:drove|drives|driving|made|makes|making|annoyed|annoys|frustrated|frustrates|upset|"
    r"upsets|bothered|bothers|irritated|irritates|angered|angers|scared|scares|worried|worries) "
    rf"{_OTHERS})\b")
_MY_FEELING = re.compile(
    r"\b(?:I (?:was|got|felt|became)(?! (?:told|asked|informed|given|sent|shown|assigned)\b)|"
    r"I (?:lost|snapped|shouted|yelled)|(?:made|drove|got to) me|my (?:blood|temper|frustration|"
    r"anger|patience))\b")


_ME_IN_IT = re.compile(r"\b(?:I|me|my|mine|myself)\b")
# Not knowing what a term or a thing means, where "what they were doing" is their competence.
_TERM_UNKNOWN = re.compile(
    r"\b(?:didn['’]t|did not|don['’]t|do not|never) (?:really |fully )?(?:know|understand) what "
    r"(?!(?:he|she|they|you|I|we|it)\b)[^.;]{1,60}? (?:means?|meant|stands? for|refers? to)\b",
    re.IGNORECASE)
# "I am manager of a care home with 40 residents": who the candidate is, and nothing they did
# or said to anyone, so no conduct to flag however the words are put.
_INTRODUCTION = re.compile(
    r"^\W*(?:so,?\s+|well,?\s+|okay,?\s+)?I(?:'m|’m| am| work(?:ed)? as| was)\s+"
    r"(?!(?:not|never|just|always|the (?:kind|type|sort)|someone|somebody|a person)\b)"
    r"[\w\s,'’-]*[.!]?$", re.IGNORECASE)
_SOMETHING_MORE = re.compile(r"\b(?:who|that|which|but|because|when|so|and I|and we|n't|not|"
                             r"never)\b", re.IGNORECASE)


# Roles in which a clause tells no work done or delivered unless a verb of doing says so ("I
# was the one who basically delivered the whole migration" still takes the credit).
_NO_CLAIM_OF_WORK = frozenset({"situation", "reflection", "relationship"})
_NOT_A_THING = frozenset({"i", "we", "he", "she", "they", "you", "it", "this", "that", "which",
                          "who", "everything", "everyone", "nobody", "none"})


def _of_a_thing(clause: Clause) -> bool:
    """Whether a clause tells what a thing did: its subject is a noun phrase, not a person,
    and no word of it is the teller's ("I", "me", "my"), capitalised or not ("My work carried
    that release" claims the work)."""
    head, _ = subject_split(clause.text)
    if not head or head[-1].lower() in _NOT_A_THING or head[-1][:1].isupper():
        return False  # a pronoun, a relative, or a name ("Karen did nothing")
    return not mentions_others(" ".join(head)) and not mentions_me(clause.text)
# (the drive behind the work claims it too: "but I was the one driving it")
_WORK_DONE = re.compile(r"\b(?:\w+ed|built|wrote|ran|led|made|did|done|won|got|took|sold|"
                        r"brought|found|kept|held|set up|put together|driving|drove|steering|"
                        r"making sure)\b", re.IGNORECASE)
# A pseudo-cleft sets one change against another, and claims nothing more: "What I did change
# was the packaging".
_CLEFT = re.compile(r"^\W*(?:(?:and|but|so),? )?what I did(?: [a-z]+)?(?: (?:was|is)\b|"
                    # cut from its step by an aside: "What I did after | — this is the bit that
                    # matters — | I went back through…"
                    r"\W*$)", re.IGNORECASE)
_DONE_RIGHT = re.compile(r"\b(?:everything|it all|all of it)\s+(?:by the book|right|correctly|"
                         r"properly|as (?:I|we) (?:should|was told|were told)|(?:that )?(?:I|we) "
                         r"(?:could|can)|according to)\b", re.IGNORECASE)


# What is left over once the rest is set aside: "I put everything else off to next week", "I
# skipped all the other calculations". A remainder is not the whole of the work, so it claims
# no one's share of it. Nor is the work put off earlier and caught up on: "Next day I did all
# the deferred ones".
_REMAINDER = re.compile(r"\b(?:everything|anything|all) else\b|\ball (?:of )?the (?:other|rest)\b|"
                        r"\bthe rest of (?:it|the)\b|\ball (?:of )?the (?:deferred|postponed|"
                        r"remaining|outstanding|leftover|missed|skipped|delayed|parked|"
                        r"rescheduled|held)\b", re.IGNORECASE)


# The story told as the worst of its kind: "I can't think of a bigger mistake I've made at work"
# picks this one out, where "I can't think of any mistake bigger than a typo" denies the rest.
_WORST_OF_THEM = re.compile(r"\b(?:a|any) (?:bigger|worse|more serious|more costly|greater) "
                            r"(?:mistake|failure|one|call|error|miss|decision)\b(?![^.;]*\bthan "
                            r"an? \b)", re.IGNORECASE)
_OWN_CONDUCT = frozenset({"dismissive"})
# "Tuned" setting something up, not tuning people out ("I tuned the nesting myself"), and others
# told to disregard a thing ("I just told them to ignore it", the sat-nav's warnings).
_NOT_WAVING = re.compile(
    r"\btun(?:e|ed|ing) (?!(?:\w+ )?out\b)(?:the|a|an|it|our|my|their|its|up)\b|\b(?:told|asked|"
    r"advised|reminded|instructed) (?:them|him|her|everyone|the (?:[\w-]+ )?(?:crews?|team|"
    r"drivers|staff|nurses|lads|guys|operators)) (?:just )?to (?:just )?(?:ignore|disregard) "
    r"(?:it|them|that|those|these|this|the)\b(?! (?:[\w-]+ ){0,2}?(?:feedback|input|concerns?|"
    r"objections?|comments|advice|suggestions?|ideas?|complaints?|worries|views?|opinions?)\b)",
    re.IGNORECASE)
# Words that make the others passengers: "the others just watched", "the rest followed".
_SIDELINED = re.compile(r"\b(?:just|only|mostly|merely|basically|simply|watch\w*|follow\w*|"
                        r"along|passengers?|nothing|little|sat|stood)\b", re.IGNORECASE)
# Taking a thing away: "I pulled all of it", "we binned the lot", "I cancelled all of them".
_TAKEN_AWAY = re.compile(
    r"\b(?:pulled|binned|scrapped|dumped|discarded|threw|tossed|cancell?ed|withdrew|recalled|"
    r"returned|refunded|rejected|removed|deleted|quarantined)(?: (?:out|away|back|off))? "
    r"(?:all of (?:it|them)|everything|it all|them all|the (?:lot|whole (?:lot|batch|order|"
    r"delivery|shipment)))\b", re.IGNORECASE)
# A clause that says who was there: "there was a project team, about seven people".
_THERE_WAS = re.compile(r"\bthere (?:was|were|is|are)\b", re.IGNORECASE)


# A relative clause's subject is the words just before it: "drop it for dry goods, which had never
# failed" tells of the goods, where "I'm a perfectionist, which isn't really a weakness" and "my
# code, which has never failed" are the teller's.
_RELATIVE_SUBJECT = re.compile(r"^\W*(?:which|that(?!['’]s| is| was))\b", re.IGNORECASE)
_TELLER_NEAR = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|mine|myself|we|we're|we've|us|our|ours)\b"
                          r"(?:\W+\w+){0,3}\W*$", re.IGNORECASE)


# An ideal held, not a record claimed: "thinking big means never settling for the obvious"
# ("never missing a deadline" and "never losing a client" still claim a record).
_AN_IDEAL = re.compile(r"\bnever (?!(?:fail|miss|mess|slipp|dropp|los|mak|gett|break|let)\w*ing\b)"
                       r"[a-z]+ing\b", re.IGNORECASE)


# "My first reaction isn't always my best one" admits the teller gets it wrong at times: the
# opposite of a record without a failing.
_NOT_ALWAYS = re.compile(r"(?:n['’]t|\bnot) (?:\w+ )?always\b", re.IGNORECASE)


def _of_a_thing_before(clause: Clause, before: str) -> bool:
    """Whether a relative clause ("which had never failed") tells of a thing the words before it
    name without the teller in them."""
    return (bool(before.strip()) and bool(_RELATIVE_SUBJECT.match(clause.text))
            and not _TELLER_NEAR.search(before.replace("’", "'")))


# A miss owned in the words of a claim: "the error was all mine" takes the blame, not the credit.
_MISS_OWNED_AS_MINE = re.compile(r"\b(?:mistake|error|fault|miss|slip|failure|screw-?up|cause) "
                                 r"(?:was|is) (?:all |entirely |completely )?mine\b",
                                 re.IGNORECASE)


_YOU = re.compile(r"\byou\b", re.IGNORECASE)
_ASKING = re.compile(r"\b(?:ask|asks|asked|asking|questions?)\b", re.IGNORECASE)


def _learned_may_flag(kind: str, clause: Clause, before: str = "",
                      previous: Clause | None = None) -> bool:
    """Whether a flag the learned reader finds may stand in its clause. Its finding covers the
    whole clause, so it cannot say, as a phrase can, that it read the clause's negation itself:
    the candidate denying the conduct ("I didn't ignore her feedback") or imagining it carries
    no flag, except a denial of ever failing, which is the flag itself. Someone else's failing
    told in the negative ("they never sent the files") still blames."""
    if clause.mode == "negated" and clause.actor != "other" and kind != "never_fail":
        # ("I didn't really read it past the first few" waves input off in the negative, but
        # letting the learned reader's dismissal stand there flagged a strong held-out answer
        # in round 53: a step not taken is as often a reasoned one)
        return False
    if clause.mode in ("hypothetical", "habitual") and kind not in ("blame", "never_fail") and not (
            kind in _OWN_CONDUCT and clause.mode == "habitual"
            and clause.actor not in ("candidate", "team")):
        # (a habit pinned on the one who spoke up is how their input is waved off: "but he is
        # always pessimist about weather", "drivers always gripe"; the teller's own habit, "I
        # always read every comment", is a creed)
        return False
    if _INTRODUCTION.match(clause.text) and not _SOMETHING_MORE.search(clause.text):
        return False
    if kind in _OWN_CONDUCT and (clause.actor == "other" or _NOT_WAVING.search(clause.text)):
        # Waving input away is the candidate's conduct, not a guest who "couldn't sleep
        # because of the noise". Forcing a decision through and taking the credit are left as
        # the learned reader finds them: no such misreading has been seen. "I tuned the nesting
        # myself" sets a machine up; "I just told them to ignore it" (the in-cab system's
        # alerts) tells the crews what to disregard: no one's input is waved off.
        return False
    if kind in ("emotional", "contempt") and clause.text.rstrip().endswith("?") and _YOU.search(
            clause.text) and _ASKING.search(before):
        # "I asked two questions: what should I leave alone, and what drives you mad?" puts a
        # question to others; the feeling it asks about is theirs, and the teller shows none
        return False
    if kind == "sole_credit" and (_DONE_RIGHT.search(clause.text) or _CLEFT.match(clause.text)
                                  or _REMAINDER.search(clause.text)
                                  or clause.role in _NO_CLAIM_OF_WORK
                                  and not _WORK_DONE.search(clause.text)):
        # "I did everything by the book" says how the work was done, not whose it was; "which,
        # in front of the whole team, was not my finest moment" claims no work at all
        return False
    if kind == "sole_credit" and clause.actor == "other" and not _SIDELINED.search(clause.text):
        # What the others did is theirs ("while the others did quiet reading"); they are made
        # passengers only in words that shrink it ("the others just watched").
        return False
    if kind == "sole_credit" and (_TAKEN_AWAY.search(clause.text)
                                  or _GIVEN_AWAY.search(clause.text)
                                  or _MISS_OWNED_AS_MINE.search(clause.text)):
        # "I pulled all of it" (the spoiled stock) takes something away, and claims no work;
        # "the error was all mine" owns a miss;
        # "the best decision in the whole thing was Tomasz's phasing idea, not mine" gives the
        # credit away
        return False
    if kind == "contempt" and praises_only(clause.text):
        # "He was sharp after that, I'll give him that" praises him
        return False
    if kind == "contempt" and _THERE_WAS.search(clause.text) and not judges_someone(clause.text):
        # "Of course there was a project team, about seven people" says who was there, and
        # judges none of them
        return False
    if kind == "sole_credit" and _of_a_thing(clause):
        # "(I wrote that) one rural route carried just 12 passengers a day": what a thing did
        # claims no work, where "the launch was basically me" does
        return False
    if kind == "never_fail" and (_WORST_OF_THEM.search(clause.text)
                                 or _UNTIL_THEN.search(before + clause.text)
                                 or _of_a_thing_before(clause, before)
                                 or _AN_IDEAL.search(clause.text)
                                 or _NOT_ALWAYS.search(clause.text)):
        return False
    if kind == "contempt" and (_ME_IN_IT.search(clause.text) or _TERM_UNKNOWN.search(clause.text)):
        # "people didn't always know what I was working on" is how others saw the candidate;
        # "a manager who didn't know what 'one of two sets positive' means" is the audience's
        # starting point, which the message is made for
        return False
    return kind != "emotional" or _my_feeling(clause, previous)


def _my_feeling(clause: Clause, previous: Clause | None) -> bool:
    """Whether the feeling the learned reader finds in a clause is the teller's own."""
    feeling = _AFFECT.search(clause.text)
    if feeling is None:
        # "the forms kept getting lost in the vans" is a nuisance told, not a feeling
        return False
    if clause.owner != "candidate" and felt_by_another(clause.text[:feeling.start()]):
        return False
    if (clause.actor == "none" and previous is not None and previous.actor == "other"
            and not _ME_IN_IT.search(clause.text)):
        # "Two agents not speaking to each other | after a shouting match": the feeling hangs
        # on the others the sentence is about, not on the teller
        return False
    return not (_THEIR_FEELING.search(clause.text) and not _MY_FEELING.search(clause.text))


# Credit given away: "not mine", "it was Tomasz's idea", "that was all hers".
_GIVEN_AWAY = re.compile(r"\b(?:not|wasn't|was not|isn't|is not|never) (?:really |even )?mine\b|"
                         r"\b[A-Z][a-z]+['’]s (?:[\w-]+ ){0,2}(?:idea|call|plan|work|fix|"
                         r"suggestion|decision|doing)\b|\b(?:was|were) (?:all |really )?(?:his|"
                         r"hers|theirs)\b")


_CONCEDED = re.compile(r"[\s,;:—–-]*(?:but|though|although|yet|except)\b", re.IGNORECASE)


def _unquoted(clause: Clause, others: list[Quoted]) -> Clause:
    """The clause with the words it quotes from someone else blanked out: the learned reader
    reads the candidate's own words ("So “never failed” really meant …" claims nothing)."""
    inside = [q for q in others if q.start < clause.span.end and clause.span.start < q.end]
    if not inside:
        return clause
    text = list(clause.text)
    for q in inside:
        for at in range(max(q.start, clause.span.start), min(q.end, clause.span.end)):
            text[at - clause.span.start] = " "
    return replace(clause, span=Span(clause.span.start, clause.span.end, "".join(text)))


LABEL_WORDS = 5
"""At most this many words before a colon make a label ("What I did after:"), not a claim."""


def _learned_flags(spans: list[Span], clauses: list[Clause], all_hits: list[Hits],
                   quarantined: set[int], others: list[Quoted]) -> None:
    """Add the red flags the learned reader finds in each clause to its sentence's hits, where
    the phrase rules found none of that kind in the clause. They are credited like a phrase's:
    a clause that denies the flag or reports someone else's words earns none."""
    before: Clause | None = None
    for clause in map(partial(_unquoted, others=others), clauses):
        previous = before if before is not None and before.sentence == clause.sentence else None
        before = clause
        if clause.sentence in quarantined:
            continue
        span = spans[clause.sentence]
        hits = all_hits[clause.sentence]
        # "My projects generally land on time, but this one slipped": a record told as the
        # backdrop of the miss that follows it denies no failing.
        after = span.text[clause.span.end - span.start:]
        conceded = bool(_CONCEDED.match(after))
        if after.lstrip().startswith(":") and len(clause.text.split()) <= LABEL_WORDS:
            # A label for what follows ("What I did after: same day I call the engineer")
            # claims nothing itself; what it heads is read in its own clauses.
            continue
        for kind in flags_of(clause, previous):
            if kind == "never_fail" and conceded:
                continue
            if not _holds(clause, kind, hits, span) and _learned_may_flag(
                    kind, clause, span.text[:clause.span.start - span.start], previous):
                hits.setdefault(kind, []).append(
                    (clause.span.start - span.start, clause.span.end - span.start))


def _flags_across(spans: list[Span], clauses: list[Clause], all_hits: list[Hits],
                  quarantined: set[int], asks: Sequence[tuple[int, str]]) -> None:
    """Add the red flags told across sentences (`across.py`), and the blame told in a reply to
    an ask why it went wrong (`asked.blamed_when_asked`), to the hits of the sentence that
    carries each, where the sentence's own reading found none of that kind there."""
    blamed = [(index, "blame", start, end)
              for index, start, end in blamed_when_asked(spans, asks, clauses)]
    for index, kind, start, end in flags_across(spans, clauses) + blamed:
        hits = all_hits[index]
        if index not in quarantined and not any(start <= at < end
                                                for at, _ in hits.get(kind, [])):
            hits.setdefault(kind, []).append((start, end))


def _flag(kind: str, hits: Sequence[Evidence]) -> Flag:
    quotes = "; ".join(f'"{e.quote}"' for e in hits[:2])
    said = _RED_FLAG_TEXT[kind]
    if kind == "never_fail" and all(passes_off_strength(e.quote) for e in hits):
        said = _STRENGTH_AS_FAILURE
    elif kind == "never_fail":
        said = denial_says([e.quote for e in hits]) or said
    return Flag(kind=kind, detail=f"The answer {said}: {quotes}")


# Treats and gifts, what a strained team or a complaining customer was given in place of a
# change to the work or its cause: "pizza, bowling and vouchers", "massages, a quiet room, cake
# and an award", "comps, an upgrade and champagne". One is often a detail of a strong story ("we
# pay travel and a £10 voucher per session"); two different ones or more were told only in weak
# answers on the tuned parts of the unseen sets (13 answers; none strong or average, nor any
# answer of the dev split). Refunds and credit notes are not counted: a strong failure story
# makes good its cost with them.
_TREATS = re.compile_gated("treats",  # gated: most clauses lack its words
    r"\b(pizzas?|cakes?|doughnuts?|donuts?|bowling|massages?|spa (?:days?|vouchers?)|vouchers?|"
    r"fruit box(?:es)?|yoga|(?:free|some) drinks|drinks (?:night|after work|on me)|"
    r"(?:christmas|summer|team) part(?:y|ies)|away ?days?|team[- ]building|survival kits?|"
    r"goody bags?|hampers?|wellbeing (?:month|week|day|committee|champions?|hub)|"
    r"step challenge|quiet room|curry night|bbq|barbecue|prosecco|champagne|chocolates?|"
    r"employee of the month|star of the (?:week|month)|thank-?you cards?|comps|comped|"
    # a customer's complaint met with gifts: "a £50 voucher for bedding and a handwritten card",
    # "a handwritten note and a bottle of wine", "a goodwill credit"
    r"hand-?written (?:cards?|notes?|letters?)|flowers|bouquets?|gift (?:cards?|baskets?)|"
    r"goodwill (?:gestures?|credits?|payments?)|free (?:training )?(?:days?|months?|nights?|"
    r"meals?|desserts?|bottles?)|"
    r"complimentary|(?:free|room|seat) upgrade|upgraded? (?:them|him|her|the (?:[\w'’-]+ )?"
    r"(?:guests?|customers?|family|couple|client)|(?:their|his|her) (?:room|seats?|order|"
    r"booking))(?= to\b))\b", re.IGNORECASE)


# The work itself changed by the candidate or their team: "we capped shifts at forty-eight
# hours", "I rewrote the rota", "brought in two agency pickers". Treats beside such a change are
# thanks on top of it, not what the trouble was met with.
_WORK_CHANGED = re.compile(
    r"\b(?:changed|cut|capped|reduced|moved|split|rewrote|redid|redrew|rebalanced|reorgani[sz]ed|"
    r"staggered|swapped|shortened|spread|protected|brought in|took on|hired|recruited|added|"
    r"stopped|scrapped|dropped|pushed back|renegotiated|fixed)\b[^.;!?]{0,60}?\b(?:rotas?|"
    r"rosters?|hours|shifts?|shift pattern|staffing|workload|overtime|breaks|cover|headcount|"
    r"agency|deadlines?|targets?|caseloads?|on-?call|nights|weekends|late finishes)\b",
    re.IGNORECASE)


# The candidate's part told as chasing others and passing on news, in two or more of these
# ways: "I opened a P1 with the ISP… and I personally chased every single day… sent a status
# update to the partners every afternoon", "I open ticket with IT… I keep the drivers informed".
# On the tuned parts of the unseen sets and the dev split six weak answers told two of them and
# no strong one; strong answers chase too ("I chased the lab twice"), once, beside steps of
# their own.
_RELAYED = (
    re.compile(r"\b(?:chas(?:e|ed|es|ing)\b|followed up (?:\w+ ){0,5}?(?:progress|regularly)|"
               r"(?:top|front) of (?:their|the) queue|kept (?:up )?the pressure on|(?:daily|"
               r"weekly) (?:\d+ ?(?:am|pm) )?bridge calls?)", re.IGNORECASE),
    re.compile(r"\b(?:kept|keep|keeping) (?:[\w'’]+ ){0,4}?(?:updated|informed|in the loop|"
               r"posted)|status (?:updates?|notes?|emails?|reports?)\b|\b(?:forwarded|sent) "
               r"(?:them|it|those|the [\w-]+) (?:over |on )?to (?:the|their|our) (?:vendors?|"
               r"suppliers?|isp|noc|manufacturer|contractor)s?\b", re.IGNORECASE),
    re.compile(r"\b(?:opened|open|raised|logged|log|raise) (?:a|an) (?:\w+ )?(?:ticket|p1|p2|"
               r"incident)\b|\bopen ticket\b", re.IGNORECASE),
)
RELAYED = 2
"""Ways of chasing and passing on news that make them the candidate's part (`_RELAYED`)."""


def _relayed(clauses: list[Clause], quarantined: set[int]) -> bool:
    """Whether the candidate's own steps chase others and pass on news in `RELAYED` ways."""
    own = [c.text for c in clauses if c.by_candidate and c.mode in ("fact", "habitual")
           and c.sentence not in quarantined]
    return sum(any(way.search(text) for text in own) for way in _RELAYED) >= RELAYED


# A step of pressing a point, told as not taken: "I didn't escalate", "I never took it to the
# planning meeting", "I didn't raise it with her again", "I didn't put numbers together". Not
# going over someone's head, or around them, is how a point is pressed well, not a step left out.
_PRESSED = re.compile(
    r"\b(?:escalat\w*|(?:take|took|taken|bring|brought) (?:it|this|that|the [\w-]+) (?:up |"
    r"further |higher |back )?(?:to|with)\b|(?:raise|raised|push|pushed|press|pressed|chase|chased|"
    r"argue|argued|fight|fought) (?:it|this|that|the (?:point|issue|matter))\b|"
    r"(?:push|pushed|press|pressed|argue|argued) (?:back|further|harder|again)\b|"
    r"(?:put|pull|pulled) (?:any |the |some )?(?:numbers|data|figures|a case) together|"
    r"follow(?:ed)? (?:it )?up\b|(?:go|went) back to (?:him|her|them)\b)", re.IGNORECASE)
NO_FURTHER = 2
"""How many steps of pressing the point the candidate must tell as not taken for the story to
say they took it no further: one ("I didn't escalate; I took him to the bays instead") may be a
way chosen."""


def _taken_no_further(clauses: list[Clause], quarantined: set[int]) -> bool:
    """Whether the candidate tells `NO_FURTHER` or more steps of pressing their point as not
    taken (`_PRESSED`), and no escalation of theirs told as done after the first of them."""
    denied = [c for c in clauses if c.by_candidate and c.actor == "candidate" and not c.reported
              and c.mode == "negated" and c.sentence not in quarantined and _PRESSED.search(c.text)]
    if len(denied) < NO_FURTHER:
        return False
    return not any(c.by_candidate and not c.reported and c.mode == "fact"
                   and c.span.start > denied[0].span.start and _PRESSED.search(c.text)
                   for c in clauses)


PENDING_FROM = 0.6
"""Where in the answer a matter still pending is where the story ends up, not where it began
("it had been on the backlog for a year")."""


# What was waiting told as done after all: "…and the redesign went out in July". A delivery
# told as a time ("before it launched") is no such telling.
_DELIVERED = re.compile(
    r"^(?!\W*(?:before|until|till|when|once|if|after)\b).*\b(?:shipped|launched|went (?:out|"
    r"live)|(?:was|were|got) (?:delivered|released|rolled out|built|finished|completed|"
    r"approved|funded|fixed)|rolled (?:it |them )?out)\b", re.IGNORECASE)


def _pending(clauses: list[Clause], length: int, quarantined: set[int]) -> bool:
    """Whether the story ends with what it aimed at still pending (`credit.PENDING`): "it's
    now on their roadmap for Q3", "the committee have it on the agenda again for June"; not
    when a result told after it says it was delivered ("I put the rest on the roadmap for Q3
    … the redesign went out in July")."""
    waiting = [i for i, c in enumerate(clauses)
               if c.span.start >= PENDING_FROM * length and c.mode != "negated"
               and c.sentence not in quarantined and PENDING.search(c.text)]
    return bool(waiting) and not any(
        c.role == "result" and c.mode == "fact" and c.sentence not in quarantined
        and _DELIVERED.search(c.text) for c in clauses[waiting[-1] + 1:])


def _persisted(clauses: list[Clause], length: int, quarantined: set[int]) -> bool:
    """Whether the story ends with the trouble told as going on (`credit.PERSISTED`): "there
    have been a few queries since", where "if it happened again" imagines it."""
    return any(c.span.start >= PENDING_FROM * length and c.mode not in _UNTOLD_MODES
               and c.sentence not in quarantined and PERSISTED.search(c.text) for c in clauses)


def _treats(clauses: list[Clause], quarantined: set[int]) -> int:
    """Different treats told in the story (`_TREATS`), none where the work itself changed."""
    told = [c for c in clauses if c.mode != "hypothetical" and c.sentence not in quarantined]
    if any(c.actor in ("candidate", "team") and _WORK_CHANGED.search(c.text) for c in told):
        return 0
    return len({m.group(1).lower().rstrip("s") for c in told for m in _TREATS.finditer(c.text)})


# The outcome said to be inseparable from what else went on: "it's hard to attribute",
# "hard to separate out exactly", "so it's hard to isolate", "we couldn't isolate it". On the
# tuned parts of the unseen sets and the dev split every answer saying so was weak (10).
# The named methods of analysis: "I started with a SIPOC… ran a fishbone workshop… did a Pareto on
# twelve weeks of reason codes… a five whys with each team". Each is one name however spelt.
_METHOD = re.compile(
    r"\b(?:(?P<sipoc>sipoc)|(?P<fishbone>fishbone|ishikawa)|(?P<pareto>pareto)|"
    r"(?P<whys>(?:five|5)[- ]whys)|(?P<chart>control charts?)|(?P<ms>6 ?ms)|(?P<d8>8d)|"
    r"(?P<dmaic>dmaic)|(?P<fmea>fmea)|(?P<rca>root[- ]cause analysis|rca)|"
    r"(?P<vsm>value[- ]stream map\w*)|(?P<gemba>gemba)|(?P<kaizen>kaizen)|(?P<pdca>pdca)|"
    r"(?P<process>process map(?:ping)?|spaghetti diagram)|(?P<swot>swot)|"
    r"(?P<triangulate>triangulat\w+)|(?P<dive>deep[- ]dive)|(?P<sigma>six sigma))\b",
    re.IGNORECASE)


def _methods(clauses: list[Clause], quarantined: set[int]) -> int:
    """How many different named methods the candidate or their team tells using (`_METHOD`)."""
    named = {found.lastgroup for c in clauses
             if c.sentence not in quarantined and c.by_candidate and not c.reported
             for found in _METHOD.finditer(c.text)}
    return len(named - {None})


_UNATTRIBUTED = re.compile_gated("unattributed",  # gated: most clauses lack its words
    r"\b(?:(?:hard|difficult|impossible|tricky|tough) to |(?:can['’]t|cannot|couldn['’]t|could not|"
    r"can not) (?:really )?)(?:isolate|attribute|separate(?: out)?|untangle|disentangle|tease "
    r"(?:apart|out))"
    # what is not told apart is the effect, not a patient: "so it's hard to isolate.", "hard to
    # attribute, because…", "we couldn't isolate it" ("people who could not isolate at home")
    r"(?=\s*(?:[.,;:!?—–-]|$)|\s+(?:it|that|this|them|the (?:effect|impact|cause|difference|"
    r"contribution|two|results?|numbers)|what|how|which|exactly|out|from|because)\b)|"
    r"\b(?:hard|difficult|impossible|tricky|tough) to (?:say|know|tell) (?:exactly )?how much\b|"
    # the outcome put down to everything at once, or believed in: "there were a lot of moving
    # parts that year", "a lot of factors outside my control", "I think the social presence
    # definitely contributed"
    r"\b(?:a lot of|lots of|so many|too many) (?:other )?(?:moving parts|factors)\b|"
    # a wind behind the number: "so there was definitely a tailwind", "we also had some
    # tailwinds in the market"
    r"\btailwinds?\b|"
    r"\b(?:definitely|certainly|must have|surely) (?:contributed|played (?:a|its|some) "
    r"(?:part|role))\b|"
    # an outside driver confessed: "to be honest, a big factor was a territory change",
    # "obviously the energy crisis helped" (the team or a colleague who helped is not one)
    r"\b(?:to be (?:honest|fair)|honestly),? (?:a|the) (?:big|major|main|huge|bigger|biggest) "
    r"(?:factor|driver) (?:was|in|behind)\b|"
    r"\b(?:obviously|of course|admittedly|to be fair|granted),? (?:the|a|an|that) (?!(?:[\w'’-]+ )"
    r"{0,3}?(?:team|teams|staff|crew|people|everyone|manager|colleagues?|nurses?|lads|guys)\b)"
    r"(?:[\w'’-]+ ){1,4}?helped\b|"
    # the rise shared by everyone around, or the weather's: "They were up as well.", "The
    # whole chain had a good spring", "the weather was really good that year"
    r"\b(?:the (?:whole|entire) (?:chain|market|industry|sector|region|trade|network)|all the "
    r"other (?:stores|branches|sites|shops|regions|depots|hotels)|(?:the|our) (?:market|"
    r"industry|sector|trade)) (?:had|was|were|went|did)(?: (?:also|all|really|very))? (?:up|a "
    r"(?:good|great|strong|record|busy|bumper)|good|strong|booming)\b|"
    r"\b(?:they|others|everyone|everybody|the rest|all of them) (?:were|was|went) up (?:as well|"
    r"too)\b|\bthe weather (?:was|had been) (?:really |very |unusually |so )?(?:good|great|kind|"
    r"warm|hot|dry|perfect|mild|on our side)\b|"
    # …or a market price's, or a year good for all: "the diesel price goes down again after the
    # crisis, so it is a very good year for everything"
    r"\bthe (?:diesel|fuel|energy|gas|oil|electricity|commodity|steel|wheat|freight|interest) "
    r"(?:price|prices|rates?) (?:went|goes|came|fell|falls|dropped|drops|was going|were going) "
    r"(?:back )?down\b|\ba (?:very |really )?good year for (?:everything|everyone|everybody|the "
    r"whole (?:market|industry|sector))\b", re.IGNORECASE)


def analyze(answer: str, asks: Sequence[tuple[int, str]] = ()) -> Analysis:
    """Find all evidence in `answer`. Offsets in the result index into `answer` itself.

    `asks` are a transcript's follow-ups inside the story, as (where the reply each drew
    begins, its words): a reply is read in the light of its ask (`asked`).
    """
    found_sentences: list[Sentence] = []
    evidence: list[Evidence] = []
    flags: list[Flag] = []
    spans = sentences(answer)
    asked = replies(spans, asks) if asks else {}
    # A bare "No, never." is matched as the ask said back makes it ("…, I did not go over her
    # head"), wherever else it is restated.
    said_back = {i: [insertion(spans[i], reply.said_back)] for i, reply in asked.items()
                 if reply.said_back is not None}
    # A bullet with no subject is read with the one the answer speaks in ("I", or "we").
    subject = "We" if understood_subject(answer) == "team" else "I"
    # "…hour before. Threatened to move practice." goes on with the patient, not the candidate.
    # (The sentence before is read last: reading its actor costs the most.)
    read = [(span.text, []) if i and i not in said_back and opens_on_verb(span.text) and not
            _NEW_BULLET.match(span.text) and not _OBJECT_PRONOUN.search(span.text) and
            read_actor(spans[i - 1].text) == "other" else _as_read(
                span, subject, said_back.get(i, ()))
            for i, span in enumerate(spans)]
    known = _known_names(answer, spans)
    all_hits = [_kinds_in(span, as_read, known)
                for span, as_read in zip(spans, read, strict=True)]
    # Each sentence matched as written has been searched for the injection phrasing already.
    phrased = [("prompt_injection" in hits) if not inserted else None
               for hits, (_, inserted) in zip(all_hits, read, strict=True)]
    quarantined = _quarantine(answer, spans, phrased)
    # Where the story ends is counted over sentences that carry weight, so filler added at the
    # start or in the middle cannot move an earlier sentence into the result zone.
    substantive = [
        i for i, span in enumerate(spans)
        if i not in quarantined and Sentence(i, span, frozenset(all_hits[i]), False).strength > 0
    ]
    paragraphs = frozenset(i for i in range(1, len(spans))
                           if "\n" in answer[spans[i - 1].end:spans[i].start])
    clauses = _lessons_unhedged(read_answer(spans, substantive, asked, paragraphs))
    # A story told in the present is matched as told in the past once the reading knows it is
    # one ("so I decide I take it" reads as the step "I decided").
    restated: dict[int, tuple[str, Inserted]] = {}
    # A teller who narrates in the present does it through lists too ("I sat with them,
    # explain the plan"); one present step in a past story is no such telling.
    in_present = sum(c.narrated for c in clauses) >= PRESENT_TELLING
    for index, span in enumerate(spans):
        edits = [edit for c in clauses if c.sentence == index
                 for edit in [told_in_past(c)] if edit is not None]
        if edits:
            edits += [edit for c in clauses if c.sentence == index
                      for edit in [subject_me(c)] if edit is not None]
        if edits and index in said_back:
            edits += said_back[index]
        if in_present:
            edits += [edit for c in clauses if c.sentence == index
                      for edit in listed_in_past(c)
                      if not any(edit[0] < end and start < edit[1] for start, end, _ in edits)]
        if edits and index not in quarantined:
            restated[index] = _as_read(span, subject, edits)
            all_hits[index] = _kinds_in(span, restated[index], known)
    others_quoted = [q for q in quoted(answer) if q.speaker != "candidate"]
    _learned_flags(spans, clauses, all_hits, quarantined, others_quoted)
    _flags_across(spans, clauses, all_hits, quarantined, asks)
    scene = opening_scene(clauses)
    given = calls_given(clauses)
    # The question said back before the story starts ("So, invent and simplify.", "Right,
    # earning trust, okay."): the words are the interviewer's, and show nothing done. A story
    # told all in verbless notes ("- Mock-up in 2 days; trial with 6 pickers") has no such
    # opening, nor has a bullet line.
    echo = next((i for i, span in enumerate(spans) if has_verb(span.text)), 0)
    echo = next((i for i in range(echo) if _NEW_BULLET.match(spans[i].text)), echo)
    # So is a question the candidate puts, the ask said back ("Escalate it to her boss? No.")
    # or one put to themselves ("Did I go over her head?"): it shows nothing done.
    put = questions_put(spans, asked)
    for index, span in enumerate(spans):
        hits = all_hits[index]
        masked = index in quarantined
        if masked:
            hits = {"prompt_injection": hits.get("prompt_injection", [(0, len(span.text))])}
        elif index < echo or index in put:
            hits = {kind: at for kind, at in hits.items()
                    if kind in _PLAIN_FACTS or kind in RED_FLAGS}
        elif index in substantive:
            own = [c for c in clauses if c.sentence == index]
            settled = asked[index].about if index in asked else None
            _positional_result(span, hits, substantive.index(index), len(substantive), own,
                               headed=settled == "result")
            _later_bond(span, hits, own, asked_after=settled == "relationship")
            _placed_grounds(span, hits, own)
            _checked_and_found(span, hits, own, [c for c in clauses if c.sentence == index + 1])
            _placed_lesson(span, hits, own,
                           denied=settled == "reflection" and asked[index].denied)
            _measured_in_place(span, hits, own)
        own = [c for c in clauses if c.sentence == index]
        # An event told beside the generic claim, not the claim itself ("I made sure everyone
        # was aligned" is past tense and still filler).
        loose = tuple(sorted(span.start + at for kind in _LOOSE for at, _ in hits.get(kind, [])))
        told = any(c.mode in ("fact", "negated") and c.role not in ("other", "reflection")
                   and (past_tense(c.text) or c.narrated)
                   and not _holds(c, "generic_claim", hits, span)
                   for c in own)
        # The candidate's own step told beside a vague aside, not in it: "I'd seen, and this is
        # the bit I'm proud of, how a bank handled it" still tells what was seen; "our partners
        # appreciated the spirit in which it was approached" tells no step of anyone's.
        # Doubt, not effort: "I tried to explain" tells an attempt that happened.
        hedges = tuple(span.start + at for at, _ in hits.get("hedge", [])
                       if not _EFFORT.match(span.text, at))
        # A hedge doubts the step, it does not empty it: "in the end we launched on time, maybe
        # a day early" still tells the launch beside "the client was really happy"; the hedge
        # costs the clause's own credit (`credit.HEDGED`), not the whole sentence's.
        vague_at = [at for at in loose if at not in hedges]
        stepped = any(c.by_candidate and c.mode in ("fact", "hedged") and c.role in _STEPS
                      and (past_tense(_HAD.sub(" had ", c.text)) or c.narrated)
                      and not any(c.span.start <= at < c.span.end for at in vague_at)
                      for c in own) or any(
            _named_outcome(c, span, hits) and not any(c.span.start <= at < c.span.end
                                                      for at in vague_at) for c in own)
        # A cue is matched as the kinds are: a terse line's understood subject ("- Admitted
        # my part" read as "I Admitted my part") lets a cue that names its subject find it.
        sentence = Sentence(index, span, frozenset(hits), masked, told, loose, stepped, hedges,
                            restated.get(index) or (read[index] if read[index][1] else None))
        found_sentences.append(sentence)
        for kind, where in hits.items():
            item = _credited(kind, sentence, where, own, scene, given=given)
            if item is not None:
                evidence.append(item)
    evidence = _without_credit_in_flagged_clauses(_without_owned_faults(
        _without_owned_counterfactuals(_without_others_quotes(evidence, others_quoted),
                                       found_sentences), found_sentences, clauses),
        clauses)
    evidence = _we_beside_a_told_part(evidence, [c for c in clauses
                                                 if c.sentence not in quarantined])
    evidence += _story_flags(found_sentences, clauses)
    evidence += _framed_as_hurt(found_sentences, clauses, evidence)
    for kind in sorted(RED_FLAGS):
        hits_of_kind = [e for e in evidence if e.kind == kind]
        if hits_of_kind:
            flags.append(_flag(kind, hits_of_kind))
    own_steps = {c.sentence for c in clauses if told_step(c)}
    # An outcome told as it happened ("on-time went from 78% to 93%", "by the spring the three
    # farms were buying all their filters from us"), not "not formally" or "it projects a
    # 15-point rise".
    outcomes = {c.sentence for c in clauses if c.role in ("result", "relationship")
                and c.mode == "fact" and realised(c.text)}
    analysis = Analysis(answer, found_sentences, evidence, flags, clauses,
                        evaded(spans, asks, own_steps.__contains__) if asks else 0,
                        evaded(spans, asks, outcomes.__contains__, asks_for_outcome)
                        if asks else 0, handed(spans, asks),
                        came_to_nothing(spans, asks, outcomes.__contains__),
                        not_to_hand(spans, asks, own_steps.__contains__),
                        passed_on(spans, asks, own_steps.__contains__),
                        declined(spans, asks),
                        unattributed=any(_UNATTRIBUTED.search(c.text) and c.mode != "hypothetical"
                                         and c.sentence not in quarantined for c in clauses),
                        methods=_methods(clauses, quarantined),
                        pending=_pending(clauses, len(answer), quarantined),
                        persisted=_persisted(clauses, len(answer), quarantined),
                        relayed=_relayed(clauses, quarantined),
                        no_further=_taken_no_further(clauses, quarantined),
                        on_trust=trusting.text if (trusting := taken_on_trust(clauses, quarantined))
                        else "",
                        search_handed=giving.text if (
                            giving := handed_search(clauses, quarantined)) else "",
                        generalised=generalised(spans, asks),
                        treats=_treats(clauses, quarantined),
                        waved_off=any(index not in quarantined
                                      for index, *_ in harm_waved_off(spans, clauses)))
    if analysis.word_count < TOO_SHORT_WORDS:
        analysis.flags.append(
            Flag(
                kind="too_short",
                detail=f"The answer has {analysis.word_count} words; a behavioral answer needs "
                "room for the situation, your actions and the result (aim for 150-400 words).",
            )
        )
    return analysis


__all__ = ["PATTERNS", "Analysis", "Evidence", "Sentence", "addressed_to_reviewers", "analyze"]
