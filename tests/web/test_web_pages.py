"""The HTML pages: submit, watch, read, search, delete, re-run, upload; user text is escaped."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from importlib import resources
from typing import Any

from fastapi.testclient import TestClient
from web_helpers import ANSWER, HOSTILE, QUESTION, paced, post_form, wait_for

import roundtable
from roundtable.errors import EngineError
from roundtable.ingest import MAX_BYTES
from roundtable.models import Quote, Review
from roundtable.render.labels import clock
from roundtable.web import view

Maker = Callable[..., TestClient]
FORM = {"question": QUESTION, "competency": "have-backbone", "panel": "product-trio",
        "engine": "rubric", "role": "Product Manager", "level": "Senior"}


def _post_form(client: TestClient, answer: str = ANSWER, **fields: str) -> str:
    response = post_form(client, "/reviews", data={**FORM, "answer": answer, **fields})
    assert response.status_code == 303, response.text
    location: str = response.headers["location"]
    return location.rsplit("/", 1)[1]


def test_home_offers_every_competency_and_panel(client: TestClient) -> None:
    page = client.get("/").text
    competencies = client.get("/api/competencies").json()
    for competency in competencies:
        assert f'value="{competency["id"]}"' in page
    for panel in client.get("/api/panels").json():
        assert re.search(rf'name="panel" value="{panel["id"]}"', page)
    # The default panel is the one chosen, and its whole name is there to read.
    assert re.search(r'name="panel" value="product-trio" checked', page)
    assert 'name="transcript"' in page and "data-picker-search" in page
    # No model offered: the LLM engine cannot be picked and there is no model to type.
    assert re.search(r'<option value="llm"[^>]*\bdisabled', page) and 'name="model"' not in page


def test_finished_review_page_shows_every_section_and_escapes_the_answer(
        client: TestClient) -> None:
    review_id = _post_form(client, HOSTILE, recording_url="https://video.example/x?a=1&b=2")
    review = Review.model_validate(wait_for(client, review_id)["review"])
    page = client.get(f"/reviews/{review_id}").text
    assert "<script>window.pwned" not in page and "<b>bold</b>" not in page
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;" in page
    assert 'href="https://video.example/x?a=1&amp;b=2"' in page
    for text in [review.headline, review.competency.short_name, "Expert Roundtable",
                 "Opening takes", "Cross-talk", "Closing thoughts", "Panel Consensus",
                 "Hiring Signals from the Loop", "Reason to hire", "Concern",
                 "Follow-up questions", "Verdict", view.VOTE_LABELS[review.verdict.vote]]:
        assert _escaped(text) in page, text
    for person in review.panel:
        assert _escaped(person.name) in page and _escaped(person.title) in page
    for follow_up in review.follow_ups:
        assert _escaped(follow_up.question) in page
    cited = {(q.start, q.end) for r in review.rounds for t in r.turns for q in t.evidence}
    assert cited, "the rubric engine cites the answer"
    for start, _end in cited:
        assert f'id="cite-{start}"' in page


def _escaped(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&#34;").replace("'", "&#39;"))


def test_highlight_segments_cover_the_answer_once_and_skip_bad_offsets() -> None:
    answer = "I disagreed with my manager. He agreed."
    quotes = [("Ana", Quote(quote="I disagreed", start=0, end=11)),
              ("Ben", Quote(quote="disagreed with", start=2, end=16)),
              ("Cy", Quote(quote="not in the answer", start=5, end=22)),
              ("Cy", Quote(quote="He agreed.", start=29, end=39))]
    pieces = view.segments(answer, quotes)
    assert "".join(p.text for p in pieces) == answer
    assert [(p.text, p.cited_by) for p in pieces] == [
        ("I ", ("Ana",)), ("disagreed", ("Ana", "Ben")), (" with", ("Ben",)),
        (" my manager. ", ()), ("He agreed.", ("Cy",))]


def test_a_running_review_page_survives_a_reload(make_client: Maker) -> None:
    client = make_client(paced(0.1))
    review_id = _post_form(client)

    def turns_shown() -> tuple[int, str]:
        deadline = time.monotonic() + 10
        while True:
            page = client.get(f"/reviews/{review_id}").text
            if page.count('class="turn ') or time.monotonic() > deadline:
                return page.count('class="turn '), page
            time.sleep(0.02)

    shown, first = turns_shown()
    assert 'data-status="running"' in first and "The panel is deliberating" in first
    seq = int(re.search(r'data-last-seq="(-?\d+)"', first)[1])  # type: ignore[index]
    assert shown >= 1 and seq == shown - 1
    time.sleep(0.25)
    reloaded = client.get(f"/reviews/{review_id}").text
    assert reloaded.count('class="turn ') > shown
    wait_for(client, review_id)
    final = client.get(f"/reviews/{review_id}").text
    assert 'data-status="done"' in final and "Panel Consensus" in final


def test_form_errors_keep_what_the_user_typed(client: TestClient) -> None:
    typed = "My answer <i>with markup</i> that I do not want to lose."
    response = post_form(client, "/reviews", data={**FORM, "answer": typed, "competency": "nope"})
    assert response.status_code == 400
    assert "unknown competency" in response.text
    assert "My answer &lt;i&gt;with markup&lt;/i&gt; that I do not want to lose." in response.text
    response = post_form(client, "/reviews", data={**FORM, "answer": typed,
                                              "recording_url": "javascript:alert(1)"})
    assert response.status_code == 422 and "web address" in response.text
    assert "with markup" in response.text
    response = post_form(client, "/reviews", data={**FORM, "answer": "  "})
    assert response.status_code == 400 and "empty" in response.text
    assert client.get("/api/reviews").json()["total"] == 0


def test_a_transcript_upload_is_reviewed_and_oversized_files_are_refused(
        client: TestClient) -> None:
    transcript = f"Interviewer: {QUESTION}\nCandidate: {ANSWER}\n".encode()
    response = post_form(client, "/reviews", data={**FORM, "question": ""},
                           files={"transcript": ("call.txt", transcript, "text/plain")})
    assert response.status_code == 303
    record = wait_for(client, response.headers["location"].rsplit("/", 1)[1])
    assert record["source"] == "upload" and record["review"]["question"] == QUESTION
    assert record["review"]["answer"] == ANSWER
    big = b"a" * (MAX_BYTES + 10)
    response = post_form(client, "/reviews", data=FORM, files={"transcript": ("big.txt", big)})
    assert response.status_code == 413 and f"{MAX_BYTES:,}-byte limit" in response.text
    binary = post_form(client, "/reviews", data=FORM, files={"transcript": ("x.txt", b"\x00\x01")})
    assert binary.status_code == 400 and "binary" in binary.text


def test_quotes_of_a_timed_transcript_show_when_they_were_said_and_play_from_there(
        client: TestClient) -> None:
    """As on the interview page: `[mm:ss]` beside every quote of a timed transcript, a link
    that plays the recording from that moment when the review has one."""
    vtt = ("WEBVTT\n\n00:01:02.000 --> 00:01:08.000\n<v Interviewer>" + QUESTION + "</v>\n\n"
           "00:01:09.000 --> 00:02:30.000\n<v Candidate>" + ANSWER + "</v>\n").encode()
    for recording in ("https://video.example/call.mp4", ""):
        response = post_form(client, "/reviews", data={**FORM, "question": "",
                                                       "recording_url": recording},
                             files={"transcript": ("call.vtt", vtt, "text/vtt")})
        assert response.status_code == 303, response.text
        review_id = response.headers["location"].rsplit("/", 1)[1]
        review = Review.model_validate(wait_for(client, review_id)["review"])
        quotes = [q for r in review.rounds for t in r.turns for q in t.evidence]
        assert quotes and all(q.time is not None and 69 <= q.time.start <= 150 for q in quotes)
        page = client.get(f"/reviews/{review_id}").text
        for quote in quotes:
            assert quote.time is not None
            mark = f"[{clock(quote.time.start)}]"
            if recording:
                assert (f'href="{recording}#t={int(quote.time.start)}" target="_blank" '
                        f'rel="noopener noreferrer nofollow" title="Play the interview from '
                        f'here">{mark}</a>') in page
            else:
                assert f'<span class="at">{mark}</span>' in page
                assert "#t=" not in page


def test_quotes_of_an_untimed_answer_carry_no_time_mark(client: TestClient) -> None:
    review_id = _post_form(client, recording_url="https://video.example/call.mp4")
    wait_for(client, review_id)
    page = client.get(f"/reviews/{review_id}").text
    assert 'class="at"' not in page and "#t=" not in page


def test_history_searches_deletes_and_reruns(client: TestClient) -> None:
    first = _post_form(client)
    second = _post_form(client, ANSWER + " Zebra-crossing detail.")
    for review_id in (first, second):
        wait_for(client, review_id)
    page = client.get("/history").text
    assert page.index(f"/reviews/{second}") < page.index(f"/reviews/{first}")
    found = client.get("/history", params={"q": "zebra"}).text
    assert f"/reviews/{second}" in found and f"/reviews/{first}" not in found
    vote = client.get(f"/api/reviews/{first}").json()["verdict"]
    assert f"/reviews/{first}" in client.get("/history", params={"verdict": vote}).text
    none = client.get("/history", params={"competency": "customer-obsession"}).text
    assert "No review matches" in none

    rerun = post_form(client, f"/reviews/{first}/rerun", data={"panel": "engineering-loop",
                                                         "engine": "rubric"})
    assert rerun.status_code == 303
    new_id = rerun.headers["location"].rsplit("/", 1)[1]
    record = wait_for(client, new_id)
    assert record["rerun_of"] == first and record["panel"] == "engineering-loop"
    assert record["text"] == ANSWER and record["status"] == "done"

    deleted = post_form(client, f"/reviews/{first}/delete")
    assert deleted.status_code == 303 and deleted.headers["location"] == "/history?deleted=1"
    assert client.get(f"/reviews/{first}").status_code == 404
    assert "There is no review at this address" in client.get(f"/reviews/{first}").text


def _builtin_panel_text() -> str:
    folder = resources.files("roundtable.catalog").joinpath("panels")
    return folder.joinpath("product-trio.yaml").read_text(encoding="utf-8")


def test_a_users_own_panel_is_validated_kept_and_usable(client: TestClient) -> None:
    mine = _builtin_panel_text().replace("id: product-trio", "id: my-panel", 1).replace(
        "name: Product, Engineering and Client Success", "name: My <b>own</b> panel", 1)
    response = post_form(client, "/panels", files={"file": ("mine.yaml", mine.encode())})
    assert response.status_code == 200 and "Added" in response.text
    assert "My &lt;b&gt;own&lt;/b&gt; panel" in response.text
    listed = {p["id"]: p for p in client.get("/api/panels").json()}
    assert listed["my-panel"]["uploaded"] is True
    review_id = _post_form(client, panel="my-panel")
    assert wait_for(client, review_id)["status"] == "done"

    duplicate = post_form(client, "/panels", files={"file": ("dup.yaml", _builtin_panel_text())})
    assert duplicate.status_code == 400 and "already a built-in panel" in duplicate.text
    broken = post_form(client, "/panels", files={"file": ("bad.yaml", b"id: [unclosed")})
    assert broken.status_code == 400 and "bad.yaml: not valid YAML" in broken.text
    invalid = post_form(client, "/competencies", files={"file": ("c.yaml", b"id: x\nname: X\n")})
    assert invalid.status_code == 400 and "c.yaml: field" in invalid.text
    removed = post_form(client, "/panels/my-panel/delete")
    assert removed.status_code == 303
    assert "my-panel" not in {p["id"] for p in client.get("/api/panels").json()}


def test_pages_for_everything_else(client: TestClient) -> None:
    for path in ("/", "/history", "/competencies", "/panels", "/login", "/static/style.css",
                 "/static/app.js"):
        assert client.get(path).status_code == 200, path
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    missing = client.get("/reviews/does-not-exist")
    assert missing.status_code == 404 and "<html" in missing.text
    nowhere = client.get("/no/such/page")
    assert nowhere.status_code == 404 and "<html" in nowhere.text
    assert client.get("/api/nothing").json() == {"detail": "Not Found"}


def test_a_token_guards_every_page_and_api_call(make_client: Maker) -> None:
    client = make_client(token="s3cret")
    assert client.get("/api/reviews").status_code == 401
    assert "Bearer" in client.get("/api/health").json()["detail"]
    assert client.get("/api/reviews", headers={"Authorization": "Bearer s3cret"}
                      ).status_code == 200
    assert client.get("/api/reviews", headers={"Authorization": "Bearer wrong"}
                      ).status_code == 401
    page = client.get("/history?q=x")
    assert page.status_code == 303
    assert page.headers["location"] == "/login?next=%2Fhistory%3Fq%3Dx"
    assert client.get("/static/style.css").status_code == 200
    wrong = post_form(client, "/login", data={"token": "nope", "next": "/history"})
    assert wrong.status_code == 401 and "not right" in wrong.text
    right = post_form(client, "/login", data={"token": "s3cret", "next": "//evil.example/"})
    assert right.status_code == 303 and right.headers["location"] == "/"
    cookie = right.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert "s3cret" not in cookie  # the cookie proves the login; it is not the token itself
    assert client.get("/history").status_code == 200  # the cookie is now set
    client.cookies.clear()
    linked = client.get("/history?token=s3cret&q=a")  # a token in a page's URL signs no one in
    assert linked.status_code == 303
    assert linked.headers["location"] == "/login?next=%2Fhistory%3Fq%3Da"
    assert client.get("/api/reviews").status_code == 401


def test_a_failed_review_page_shows_the_error_and_offers_retry_and_rerun(
        make_client: Maker) -> None:
    calls: list[int] = []

    async def down_once(answer: str, **options: Any) -> Review:
        calls.append(1)
        if len(calls) == 1:
            raise EngineError("the model server did not answer; retry it")
        result: Review = await roundtable.areview(answer, **options)
        return result

    client = make_client(down_once)
    review_id = _post_form(client)
    record = wait_for(client, review_id)
    assert record["status"] == "failed" and "did not answer" in record["error"]
    page = client.get(f"/reviews/{review_id}").text
    assert "This review failed." in page and "did not answer" in page
    assert f'action="/reviews/{review_id}/retry"' in page
    assert "cohort data" in page  # the answer is still there
    rerun = post_form(client, f"/reviews/{review_id}/rerun", data={"engine": "rubric"})
    assert wait_for(client, rerun.headers["location"].rsplit("/", 1)[1])["status"] == "done"
    retry = post_form(client, f"/reviews/{review_id}/retry")
    assert retry.status_code == 303
    assert wait_for(client, review_id)["status"] == "done"


def test_history_pages_through_many_reviews(make_client: Maker) -> None:
    client = make_client(page_size=2)
    ids = [_post_form(client, ANSWER + f" Note {i}.") for i in range(3)]
    for review_id in ids:
        wait_for(client, review_id)
    first = client.get("/history").text
    assert "Page 1 of 2" in first and 'href="/history?page=2"' in first
    second = client.get("/history?page=2").text
    assert f"/reviews/{ids[0]}" in second and f"/reviews/{ids[2]}" not in second
