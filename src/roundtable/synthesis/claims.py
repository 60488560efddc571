"""The claim checker: every sentence a review writes about the answer must be true of it.

It reads the finished `Review` (whatever engine wrote it) against a fresh reading of its answer
and reports each claim the reading does not support:

- a quotation that is not the answer's own words;
- a quote credited to a criterion that the reading does not tie to it (someone else's words, a
  denial, a hypothetical, a habit);
- a claim that something is missing ("the outcome goes unstated", "no evidence") where the
  reading found it, an outcome told only in loose words included ("It did calm down a lot");
- a quote or a missing-outcome claim in a criterion's rationale ("found: …; against: …"), held
  to the answer like any sentence, though a list's wording is not;
- a follow-up built on a false premise ("what happened next" after an outcome is told, "them"
  where the story has no one else, "when the first conversation did not settle it" where it did,
  "your own part in what went wrong" where the candidate owns no miss);
- a score or a vote a turn claims that the numbers do not hold;
- the same sentence twice, the same question twice, a concern worded as the criterion's praise,
  a headline that stops mid-phrase or names a red flag the reading did not raise;
- a reason to hire, or what carries the verdict, resting on a criterion left at 1 of 5;
- a quoted line said to show something the candidate did ("they brought data", "they were
  candid about it") when no clause of it tells what the candidate or their team did;
- a criterion put at 4 or 5 of 5 on a quote whose clauses evidence something else (a date, a
  name, a step of another kind): credit needs the criterion's own kind of evidence, its cue, or
  a clause whose role is what the criterion asks for;
- a follow-up asking for what its own quoted line (or, unquoted, the answer) already tells, or
  naming "him" or "her" where the story has no such person;
- broken wording: a sentence starting in lower case, a doubled word, unbalanced quotes or
  brackets, a raw line break, a headline pronoun with nobody in the headline to refer to;
- a concern at 5 of 5, a closing whose vote or score is not the speaker's final one, a
  comparison ("Elena, you read X higher than I do") the scores do not hold, and the same
  follow-up asked twice in other words;
- a follow-up asking what the interviewer already asked inside the story and had answered
  ("What would you do differently?" after the candidate said what they would change).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from roundtable import regexes as re
from roundtable.catalog.loader import get_competency
from roundtable.catalog.schema import HEARD, TOLD_BY_ANYONE, Competency, Criterion
from roundtable.deliberation.phrasing import DONE_BY_CANDIDATE, FLAG_SAYS, KIND_SHOWS, VAGUE_ACTION
from roundtable.evidence.across import DENIALS
from roundtable.evidence.analysis import Analysis, analyze
from roundtable.evidence.asked import about, topics
from roundtable.evidence.credit import counts_as, vague_words
from roundtable.evidence.kinds import RED_FLAGS
from roundtable.evidence.loose import loose_outcome
from roundtable.models import VOTES, Ask, Quote, Review, Vote
from roundtable.render.labels import VOTE_LABELS

_QUOTED = re.compile(r"“([^”]{12,})”")
_ELLIPSIS = "…"
_OUTCOME_ABSENT = re.compile(
    r"\b(?:outcome|result) (?:goes|is|was|stays|remains) (?:unstated|unclear|missing|untold)|"
    r"\bno (?:outcome|result)(?: of the story)? (?:is )?(?:stated|given|told)|"
    r"never says (?:what happened|how it (?:ended|turned out)|what came of it)|"
    r"without (?:saying|telling) (?:what happened|how it ended)",
    re.IGNORECASE,
)
_DOING_ABSENT = re.compile(r"\bwhose doing is unclear\b|\bnever says what (?:they|the "
                           r"candidate) did\b", re.IGNORECASE)
_ASKS_OUTCOME = re.compile(
    r"\bwhat happened (?:next|in the end|after that|afterwards)|\bwhat was the (?:outcome|"
    r"result)\b|\bhow did (?:it|that|the story) (?:end|turn out)\b|\bwhat came of it\b",
    re.IGNORECASE,
)
# What a follow-up may ask only where the reading supports it (`synthesis.followups` asks by
# the same patterns the checker holds it to).
OWN_MISS = re.compile(r"\byour own part in what went wrong\b|\byour (?:own )?mistake\b|"
                      r"\bwhat did you get wrong\b|\bdecision of yours\b[^?]*\bled to\b",
                      re.IGNORECASE)
# Asking for a story to be told presumes none of it: "tell me about one time this happened".
_ASKS_FOR_A_STORY = re.compile(r"\bone time this actually happened\b|\btell me about a time\b",
                               re.IGNORECASE)
UNSETTLED = re.compile(r"\b(?:did not|didn't) settle it\b|\bwhen that (?:failed|did not work)",
                       re.IGNORECASE)
_SOMEONE_ELSE = re.compile(r"\b(?:they|them|their|he|him|his|she|her|that person|the other "
                           r"person|the other side)\b", re.IGNORECASE)
_MANAGER = re.compile(r"\byour (manager|boss|director|lead|vp)\b", re.IGNORECASE)
_SCORE_CLAIM = re.compile(r"(?P<name>[A-Za-z][\w ,;'&/-]{2,60}?) (?:at|to|on|is at) "
                          r"(?P<score>[1-5]) of 5\b|(?P<name2>[A-Za-z][\w ,;'&/-]{2,60}?) "
                          r"\((?P<score2>[1-5])/5\)")
_SHOWN_DOING = re.compile(
    # "“…”, where they brought data", "“…”: they brought data", "“…” They brought data"
    r"“([^”]{12,})”[.,:]?\s+(?:where\s+)?(?i:("
    # Longest first, and alphabetically among equals: the set's own order changes with each
    # process's string hashing, and a pattern text never seen before is compiled anew and the
    # whole regex cache rewritten at exit (tens of milliseconds, in most processes).
    + "|".join(sorted({re.escape(KIND_SHOWS[k]) for k in DONE_BY_CANDIDATE},
                      key=lambda shows: (-len(shows), shows))) + r"))")
_SHOWS = "|".join(sorted((re.escape(v) for v in KIND_SHOWS.values()), key=len, reverse=True))
_SHOWN_AFTER = re.compile(r"“([^”]{12,})”[.,:]?\s+(?:where\s+)?(?i:(" + _SHOWS + r"))")
_SHOWN_BEFORE = re.compile(r"(?i:(" + _SHOWS + r"))(?:, and [^:“]{0,80})?: “([^”]{12,})”")
_KIND_OF = {v.lower(): k for k, v in KIND_SHOWS.items()}
_OWN_VOTE = re.compile(r"\bI(?:'m| am) at (?P<vote>Strong No Hire|Strong Hire|No Hire|Hire)\b")
# What a clause's role in the story evidences, whatever words it uses.
_ROLE_SHOWS = {"result": {"result", "quantified_result"},
               "reflection": {"learning", "adaptation", "failure_owned"},
               "relationship": {"relationship", "trust"}, "grounds": {"grounds"},
               "dispute": {"disagreement"}}
_TOP_SCORE = re.compile(r"(?P<name>[A-Za-z][\w ,;'&/-]{2,60}?) (?:at|to|on|is at) "
                        r"(?P<score>[45]) of 5\b|(?P<name2>[A-Za-z][\w ,;'&/-]{2,60}?) "
                        r"\((?P<score2>[45])/5\)")
_GENDERED = {"he": re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE),
             "she": re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)}
_HEADLINE_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.IGNORECASE)
_DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
_JOINER_ONLY = re.compile(r"^[\s,;:—–-]*(?:(?:and|but|so|then|or)\b[\s,]*)?$", re.IGNORECASE)
# A sentence ending on one of these stops mid-phrase ("…carried by the grounds and the.").
_ENDS_MID_PHRASE = frozenset("a an the and or but of my our their its than".split())
_CLOSING_VOTE = re.compile(r"\bI(?:'m| am) at (?P<vote>Strong No Hire|Strong Hire|No Hire|Hire)"
                           r"(?:, (?P<score>\d\.\d) overall)?")
# A panelist is called by first name, or by the whole name over an answer that has someone of
# that first name ("Priya Raman, you read…").
_READS_HIGHER = re.compile(r"(?P<other>[A-Z][a-z]+(?: [A-Z][a-z]+)?), you read "
                           r"(?P<name>[\w ,;'&/-]{3,60}?) (?P<way>higher|lower) than I do")
_READS_BETWEEN = re.compile(r"(?P<a>[A-Z][a-z]+(?: [A-Z][a-z]+)?) reads "
                            r"(?P<name>[\w ,;'&/-]{3,60}?) (?P<way>higher|lower) than "
                            r"(?P<b>[A-Z][a-z]+(?: [A-Z][a-z]+)?)")
_CONCERN_AT_TOP = re.compile(r"^[^(:]+\(5/5\)|\bconcern is [^.;]*\b5 of 5\b|\bstill press is "
                             r"[^.;]*\b5 of 5\b", re.IGNORECASE)
# Someone the headline names: a name ("Marco"), or a person by their part ("her manager").
_NAMED = re.compile(r"(?<!^)(?<![.:] )\b[A-Z][a-z]+\b(?! [A-Z])|\b(?:manager|boss|director|lead|"
                    r"colleague|teammate|customer|client|designer|engineer|partner|peer|report|"
                    r"hire|mentee|owner|analyst|founder|vp|ceo|cto)\b")
_SUBJECT = re.compile(r"^How (?:the candidate|an? (?:[A-Z][\w/-]*\s)+)")
# Saying nothing earns credit, then giving credit: "which I can't credit on what I read, 2 of 5".
_NOTHING_BUT_SCORED = re.compile(
    r"(?:can't credit|cannot credit|nothing in the answer earns credit|no evidence)\b[^.;]*?"
    r"\b(?:[2-5] of 5\b)|\(([2-5])/5\): (?:nothing in the answer earns credit|no evidence)",
    re.IGNORECASE)
_FOCUS_PREFIX = re.compile(r"^On [^:]+:\s*")
_DANGLING = frozenset("a an the and or of to in on for by with at from as than that which "
                      "was were is are had have we i they our my their its exactly precisely "
                      "just only even very really how what why whether where who when".split())


@dataclass(frozen=True)
class Violation:
    """One claim the reading does not support."""

    where: str
    rule: str
    text: str


class _Facts:
    """What the reading says about the answer, in the terms claims are checked against."""

    def __init__(self, review: Review, analysis: Analysis, competency: Competency) -> None:
        self.review = review
        self.analysis = analysis
        self.competency = competency

    @cached_property
    def criteria(self) -> dict[str, Criterion]:
        return {c.id: c for c in self.competency.criteria}

    @cached_property
    def outcome_told(self) -> bool:
        """An outcome credited, or one told only in loose words (`evidence.loose`)."""
        return any(e.strength > 0 for e in self.analysis.of("result", "quantified_result")) or (
            loose_outcome(self.analysis) is not None)

    @cached_property
    def candidate_acts(self) -> bool:
        return any(c.by_candidate and c.mode in ("fact", "hedged") and c.role in (
            "action", "decision", "dispute", "grounds", "result") for c in self.analysis.clauses)

    def told_by_candidate(self, quoted: str) -> bool:
        """Whether a clause of the quoted line tells, as a fact, what the candidate or their
        team did or said (not what someone else did or thought)."""
        at = self.review.answer.find(quoted)
        return at < 0 or any(
            c.by_candidate and c.actor in ("candidate", "team") and c.mode in ("fact", "hedged")
            and not c.reported and c.span.start < at + len(quoted) and at < c.span.end
            for c in self.analysis.clauses)

    @cached_property
    def someone_else(self) -> bool:
        return any(c.actor == "other" or c.owner == "other" for c in self.analysis.clauses) or (
            bool(re.search(r"\b(?:him|her|them|they|he|she)\b", self.review.answer,
                           re.IGNORECASE)))

    @cached_property
    def settled_first_time(self) -> bool:
        """No further attempt told after the first conversation: nothing shows it did not
        settle the matter."""
        return not self.analysis.has("escalation")

    def credited(self, criterion: str, quote: Quote) -> bool:
        """Whether the reading ties the quoted span to `criterion`."""
        return self.supports(criterion, quote.start, quote.end)

    def supports(self, criterion: str, start: int, end: int) -> bool:
        """Whether a clause of `start:end` evidences `criterion` in the reading: the
        criterion's own kind of evidence (not only a date, a name or a step of any kind), its
        cue, or a clause whose role in the story is what the criterion asks for."""
        found = self.criteria.get(criterion)
        if found is None:
            return False
        start = self._with_its_joiner(start)
        kinds = set(found.signals.positive)
        own = found.evidencing
        cues = self.analysis.matches(found.cues, "cue")
        line = self.analysis.overlapping(start, end)
        if any(c.reported and c.owner == "other" for c in line) and not any(
                c.by_candidate and c.actor in ("candidate", "team") and not c.reported
                and c.mode in ("fact", "hedged") for c in line):
            # Hearsay about the candidate ("My manager said I had shown real courage, and that
            # the team's trust is what matters") shows only what a customer said.
            return any(e.kind in HEARD and e.kind in own and e.strength > 0
                       and start <= max(e.at, e.start) < end for e in self.analysis.evidence)
        if any(e in cues or e.kind in own and self.told_by_whoever(e.kind, max(e.at, e.start),
                                                                    start, end)
               for e in self.analysis.evidence + cues
               if e.strength > 0 and start <= max(e.at, e.start) < end):
            return True
        return any(
            _ROLE_SHOWS.get(c.role, set()) & kinds
            and (c.mode in ("fact", "hedged") or c.mode == "habitual" and c.role in (
                "reflection", "relationship"))
            and not (c.reported and c.owner == "other")
            and (c.by_candidate or c.role in ("result", "relationship"))
            for c in self.analysis.overlapping(start, end))

    def _with_its_joiner(self, start: int) -> int:
        """Where the clause a line opens in starts, when only its joining word was left out
        of the quote ("and | recommended a proper holdout"): what was found there is in it."""
        clause = self.analysis.clause_at(start)
        if clause is not None and _JOINER_ONLY.match(
                self.analysis.answer[clause.span.start:start]):
            return clause.span.start
        return start

    def told_by_whoever(self, kind: str, at: int, start: int, end: int) -> bool:
        """Whether evidence of `kind` found at `at` shows something of the candidate's: kinds
        true whoever tells them anywhere; any other kind never in a clause about what someone
        else did or said ("My manager thanked me for being thorough")."""
        clause = self.analysis.clause_at(at)
        if clause is not None and clause.reported and clause.owner == "other":
            return kind in HEARD  # "My manager said I had shown courage" is her word, not proof
        if kind in TOLD_BY_ANYONE:
            return True
        if clause is not None and (clause.actor == "other" or clause.owner == "other"):
            return False
        line = self.analysis.overlapping(start, end)
        # Beside someone else's clause, only a step of the candidate's own makes it theirs.
        return any(c.by_candidate and c.actor in ("candidate", "team") and not c.reported
                   and c.mode in ("fact", "hedged") for c in line) or not any(
            c.actor == "other" or c.owner == "other" for c in line)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every word a review may capitalise mid-sentence: the answer's, the panel's names and
        titles, the competency's and its criteria's names, the vote labels."""
        words = [self.review.answer, self.competency.name, self.competency.short_name,
                 *(c.name for c in self.competency.criteria), *VOTE_LABELS.values(),
                 *(f"{p.name} {p.title}" for p in self.review.panel)]
        return frozenset(w.lower() for text in words for w in re.findall(r"[A-Za-z]+", text))

    @cached_property
    def by_name(self) -> dict[str, str]:
        """Criterion ids by their names as sentences write them (lower case)."""
        return {c.name.lower(): c.id for c in self.competency.criteria}

    def criterion_named(self, text: str) -> str | None:
        """The criterion whose name `text` ends with."""
        lowered = text.lower()
        return next((cid for name, cid in sorted(self.by_name.items(), key=lambda i: -len(i[0]))
                     if lowered.endswith(name) or lowered.endswith(name.removeprefix("the "))),
                    None)

    def line_shows(self, quoted: str, kind: str) -> bool:
        """Whether the reading finds `kind` in the quoted line (or a clause whose role is it:
        a lesson, an outcome, the relationship afterwards)."""
        span = self.span_of(quoted)
        if span is None:
            return True
        start, end = span
        start = self._with_its_joiner(start)
        if kind == VAGUE_ACTION:
            # "they say that they acted, but not what they did": a step of the candidate's own
            # in the line leaves what it acted on vague
            return any(vague_words(c) is not None for c in self.analysis.overlapping(start, end))
        # (a number in someone else's clause sets the scene as well: `credit.counts_as`)
        if any(kind in (e.kind, counts_as(e.kind, self.analysis.clause_at(e.at)))
               and e.strength > 0 and start <= max(e.at, e.start) < end
               for e in self.analysis.evidence):
            return True
        return any(kind in _ROLE_SHOWS.get(c.role, {c.role})
                   and c.mode not in ("negated", "hypothetical")
                   for c in self.analysis.overlapping(start, end))

    def flagged(self, start: int, end: int) -> bool:
        """Whether the reading raises a red flag inside `start:end`."""
        return any(e.kind in RED_FLAGS and e.strength > 0 and start <= max(e.at, e.start) < end
                   for e in self.analysis.evidence)

    def span_of(self, quoted: str) -> tuple[int, int] | None:
        """Where a quoted line stands in the answer (its first part, if elided)."""
        first = quoted.split(_ELLIPSIS)[0].strip()
        at = self.review.answer.find(first)
        return (at, at + len(quoted)) if first and at >= 0 else None

    def final(self, name: str) -> tuple[str, Vote, float, dict[str, int]] | None:
        """A panelist's id, final vote, score and criteria, by the name they are called (a
        capitalised word before it, "Then Elena", is not part of it)."""
        people = {p.id: p for p in self.review.panel}
        for called in (name, name.split()[-1]):
            for panelist in self.review.scores.panelists:
                person = people.get(panelist.panelist)
                if person is not None and person.called == called:
                    return panelist.panelist, panelist.vote, panelist.score, panelist.criteria
        return None

    def scores_of(self, speaker: str | None, moving: bool = False) -> dict[str, set[int]]:
        """Every score a criterion holds for `speaker`: the rubric's, and the speaker's own at
        the opening and the close; in the cross-talk (`moving`), every reading in between too,
        which the speaker passes through (moved from 1 to 4 and later to 5, they say "I have
        it at 4 of 5" in between)."""
        held: dict[str, set[int]] = {c.name.lower(): {c.score} for c in
                                     self.review.scores.criteria}
        names = {c.id: c.name.lower() for c in self.review.scores.criteria}
        for panelist in self.review.scores.panelists:
            if speaker is not None and panelist.panelist != speaker:
                continue
            opening = getattr(getattr(panelist, "opening", None), "criteria", None) or {}
            for cid, score in panelist.criteria.items():
                start = opening.get(cid, score) if moving else score
                held.setdefault(names.get(cid, cid), set()).update(
                    range(min(start, score), max(start, score) + 1))
            for cid, score in opening.items():
                held.setdefault(names.get(cid, cid), set()).add(score)
        return held

    def votes_of(self, speaker: str) -> set[Vote]:
        votes: set[Vote] = set()
        for panelist in self.review.scores.panelists:
            if panelist.panelist == speaker:
                votes.add(panelist.vote)
                if panelist.opening is not None:
                    votes.add(panelist.opening.vote)
        return votes


