"""The claim checker: every sentence a review writes about the answer must be true of it.

It reads the finished `Review` (whatever engine wrote it) against a fresh reading of its answer
and reports each claim the reading does not support:

- a quotation that is not the answer's own words;
- a quote credited to a criterion that the reading does not tie to it (someone else's words, a
  denial, a hypothetical, a habit);
- a claim that something is missing ("the outcome goes unstated", "no evidence") where the
  reading found it;
- a follow-up built on a false premise ("what happened next" after an outcome is told, "them"
  where the story has no one else, "when the first conversation did not settle it" where it did);
- a score or a vote a turn claims that the numbers do not hold;
- the same sentence twice, the same question twice, a concern worded as the criterion's praise,
  a headline that stops mid-phrase or names a red flag the reading did not raise;
- a reason to hire, or what carries the verdict, resting on a criterion left at 1 of 5;
- a quoted line said to show something the candidate did ("they brought data", "they were
  candid about it") when no clause of it tells what the candidate or their team did.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from roundtable import regexes as re
from roundtable.catalog.loader import get_competency
from roundtable.catalog.schema import Competency, Criterion
from roundtable.deliberation.phrasing import DONE_BY_CANDIDATE, FLAG_SAYS, KIND_SHOWS
from roundtable.evidence.analysis import Analysis, analyze
from roundtable.models import VOTES, Quote, Review, Vote
from roundtable.render.labels import VOTE_LABELS

_QUOTED = re.compile(r"“([^”]{12,})”")
_ELLIPSIS = "…"
_OUTCOME_ABSENT = re.compile(
    r"\b(?:outcome|result) (?:goes|is|was|stays|remains) (?:unstated|unclear|missing|untold)|"
    r"\bno (?:outcome|result) (?:is )?(?:stated|given|told)|never says (?:what happened|how it "
    r"(?:ended|turned out)|what came of it)|without (?:saying|telling) (?:what happened|how it "
    r"ended)",
    re.IGNORECASE,
)
_DOING_ABSENT = re.compile(r"\bwhose doing is unclear\b|\bnever says what (?:they|the "
                           r"candidate) did\b", re.IGNORECASE)
_ASKS_OUTCOME = re.compile(
    r"\bwhat happened (?:next|in the end|after that|afterwards)|\bwhat was the (?:outcome|"
    r"result)\b|\bhow did (?:it|that|the story) (?:end|turn out)\b|\bwhat came of it\b",
    re.IGNORECASE,
)
_UNSETTLED = re.compile(r"\b(?:did not|didn't) settle it\b|\bwhen that (?:failed|did not work)",
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
    + "|".join(sorted({re.escape(KIND_SHOWS[k]) for k in DONE_BY_CANDIDATE}, key=len,
                      reverse=True)) + r"))")
_OWN_VOTE = re.compile(r"\bI(?:'m| am) at (?P<vote>Strong No Hire|Strong Hire|No Hire|Hire)\b")
_DANGLING = frozenset("a an the and or of to in on for by with at from as than that which "
                      "was were is are had have we i they our my their its".split())


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
        return any(e.strength > 0 for e in self.analysis.of("result", "quantified_result"))

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
        """A decision told with no escalation or further attempt."""
        return self.analysis.has("decision") and not self.analysis.has("escalation")

    def credited(self, criterion: str, quote: Quote) -> bool:
        """Whether the reading ties the quoted span to `criterion`."""
        found = self.criteria.get(criterion)
        if found is None:
            return False
        scored = next((s for s in self.review.scores.criteria if s.id == criterion), None)
        if scored and any(_overlaps(q, quote) for q in scored.evidence):
            return True
        kinds = set(found.signals.positive)
        cues = self.analysis.matches(found.cues, "cue")
        return any(
            (e.kind in kinds or e in cues) and e.strength > 0
            and quote.start <= max(e.at, e.start) < quote.end
            for e in self.analysis.evidence + cues
        )

    def scores_of(self, speaker: str | None) -> dict[str, set[int]]:
        """Every score a criterion holds for `speaker`: the rubric's, and the speaker's own."""
        held: dict[str, set[int]] = {c.name.lower(): {c.score} for c in
                                     self.review.scores.criteria}
        names = {c.id: c.name.lower() for c in self.review.scores.criteria}
        for panelist in self.review.scores.panelists:
            if speaker is not None and panelist.panelist != speaker:
                continue
            for cid, score in panelist.criteria.items():
                held.setdefault(names.get(cid, cid), set()).add(score)
            opening = getattr(panelist, "opening", None)
            for cid, score in (getattr(opening, "criteria", None) or {}).items():
                held.setdefault(names.get(cid, cid), set()).add(score)
        return held

    def votes_of(self, speaker: str) -> set[Vote]:
        votes: set[Vote] = set()
        for panelist in self.review.scores.panelists:
            if panelist.panelist == speaker:
                votes.add(panelist.vote)
                opening = getattr(panelist, "opening", None)
                if opening is not None:
                    votes.add(opening.vote)
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
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“])", text) if len(s.split()) >= 6]


def check_review(review: Review, analysis: Analysis | None = None,
                 competency: Competency | None = None) -> list[Violation]:
    """Every claim in `review` that its answer's reading does not support."""
    facts = _Facts(review, analysis or analyze(review.answer),
                   competency or get_competency(review.competency.id))
    found: list[Violation] = []
    texts = _texts(review)
    for where, text, speaker in texts:
        found += [Violation(where, "quote_not_in_answer", q)
                  for q in _quotes_verbatim(text, review.answer)]
        found += _premises(where, text, facts)
        found += _numbers(where, text, speaker, facts)
    found += _citations(review, facts)
    found += _repetition(texts)
    found += _shape(review, facts)
    return found


