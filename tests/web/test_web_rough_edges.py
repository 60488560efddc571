"""The rough edges issue #10 found in the browser, as the pages serve them.

History rows name their panel; a re-run and its original link to each other; the catalog pages
hand out an example file that uploads cleanly; Remove and Delete ask on a page of their own
(CSRF-protected like every form); the engine's notes fold into one banner; no page speaks in
command-line options. The browser-only ones (layout, live highlighting) are in
test_web_browser.py.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_helpers import ANSWER, BASE, QUESTION, post_form, submit, wait_for, xsrf_token

from roundtable.engines.llm.config import RUBRIC_HINT
from roundtable.models import Review
from roundtable.render import render
from roundtable.store import NewReview, Store

sys.path.insert(0, str(Path(__file__).parents[1] / "llm"))  # the LLM tests' loopback fake
from llm_fake_server import Action, FakeOpenAI, Seen  # noqa: E402
from llm_scripted import speaker_of  # noqa: E402

Maker = Callable[..., TestClient]
FORM = {"answer": ANSWER, "question": QUESTION, "engine": "rubric"}
CLI_OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]+")


def _form_review(client: TestClient, **fields: str) -> str:
    response = post_form(client, "/reviews", data={**FORM, **fields})
    assert response.status_code == 303, response.text
    review_id = response.headers["location"].rsplit("/", 1)[1]
    assert wait_for(client, review_id)["status"] == "done"
    return review_id


def _visible_text(page: str) -> str:
    """The page without its markup, scripts or attribute values: what a reader sees."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.DOTALL)
    return re.sub(r"<[^>]+>", " ", body)


def test_history_rows_name_the_panel_each_review_used(client: TestClient, db_path: Path) -> None:
    _form_review(client, panel="hiring-manager", competency="have-backbone")
    _form_review(client)  # no panel chosen: the default panel
    store = Store(str(db_path))
    try:
        review = Review.model_validate(wait_for(client, submit(client))["review"])
        store.save_review(review)  # from the CLI's --save, which does not record the panel
    finally:
        store.close()
    rows = re.findall(r'<li class="history-item">(.*?)</li>', client.get("/history").text,
                      flags=re.DOTALL)
    panels = [re.findall(r"data-history-panel>([^<]*)<", row) for row in rows]
    assert ["Hiring Manager Panel"] in panels
    assert ["Product, Engineering and Client Success"] in panels
    assert [] in panels  # the saved one: no guess about a panel the store does not know


def test_a_rerun_and_its_original_link_to_each_other(client: TestClient) -> None:
    original = _form_review(client)
    response = post_form(client, f"/reviews/{original}/rerun",
                         data={"panel": "engineering-loop", "competency": "have-backbone",
                               "engine": "rubric"})
    assert response.status_code == 303
    rerun = response.headers["location"].rsplit("/", 1)[1]
    record = wait_for(client, rerun)
    assert record["rerun_of"] == original
    assert record["panel"] == "engineering-loop" and record["competency"] == "have-backbone"

    page = client.get(f"/reviews/{rerun}").text
    assert "Panel: Engineering Interview Loop" in page
    link = re.search(r"data-rerun-of>Re-run of <a href=\"([^\"]+)\"", page)
    assert link and link[1] == f"/reviews/{original}"
    back = client.get(f"/reviews/{original}").text
    listed = re.search(r"data-reruns>(.*?)</div>", back, flags=re.DOTALL)
    assert listed and f'href="/reviews/{rerun}"' in listed[1]
    assert "Engineering Interview Loop" in listed[1] and "Re-run 1 time:" in listed[1]
    history = client.get("/history").text
    assert history.count("Re-run</span>") == 1

    # The original deleted: the re-run still says where it came from, without a dead link.
    assert post_form(client, f"/reviews/{original}/delete").status_code == 303
    orphan = client.get(f"/reviews/{rerun}").text
    assert "a review that has since been deleted" not in orphan
    assert "an earlier review that has since been deleted" in orphan
    assert f'href="/reviews/{original}"' not in orphan