# A line that leaves its criterion at 1 of 5 is no reason to hire and carries no verdict.
_REASON_AT_FLOOR = re.compile(r"[^(]+ \(1/5\): ")
_CARRIED_AT_FLOOR = re.compile(r"\bcarried by [^,;]+ at 1 of 5\b")


def _overlaps(a: Quote, b: Quote) -> bool:
    return a.start < b.end and b.start < a.end


def _quotes_verbatim(text: str, answer: str) -> list[str]:
    """Quoted spans in `text` that are not the answer's words (an elided part may be cut)."""
    flat = " ".join(answer.split())
    missing = []
    for match in _QUOTED.finditer(text):
        parts = [p.strip() for p in match.group(1).split(_ELLIPSIS) if p.strip()]
        if not all(" ".join(p.split()) in flat for p in parts):
            missing.append(match.group(1))
    return missing


def _texts(review: Review) -> list[tuple[str, str, str | None]]:
    """(where, text, speaker) for every sentence-bearing field of the review."""
    found: list[tuple[str, str, str | None]] = [("headline", review.headline, None),
                                                 ("consensus.summary", review.consensus.summary,
                                                  None)]
    for r, current in enumerate(review.rounds):
        for t, turn in enumerate(current.turns):
            found.append((f"rounds[{r}].turns[{t}]", turn.text, turn.speaker))
    found += [(f"consensus.agreements[{i}]", a, None)
              for i, a in enumerate(review.consensus.agreements)]
    found += [(f"consensus.emphases[{i}]", e.text, e.panelist)
              for i, e in enumerate(review.consensus.emphases)]
    for i, signal in enumerate(review.signals):
        found += [(f"signals[{i}].reason_to_hire", signal.reason_to_hire, signal.panelist),
                  (f"signals[{i}].concern", signal.concern, signal.panelist)]
    found += [(f"follow_ups[{i}]", f.question, f.panelist)
              for i, f in enumerate(review.follow_ups)]
    return found


