"""Where a finding points and when it earns credit, on the edges the mutation run found thinly
pinned:

- a terse bullet's step is read with its understood "I", and quoted from its own verb, not from
  the bullet mark (`analysis._original`);
- a claim about oneself kept beside a lesson points at the claim, not at the lesson's "I always"
  (`analysis._kinds_in`);
- an outcome of a named thing stands beside a vague aside only when it is told as a fact, not
  doubted (`analysis._named_outcome`);
- a modal in a habit gives a reason only where the clause is the candidate's reason: "any
  mistake here can cost the client a week" says what can happen, and is no cost weighed
  (`credit._risk_given`).
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


def test_a_terse_bullets_step_is_quoted_from_its_verb() -> None:
    answer = ("Payroll run failed on the Friday.\n- pulled the logs from the payroll server\n"
              "- found the tax table was the old one\n- rang the vendor and got the patch by "
              "noon\n- reran payroll, everyone paid that evening")
    steps = [e.at for e in analyze(answer).evidence if e.kind == "action"]
    assert steps == [answer.index(verb) for verb in ("pulled", "found", "rang")]


def test_a_claim_about_oneself_beside_a_lesson_points_at_the_claim() -> None:
    """"Now, whenever a supplier changes, I always ask for a sample" is a practice kept since
    the story; the "I tend to" after it is the claim about the candidate."""
    answer = ("I manage the goods-in team at a garden centre. Last March a new compost supplier "
              "sent us forty pallets that were full of glass. I sent them back the same day and "
              "found another supplier by the Friday. Now, whenever a supplier changes, I always "
              "ask for a sample bag first, and I tend to be the one who chases it.")
    claims = [e.at for e in analyze(answer).evidence if e.kind == "generic_claim"]
    assert claims == [answer.index("I tend to")]


SETTING = "The morning deliveries kept arriving at the wrong dock. I rewrote the driver notes. "


@pytest.mark.parametrize("line", [
    "The new depot was probably finished on time and the client was happy with it.",
    "Apparently the new depot was finished on time and the client was happy with it.",
])
def test_a_doubted_outcome_does_not_stand_beside_a_vague_aside(line: str) -> None:
    """Told as a fact ("The new depot was finished on time and the client was happy with it")
    the outcome is credited; told with a doubt, the sentence is the vague aside alone."""
    assert not [e for e in analyze(SETTING + line).of("result") if e.strength > 0]


@pytest.mark.parametrize(("line", "kind"), [
    ("Any mistake here can cost the client a whole week of stock.", "cost"),
    ("The numbers can look fine on a normal week because the scanners hide it.", "data"),
    ("Their data can show a pattern if you sort it by shift.", "data"),
])
def test_what_can_happen_in_general_is_no_reason_weighed(line: str, kind: str) -> None:
    answer = "Last spring our warehouse kept shipping the wrong pallets. " + line
    assert not [e for e in analyze(answer).of(kind) if e.strength > 0], line
