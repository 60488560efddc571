"""A closed ask that offers two options ("Did you escalate or handle it yourself?") has no yes
or no to say back, and a question the candidate puts, the ask said back ("Escalate it to her
boss?") or one put to themselves ("Did I escalate?"), is the question, not a step told: the
reply after it is the reply."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import Analysis, analyze
from roundtable.evidence.asked import restate
from roundtable.evidence.reading import Clause
from roundtable.ingest.transcript import parse_input

STORY = ("Interviewer: Tell me about a time you disagreed with your manager.\n\n"
         "Candidate: Last year my manager wanted to ship the billing export without the "
         "archived invoices. I pulled three support tickets from the last export and showed them "
         "to her in our 1:1, and she agreed to hold the release for five days.\n\n")


def _read(reply: str, ask: str) -> tuple[Analysis, list[Clause], int]:
    """The transcript's reading, the reply's own clauses and where the reply starts."""
    submission = parse_input(STORY + f"Interviewer: {ask}\n\nCandidate: {reply}\n")
    analysis = analyze(submission.answer, [(a.at, a.text) for a in submission.asks])
    at = submission.answer.index(reply)
    return analysis, [c for c in analysis.clauses if c.span.start >= at], at


def _kinds(analysis: Analysis, at: int) -> set[str]:
    return {e.kind for e in analysis.evidence if e.strength > 0 and e.start >= at}


@pytest.mark.parametrize("ask", [
    "Did you escalate or handle it yourself?",
    "Was it your call or your manager's?",
    "Did you or your manager make the final call?",
    "Okay. So did you take it to her boss, or did you sort it out between you?",
])
def test_an_ask_offering_two_options_has_no_yes_or_no_to_say_back(ask: str) -> None:
    assert restate(ask, yes=True) is None and restate(ask, yes=False) is None


@pytest.mark.parametrize(("ask", "yes", "said"), [
    # "or not" offers no second option: the ask is the plain closed one
    ("Did you escalate it or not?", False, "I did not escalate it"),
    # near miss: a second person in one option is asked about with yes or no
    ("Did you talk to her or her manager first?", False,
     "I did not talk to her or her manager first"),
])
def test_a_closed_ask_with_or_inside_one_option_is_said_back(ask: str, yes: bool,
                                                             said: str) -> None:
    assert restate(ask, yes) == said


@pytest.mark.parametrize(("ask", "yes", "said"), [
    ("Did you tell her you're against it?", True, "i told her i'm against it"),
    # notes typed in capitals ask the same thing (this once stopped the whole review)
    ("DID YOU TELL HER YOU'RE AGAINST IT?", False, "i did not tell her i'm against it"),
    ("Did you tell her You’Re against it?", True, "i told her i’m against it"),
])
def test_a_closed_ask_is_said_back_in_whatever_case_it_was_typed(ask: str, yes: bool,
                                                                 said: str) -> None:
    restated = restate(ask, yes)
    assert restated is not None and restated.lower() == said


def test_yes_to_a_choice_of_two_owns_neither() -> None:
    analysis, clauses, at = _read("Yes.", "Was it your call or your manager's?")
    assert not {"ownership", "decision"} & _kinds(analysis, at)
    assert all(c.actor != "candidate" for c in clauses)


@pytest.mark.parametrize("echo", ["Escalate it to her boss?", "Did I escalate it to her boss?",
                                  "Did I escalate it?"])
def test_the_ask_said_back_before_a_bare_no_leaves_the_no_its_meaning(echo: str) -> None:
    analysis, clauses, at = _read(f"{echo} No, never.", "Did you escalate it to her boss?")
    assert "escalation" not in _kinds(analysis, at)
    said, reply = clauses[:-1], clauses[-1]
    assert all(c.role == "other" for c in said), said
    assert (reply.actor, reply.mode) == ("candidate", "negated")


def test_the_ask_said_back_before_a_reply_in_its_own_words_is_no_step() -> None:
    analysis, clauses, at = _read(
        "Did I escalate? No, I kept it between the two of us and we settled it that week.",
        "Did you escalate or handle it yourself?")
    assert "escalation" not in _kinds(analysis, at)
    assert clauses[0].role == "other"
    assert any(c.actor == "candidate" and c.mode == "fact" for c in clauses[1:])


def test_a_question_put_to_themselves_in_a_plain_answer_tells_no_step() -> None:
    answer = ("My manager wanted to ship the export without the archived invoices. Did I go "
              "over her head? No. I showed her three support tickets in our 1:1 and she held "
              "the release for five days.")
    analysis = analyze(answer)
    question = next(c for c in analysis.clauses if c.text.startswith("Did I go"))
    assert question.role == "other"
    assert not any(e.kind in ("escalation", "steamroll") and e.strength > 0
                   for e in analysis.evidence)
    # near miss: a tag on a sentence that tells ("…, you know?") does not make it a question
    tagged = analyze("I took it to her boss the same day, you know? She held the release.")
    assert tagged.clauses[0].role != "other"
    assert {"escalation", "steamroll"} & {e.kind for e in tagged.evidence if e.strength > 0}


@pytest.mark.parametrize(("reply", "ask"), [
    ("Mine. I made the call to hold it.", "Was it your call or your manager's?"),
    ("Me.", "Who made the final call on the release?"),
    # …softened or summed up, the pick still says only whose it was
    ("Mine, really. I made the call to hold it.", "Was it your call or your manager's?"),
    ("Us, mostly.", "Who made the final call on the release?"),
])
def test_a_one_word_pick_is_no_later_bond(reply: str, ask: str) -> None:
    # "Mine." names whose call it was; nobody turns to the candidate later in the story
    analysis, clauses, at = _read(reply, ask)
    assert "relationship" not in _kinds(analysis, at)
    assert clauses[0].role != "relationship"


@pytest.mark.parametrize(("ask", "said_back"), [
    ("Looking back, would you do anything differently?", "I would not do anything differently"),
    ("In hindsight, did you tell her?", "I did not tell her"),
])
def test_a_closed_ask_after_a_few_words_set_off_is_still_closed(ask: str, said_back: str) -> None:
    assert restate(ask, yes=False) == said_back


def test_nothing_to_do_differently_said_as_i_dont_think_so_denies_any_failing() -> None:
    analysis, _, at = _read("I don't think so. I made my point and I was right.",
                            "Looking back, would you do anything differently?")
    assert "never_fail" in _kinds(analysis, at)
    analysis, _, at = _read("Yes, I'd bring the tickets to the first meeting, not the second.",
                            "Looking back, would you do anything differently?")
    assert "never_fail" not in _kinds(analysis, at)
