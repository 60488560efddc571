"""One follow-up question per panelist, aimed at what that panelist still needs.

A question may presuppose only what the answer contains: it asks what happened in the end
only when no outcome was credited, and about "him", "her" or "your manager" only when the
answer mentions another person. No question is asked twice.
"""

from __future__ import annotations

from collections.abc import Sequence

from roundtable import regexes as re
from roundtable.catalog.schema import Criterion
from roundtable.deliberation import Debate
from roundtable.deliberation.lenses import focus_for
from roundtable.deliberation.phrasing import cut_end, lower_first, quoted, upper_first, wants
from roundtable.deliberation.reading import Finding
from roundtable.engines.base import Case
from roundtable.models import FollowUp
from roundtable.synthesis.claims import OWN_MISS, UNSETTLED, answered_before

_ASKS_OUTCOME = re.compile(r"\bwhat happened\b|\bin the end\b|\bhow did it (?:turn out|end)\b",
                           re.IGNORECASE)
_ASKS_PERSON = re.compile(r"\b(?:he|she|him|her|his|them|they|their|that person|your manager|"
                          r"the other person)\b", re.IGNORECASE)
_OTHER_PERSON = re.compile(r"\b(?:he|she|him|her|his|hers|manager|boss|director|lead|colleague|"
                           r"teammate|customer|client|stakeholder|vp|ceo|cto|engineer|designer|"
                           r"team|partner|peer|report|[A-Z][a-z]+ (?:said|told|asked|agreed))\b",
                           re.IGNORECASE)
_ASKS_MEASURE = re.compile(r"\bmeasured\b|\bhow did you measure\b", re.IGNORECASE)
_WANTS_OTHER = re.compile(r"\b(?:other (?:person|side)|(?:the|this|that|one) person|teammate|"
                          r"customers?|audience|doubt\w*|people)\b", re.IGNORECASE)


def _presumes_too_much(question: str, case: Case) -> bool:
    # "What happened in the end" presumes no outcome was told, and a reading can miss one told
    # in plain words: the question is asked in a form that holds either way.
    if _ASKS_OUTCOME.search(question):
        return True
    # "Your own part in what went wrong" presumes a miss of the candidate's that the story may
    # not have: the brake fault the supervisor caught was the supplier's.
    if OWN_MISS.search(question) and not case.analysis.has("failure_owned"):
        return True
    # "When the first conversation did not settle it, what did you do next" holds only where
    # the story tells a further step, and then it asks for what was just told; a story that
    # ends at the first talk ("she said no, and that was that") may well have been settled.
    if UNSETTLED.search(question):
        return True
    if not _ASKS_PERSON.search(question):
        return False
    # Someone else acts in the story itself, not in a habit or a hypothetical. (Looked for only
    # for a question about someone: it searches the whole answer.)
    return not (any(c.actor == "other" and c.mode in ("fact", "negated", "hedged")
                    for c in case.analysis.clauses)
                and bool(_OTHER_PERSON.search(case.submission.answer)))


def _instead(case: Case, criterion: Criterion) -> str:
    """A question on the same gap that presupposes nothing the answer contradicts."""
    if criterion.family == "results" or _ASKS_OUTCOME.search(criterion.follow_up):
        return ("How did you know whether what you did worked, and what would you do "
                "differently next time?")
    if UNSETTLED.search(criterion.follow_up):
        if case.analysis.has("escalation"):
            return ("When you took it further, did the person you disagreed with know before "
                    "you did, and how did they take it?")
        if case.analysis.has("decision"):
            return ("Had that first conversation not settled it, what would you have done next, "
                    "and who would have known?")
        # Neither a decision nor a further step is told: a question that holds either way.
        return ("If a first conversation doesn't settle a disagreement like this, what do you do "
                "next, and who knows about it?")
    if OWN_MISS.search(criterion.follow_up):
        return "Looking back, what would you do differently if it happened again, and why?"
    want = wants(criterion)
    # The criterion's want can presume what its follow-up did: an outcome, or another person.
    if _ASKS_OUTCOME.search(want) or _ASKS_MEASURE.search(want) or _WANTS_OTHER.search(want):
        return "What would you do differently if you faced the same situation again?"
    return f"Can you walk me through {_to_you(want)}?"


_OTHER_ONE = re.compile(r"\b(?:the other person|the other side|that person)\b")


_THEY = re.compile(r"\b(they|their|them|themselves|the candidate's|the candidate)(?![\w'])")


def _to_you(phrase: str) -> str:
    """A lens's want or focus, said to the candidate: "what they do differently" → "what you
    do…", "results the candidate personally drove" → "results you personally drove"."""
    swaps = {"they": "you", "their": "your", "them": "you", "themselves": "yourself",
             "the candidate": "you", "the candidate's": "your"}
    return _THEY.sub(lambda m: swaps[m.group(1)], phrase)


# Questions that test a line already told well from another side, rather than ask for what it
# plainly says: each is asked once per review. The first needs someone else in the story.
_CHECKS = (
    "how would the other people involved describe that moment?",
    "how do you know it held up afterwards?",
    "what would you do differently if you did it again tomorrow?",
    "what did it cost you, and would you pay that again?",
    "when did you last do the same thing, and did it work as well?",
    # what no ask of the interviewer's settles, for a transcript that asked all of the above
    "which step in it was the hardest for you, and why?",
    # …and what two panelists with nothing left to quote can still ask apart
    "how long did it take from start to finish?",
)