def test_a_rerun_can_drop_a_chosen_competency_to_infer_one(client: TestClient) -> None:
    original = _form_review(client, competency="have-backbone")
    assert 'value="have-backbone" selected' in client.get(f"/reviews/{original}").text
    response = post_form(client, f"/reviews/{original}/rerun",
                         data={"panel": "product-trio", "competency": "", "engine": "rubric"})
    record = wait_for(client, response.headers["location"].rsplit("/", 1)[1])
    assert record["competency"] is None and record["review"]["competency"]["inferred"]


@pytest.mark.parametrize(("plural", "kind", "api"), [
    ("competencies", "competency", "/api/competencies"), ("panels", "panel", "/api/panels")])
def test_the_example_file_downloads_and_uploads_cleanly(
        client: TestClient, plural: str, kind: str, api: str) -> None:
    page = client.get(f"/{plural}").text
    assert f'href="/{plural}/example.yaml" download=' in page
    assert "data-example" in page and "example-text" in page
    response = client.get(f"/{plural}/example.yaml")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/yaml")
    filename = re.search(r'filename="([^"]+)"', response.headers["content-disposition"])
    assert filename and response.headers["content-disposition"].startswith("attachment")
    # The text on the page is the file, so copying it works as well as downloading it.
    assert response.text.splitlines()[5].replace("'", "&#39;") in page

    uploaded = post_form(client, f"/{plural}",
                         files={"file": (filename[1], response.content, "text/yaml")})
    assert uploaded.status_code == 200, uploaded.text
    assert "Added" in uploaded.text and "data-upload-error" not in uploaded.text
    new_id = filename[1].removesuffix(".yaml")
    assert new_id in {item["id"] for item in client.get(api).json()}
    assert client.get("/nothing/example.yaml").status_code == 404


def _upload_example(client: TestClient) -> str:
    text = client.get("/panels/example.yaml").content
    assert post_form(client, "/panels", files={"file": ("p.yaml", text, "text/yaml")}
                     ).status_code == 200
    return "my-panel"


def test_remove_asks_on_a_page_that_works_without_javascript(client: TestClient) -> None:
    panel = _upload_example(client)
    catalog = client.get("/panels").text
    # No one-click removal on the catalog page: Remove is a link to the question.
    assert f'action="/panels/{panel}/delete"' not in catalog
    assert f'href="/panels/{panel}/delete">Remove</a>' in catalog
    confirm = client.get(f"/panels/{panel}/delete")
    assert confirm.status_code == 200 and "Remove this panel?" in confirm.text
    assert f'action="/panels/{panel}/delete"' in confirm.text
    assert f'name="_xsrf" value="{xsrf_token(client)}"' in confirm.text
    assert 'href="/panels">Cancel</a>' in confirm.text
    assert panel in {p["id"] for p in client.get("/api/panels").json()}  # asking removes nothing

    # The confirming POST is guarded like every form: no token, or another site, is refused.
    assert client.post(f"/panels/{panel}/delete", headers={"Origin": BASE}).status_code == 403
    forged = client.post(f"/panels/{panel}/delete", data={"_xsrf": xsrf_token(client)},
                         headers={"Origin": "http://evil.example"})
    assert forged.status_code == 403
    assert panel in {p["id"] for p in client.get("/api/panels").json()}

    done = post_form(client, f"/panels/{panel}/delete")
    assert done.status_code == 303 and done.headers["location"] == "/panels"
    assert panel not in {p["id"] for p in client.get("/api/panels").json()}
    assert client.get(f"/panels/{panel}/delete").status_code == 404
    assert client.get("/panels/product-trio/delete").status_code == 404  # built-ins stay


