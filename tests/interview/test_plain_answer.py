"""A plain answer with the question pasted on its first line."""

from __future__ import annotations

import pytest

from roundtable.ingest.transcript import parse_input

ANSWER = ("Last spring our billing migration had to be live before the fiscal year closed. "
          "I took the reconciliation job myself and we went live two days early.")


@pytest.mark.parametrize("question", [
    "Tell me about a time you had to deliver under a tight deadline.",
    "Can you give me an example of a time you failed?",
    "Describe a situation where you disagreed with your manager",
    "I'd like you to tell me about a time you failed.",
])
def test_a_question_on_the_first_line_is_the_question(question: str) -> None:
    submission = parse_input(f"{question}\n\n{ANSWER}\n")
    assert submission.question == question
    assert submission.answer == ANSWER


def test_a_question_given_by_the_user_wins_and_the_pasted_line_is_not_the_answer() -> None:
    # Quoted as the candidate's line, the interviewer's question reads as evidence ("you haven't
    # weighed 'Tell me about a time you rebuilt trust…'").
    text = f"Tell me about a time you failed.\n{ANSWER}"
    submission = parse_input(text, question="What is your biggest failure?")
    assert submission.question == "What is your biggest failure?"
    assert submission.answer == ANSWER


@pytest.mark.parametrize("text", [
    # A story's own first line, even one about being asked, is the answer.
    f"I was asked to tell the board about a time we failed.\n{ANSWER}",
    # A first paragraph of the story that, read whole, has the words of an ask in it.
    "In my shop I am working as cashier since two years. One time there was customer who "
    "shout that the price is wrong. Manager tell me about it. I feel bad.\n\n" + ANSWER,
    # The candidate choosing their story in their own words ("a failure I'd talk about is…",
    # "I can't think of a time I was wrong") opens the answer; cutting it would lose the
    # story's first line, or the very denial the panel must weigh.
    "I'm a line cook, and the failure I'd talk about is a Saturday where I ruined forty "
    "portions of risotto.\n\n" + ANSWER,
    "Honestly, I can't think of a time my judgment was really wrong.\n" + ANSWER,
    # A story's first paragraph in a plural voice: one sentence of it reads like an ask.
    "In my last job I work in a depot for a parcel firm. One time we have a very big order "
    "from new client, and they give us only two days notice.\n\n" + ANSWER,
    "One time we have a very big order from new client, and they give us only two days "
    "notice.\n\n" + ANSWER,
    # A question with no answer below it is all the user gave: review it as given.
    "Tell me about a time you had to deliver under a tight deadline.",
    ANSWER,
])
def test_anything_else_stays_the_answer(text: str) -> None:
    submission = parse_input(text)
    assert submission.question is None
    assert submission.answer == text.strip()