def _asked_already(question: str, case: Case) -> bool:
    """The interviewer asked it inside the story and the candidate answered."""
    submission = case.submission
    return answered_before(question, submission.asks, submission.answer) is not None


# The checks that hold without a line to point at: "that moment" and "it held up" need one.
_UNANCHORED = frozenset({_CHECKS[2], _CHECKS[3], _CHECKS[5], _CHECKS[6]})


def _check(case: Case, used: set[str], anchored: bool = True) -> str:
    """The first check on a well-told line not yet asked in this review; with no line quoted
    before it (`anchored` false), one that needs none."""
    # ("what would you do differently…" is asked once, in whichever words came first)
    again = any("differently" in asked for asked in used)
    open_checks = [c for c in _CHECKS[_presumes_too_much("them", case):] if c not in used
                   and not _asked_already(c, case) and (anchored or c in _UNANCHORED)
                   and not (again and "differently" in c)]
    # (with every check asked, the last is asked again rather than none)
    check = open_checks[0] if open_checks else _CHECKS[-1]
    used.add(check)
    return check


def _question(case: Case, debate: Debate, panelist: str, criterion: Criterion,
              used: set[str]) -> str:
    reading = debate.reading(panelist)
    question = criterion.follow_up
    if case.analysis.has("hypothetical") or case.analysis.has("no_story"):
        # No story was told, so any question about "what you did next" presumes one: ask for it.
        want = _to_you(wants(criterion))
        if _presumes_too_much("them", case):
            # Nobody else is in the answer: "the other person" would presume someone.
            want = _OTHER_ONE.sub("anyone else involved", want)
        question = (f"Can you tell me about one time this actually happened: when it was, what "
                    f"you did yourself, and {want}?")
    elif _presumes_too_much(question, case):
        question = _instead(case, criterion)
    weighed = [f for f in debate.evidence.quotable(criterion.id)
               if f.quote.start in reading.weighed[criterion.id]]
    focus = _to_you(focus_for(reading.persona, criterion))
    told = debate.evidence.rubric[criterion.id].score >= 4
    found = debate.evidence.quotable(criterion.id) or debate.evidence.findings[criterion.id]
    if question in used:
        # Two gaps can fall back on the same safe question: the second asks another check,
        # one that needs no line when none will be quoted before it.
        question = upper_first(_check(case, used, anchored=bool(weighed or told and found)))
    used.add(question)
    checked = bool(weighed) and (told or reading.criteria[criterion.id] >= 5)
    if checked or told:
        # The answer already tells this well: asking for it again ("what did you get wrong?"
        # of "it was my mistake") presumes it was not told, so the line is checked from
        # another side instead. A check ("how would the others describe that moment?") needs
        # a moment of the candidate's to check, even one this panelist did not weigh itself:
        # "when you said 'the dispensing queue doubled in the first week', how would the
        # others describe that moment" asks about no moment of theirs.
        moment = _a_moment(case, weighed if checked else found)
        if moment is not None:
            return (f"On {focus}: when you said {quoted(moment[: cut_end(moment)])}, "
                    f"{_check(case, used)}")
        return f"On {focus}: {_check(case, used, anchored=False)}"
    if weighed:
        line = weighed[0].quote.quote
        if criterion.family == "results":
            # The line tells an outcome: asking what came of it ("what changed because you took
            # this on?") asks for what was just quoted; whether it came of their doing is open.
            question = ("How do you know that came from what you did, and what would it have "
                        "been otherwise?")
        return (f"On {focus}: when you said {quoted(line[: cut_end(line)])}, "
                f"{lower_first(question)}")
    return f"On {focus}: {lower_first(question)}"


def _a_moment(case: Case, findings: Sequence[Finding]) -> str | None:
    """The first quoted line that tells a step of the candidate's own (or their team's), or
    their owning a miss ("That was on me."), as it happened: what "that moment" or "it held
    up" can point at."""
    for finding in findings:
        if "failure_owned" in finding.kinds or any(
                c.by_candidate and c.actor in ("candidate", "team")
                and c.mode in ("fact", "hedged") and c.role not in ("situation", "task")
                for c in case.analysis.overlapping(finding.quote.start, finding.quote.end)):
            return finding.quote.quote
    return None


def build_follow_ups(case: Case, debate: Debate) -> list[FollowUp]:
    """Each panelist asks about what it still needs; a criterion already asked about gives way
    to that panelist's next gap, so the candidate is never asked the same thing twice."""
    asked: set[str] = set()
    used: set[str] = set()
    questions: list[FollowUp] = []
    for reading in debate.readings:
        pid = reading.persona.id
        # A criterion already at the top anchor is no gap: "what did you get wrong?" asked of
        # an answer that said "it was my mistake" presumes what the answer plainly told.
        ranked = sorted(debate.evidence.criteria.values(),
                        key=lambda c: (reading.criteria[c.id] >= 5, c.id != debate.needs[pid].id,
                                       reading.criteria[c.id]))
        criterion = next((c for c in ranked if c.id not in asked), ranked[0])
        asked.add(criterion.id)
        question = _question(case, debate, pid, criterion, used)
        if _asked_already(question, case):
            # The interviewer asked it and heard the reply: a check from another side instead,
            # with no line before it.
            question = upper_first(_check(case, used, anchored=False))
        questions.append(FollowUp(panelist=pid, question=question, criterion=criterion.id))
    return questions
