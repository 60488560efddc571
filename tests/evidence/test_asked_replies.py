"""A reply is read in the light of the interviewer's follow-up that drew it: the result, the
relationship afterwards, a lesson, or a bare "No" that means what the ask said."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import Analysis, analyze
from roundtable.evidence.asked import about, replies, restate
from roundtable.evidence.reading import Clause
from roundtable.evidence.text import sentences
from roundtable.ingest.transcript import parse_input

STORY = ("Interviewer: Tell me about a time you disagreed with your manager.\n\n"
         "Candidate: My manager wanted to drop the migration dry run to save a week. I showed "
         "her the two rollbacks from last spring and asked for three days to run it on a copy "
         "of production.\n\n")


def _read(reply: str, ask: str | None) -> tuple[Analysis, list[Clause], int]:
    """The transcript's reading, the reply's own clauses and where the reply starts."""
    text = STORY + (f"Interviewer: {ask}\n\n" if ask else "") + f"Candidate: {reply}\n"
    submission = parse_input(text)
    analysis = analyze(submission.answer, [(a.at, a.text) for a in submission.asks])
    at = submission.answer.index(reply)
    return analysis, [c for c in analysis.clauses if c.span.start >= at], at


def _kinds(analysis: Analysis, at: int) -> set[str]:
    return {e.kind for e in analysis.evidence if e.strength > 0 and e.start >= at}


@pytest.mark.parametrize(("ask", "settles"), [
    ("What was the outcome?", "result"),
    ("And how did it turn out?", "result"),
    ("Did the dry run work?", "result"),
    ("What happened in the end?", "result"),
    ("How did your manager take it?", "relationship"),
    ("How did Priya react when you told her?", "relationship"),
    ("Are you two still in touch?", "relationship"),
    ("What would you do differently?", "reflection"),
    ("Looking back, would you change how the result was measured?", "reflection"),
    ("What did you learn from it?", "reflection"),
    ("What did you take from it?", "reflection"),
    ("And what did that teach you?", "reflection"),
    ("What would you do next time?", "reflection"),
    ("What did you get out of the experience?", "reflection"),
    # near misses: asks that settle no role of the reply
    ("What happened?", None),
    # asks the story to go on: the reply tells steps as often as an outcome
    ("What happened next?", None),
    ("And what happened then?", None),
    ("What happened after that?", None),
    ("What did you do?", None),
    ("How did you work with the others?", None),
    ("Why did that matter to you?", None),
    ("What did you take to the meeting?", None),
    ("What did you get from the vendor?", None),
])
def test_an_ask_is_classified_by_what_it_asks_about(ask: str, settles: str | None) -> None:
    assert about(ask) == settles


@pytest.mark.parametrize(("ask", "yes", "said"), [
    ("Did you ever go over her head?", False, "I did not go over her head"),
    ("Did you go to her manager?", True, "I went to her manager"),
    ("Have you ever escalated a call like that?", False, "I have never escalated a call like that"),
    ("Was there anything you'd do differently?", False,
     "there was not anything I'd do differently"),
    ("Did your manager know what you found?", True, "my manager knew what I found"),
    ("Okay. And did she thank you?", False, "she did not thank me"),
])
def test_a_closed_ask_is_said_back_in_the_candidates_words(ask: str, yes: bool,
                                                           said: str) -> None:
    assert restate(ask, yes) == said


@pytest.mark.parametrize("ask", ["Didn't you tell her?", "How did you raise it?", "Why not?"])
def test_only_a_plain_closed_ask_is_said_back(ask: str) -> None:
    # "No" to "Didn't you tell her?" could mean either; an open ask has no yes or no.
    assert restate(ask, yes=False) is None


def test_a_reply_to_the_outcome_ask_is_the_result() -> None:
    reply = "The dry run caught a broken index before go-live."
    asked, clauses, at = _read(reply, "What was the outcome?")
    assert {c.role for c in clauses} == {"result"}
    assert "result" in _kinds(asked, at)
    # Near miss: the same words after "What happened?" keep the reading they have alone.
    plain, clauses, at = _read(reply, "What happened?")
    assert "result" not in {c.role for c in clauses}
    assert "result" not in _kinds(plain, at)


def test_a_reply_to_how_the_manager_took_it_is_the_relationship() -> None:
    reply = "She was fine with it in the end."
    asked, clauses, at = _read(reply, "How did your manager take it?")
    assert [c.role for c in clauses] == ["relationship"]
    assert "relationship" in _kinds(asked, at)
    alone, clauses, at = _read(reply, None)
    assert "relationship" not in _kinds(alone, at)


def test_a_reaction_against_the_candidate_is_no_bond() -> None:
    # How she took it, but no relationship the story left to credit.
    asked, clauses, at = _read("She pushed back hard at first.", "How did your manager take it?")
    assert [c.role for c in clauses] == ["relationship"]
    assert "relationship" not in _kinds(asked, at)


LESSON = ("Honestly, I'd involve her earlier, before the plan was set. I would ask the database "
          "lead to join that first meeting. And I would put the trade-off in writing for both "
          "of us.")
SHORT_STORY = ("Interviewer: Tell me about a time you disagreed with your manager.\n\n"
               "Candidate: My manager wanted to drop the migration dry run to save a week before "
               "the billing cutover. I sent her the rollback notes from last spring.\n\n")


def _flags(ask: str | None) -> tuple[set[str], list[Clause], int]:
    text = SHORT_STORY + (f"Interviewer: {ask}\n\n" if ask else "") + f"Candidate: {LESSON}\n"
    submission = parse_input(text)
    analysis = analyze(submission.answer, [(a.at, a.text) for a in submission.asks])
    at = submission.answer.index(LESSON)
    return ({f.kind for f in analysis.flags},
            [c for c in analysis.clauses if c.span.start >= at], at)


def test_what_they_would_do_differently_is_a_lesson_not_a_hypothetical_story() -> None:
    flags, clauses, _ = _flags("What would you do differently?")
    assert "hypothetical" not in flags
    assert {c.role for c in clauses} == {"reflection"}
    # Read without the ask, three "I would"s beside one step are a hypothetical told instead
    # of a story; after "What happened?" they still are.
    assert "hypothetical" in _flags(None)[0]
    assert "hypothetical" in _flags("What happened?")[0]


def test_the_lesson_asked_for_is_credited_as_learning() -> None:
    reply = "Honestly, I'd involve her earlier."
    asked, clauses, at = _read(reply, "What would you do differently?")
    assert [(c.mode, c.role) for c in clauses] == [("hypothetical", "reflection")]
    assert "learning" in _kinds(asked, at)
    alone, _, at = _read(reply, None)
    assert "learning" not in _kinds(alone, at)


GO_OVER = "Did you go to her manager?"


def test_no_to_going_to_her_manager_is_a_step_not_taken() -> None:
    asked, clauses, at = _read("No.", GO_OVER)
    assert [(c.actor, c.mode) for c in clauses] == [("candidate", "negated")]
    assert "steamroll" not in _kinds(asked, at)


def test_yes_to_going_to_her_manager_is_going_over_her_head() -> None:
    asked, clauses, at = _read("Yes.", GO_OVER)
    assert [(c.actor, c.mode) for c in clauses] == [("candidate", "fact")]
    assert "steamroll" in _kinds(asked, at)


def test_yes_i_did_to_escalating_is_an_escalation() -> None:
    asked, _, at = _read("Yes, I did.", "Did you escalate it?")
    assert "escalation" in _kinds(asked, at)
    denied, clauses, at = _read("No, never.", "Did you escalate it?")
    assert "escalation" not in _kinds(denied, at)
    assert [c.mode for c in clauses] == ["negated"]


def test_a_no_that_goes_on_is_read_in_its_own_words() -> None:
    # Near miss: the reply says what happened instead; nothing of the ask is lent to it.
    asked, clauses, at = _read("No, I sorted it out with her directly that afternoon.", GO_OVER)
    assert "steamroll" not in _kinds(asked, at)
    assert all("manager" not in c.text for c in clauses)
    assert any(c.actor == "candidate" and c.mode == "fact" for c in clauses)


def test_a_bare_no_to_an_open_ask_is_left_as_it_is() -> None:
    _, clauses, _ = _read("No.", "How did you raise it?")
    assert [c.actor for c in clauses] == ["none"]


def test_every_offset_still_points_into_the_answer() -> None:
    text = STORY + f"Interviewer: {GO_OVER}\n\nCandidate: No, never.\n"
    submission = parse_input(text)
    analysis = analyze(submission.answer, [(a.at, a.text) for a in submission.asks])
    for clause in analysis.clauses:
        assert submission.answer[clause.span.start:clause.span.end] == clause.text
    for found in analysis.evidence:
        assert submission.answer[found.start:found.end] == found.quote


def test_a_lesson_after_saying_there_is_none_is_not_credited() -> None:
    # "Not really." denies there was anything to change; the "maybe" after it is no lesson.
    reply = "Not really. Maybe I'd have pushed the date harder."
    asked, clauses, at = _read(reply, "Would you do anything differently?")
    assert {c.role for c in clauses} == {"reflection"}
    assert "learning" not in _kinds(asked, at)


@pytest.mark.parametrize("go_on", ["And?", "And then?", "So?", "Okay, and then what?",
                                   "What happened?"])
def test_a_bare_prompt_after_an_earlier_ask_asks_how_it_came_out(go_on: str) -> None:
    reply = "The dry run failed on the second table, and we moved the date by a week."
    first = "What did you do then?"
    text = (STORY + f"Interviewer: {first}\n\nCandidate: I booked the copy and ran it on the "
            f"Saturday.\n\nInterviewer: {go_on}\n\nCandidate: {reply}\n")
    submission = parse_input(text)
    analysis = analyze(submission.answer, [(a.at, a.text) for a in submission.asks])
    at = submission.answer.index(reply)
    assert any(c.role == "result" for c in analysis.clauses if c.span.start >= at)


def test_a_bare_prompt_as_the_first_ask_asks_for_the_story() -> None:
    answer = "I booked the copy. Then I ran it on the Saturday."
    read = replies(sentences(answer), [(0, "And?")])
    assert all(reply.about is None for reply in read.values())


def test_a_reply_asked_to_go_on_keeps_its_own_steps() -> None:
    # Asked only to go on, the candidate tells the pushback and their own steps: none of it is
    # an outcome because of the ask (it was, when "what happened next" settled the result).
    analysis, clauses, at = _read(
        "The plant director wanted to skip the second inspection because the client was "
        "waiting. I said I wouldn't sign the release without it, and I offered to run the "
        "inspection myself that night.", "What happened next?")
    assert clauses and not any(c.role == "result" for c in clauses)
    assert not {"result", "quantified_result"} & _kinds(analysis, at)
    assert any(c.actor == "candidate" and c.role == "action" for c in clauses)
