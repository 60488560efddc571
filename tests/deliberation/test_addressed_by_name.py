"""A panelist whose first name someone in the story shares is called by their whole name: "Priya,
you're right" over an answer about a colleague Priya would make the two one person to the
reader."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

import roundtable
from roundtable.catalog.loader import get_panel
from roundtable.catalog.schema import called
from roundtable.models import PanelistRef, Review, Turn
from roundtable.web import view

DATA = Path(__file__).parent.parent / "data"
PANELS = ("product-trio", "engineering-loop", "hiring-manager")


@pytest.mark.parametrize(("answer", "name"), [
    ("I asked Priya to pull three months of data.", "Priya Raman"),
    ("Priya's team owned the export.", "Priya Raman"),
    ("I told her: Priya, stop.", "Priya Raman"),
    ("Priyanka owned the export.", "Priya"),
    ("I asked the analyst to pull the data.", "Priya"),
    ("We ran it past Anne-Priya first.", "Priya"),
])
def test_a_panelist_is_called_by_the_whole_name_only_where_the_story_has_the_first(
        answer: str, name: str) -> None:
    assert called("Priya Raman", answer) == name


def _answers() -> list[tuple[str, str, str | None]]:
    """Dev and probe answers that name someone as a built-in panelist is named: (answer,
    competency, question)."""
    rows = [json.loads(line) for path in sorted((DATA / "devset").glob("*.jsonl"))
            for line in path.read_text("utf-8").splitlines()]
    found = [(r["answer"], r["competency"], r["question"]) for r in rows]
    for name, default in (("dive-deep.yaml", "dive-deep"), ("team.yaml", None)):
        found += [(p["answer"], p.get("competency", default), p["question"])
                  for p in yaml.safe_load((DATA / "probes" / name).read_text("utf-8"))]
    firsts = {p.name.split()[0] for panel in PANELS for p in get_panel(panel).personas}
    return [item for item in found
            if any(re.search(rf"(?<![\w-]){first}(?![\w-])", item[0]) for first in firsts)]


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def test_the_sweep_has_answers_that_share_a_panelists_name() -> None:
    assert len(_answers()) >= 5


@pytest.mark.parametrize("panel", PANELS)
def test_no_panelist_is_called_by_a_name_someone_in_the_story_has(panel: str) -> None:
    wrong = []
    in_full = 0
    for answer, competency, question in _answers():
        review = roundtable.review(answer, competency=competency, question=question, panel=panel)
        texts = [t.text for r in review.rounds for t in r.turns]
        texts += [review.consensus.summary, *review.consensus.agreements]
        for person in review.panel:
            first, _, surname = person.name.partition(" ")
            if person.called == person.name:
                in_full += 1
                assert called(person.name, answer) == person.name
                for text in texts:
                    # Outside the answer's own words, the first name stands only with the surname.
                    bare = re.search(rf"\b{first}\b(?! {surname})", _QUOTED.sub("", text))
                    if bare:
                        wrong.append(f"{person.name}: {text[:100]}")
            else:
                assert called(person.name, answer) == first
    assert in_full > 0
    assert wrong == []


def test_a_review_stored_before_the_field_existed_calls_everyone_by_first_name() -> None:
    ref = PanelistRef.model_validate({"id": "vp", "name": "Daniel Okafor", "title": "VP"})
    assert ref.called == "Daniel"
    review = roundtable.review("I asked Daniel to pull the logs. I found the bad deploy, rolled "
                               "it back and added a canary check; errors fell 90% that week.",
                               competency="dive-deep", panel="product-trio")
    stored = review.model_dump(mode="json")
    assert next(p for p in stored["panel"] if p["name"].startswith("Daniel"))["called"] == (
        "Daniel Okafor")
    assert Review.model_validate(stored).panel == review.panel


def test_the_web_page_names_the_addressee_as_the_turn_calls_them() -> None:
    people = {"vp": PanelistRef(id="vp", name="Priya Raman", title="VP", called="Priya Raman"),
              "eng": PanelistRef(id="eng", name="Daniel Okafor", title="Eng")}
    turn = Turn(speaker="eng", text="Priya Raman, you're right.", addresses=["vp"])
    assert view.addressed(turn, people) == "Priya Raman"
