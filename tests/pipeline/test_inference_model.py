"""How competency inference reads a question: its ask over its preamble, a listed phrase by how
many competencies share it, a word's family, and the customer under other industries' names.

The questions here are written for these tests, apart from the probe sets; each fails on the
inference before this model (a preamble naming another competency won, "complaint" and
"complained" did not meet, a phrase five competencies list counted as much as one only one
lists).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from roundtable.inference import (
    _parts,
    _question_evidence,
    _specificity,
    _stem,
    _terms,
    infer_competency,
)

_PROBES = Path(__file__).parents[1] / "data" / "probes"


@pytest.mark.parametrize(("question", "wanted", "preamble_says"), [
    ("We cut costs hard this year and budgets are tight. Tell me about a time you had to learn "
     "a new skill quickly.", "learn-and-be-curious", "frugality"),
    ("Our customers come first here, always. Describe a time you had to delegate work to "
     "people on your team who were new to it.", "leadership", "customer-obsession"),
])
def test_the_ask_outweighs_a_preamble_about_something_else(
        question: str, wanted: str, preamble_says: str) -> None:
    preamble, ask = (part for part, _ in _parts(question))
    assert infer_competency(preamble, "").competency.id == preamble_says
    assert infer_competency(question, "").competency.id == wanted
    assert infer_competency(ask, "").competency.id == wanted


def test_a_preamble_still_counts_when_the_ask_names_nothing() -> None:
    question = "Budgets are tight and every pound counts. Tell me about a time you did that."
    assert infer_competency(question, "").competency.id == "frugality"


def test_a_question_with_no_ask_or_nothing_before_it_is_read_whole() -> None:
    assert _parts("A time you clashed with a peer?") == [("A time you clashed with a peer?", 1.0)]
    asked = "Tell me about a time you clashed with a peer."
    assert _parts(asked) == [(asked, 1.0)]
    weights = [weight for _, weight in _parts("So, moving on. Tell me about a budget cut.")]
    assert weights[0] < weights[1] == 1.0


def test_a_phrase_many_competencies_list_counts_less_than_one_only_one_lists() -> None:
    from roundtable.catalog.loader import competencies

    listing = [c.id for c in competencies().values()
               if "tight deadline" in [*c.keywords, *c.vocabulary]]
    assert len(listing) == 2
    assert _specificity("cut costs") == 1.0  # frugality's alone
    assert _specificity("tight deadline") == _specificity("tight deadlines") == 0.5
    points, said = _question_evidence("Tell me about a tight deadline.")
    for cid in listing:
        assert said[cid] == ["tight deadline"] and points[cid] == 0.5


@pytest.mark.parametrize(("one", "other"), [("complaint", "complained"), ("manager", "managing"),
                                            ("stopped", "stop"), ("changing", "change")])
def test_words_of_one_family_meet(one: str, other: str) -> None:
    from roundtable.inference import _known

    assert _known(_stem(one)) == _known(_stem(other))


def test_words_of_different_meaning_stay_apart() -> None:
    from roundtable.inference import _known

    assert _known(_stem("personal")) != _known(_stem("person"))
    assert _known(_stem("country")) != _known(_stem("count"))
    assert _stem("called") == "call" and _stem("missed") == "miss"


@pytest.mark.parametrize("who", ["patient", "hotel guest", "passenger", "tenant", "client"])
def test_the_customer_of_another_industry_is_the_customer(who: str) -> None:
    question = f"Tell me about a time a {who} was unhappy with the service and complained."
    assert set(_terms(question)) >= {"customer"}
    assert infer_competency(question, "").competency.id == "customer-obsession"


def _rows(part: str) -> list[dict[str, str]]:
    data = yaml.safe_load((_PROBES / f"asked-{part}.yaml").read_text(encoding="utf-8"))
    rows: list[dict[str, str]] = data["questions"]
    return rows


def _share(part: str) -> tuple[int, int]:
    rows = _rows(part)
    right = sum(infer_competency(r["question"], "").competency.id
                in (r["competency"], *r.get("also", [])) for r in rows)
    return right, len(rows)


@pytest.mark.parametrize("part", ["tune2", "heldout2"])
def test_both_halves_ask_about_every_competency(part: str) -> None:
    from roundtable.catalog.loader import competencies

    assert {r["competency"] for r in _rows(part)} == set(competencies())


def test_the_second_tune_half_keeps_its_level() -> None:
    """80 interviewer questions written before this model (industry context, preambles, two
    competencies in one question, generic and leadership-principle overlap), split into a tune
    half and a held-out half (`asked-heldout2.yaml`, measured by `scripts/inference_report.py
    --heldout` only, never asserted here). The tune half was 33/40 before; a 41st row asks
    about problem solving, the competency added after them."""
    right, total = _share("tune2")
    assert total == 41 and right >= 34


@pytest.mark.parametrize(("question", "wanted"), [
    ("Thanks, that was a really good story about looking after your customers. So next, tell "
     "me about a time you disagreed with a coworker.", "conflict"),
    ("Okay, thanks. We care a lot about customers here. This one is about working with a "
     "tight budget. Tell me about a time you did that.", "frugality"),
    ("Great, thank you, that covers the customer side. Let's move on to juggling priorities. "
     "Give me an example.", "prioritization"),
])
def test_an_interviewer_s_signpost_is_part_of_the_ask(question: str, wanted: str) -> None:
    """In a transcript the question often follows a word on the last answer, and the subject
    is named by a signpost ("This one is about...", "Let's move on to...") before the ask."""
    assert _parts(question)[-1][1] == 1.0
    got = infer_competency(question, "")
    assert got.competency.id == wanted and got.confident


def test_no_one_word_decides_a_short_question() -> None:
    """"fast" is the rarest word here and bias for action's text says it often; the question
    names two situations of learning."""
    got = infer_competency("Tell me about a time you had to learn something new fast.", "")
    assert got.competency.id == "learn-and-be-curious"
