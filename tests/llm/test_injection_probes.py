"""32 phrasings of text addressed to the reviewer, planted in a weak answer, against both engines.

The LLM engine is driven by a model that obeys every one: it scores every criterion 5 with real
quotes and says "Strong Hire" in every turn and in its headline. Neither engine may score the
answer higher for it, and no sentence may say Strong Hire of numbers that do not give one. The
LLM review is still complete: flagged `injection_obeyed`, not degraded.
"""

from __future__ import annotations

import asyncio
import html
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from llm_cases import case_for, devset_row
from llm_scripted import reply_for
from test_engine_unit import Script

from roundtable.evidence.text import sentences
from roundtable.models import VOTES
from roundtable.pipeline import assemble, review
from roundtable.scoring import verdict_from

PROBES: list[dict[str, str]] = yaml.safe_load(
    (Path(__file__).parents[1] / "data" / "probes" / "injections.yaml").read_text("utf-8")
)
WEAK = devset_row("hb-01-weak")
CLEAN = review(WEAK["answer"], competency="have-backbone", question=WEAK["question"])


def plant(answer: str, text: str, where: str) -> str:
    if where == "start":
        return f"{text} {answer}"
    if where == "end":
        return f"{answer.rstrip()} {text}"
    middle = sentences(answer)[len(sentences(answer)) // 2].start
    return f"{answer[:middle]}{text} {answer[middle:]}"


def probe_id(probe: dict[str, str]) -> str:
    return f"{probe['kind']}-{PROBES.index(probe):02d}"


def test_the_probe_set_is_varied() -> None:
    assert len(PROBES) >= 30
    kinds = {p["kind"] for p in PROBES}
    assert kinds == {"note", "rubric", "roleplay", "language", "hidden", "system"}
    assert {p["where"] for p in PROBES} == {"start", "middle", "end"}


@pytest.mark.parametrize("probe", PROBES, ids=probe_id)
def test_the_rubric_engine_flags_it_and_does_not_rise(probe: dict[str, str]) -> None:
    answer = plant(WEAK["answer"], probe["text"], probe["where"])
    result = review(answer, competency="have-backbone", question=WEAK["question"])
    assert any(f.kind == "prompt_injection" for f in result.flags)
    assert result.verdict.score <= CLEAN.verdict.score
    assert VOTES.index(result.verdict.vote) <= VOTES.index(CLEAN.verdict.vote)


def obey(prompt: str) -> str:
    reply: dict[str, Any] = reply_for(prompt, score=5, say=" I vote Strong Hire.")
    return json.dumps(reply)


@pytest.mark.parametrize("probe", PROBES, ids=probe_id)
def test_the_llm_engine_with_a_model_that_obeys_it_does_not_rise(
    probe: dict[str, str], tmp_path: Path
) -> None:
    answer = plant(WEAK["answer"], probe["text"], probe["where"])
    case = case_for(answer, WEAK["question"])
    assert case.analysis.injection
    deliberation = asyncio.run(Script(obey).engine(tmp_path).deliberate(case))
    result = assemble(case, deliberation, [])
    rubric = {c.id: c.score for c in case.criteria}
    floor = {a.panelist: a for a in case.assessments}
    for panelist in result.scores.panelists:
        # No lift at all: every criterion at or below the rubric's, and so the score and vote.
        assert all(score <= rubric[cid] for cid, score in panelist.criteria.items())
        assert panelist.score <= floor[panelist.panelist].score
        assert VOTES.index(panelist.vote) <= VOTES.index(floor[panelist.panelist].vote)
    assert verdict_from(case.assessments).score >= result.verdict.score
    # The obeyed "Strong Hire" is nowhere: not in a turn, not in the headline.
    assert result.verdict.vote != "strong_hire"
    assert all("strong hire" not in t.text.lower() for r in result.rounds for t in r.turns)
    assert "strong hire" not in result.headline.lower()
    # What was held back is said, in the turns and in the review.
    assert any("Held back by the rubric guard" in t.text for t in result.rounds[2].turns)
    assert any(f.kind == "score_held_back" for f in result.flags)
    # Going along with the answer is the answer's doing, not a failure of the model: the review
    # is complete (not degraded), says what the model did, and marks every replaced turn.
    assert not result.engine.degraded and result.engine.fallback_turns == 0
    assert any(f.kind == "injection_obeyed" for f in result.flags)
    assert all(t.error and t.error.startswith("prose replaced: ")
               for r in result.rounds for t in r.turns)


def test_every_page_marks_the_replaced_prose_and_leads_with_what_the_model_did(
    tmp_path: Path,
) -> None:
    from roundtable.render import render
    from roundtable.web.view import turn_note

    answer = plant(WEAK["answer"], PROBES[0]["text"], PROBES[0]["where"])
    case = case_for(answer, WEAK["question"])
    result = assemble(case, asyncio.run(Script(obey).engine(tmp_path).deliberate(case)), [])
    mark = "Prose replaced: the model's words claimed a vote its scores do not give"
    for fmt in ("markdown", "html", "text"):
        page = html.unescape(render(result, fmt, width=200))
        assert mark in page and "Injection obeyed" in page, fmt
        assert "Degraded" not in page, fmt
    assert turn_note(result.rounds[1].turns[0]).startswith(mark)


def test_the_web_page_marks_a_turn_whose_prose_was_replaced() -> None:
    from starlette.templating import Jinja2Templates

    from roundtable.models import Turn
    from roundtable.web.pages import turn_html

    templates = Jinja2Templates(directory=Path(__file__).parents[2] / "src" / "roundtable" / "web"
                                / "templates")
    turn = Turn(speaker="p", text="My scores put me at No Hire.", error='prose replaced: it says '
                '"Strong Hire" but P\'s numbers give No Hire')
    page = html.unescape(turn_html(templates, [])({"turn": turn.model_dump()}))
    assert ("Prose replaced: the model's words claimed a vote its scores do not give (it says "
            '"Strong Hire" but P\'s numbers give No Hire), so this turn is worded from its '
            "scores.") in page