def _sentences(text: str) -> list[str]:
    """The writer's sentences of `text`, quotations whole inside them."""
    masked, quotes = _masked(text, ends=True)
    whole = [re.sub(r"“(\d+)”[.!?]?", lambda m: f"“{quotes[int(m.group(1))]}”", s)
             for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“])", masked)]
    return [s for s in whole if len(s.split()) >= 6]


_NOT_ANSWERED = re.compile(
    r"\b(?:(?:do not|don['’]t|can['’]t|cannot) (?:really )?(?:know|remember|recall|say)|not sure|"
    r"no idea|(?:can|could) you repeat|what do you mean|pass on that)\b", re.IGNORECASE)
"""A reply that leaves its ask open: the candidate did not know, recall or understand."""


def answered_before(question: str, asks: Sequence[Ask], answer: str) -> Ask | None:
    """The interviewer's follow-up inside the story that asked something `question` asks (how
    it came out, how someone took it, what they would do differently) and drew a reply that
    answers it, if any: asking it again presumes the reply was not heard."""
    asking = topics(question) if asks else set()
    if not asking:
        return None
    ends = [ask.at for ask in asks[1:]] + [len(answer)]
    return next((ask for ask, end in zip(asks, ends, strict=True)
                 if about(ask.text) in asking and answer[ask.at:end].strip()
                 and not _NOT_ANSWERED.search(answer[ask.at:end])), None)


