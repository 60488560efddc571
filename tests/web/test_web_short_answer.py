"""The web app refuses an answer of a few words when it is submitted, as the CLI and API do,
instead of storing it and failing the review later."""

from __future__ import annotations

from fastapi.testclient import TestClient
from web_helpers import post_form

FEW_WORDS = "I handled it well."


def test_the_api_refuses_a_few_words_with_400_and_stores_nothing(client: TestClient) -> None:
    response = client.post("/api/reviews", json={"answer": FEW_WORDS})
    assert response.status_code == 400
    assert response.json()["detail"].startswith("the answer has only 4 words, too few to review")
    assert client.get("/api/reviews").json()["total"] == 0


def test_a_transcript_is_judged_by_the_candidate_s_words(client: TestClient) -> None:
    transcript = ("Interviewer: Tell me about a time you disagreed with your manager, and what "
                  "you did about it in the end?\nCandidate: I handled it well.")
    response = client.post("/api/reviews", json={"answer": transcript})
    assert response.status_code == 400 and "only 4 words" in response.json()["detail"]


def test_the_form_refuses_a_few_words_and_keeps_them(client: TestClient) -> None:
    response = post_form(client, "/reviews", {"answer": FEW_WORDS})
    assert response.status_code == 400
    assert "too few to review" in response.text and FEW_WORDS in response.text
    assert client.get("/api/reviews").json()["total"] == 0
