"""A "we" hides the candidate's part only where a step is told (issue 8, "Robust to voice").

Plain tellers say "we" for the crew they worked with: what came of the work ("we got every order
out by six"), what would have happened ("we'd have lost the contract") and the time a thing was
found at ("when we opened the cellar the pump was under water"). Once the candidate tells steps
of their own, none of these is a step whose doer the "we" leaves unclear, so none counts as the
story told as the team's; a step told as "we" still does, and so does every "we" of a story
told all as the team's.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


def we_counted(answer: str) -> list[str]:
    """The clauses of `answer` whose "we" counts as the team's doing."""
    analysis = analyze(answer)
    found = []
    for item in analysis.of("collective_we"):
        if item.strength > 0:
            clause = analysis.clause_at(item.at if item.at >= 0 else item.start)
            found.append(clause.text if clause else item.quote)
    return found


OPENING = "Last winter I ran the night shift at a bakery depot. "
STEPS = ("I rang the second driver at home and asked him to come in early. "
         "I loaded the first van myself while he drove. ")


@pytest.mark.parametrize("line", [
    "We got every order out by six in the morning.",
    "In the end we finished with only two small orders short.",
    "If I had waited for the office, we'd have lost the supermarket contract.",
    "We never missed a delivery after that.",
])
def test_what_came_of_the_work_told_as_we_hides_no_step(line: str) -> None:
    counted = we_counted(OPENING + STEPS + line)
    assert not any(text.startswith(line[:12]) for text in counted), counted


@pytest.mark.parametrize("scene", [
    "Half the time when we arrived the cafe was still locked, no key, nobody to sign.",
])
def test_the_time_the_trouble_was_found_at_hides_no_step(scene: str) -> None:
    counted = we_counted(OPENING + scene + " " + STEPS)
    assert not any(text.startswith(scene[:12]) for text in counted), counted


@pytest.mark.parametrize("step", [
    "We rang the second driver and we loaded the first van.",
    "So we agreed a new rota with the office.",
    "We had to reload both vans by hand.",
])
def test_a_step_told_as_we_still_leaves_the_candidates_part_unclear(step: str) -> None:
    assert we_counted(OPENING + step + " Every order went out by six.")


def test_noticing_in_the_scene_told_as_we_is_still_a_step() -> None:
    told = OPENING + ("We noticed a lot more returns coming back over the summer. "
                      "I went through the returns notes one by one.")
    assert any(text.startswith("We noticed") for text in we_counted(told))


def test_the_outcome_of_a_story_told_all_as_we_is_still_the_teams() -> None:
    told = ("Last winter the depot was behind on orders. We reorganised the loading plan and we "
            "changed the rota. We got every order out by six in the morning.")
    assert any(text.startswith("We got every") for text in we_counted(told))