def check_review(review: Review, analysis: Analysis | None = None,
                 competency: Competency | None = None) -> list[Violation]:
    """Every claim in `review` that its answer's reading does not support."""
    asks = [(ask.at, ask.text) for ask in review.asks]
    facts = _Facts(review, analysis or analyze(review.answer, asks),
                   competency or get_competency(review.competency.id))
    found: list[Violation] = []
    texts = _texts(review)
    for where, text, speaker in texts:
        found += [Violation(where, "quote_not_in_answer", q)
                  for q in _quotes_verbatim(text, review.answer)]
        found += _premises(where, text, facts)
        found += _names(where, text, facts)
        found += _numbers(where, text, speaker, facts)
        found += _unsupported_scores(where, text, facts)
        found += _wording(where, text, review.answer)
        found += _comparisons(where, text, speaker, facts)
    for i, criterion in enumerate(review.scores.criteria):
        # A rationale is a list ("found: …; against: …"), not a sentence: its quotes and its
        # premises are held to the answer, its wording is not.
        where = f"scores.criteria[{i}].rationale"
        found += [Violation(where, "quote_not_in_answer", q)
                  for q in _quotes_verbatim(criterion.rationale, review.answer)]
        found += _premises(where, criterion.rationale, facts)
    found += _closings(review, facts)
    found += _citations(review, facts)
    found += _repetition(texts)
    found += _shape(review, facts)
    return found


