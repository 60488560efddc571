"""Every view of an interview shows the interviewer's follow-ups inside each question, as the
single review does: a reply such as "No, never." or a cited line that answers "What was the
outcome?" means nothing without the ask that drew it."""

from __future__ import annotations

import json
from functools import cache
from html import unescape

import pytest

import roundtable
from roundtable.debrief.models import Interview
from roundtable.render.debrief import render_interview

TRANSCRIPT = """Interviewer: Tell me about a time you disagreed with your manager.

Candidate: My manager wanted to skip the load test before the holiday release, so I pulled the \
incident report from the year before and booked time with her to walk through it. We went \
through the checkout failures line by line and she agreed to a one-day test.

Interviewer: Did you ever go over her head?

Candidate: No, never.

Interviewer: What was the outcome?

Candidate: The test found a connection leak, and the release went out with no checkout errors.

Interviewer: Thanks. Now tell me about a time you made a mistake at work.

Candidate: Last year I shipped a pricing change without checking the currency rounding, and \
about two hundred invoices went out a cent off. I caught it the next morning from a support \
ticket, wrote to every affected customer and added a rounding test to the release checklist.
"""
ASKED = ["Did you ever go over her head?", "What was the outcome?"]


@cache
def _interview() -> Interview:
    return roundtable.interview(TRANSCRIPT)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_each_question_shows_its_follow_ups_in_order_and_only_under_it(fmt: str) -> None:
    shown = unescape(render_interview(_interview(), fmt))
    first = shown.index("Tell me about a time you disagreed")
    second = shown.index("Now tell me about a time you made a mistake", first)
    at = [shown.index(ask, first) for ask in ASKED]
    assert first < at[0] < at[1] < second
    # Marked as the interviewer's words, not the candidate's.
    assert all(f"Interviewer: {ask}" in shown for ask in ASKED)
    # The second question had none, and none of the first's is said twice.
    assert all(shown.count(ask) == 1 for ask in ASKED)


def test_json_carries_the_follow_ups_with_where_each_reply_starts() -> None:
    segments = json.loads(render_interview(_interview(), "json"))["segments"]
    asks = segments[0]["review"]["asks"]
    answer = segments[0]["review"]["answer"]
    assert [a["text"] for a in asks] == ASKED
    assert answer[asks[0]["at"]:].startswith("No, never.")
    assert "asks" not in segments[1]["review"]  # a story told with no follow-up has none
