"""The web review page shows a transcript's follow-ups before the replies they drew."""

from __future__ import annotations

from fastapi.testclient import TestClient
from web_helpers import post_form, wait_for

from roundtable.models import Ask, Quote
from roundtable.web import view

TRANSCRIPT = """Interviewer: Tell me about a time you disagreed with your manager.

Candidate: My manager wanted to skip the load test before the holiday release, so I pulled the \
incident report from the year before and booked time with her to walk through it. We went \
through the checkout failures line by line and she agreed to a one-day test.

Interviewer: Did you ever go over her head?

Candidate: No, never.

Interviewer: What was the outcome?

Candidate: The test found a connection leak, and the release went out with no checkout errors.
"""


def test_segments_cut_where_each_reply_begins_and_carry_its_ask() -> None:
    answer = "I pulled the report.\n\nNo, never.\n\nThe release went out clean."
    asks = [Ask(text="Did you go over her head?", at=22),
            Ask(text="What was the outcome?", at=34)]
    quotes = [("Ana", Quote(quote="report.\n\nNo", start=13, end=24))]
    pieces = view.segments(answer, quotes, asks)
    assert "".join(p.text for p in pieces) == answer
    assert [(p.text, p.asked) for p in pieces if p.asked] == [
        ("No", "Did you go over her head?"), ("The release went out clean.",
                                              "What was the outcome?")]
    # A citation across the cut stays cited on both sides of it.
    assert [p.cited_by for p in pieces if p.text in ("report.\n\n", "No")] == [("Ana",),
                                                                                ("Ana",)]


def test_the_review_page_shows_the_follow_ups(client: TestClient) -> None:
    form = {"question": "", "competency": "have-backbone", "panel": "product-trio",
            "engine": "rubric", "role": "", "level": ""}
    response = post_form(client, "/reviews", data=form,
                         files={"transcript": ("call.txt", TRANSCRIPT.encode(), "text/plain")})
    assert response.status_code == 303, response.text
    review_id = response.headers["location"].rsplit("/", 1)[1]
    record = wait_for(client, review_id)
    assert [ask["text"] for ask in record["review"]["asks"]] == [
        "Did you ever go over her head?", "What was the outcome?"]
    page = client.get(f"/reviews/{review_id}").text
    assert "Interviewer: Did you ever go over her head?</span>" in page
    assert page.index("Interviewer: What was the outcome?") < page.index(
        "The test found a connection leak")