def _premises(where: str, text: str, facts: _Facts) -> list[Violation]:
    shown = [(m.group(1), m.group(2)) for m in _SHOWN_AFTER.finditer(text)]
    shown += [(m.group(2), m.group(1)) for m in _SHOWN_BEFORE.finditer(text)]
    found = [Violation(where, "shows_not_in_line", f"{line} → {says}") for line, says in shown
             if not facts.line_shows(line, _KIND_OF[says.lower()])]
    found += [Violation(where, "absent_but_scored", m.group(0))
              for m in _NOTHING_BUT_SCORED.finditer(_masked(text)[0])]
    found += [Violation(where, "doing_not_told", f"{m.group(1)} → {m.group(2)}")
             for m in _SHOWN_DOING.finditer(text) if not facts.told_by_candidate(m.group(1))]
    if facts.outcome_told and _OUTCOME_ABSENT.search(text):
        found.append(Violation(where, "outcome_is_told", text))
    if facts.candidate_acts and _DOING_ABSENT.search(text):
        found.append(Violation(where, "candidate_acts", text))
    if where.startswith("follow_ups"):
        if facts.outcome_told and _ASKS_OUTCOME.search(text):
            found.append(Violation(where, "asks_for_told_outcome", text))
        if facts.settled_first_time and UNSETTLED.search(text):
            found.append(Violation(where, "settled_first_time", text))
        if not facts.analysis.has("failure_owned") and OWN_MISS.search(text) and not (
                _ASKS_FOR_A_STORY.search(text)):
            found.append(Violation(where, "no_miss_of_theirs", text))
        unquoted = re.sub(r"“[^”]*”", "", text)
        if not facts.someone_else and _SOMEONE_ELSE.search(unquoted):
            found.append(Violation(where, "no_one_else_in_story", text))
        for gender, pronoun in _GENDERED.items():
            if pronoun.search(unquoted) and not pronoun.search(facts.review.answer):
                found.append(Violation(where, f"no_{gender}_in_story", text))
        told = _asks_what_is_told(text, facts)
        if told:
            found.append(Violation(where, "asks_for_told", text))
        if answered_before(unquoted, facts.review.asks, facts.review.answer) is not None:
            found.append(Violation(where, "interviewer_asked", text))
        manager = _MANAGER.search(unquoted)
        if manager and not re.search(rf"\b{manager.group(1)}\b", facts.review.answer,
                                     re.IGNORECASE):
            found.append(Violation(where, "no_such_person", text))
    return found


