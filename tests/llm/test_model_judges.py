"""The model reads and scores; the rubric only guards: scripted replies that disagree with it.

Replies are scripted per prompt (see llm_scripted.py), so each test says exactly what the model
scored and checks what the review ends with.
"""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

from llm_cases import case_for, devset_row
from llm_scripted import colleague_of, criterion_ids, kind_of, reply_for, speaker_of
from test_engine_unit import Script

from roundtable.engines.base import Case
from roundtable.engines.llm.guard import tied_spans
from roundtable.engines.llm.replies import reply_types
from roundtable.models import VOTES
from roundtable.pipeline import assemble
from roundtable.scoring.panel import lens_score, level_offset, vote_for


def run(script: Script, case: Case, tmp_path: Path) -> Any:
    return assemble(case, asyncio.run(script.engine(tmp_path).deliberate(case)), [])


def test_scores_below_the_rubric_are_the_final_scores_and_votes(
    strong_case: Case, tmp_path: Path
) -> None:
    result = run(Script(lambda p: json.dumps(reply_for(p, score=2))), strong_case, tmp_path)
    rubric_votes = {a.panelist: a.vote for a in strong_case.assessments}
    for persona, panelist in zip(strong_case.panel.personas, result.scores.panelists,
                                 strict=True):
        assert set(panelist.criteria.values()) == {2}
        expected = lens_score(persona, strong_case.competency, panelist.criteria,
                              level_offset(strong_case.submission.level))
        assert panelist.score == expected and panelist.vote == vote_for(expected)
        assert VOTES.index(panelist.vote) < VOTES.index(rubric_votes[persona.id])
    assert result.engine.fallback_turns == 0 and not result.engine.degraded


def test_a_lift_is_one_point_and_only_with_a_quote_the_reading_ties_to_the_criterion(
    tmp_path: Path
) -> None:
    # A strong answer with a criterion the rubric holds at 3 or below, for the model to lift:
    # hb-01-strong now reads 4 or 5 on every criterion.
    row = devset_row("hb-02-strong")
    strong_case = case_for(row["answer"], row["question"], row["competency"])
    answer = strong_case.submission.answer
    rubric = {c.id: c.score for c in strong_case.criteria}
    lifted = next(c for c in strong_case.competency.criteria
                  if rubric[c.id] <= 3 and tied_spans(strong_case, c))
    start, end = tied_spans(strong_case, lifted)[0]
    untied = next(c for c in strong_case.competency.criteria
                  if c.id != lifted.id and rubric[c.id] <= 4 and all(
                      s > 40 for s, _ in tied_spans(strong_case, c)))
    opener = answer[:40]  # the answer's first words: true, but not about `untied`

    def respond(prompt: str) -> str:
        reply = reply_for(prompt, score=rubric)
        for item in reply.get("scores", []):
            if item["criterion"] == lifted.id:
                item.update(score=5, quote=answer[start:end])
            elif item["criterion"] == untied.id:
                item.update(score=5, quote=opener)
        return json.dumps(reply)

    result = run(Script(respond), strong_case, tmp_path)
    for panelist in result.scores.panelists:
        assert panelist.criteria[lifted.id] == rubric[lifted.id] + 1
        assert panelist.criteria[untied.id] == rubric[untied.id]
    closing = result.rounds[2].turns[0].text
    assert f"my 5 on {lifted.name} stands at {rubric[lifted.id] + 1}" in closing
    assert f"no quote the reading ties to {untied.name}" in closing
    held = [f for f in result.flags if f.kind == "score_held_back"]
    assert len(held) == 3 and all(lifted.name in f.detail for f in held)


def test_openings_score_blind_and_are_recorded_beside_the_final_numbers(
    strong_case: Case, tmp_path: Path
) -> None:
    def respond(prompt: str) -> str:
        return json.dumps(reply_for(prompt, score=3 if kind_of(prompt) == "opening" else 2))

    script = Script(respond)
    result = run(script, strong_case, tmp_path)
    for panelist in result.scores.panelists:
        assert panelist.opening is not None
        assert set(panelist.opening.criteria.values()) == {3}
        assert set(panelist.criteria.values()) == {2}
        assert panelist.opening.score > panelist.score
    openings = [p for p in script.prompts if kind_of(p) == "opening"]
    # Blind and unanchored: no colleague, no rubric number, the answer fenced, anchors given.
    for prompt in openings:
        assert "Opening takes" not in prompt and "Rubric:" not in prompt
        assert "<<<ANSWER\n" in prompt and "1 = " in prompt and "5 = " in prompt


