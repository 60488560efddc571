"""The interviewer's follow-ups inside a story travel with the answer, each pointing at the
reply it drew, so a reply like "No, never." keeps the question that gives it its meaning."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from roundtable.ingest.formats import read_transcript
from roundtable.ingest.segments import converse, split
from roundtable.ingest.submission import Submission
from roundtable.ingest.transcript import parse_input
from roundtable.models import Ask

LABELLED = """Interviewer: Tell me about a time you pushed back on a deadline.

Candidate: Our product lead wanted the tenant export shipped in four days. I knew the export \
skipped archived invoices, so I wrote up the gap with three customer examples and asked her \
for one more week.

Interviewer: Okay.

Candidate: She agreed to slip it by five days.

Interviewer: Did you ever take it to her boss?

Candidate: No, never.

Interviewer: What was the outcome?

Candidate: We shipped on the new date and not one export ticket came in that quarter.
"""

VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Interviewer>Tell me about a time a rollout went wrong on your watch.</v>

00:00:05.000 --> 00:00:15.000
<v Candidate>I rolled the new pricing page out to every region at once and the currency \
switch broke for Japanese customers.</v>

00:00:15.500 --> 00:00:17.000
<v Interviewer>How did your director take it?</v>

00:00:17.500 --> 00:00:21.000
<v Candidate>He was calm about it and asked me to run the review.</v>

00:00:21.500 --> 00:00:23.500
<v Interviewer>Walk me through what you'd change next time.</v>

00:00:24.000 --> 00:00:28.000
<v Candidate>I'd stage it region by region behind a flag.</v>
"""


def _reply(submission: Submission, n: int) -> str:
    asks = submission.asks
    end = asks[n + 1].at if n + 1 < len(asks) else len(submission.answer)
    return submission.answer[asks[n].at:end].strip()


def test_labelled_transcript_keeps_each_follow_up_with_the_reply_it_drew() -> None:
    submission = parse_input(LABELLED)
    assert [ask.text for ask in submission.asks] == [
        "Did you ever take it to her boss?", "What was the outcome?"]
    assert _reply(submission, 0) == "No, never."
    assert _reply(submission, 1).startswith("We shipped on the new date")
    # The answer is what it was before: the replies joined, no question inside it.
    assert "Interviewer" not in submission.answer and "?" not in submission.answer


def test_an_acknowledgement_is_no_ask() -> None:
    # "Okay." drew "She agreed to slip it by five days." but asked nothing.
    submission = parse_input(LABELLED)
    assert all("Okay" not in ask.text for ask in submission.asks)


def test_webvtt_follow_ups_point_into_the_answer_and_a_request_counts() -> None:
    submission = parse_input(VTT)
    assert [ask.text for ask in submission.asks] == [
        "How did your director take it?", "Walk me through what you'd change next time."]
    assert _reply(submission, 0) == "He was calm about it and asked me to run the review."
    assert _reply(submission, 1) == "I'd stage it region by region behind a flag."
    # Times and asks share the answer's offsets: each reply starts where a cue starts.
    starts = {span.first for span in submission.timeline}
    assert {ask.at for ask in submission.asks} <= starts


def test_two_questions_before_one_reply_are_one_ask() -> None:
    text = ("Interviewer: Tell me about a time you changed a team's process.\n\n"
            "Candidate: I moved our team's code reviews from Friday batches to same-day "
            "reviews with a two-hour target, after a bad release slipped through a batch.\n\n"
            "Interviewer: Did it work?\n\nInterviewer: How did you know?\n\n"
            "Candidate: Review time fell from three days to five hours within a month.\n")
    submission = parse_input(text)
    assert [ask.text for ask in submission.asks] == ["Did it work? How did you know?"]
    assert _reply(submission, 0).startswith("Review time fell")


def test_a_plain_answer_has_no_asks() -> None:
    assert parse_input("I rewrote the billing export and refunds fell by half. " * 3).asks == ()


def test_the_excerpt_reads_back_with_the_same_asks() -> None:
    transcript = read_transcript(VTT)
    assert transcript is not None
    segment = split(converse(transcript))[0]
    again = parse_input(segment.excerpt)
    assert again.answer == segment.answer
    assert again.asks == segment.asks


@pytest.mark.parametrize("asks", [
    (Ask(text="What was the outcome?", at=40),),
    (Ask(text="Did it work?", at=10), Ask(text="What was the outcome?", at=5)),
], ids=["past-the-end", "out-of-order"])
def test_an_ask_must_point_into_the_answer_in_order(asks: tuple[Ask, ...]) -> None:
    with pytest.raises(ValidationError):
        Submission(answer="We shipped on time. No.", asks=asks)


def test_a_transcript_with_no_behavioral_question_keeps_its_follow_ups() -> None:
    # "Walk me through it" about a project already named opens no behavioral question: the
    # candidate's turns are the one answer, and the follow-up inside it still travels with it.
    text = ("Interviewer: So, the warehouse move last spring. Walk me through it.\n\n"
            "Candidate: We had to move forty thousand parts between two sites in one weekend, "
            "and I planned the pick order so the fastest movers went first and the trucks "
            "never waited.\n\n"
            "Interviewer: What was the outcome?\n\n"
            "Candidate: We reopened on Monday at seven with every order shipping on time.\n")
    transcript = read_transcript(text)
    assert transcript is not None
    assert split(converse(transcript)) == []
    submission = parse_input(text)
    assert [ask.text for ask in submission.asks] == ["What was the outcome?"]
    assert _reply(submission, 0) == ("We reopened on Monday at seven with every order shipping "
                                     "on time.")