def _asks_what_is_told(question: str, facts: _Facts) -> bool:
    """A follow-up putting a criterion's own question to a line that already answers it well
    (or, quoting nothing, to an answer the rubric puts at 4 or 5 on it)."""
    follow = next((f for f in facts.review.follow_ups if f.question == question), None)
    criterion = facts.criteria.get(follow.criterion) if follow and follow.criterion else None
    if criterion is None or criterion.follow_up.rstrip("?").lower() not in question.lower():
        return False
    held = next((c.score for c in facts.review.scores.criteria if c.id == criterion.id), 0)
    if held < 4:
        return False
    line = _QUOTED.search(question)
    if line is None:
        return True
    span = facts.span_of(line.group(1))
    return span is not None and facts.supports(criterion.id, *span)


def _masked(text: str, ends: bool = False) -> tuple[str, list[str]]:
    """The text with each quotation replaced by “N”, and the quotations in order; with `ends`,
    a quotation's closing stop stays after it, since it may close the writer's sentence too."""
    quotes: list[str] = []

    def keep(match: re.Match[str]) -> str:
        quotes.append(match.group(1))
        # A quote ending its own sentence ends the writer's too: “…point.” It claims…
        end = match.group(1).rstrip()[-1:]
        return f"“{len(quotes) - 1}”" + (end if ends and end in ".!?" else "")
    return re.sub(r"“([^”]*)”", keep, text), quotes


def _unsupported_scores(where: str, text: str, facts: _Facts) -> list[Violation]:
    """A sentence putting a criterion at 4 or 5 on a quote must quote a line that evidences it."""
    found = []
    masked, quotes = _masked(text, ends=True)
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z“])", masked):
        # A word quoted in brackets names what weakens a line ("it is vague (“and
        # everything”)"); it is cited against the criterion, not as credit for it.
        cited = [quotes[int(n)] for n in re.findall(r"(?<!\()“(\d+)”", sentence)]
        # A line quoted as a red flag is cited against the criterion, not as credit for it.
        spans = [span for q in cited if (span := facts.span_of(q)) is not None
                 and not facts.flagged(*span)]
        if not spans:
            continue
        for match in _TOP_SCORE.finditer(sentence):
            criterion = facts.criterion_named(match.group("name") or match.group("name2"))
            if criterion and not any(facts.supports(criterion, *span) for span in spans):
                found.append(Violation(where, "score_without_support",
                                       f"{criterion}: {' / '.join(cited)}"))
    return found


# "Like Daniel, i also hold…": the pronoun lower-cased by a sentence joined to another.
_LOWER_I = re.compile(r"(?<![\w'’-])i(?=\s|['’](?:m|ve|d|ll)\b)")


def _said_so(text: str, doubled: re.Match[str], answer: str) -> bool:
    """Whether the answer says the doubled word with the word before it, as the text does."""
    before = re.search(r"[\w'’-]+\s+$", text[:doubled.start()])
    if before is None:
        return False
    phrase = before.group(0) + doubled.group(0)
    return re.search(rf"\b{re.escape(phrase)}\b", answer, re.IGNORECASE) is not None


