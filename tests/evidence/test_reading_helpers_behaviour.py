"""The clause reader's small public readings (`evidence/reading.py`), each at its edges: the cue
each rule finds in a clause (what the learned layer weighs), a STAR heading's role, the names a
clause uses, where a negation or a modal sits, whether a clause tells of the past, and whether
a late clause opens on time having passed. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.reading import (
    RESULT_ZONE,
    cue_signals,
    habit_of_story,
    heading_of,
    mode_triggers,
    names_in,
    negation_at,
    opens_on_verb,
    past_tense,
    subject_split,
    told_later,
)
from roundtable.evidence.text import Span


@pytest.mark.parametrize(("clause", "cue", "found"), [
    ("I would probably have escalated it", "modal-main", True),
    ("I escalated it to the director", "modal-main", False),
    ("If we had known, we might have waited", "modal-any", True),
    ("We waited for the audit", "modal-any", False),
    ("I didn't escalate it", "negated-main", True),
    ("I didn't escalate it", "negation-any", True),
    ("I escalated it", "negation-any", False),
    ("I usually check the logs first", "habit-word", True),
    ("I checked the logs first", "habit-word", False),
    ("every Monday I sent the numbers", "repeated", True),
    ("on Monday I sent the numbers", "repeated", False),
    ("we rotate the pager", "present", True),
    ("we rotated the pager", "present", False),
    ("I think it helped", "hedge-word", True),
    ("it helped", "hedge-word", False),
    ("I rewrote the rota", "past", True),
    ("I rewrite the rota every week", "past", False),
    ("and I called her", "first-person", True),
    ("and she called them", "first-person", False),
    ("we rotate the pager", "plural-person", True),
    ("I rotate the pager", "plural-person", False),
    ("the manager told the team", "people-word", True),
    ("the budget ran out", "people-word", False),
    ("Then the customers complained", "stripped-lead", True),
    ("the customers complained", "stripped-lead", False),
])
def test_each_rule_reports_its_own_cue(clause: str, cue: str, found: bool) -> None:
    assert (cue in cue_signals(clause)) is found, cue_signals(clause)


def test_cues_are_named_once_in_one_order() -> None:
    cues = cue_signals("If we had known, we might have waited")
    assert cues == sorted(set(cues), key=cues.index)
    assert cues.index("modal-main") < cues.index("modal-any") < cues.index("past")


@pytest.mark.parametrize(("line", "role"), [
    ("Situation: we had a backlog of 400 tickets", "situation"),
    ("Context: we had a backlog of 400 tickets", "situation"),
    ("Task: clear it before the audit", "task"),
    ("Action: I triaged every ticket by hand", "action"),
    ("Actions: I triaged every ticket by hand", "action"),
    ("Result: the backlog halved in a week", "result"),
    ("Outcome - the backlog halved in a week", "result"),
    ("results: the backlog halved in a week", "result"),
    ("Reflection: I learned to ask for help sooner", "reflection"),
    ("Learning: plan the triage before the audit", "reflection"),
    ("We had a backlog of 400 tickets", None),
    ("The result was a backlog of 400 tickets", None),
])
def test_a_star_heading_names_the_role_of_its_line(line: str, role: str | None) -> None:
    assert heading_of(Span(0, len(line), line)) == role


@pytest.mark.parametrize(("clause", "names"), [
    ("I told Priya and Tom about the outage", {"Priya", "Tom"}),
    ("The team asked Dev for the numbers", {"Dev"}),
    ("I met Ana (compliance) on Monday", {"Ana"}),
    ("Monday was busy and the team was tired", set()),
    ("I rewrote the rota in March", set()),
])
def test_the_names_a_clause_uses_are_its_capitals_after_the_first_word(
        clause: str, names: set[str]) -> None:
    assert names_in(clause) == names


@pytest.mark.parametrize(("clause", "trigger"), [
    ("I did not escalate it", "not"),
    ("nobody asked me", "nobody"),
    ("I never missed a deadline", "never"),
    ("without telling anyone", "without"),
    ("without even asking the night manager", "without"),
])
def test_a_negation_is_found_where_it_sits(clause: str, trigger: str) -> None:
    assert [clause[start:end].lower() for start, end in negation_at(clause)] == [trigger]


@pytest.mark.parametrize("clause", [
    "I escalated it to the director",
    "not only did I fix it, I wrote the runbook",
    "I went to the VP without telling her",
    # what someone lacked, not a step left out: the packs were made
    "and for the families without devices I made paper packs",
    "Without anything to go on, I rang the depot",
])
def test_no_negation_where_nothing_is_denied(clause: str) -> None:
    assert negation_at(clause) == ()


@pytest.mark.parametrize(("clause", "trigger"), [
    ("I would have escalated it", "would"),
    ("If we had known about the audit", "if"),
    ("I might try it on the night shift", "might"),
])
def test_a_hypothetical_is_found_where_it_sits(clause: str, trigger: str) -> None:
    assert [clause[start:end].lower() for start, end in mode_triggers(clause)] == [trigger]


@pytest.mark.parametrize("clause", [
    "I escalated it to the director",
    "she agreed we would ship on Friday",
])
def test_no_hypothetical_in_what_happened_or_was_agreed(clause: str) -> None:
    assert mode_triggers(clause) == ()


@pytest.mark.parametrize(("clause", "past", "habit"), [
    ("we role-played the call twice", True, True),
    ("she kept asking for the numbers", True, True),
    ("I always made sure it shipped", True, False),
    ("I review the logs", False, False),
    ("I will review the logs", False, False),
])
def test_a_clause_tells_of_the_past_and_a_past_habit_is_the_storys(
        clause: str, past: bool, habit: bool) -> None:
    assert past_tense(clause) is past
    assert habit_of_story(clause) is habit


LATER = "After a month he was running the bar alone"


@pytest.mark.parametrize(("clause", "actor", "position", "later"), [
    (LATER, "other", 0.9, True),
    (LATER, "other", RESULT_ZONE, True),
    (LATER, "other", RESULT_ZONE - 0.01, False),
    (LATER, "other", None, True),
    ("After a month I was running the bar alone", "candidate", 0.9, False),
    ("He was running the bar alone", "other", 0.9, False),
    ("By June the queue was gone", "none", 0.8, True),
    ("Since then the team has used it", "team", 0.8, True),
])
def test_a_late_clause_opening_on_time_passed_tells_how_things_stood_after(
        clause: str, actor: str, position: float | None, later: bool) -> None:
    assert told_later(clause, actor, position) is later  # type: ignore[arg-type]


@pytest.mark.parametrize(("clause", "subject", "verb"), [
    ("and then the QA lead kept clashing with us", ["the", "QA", "lead"], "kept"),
    ("We rotate the pager", ["We"], "rotate"),
    ("Priya pushed back on the date", ["Priya"], "pushed"),
])
def test_the_subject_is_split_from_its_verb(clause: str, subject: list[str], verb: str) -> None:
    head, rest = subject_split(clause)
    assert head == subject and rest[0] == verb
    assert not opens_on_verb(clause)


@pytest.mark.parametrize("clause", ["and cut over in January", "Kept pushing them for the logs",
                                    "- pulled the logs"])
def test_a_clause_without_its_own_subject_opens_on_its_verb(clause: str) -> None:
    assert opens_on_verb(clause)