def _premises(where: str, text: str, facts: _Facts) -> list[Violation]:
    found = [Violation(where, "doing_not_told", f"{m.group(1)} → {m.group(2)}")
             for m in _SHOWN_DOING.finditer(text) if not facts.told_by_candidate(m.group(1))]
    if facts.outcome_told and _OUTCOME_ABSENT.search(text):
        found.append(Violation(where, "outcome_is_told", text))
    if facts.candidate_acts and _DOING_ABSENT.search(text):
        found.append(Violation(where, "candidate_acts", text))
    if where.startswith("follow_ups"):
        if facts.outcome_told and _ASKS_OUTCOME.search(text):
            found.append(Violation(where, "asks_for_told_outcome", text))
        if facts.settled_first_time and _UNSETTLED.search(text):
            found.append(Violation(where, "settled_first_time", text))
        unquoted = re.sub(r"“[^”]*”", "", text)
        if not facts.someone_else and _SOMEONE_ELSE.search(unquoted):
            found.append(Violation(where, "no_one_else_in_story", text))
        manager = _MANAGER.search(unquoted)
        if manager and not re.search(rf"\b{manager.group(1)}\b", facts.review.answer,
                                     re.IGNORECASE):
            found.append(Violation(where, "no_such_person", text))
    return found


def _numbers(where: str, text: str, speaker: str | None, facts: _Facts) -> list[Violation]:
    found = []
    held = facts.scores_of(speaker)
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
    return found


def _shape(review: Review, facts: _Facts) -> list[Violation]:
    found = []
    last = review.headline.rstrip(" .").split()[-1].lower() if review.headline.split() else ""
    if last in _DANGLING:
        found.append(Violation("headline", "headline_cut", review.headline))
    flagged = {f.kind for f in facts.analysis.flags}
    for kind, says in FLAG_SAYS.items():
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
            if praise and praise[:60] in signal.concern.lower():
                found.append(Violation(f"signals[{i}].concern", "concern_as_praise",
                                       signal.concern))
    return found


__all__ = ["Violation", "check_review"]