def _wording(where: str, text: str, answer: str = "") -> list[Violation]:
    """Wording a reader would stop at: it says nothing true or false, but it is broken. A word
    said twice as the answer says it ("drivers signed on on time") is the answer's English."""
    found = []
    masked, _ = _masked(text)
    if "\n" in text or "\r" in text:
        found.append(Violation(where, "raw_newline", text))
    if text.count("“") != text.count("”") or text.count("(") != text.count(")"):
        found.append(Violation(where, "unbalanced_quotes", text))
    for sentence in re.split(r"(?<=[.!?])\s+", masked.strip()):
        if sentence[:1].islower():
            found.append(Violation(where, "starts_lower_case", sentence))
            break
    if _LOWER_I.search(masked):
        found.append(Violation(where, "lower_case_i", text))
    doubled = _DOUBLED.search(masked)
    if doubled and not doubled.group(1).isdigit() and not _said_so(masked, doubled, answer):
        found.append(Violation(where, "doubled_word", doubled.group(0)))
    for sentence in re.split(r"(?<=[.!?])\s+", masked.strip()):
        words = sentence.rstrip(".!?,;: ").split()
        if words and words[-1].lower() in _ENDS_MID_PHRASE:
            found.append(Violation(where, "dangling_fragment", sentence))
    return found


def _comparisons(where: str, text: str, speaker: str | None, facts: _Facts) -> list[Violation]:
    """"Elena, you read X higher than I do" and "Grace reads X higher than Kenji" must be what
    the two panelists' final scores say."""
    found = []
    pairs: list[tuple[str, str, str, str]] = []
    if speaker is not None:
        me = next((p.called for p in facts.review.panel if p.id == speaker), None)
        pairs += [(m.group("other"), me, m.group("name"), m.group("way"))
                  for m in _READS_HIGHER.finditer(text) if me]
    pairs += [(m.group("a"), m.group("b"), m.group("name"), m.group("way"))
              for m in _READS_BETWEEN.finditer(text)]
    for first, second, name, way in pairs:
        criterion = facts.criterion_named(name)
        a, b = facts.final(first), facts.final(second)
        if criterion is None or a is None or b is None:
            continue
        held = [_all_scores(facts, pid, criterion) for pid in (a[0], b[0])]
        higher = max(held[0]) > min(held[1]) if way == "higher" else min(held[0]) < max(held[1])
        if not higher:
            found.append(Violation(where, "comparison_not_held", f"{first} {way} {second}: "
                                   f"{name}"))
    return found


def _all_scores(facts: _Facts, panelist: str, criterion: str) -> set[int]:
    """A panelist's scores of a criterion, at the opening and at the end."""
    held: set[int] = set()
    for scored in facts.review.scores.panelists:
        if scored.panelist == panelist:
            held.add(scored.criteria.get(criterion, 0))
            if scored.opening is not None:
                held.add(scored.opening.criteria.get(criterion, 0))
    return held or {0}


def _closings(review: Review, facts: _Facts) -> list[Violation]:
    """A closing states the speaker's final vote and score, and the summary the final votes."""
    found = []
    labels = {VOTE_LABELS[v]: v for v in VOTES}
    finals = {p.panelist: p for p in review.scores.panelists}
    for r, current in enumerate(review.rounds):
        if current.kind != "closing":
            continue
        for t, turn in enumerate(current.turns):
            final = finals.get(turn.speaker)
            for match in _CLOSING_VOTE.finditer(turn.text):
                if final is None:
                    continue
                score = match.group("score")
                if labels[match.group("vote")] != final.vote or (
                        score is not None and abs(float(score) - final.score) > 0.051):
                    found.append(Violation(f"rounds[{r}].turns[{t}]", "closing_not_final",
                                           match.group(0)))
    votes = re.search(r"Final votes: (?P<said>[^;]+);", review.consensus.summary)
    for part in re.split(r", and |; |, (?=[A-Z])", votes.group("said") if votes else ""):
        at = re.match(r"(?P<names>.+?) at (?P<vote>Strong No Hire|Strong Hire|No Hire|Hire)$",
                      part.strip())
        if at is None:
            continue
        for name in re.split(r", | and ", at.group("names")):
            person = facts.final(name.strip())
            if person is not None and person[1] != labels[at.group("vote")]:
                found.append(Violation("consensus.summary", "summary_vote_not_final", part))
    return found


_CAPITALISED = re.compile(r"(?<![.!?:;”]\s)(?<!^)(?<!“)\b[A-Z][a-z]{2,}\b")
# Words that open a sentence after a quotation or a lead ("Like Kenji, …"), not names.
_OPENERS = frozenset("they there that this the for like what where when how before after so "
                     "but and yet still net where which with from".split())


def _names(where: str, text: str, facts: _Facts) -> list[Violation]:
    """A name the writer uses mid-sentence ("what did Marco say") must be someone or something
    the answer names, a panelist, or a word of the review's own vocabulary."""
    known = facts.vocabulary
    return [Violation(where, "name_not_in_story", m.group(0))
            for m in _CAPITALISED.finditer(_masked(text)[0])
            if m.group(0).lower() not in known and m.group(0).lower() not in _OPENERS]


_TURN = re.compile(r"rounds\[(\d+)\]")