def test_delete_asks_first_too(client: TestClient) -> None:
    review_id = _form_review(client)
    page = client.get(f"/reviews/{review_id}").text
    assert f'action="/reviews/{review_id}/delete"' not in page
    confirm = client.get(f"/reviews/{review_id}/delete")
    assert confirm.status_code == 200 and "Delete this review?" in confirm.text
    assert f'action="/reviews/{review_id}/delete"' in confirm.text
    assert client.get(f"/api/reviews/{review_id}").status_code == 200
    assert client.get("/reviews/nope/delete").status_code == 404


def test_no_page_tells_a_web_user_to_pass_a_command_line_option(
        client: TestClient, db_path: Path) -> None:
    inferred = _form_review(client)  # no competency: the inferred-competency flag
    page = client.get(f"/reviews/{inferred}").text
    assert "competency_inferred" in client.get(f"/api/reviews/{inferred}").text
    assert "was inferred from the question" in page
    assert 'href="#rerun">Choose one under “Re-run this answer” below.</a>' in page
    assert 'id="rerun"' in page and 'name="competency"' in page
    # A review that failed with the LLM engine's advice, written for the CLI.
    store = Store(str(db_path))
    try:
        failed = store.create(NewReview(text=ANSWER, source="web"))
        store.fail(failed.id, f"openai rejected the API key (check the key you set; "
                              f"{RUBRIC_HINT})")
    finally:
        store.close()
    failed_page = client.get(f"/reviews/{failed.id}").text
    assert "rejected the API key" in failed_page and "rubric engine" in failed_page
    pages = [page, failed_page, client.get("/history").text, client.get("/").text,
             client.get("/competencies").text, client.get("/panels").text]
    for text in pages:
        assert not CLI_OPTION.search(_visible_text(text)), CLI_OPTION.search(
            _visible_text(text))


def test_the_cli_keeps_its_own_wording_for_the_flag(client: TestClient) -> None:
    review = Review.model_validate(wait_for(client, submit(
        client, competency=None))["review"])
    assert any(f.kind == "competency_inferred" for f in review.flags)
    for fmt in ("text", "markdown", "html"):
        assert "Pass --competency to choose another." in render(review, fmt), fmt  # type: ignore[arg-type]


def test_fallback_turns_make_one_engine_banner_that_sums_them_up(
        make_client: Maker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROUNDTABLE_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("ROUNDTABLE_API_KEY", "k")
    monkeypatch.setenv("ROUNDTABLE_CACHE_DIR", str(tmp_path / "cache"))

    def script(seen: Seen, index: int) -> Action:
        # Two of the three panelists' calls are refused: six of nine turns fall back.
        refused = speaker_of(seen.prompt) in ("Daniel Okafor", "Elena Vasquez")
        return Action(status=400) if refused else Action()

    with FakeOpenAI(script) as fake:
        client = make_client(models={"tiny": f"openai-compatible:tiny@{fake.base_url}"})
        record = wait_for(client, submit(client, engine="llm", model="tiny"), timeout=60)
    assert record["status"] == "done", record["error"]
    review = Review.model_validate(record["review"])
    notes = [f.detail for f in review.flags if f.kind == "engine"]
    assert len(notes) == 6 and review.engine.fallback_turns == 6
    page = client.get(f"/reviews/{record['id']}").text
    assert page.count('data-flag="Engine"') == 1
    banner = re.search(r'data-flag="Engine">(.*?)</li>\s*(?:<li class="flag"|</ul>)', page,
                       flags=re.DOTALL)
    assert banner
    # Two openings failed; those panelists' later turns were never asked of the model.
    assert "The model&#39;s own turn failed 2 of 9 times (request rejected" in banner[1]
    assert ("and 4 later turns of the panelists whose opening failed were not asked of it"
            in banner[1])
    assert "All 6 notes from the engine" in banner[1]
    assert banner[1].count("<li>") == 6  # every note is still there, folded under the summary
    assert page.count("The engine's own turn failed here") == 6  # and on each turn