def test_cross_talk_answers_the_widest_gap_with_the_colleagues_exact_claim(
    strong_case: Case, tmp_path: Path
) -> None:
    ids = [c.id for c in strong_case.competency.criteria]

    def respond(prompt: str) -> str:
        speaker = speaker_of(prompt)
        # Daniel is two points under everyone on the second criterion.
        scores = {cid: 4 for cid in ids}
        if speaker.startswith("Daniel"):
            scores[ids[1]] = 2
        reply = reply_for(prompt, score=scores)
        if kind_of(prompt) == "opening":
            reply["text"] += f" ({speaker.split()[0]}'s own words.)"
        return json.dumps(reply)

    script = Script(respond)
    result = run(script, strong_case, tmp_path)
    crosstalk = [p for p in script.prompts if kind_of(p) == "crosstalk"]
    daniel = next(p for p in crosstalk if speaker_of(p).startswith("Daniel"))
    # The answer's manager is a Priya too, so the panel calls its own by her whole name.
    assert colleague_of(daniel) == "Priya Raman"
    assert f"on {ids[1]}" in daniel and "you scored it 2, Priya Raman scored it 4" in daniel
    assert "(Priya's own words.)" in daniel and "push back" in daniel
    assert "Daniel Okafor (you):" in daniel
    priya = next(p for p in crosstalk if speaker_of(p).startswith("Priya"))
    assert colleague_of(priya) == "Daniel" and "push back" in priya
    turns = {t.speaker: t for t in result.rounds[1].turns}
    assert turns["vp-engineering"].stance == "pushback"
    assert turns["vp-engineering"].addresses[0] == "director-of-product"
    # Closings hear the pushback, with their own turns marked, and their opening numbers.
    closings = [p for p in script.prompts if kind_of(p) == "closing"]
    for prompt in closings:
        assert "Cross-talk:" in prompt and prompt.count("(you):") == 2
        assert "Your opening scores:" in prompt and "what moved you" in prompt


def test_a_pushback_gap_only_accepts_a_pushback(strong_case: Case) -> None:
    types = reply_types(tuple(c.id for c in strong_case.competency.criteria))
    schema = types.pushback.model_json_schema()
    assert schema["properties"]["stance"] == {
        "const": "pushback", "description": "pushback: you disagree.", "title": "Stance",
        "type": "string"}
    criterion = types.closing.model_json_schema()["$defs"]["CriterionReply"]
    assert criterion["properties"]["criterion"]["enum"] == list(criterion_ids(
        "Score these criterion ids, one entry each: "
        + ", ".join(c.id for c in strong_case.competency.criteria) + "."))


def test_a_vote_the_numbers_do_not_give_is_asked_again_then_worded_from_the_numbers(
    strong_case: Case, tmp_path: Path
) -> None:
    def respond(prompt: str) -> str:
        say = " I vote Strong Hire." if kind_of(prompt) == "closing" else ""
        return json.dumps(reply_for(prompt, score=2, say=say))

    script = Script(respond)
    result = run(script, strong_case, tmp_path)
    asked_again = [p for p in script.prompts if "could not be used" in p]
    assert len(asked_again) == 3 and all("Strong Hire" in p for p in asked_again)
    for turn, panelist in zip(result.rounds[2].turns, result.scores.panelists, strict=True):
        assert "strong hire" not in turn.text.lower()
        assert turn.text.startswith("My scores put me at ")
        assert f"({panelist.score:.2f} / 5)" in turn.text and turn.error
    assert result.engine.fallback_turns == 0


def test_the_moderator_is_given_the_verdict_votes_and_scores_and_must_use_them(
    strong_case: Case, tmp_path: Path
) -> None:
    def respond(prompt: str) -> str:
        say = " Strong Hire from everyone." if kind_of(prompt) == "synthesis" else ""
        return json.dumps(reply_for(prompt, score=2, say=say))

    script = Script(respond)
    result = run(script, strong_case, tmp_path)
    synthesis = [p for p in script.prompts if kind_of(p) == "synthesis"]
    assert len(synthesis) == 2  # the headline's vote was wrong: asked once more
    assert "The panel's verdict, computed from the votes:" in synthesis[0]
    for panelist in result.scores.panelists:
        assert re.search(rf"\({panelist.score:.2f}\); scores ", synthesis[0])
    assert "strong hire" not in result.headline.lower()
    assert result.engine.degraded and "synthesis" in (result.engine.degraded_reason or "")


def test_a_clean_run_takes_four_waves_and_ten_calls(strong_case: Case, tmp_path: Path) -> None:
    script = Script()
    result = run(script, strong_case, tmp_path)
    kinds = [kind_of(p) for p in script.prompts]
    waves = [k for i, k in enumerate(kinds) if i == 0 or kinds[i - 1] != k]
    assert waves == ["opening", "crosstalk", "closing", "synthesis"]
    assert result.engine.calls == 10 <= 13


def test_a_model_that_agrees_with_the_rubric_reads_its_silences_as_the_rubric_does(
    tmp_path: Path
) -> None:
    # A coaching story that says nothing of hiring: the model gives every criterion the
    # rubric's number, so each panelist ends on the rubric's own reading, silence included.
    case = case_for(
        "I run the workshop at a bike shop. Last year we took on Amir, an apprentice whose wheel "
        "truing kept coming back from customers. Every Tuesday before opening I put a spare "
        "wheel on the stand and we trued it together while I checked his spoke tension with the "
        "gauge. By the sixth week his comebacks had dropped from five a month to none.",
        "Tell me about someone you've coached.", "hire-and-develop-the-best")
    rubric = {c.id: c.score for c in case.criteria}
    assert any(c.silent for c in case.criteria)
    result = run(Script(lambda p: json.dumps(reply_for(p, score=rubric))), case, tmp_path)
    for assessed, panelist in zip(case.assessments, result.scores.panelists, strict=True):
        assert panelist.criteria == rubric
        assert panelist.score == assessed.score