def _numbers(where: str, text: str, speaker: str | None, facts: _Facts) -> list[Violation]:
    found = []
    turn = _TURN.match(where)
    held = facts.scores_of(speaker, moving=turn is not None and facts.review.rounds[
        int(turn.group(1))].kind == "crosstalk")
    for match in _SCORE_CLAIM.finditer(text):
        name = (match.group("name") or match.group("name2")).lower()
        score = int(match.group("score") or match.group("score2"))
        criterion = next((c for c in held if name.endswith(c)), None)
        if criterion is not None and score not in held[criterion]:
            found.append(Violation(where, "score_not_held", match.group(0)))
    if speaker is not None and where.startswith("rounds"):
        labels = {VOTE_LABELS[v]: v for v in VOTES}
        for match in _OWN_VOTE.finditer(text):
            if labels[match.group("vote")] not in facts.votes_of(speaker):
                found.append(Violation(where, "vote_not_held", match.group(0)))
    return found


def _citations(review: Review, facts: _Facts) -> list[Violation]:
    found = []
    for r, current in enumerate(review.rounds):
        for t, turn in enumerate(current.turns):
            for quote in turn.evidence:
                where = f"rounds[{r}].turns[{t}]"
                if review.answer[quote.start:quote.end] != quote.quote:
                    found.append(Violation(where, "quote_offsets", quote.quote))
                if quote.use == "credit" and quote.criterion and not facts.credited(
                        quote.criterion, quote):
                    found.append(Violation(where, "credit_not_supported",
                                           f"{quote.criterion}: {quote.quote}"))
    return found


def _repetition(texts: list[tuple[str, str, str | None]]) -> list[Violation]:
    counts = Counter(s for _, text, _ in texts for s in _sentences(text))
    found = [Violation("review", "sentence_repeated", s) for s, n in counts.items() if n > 1]
    questions = Counter(text for where, text, _ in texts if where.startswith("follow_ups"))
    found += [Violation("follow_ups", "question_repeated", q) for q, n in questions.items()
              if n > 1]
    # The same question in other clothes: another panelist's focus, another quoted line.
    asked = Counter(_core(text) for text in set(questions))
    found += [Violation("follow_ups", "question_repeated", q) for q, n in asked.items() if n > 1]
    for where, text, _ in texts:
        openings = Counter(" ".join(s.split()[:7]).lower() for s in _sentences(text))
        found += [Violation(where, "sentence_echoed", s) for s, n in openings.items() if n > 1]
    return found


def _core(question: str) -> str:
    """What a follow-up asks, without whose focus it is put in or the line it quotes."""
    core = _FOCUS_PREFIX.sub("", question)
    core = re.sub(r"^when you said “[^”]*”,\s*", "", core, flags=re.IGNORECASE)
    return core.strip().lower()


def _shape(review: Review, facts: _Facts) -> list[Violation]:
    found = []
    last = review.headline.rstrip(" .").split()[-1].lower() if review.headline.split() else ""
    if last in _DANGLING:
        found.append(Violation("headline", "headline_cut", review.headline))
    masked, _ = _masked(review.headline)
    # The headline's subject is the candidate ("How a Product Manager…"), nobody else.
    masked = _SUBJECT.sub("", masked)
    pronoun = _HEADLINE_PRONOUN.search(masked)
    if pronoun and not _NAMED.search(masked[:pronoun.start()]):
        # "How the candidate gave him ownership": him is nobody the headline has named.
        found.append(Violation("headline", "headline_pronoun", review.headline))
    flagged = {f.kind for f in facts.analysis.flags}
    for kind, says in [*FLAG_SAYS.items(), *(("never_fail", d) for d in DENIALS)]:
        if review.headline.endswith(f"answer {says}") and kind not in flagged:
            found.append(Violation("headline", "flag_not_raised", review.headline))
    if _CARRIED_AT_FLOOR.search(review.consensus.summary):
        found.append(Violation("consensus.summary", "carried_at_floor", review.consensus.summary))
    for i, signal in enumerate(review.signals):
        if _REASON_AT_FLOOR.match(signal.reason_to_hire):
            found.append(Violation(f"signals[{i}].reason_to_hire", "reason_at_floor",
                                   signal.reason_to_hire))
        for criterion in facts.criteria.values():
            praise = criterion.description.rstrip(".").lower()
            top = criterion.anchors.five.rstrip(".").lower()
            # The top anchor may stand in a concern only as what is still wanted.
            bare = re.sub(r"\((?:top anchor|short of)[^)]*\)|\b(?:want|wanted|need|needs)\b.*",
                          "", signal.concern, flags=re.IGNORECASE).lower()
            if praise and praise[:60] in signal.concern.lower() or top[:50] in bare:
                found.append(Violation(f"signals[{i}].concern", "concern_as_praise",
                                       signal.concern))
        if _CONCERN_AT_TOP.search(signal.concern):
            found.append(Violation(f"signals[{i}].concern", "concern_at_top", signal.concern))
    for r, current in enumerate(review.rounds):
        for t, turn in enumerate(current.turns):
            if _CONCERN_AT_TOP.search(_masked(turn.text)[0]):
                found.append(Violation(f"rounds[{r}].turns[{t}]", "concern_at_top", turn.text))
    return found


__all__ = ["OWN_MISS", "UNSETTLED", "Violation", "check_review"]
