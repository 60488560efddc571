"""One follow-up question per panelist, aimed at what that panelist still needs.

A question may presuppose only what the answer contains: it asks what happened in the end
only when no outcome was credited, and about "him", "her" or "your manager" only when the
answer mentions another person. No question is asked twice.
"""

from __future__ import annotations

import re

from roundtable.catalog.schema import Criterion
from roundtable.deliberation import Debate
from roundtable.deliberation.lenses import focus_for
from roundtable.deliberation.phrasing import LENS_WANTS, cut_end, lower_first, quoted
from roundtable.engines.base import Case
from roundtable.models import FollowUp

_ASKS_OUTCOME = re.compile(r"\bwhat happened\b|\bin the end\b|\bhow did it (?:turn out|end)\b",
                           re.IGNORECASE)
_ASKS_PERSON = re.compile(r"\b(?:he|she|him|her|his|them|they|their|that person|your manager|"
                          r"the other person)\b", re.IGNORECASE)
_OTHER_PERSON = re.compile(r"\b(?:he|she|him|her|his|hers|manager|boss|director|lead|colleague|"
                           r"teammate|customer|client|stakeholder|vp|ceo|cto|engineer|designer|"
                           r"team|partner|peer|report|[A-Z][a-z]+ (?:said|told|asked|agreed))\b",
                           re.IGNORECASE)
_RESULT_KINDS = ("result", "quantified_result")


def _presumes_too_much(question: str, case: Case) -> bool:
    outcome = any(e.strength > 0 for e in case.analysis.of(*_RESULT_KINDS))
    if _ASKS_OUTCOME.search(question) and outcome:
        return True
    return bool(_ASKS_PERSON.search(question)) and not _OTHER_PERSON.search(
        case.submission.answer)


def _question(case: Case, debate: Debate, panelist: str, criterion: Criterion) -> str:
    reading = debate.reading(panelist)
    question = criterion.follow_up
    if _presumes_too_much(question, case):
        question = f"Can you walk me through {LENS_WANTS[criterion.family]}?"
    weighed = [f for f in debate.evidence.findings[criterion.id]
               if f.quote.start in reading.weighed[criterion.id]]
    focus = focus_for(reading.persona, criterion)
    if weighed:
        line = weighed[0].quote.quote
        return (f"On {focus}: when you said {quoted(line[: cut_end(line)])}, "
                f"{lower_first(question)}")
    return f"On {focus}: {lower_first(question)}"


def build_follow_ups(case: Case, debate: Debate) -> list[FollowUp]:
    """Each panelist asks about what it still needs; a criterion already asked about gives way
    to that panelist's next gap, so the candidate is never asked the same thing twice."""
    asked: set[str] = set()
    questions: list[FollowUp] = []
    for reading in debate.readings:
        pid = reading.persona.id
        ranked = sorted(debate.evidence.criteria.values(),
                        key=lambda c: (c.id != debate.needs[pid].id, reading.criteria[c.id]))
        criterion = next((c for c in ranked if c.id not in asked), ranked[0])
        asked.add(criterion.id)
        questions.append(FollowUp(panelist=pid, question=_question(case, debate, pid, criterion),
                                  criterion=criterion.id))
    return questions
